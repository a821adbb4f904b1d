"""The verifier finds violations planted in correct results, and stands on its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loket.domain.allocation import ResultFormatError, parse_instance, solve, verify

from .strategies import instances

PACKAGE = Path(__file__).resolve().parents[1]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(reserves=True, max_children=10, part_time=False), st.data())
def test_taking_a_place_away_creates_a_blocking_pair(doc, data):
    instance = parse_instance(doc)
    result = solve(instance).to_dict()
    placed = sorted(c for c, lid in result["assignments"].items() if lid)
    if not placed:
        return
    cid = data.draw(st.sampled_from(placed))
    lid = result["assignments"][cid]
    result["assignments"][cid] = None
    report = verify(instance, result)
    # The location keeps everybody it has plus the child back (a feasible set is kept whole).
    assert any(
        line.startswith(f"blocking_pair: child {cid} prefers {lid} ") for line in report.lines
    )
    assert report.blocking_pairs >= 1 and not report.ok
    assert report.summary().startswith("violations: infeasible=0 irrational=0 blocking_pairs=")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(reserves=True, max_children=10, part_time=True), st.data())
def test_overfilling_a_location_is_infeasible(doc, data):
    instance = parse_instance(doc)
    result = solve(instance).to_dict()
    for loc in instance.locations:
        wanting = [c for c in instance.children if loc.id in c.preferences]
        if any(sum(d in c.days for c in wanting) > loc.capacity[d] for d in instance.weekdays):
            break
    else:
        return
    wanting = [c.id for c in wanting]
    for cid in wanting:
        result["assignments"][cid] = loc.id
    report = verify(instance, result)
    assert report.infeasible >= 1
    assert any(line.startswith(f"infeasible: location {loc.id}") for line in report.lines)


def test_irrational_and_format_errors():
    doc = {
        "schema_version": 1,
        "locations": [{"id": "A", "capacity": {"mon": 1}}, {"id": "B", "capacity": {"mon": 1}}],
        "children": [{"id": "x", "days": ["mon"], "preferences": ["A"], "lottery": 0.5}],
    }
    instance = parse_instance(doc)
    report = verify(instance, {"schema_version": 1, "assignments": {"x": "B"}})
    assert report.irrational == 1
    assert report.blocking_pairs == 1  # A is free and x wants it
    assert report.lines[-1].startswith("blocking_pair: child x prefers A to B")
    with pytest.raises(ResultFormatError, match="x"):
        verify(instance, {"schema_version": 1, "assignments": {}})
    with pytest.raises(ResultFormatError, match="schema_version"):
        verify(instance, {"assignments": {"x": None}})
    with pytest.raises(ResultFormatError, match="y"):
        verify(instance, {"schema_version": 1, "assignments": {"x": None, "y": None}})


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_verifier_does_not_use_the_solver():
    imported = _imports(PACKAGE / "verify.py")
    assert imported & {".instance"}
    for name in imported:
        assert not any(x in name for x in ("solver", "choice", "explain", "generate"))


def test_no_django_anywhere_in_the_engine():
    files = list(PACKAGE.rglob("*.py")) + list((PACKAGE.parents[1] / "allocation").rglob("*.py"))
    assert len(files) > 10
    for path in files:
        for name in _imports(path):
            assert not name.startswith("django"), path
