"""The allocation instance (toewijzingsronde as data), contract allocation-v1, and its parser.

The parser is the only place that validates input: whatever it returns follows the contract, so
the solver and the verifier can trust it. A malformed document raises :class:`ValidationError`
with a message that names the offending item (child, location, day, field).

The parsed instance is canonical: locations and children are sorted by id, a child's days are in
week order, and groups and ``siblings_at`` are sorted sets. The order of the lists in the JSON
document therefore never reaches the algorithms (property 4 of the contract: determinism).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

SCHEMA_VERSION = 1
DEFAULT_WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
#: Week order used to sort day keys; keys outside it follow, sorted by name.
WEEK_ORDER: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TIE_BREAKS: tuple[str, ...] = ("lottery", "registration")

_TOP_KEYS = frozenset({"schema_version", "weekdays", "tie_break", "locations", "children"})
_LOCATION_KEYS = frozenset({"id", "capacity", "reserve_share", "priority_tiers"})
_CHILD_KEYS = frozenset(
    {
        "id",
        "days",
        "preferences",
        "groups",
        "siblings_at",
        "vulnerable",
        "lottery",
        "registered_at",
    }
)


class ValidationError(ValueError):
    """The instance does not follow contract allocation-v1; the message names the item."""


def day_sort_key(day: str) -> tuple[int, str]:
    """Sort key that puts weekday keys in week order (mon first), unknown keys after, by name."""
    try:
        return (WEEK_ORDER.index(day), "")
    except ValueError:
        return (len(WEEK_ORDER), day)


def sort_days(days: Iterable[str]) -> tuple[str, ...]:
    """The given day keys without duplicates, in week order."""
    key = tuple(days)
    found = _SORTED_DAYS.get(key)
    if found is None:
        found = tuple(sorted(set(days), key=day_sort_key))
        if len(_SORTED_DAYS) < 4096:
            _SORTED_DAYS[key] = found
    return found


_SORTED_DAYS: dict[tuple[str, ...], tuple[str, ...]] = {}


def reserved_seats(reserve_share: float, capacity: int) -> int:
    """``ceil(reserve_share * capacity)`` computed exactly on the share as written (0.1 is 1/10).

    Floating point would make ``ceil(0.1 * 30)`` equal 4; the contract means 3.
    """
    if reserve_share <= 0 or capacity <= 0:
        return 0
    return math.ceil(Fraction(repr(float(reserve_share))) * capacity)


@dataclass(frozen=True, slots=True)
class Location:
    """A childcare location (opvanglocatie) taking part in the round."""

    id: str
    #: Places per weekday; every weekday of the instance is present (missing means 0).
    capacity: dict[str, int]
    reserve_share: float = 0.0
    #: Priority groups (voorrangsgroepen), best first; each tier is a sorted tuple of groups.
    priority_tiers: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Child:
    """A child with a request for care (opvangvraag) and its ranked locations."""

    id: str
    #: Days of the weekly care plan (opvangplan), in week order.
    days: tuple[str, ...]
    #: Location ids, most wanted first.
    preferences: tuple[str, ...]
    groups: tuple[str, ...] = ()
    siblings_at: tuple[str, ...] = ()
    vulnerable: bool = False
    lottery: float | None = None
    #: Registration time in UTC (a time without offset is read as UTC).
    registered_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Instance:
    """One allocation round: locations, children and the tie-break rule, in canonical order."""

    weekdays: tuple[str, ...]
    tie_break: str
    locations: tuple[Location, ...]
    children: tuple[Child, ...]
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The instance as a contract document (the inverse of :func:`parse_instance`)."""
        return {
            "schema_version": self.schema_version,
            "weekdays": list(self.weekdays),
            "tie_break": self.tie_break,
            "locations": [
                {
                    "id": loc.id,
                    "capacity": {d: c for d, c in loc.capacity.items() if c},
                    "reserve_share": loc.reserve_share,
                    "priority_tiers": [list(t) for t in loc.priority_tiers],
                }
                for loc in self.locations
            ],
            "children": [_child_to_dict(c) for c in self.children],
        }


def format_timestamp(value: dt.datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, as in the contract's example."""
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _child_to_dict(c: Child) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": c.id,
        "days": list(c.days),
        "preferences": list(c.preferences),
        "groups": list(c.groups),
        "siblings_at": list(c.siblings_at),
        "vulnerable": c.vulnerable,
    }
    if c.lottery is not None:
        out["lottery"] = c.lottery
    if c.registered_at is not None:
        out["registered_at"] = format_timestamp(c.registered_at)
    return out


def load_instance(text: str | bytes) -> Instance:
    """Parse a JSON document; bad JSON is a :class:`ValidationError` too."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(f"bad JSON: {exc}") from None
    return parse_instance(data)


def parse_instance(data: Any) -> Instance:
    """Validate a decoded JSON document against contract allocation-v1 and return the instance."""
    if not isinstance(data, Mapping):
        raise ValidationError("instance: expected a JSON object at the top level")
    _no_unknown_keys(data, _TOP_KEYS, "instance")
    if "schema_version" not in data:
        raise ValidationError("instance: schema_version is missing (expected 1)")
    version = data["schema_version"]
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise ValidationError(f"instance: schema_version must be 1, got {version!r}")

    weekdays = _parse_weekdays(data.get("weekdays", list(DEFAULT_WEEKDAYS)))
    tie_break = data.get("tie_break", "lottery")
    if tie_break not in TIE_BREAKS:
        raise ValidationError(
            f"instance: tie_break must be 'lottery' or 'registration', got {tie_break!r}"
        )

    raw_locations = data.get("locations")
    if not isinstance(raw_locations, list):
        raise ValidationError("instance: locations must be a list")
    raw_children = data.get("children")
    if not isinstance(raw_children, list):
        raise ValidationError("instance: children must be a list")

    weekday_set = frozenset(weekdays)
    locations: dict[str, Location] = {}
    for i, raw in enumerate(raw_locations):
        loc = _parse_location(raw, i, weekdays, weekday_set)
        if loc.id in locations:
            raise ValidationError(f"location {loc.id!r}: duplicate location id")
        locations[loc.id] = loc

    children: dict[str, Child] = {}
    for i, raw in enumerate(raw_children):
        child = _parse_child(raw, i, weekday_set, locations, tie_break)
        if child.id in children:
            raise ValidationError(f"child {child.id!r}: duplicate child id")
        children[child.id] = child

    return Instance(
        weekdays=weekdays,
        tie_break=tie_break,
        locations=tuple(locations[k] for k in sorted(locations)),
        children=tuple(children[k] for k in sorted(children)),
    )


def _no_unknown_keys(obj: Mapping, allowed: frozenset[str], where: str) -> None:
    if obj.keys() <= allowed:
        return
    unknown = sorted(str(k) for k in obj if k not in allowed)
    if unknown:
        raise ValidationError(f"{where}: unknown field {unknown[0]!r}")


def _parse_weekdays(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        raise ValidationError("instance: weekdays must be a non-empty list of day keys")
    for d in raw:
        if not isinstance(d, str) or not d:
            raise ValidationError(f"instance: weekday {d!r} is not a day key")
    if len(set(raw)) != len(raw):
        dup = next(d for d in raw if raw.count(d) > 1)
        raise ValidationError(f"instance: weekday {dup!r} is listed twice")
    return sort_days(raw)


def _parse_id(raw: Mapping, kind: str, index: int) -> str:
    value = raw.get("id")
    if not isinstance(value, str) or not value:
        raise ValidationError(f"{kind} #{index + 1}: id must be a non-empty string")
    return value


def _string_list(value: Any, where: str, field: str) -> list[str]:
    if type(value) is list and all(type(v) is str for v in value):
        return value
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(f"{where}: {field} must be a list of strings")
    return value


def _parse_location(
    raw: Any, index: int, weekdays: tuple[str, ...], weekday_set: frozenset[str]
) -> Location:
    if not isinstance(raw, Mapping):
        raise ValidationError(f"location #{index + 1}: expected an object")
    loc_id = _parse_id(raw, "location", index)
    where = f"location {loc_id!r}"
    _no_unknown_keys(raw, _LOCATION_KEYS, where)
    raw_cap = raw.get("capacity", {})
    if not isinstance(raw_cap, Mapping):
        raise ValidationError(f"{where}: capacity must be an object of weekday: places")
    capacity = dict.fromkeys(weekdays, 0)
    for day, value in raw_cap.items():
        if day not in weekday_set:
            raise ValidationError(f"{where}: unknown weekday {day!r} in capacity")
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(f"{where}: capacity on {day!r} must be an integer")
        if value < 0:
            raise ValidationError(f"{where}: negative capacity {value} on {day!r}")
        capacity[day] = value
    share = raw.get("reserve_share", 0)
    if (
        not isinstance(share, int | float)
        or isinstance(share, bool)
        or not math.isfinite(share)
        or not 0 <= share <= 1
    ):
        raise ValidationError(f"{where}: reserve_share must be a number from 0 to 1")
    raw_tiers = raw.get("priority_tiers", [])
    if not isinstance(raw_tiers, list):
        raise ValidationError(f"{where}: priority_tiers must be a list of lists of groups")
    tiers = []
    for t in raw_tiers:
        tiers.append(tuple(sorted(set(_string_list(t, where, "each priority tier")))))
    return Location(
        id=loc_id, capacity=capacity, reserve_share=float(share), priority_tiers=tuple(tiers)
    )


def _parse_child(
    raw: Any,
    index: int,
    weekday_set: frozenset[str],
    locations: Mapping[str, Location],
    tie_break: str,
) -> Child:
    if not isinstance(raw, Mapping):
        raise ValidationError(f"child #{index + 1}: expected an object")
    child_id = _parse_id(raw, "child", index)
    where = f"child {child_id!r}"
    _no_unknown_keys(raw, _CHILD_KEYS, where)

    days = _string_list(raw.get("days"), where, "days")
    if not days:
        raise ValidationError(f"{where}: days must name at least one weekday")
    for d in days:
        if d not in weekday_set:
            raise ValidationError(f"{where}: unknown weekday {d!r} in days")
    if len(set(days)) != len(days):
        raise ValidationError(f"{where}: a day is listed twice in days")

    prefs = _string_list(raw.get("preferences", []), where, "preferences")
    seen: set[str] = set()
    for p in prefs:
        if p not in locations:
            raise ValidationError(f"{where}: unknown location {p!r} in preferences")
        if p in seen:
            raise ValidationError(f"{where}: location {p!r} is listed twice in preferences")
        seen.add(p)

    groups = _string_list(raw.get("groups", []), where, "groups")
    # A sibling may be cared for at a location that takes no part in this round: such ids are
    # kept (they give priority nowhere here) rather than rejected.
    siblings = _string_list(raw.get("siblings_at", []), where, "siblings_at")

    vulnerable = raw.get("vulnerable", False)
    if not isinstance(vulnerable, bool):
        raise ValidationError(f"{where}: vulnerable must be true or false")

    lottery = raw.get("lottery")
    if lottery is not None and (
        not isinstance(lottery, int | float)
        or isinstance(lottery, bool)
        or not math.isfinite(lottery)
    ):
        raise ValidationError(f"{where}: lottery must be a number")
    if lottery is None and tie_break == "lottery":
        raise ValidationError(f"{where}: lottery is missing (tie_break is 'lottery')")

    registered_raw = raw.get("registered_at")
    registered = None
    if registered_raw is not None:
        if not isinstance(registered_raw, str):
            raise ValidationError(f"{where}: registered_at must be an ISO 8601 string")
        try:
            registered = dt.datetime.fromisoformat(registered_raw)
        except ValueError:
            raise ValidationError(
                f"{where}: registered_at {registered_raw!r} is not an ISO 8601 time"
            ) from None
        if registered.tzinfo is None:
            registered = registered.replace(tzinfo=dt.UTC)
        registered = registered.astimezone(dt.UTC)
    if registered is None and tie_break == "registration":
        raise ValidationError(f"{where}: registered_at is missing (tie_break is 'registration')")

    return Child(
        id=child_id,
        days=sort_days(days),
        preferences=tuple(prefs),
        groups=tuple(sorted(set(groups))),
        siblings_at=tuple(sorted(set(siblings))),
        vulnerable=vulnerable,
        lottery=None if lottery is None else float(lottery),
        registered_at=registered,
    )
