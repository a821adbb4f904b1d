"""Median and 90th percentile of waiting days, by the nearest-rank method.

Nearest rank: sort the N values; the p-th percentile is the value at rank ceil(p / 100 x N)
(1-based, at least 1). The result is always a value that occurred (a real family's wait, never an
average of two), and it needs no interpolation rule. For an even N the median is the lower of the
two middle values: the median of 10, 20, 30, 40 days is 20.

Apply :func:`~loket.domain.coverage.suppression.suppress_derived` with the count before
publishing: a median over fewer than 5 requests is one family's waiting time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction


def nearest_rank_percentile(values: Iterable[int], percent: int | Fraction) -> int | None:
    """The ``percent``-th percentile of ``values`` (0 < percent <= 100); None when empty."""
    if not 0 < percent <= 100:
        raise ValueError(f"percent must be above 0 and at most 100, not {percent!r}")
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(Fraction(percent) * len(ordered) / 100))
    return ordered[rank - 1]


def _check_days(days: Iterable[int]) -> list[int]:
    days = list(days)
    for value in days:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"waiting days must be whole numbers of at least 0, not {value!r}")
    return days


def median_waiting_days(days: Iterable[int]) -> int | None:
    """The median of ``days`` (nearest rank: the lower middle value); None when empty."""
    return nearest_rank_percentile(_check_days(days), 50)


def p90_waiting_days(days: Iterable[int]) -> int | None:
    """The 90th percentile of ``days`` (nearest rank); None when empty."""
    return nearest_rank_percentile(_check_days(days), 90)


@dataclass(frozen=True, slots=True)
class WaitingDaysSummary:
    count: int
    median: int | None
    p90: int | None


def summarise_waiting_days(days: Iterable[int]) -> WaitingDaysSummary:
    """Count, median and 90th percentile of waiting days (request to offered start)."""
    days = _check_days(days)
    return WaitingDaysSummary(
        count=len(days),
        median=nearest_rank_percentile(days, 50),
        p90=nearest_rank_percentile(days, 90),
    )
