"""The instance parser: defaults, canonical order and every kind of malformed input."""

from __future__ import annotations

import copy
import json

import pytest

from loket.domain.allocation import ValidationError, load_instance, parse_instance
from loket.domain.allocation.instance import reserved_seats


def doc() -> dict:
    return {
        "schema_version": 1,
        "weekdays": ["mon", "tue", "wed", "thu", "fri"],
        "tie_break": "lottery",
        "locations": [
            {
                "id": "L1",
                "capacity": {"mon": 14, "tue": 14, "wed": 10, "thu": 14, "fri": 8},
                "reserve_share": 0.2,
                "priority_tiers": [["work_or_training", "sibling"], ["low_income"]],
            },
            {"id": "L3", "capacity": {"mon": 2}},
        ],
        "children": [
            {
                "id": "C1",
                "days": ["thu", "mon", "tue"],
                "preferences": ["L3", "L1"],
                "groups": ["work_or_training", "low_income"],
                "siblings_at": ["L1"],
                "vulnerable": True,
                "lottery": 0.7312,
                "registered_at": "2026-03-01T10:00:00Z",
            },
            {"id": "C0", "days": ["mon"], "lottery": 0.1},
        ],
    }


def test_defaults_and_canonical_order():
    inst = parse_instance(doc())
    assert [c.id for c in inst.children] == ["C0", "C1"]
    l1, l3 = inst.locations
    assert l3.capacity == {"mon": 2, "tue": 0, "wed": 0, "thu": 0, "fri": 0}
    assert l3.reserve_share == 0 and l3.priority_tiers == ()
    c0, c1 = inst.children
    assert c0.preferences == () and c0.groups == () and c0.siblings_at == ()
    assert c0.vulnerable is False and c0.registered_at is None
    assert c1.days == ("mon", "tue", "thu")
    assert c1.registered_at.isoformat() == "2026-03-01T10:00:00+00:00"


def test_weekdays_default_to_monday_to_friday():
    d = doc()
    del d["weekdays"]
    assert parse_instance(d).weekdays == ("mon", "tue", "wed", "thu", "fri")


def test_round_trip_through_to_dict():
    inst = parse_instance(doc())
    again = parse_instance(json.loads(json.dumps(inst.to_dict())))
    assert again == inst


def test_reserved_seats_use_the_share_as_written():
    # In floating point 0.1 * 30 is 3.0000000000000004, whose ceiling would be 4.
    assert reserved_seats(0.1, 30) == 3
    assert reserved_seats(0.2, 14) == 3  # ceil(2.8)
    assert reserved_seats(0.2, 10) == 2
    assert reserved_seats(0.0, 10) == 0
    assert reserved_seats(1.0, 7) == 7


def _broken(change) -> dict:
    d = copy.deepcopy(doc())
    change(d)
    return d


BAD = {
    "unknown location in a preference": (
        lambda d: d["children"][0]["preferences"].append("L9"),
        "L9",
    ),
    "duplicate child id": (lambda d: d["children"].append(dict(d["children"][0])), "C1"),
    "duplicate location id": (lambda d: d["locations"].append({"id": "L3"}), "L3"),
    "negative capacity": (lambda d: d["locations"][0]["capacity"].update(wed=-1), "L1"),
    "unknown weekday in capacity": (lambda d: d["locations"][1]["capacity"].update(sun=3), "sun"),
    "unknown weekday in days": (lambda d: d["children"][1]["days"].append("sat"), "sat"),
    "missing lottery": (lambda d: d["children"][1].pop("lottery"), "C0"),
    "missing registration": (
        lambda d: d.update(tie_break="registration"),
        "C0",
    ),
    "wrong schema_version": (lambda d: d.update(schema_version=2), "schema_version"),
    "unknown tie_break": (lambda d: d.update(tie_break="age"), "tie_break"),
    "listed twice": (lambda d: d["children"][0]["preferences"].append("L3"), "L3"),
    "no days": (lambda d: d["children"][1].update(days=[]), "C0"),
    "share above 1": (lambda d: d["locations"][0].update(reserve_share=1.5), "L1"),
    "capacity not an integer": (lambda d: d["locations"][0]["capacity"].update(mon=2.5), "L1"),
    "unknown field": (lambda d: d["children"][1].update(vulnerabel=True), "vulnerabel"),
    "sibling location not a string": (lambda d: d["children"][0].update(siblings_at=[7]), "C1"),
    "bad registration time": (
        lambda d: d["children"][0].update(registered_at="yesterday"),
        "yesterday",
    ),
    "vulnerable not a boolean": (lambda d: d["children"][0].update(vulnerable="yes"), "C1"),
    "lottery not a number": (lambda d: d["children"][0].update(lottery="high"), "C1"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_instance_is_rejected_naming_the_item(case):
    change, item = BAD[case]
    with pytest.raises(ValidationError) as info:
        parse_instance(_broken(change))
    assert item in str(info.value)


def test_the_valid_document_itself_passes():
    # Guards the table above: each case fails because of its change, not because of the base.
    assert parse_instance(doc()).tie_break == "lottery"
    d = doc()
    d["tie_break"] = "registration"
    d["children"][1]["registered_at"] = "2026-01-01T00:00:00"  # no offset: read as UTC
    assert parse_instance(d).children[0].registered_at.tzinfo is not None


def test_sibling_at_a_location_outside_the_round_is_accepted():
    d = doc()
    d["children"][0]["siblings_at"] = ["L1", "L-elsewhere"]
    assert parse_instance(d).children[1].siblings_at == ("L-elsewhere", "L1")


def test_bad_json_and_non_object():
    with pytest.raises(ValidationError, match="bad JSON"):
        load_instance('{"schema_version": 1,')
    with pytest.raises(ValidationError, match="object"):
        parse_instance([1, 2])
    with pytest.raises(ValidationError, match="schema_version"):
        parse_instance({"locations": [], "children": []})
