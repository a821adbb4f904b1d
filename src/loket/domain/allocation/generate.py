"""Random but realistic allocation instances, for tests, benchmarks and demos.

Deterministic for a given seed. Locations and families are spread over a square; families rank
nearby locations (distance with noise, popular locations a little more often). Capacities mimic
Flemish group care (14 to 56 places) and childminders (4 to 8), scaled so that there are about
``places_per_child`` places per child. With ``part_time`` families need 2 to 5 days and some
locations have fewer places on Wednesday or close a day; without it everyone needs mon..fri and a
location has the same capacity every day. With ``reserves`` income-related locations reserve
10% to 30% of their places for vulnerable families.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

WEEK = ("mon", "tue", "wed", "thu", "fri")
GROUP_SIZES = (14, 18, 21, 28, 35, 42, 56)
CHILDMINDER_SIZES = (4, 5, 6, 7, 8)
TIERS_2020 = [["work_or_training"], ["sibling", "foster_child", "single_parent", "low_income"]]
TIERS_LOCAL = [["work_or_training", "sibling", "foster_child"], ["single_parent", "low_income"]]
START = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC)


def generate_instance(
    children: int,
    locations: int,
    choices: int,
    seed: int,
    *,
    reserves: bool = False,
    part_time: bool = False,
    places_per_child: float = 0.7,
    vulnerable_share: float = 0.2,
) -> dict[str, Any]:
    """An instance document (contract allocation-v1) as plain JSON-ready data."""
    if children < 0 or locations < 1 or choices < 1:
        raise ValueError("need children >= 0, locations >= 1 and choices >= 1")
    rng = random.Random(seed)
    width = len(str(children))
    lwidth = len(str(locations))

    # Locations.
    locs = []
    base = []
    for i in range(locations):
        group = rng.random() < 0.45
        base.append(rng.choice(GROUP_SIZES) if group else rng.choice(CHILDMINDER_SIZES))
        locs.append(
            {
                "id": f"L{i + 1:0{lwidth}d}",
                "x": rng.random(),
                "y": rng.random(),
                "pop": rng.lognormvariate(0, 0.5),
                "group": group,
                "income_related": rng.random() < 0.75,
            }
        )
    factor = places_per_child * children / max(1, sum(base))
    loc_docs = []
    for loc, size in zip(locs, base, strict=True):
        places = max(1, round(size * factor))
        capacity = dict.fromkeys(WEEK, places)
        if part_time:
            if not loc["group"] and rng.random() < 0.3:
                capacity["wed"] = max(1, places - 2)
            if rng.random() < 0.04:
                capacity[rng.choice(("wed", "fri"))] = 0
            if loc["group"] and rng.random() < 0.2:
                capacity["fri"] = max(1, round(places * 0.8))
        loc["capacity"] = capacity
        share = 0.0
        if reserves and loc["income_related"]:
            share = rng.choice((0.1, 0.2, 0.2, 0.2, 0.3))
        tiers: list = []
        if loc["income_related"]:
            tiers = TIERS_2020 if rng.random() < 0.8 else TIERS_LOCAL
        loc_docs.append(
            {
                "id": loc["id"],
                "capacity": {d: c for d, c in capacity.items() if c},
                "reserve_share": share,
                "priority_tiers": tiers,
            }
        )

    # Spatial grid for nearby locations.
    side = max(1, int(math.sqrt(locations / 3)))
    cells: dict[tuple[int, int], list[int]] = {}
    for i, loc in enumerate(locs):
        cells.setdefault(_cell(loc["x"], loc["y"], side), []).append(i)

    kids = []
    for i in range(children):
        vulnerable = rng.random() < vulnerable_share
        x, y = rng.random(), rng.random()
        if part_time:
            r = rng.random()
            if r < 0.55:
                days = list(WEEK)
            elif r < 0.8:
                days = [d for d in WEEK if d != rng.choice(("mon", "wed", "fri"))]
            else:
                days = sorted(rng.sample(WEEK, rng.choice((2, 3))), key=WEEK.index)
        else:
            days = list(WEEK)
        k = choices if not vulnerable else max(1, choices - rng.randrange(0, 2))
        pool = _nearby(cells, side, x, y, max(2 * k, 6))
        scored = []
        for j in pool:
            loc = locs[j]
            if any(loc["capacity"][d] == 0 for d in days) and rng.random() < 0.8:
                continue
            dist = math.hypot(loc["x"] - x, loc["y"] - y) + 1e-9
            scored.append((dist * rng.lognormvariate(0, 0.6) / loc["pop"] ** 0.3, j))
        scored.sort()
        prefs = [locs[j]["id"] for _, j in scored[:k]]
        groups = []
        if rng.random() < (0.55 if vulnerable else 0.88):
            groups.append("work_or_training")
        if rng.random() < (0.35 if vulnerable else 0.08):
            groups.append("single_parent")
        if rng.random() < (0.7 if vulnerable else 0.05):
            groups.append("low_income")
        if rng.random() < 0.01:
            groups.append("foster_child")
        siblings_at = []
        if prefs and rng.random() < 0.08:
            groups.append("sibling")
            siblings_at = [rng.choice(prefs)]
        registered = START + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))
        kids.append(
            {
                "id": f"C{i + 1:0{width}d}",
                "days": days,
                "preferences": prefs,
                "groups": groups,
                "siblings_at": siblings_at,
                "vulnerable": vulnerable,
                "lottery": round(rng.random(), 6),
                "registered_at": registered.isoformat().replace("+00:00", "Z"),
            }
        )
    return {
        "schema_version": 1,
        "weekdays": list(WEEK),
        "tie_break": "lottery",
        "locations": loc_docs,
        "children": kids,
    }


def _cell(x: float, y: float, side: int) -> tuple[int, int]:
    return (min(side - 1, int(x * side)), min(side - 1, int(y * side)))


def _nearby(
    cells: dict[tuple[int, int], list[int]], side: int, x: float, y: float, want: int
) -> list[int]:
    """Locations in the rings of cells around (x, y) until at least ``want`` are found."""
    ci, cj = _cell(x, y, side)
    found: list[int] = []
    ring = 0
    while True:
        for i in range(ci - ring, ci + ring + 1):
            for j in range(cj - ring, cj + ring + 1):
                if max(abs(i - ci), abs(j - cj)) == ring:
                    found.extend(cells.get((i, j), ()))
        if (len(found) >= want and ring >= 1) or ring > side:
            return found
        ring += 1
