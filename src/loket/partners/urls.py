from django.urls import path

from . import views

app_name = "partners"
urlpatterns = [
    path("", views.home, name="home"),
    path("refer/", views.refer, name="refer"),
    path("export.csv", views.export_csv, name="export"),
    path("families/<int:pk>/", views.family, name="family"),
    path("families/<int:pk>/request/", views.file_request, name="file_request"),
    path("desk/", views.desk_referrals, name="desk_referrals"),
    path("desk/case-meeting/", views.case_meeting, name="case_meeting"),
    path("desk/families/<int:pk>/introductions/", views.introduction_add, name="introduction_add"),
    path("desk/families/<int:pk>/notes/", views.case_note_add, name="case_note_add"),
    path("introductions/", views.provider_introductions, name="provider_introductions"),
]
