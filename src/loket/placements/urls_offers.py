from django.urls import path

from . import views

app_name = "offers"
urlpatterns = [
    path("<int:pk>/accept/", views.accept_offer, name="accept"),
    path("<int:pk>/decline/", views.decline_offer, name="decline"),
]
