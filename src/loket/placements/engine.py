"""Build the allocation engine's instance from the database, and read its result back.

The engine (loket.domain.allocation) knows locations and children by id. Here every location
is split by age band (``L<pk>-baby``, ``L<pk>-toddler``), because capacity is kept per weekday
and age band; a child applies to the band of its age on its start date. Children are ``R<pk>``,
the request's id.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction

from django.db.models import Prefetch

from loket.domain.eligibility import priority_groups, tiers_for_location
from loket.domain.geo import distance_km
from loket.domain.requests import PlanKind, WeeklyPlan, age_band
from loket.families.eligibility import (
    REGIME_BY_SETTING,
    family_vulnerability,
    vulnerability_rule,
)
from loket.families.models import FamilyFact
from loket.locations.models import Location, LocationCapacity
from loket.registrations.models import ChildcareRequest, RequestPreference, RequestStatus

from .models import Offer, OfferStatus, Placement

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def child_key(request_pk: int) -> str:
    return f"R{request_pk}"


def location_key(location_pk: int, band: str) -> str:
    return f"L{location_pk}-{band}"


def parse_location_key(key: str) -> tuple[int, str]:
    pk, band = key[1:].split("-", 1)
    return int(pk), band


def needed_days(plan: WeeklyPlan) -> list[str]:
    """The days a seat is needed. A flexible plan ("2 days out of mon-wed") asks for its first
    N ticked days: the engine needs fixed days; the desk can adjust with the provider."""
    days = plan.day_keys
    if plan.kind == PlanKind.FLEXIBLE and plan.days_per_week:
        return days[: plan.days_per_week]
    return days


@dataclass
class BuiltInstance:
    instance: dict
    keys: dict = field(default_factory=dict)
    requests: dict[str, ChildcareRequest] = field(default_factory=dict)
    locations: dict[int, Location] = field(default_factory=dict)


def eligible_requests(municipality, window_start: dt.date, window_end: dt.date):
    """Open requests whose start date falls in the window and that hold no open offer; and
    transfer requests (placed lower, waiting for a higher choice)."""
    open_offer = Offer.objects.filter(status=OfferStatus.OPEN).values("request")
    base = ChildcareRequest.objects.filter(
        municipality=municipality,
        desired_start__gte=window_start,
        desired_start__lte=window_end,
    ).exclude(pk__in=open_offer)
    waiting = base.filter(status__in=[RequestStatus.SUBMITTED, RequestStatus.WAITING])
    transfer = base.filter(
        status__in=[RequestStatus.ACCEPTED, RequestStatus.PLACED], transfer_below_rank__isnull=False
    )
    return (
        (waiting | transfer)
        .select_related("child", "child__family", "municipality")
        .prefetch_related(
            Prefetch("preferences", queryset=RequestPreference.objects.order_by("rank")),
            Prefetch("child__family__facts", queryset=FamilyFact.objects.all()),
        )
    )


def build_instance(municipality, window_start: dt.date, window_end: dt.date) -> BuiltInstance:
    """The engine's instance for a round: free seats per location, weekday and age band; each
    child's priority groups, vulnerability, lottery number and ranked locations."""
    regime = REGIME_BY_SETTING[municipality.priority_regime]
    rule = vulnerability_rule(municipality)
    locations = {
        loc.pk: loc for loc in Location.objects.filter(municipality=municipality, active=True)
    }
    free: dict[tuple[int, str], dict[str, int]] = defaultdict(dict)
    for cap in LocationCapacity.objects.filter(location__in=locations.keys()):
        if cap.free_places > 0:
            free[(cap.location_id, cap.age_band)][cap.weekday] = cap.free_places
    tiers_cache: dict[int, list[list[str]]] = {}

    def tiers(loc: Location) -> list[list[str]]:
        if loc.pk not in tiers_cache:
            custom = loc.priority_tiers if loc.is_income_related else None
            tiers_cache[loc.pk] = (
                tiers_for_location(regime, custom) if loc.is_income_related else []
            )
        return tiers_cache[loc.pk]

    children, used_locations = [], set()
    built = BuiltInstance(instance={}, locations=locations)
    for req in eligible_requests(municipality, window_start, window_end):
        child = req.child
        born = child.born_or_expected
        band = age_band(born, req.desired_start)
        plan = req.weekly_plan
        days = needed_days(plan)
        if not days:
            continue
        facts = list(req.child.family.facts.all())
        keys = {f.key for f in facts}
        groups = sorted(priority_groups(keys, regime))
        siblings_at = sorted(
            location_key(f.location_id, b)
            for f in facts
            if f.key == "sibling_in_care" and f.location_id
            for b in ("baby", "toddler")
        )
        if req.preference_mode == "nearby":
            fam = child.family
            point = (fam.lat, fam.lon) if fam.lat is not None else None
            ranked = (
                sorted(
                    (
                        loc
                        for loc in locations.values()
                        if distance_km(point[0], point[1], loc.lat, loc.lon) <= float(req.radius_km)
                    ),
                    key=lambda loc: (distance_km(point[0], point[1], loc.lat, loc.lon), loc.pk),
                )
                if point
                else []
            )
            prefs = [loc.pk for loc in ranked]
        else:
            prefs = [
                p.location_id
                for p in req.preferences.all()
                if req.transfer_below_rank is None or p.rank < req.transfer_below_rank
            ]
        pref_keys = [
            location_key(pk, band) for pk in prefs if pk in locations and (pk, band) in free
        ]
        if not pref_keys:
            continue
        used_locations.update(pref_keys)
        assessment = family_vulnerability(child.family, rule)
        children.append(
            {
                "id": child_key(req.pk),
                "days": days,
                "preferences": pref_keys,
                "groups": groups,
                "siblings_at": siblings_at,
                "vulnerable": assessment.is_vulnerable,
                "lottery": req.lottery if req.lottery is not None else 0.999999,
                "registered_at": (req.registered_at or req.created_at)
                .astimezone(dt.UTC)
                .strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        built.requests[child_key(req.pk)] = req
    instance_locations = []
    for key in sorted(used_locations):
        pk, band = parse_location_key(key)
        loc = locations[pk]
        instance_locations.append(
            {
                "id": key,
                "capacity": dict(
                    sorted(free[(pk, band)].items(), key=lambda kv: WEEKDAYS.index(kv[0]))
                ),
                "reserve_share": float(loc.reserve_share),
                "priority_tiers": tiers(loc),
            }
        )
    built.instance = {
        "schema_version": 1,
        "weekdays": WEEKDAYS,
        "tie_break": "lottery",
        "locations": instance_locations,
        "children": children,
    }
    built.keys = {
        "locations": {
            loc["id"]: {
                "location": parse_location_key(loc["id"])[0],
                "name": locations[parse_location_key(loc["id"])[0]].name,
            }
            for loc in instance_locations
        }
    }
    return built


def summarise(instance: dict, result: dict, report=None) -> dict:
    """Figures for the preview: placed, places left and reserve use per location."""
    children = {c["id"]: c for c in instance["children"]}
    by_location: dict[str, list[dict]] = defaultdict(list)
    for cid, lid in result["assignments"].items():
        if lid:
            by_location[lid].append(children[cid])
    rows = []
    for loc in instance["locations"]:
        assigned = by_location.get(loc["id"], [])
        cap = loc["capacity"]
        share = Fraction(repr(loc["reserve_share"]))  # as written: 0.1 is exactly 1/10
        reserve = {d: math.ceil(share * n) for d, n in cap.items()}
        used = dict.fromkeys(cap, 0)
        for c in assigned:
            for d in c["days"]:
                used[d] += 1
        # Reserve use: vulnerable children who would not have fitted in the open seats.
        open_used = dict.fromkeys(cap, 0)
        in_reserve = 0
        ordered = sorted(assigned, key=lambda c: (_tier(c, loc), c["lottery"], c["id"]))
        for c in ordered:
            if all(open_used[d] < cap[d] - reserve[d] for d in c["days"]):
                for d in c["days"]:
                    open_used[d] += 1
            elif c["vulnerable"]:
                in_reserve += 1
        rows.append(
            {
                "location": loc["id"],
                "assigned": len(assigned),
                "vulnerable": sum(1 for c in assigned if c["vulnerable"]),
                "reserve_used": in_reserve,
                "left": {d: cap[d] - used[d] for d in cap},
            }
        )
    placed = sum(1 for v in result["assignments"].values() if v)
    vulnerable_total = sum(1 for c in instance["children"] if c["vulnerable"])
    vulnerable_placed = sum(
        1 for cid, lid in result["assignments"].items() if lid and children[cid]["vulnerable"]
    )
    return {
        "children": len(instance["children"]),
        "placed": placed,
        "vulnerable": vulnerable_total,
        "vulnerable_placed": vulnerable_placed,
        "blocking_pairs": None if report is None else report.blocking_pairs,
        "infeasible": None if report is None else report.infeasible,
        "locations": rows,
    }


def priority_key(req, location, regime, tiers: list[list[str]]) -> tuple:
    """A request's place in a location's priority order, as in contract allocation-v1: the
    index of the first tier holding one of the family's groups (``sibling`` only with a brother
    or sister at this location), then the lottery number, then the id. Lower goes first.
    Needs the family's facts (prefetch ``child__family__facts``)."""
    facts = list(req.child.family.facts.all())
    groups = set(priority_groups({f.key for f in facts}, regime))
    if not any(f.key == "sibling_in_care" and f.location_id == location.pk for f in facts):
        groups.discard("sibling")
    tier = next((i for i, t in enumerate(tiers) if groups.intersection(t)), len(tiers))
    return (tier, req.lottery if req.lottery is not None else 1.0, req.pk)


def _tier(child: dict, location: dict) -> int:
    """The child's priority at the location, as the contract defines it (lower is better)."""
    groups = set(child["groups"])
    if location["id"] not in child["siblings_at"]:
        groups.discard("sibling")
    for index, tier in enumerate(location["priority_tiers"]):
        if groups.intersection(tier):
            return index
    return len(location["priority_tiers"])


def occupancy(location_id: int, band: str, day: str, on: dt.date, exclude_pk=None) -> int:
    """Children with a place at the location on that weekday from that date on (planned or
    confirmed, ending on or after it). Counting every later placement too is on the safe side:
    the licensed places are never exceeded on any later date either."""
    qs = Placement.objects.filter(
        location_id=location_id, age_band=band, status__in=["planned", "confirmed"]
    ).exclude(end_date__lt=on)
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    return sum(1 for days in qs.values_list("days", flat=True) if day in days)
