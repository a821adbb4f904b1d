"""Respite days (respijtdagen) and "bestellen is betalen", explained with the family's own plan.

"Bestellen is betalen": a family pays every day reserved in its care plan, also when the child
stays home, except on a respite day. A full-time plan (5 days a week) has at least 18 respite
days a year, a part-time plan its share: 18 × days a week ÷ 5, **rounded up** to a whole day so
the family never gets less than its share (3 days a week: 10.8 → 11). A plan of more than 5 days
counts as full time. A short day counts as a day: respite days are counted in reserved days.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from .calculation import CarePlan, Estimate
from .explain import Step
from .parameters import RespiteRule, load_respite_rule


@dataclass(frozen=True, slots=True)
class RespiteDays:
    """Respite days a year for a plan: the exact share and the whole days it gives."""

    days_per_week: int
    exact: Decimal
    granted: int
    rule: RespiteRule

    @property
    def is_full_time(self) -> bool:
        return self.days_per_week >= self.rule.full_time_days_per_week


def respite_days(plan: CarePlan, rule: RespiteRule | None = None) -> RespiteDays:
    """At least 18 a year for 5 days a week, pro rata below, rounded up to a whole day."""
    rule = rule or load_respite_rule()
    counted = min(plan.days_per_week, rule.full_time_days_per_week)
    exact = Decimal(rule.days_per_year * counted) / rule.full_time_days_per_week
    granted = int(exact.to_integral_value(rounding=ROUND_CEILING))
    return RespiteDays(plan.days_per_week, exact, granted, rule)


def explain_booking(estimate: Estimate) -> tuple[Step, ...]:
    """The steps that explain "bestellen is betalen" and respite days with the estimate's plan."""
    if estimate.plan is None:
        raise ValueError("explain_booking needs an estimate made with a care plan")
    respite = respite_days(estimate.plan)
    rule = respite.rule
    steps = [
        Step("booking_pay_reserved"),
        Step("booking_plan", None, {"days": respite.days_per_week}),
    ]
    values = {
        "full_time": rule.full_time_days_per_week,
        "per_year": rule.days_per_year,
        "days": respite.days_per_week,
        "exact": respite.exact,
        "granted": respite.granted,
    }
    steps.append(
        Step("respite_full_time" if respite.is_full_time else "respite_part_time", None, values)
    )
    steps += [
        Step("day_value", None, {"hours": day.hours, "price": day.price})
        for day in estimate.day_prices
    ]
    steps.append(Step("house_rules"))
    return tuple(steps)
