"""Cross-check with the ``matching`` package: with the same days for all and no reserve, the result
is the resident-optimal stable matching of the hospital-resident game."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings

from loket.domain.allocation import parse_instance, solve

from .strategies import instances

matching_games = pytest.importorskip("matching.games")


def priority_key(child: dict, location: dict, tie_break: str) -> tuple:
    """The contract's priority, written out again for this test."""
    groups = set(child["groups"])
    if location["id"] not in child["siblings_at"]:
        groups.discard("sibling")
    tier = next(
        (i for i, t in enumerate(location["priority_tiers"]) if groups & set(t)),
        len(location["priority_tiers"]),
    )
    tie = child["lottery"] if tie_break == "lottery" else child["registered_at"]
    return (tier, tie, child["id"])


def resident_optimal(doc: dict) -> dict[str, str | None]:
    days = doc["children"][0]["days"] if doc["children"] else []
    # Everybody needs the same days D: a location can take min over D of its capacity.
    capacity = {
        loc["id"]: min(loc["capacity"].get(d, 0) for d in days) if days else 0
        for loc in doc["locations"]
    }
    residents = {
        c["id"]: [lid for lid in c["preferences"] if capacity[lid] > 0] for c in doc["children"]
    }
    residents = {cid: prefs for cid, prefs in residents.items() if prefs}
    by_id = {c["id"]: c for c in doc["children"]}
    hospitals = {}
    for loc in doc["locations"]:
        if capacity[loc["id"]] == 0:
            continue
        applicants = [cid for cid, prefs in residents.items() if loc["id"] in prefs]
        applicants.sort(key=lambda cid: priority_key(by_id[cid], loc, doc["tie_break"]))
        hospitals[loc["id"]] = applicants
    out: dict[str, str | None] = dict.fromkeys(by_id)
    if not residents:
        return out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # hospitals nobody ranked
        game = matching_games.HospitalResident.create_from_dictionaries(
            residents, hospitals, {h: capacity[h] for h in hospitals}
        )
        solution = game.solve(optimal="resident")
    for hospital, matched in solution.items():
        for resident in matched:
            out[resident.name] = hospital.name
    return out


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(reserves=False, max_children=12, max_locations=4))
def test_equals_resident_optimal_small(doc):
    assert solve(parse_instance(doc), explain=False).assignments == resident_optimal(doc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(reserves=False, max_children=60, max_locations=8, max_capacity=8))
def test_equals_resident_optimal_medium(doc):
    assert solve(parse_instance(doc), explain=False).assignments == resident_optimal(doc)
