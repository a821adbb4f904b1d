"""Reads of locations: the public free-places search and the provider's own locations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Avg, Prefetch, Q, QuerySet

from loket.accounts import access
from loket.domain.geo import distance_km
from loket.domain.weekdays import WEEKDAYS
from loket.municipalities.models import Street

from .models import Location, LocationCapacity, OpeningHours


@dataclass
class FreePlacesResult:
    location: Location
    free_by_day: dict[str, int] = field(default_factory=dict)
    distance_km: float | None = None

    @property
    def total_free(self) -> int:
        return sum(self.free_by_day.values())


def geocode(*, municipality, text: str) -> tuple[float, float, str] | None:
    """A point for a postcode or a street of the municipality, from its own gazetteer."""
    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 4:
        point = Street.objects.filter(municipality=municipality, postcode=text).aggregate(
            lat=Avg("lat"), lon=Avg("lon")
        )
        if point["lat"] is not None:
            return point["lat"], point["lon"], text
        return None
    name = text.split(",")[0].rstrip("0123456789 ").strip()
    street = (
        Street.objects.filter(municipality=municipality, name__iexact=name).first()
        or Street.objects.filter(municipality=municipality, name__istartswith=name).first()
        or Street.objects.filter(municipality=municipality, name__icontains=name).first()
    )
    if street:
        return street.lat, street.lon, f"{street.name}, {street.postcode}"
    return None


def free_places_search(
    *,
    municipality,
    neighbourhood_id: int | None = None,
    days: list[str] | None = None,
    age_band: str | None = None,
    income_related: bool | None = None,
    kind: str | None = None,
    opens_by: dt.time | None = None,
    closes_after: dt.time | None = None,
    near: tuple[float, float] | None = None,
    radius_km: float | None = None,
) -> list[FreePlacesResult]:
    """Locations with a free place on every chosen day, nearest first when a point is given."""
    qs = Location.objects.filter(municipality=municipality, active=True).select_related(
        "neighbourhood", "organiser"
    )
    if neighbourhood_id:
        qs = qs.filter(neighbourhood_id=neighbourhood_id)
    if income_related is True:
        qs = qs.filter(pricing__in=["income", "mixed"])
    elif income_related is False:
        qs = qs.filter(pricing__in=["free", "mixed"])
    if kind:
        qs = qs.filter(kind=kind)
    for day in days or []:
        hours = OpeningHours.objects.filter(weekday=day)
        if opens_by:
            hours = hours.filter(opens__lte=opens_by)
        if closes_after:
            hours = hours.filter(closes__gte=closes_after)
        qs = qs.filter(Q(pk__in=hours.values("location")))
    if not days and (opens_by or closes_after):
        hours = OpeningHours.objects.all()
        if opens_by:
            hours = hours.filter(opens__lte=opens_by)
        if closes_after:
            hours = hours.filter(closes__gte=closes_after)
        qs = qs.filter(pk__in=hours.values("location"))
    caps = LocationCapacity.objects.all()
    if age_band:
        caps = caps.filter(age_band=age_band)
    qs = qs.prefetch_related(
        Prefetch("capacities", queryset=caps, to_attr="selected_capacities"),
        Prefetch("opening_hours", queryset=OpeningHours.objects.all(), to_attr="hours_in_order"),
    )
    results = []
    for loc in qs:
        loc.hours_in_order.sort(key=lambda h: WEEKDAYS.index(h.weekday))
        free: dict[str, int] = {}
        for cap in loc.selected_capacities:
            free[cap.weekday] = free.get(cap.weekday, 0) + cap.free_places
        # With days chosen, a free place on each of them; without, on at least one day.
        if days and not all(free.get(d, 0) > 0 for d in days):
            continue
        if not any(free.values()):
            continue
        in_order = {d: free[d] for d in WEEKDAYS if free.get(d, 0) > 0}
        result = FreePlacesResult(location=loc, free_by_day=in_order)
        if near:
            result.distance_km = round(distance_km(near[0], near[1], loc.lat, loc.lon), 1)
            if radius_km and result.distance_km > radius_km:
                continue
        results.append(result)
    if near:
        results.sort(key=lambda r: (r.distance_km, r.location.name))
    else:
        results.sort(key=lambda r: (-r.total_free, r.location.name))
    return results


def provider_locations(*, viewer) -> QuerySet:
    return (
        access.locations_for_provider(viewer)
        .select_related("neighbourhood", "organiser")
        .prefetch_related("capacities", "opening_hours")
        .order_by("name")
    )
