"""The choice rule: examples worked out from the contract, and the engine's fast version against
the verifier's plain one."""

from __future__ import annotations

from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from loket.domain.allocation import parse_instance, solve
from loket.domain.allocation.choice import LocationState, is_kept, run_choice
from loket.domain.allocation.instance import reserved_seats
from loket.domain.allocation.solver import compile_instance
from loket.domain.allocation.verify import choose

from .strategies import instances


def one_location(capacity: dict, share: float, children: list[tuple[str, list[str], bool]]):
    """One location L and children (id, days, vulnerable); the lottery follows the list order."""
    return parse_instance(
        {
            "schema_version": 1,
            "tie_break": "lottery",
            "locations": [{"id": "L", "capacity": capacity, "reserve_share": share}],
            "children": [
                {
                    "id": cid,
                    "days": days,
                    "preferences": ["L"],
                    "vulnerable": vulnerable,
                    "lottery": i / 100,
                }
                for i, (cid, days, vulnerable) in enumerate(children)
            ],
        }
    )


def kept_both_ways(instance) -> tuple[set[str], set[str]]:
    """Kept ids by the verifier's ``choose`` on everybody, and placed ids by the engine."""
    loc = instance.locations[0]
    reserve = {d: reserved_seats(loc.reserve_share, loc.capacity[d]) for d in loc.capacity}
    applicants = sorted(((c.lottery, c.id), c) for c in instance.children)
    by_rule = choose(applicants, loc, reserve)
    placed = {cid for cid, lid in solve(instance).assignments.items() if lid}
    return by_rule, placed


def names(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{i:02d}" for i in range(n)]


def test_reserved_seats_add_to_open_competition():
    # Capacity 10, share 0.2: 8 open places and 2 reserved. The 11th and 12th in priority
    # order are vulnerable: they take the reserved places, the 9th and 10th get nothing.
    ids = names("C", 12)
    kids = [(cid, ["mon"], i >= 10) for i, cid in enumerate(ids)]
    by_rule, placed = kept_both_ways(one_location({"mon": 10}, 0.2, kids))
    expected = set(ids[:8]) | {ids[10], ids[11]}
    assert by_rule == expected
    assert placed == expected


def test_vulnerable_child_winning_an_open_place_leaves_the_reserve_to_others():
    # The first child is vulnerable and wins an open place; the reserved places still go to the
    # next vulnerable children (positions 10 and 11), not to the 9th child.
    ids = names("C", 12)
    kids = [(cid, ["mon"], i == 0 or i >= 10) for i, cid in enumerate(ids)]
    by_rule, placed = kept_both_ways(one_location({"mon": 10}, 0.2, kids))
    expected = set(ids[:8]) | {ids[10], ids[11]}
    assert by_rule == expected == placed


def test_unused_reserved_places_revert_to_everybody():
    # Only one vulnerable child applies beyond the open places: the second reserved place
    # reverts to the best remaining child (the 9th).
    ids = names("C", 12)
    kids = [(cid, ["mon"], i == 11) for i, cid in enumerate(ids)]
    by_rule, placed = kept_both_ways(one_location({"mon": 10}, 0.2, kids))
    expected = set(ids[:8]) | {ids[8], ids[11]}
    assert by_rule == expected == placed


def test_part_time_a_later_child_can_fill_a_day_left_free():
    # One place on mon and on tue. A needs mon, B (second) mon+tue, C (third) tue:
    # B does not fit next to A, C does.
    inst = one_location(
        {"mon": 1, "tue": 1},
        0.0,
        [("A", ["mon"], False), ("B", ["mon", "tue"], False), ("C", ["tue"], False)],
    )
    by_rule, placed = kept_both_ways(inst)
    assert by_rule == {"A", "C"} == placed


def _state_for(cp, li: int, members: list[int]) -> LocationState:
    st_ = LocationState(cp.open_init[li], cp.reserved_init[li], cp.total_init[li])
    pairs = sorted((cp.ranks[c][cp.prefs[c].index(li)], c) for c in members)
    st_.ranks = [r for r, _ in pairs]
    st_.kids = [c for _, c in pairs]
    return st_


def _run(cp, li, st_, start=0):
    return run_choice(
        st_,
        cp.weeks,
        cp.vulnerable,
        cp.open_init[li],
        cp.reserved_init[li],
        cp.total_init[li],
        cp.guards,
        start,
    )


def _everyone_ranks_everything(doc):
    ids = [loc["id"] for loc in doc["locations"]]
    for child in doc["children"]:
        child["preferences"] = list(ids)
        child["siblings_at"] = [x for x in child["siblings_at"] if x in ids]
    return doc


@settings(max_examples=400, deadline=None)
@given(
    instances(part_time=True, reserves=True, max_children=14, max_locations=2),
    st.randoms(use_true_random=False),
)
def test_engine_choice_rule_equals_the_contract_text(doc, rnd):
    instance = parse_instance(_everyone_ranks_everything(doc))
    cp = compile_instance(instance)
    children = instance.children
    for li, loc in enumerate(instance.locations):
        reserve = dict(zip(cp.weekdays, cp.reserved[li], strict=True))
        members = [c for c in range(len(children)) if rnd.random() < 0.6]
        st_ = _state_for(cp, li, members)
        rejected = _run(cp, li, st_)
        applicants = sorted(
            ((cp.ranks[c][cp.prefs[c].index(li)], children[c]) for c in members),
            key=lambda kc: kc[0],
        )
        by_rule = choose(applicants, loc, reserve)
        assert {children[c].id for c in st_.kids} == by_rule
        assert {children[c].id for c in rejected} == {children[c].id for c in members} - by_rule
        # The fast test for a newcomer equals re-running the rule on held + newcomer.
        for c in range(len(children)):
            if c in st_.kids:
                continue
            rank = cp.ranks[c][cp.prefs[c].index(li)]
            fast = is_kept(st_, rank, cp.weeks[c], cp.vulnerable[c], cp.guards)
            slow_applicants = sorted(
                [(cp.ranks[k][cp.prefs[k].index(li)], children[k]) for k in st_.kids]
                + [(rank, children[c])],
                key=lambda kc: kc[0],
            )
            assert fast == (children[c].id in choose(slow_applicants, loc, reserve))
            # Inserting it and re-running from its position gives the full re-run's result.
            inc = _state_for(cp, li, list(st_.kids))
            _run(cp, li, inc)
            i = bisect_left(inc.ranks, rank)
            inc.ranks.insert(i, rank)
            inc.kids.insert(i, c)
            out_inc = _run(cp, li, inc, i)
            full = _state_for(cp, li, [*st_.kids, c])
            out_full = _run(cp, li, full)
            assert (inc.kids, out_inc) == (full.kids, out_full)
            assert inc.open_before == full.open_before
            assert inc.reserved_before == full.reserved_before
            assert inc.total_before == full.total_before
            assert inc.passes == full.passes and inc.free == full.free
