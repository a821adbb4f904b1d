from django.urls import path

from . import views

app_name = "rounds"
urlpatterns = [
    path("", views.round_list, name="list"),
    path("<int:pk>/", views.round_detail, name="detail"),
    path("<int:pk>/<str:part>.json", views.round_download, name="download"),
    path("<int:pk>/confirm/", views.round_confirm, name="confirm"),
    path("<int:pk>/discard/", views.round_discard, name="discard"),
]
