"""The estimate against hand-calculated values (2014 structure, Belga via Knack).

Every expected amount is worked out by hand in the comment beside it: income × rate, rounded to
the cent half up, capped; minus 3.14 per child after the first and 3.14 for twins or triplets;
floored at the year's standard minimum when published; times the day-length percentage.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loket.domain.tariffs import (
    CarePlan,
    Household,
    PriceRange,
    TariffInputError,
    UnknownYearError,
    estimate,
)


def price(income, children=1, hours=8, twins=False, year=2014, structure_year=None):
    household = Household(Decimal(income), children, twins)
    return estimate(
        household, year=year, hours_per_day=Decimal(hours), structure_year=structure_year
    )


def keys(result) -> list[str]:
    return [step.key for step in result.steps]


# 2014, one dependent child, 8 hours (100%): the price per day is the band's price.
BANDS_2014 = [
    # Band 1, up to 41,774.97: income × 0.000385, at most 15.88.
    ("10000.00", 385),  # 10,000 × 0.000385 = 3.85
    ("20000.00", 770),  # 20,000 × 0.000385 = 7.70
    ("5000.00", 193),  # 5,000 × 0.000385 = 1.925 → 1.93 (half up)
    ("41000.00", 1579),  # 41,000 × 0.000385 = 15.785 → 15.79 (half up, not banker's 15.78)
    ("41272.73", 1588),  # 41,272.73 × 0.000385 = 15.8900 → 15.89, one cent over: 15.88 (cap)
    ("41300.00", 1588),  # 41,300 × 0.000385 = 15.9005 → more than 15.88: 15.88 (cap)
    ("41774.97", 1588),  # 41,774.97 × 0.000385 = 16.0834 → cap 15.88 (last income of band 1)
    # Band 2, 41,774.98 - 59,722.14: income × 0.000380, at most 20.95.
    ("41774.98", 1587),  # 41,774.98 × 0.00038 = 15.8745 → 15.87 (first income of band 2)
    ("50000.00", 1900),  # 50,000 × 0.00038 = 19.00
    ("55131.57", 2095),  # 55,131.57 × 0.00038 = 20.94999 → 20.95 by rounding, not by the cap
    ("56000.00", 2095),  # 56,000 × 0.00038 = 21.28 → cap 20.95
    ("59722.14", 2095),  # 59,722.14 × 0.00038 = 22.694 → cap 20.95 (last income of band 2)
    # Fixed steps.
    ("59722.15", 2155),  # first income of 59,722.15 - 63,472.14 → 21.55
    ("61000.00", 2155),
    ("63472.14", 2155),  # last income of that step
    ("63472.15", 2215),  # first income of 63,472.15 - 67,172.14 → 22.15
    ("65000.00", 2215),
    ("67172.14", 2215),  # last income of that step
    # Maximum from 100,472.15 on.
    ("100472.15", 2771),
    ("250000.00", 2771),
]


@pytest.mark.parametrize(("income", "cents"), BANDS_2014)
def test_2014_band_prices(income, cents):
    result = price(income)
    assert result.daily_price_cents == cents
    assert result.daily_price == PriceRange.exact(cents)


def test_the_cap_step_says_whether_it_was_reached():
    assert keys(price("41300"))[1:3] == ["income_band_rate", "band_cap_applied"]
    assert keys(price("41000"))[1:3] == ["income_band_rate", "band_cap_not_reached"]
    assert keys(price("61000"))[1] == "income_band_fixed"
    assert keys(price("100472.15"))[1] == "income_band_top"


def test_the_published_figures_dip_one_cent_from_band_1_to_band_2():
    # 41,774.97 is capped at 15.88; 41,774.98 × 0.00038 = 15.87: documented, not smoothed.
    assert price("41774.97").daily_price_cents == 1588
    assert price("41774.98").daily_price_cents == 1587
    # 41,776.32 × 0.00038 = 15.8750 → 15.88: band 2 is back at 15.88.
    assert price("41776.31").daily_price_cents == 1587
    assert price("41776.32").daily_price_cents == 1588


@pytest.mark.parametrize("income", ["67172.15", "80000.00", "100472.14"])
def test_an_income_in_the_unpublished_steps_gives_a_range_not_a_price(income):
    result = price(income)
    assert result.daily_price_cents is None
    assert result.daily_price == PriceRange(2215, 2771)  # between 22.15 and 27.71
    assert "income_band_unknown" in keys(result)
    assert [w.key for w in result.warnings] == ["year_incomplete", "price_unknown"]


def test_the_range_goes_through_the_later_steps():
    # 2 children: 22.15 - 3.14 = 19.01 and 27.71 - 3.14 = 24.57; 4 h: 60% → 11.406 → 11.41
    # and 14.742 → 14.74.
    result = price("80000", children=2, hours=4)
    assert result.full_day_price == PriceRange(1901, 2457)
    assert result.daily_price == PriceRange(1141, 1474)


@pytest.mark.parametrize(
    ("income", "children", "twins", "cents"),
    [
        ("50000", 2, False, 1586),  # 19.00 - 3.14 = 15.86
        ("50000", 3, False, 1272),  # 19.00 - 2 × 3.14 = 19.00 - 6.28 = 12.72
        ("50000", 4, False, 958),  # 19.00 - 3 × 3.14 = 19.00 - 9.42 = 9.58
        ("50000", 2, True, 1272),  # 19.00 - 3.14 - 3.14 (twins) = 12.72
        ("50000", 3, True, 958),  # 19.00 - 6.28 - 3.14 (triplets) = 9.58
        ("250000", 3, False, 2143),  # 27.71 - 6.28 = 21.43
        ("61000", 2, True, 1527),  # 21.55 - 3.14 - 3.14 = 15.27
        ("10000", 2, False, 71),  # 3.85 - 3.14 = 0.71 (no minimum published for 2014)
    ],
)
def test_reductions_for_children_and_multiple_birth(income, children, twins, cents):
    result = price(income, children=children, twins=twins)
    assert result.daily_price_cents == cents


def test_reduction_steps_name_the_reductions():
    result = price("50000", children=3, twins=True)
    reduction = next(s for s in result.steps if s.key == "child_reduction")
    assert reduction.values["total"] == PriceRange.exact(628)
    assert reduction.amount == PriceRange.exact(1272)
    assert "multiple_birth_reduction" in keys(result)
    assert "child_reduction_none" in keys(price("50000"))


@pytest.mark.parametrize(
    ("hours", "cents"),
    [
        # 50,000 and 2 children: 15.86 for a full day.
        ("1", 634),  # under 3 h: 40% × 15.86 = 6.344 → 6.34
        ("2.99", 634),
        ("3", 952),  # 3 h is in "3 - 5 h": 60% × 15.86 = 9.516 → 9.52
        ("4.99", 952),
        ("5", 1586),  # 5 h is in "5 - 12 h": 100%
        ("12", 1586),  # 12 h is still in "5 - 12 h"
        ("12.01", 1903),  # over 12 h: 120% × 15.86 = 19.032 → 19.03
        ("24", 1903),
    ],
)
def test_2014_day_length_factors_at_each_boundary(hours, cents):
    result = price("50000", children=2, hours=hours)
    assert result.full_day_price == PriceRange.exact(1586)
    assert result.daily_price_cents == cents


def test_2014_says_its_minimum_is_not_published():
    result = price("50000")
    assert "minimum_unknown" in keys(result)
    incomplete = result.warnings[0]
    assert incomplete.key == "year_incomplete"
    parts = [phrase.key for phrase in incomplete.values["parts"]]
    assert parts == ["part_standard_minimum", "part_lowest_minimum", "part_unknown_band"]


@pytest.mark.parametrize(("income", "children"), [("0", 1), ("5000", 2), ("8000", 2)])
def test_reductions_larger_than_the_price_without_a_minimum_give_no_price(income, children):
    # 0 × 0.000385 = 0; 1.93 - 3.14 < 0; 8,000 × 0.000385 = 3.08 - 3.14 < 0: the price would be
    # the 2014 minimum, which is not published.
    result = price(income, children=children)
    assert result.daily_price_cents is None
    assert result.daily_price == PriceRange.unknown()
    assert "minimum_unknown_no_price" in keys(result)


@pytest.mark.parametrize(
    ("year", "income", "children", "hours", "full_day", "daily"),
    [
        # 2015 with 2014 bands: 3.85 - 3.14 = 0.71 → 2015 minimum 1.56.
        (2015, "10000", 2, 8, 156, 156),
        # 3.85 is above 1.56: unchanged.
        (2015, "10000", 1, 8, 385, 385),
        # 2017: 3.85 - 2 × 3.18 (2017 reduction) < 0 → 2017 minimum 5.07; 4 h: 60% × 5.07 =
        # 3.042 → 3.04 (the share for the hours comes after the minimum).
        (2017, "10000", 3, 4, 507, 304),
        # 2017: 19.00 - 3.18 = 15.82.
        (2017, "50000", 2, 8, 1582, 1582),
        # 2024: 15,000 × 0.000385 = 5.775 → 5.78 → 2024 minimum 6.24.
        (2024, "15000", 1, 8, 624, 624),
        (2024, "50000", 1, 8, 1900, 1900),
    ],
)
def test_the_minimum_floor_where_the_year_publishes_it(
    year, income, children, hours, full_day, daily
):
    result = price(income, children, hours, year=year, structure_year=2014)
    assert result.full_day_price == PriceRange.exact(full_day)
    assert result.daily_price_cents == daily


def test_minimum_steps():
    assert "minimum_applied" in keys(price("10000", 2, year=2015, structure_year=2014))
    assert "minimum_not_reached" in keys(price("10000", 1, year=2015, structure_year=2014))


def test_borrowed_twins_reduction_in_2017():
    # 19.00 - 3.18 (2017) - 3.14 (2014, borrowed) = 12.68
    result = price("50000", 2, twins=True, year=2017, structure_year=2014)
    assert result.daily_price_cents == 1268


def test_borrowing_is_said_in_the_steps_and_the_warnings():
    result = price("50000", year=2024, structure_year=2014)
    borrowed = [s.values["part"].key for s in result.steps if s.key == "part_borrowed"]
    assert borrowed == [
        "part_income_bands",
        "part_maximum",
        "part_child_reduction",
        "part_multiple_birth_reduction",
        "part_day_length_factors",
    ]
    warning_keys = [w.key for w in result.warnings]
    assert warning_keys.count("part_borrowed") == 5
    # 2024's own gaps and the gaps of the 2014 bands it borrowed are both reported.
    incomplete_years = [w.values["year"] for w in result.warnings if w.key == "year_incomplete"]
    assert incomplete_years == [2024, 2014]
    assert len(result.sources) == 2


def test_a_later_year_without_bands_does_not_borrow_silently():
    # 2017 alone: maximum 28.13 - 3.18 = 24.95, never below 5.07; hours factor not published.
    result = price("30000", children=2, year=2017)
    assert keys(result)[1] == "income_bands_unknown"
    assert "part_borrowed" not in keys(result)
    assert result.full_day_price == PriceRange(507, 2495)
    assert result.daily_price == PriceRange.unknown()
    assert "day_length_unknown" in keys(result)
    assert [w.key for w in result.warnings] == ["year_incomplete", "price_unknown"]


@pytest.mark.parametrize(("year", "low"), [(2015, 156), (2016, 502), (2024, 624)])
def test_years_with_only_a_minimum_give_only_a_lower_bound(year, low):
    result = price("30000", year=year)
    assert result.full_day_price == PriceRange(low, None)
    assert result.daily_price_cents is None


def test_2017_twins_reduction_is_unknown_without_structure_year():
    result = price("30000", children=2, twins=True, year=2017)
    assert "multiple_birth_reduction_unknown" in keys(result)
    assert result.full_day_price == PriceRange(507, 2495)


def test_month_for_a_plan_of_full_days():
    # 15.86 × 3 = 47.58 a week; 47.58 × 52 ÷ 12 = 2474.16 ÷ 12 = 206.18
    household = Household(Decimal(50000), 2)
    result = estimate(household, year=2014, hours_per_day=8, plan=CarePlan.uniform(3, 8))
    assert result.weekly_price == PriceRange.exact(4758)
    assert result.monthly_price_cents == 20618
    # 5 days: 79.30 × 52 ÷ 12 = 343.633 → 343.63
    result = estimate(household, year=2014, hours_per_day=8, plan=CarePlan.uniform(5, 8))
    assert result.monthly_price_cents == 34363


def test_month_for_a_plan_with_short_days():
    # 2 days of 8 h at 15.86 and 2 of 4 h at 60% × 15.86 = 9.516 → 9.52:
    # 31.72 + 19.04 = 50.76 a week; 50.76 × 52 ÷ 12 = 2639.52 ÷ 12 = 219.96
    plan = CarePlan(tuple(Decimal(h) for h in (8, 4, 8, 4)))
    result = estimate(Household(Decimal(50000), 2), year=2014, hours_per_day=8, plan=plan)
    assert [(d.hours, d.count, d.price.cents) for d in result.day_prices] == [
        (8, 2, 1586),
        (4, 2, 952),
    ]
    assert result.weekly_price == PriceRange.exact(5076)
    assert result.monthly_price_cents == 21996
    assert {"plan_day_length", "week_total", "month"} <= set(keys(result))


@pytest.mark.parametrize(
    "make",
    [
        lambda: Household(Decimal(-1), 1),
        lambda: Household(Decimal("100.001"), 1),
        lambda: Household(Decimal(1000), 0),
        lambda: Household(Decimal(1000), 1, True),
        lambda: Household("abc", 1),
        lambda: price("1000", hours=0),
        lambda: price("1000", hours=-1),
        lambda: price("1000", hours="24.01"),
        lambda: CarePlan.uniform(0, 8),
        lambda: CarePlan.uniform(8, 8),
        lambda: CarePlan(()),
    ],
)
def test_impossible_input_is_refused(make):
    with pytest.raises(TariffInputError):
        make()


def test_unknown_years_are_refused():
    with pytest.raises(UnknownYearError):
        price("1000", year=2013)
    with pytest.raises(UnknownYearError):
        price("1000", year=2024, structure_year=2012)


# The published 2014 bands, as (first, last) income in cents, the unknown one left out.
KNOWN_BANDS_2014 = [
    (0, 4177497),
    (4177498, 5972214),
    (5972215, 6347214),
    (6347215, 6717214),
    (10047215, 100_000_000),
]


@st.composite
def two_incomes_in_one_band(draw):
    first, last = draw(st.sampled_from(KNOWN_BANDS_2014))
    a, b = sorted(draw(st.integers(first, last)) for _ in range(2))
    return a, b


def cents_to_income(cents: int) -> Decimal:
    return Decimal(cents) / 100


@settings(max_examples=300, deadline=None)
@given(
    incomes=two_incomes_in_one_band(),
    children=st.integers(1, 5),
    twins=st.booleans(),
    hours=st.decimals(min_value="0.25", max_value=24, places=2),
)
def test_price_never_falls_when_income_rises_within_a_band_and_is_never_negative(
    incomes, children, twins, hours
):
    twins = twins and children >= 2
    lower, higher = (
        price(cents_to_income(income), children, hours, twins).daily_price for income in incomes
    )
    for bound in (lower.low, lower.high, higher.low, higher.high):
        assert bound is None or bound >= 0
    if lower.is_exact and higher.is_exact:
        assert lower.cents <= higher.cents
    # Once the price is known, a higher income never makes it unknown again.
    if lower.is_exact:
        assert higher.is_exact


def test_band_prices_rise_across_bands_except_the_documented_dip():
    # Last income of each band and first of the next: 15.88 → 15.87 (the dip), 20.95 → 21.55,
    # 21.55 → 22.15, and the maximum 27.71 above the unknown steps.
    edges = ["41774.97", "41774.98", "59722.14", "59722.15", "63472.14", "63472.15", "67172.14"]
    cents = [price(income).daily_price_cents for income in edges]
    assert cents == [1588, 1587, 2095, 2155, 2155, 2215, 2215]
    assert price("100472.15").daily_price_cents == 2771
