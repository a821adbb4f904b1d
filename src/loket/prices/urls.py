from django.urls import path

from . import views

app_name = "prices"
urlpatterns = [
    path("", views.calculator, name="calculator"),
    path("forget/", views.forget, name="forget"),
    path("families/<int:pk>/income/", views.family_income, name="family_income"),
]
