"""Reads of childcare requests, always filtered by who is asking."""

from __future__ import annotations

import datetime as dt

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from loket.accounts import access
from loket.domain.requests import OPEN, TODDLER_FROM_MONTHS, add_months
from loket.families.eligibility import is_vulnerable
from loket.families.models import FamilyFact

from .models import ChildcareRequest, RequestPreference


def _base(qs: QuerySet) -> QuerySet:
    return qs.select_related(
        "child", "child__family", "child__family__neighbourhood", "municipality"
    ).prefetch_related(
        Prefetch(
            "preferences",
            queryset=RequestPreference.objects.select_related("location").order_by("rank"),
        ),
    )


def request_list(*, viewer, filters: dict | None = None) -> list[ChildcareRequest] | QuerySet:
    """Requests the viewer may see, filtered as on the desk's list."""
    f = filters or {}
    qs = _base(access.requests_for(viewer))
    status = f.get("status") or ""
    if status == "":
        qs = qs.filter(status__in=[str(s) for s in OPEN])
    elif status != "all":
        qs = qs.filter(status=status)
    if f.get("neighbourhood"):
        qs = qs.filter(child__family__neighbourhood_id=f["neighbourhood"])
    if f.get("urgent"):
        qs = qs.filter(urgent=True)
    if f.get("social_emergency"):
        qs = qs.filter(social_emergency=True)
    if f.get("day"):
        # The plan is JSON; match the day key inside it (portable on SQLite and PostgreSQL).
        qs = qs.filter(plan__icontains=f'"day": "{f["day"]}"')
    if f.get("q"):
        q = f["q"].strip()
        qs = qs.filter(
            Q(reference__icontains=q)
            | Q(child__first_name__icontains=q)
            | Q(child__family__reference__icontains=q)
            | Q(child__family__guardians__last_name__icontains=q)
            | Q(child__family__guardians__first_name__icontains=q)
        ).distinct()
    if f.get("age") in ("baby", "toddler"):
        # Toddlers at the start: born at least 18 months before the desired start. Approximated
        # in SQL by the birth date against the earliest start; refined in Python below.
        qs = qs.order_by()
    qs = qs.order_by("-social_emergency", "-urgent", "registered_at", "id")
    if f.get("age") in ("baby", "toddler") or f.get("vulnerable"):
        qs = qs.prefetch_related(
            Prefetch("child__family__facts", queryset=FamilyFact.objects.all())
        )
        rows = list(qs)
        if f.get("age") in ("baby", "toddler"):
            rows = [r for r in rows if _age_band_at_start(r) == f["age"]]
        if f.get("vulnerable"):
            rows = [r for r in rows if is_vulnerable(r.child.family)]
        return rows
    return qs


def _age_band_at_start(req: ChildcareRequest) -> str:
    born = req.child.born_or_expected
    return "toddler" if add_months(born, TODDLER_FROM_MONTHS) <= req.desired_start else "baby"


def request_get(*, viewer, pk: int) -> ChildcareRequest:
    try:
        return _base(access.requests_for(viewer)).get(pk=pk)
    except ChildcareRequest.DoesNotExist:
        raise Http404 from None


def requests_for_location(*, viewer, location) -> QuerySet:
    """Open requests that list one of the provider's locations (what the provider must see)."""
    if not access.can_edit_location(viewer, location):
        raise Http404
    return (
        _base(access.requests_for(viewer))
        .filter(preferences__location=location, status__in=[str(s) for s in OPEN])
        .order_by("desired_start", "registered_at")
        .distinct()
    )


def urgent_at_risk(*, viewer, within_days: int = 7) -> QuerySet:
    """Open urgent requests whose one-month deadline is near or passed."""
    limit = timezone.localdate() + dt.timedelta(days=within_days)
    return (
        _base(access.requests_for(viewer))
        .filter(urgent=True, status__in=[str(s) for s in OPEN], urgent_deadline__lte=limit)
        .order_by("urgent_deadline")
    )
