from django.http import JsonResponse
from django.shortcuts import redirect, render

from loket.accounts.roles import Role
from loket.municipalities.models import Municipality
from loket.web.decorators import role_required


def home(request):
    user = request.user
    if user.is_authenticated:
        for role, target in (
            (Role.DESK, "desk:requests"),
            (Role.PROVIDER, "provider:home"),
            (Role.ANALYST, "web:figures"),
            (Role.PARTNER, "partners:home"),
            (Role.PARENT, "portal:home"),
        ):
            if user.has_role(role):
                return redirect(target)
    municipality = Municipality.objects.order_by("name").first()
    return render(request, "web/home.html", {"municipality": municipality})


@role_required(Role.ANALYST)
def figures(request):
    """The analyst's landing page: the overview of the local analysis (loket.monitoring)."""
    from loket.monitoring.views import overview

    return overview(request)


def health(request):
    return JsonResponse({"status": "ok"})
