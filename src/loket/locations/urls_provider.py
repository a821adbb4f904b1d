from django.urls import path

from . import views

app_name = "provider"
urlpatterns = [
    path("", views.provider_home, name="home"),
    path("locations/<int:pk>/", views.provider_location, name="location"),
    path("locations/<int:pk>/hours/", views.provider_hours, name="hours"),
    path("locations/<int:pk>/requests/", views.provider_requests, name="requests"),
]
