from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import MagicLinkForm, SignUpForm
from .services import magic_link_send, magic_link_user, parent_sign_up


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


@require_http_methods(["GET", "POST"])
def magic_link_request(request):
    form = MagicLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        magic_link_send(email=form.cleaned_data["email"], base_url=request.build_absolute_uri("/"))
        # The same answer whether or not the address is known: nobody learns who has an account.
        context = {
            "email": form.cleaned_data["email"],
            "minutes": settings.LOKET_MAGIC_LINK_MAX_AGE // 60,
        }
        return render(request, "accounts/magic_link_sent.html", context)
    return render(request, "accounts/magic_link.html", {"form": form})


def magic_link_login(request, token: str):
    user = magic_link_user(token)
    if user is None:
        messages.error(request, _("This link is no longer valid. Ask for a new one."))
        return redirect("accounts:magic_request")
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect("web:home")


@require_http_methods(["GET", "POST"])
def sign_up(request):
    if request.user.is_authenticated:
        return redirect("web:home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = parent_sign_up(
            email=form.cleaned_data["email"],
            password=form.cleaned_data.get("password"),
            language=request.LANGUAGE_CODE,
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Your account is ready. Now register your request."))
        return redirect("portal:new")
    return render(request, "accounts/sign_up.html", {"form": form})
