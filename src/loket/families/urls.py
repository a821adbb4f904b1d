from django.urls import path

from . import views

app_name = "families"
urlpatterns = [
    path("<int:pk>/", views.family_file, name="file"),
    path("<int:pk>/facts/", views.add_fact, name="add_fact"),
    path("<int:pk>/facts/<int:fact_pk>/remove/", views.remove_fact, name="remove_fact"),
    path("<int:pk>/needs/", views.add_need, name="add_need"),
    path("<int:pk>/needs/<int:need_pk>/status/", views.need_status, name="need_status"),
    path("<int:pk>/notes/", views.save_notes, name="notes"),
]
