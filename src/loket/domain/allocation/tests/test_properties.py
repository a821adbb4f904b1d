"""Property-based tests: solve, then check the result with the independent verifier."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loket.domain.allocation import parse_instance, solve, verify

from .strategies import instances, shuffled

SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MEDIUM = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(instances(reserves=False))
def test_same_days_no_reserve_is_stable(doc):
    instance = parse_instance(doc)
    report = verify(instance, solve(instance).to_dict())
    assert report.ok, report.lines


@SETTINGS
@given(instances(reserves=True))
def test_same_days_with_reserves_is_stable(doc):
    instance = parse_instance(doc)
    report = verify(instance, solve(instance).to_dict())
    assert report.ok, report.lines


@MEDIUM
@given(instances(max_children=40, max_locations=8, max_capacity=8, reserves=True))
def test_same_days_medium_is_stable(doc):
    instance = parse_instance(doc)
    result = solve(instance)
    report = verify(instance, result.to_dict())
    assert report.ok, report.lines
    assert result.stats is not None and result.stats.uniform_days


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(part_time=True, reserves=True, max_children=10))
def test_part_time_feasible_rational_and_no_worse_than_plain_da(doc):
    instance = parse_instance(doc)
    engine = solve(instance)
    plain = solve(instance, repair=False)
    report = verify(instance, engine.to_dict())
    plain_report = verify(instance, plain.to_dict())
    assert report.infeasible == 0 and report.irrational == 0, report.lines
    assert plain_report.infeasible == 0 and plain_report.irrational == 0, plain_report.lines
    assert report.blocking_pairs <= plain_report.blocking_pairs
    # The engine's own fast count agrees with the verifier's plain re-implementation.
    if engine.stats.blocking_pairs is not None:
        assert engine.stats.blocking_pairs == report.blocking_pairs
        assert engine.stats.blocking_pairs_da == plain_report.blocking_pairs


@MEDIUM
@given(instances(part_time=True, reserves=True, max_children=50, max_locations=8, max_capacity=6))
def test_part_time_medium(doc):
    instance = parse_instance(doc)
    engine = solve(instance)
    plain = solve(instance, repair=False)
    report = verify(instance, engine.to_dict())
    plain_report = verify(instance, plain.to_dict())
    assert report.infeasible == 0 and report.irrational == 0, report.lines
    assert report.blocking_pairs <= plain_report.blocking_pairs
    if engine.stats.blocking_pairs is not None:  # None: everybody needs the same days after all
        assert engine.stats.blocking_pairs == report.blocking_pairs
    else:
        assert report.blocking_pairs == 0


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        instances(reserves=True, max_children=12),
        instances(part_time=True, reserves=True, max_children=12),
    ),
    st.integers(0, 2**32 - 1),
)
def test_order_of_input_lists_changes_nothing(doc, seed):
    first = solve(parse_instance(doc)).to_dict()
    again = solve(parse_instance(shuffled(doc, seed))).to_dict()
    assert again == first
    # The same document twice gives the same result, byte for byte.
    assert solve(parse_instance(doc)).to_dict() == first


@settings(max_examples=100, deadline=None)
@given(instances(reserves=True, max_children=10))
def test_every_child_in_assignments_and_only_listed_locations(doc):
    instance = parse_instance(doc)
    result = solve(instance)
    prefs = {c["id"]: c["preferences"] for c in doc["children"]}
    assert set(result.assignments) == set(prefs)
    for cid, lid in result.assignments.items():
        assert lid is None or lid in prefs[cid]
