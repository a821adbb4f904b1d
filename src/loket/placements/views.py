"""Pages for rounds, offers and placements: the desk, the family and the provider."""

import csv

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from loket.accounts import access
from loket.accounts.roles import Role
from loket.municipalities.models import Municipality
from loket.registrations import selectors as request_selectors
from loket.web.decorators import role_required

from . import selectors, services
from .forms import (
    AnswerForm,
    DeclineForm,
    DeskOfferForm,
    EndPlacementForm,
    PlacementForm,
    RoundForm,
)
from .models import Placement


def _errors(exc: ValidationError) -> str:
    return " ".join(exc.messages)


# Desk: rounds ------------------------------------------------------------------------------------


@role_required(Role.DESK)
def round_list(request):
    municipalities = Municipality.objects.filter(pk__in=access.desk_municipality_ids(request.user))
    form = RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        municipality = (
            municipalities.filter(pk=request.POST.get("municipality")).first()
            or municipalities.first()
        )
        try:
            rnd = services.round_preview(
                actor=request.user,
                municipality=municipality,
                window_start=form.cleaned_data["window_start"],
                window_end=form.cleaned_data["window_end"],
            )
        except ValidationError as exc:
            form.add_error(None, _errors(exc))
        else:
            return redirect("rounds:detail", pk=rnd.pk)
    return render(
        request,
        "placements/round_list.html",
        {
            "form": form,
            "rounds": selectors.rounds_for(viewer=request.user)[:30],
            "municipalities": municipalities,
        },
    )


@role_required(Role.DESK)
def round_detail(request, pk: int):
    rnd = selectors.round_get(viewer=request.user, pk=pk)
    names = {k: v["name"] for k, v in rnd.keys.get("locations", {}).items()}
    rows = sorted(rnd.summary.get("locations", []), key=lambda r: names.get(r["location"], ""))
    for row in rows:
        row["name"] = names.get(row["location"], row["location"])
        row["band"] = row["location"].rsplit("-", 1)[-1]
    from loket.registrations.models import ChildcareRequest

    assigned = dict(rnd.result.get("assignments", {}))
    requests = ChildcareRequest.objects.in_bulk([int(c[1:]) for c in assigned]) if assigned else {}
    assignments = sorted(
        (
            (requests.get(int(cid[1:])), names.get(lid) if lid else None)
            for cid, lid in assigned.items()
        ),
        key=lambda item: (item[1] is None, item[1] or "", item[0].reference if item[0] else ""),
    )
    return render(
        request,
        "placements/round_detail.html",
        {
            "round": rnd,
            "rows": rows,
            "assignments": assignments,
            "summary": rnd.summary,
            "unplaced": rnd.summary.get("children", 0) - rnd.summary.get("placed", 0),
        },
    )


@role_required(Role.DESK)
def round_download(request, pk: int, part: str):
    rnd = selectors.round_get(viewer=request.user, pk=pk)
    data = rnd.instance if part == "instance" else rnd.result
    response = JsonResponse(data, json_dumps_params={"indent": 1, "ensure_ascii": False})
    response["Content-Disposition"] = f'attachment; filename="round-{rnd.pk}-{part}.json"'
    return response


@role_required(Role.DESK)
@require_POST
def round_confirm(request, pk: int):
    rnd = selectors.round_get(viewer=request.user, pk=pk)
    try:
        offers = services.round_confirm(actor=request.user, allocation_round=rnd)
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(
            request,
            ngettext("%(n)s offer sent.", "%(n)s offers sent.", len(offers)) % {"n": len(offers)},
        )
    return redirect("rounds:detail", pk=rnd.pk)


@role_required(Role.DESK)
@require_POST
def round_discard(request, pk: int):
    rnd = selectors.round_get(viewer=request.user, pk=pk)
    try:
        services.round_discard(actor=request.user, allocation_round=rnd)
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    return redirect("rounds:list")


# Desk: dashboard, offers and placements ---------------------------------------------------------


@role_required(Role.DESK)
def dashboard(request):
    year = timezone.localdate().year
    context = {
        "open_offers": selectors.open_offers(viewer=request.user)[:100],
        "at_risk": request_selectors.urgent_at_risk(viewer=request.user),
        "ending": selectors.placements_ending_soon(viewer=request.user),
        "year": year,
    }
    return render(request, "placements/dashboard.html", context)


@role_required(Role.DESK)
def vulnerable_share(request):
    year = int(request.GET.get("year") or timezone.localdate().year)
    rows = selectors.vulnerable_share_per_location(viewer=request.user, year=year)
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="kwetsbare-gezinnen-{year}.csv"'
        writer = csv.writer(response, delimiter=";")
        writer.writerow(
            ["locatie", "jaar", "kinderen", "uit kwetsbare gezinnen", "aandeel", "doel", "bereikt"]
        )
        for r in rows:
            writer.writerow(
                [
                    r.location.name,
                    year,
                    r.children,
                    r.vulnerable,
                    f"{r.share:.3f}" if r.share is not None else "",
                    f"{r.target:.2f}",
                    "ja" if r.reached else "nee",
                ]
            )
        return response
    return render(request, "placements/vulnerable_share.html", {"rows": rows, "year": year})


@role_required(Role.DESK)
@require_POST
def desk_offer(request, pk: int):
    req = request_selectors.request_get(viewer=request.user, pk=pk)
    form = DeskOfferForm(request.POST, municipality=req.municipality)
    if form.is_valid():
        try:
            services.offer_make(
                actor=request.user,
                childcare_request=req,
                location=form.cleaned_data["location"],
                start_date=form.cleaned_data.get("start_date"),
            )
        except ValidationError as exc:
            messages.error(request, _errors(exc))
        else:
            messages.success(request, _("The offer is sent to the family."))
    else:
        messages.error(request, _("Choose a location."))
    return redirect("families:file", pk=req.child.family_id)


@role_required(Role.DESK)
@require_POST
def desk_placement(request, pk: int):
    req = request_selectors.request_get(viewer=request.user, pk=pk)
    form = PlacementForm(request.POST, municipality=req.municipality)
    if form.is_valid():
        try:
            services.placement_create(
                actor=request.user, childcare_request=req, **form.cleaned_data
            )
        except ValidationError as exc:
            messages.error(request, _errors(exc))
        else:
            messages.success(request, _("Place saved."))
    else:
        messages.error(request, _("Check the kind, location and dates of the place."))
    return redirect("families:file", pk=req.child.family_id)


@role_required(Role.DESK, Role.PROVIDER)
@require_POST
def end_placement(request, pk: int):
    placement = get_object_or_404(Placement.objects.select_related("request", "location"), pk=pk)
    if not (
        access.is_desk_for(request.user, placement.request.municipality_id)
        or access.can_edit_location(request.user, placement.location)
    ):
        return HttpResponse(status=404)
    form = EndPlacementForm(request.POST)
    if form.is_valid():
        services.placement_end(actor=request.user, placement=placement, **form.cleaned_data)
        messages.success(request, _("The place has ended; its seats are free again."))
    else:
        messages.error(request, _("Give the last day."))
    return redirect(request.POST.get("next") or "web:home")


# The family answers an offer (the desk can do it for them) --------------------------------------


@role_required(Role.PARENT, Role.DESK)
@require_POST
def accept_offer(request, pk: int):
    offer = selectors.offer_get(viewer=request.user, pk=pk)
    form = AnswerForm(request.POST)
    form.is_valid()
    try:
        services.offer_accept(
            actor=request.user,
            offer=offer,
            keep_higher_choices=form.cleaned_data.get("keep_higher_choices", False),
        )
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(
            request,
            _("Accepted for the family. The location will confirm the start.")
            if _acting_as_desk(request, offer)
            else _("You accepted the place. The location will confirm the start."),
        )
    return _back(request, offer)


@role_required(Role.PARENT, Role.DESK)
@require_POST
def decline_offer(request, pk: int):
    offer = selectors.offer_get(viewer=request.user, pk=pk)
    form = DeclineForm(request.POST)
    form.is_valid()
    try:
        services.offer_decline(
            actor=request.user,
            offer=offer,
            stay_on_list=form.cleaned_data.get("stay_on_list", False),
        )
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(
            request,
            _("Declined for the family.")
            if _acting_as_desk(request, offer)
            else _("You declined the place."),
        )
    return _back(request, offer)


def _acting_as_desk(request, offer) -> bool:
    return request.user.has_role(Role.DESK) and access.is_desk_for(
        request.user, offer.request.municipality_id
    )


def _back(request, offer):
    if _acting_as_desk(request, offer):
        return redirect("families:file", pk=offer.request.child.family_id)
    return redirect("portal:detail", pk=offer.request_id)


# Providers -------------------------------------------------------------------------------------


@role_required(Role.PROVIDER)
def provider_placements(request):
    return render(
        request,
        "placements/provider_placements.html",
        {
            "placements": selectors.placements_for_provider(viewer=request.user),
            "urgent": selectors.urgent_requests_for_providers(viewer=request.user),
        },
    )


@role_required(Role.PROVIDER)
@require_POST
def confirm_placement(request, pk: int):
    placement = selectors.placements_for_provider(viewer=request.user).filter(pk=pk).first()
    if placement is None:
        return HttpResponse(status=404)
    try:
        services.placement_confirm(actor=request.user, placement=placement)
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(request, _("Start confirmed."))
    return redirect("provider_placements:list")
