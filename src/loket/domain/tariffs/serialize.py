"""Plain dicts (for JSON) of estimates, steps and guidance, in the reader's language.

Money appears twice: in euro as a number (``15.86``) and in cents as an int (``1586``). An amount
that is not exact is null, with ``range`` giving its known bounds in euro (null when unknown).
"""

from __future__ import annotations

from typing import Any

from .booking import explain_booking, respite_days
from .calculation import Estimate
from .explain import DEFAULT_LANGUAGE, Step, explain
from .money import PriceRange, cents_to_euros
from .reduced import ReducedTariffGuidance


def _euros(cents: int | None) -> float | None:
    return None if cents is None else float(cents_to_euros(cents))


def price_to_dict(price: PriceRange | None) -> dict[str, Any]:
    """``{"amount": 15.86, "amount_cents": 1586, "range": None}`` or the range when not exact."""
    if price is None:
        return {"amount": None, "amount_cents": None, "range": None}
    if price.is_exact:
        return {"amount": _euros(price.cents), "amount_cents": price.cents, "range": None}
    bounds = {"low": _euros(price.low), "high": _euros(price.high)}
    return {"amount": None, "amount_cents": None, "range": bounds}


def steps_to_list(steps: tuple[Step, ...], language: str = DEFAULT_LANGUAGE) -> list[dict]:
    return [
        {"key": step.key, **price_to_dict(step.amount), "text": explain(step, language)}
        for step in steps
    ]


def estimate_to_dict(estimate: Estimate, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    daily = price_to_dict(estimate.daily_price)
    household = estimate.household
    data: dict[str, Any] = {
        "year": estimate.year,
        "structure_year": estimate.structure_year,
        "language": language,
        "input": {
            "income": float(household.joint_taxable_income),
            "dependent_children": household.dependent_children,
            "multiple_birth": household.multiple_birth,
            "hours": float(estimate.hours_per_day),
            "days_per_week": None if estimate.plan is None else estimate.plan.days_per_week,
        },
        "daily_price": daily["amount"],
        "daily_price_cents": daily["amount_cents"],
        "daily_price_range": daily["range"],
        "full_day_price": price_to_dict(estimate.full_day_price),
        "steps": steps_to_list(estimate.steps, language),
        "warnings": steps_to_list(estimate.warnings, language),
        "sources": list(estimate.sources),
    }
    if estimate.plan is not None:
        monthly = price_to_dict(estimate.monthly_price)
        respite = respite_days(estimate.plan)
        data |= {
            "weekly_price": price_to_dict(estimate.weekly_price),
            "monthly_price": monthly["amount"],
            "monthly_price_cents": monthly["amount_cents"],
            "monthly_price_range": monthly["range"],
            "respite_days": {"exact": float(respite.exact), "at_least": respite.granted},
            "booking": steps_to_list(explain_booking(estimate), language),
        }
    return data


def guidance_to_dict(
    guidance: ReducedTariffGuidance, language: str = DEFAULT_LANGUAGE
) -> dict[str, Any]:
    return {
        "may_apply": list(guidance.may_apply),
        "reasons": steps_to_list(guidance.reasons, language),
        "ocmw_levels": steps_to_list(guidance.ocmw_levels, language),
        "next_steps": steps_to_list(guidance.next_steps, language),
    }
