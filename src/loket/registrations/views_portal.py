"""The parent portal: register a request for all locations at once, follow it, change it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from loket.accounts.roles import Role
from loket.municipalities.models import Municipality
from loket.web.decorators import role_required

from . import selectors, services
from .forms import EditRequestForm, PortalRequestForm, error_message
from .models import Channel


def _parent_family(user):
    guardian = getattr(user, "guardian", None)
    return guardian.family if guardian else None


def _municipality(request):
    """The parent's municipality: their family's, else the one chosen (one installation can serve
    several municipalities), else the only one there is."""
    family = _parent_family(request.user)
    if family:
        return family.municipality
    chosen = request.POST.get("municipality") or request.GET.get("municipality")
    if chosen and chosen.isdigit():
        return Municipality.objects.filter(pk=chosen).first()
    municipalities = Municipality.objects.order_by("name")
    return municipalities.first() if municipalities.count() == 1 else None


def _apply_service_errors(form, exc: ValidationError) -> None:
    for field, errors in exc.message_dict.items() if hasattr(exc, "error_dict") else []:
        for code in errors:
            name = {"days": "day_mon", "preferences": "choice_1"}.get(field, field)
            form.add_error(name if name in form.fields else None, error_message(code))
    if not hasattr(exc, "error_dict"):
        form.add_error(None, " ".join(exc.messages))


@role_required(Role.PARENT)
def home(request):
    requests_ = selectors.request_list(viewer=request.user, filters={"status": "all"})
    return render(request, "registrations/portal_home.html", {"requests": requests_})


@role_required(Role.PARENT)
@require_http_methods(["GET", "POST"])
def new_request(request):
    municipality = _municipality(request)
    if municipality is None:
        municipalities = Municipality.objects.order_by("name")
        return render(
            request,
            "registrations/portal_choose_municipality.html",
            {"municipalities": municipalities},
        )
    family = _parent_family(request.user)
    initial = {"language": request.LANGUAGE_CODE}
    if family:
        guardian = request.user.guardian
        initial.update(
            first_name=guardian.first_name,
            last_name=guardian.last_name,
            phone=guardian.phone,
            street=family.street,
            house_number=family.house_number,
            postcode=family.postcode,
            situation=guardian.situation,
        )
    form = PortalRequestForm(request.POST or None, municipality=municipality, initial=initial)
    if request.method == "POST" and form.is_valid():
        guardian_input = form.guardian_input()
        guardian_input.email = request.user.email
        try:
            req = services.family_request_register(
                actor=request.user,
                municipality=municipality,
                guardian=guardian_input,
                family=form.family_input(),
                child=form.child_input(),
                data=form.request_input(),
                channel=Channel.PORTAL,
                existing_family=family,
            )
        except ValidationError as exc:
            _apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("Thank you. Your request %(ref)s is registered for all the locations you chose.")
                % {"ref": req.reference},
            )
            return redirect("portal:detail", pk=req.pk)
    return render(
        request, "registrations/portal_form.html", {"form": form, "municipality": municipality}
    )


@role_required(Role.PARENT)
def detail(request, pk: int):
    from loket.placements import selectors as placement_selectors

    req = selectors.request_get(viewer=request.user, pk=pk)
    language = request.LANGUAGE_CODE if request.LANGUAGE_CODE in ("nl", "en", "fr", "ar") else "nl"
    offers = placement_selectors.offers_for_request(viewer=request.user, childcare_request=req)
    waiting = req.status in ("submitted", "waiting", "declined") or req.transfer_below_rank
    queue = placement_selectors.waiting_position(req, language) if waiting else []
    context = {"req": req, "offers": offers, "queue": queue}
    return render(request, "registrations/portal_detail.html", context)


@role_required(Role.PARENT)
@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    req = selectors.request_get(viewer=request.user, pk=pk)
    if not req.is_editable and request.method == "GET":
        messages.info(request, _("This request can no longer be changed. Ask the desk for help."))
        return redirect("portal:detail", pk=req.pk)
    form = EditRequestForm(
        request.POST or None,
        municipality=req.municipality,
        child=req.child,
        n_choices=req.preferences.count(),
        initial=EditRequestForm.initial_from(req),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.request_update(
                actor=request.user, childcare_request=req, data=form.request_input()
            )
        except ValidationError as exc:
            _apply_service_errors(form, exc)
        else:
            messages.success(request, _("Your request is changed. Your place in line stays."))
            return redirect("portal:detail", pk=req.pk)
    return render(request, "registrations/portal_edit.html", {"form": form, "req": req})


@role_required(Role.PARENT)
@require_http_methods(["GET", "POST"])
def cancel(request, pk: int):
    req = selectors.request_get(viewer=request.user, pk=pk)
    if req.status in ("cancelled", "expired", "placed"):
        messages.info(request, _("This request can no longer be cancelled here. Ask the desk."))
        return redirect("portal:detail", pk=req.pk)
    if request.method == "POST":
        try:
            services.request_cancel(
                actor=request.user,
                childcare_request=req,
                reason=request.POST.get("reason", "")[:300],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Your request is cancelled."))
        return redirect("portal:detail", pk=req.pk)
    return render(request, "registrations/portal_cancel.html", {"req": req})
