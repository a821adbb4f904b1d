import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loket.domain import requests as r

TODAY = dt.date(2026, 11, 22)
PLAN = r.WeeklyPlan(days=(r.PlanDay("mon"), r.PlanDay("wed", "morning")))


def codes(**overrides):
    args = {
        "today": TODAY,
        "desired_start": TODAY + dt.timedelta(days=60),
        "birth_date": TODAY - dt.timedelta(days=100),
        "expected_date": None,
        "plan": PLAN,
        "preference_mode": "ranked",
        "preferences": ["1"],
        "known_locations": ["1", "2"],
    }
    args.update(overrides)
    return [(e.field, e.code) for e in r.validate_request(**args)]


def test_valid_request_has_no_errors():
    assert codes() == []


def test_start_date_in_the_past():
    assert ("desired_start", "start_in_past") in codes(desired_start=TODAY - dt.timedelta(days=1))


def test_start_before_birth_of_expected_child():
    errors = codes(
        birth_date=None,
        expected_date=TODAY + dt.timedelta(days=100),
        desired_start=TODAY + dt.timedelta(days=50),
    )
    assert errors == [("desired_start", "start_before_birth")]


def test_start_after_the_third_birthday():
    errors = codes(birth_date=dt.date(2024, 1, 10), desired_start=dt.date(2027, 1, 10))
    assert errors == [("desired_start", "start_after_three")]


def test_weekly_plan_without_a_day():
    assert codes(plan=r.WeeklyPlan(days=())) == [("days", "no_days")]


def test_unknown_and_duplicate_location():
    assert codes(preferences=["9"]) == [("preferences", "unknown_location")]
    assert codes(preferences=["1", "1"]) == [("preferences", "duplicate_location")]


def test_nearby_needs_a_radius_in_range():
    assert codes(preference_mode="nearby", preferences=[], radius_km=None) == [
        ("radius_km", "radius_required")
    ]
    assert codes(preference_mode="nearby", preferences=[], radius_km=80.0) == [
        ("radius_km", "radius_out_of_range")
    ]
    assert codes(preference_mode="nearby", preferences=[], radius_km=5.0) == []


def test_flexible_plan_days_per_week_within_ticked_days():
    plan = r.WeeklyPlan(kind=r.PlanKind.FLEXIBLE, days=PLAN.days, days_per_week=3)
    assert codes(plan=plan) == [("days_per_week", "flexible_days_out_of_range")]
    ok = r.WeeklyPlan(kind=r.PlanKind.FLEXIBLE, days=PLAN.days, days_per_week=1)
    assert codes(plan=ok) == []


def test_birth_date_in_future_and_missing():
    assert ("birth_date", "birth_in_future") in codes(birth_date=TODAY + dt.timedelta(days=3))
    assert ("birth_date", "birth_or_expected_required") in codes(birth_date=None)


def test_transitions_follow_the_life_cycle():
    assert r.can_transition("draft", "submitted")
    assert r.can_transition("offered", "accepted")
    assert not r.can_transition("cancelled", "waiting")
    assert r.can_transition("placed", "offered"), "a transfer offer"
    assert not r.can_transition("placed", "waiting")


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.integers(min_value=0, max_value=48))  # fmt: skip
def test_add_months_lands_in_the_right_month_and_never_overflows(day, months):
    later = r.add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day <= day.day


@given(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1)),
       st.integers(min_value=0, max_value=1200))  # fmt: skip
def test_age_in_months_matches_add_months(birth, days):
    on = birth + dt.timedelta(days=days)
    months = r.age_in_months(birth, on)
    assert r.add_months(birth, months) <= on
    assert r.add_months(birth, months + 1) > on


def test_age_band_boundary_at_18_months():
    birth = dt.date(2025, 1, 15)
    assert r.age_band(birth, dt.date(2026, 7, 14)) == "baby"
    assert r.age_band(birth, dt.date(2026, 7, 15)) == "toddler"


def test_urgent_deadline_is_one_month_later():
    assert r.urgent_deadline(dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)


def test_plan_round_trips_through_json():
    plan = r.WeeklyPlan(kind=r.PlanKind.FLEXIBLE, days=PLAN.days, days_per_week=1)
    assert r.WeeklyPlan.from_json(plan.to_json()) == plan
    assert PLAN.care_days_per_week == pytest.approx(1.5)
