from django.urls import path

from . import views

app_name = "locations_public"
urlpatterns = [path("", views.free_places, name="search")]
