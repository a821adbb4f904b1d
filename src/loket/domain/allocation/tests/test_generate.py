"""The instance generator: valid, deterministic, and its options do what they say."""

from __future__ import annotations

from loket.domain.allocation import parse_instance
from loket.domain.allocation.generate import generate_instance


def test_deterministic_and_valid():
    a = generate_instance(300, 20, 4, seed=5, reserves=True, part_time=True)
    assert a == generate_instance(300, 20, 4, seed=5, reserves=True, part_time=True)
    assert a != generate_instance(300, 20, 4, seed=6, reserves=True, part_time=True)
    inst = parse_instance(a)
    assert len(inst.children) == 300 and len(inst.locations) == 20
    assert all(1 <= len(c.preferences) <= 4 for c in inst.children)


def test_options():
    plain = parse_instance(generate_instance(300, 20, 3, seed=1))
    assert {c.days for c in plain.children} == {("mon", "tue", "wed", "thu", "fri")}
    assert all(loc.reserve_share == 0 for loc in plain.locations)
    rich = parse_instance(generate_instance(300, 20, 3, seed=1, reserves=True, part_time=True))
    assert len({c.days for c in rich.children}) > 3
    assert any(loc.reserve_share > 0 for loc in rich.locations)
    assert any(c.vulnerable for c in rich.children)


def test_places_per_child_scales_capacity():
    doc = generate_instance(1000, 40, 3, seed=2, places_per_child=0.45)
    places = sum(loc["capacity"]["mon"] for loc in doc["locations"])
    assert 0.35 * 1000 < places < 0.55 * 1000
