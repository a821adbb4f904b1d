"""Fairness benchmark: first come, first served per provider versus the allocation engine.

Run from the repository root:

    PYTHONPATH=src .venv/bin/python bench/fairness.py [--seed 1] [--scale 1] [--places 45]

The demo municipality (``loket.domain.demo``) is made scarce: every location's capacity is scaled
so that there are about ``--places`` places per 100 children in the round (requests). In the demo
data vulnerable families register later and rank fewer, nearer locations.

Three allocations of the same requests are compared:

* **FCFS per provider** (what happens without a central allocation): every provider offers its
  places in registration order to the families that applied to it, and a family takes the first
  offer it gets. Offers arrive in registration order, so this equals a serial dictatorship in
  registration order: each family, earliest registration first, gets the best location on its
  list that still has a place on every day it needs. No priority groups, no reserve.
* **Engine, no reserve**: the priority groups in force (work or training first; then single
  parent, low income, foster child, sibling) at income-related locations, lottery within a group.
* **Engine, 20% reserve**: the same, with ``reserve_share`` 0.2 at income-related locations.

Blocking pairs are counted by the verifier against the rules of the engine's round without a
reserve for FCFS and the no-reserve engine, and with the reserve for the reserve engine.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from loket.domain.allocation import parse_instance, solve, verify  # noqa: E402
from loket.domain.allocation.instance import format_timestamp, sort_days  # noqa: E402

PRIORITY_TIERS = [["work_or_training"], ["single_parent", "low_income", "foster_child", "sibling"]]


def build_instance(municipality, places_per_100: float, reserve: bool) -> dict:
    """The demo municipality's requests as an allocation round, capacities scaled down."""
    requests = municipality.requests
    locations = municipality.locations
    licensed = sum(max(loc.capacity.values(), default=0) for loc in locations)
    factor = places_per_100 / 100 * len(requests) / max(1, licensed)
    loc_ids = {loc.key for loc in locations}
    weekdays = sort_days(
        [d for loc in locations for d in loc.capacity] + [d for r in requests for d in r.days]
    )
    return {
        "schema_version": 1,
        "weekdays": list(weekdays),
        "tie_break": "lottery",
        "locations": [
            {
                "id": loc.key,
                "capacity": {
                    d: max(1, round(c * factor)) if c else 0 for d, c in loc.capacity.items()
                },
                "reserve_share": 0.2 if reserve and loc.income_related else 0.0,
                "priority_tiers": PRIORITY_TIERS if loc.income_related else [],
            }
            for loc in locations
        ],
        "children": [
            {
                "id": r.key,
                "days": list(r.days),
                "preferences": list(r.preferences),
                "groups": list(r.groups),
                "siblings_at": [s for s in r.siblings_at if s in loc_ids],
                "vulnerable": r.vulnerable,
                "lottery": r.lottery,
                "registered_at": format_timestamp(r.registered_at),
            }
            for r in requests
        ],
    }


def first_come_first_served(instance) -> dict[str, str | None]:
    """Registration-order serial dictatorship over each family's list (see the module doc)."""
    used = {loc.id: dict.fromkeys(instance.weekdays, 0) for loc in instance.locations}
    capacity = {loc.id: loc.capacity for loc in instance.locations}
    out: dict[str, str | None] = {}
    for child in sorted(instance.children, key=lambda c: (c.registered_at, c.id)):
        out[child.id] = None
        for lid in child.preferences:
            if all(used[lid][d] < capacity[lid][d] for d in child.days):
                for d in child.days:
                    used[lid][d] += 1
                out[child.id] = lid
                break
    return out


def measure(instance, assignments: dict[str, str | None], judged_by) -> dict:
    children = instance.children
    vulnerable = [c for c in children if c.vulnerable]
    others = [c for c in children if not c.vulnerable]
    placed_v = sum(1 for c in vulnerable if assignments[c.id])
    placed_o = sum(1 for c in others if assignments[c.id])
    placed = placed_v + placed_o
    first = sum(1 for c in children if c.preferences and assignments[c.id] == c.preferences[0])
    report = verify(judged_by, {"schema_version": 1, "assignments": assignments})
    rate_v = placed_v / max(1, len(vulnerable))
    rate_o = placed_o / max(1, len(others))
    return {
        "placed": placed,
        "rate_vulnerable": rate_v,
        "rate_other": rate_o,
        "gap_pp": 100 * (rate_o - rate_v),
        "share_vulnerable": placed_v / max(1, placed),
        "first_choice": first,
        "blocking_pairs": report.blocking_pairs,
        "infeasible": report.infeasible,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--places", type=float, default=45.0, help="places per 100 children")
    args = parser.parse_args()

    try:
        from loket.domain.demo import generate_municipality
    except ImportError as exc:  # the demo generator is another module of the project
        raise SystemExit(f"loket.domain.demo is not available: {exc}") from None

    t = time.perf_counter()
    municipality = generate_municipality(seed=args.seed, scale=args.scale)
    plain = parse_instance(build_instance(municipality, args.places, reserve=False))
    reserved = parse_instance(build_instance(municipality, args.places, reserve=True))
    build_s = time.perf_counter() - t

    columns = {}
    t = time.perf_counter()
    columns["FCFS per provider"] = measure(plain, first_come_first_served(plain), plain)
    columns["engine, no reserve"] = measure(plain, solve(plain).assignments, plain)
    columns["engine, 20% reserve"] = measure(reserved, solve(reserved).assignments, reserved)
    run_s = time.perf_counter() - t

    children = plain.children
    n_v = sum(c.vulnerable for c in children)
    places = sum(max(loc.capacity.values(), default=0) for loc in plain.locations)
    mean_choices = sum(len(c.preferences) for c in children) / max(1, len(children))
    mean_v = sum(len(c.preferences) for c in children if c.vulnerable) / max(1, n_v)
    print(
        f"demo municipality seed {args.seed} scale {args.scale:g}: {len(children)} children "
        f"({n_v} vulnerable, {100 * n_v / len(children):.1f}%), {len(plain.locations)} locations, "
        f"{places} places ({100 * places / len(children):.1f} per 100 children)"
    )
    print(
        f"locations ranked: {mean_choices:.2f} on average, {mean_v:.2f} by vulnerable families; "
        f"built in {build_s:.2f} s, allocated and verified in {run_s:.2f} s\n"
    )
    names = list(columns)
    width = 22
    print(f"{'':<34}" + "".join(f"{n:>{width}}" for n in names))
    rows = [
        ("children placed", "placed", "{:d}"),
        ("placement rate, vulnerable", "rate_vulnerable", "{:.1%}"),
        ("placement rate, other children", "rate_other", "{:.1%}"),
        ("gap (percentage points)", "gap_pp", "{:.1f}"),
        ("share of places to vulnerable", "share_vulnerable", "{:.1%}"),
        ("first choice", "first_choice", "{:d}"),
        ("blocking pairs", "blocking_pairs", "{:d}"),
        ("infeasible (must be 0)", "infeasible", "{:d}"),
    ]
    for label, key, fmt in rows:
        print(f"{label:<34}" + "".join(f"{fmt.format(columns[n][key]):>{width}}" for n in names))
    fcfs = columns["FCFS per provider"]
    print()
    for n in names[1:]:
        col = columns[n]
        more = col["placed"] - fcfs["placed"]
        closed = fcfs["gap_pp"] - col["gap_pp"]
        print(
            f"{n}: places {more:+d} children vs FCFS "
            f"({'at least as many' if more >= 0 else 'FEWER'}); gap "
            f"{'narrowed' if closed > 0 else 'NOT narrowed'} by {closed:.1f} points"
        )
    assert all(math.isfinite(c["gap_pp"]) for c in columns.values())


if __name__ == "__main__":
    main()
