"""Explanations: one entry per location ranked above the outcome, each consistent with the data."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from loket.domain.allocation import parse_instance, solve, verify
from loket.domain.allocation.explain import REASONS
from loket.domain.allocation.instance import sort_days

from .strategies import instances, outcome_rank


def key(child: dict, location: dict, tie_break: str) -> tuple:
    groups = set(child["groups"])
    if location["id"] not in child["siblings_at"]:
        groups.discard("sibling")
    tier = next(
        (i for i, t in enumerate(location["priority_tiers"]) if groups & set(t)),
        len(location["priority_tiers"]),
    )
    tie = child["lottery"] if tie_break == "lottery" else child["registered_at"]
    return (tier, tie, child["id"])


def check_explanations(doc: dict) -> dict:
    instance = parse_instance(doc)
    result = solve(instance)
    report = verify(instance, result.to_dict())
    blocking = {
        tuple(line.split()[2:5:2]) for line in report.lines if line.startswith("blocking_pair")
    }
    locations = {loc["id"]: loc for loc in doc["locations"]}
    children = {c["id"]: c for c in doc["children"]}
    members: dict[str, list[dict]] = {lid: [] for lid in locations}
    for cid, lid in result.assignments.items():
        if lid is not None:
            members[lid].append(children[cid])
    seen = {}
    for cid, child in children.items():
        above = child["preferences"][: outcome_rank(child, result.assignments[cid])]
        entries = result.explanations.get(cid, [])
        assert [e["location"] for e in entries] == above
        for e in entries:
            lid, reason, days = e["location"], e["reason"], e["days"]
            loc = locations[lid]
            cap = {d: loc["capacity"].get(d, 0) for d in doc["weekdays"]}
            seen[reason] = seen.get(reason, 0) + 1
            assert reason in REASONS
            assert days and set(days) <= set(child["days"])
            assert list(days) == list(sort_days(days))
            closed = [d for d in child["days"] if cap[d] == 0]
            assert (reason == "not_open") == bool(closed)
            assert (reason == "unresolved") == ((cid, lid) in blocking)
            if reason == "not_open":
                assert set(days) == set(closed)
                continue
            on_day = {d: [m for m in members[lid] if d in m["days"]] for d in days}
            if reason in ("outranked", "reserve_taken", "full"):
                # The location is full on every day given as the reason.
                assert all(len(on_day[d]) == cap[d] for d in days), e
            cutoff = e["cutoff"]
            if reason == "outranked":
                own = key(child, loc, doc["tie_break"])
                for d in days:
                    assert all(key(m, loc, doc["tie_break"]) < own for m in on_day[d])
                assert cutoff is not None
            if cutoff is not None:
                assert reason in ("outranked", "reserve_taken")
                tie_field = "lottery" if doc["tie_break"] == "lottery" else "registered_at"
                assert set(cutoff) == {"tier", tie_field}
                own = key(child, loc, doc["tie_break"])
                # The cutoff is a child admitted there on one of these days, above this child.
                admitted = [key(m, loc, doc["tie_break"]) for d in days for m in on_day[d]]
                matches = [
                    k
                    for k in admitted
                    if k[0] == cutoff["tier"]
                    and (
                        k[1] == cutoff["lottery"]
                        if tie_field == "lottery"
                        else k[1].replace("+00:00", "Z") == cutoff["registered_at"]
                    )
                ]
                assert matches and min(matches) < own
    return seen


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(reserves=True, max_children=12))
def test_same_days_explanations(doc):
    check_explanations(doc)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(part_time=True, reserves=True, max_children=12))
def test_part_time_explanations(doc):
    check_explanations(doc)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(reserves=False, max_children=12))
def test_without_reserve_the_cutoff_is_the_last_child_admitted(doc):
    instance = parse_instance(doc)
    result = solve(instance)
    locations = {loc["id"]: loc for loc in doc["locations"]}
    children = {c["id"]: c for c in doc["children"]}
    for entries in result.explanations.values():
        for e in entries:
            assert e["reason"] in ("not_open", "outranked")
            if e["reason"] == "outranked":
                loc = locations[e["location"]]
                there = [children[c] for c, lid in result.assignments.items() if lid == loc["id"]]
                last = max(there, key=lambda m: key(m, loc, doc["tie_break"]))
                tie_field = "lottery" if doc["tie_break"] == "lottery" else "registered_at"
                assert e["cutoff"]["tier"] == key(last, loc, doc["tie_break"])[0]
                if tie_field == "lottery":
                    assert e["cutoff"]["lottery"] == last["lottery"]


def test_each_reason_shows_up_on_a_realistic_round():
    from loket.domain.allocation.generate import generate_instance

    doc = generate_instance(400, 25, 4, 11, reserves=True, part_time=True, places_per_child=0.5)
    seen = check_explanations(doc)
    assert {"outranked", "reserve_taken", "not_open"} <= set(seen)
