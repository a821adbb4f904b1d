"""The desk: find and filter requests, register on behalf of a family, mark urgency."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from loket.accounts import access
from loket.accounts.roles import Role
from loket.audit.services import audit_read_family
from loket.municipalities.models import Municipality
from loket.web.decorators import role_required

from . import selectors, services
from .forms import DeskFilterForm, IntakeForm, UrgencyForm
from .models import Channel, RequestStatus
from .views_portal import _apply_service_errors


def _desk_municipalities(user):
    return Municipality.objects.filter(pk__in=access.desk_municipality_ids(user))


@role_required(Role.DESK)
def request_list(request):
    form = DeskFilterForm(request.GET or None, municipalities=_desk_municipalities(request.user))
    filters = form.cleaned_data if form.is_valid() else {}
    rows = selectors.request_list(viewer=request.user, filters=filters)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    at_risk = selectors.urgent_at_risk(viewer=request.user)
    context = {"form": form, "page": page, "at_risk": at_risk, "query": request.GET.urlencode()}
    template = (
        "registrations/desk_list_results.html" if request.htmx else "registrations/desk_list.html"
    )
    return render(request, template, context)


@role_required(Role.DESK)
@require_http_methods(["GET", "POST"])
def intake(request):
    municipalities = _desk_municipalities(request.user)
    chosen = request.POST.get("municipality") or request.GET.get("municipality")
    if chosen and not chosen.isdigit():
        raise Http404  # a tampered id: not a server error
    municipality = (
        get_object_or_404(municipalities, pk=chosen) if chosen else municipalities.first()
    )
    if municipality is None:
        messages.error(request, _("Your account is not linked to a municipality."))
        return redirect("web:home")
    form = IntakeForm(request.POST or None, municipality=municipality, initial={"language": "nl"})
    if request.method == "POST" and form.is_valid():
        guardian = form.guardian_input()
        try:
            req = services.family_request_register(
                actor=request.user,
                municipality=municipality,
                guardian=guardian,
                second_guardian=form.second_guardian_input(),
                family=form.family_input(),
                child=form.child_input(),
                data=form.request_input(),
                channel=Channel.DESK,
                fact_source="checked",
                partner=form.cleaned_data.get("referring_partner"),
                urgent=form.cleaned_data.get("urgent", False),
                social_emergency=form.cleaned_data.get("social_emergency", False),
            )
        except ValidationError as exc:
            _apply_service_errors(form, exc)
        else:
            messages.success(
                request, _("Request %(ref)s registered for the family.") % {"ref": req.reference}
            )
            return redirect("families:file", pk=req.child.family_id)
    return render(
        request,
        "registrations/desk_intake.html",
        {"form": form, "municipality": municipality, "municipalities": municipalities},
    )


@role_required(Role.DESK)
def request_detail(request, pk: int):
    req = selectors.request_get(viewer=request.user, pk=pk)
    return redirect("families:file", pk=req.child.family_id)


@role_required(Role.DESK)
@require_POST
def mark_urgency(request, pk: int):
    req = selectors.request_get(viewer=request.user, pk=pk)
    form = UrgencyForm(request.POST)
    if form.is_valid():
        services.request_mark_urgency(
            actor=request.user,
            childcare_request=req,
            urgent=form.cleaned_data["urgent"],
            social_emergency=form.cleaned_data["social_emergency"],
        )
        messages.success(request, _("Urgency saved."))
    return redirect(reverse("families:file", args=[req.child.family_id]) + f"#request-{req.pk}")


@role_required(Role.DESK)
@require_POST
def set_status(request, pk: int):
    req = selectors.request_get(viewer=request.user, pk=pk)
    status = request.POST.get("status", "")
    if status not in RequestStatus.values:
        messages.error(request, _("Unknown status."))
    else:
        try:
            services.request_set_status(
                actor=request.user,
                childcare_request=req,
                status=status,
                note=request.POST.get("note", "")[:300],
            )
        except ValidationError:
            messages.error(request, _("The request cannot get that status now."))
        else:
            messages.success(request, _("Status saved."))
    return redirect(reverse("families:file", args=[req.child.family_id]) + f"#request-{req.pk}")


@role_required(Role.DESK)
def print_request(request, pk: int):
    """A sheet for a family without e-mail: its request and what happens next, in its own
    language, to print or show on a phone."""
    req = selectors.request_get(viewer=request.user, pk=pk)
    family = req.child.family
    audit_read_family(actor=request.user, family=family, what="print request")
    language = (
        family.preferred_language if family.preferred_language in ("nl", "en", "fr", "ar") else "nl"
    )
    with translation.override(language):
        response = render(
            request,
            "registrations/print_request.html",
            {
                "req": req,
                "family": family,
                "municipality": req.municipality,
                "print_language": language,
            },
        )
    return response
