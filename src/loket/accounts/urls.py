from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("link/", views.magic_link_request, name="magic_request"),
    path("link/<str:token>/", views.magic_link_login, name="magic"),
    path("sign-up/", views.sign_up, name="sign_up"),
]
