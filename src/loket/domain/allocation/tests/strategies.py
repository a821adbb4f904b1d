"""Hypothesis strategies and helpers shared by the allocation tests."""

from __future__ import annotations

import copy
import random
from typing import Any

from hypothesis import strategies as st

WEEK = ["mon", "tue", "wed", "thu", "fri"]
GROUPS = ["work_or_training", "sibling", "foster_child", "single_parent", "low_income"]
TIER_OPTIONS = [
    [],
    [["work_or_training"]],
    [["work_or_training"], ["sibling", "foster_child", "single_parent", "low_income"]],
    [["work_or_training", "sibling", "foster_child"], ["single_parent", "low_income"]],
    [["sibling"], ["low_income", "single_parent"], ["work_or_training"]],
]
SHARES = [0.0, 0.1, 0.2, 0.25, 1 / 3, 0.5, 1.0]


@st.composite
def instances(
    draw,
    max_children: int = 8,
    max_locations: int = 4,
    part_time: bool = False,
    reserves: bool = True,
    max_capacity: int = 4,
    tie_break: str | None = None,
) -> dict[str, Any]:
    """An instance document. ``part_time=False``: every child needs the same days."""
    n_loc = draw(st.integers(1, max_locations))
    n_children = draw(st.integers(0, max_children))
    loc_ids = [f"L{i}" for i in range(n_loc)]
    tie = tie_break or draw(st.sampled_from(["lottery", "registration"]))
    locations = []
    for lid in loc_ids:
        if part_time:
            capacity = {d: draw(st.integers(0, max_capacity)) for d in WEEK}
        else:
            base = draw(st.integers(0, max_capacity))
            # Capacities may still differ by day: with the same days for all, the minimum counts.
            capacity = {d: max(0, base - draw(st.integers(0, 1))) for d in WEEK}
        locations.append(
            {
                "id": lid,
                "capacity": capacity,
                "reserve_share": draw(st.sampled_from(SHARES)) if reserves else 0.0,
                "priority_tiers": draw(st.sampled_from(TIER_OPTIONS)),
            }
        )
    common_days = draw(st.lists(st.sampled_from(WEEK), min_size=1, max_size=5, unique=True))
    children = []
    for i in range(n_children):
        days = (
            draw(st.lists(st.sampled_from(WEEK), min_size=1, max_size=5, unique=True))
            if part_time
            else list(common_days)
        )
        prefs = draw(st.permutations(loc_ids))[: draw(st.integers(0, n_loc))]
        groups = draw(st.lists(st.sampled_from(GROUPS), unique=True, max_size=3))
        siblings = [p for p in prefs if draw(st.booleans())] if "sibling" in groups else []
        children.append(
            {
                "id": f"C{i}",
                "days": days,
                "preferences": prefs,
                "groups": groups,
                "siblings_at": siblings,
                "vulnerable": draw(st.booleans()),
                # Few distinct values, so that ties (broken by id) happen.
                "lottery": draw(st.integers(0, 5)) / 8,
                "registered_at": f"2026-0{draw(st.integers(1, 3))}-01T10:00:00Z",
            }
        )
    return {
        "schema_version": 1,
        "weekdays": list(WEEK),
        "tie_break": tie,
        "locations": locations,
        "children": children,
    }


def shuffled(doc: dict[str, Any], seed: int) -> dict[str, Any]:
    """A copy with every list whose order carries no meaning shuffled (and dict keys reordered)."""
    rng = random.Random(seed)
    out = copy.deepcopy(doc)
    rng.shuffle(out["weekdays"])
    rng.shuffle(out["locations"])
    rng.shuffle(out["children"])
    for loc in out["locations"]:
        items = list(loc["capacity"].items())
        rng.shuffle(items)
        loc["capacity"] = dict(items)
        for tier in loc["priority_tiers"]:
            rng.shuffle(tier)
        keys = list(loc.items())
        rng.shuffle(keys)
        loc.clear()
        loc.update(keys)
    for child in out["children"]:
        rng.shuffle(child["days"])
        rng.shuffle(child["groups"])
        rng.shuffle(child["siblings_at"])
    return out


def outcome_rank(child: dict[str, Any], location: str | None) -> int:
    """Position of a location in the child's list; unassigned is worse than anything listed."""
    if location is None:
        return len(child["preferences"])
    return child["preferences"].index(location)
