"""Weekdays and parts of a day, as used in weekly care plans (opvangplan)."""

from __future__ import annotations

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WORKING_DAYS: tuple[str, ...] = WEEKDAYS[:5]

FULL_DAY = "full"
MORNING = "morning"
AFTERNOON = "afternoon"
DAY_PARTS: tuple[str, ...] = (FULL_DAY, MORNING, AFTERNOON)


def weekday_index(day: str) -> int:
    """Position of a weekday key in the week (monday is 0); ValueError for an unknown key."""
    try:
        return WEEKDAYS.index(day)
    except ValueError:
        raise ValueError(f"unknown weekday: {day!r}") from None


def sort_days(days) -> list[str]:
    """The given weekday keys in week order, without duplicates."""
    return sorted(set(days), key=weekday_index)
