"""Every write on a location by its provider staff: one transaction with its audit event."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.accounts import access
from loket.audit.models import AuditAction
from loket.audit.services import audit_record

from .models import AgeBand, Location, LocationCapacity, OpeningHours, Weekday


def _require_provider(actor, location: Location) -> None:
    if not access.can_edit_location(actor, location):
        raise PermissionDenied


@transaction.atomic
def location_update_capacity(
    *, actor, location: Location, rows: dict[tuple[str, str], tuple[int, int]]
) -> Location:
    """Set places and free places per weekday and age band.

    ``rows`` maps (weekday, age band) to (places, free places). A day's places may not exceed
    the licensed places, and free places may not exceed places. Nothing is saved when one row
    is wrong.
    """
    location = Location.objects.select_for_update().get(pk=location.pk)
    _require_provider(actor, location)
    errors: dict[str, list[str]] = {}
    per_day: dict[str, int] = {}
    for (day, band), (places, free) in rows.items():
        if day not in Weekday.values or band not in AgeBand.values:
            raise ValidationError(_("Unknown day or age band."))
        field = f"{day}_{band}"
        if places < 0 or free < 0:
            errors.setdefault(field, []).append(_("A number of places cannot be negative."))
        elif free > places:
            errors.setdefault(field, []).append(_("There cannot be more free places than places."))
        per_day[day] = per_day.get(day, 0) + max(places, 0)
    for day, total in per_day.items():
        if total > location.licensed_places:
            errors.setdefault(f"{day}_places", []).append(
                _(
                    "On %(day)s the places add up to %(total)s, more than the %(licensed)s "
                    "licensed places."
                )
                % {"day": Weekday(day).label, "total": total, "licensed": location.licensed_places}
            )
    if errors:
        raise ValidationError(errors)
    old = {
        f"{c.weekday}_{c.age_band}": [c.places, c.free_places] for c in location.capacities.all()
    }
    new: dict[str, list[int]] = {}
    for (day, band), (places, free) in sorted(rows.items()):
        LocationCapacity.objects.update_or_create(
            location=location,
            weekday=day,
            age_band=band,
            defaults={"places": places, "free_places": free},
        )
        new[f"{day}_{band}"] = [places, free]
    location.free_places_updated_at = timezone.now()
    location.save(update_fields=["free_places_updated_at"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=location,
        municipality_id=location.municipality_id,
        changes={k: {"old": old.get(k), "new": v} for k, v in new.items() if old.get(k) != v},
        note="capacity",
    )
    return location


@transaction.atomic
def location_update_hours(
    *, actor, location: Location, hours: dict[str, tuple[dt.time, dt.time] | None]
) -> Location:
    """Set the opening hours per weekday; ``None`` means closed that day."""
    location = Location.objects.select_for_update().get(pk=location.pk)
    _require_provider(actor, location)
    errors = {
        f"{day}_closes": [_("Closing time must be after opening time.")]
        for day, span in hours.items()
        if span is not None and span[1] <= span[0]
    }
    if errors:
        raise ValidationError(errors)
    old = {h.weekday: f"{h.opens:%H:%M}-{h.closes:%H:%M}" for h in location.opening_hours.all()}
    new: dict[str, str | None] = {}
    for day, span in sorted(hours.items()):
        if span is None:
            OpeningHours.objects.filter(location=location, weekday=day).delete()
            new[day] = None
        else:
            OpeningHours.objects.update_or_create(
                location=location, weekday=day, defaults={"opens": span[0], "closes": span[1]}
            )
            new[day] = f"{span[0]:%H:%M}-{span[1]:%H:%M}"
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=location,
        municipality_id=location.municipality_id,
        changes={k: {"old": old.get(k), "new": v} for k, v in new.items() if old.get(k) != v},
        note="opening hours",
    )
    return location
