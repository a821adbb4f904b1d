from django.urls import path

from . import views

app_name = "provider_placements"
urlpatterns = [
    path("", views.provider_placements, name="list"),
    path("<int:pk>/confirm/", views.confirm_placement, name="confirm"),
]
