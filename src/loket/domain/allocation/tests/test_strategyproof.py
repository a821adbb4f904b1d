"""Brute force: with the same days for everybody no family gains by ranking untruthfully."""

from __future__ import annotations

import copy
from itertools import combinations, permutations

from hypothesis import HealthCheck, given, settings

from loket.domain.allocation import parse_instance, solve

from .strategies import instances, outcome_rank


def misreports(prefs: list[str]):
    """Every ordering of every subset of the true list (the empty list included)."""
    for k in range(len(prefs) + 1):
        for subset in combinations(prefs, k):
            yield from (list(p) for p in permutations(subset))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_children=5, max_locations=3, reserves=True, max_capacity=2))
def test_no_child_gains_by_misreporting(doc):
    truthful = solve(parse_instance(doc), explain=False).assignments
    for i, child in enumerate(doc["children"]):
        honest = outcome_rank(child, truthful[child["id"]])
        for lie in misreports(child["preferences"]):
            if lie == child["preferences"]:
                continue
            other = copy.deepcopy(doc)
            other["children"][i]["preferences"] = lie
            got = solve(parse_instance(other), explain=False).assignments[child["id"]]
            # Judged by the child's true list: never strictly better than telling the truth.
            assert outcome_rank(child, got) >= honest, (child["id"], lie, got)


def test_misreports_enumerates_all_orderings_of_all_subsets():
    got = list(misreports(["A", "B", "C"]))
    assert len(got) == 1 + 3 + 6 + 6
    assert len({tuple(x) for x in got}) == len(got)
    assert ["C", "A"] in got and [] in got
