"""Reads for rounds, offers, placements and the waiting list, filtered by who is asking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from loket.accounts import access
from loket.domain.allocation import explanation_sentence
from loket.domain.eligibility import tiers_for_location
from loket.domain.requests import age_band
from loket.families.eligibility import REGIME_BY_SETTING
from loket.registrations.models import ChildcareRequest, RequestStatus

from . import engine
from .models import AllocationRound, Offer, OfferStatus, Placement, PlacementStatus


def rounds_for(*, viewer) -> QuerySet:
    return AllocationRound.objects.filter(
        municipality_id__in=access.desk_municipality_ids(viewer)
    ).select_related("municipality", "created_by", "confirmed_by")


def round_get(*, viewer, pk: int) -> AllocationRound:
    try:
        return rounds_for(viewer=viewer).get(pk=pk)
    except AllocationRound.DoesNotExist:
        raise Http404 from None


def offers_for_request(*, viewer, childcare_request) -> QuerySet:
    if not access.can_view_request(viewer, childcare_request):
        raise Http404
    return childcare_request.offers.select_related("location").order_by("-created_at")


def offer_get(*, viewer, pk: int) -> Offer:
    offer = Offer.objects.select_related("request", "location").filter(pk=pk).first()
    if offer is None or not access.can_view_request(viewer, offer.request):
        raise Http404
    return offer


# Waiting list ----------------------------------------------------------------------------------


@dataclass
class QueueLine:
    """Where a waiting child stands at one location, per weekday, and why it has no place."""

    location: object
    positions: dict[str, int] = field(default_factory=dict)
    reason: str = ""


def waiting_position(childcare_request, language: str = "nl") -> list[QueueLine]:
    """Per ranked location and needed weekday: 1 + the waiting children ahead in the location's
    priority order (tier, then lottery number); and the engine's reason from the last round."""
    req = childcare_request
    regime = REGIME_BY_SETTING[req.municipality.priority_regime]
    band = age_band(req.child.born_or_expected, req.desired_start)
    days = engine.needed_days(req.weekly_plan)
    explanation = _last_explanations(req)
    lines = []
    for pref in req.preferences.select_related("location").order_by("rank"):
        loc = pref.location
        tiers = tiers_for_location(regime, loc.priority_tiers) if loc.is_income_related else []

        def key(r, loc=loc, tiers=tiers):
            return engine.priority_key(r, loc, regime, tiers)

        competitors = (
            ChildcareRequest.objects.filter(
                preferences__location=loc,
                status__in=[RequestStatus.SUBMITTED, RequestStatus.WAITING],
            )
            .select_related("child", "child__family")
            .prefetch_related("child__family__facts")
            .distinct()
        )
        mine = key(req)
        ahead = dict.fromkeys(days, 0)
        for other in competitors:
            if other.pk == req.pk:
                continue
            if age_band(other.child.born_or_expected, other.desired_start) != band:
                continue
            if key(other) < mine:
                for d in engine.needed_days(other.weekly_plan):
                    if d in ahead:
                        ahead[d] += 1
        entry = explanation.get(engine.location_key(loc.pk, band))
        reason = explanation_sentence(entry, language, loc.name) if entry else ""
        lines.append(
            QueueLine(location=loc, positions={d: n + 1 for d, n in ahead.items()}, reason=reason)
        )
    return lines


def _last_explanations(req) -> dict[str, dict]:
    """The explanations of the last confirmed round that included this request, by location."""
    cid = engine.child_key(req.pk)
    for rnd in AllocationRound.objects.filter(
        municipality_id=req.municipality_id, status="confirmed"
    ).order_by("-confirmed_at")[:5]:
        entries = rnd.result.get("explanations", {}).get(cid)
        if entries is not None:
            return {e["location"]: e for e in entries}
    return {}


# Desk dashboards --------------------------------------------------------------------------------


def placements_ending_soon(*, viewer, within_days: int = 30) -> QuerySet:
    """Occasional and temporary places that end soon: the desk looks for the next place."""
    limit = timezone.localdate() + dt.timedelta(days=within_days)
    return (
        Placement.objects.filter(
            request__municipality_id__in=access.desk_municipality_ids(viewer),
            status__in=[PlacementStatus.PLANNED, PlacementStatus.CONFIRMED],
            end_date__isnull=False,
            end_date__lte=limit,
        )
        .select_related("request", "request__child", "location")
        .order_by("end_date")
    )


def open_offers(*, viewer) -> QuerySet:
    return (
        Offer.objects.filter(
            request__municipality_id__in=access.desk_municipality_ids(viewer),
            status=OfferStatus.OPEN,
        )
        .select_related("request", "request__child", "location")
        .order_by("deadline")
    )


@dataclass
class VulnerableShare:
    location: object
    children: int
    vulnerable: int
    target: float

    @property
    def share(self) -> float | None:
        return self.vulnerable / self.children if self.children else None

    @property
    def reached(self) -> bool:
        return self.share is not None and self.share >= self.target


def vulnerable_share_per_location(*, viewer, year: int) -> list[VulnerableShare]:
    """Per income-related location: children cared for this year and how many from vulnerable
    families, against the target (at least 20%, counted per year)."""
    from loket.locations.models import Location
    from loket.municipalities.models import Municipality

    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    municipalities = Municipality.objects.filter(pk__in=access.desk_municipality_ids(viewer))
    targets = {m.pk: float(m.vulnerable_target_share) for m in municipalities}
    in_year = (
        Q(placements__start_date__lte=end)
        & (Q(placements__end_date__isnull=True) | Q(placements__end_date__gte=start))
        & ~Q(placements__status="planned")
    )
    rows = (
        Location.objects.filter(municipality__in=municipalities, pricing__in=["income", "mixed"])
        .annotate(
            children=Count("placements__request__child", filter=in_year, distinct=True),
            vulnerable=Count(
                "placements__request__child",
                filter=in_year & Q(placements__vulnerable=True),
                distinct=True,
            ),
        )
        .order_by("name")
    )
    return [
        VulnerableShare(loc, loc.children, loc.vulnerable, targets[loc.municipality_id])
        for loc in rows
    ]


# Providers ---------------------------------------------------------------------------------------


def placements_for_provider(*, viewer) -> QuerySet:
    return (
        Placement.objects.filter(location__in=access.locations_for_provider(viewer))
        .exclude(status=PlacementStatus.ENDED)
        .select_related("request", "request__child", "location")
        .order_by("status", "start_date")
    )


def urgent_requests_for_providers(*, viewer) -> QuerySet:
    """Urgent requests are visible to every provider of the municipality (as in Brussels), with
    only what a provider needs to see whether it can help: age, start, days."""
    municipalities = access.locations_for_provider(viewer).values("municipality")
    return (
        ChildcareRequest.objects.filter(
            municipality__in=municipalities,
            urgent=True,
            status__in=[RequestStatus.SUBMITTED, RequestStatus.WAITING],
        )
        .select_related("child", "child__family__neighbourhood")
        .order_by("urgent_deadline")
    )
