from django.urls import path

from . import views

app_name = "placements"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("vulnerable-share/", views.vulnerable_share, name="vulnerable_share"),
    path("requests/<int:pk>/offer/", views.desk_offer, name="desk_offer"),
    path("requests/<int:pk>/placement/", views.desk_placement, name="desk_placement"),
    path("placements/<int:pk>/end/", views.end_placement, name="end"),
]
