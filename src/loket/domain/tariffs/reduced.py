"""Guidance on reduced prices: the individual reduced tariff and the OCMW tariff.

Individueel verminderd tarief (IVT): the childcare provider can give a lower price, e.g. to
families on a leefloon (social integration income), whose income has been at least 20% lower
for 3 months, or who cannot pay. OCMW-tarief: when a family cannot pay the price or even the
reduced price, the OCMW / Sociaal Huis can set one of three prices per day: half of the
calculated price but not below the standard minimum, the standard minimum, or the lowest
minimum (shared/domain/FLANDERS.md; seed 001 on who grants what). The desk decides nothing
here: it tells the family what may apply and what to do next.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .calculation import Estimate
from .explain import Phrase, Step
from .money import PriceRange

INDIVIDUAL_REDUCED_TARIFF = "individual_reduced_tariff"
OCMW_TARIFF = "ocmw_tariff"
HALF = Decimal("0.5")


@dataclass(frozen=True, slots=True)
class FamilySituation:
    """What the family tells the desk about its means (financiële situatie)."""

    #: The family receives a leefloon (social integration income).
    social_integration_income: bool = False
    #: The income has been at least 20% lower for (at least) 3 months.
    income_dropped_20_percent_for_3_months: bool = False
    #: The family cannot pay the price (or the reduced price).
    cannot_pay: bool = False


@dataclass(frozen=True, slots=True)
class ReducedTariffGuidance:
    """Which reductions may apply, the OCMW prices, and the family's next steps."""

    may_apply: tuple[str, ...]
    reasons: tuple[Step, ...]
    ocmw_levels: tuple[Step, ...]
    next_steps: tuple[Step, ...]


def ocmw_levels(estimate: Estimate) -> tuple[Step, ...]:
    """The three OCMW prices per day, from the estimate's price per day and the year's minimums.

    Half of the price is rounded to the cent half up. An unknown figure makes the level a range or
    unknown, never a guess.
    """
    minimum = estimate.standard_minimum_cents
    lowest = estimate.lowest_minimum_cents
    price = estimate.daily_price
    half = price.times(HALF)
    if minimum is None:
        half_level = PriceRange(half.low, None)
        minimum_range = PriceRange.unknown()
    else:
        half_level = half.at_least(minimum)
        minimum_range = PriceRange.exact(minimum)
    lowest_range = PriceRange.unknown() if lowest is None else PriceRange.exact(lowest)
    return (
        Step("ocmw_level_half", half_level, {"price": price, "minimum": minimum_range}),
        Step("ocmw_level_standard_minimum", minimum_range),
        Step("ocmw_level_lowest_minimum", lowest_range),
    )


def reduced_tariff_guidance(
    situation: FamilySituation, estimate: Estimate
) -> ReducedTariffGuidance:
    """What the desk tells a family about lower prices, with the next step for the family."""
    reasons: list[Step] = []
    proof: list[Phrase] = []
    if situation.social_integration_income:
        reasons.append(Step("ivt_social_integration_income"))
        proof.append(Phrase("proof_social_integration_income"))
    if situation.income_dropped_20_percent_for_3_months:
        reasons.append(Step("ivt_income_drop"))
        proof.append(Phrase("proof_income_drop"))
    if situation.cannot_pay:
        reasons.append(Step("ivt_cannot_pay"))
    may_apply: list[str] = [INDIVIDUAL_REDUCED_TARIFF] if reasons else []
    next_steps: list[Step] = [Step("next_step_attest")]
    if proof:
        next_steps.append(Step("next_step_ivt", None, {"proof": tuple(proof)}))
    elif reasons:
        next_steps.append(Step("next_step_ivt_ask"))
    if situation.cannot_pay:
        may_apply.append(OCMW_TARIFF)
        reasons.append(Step("ocmw_tariff"))
        next_steps.append(Step("next_step_ocmw"))
    if not reasons:
        next_steps.append(Step("no_reduction_found"))
    next_steps.append(Step("other_situations"))
    return ReducedTariffGuidance(
        may_apply=tuple(may_apply),
        reasons=tuple(reasons),
        ocmw_levels=ocmw_levels(estimate),
        next_steps=tuple(next_steps),
    )
