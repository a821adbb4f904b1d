"""The family's file at the desk (dossier): requests, facts, needs, consents."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from loket.accounts.roles import Role
from loket.domain.eligibility.texts import label
from loket.locations.models import Location
from loket.placements.models import PlacementKind
from loket.registrations.forms import UrgencyForm
from loket.registrations.models import RequestStatus
from loket.web.decorators import role_required

from . import selectors, services
from .eligibility import family_priority_groups, family_vulnerability
from .forms import FactForm, NeedForm, NeedStatusForm, NotesForm
from .models import FamilyFact, FamilyNeed


def _to_section(family, section: str):
    """Back to the part of the file the worker was in."""
    return redirect(reverse("families:file", args=[family.pk]) + f"#{section}")


@role_required(Role.DESK)
def family_file(request, pk: int):
    family = selectors.family_file_open(viewer=request.user, pk=pk)
    assessment = family_vulnerability(family)
    language = request.LANGUAGE_CODE if request.LANGUAGE_CODE in ("nl", "en", "fr", "ar") else "nl"
    requests_ = [r for child in family.children.all() for r in child.requests.all()]
    context = {
        "family": family,
        "requests": requests_,
        "vulnerable": assessment.is_vulnerable,
        "vulnerability_reasons": assessment.explain(language),
        "group_labels": [label(g, language) for g in sorted(family_priority_groups(family))],
        "fact_form": FactForm(),
        "need_form": NeedForm(),
        "notes_form": NotesForm(initial={"desk_notes": family.desk_notes}),
        "urgency_forms": {
            r.pk: UrgencyForm(initial={"urgent": r.urgent, "social_emergency": r.social_emergency})
            for r in requests_
        },
        # By hand the desk only files, closes or reopens a request; offers and places move the
        # rest.
        "statuses": [
            (c, label)
            for c, label in RequestStatus.choices
            if c in ("submitted", "waiting", "cancelled", "expired")
        ],
        "need_status_form": NeedStatusForm(),
        "locations": Location.objects.filter(municipality=family.municipality, active=True)
        .order_by("name")
        .only("pk", "name"),
        "placement_kinds": PlacementKind.choices,
    }
    return render(request, "families/file.html", context)


@role_required(Role.DESK)
@require_POST
def add_fact(request, pk: int):
    family = selectors.family_file_open(viewer=request.user, pk=pk, what="add fact")
    form = FactForm(request.POST)
    if form.is_valid():
        services.fact_record(
            actor=request.user,
            family=family,
            key=form.cleaned_data["key"],
            source=form.cleaned_data["source"],
        )
        messages.success(request, _("Fact saved."))
    else:
        messages.error(request, _("Choose a fact."))
    return _to_section(family, "facts")


@role_required(Role.DESK)
@require_POST
def remove_fact(request, pk: int, fact_pk: int):
    family = selectors.family_file_open(viewer=request.user, pk=pk, what="remove fact")
    fact = get_object_or_404(FamilyFact, pk=fact_pk, family=family)
    services.fact_remove(actor=request.user, fact=fact)
    messages.success(request, _("Fact removed."))
    return _to_section(family, "facts")


@role_required(Role.DESK)
@require_POST
def add_need(request, pk: int):
    family = selectors.family_file_open(viewer=request.user, pk=pk, what="add need")
    form = NeedForm(request.POST)
    if form.is_valid():
        services.need_record(actor=request.user, family=family, **form.cleaned_data)
        messages.success(request, _("Need saved."))
    else:
        messages.error(request, _("Choose what the family needs."))
    return _to_section(family, "needs")


@role_required(Role.DESK)
@require_POST
def need_status(request, pk: int, need_pk: int):
    family = selectors.family_file_open(viewer=request.user, pk=pk, what="need status")
    need = get_object_or_404(FamilyNeed, pk=need_pk, family=family)
    form = NeedStatusForm(request.POST)
    if form.is_valid():
        services.need_set_status(actor=request.user, need=need, status=form.cleaned_data["status"])
    return _to_section(family, "needs")


@role_required(Role.DESK)
@require_POST
def save_notes(request, pk: int):
    family = selectors.family_file_open(viewer=request.user, pk=pk, what="notes")
    form = NotesForm(request.POST)
    if form.is_valid():
        services.family_update_notes(
            actor=request.user, family=family, notes=form.cleaned_data["desk_notes"]
        )
        messages.success(request, _("Notes saved."))
    return _to_section(family, "notes")
