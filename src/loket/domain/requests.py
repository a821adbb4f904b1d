"""Rules for a childcare request (opvangvraag): its weekly plan, its life cycle and its validation.

Pure Python: the Django forms call :func:`validate_request` and turn each :class:`RequestError`
into a translated message next to the field it names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .weekdays import DAY_PARTS, FULL_DAY, WEEKDAYS, sort_days

#: Children are cared for from birth until they go to school: the desk handles 0 to 3 years.
MAX_AGE_MONTHS = 36
#: Boundary between the two age bands that capacity is kept for (babies and toddlers).
TODDLER_FROM_MONTHS = 18
#: How far ahead a request may be made; Ghent asks parents to apply at least 9 months ahead,
#: some families register in pregnancy, so two years leaves room.
MAX_MONTHS_AHEAD = 24


class RequestStatus(StrEnum):
    """Status of a request (status opvangvraag)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    WAITING = "waiting"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    PLACED = "placed"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


S = RequestStatus
#: Which status may follow which. A declined offer puts the request back on the waiting list
#: when the family wants that; an accepted lower choice may wait for a higher one (transfer):
#: it gets an offer while it keeps its place, and goes back to its place if it declines.
TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    S.DRAFT: frozenset({S.SUBMITTED, S.CANCELLED}),
    S.SUBMITTED: frozenset({S.WAITING, S.OFFERED, S.CANCELLED}),
    S.WAITING: frozenset({S.OFFERED, S.CANCELLED, S.EXPIRED}),
    S.OFFERED: frozenset({S.ACCEPTED, S.DECLINED, S.WAITING, S.PLACED, S.CANCELLED, S.EXPIRED}),
    # A child with a place can get an offer for a location it ranked higher (a transfer).
    S.ACCEPTED: frozenset({S.PLACED, S.WAITING, S.OFFERED, S.CANCELLED}),
    S.PLACED: frozenset({S.OFFERED, S.CANCELLED}),
    S.DECLINED: frozenset({S.WAITING, S.CANCELLED}),
    S.CANCELLED: frozenset(),
    S.EXPIRED: frozenset(),
}
#: Statuses in which the family may still change its request itself.
EDITABLE = frozenset({S.DRAFT, S.SUBMITTED, S.WAITING})
#: Statuses of a request that still asks for a place.
OPEN = frozenset({S.SUBMITTED, S.WAITING, S.OFFERED, S.DECLINED})


def can_transition(old: RequestStatus | str, new: RequestStatus | str) -> bool:
    return RequestStatus(new) in TRANSITIONS[RequestStatus(old)]


class Motive(StrEnum):
    """Why the family needs care: the five motives of VVSG's note (seed 001, section 2)."""

    ACTIVATION = "activation"  # work or training, often urgent
    FAMILY_STRENGTH = "family_strength"  # restoring the family's strength (draagkracht)
    SUPPORT_OR_CRISIS = "support_or_crisis"  # care combined with support, or a crisis
    CHILD_DEVELOPMENT = "child_development"  # the child's right to develop
    INTEGRATION = "integration"  # integration of newcomers


class PlanKind(StrEnum):
    FIXED = "fixed"  # the same days every week
    FLEXIBLE = "flexible"  # e.g. "2 days a week, not always the same"


class PreferenceMode(StrEnum):
    RANKED = "ranked"  # ranked preferred locations
    NEARBY = "nearby"  # any location within N km


@dataclass(frozen=True, slots=True)
class PlanDay:
    day: str
    part: str = FULL_DAY


@dataclass(frozen=True, slots=True)
class WeeklyPlan:
    """A weekly care plan (opvangplan).

    For a fixed plan ``days`` are the days needed. For a flexible plan ``days`` are the days that
    may be asked for and ``days_per_week`` how many of them are needed in a week.
    """

    kind: PlanKind = PlanKind.FIXED
    days: tuple[PlanDay, ...] = ()
    days_per_week: int | None = None

    @property
    def day_keys(self) -> list[str]:
        return sort_days(d.day for d in self.days if d.day in WEEKDAYS)

    @property
    def care_days_per_week(self) -> float:
        """Days of care a week, a half day counting as one half."""
        if self.kind == PlanKind.FLEXIBLE and self.days_per_week:
            return float(self.days_per_week)
        return sum(1.0 if d.part == FULL_DAY else 0.5 for d in self.days)

    def to_json(self) -> dict:
        return {
            "kind": str(self.kind),
            "days": [{"day": d.day, "part": d.part} for d in self.days],
            "days_per_week": self.days_per_week,
        }

    @classmethod
    def from_json(cls, data: dict | None) -> WeeklyPlan:
        data = data or {}
        return cls(
            kind=PlanKind(data.get("kind", PlanKind.FIXED)),
            days=tuple(
                PlanDay(day=d["day"], part=d.get("part", FULL_DAY)) for d in data.get("days", [])
            ),
            days_per_week=data.get("days_per_week"),
        )


@dataclass(frozen=True, slots=True)
class RequestError:
    """One problem with a request: the field it belongs to, a code, and values for the message."""

    field: str
    code: str
    params: dict = field(default_factory=dict)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the end of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def age_in_months(birth: dt.date, on: dt.date) -> int:
    """Completed months of age on a date (negative before birth)."""
    months = (on.year - birth.year) * 12 + on.month - birth.month
    # A month is completed on the same day of a later month, or on its last day when that month
    # is shorter (born on 31 January: one month old on 28 or 29 February).
    if add_months(birth, months) > on:
        months -= 1
    return months


def age_band(birth: dt.date, on: dt.date) -> str:
    """'baby' under 18 months, 'toddler' from 18 months."""
    return "toddler" if age_in_months(birth, on) >= TODDLER_FROM_MONTHS else "baby"


def urgent_deadline(requested_on: dt.date) -> dt.date:
    """An urgent request should have a place within one month (seed 001, 3.1)."""
    return add_months(requested_on, 1)


def validate_plan(plan: WeeklyPlan) -> list[RequestError]:
    errors: list[RequestError] = []
    if not plan.days:
        errors.append(RequestError("days", "no_days"))
        return errors
    seen: set[str] = set()
    for d in plan.days:
        if d.day not in WEEKDAYS:
            errors.append(RequestError("days", "unknown_day", {"day": d.day}))
        if d.part not in DAY_PARTS:
            errors.append(RequestError("days", "unknown_part", {"part": d.part}))
        if d.day in seen:
            errors.append(RequestError("days", "duplicate_day", {"day": d.day}))
        seen.add(d.day)
    if plan.kind == PlanKind.FLEXIBLE:
        n = plan.days_per_week
        if n is None or n < 1 or n > len(plan.days):
            errors.append(
                RequestError("days_per_week", "flexible_days_out_of_range", {"max": len(plan.days)})
            )
    return errors


def validate_request(
    *,
    today: dt.date,
    desired_start: dt.date | None,
    birth_date: dt.date | None,
    expected_date: dt.date | None,
    plan: WeeklyPlan,
    preference_mode: PreferenceMode | str,
    preferences: Sequence[str] = (),
    known_locations: Iterable[str] = (),
    radius_km: float | None = None,
) -> list[RequestError]:
    """Every problem with a request, in the order of the form. An empty list means it is valid."""
    errors: list[RequestError] = []
    born = birth_date or expected_date
    if birth_date is None and expected_date is None:
        errors.append(RequestError("birth_date", "birth_or_expected_required"))
    if birth_date is not None and birth_date > today:
        errors.append(RequestError("birth_date", "birth_in_future"))
    if expected_date is not None and birth_date is None:
        if expected_date < today - dt.timedelta(days=31):
            errors.append(RequestError("expected_date", "expected_date_past"))
        if expected_date > add_months(today, 10):
            errors.append(RequestError("expected_date", "expected_date_too_far"))
    if desired_start is None:
        errors.append(RequestError("desired_start", "start_required"))
    else:
        if desired_start < today:
            errors.append(RequestError("desired_start", "start_in_past"))
        elif desired_start > add_months(today, MAX_MONTHS_AHEAD):
            errors.append(
                RequestError("desired_start", "start_too_far", {"months": MAX_MONTHS_AHEAD})
            )
        if born is not None:
            if desired_start < born:
                errors.append(RequestError("desired_start", "start_before_birth"))
            elif age_in_months(born, desired_start) >= MAX_AGE_MONTHS:
                errors.append(RequestError("desired_start", "start_after_three"))
    errors.extend(validate_plan(plan))
    mode = PreferenceMode(preference_mode)
    if mode == PreferenceMode.RANKED:
        known = set(known_locations)
        if not preferences:
            errors.append(RequestError("preferences", "no_preferences"))
        seen: set[str] = set()
        for loc in preferences:
            if loc not in known:
                errors.append(RequestError("preferences", "unknown_location", {"location": loc}))
            if loc in seen:
                errors.append(RequestError("preferences", "duplicate_location", {"location": loc}))
            seen.add(loc)
    elif radius_km is None:
        errors.append(RequestError("radius_km", "radius_required"))
    elif not (0 < radius_km <= 50):
        errors.append(RequestError("radius_km", "radius_out_of_range", {"max": 50}))
    return errors
