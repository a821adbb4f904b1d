"""Respite days, "bestellen is betalen", and the guidance on reduced prices."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loket.domain.tariffs import (
    INDIVIDUAL_REDUCED_TARIFF,
    OCMW_TARIFF,
    CarePlan,
    FamilySituation,
    Household,
    PriceRange,
    estimate,
    explain,
    explain_booking,
    reduced_tariff_guidance,
    respite_days,
)


@pytest.mark.parametrize(
    ("days", "exact", "granted"),
    [
        (1, "3.6", 4),  # 18 × 1 ÷ 5 = 3.6 → rounded up: 4
        (2, "7.2", 8),  # 18 × 2 ÷ 5 = 7.2 → 8
        (3, "10.8", 11),  # 18 × 3 ÷ 5 = 10.8 → 11
        (4, "14.4", 15),  # 18 × 4 ÷ 5 = 14.4 → 15
        (5, "18", 18),  # full time
        (6, "18", 18),  # more than 5 days counts as full time
        (7, "18", 18),
    ],
)
def test_respite_days_pro_rata_rounded_up(days, exact, granted):
    respite = respite_days(CarePlan.uniform(days, 8))
    assert respite.exact == Decimal(exact)
    assert respite.granted == granted


def test_a_short_day_counts_as_a_day_for_respite():
    plan = CarePlan((Decimal(8), Decimal(4), Decimal(4)))
    assert respite_days(plan).granted == 11  # 3 days: 10.8 → 11


def plan_estimate(days=3, year=2014, income=50000, structure_year=None):
    return estimate(
        Household(Decimal(income), 2),
        year=year,
        hours_per_day=8,
        plan=CarePlan.uniform(days, 8),
        structure_year=structure_year,
    )


def test_booking_explained_with_the_family_plan():
    steps = explain_booking(plan_estimate(3))
    assert [s.key for s in steps] == [
        "booking_pay_reserved",
        "booking_plan",
        "respite_part_time",
        "day_value",
        "house_rules",
    ]
    text = explain(steps[2], "en")
    assert "18 × 3 ÷ 5 = 10.8, rounded up: at least 11 respite days" in text
    assert explain(steps[3], "nl").startswith("Een dag van 8 uur kost € 15,86")
    assert explain(steps[0]).startswith("'Bestellen is betalen': je betaalt elke dag")


def test_booking_full_time():
    steps = explain_booking(plan_estimate(5))
    assert steps[2].key == "respite_full_time"
    assert "at least 18 respite days" in explain(steps[2], "en")


def test_booking_needs_a_plan():
    result = estimate(Household(Decimal(50000), 1), year=2014, hours_per_day=8)
    with pytest.raises(ValueError, match="care plan"):
        explain_booking(result)


def levels(result):
    return [step.amount for step in reduced_tariff_guidance(FamilySituation(), result).ocmw_levels]


@pytest.mark.parametrize(
    ("income", "half"),
    [
        (50000, 793),  # 19.00 - 3.14 = 15.86; half: 7.93, not below 6.24: 7.93
        (20000, 624),  # 7.70 - 3.14 = 4.56 → 2024 minimum 6.24; half 3.12 → not below 6.24
    ],
)
def test_ocmw_levels_2024_with_2014_bands(income, half):
    result = plan_estimate(income=income, year=2024, structure_year=2014)
    assert levels(result) == [
        PriceRange.exact(half),
        PriceRange.exact(624),  # 2024 standard minimum
        PriceRange.exact(197),  # 2024 lowest minimum
    ]


def test_ocmw_half_rounds_half_up():
    # 41,000 × 0.000385 = 15.785 → 15.79; 2024 (2014 bands), 1 child; half 7.895 → 7.90
    result = estimate(Household(Decimal(41000), 1), year=2024, hours_per_day=8, structure_year=2014)
    assert levels(result)[0] == PriceRange.exact(790)


def test_ocmw_levels_with_unknown_figures_are_not_guessed():
    # 2014: 15.86 / 2 = 7.93, minimum unknown → at least 7.93; both minimums unknown.
    assert levels(plan_estimate()) == [
        PriceRange(793, None),
        PriceRange.unknown(),
        PriceRange.unknown(),
    ]


def test_guidance_for_a_family_on_leefloon():
    guidance = reduced_tariff_guidance(
        FamilySituation(social_integration_income=True), plan_estimate()
    )
    assert guidance.may_apply == (INDIVIDUAL_REDUCED_TARIFF,)
    assert [s.key for s in guidance.reasons] == ["ivt_social_integration_income"]
    assert [s.key for s in guidance.next_steps] == [
        "next_step_attest",
        "next_step_ivt",
        "other_situations",
    ]
    assert "het attest van het OCMW dat je een leefloon krijgt" in explain(guidance.next_steps[1])


def test_guidance_for_an_income_drop_and_leefloon_lists_both_proofs():
    situation = FamilySituation(
        social_integration_income=True, income_dropped_20_percent_for_3_months=True
    )
    guidance = reduced_tariff_guidance(situation, plan_estimate())
    text = explain(guidance.next_steps[1], "en")
    assert "leefloon and proof of your income now and before" in text


def test_guidance_for_a_family_that_cannot_pay():
    guidance = reduced_tariff_guidance(FamilySituation(cannot_pay=True), plan_estimate())
    assert guidance.may_apply == (INDIVIDUAL_REDUCED_TARIFF, OCMW_TARIFF)
    assert [s.key for s in guidance.next_steps] == [
        "next_step_attest",
        "next_step_ivt_ask",
        "next_step_ocmw",
        "other_situations",
    ]
    assert "OCMW / Sociaal Huis" in explain(guidance.next_steps[2], "fr")


def test_guidance_when_nothing_applies():
    guidance = reduced_tariff_guidance(FamilySituation(), plan_estimate())
    assert guidance.may_apply == ()
    assert "no_reduction_found" in [s.key for s in guidance.next_steps]
