from django.urls import path

from . import views_desk as views

app_name = "desk"
urlpatterns = [
    path("", views.request_list, name="requests"),
    path("intake/", views.intake, name="intake"),
    path("requests/<int:pk>/", views.request_detail, name="request"),
    path("requests/<int:pk>/urgency/", views.mark_urgency, name="urgency"),
    path("requests/<int:pk>/status/", views.set_status, name="status"),
    path("requests/<int:pk>/print/", views.print_request, name="print"),
]
