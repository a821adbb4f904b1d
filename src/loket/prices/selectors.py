"""Reads for the price pages: which figures to use, and an estimate as the pages show it.

The arithmetic, the figures and the sentences live in :mod:`loket.domain.tariffs`; this module
chooses the year (:func:`current_parameters`), turns the parent's calculator inputs or the
family's file into the package's values, and gives the sentences in the reader's language.
Nothing here writes to the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from loket.domain import tariffs
from loket.domain.requests import FULL_DAY, OPEN, PlanKind, WeeklyPlan
from loket.domain.tariffs.calculation import MAX_DAYS_PER_WEEK
from loket.domain.tariffs.messages import RANGE_TEXTS

#: The steps and warnings that say a figure was taken from an older year. The page says this once
#: in its own words (the package's sentence is written for the command line: "as you asked").
BORROWED = "part_borrowed"
#: Hours of a full day when a request gives none (the desk's card says it counts with this).
ASSUMED_FULL_DAY_HOURS = Decimal(8)


@dataclass(frozen=True, slots=True)
class PriceParameters:
    """The year whose price we estimate, and the older year that lends its missing figures."""

    year: int
    structure_year: int | None


def current_parameters() -> PriceParameters:
    """The figures every price page uses; chosen from the data files only.

    The year is the latest year with a file in ``loket/domain/tariffs/data`` (2024 today). When
    that year does not publish all its figures (2024 publishes only its minimums), the missing
    ones are borrowed from the latest earlier year that publishes income bands (2014 today): the
    package then marks each borrowed figure as a step and a warning, and the pages say plainly
    that the estimate uses older figures. Adding the file of a new year changes this choice
    without a code change; a year that publishes everything borrows nothing.
    """
    years = tariffs.available_years()
    year = years[-1]
    if not tariffs.load_year(year).unknown:
        return PriceParameters(year=year, structure_year=None)
    with_bands = [y for y in years[:-1] if tariffs.load_year(y).has("income_bands")]
    return PriceParameters(year=year, structure_year=with_bands[-1] if with_bands else None)


def page_language(language: str | None) -> str:
    """The request's language if the package speaks it, else Dutch."""
    code = (language or "").split("-")[0].lower()
    return code if code in tariffs.LANGUAGES else "nl"


_KEEP_TOGETHER = (
    (re.compile(r"(?<=\d)[ \u202f](?=\d{3}\b)"), "\u00a0"),  # 30 000,00 € (fr)
    (re.compile(r"€ (?=[\d-])"), "€\u00a0"),  # € 8,41 (nl)
    (re.compile(r"(?<=\d) (?=€|يورو)"), "\u00a0"),  # 8,41 € (fr), 8.41 يورو (ar)
)


def keep_together(text: str) -> str:
    """No line break inside an amount: a narrow screen must not show "€" and "8,41" apart."""
    for pattern, replacement in _KEEP_TOGETHER:
        text = pattern.sub(replacement, text)
    return text


def number_text(value: Decimal, language: str) -> str:
    """9 → "9", 8.5 → "8,5" (nl, fr) or "8.5" (en, ar)."""
    text = f"{Decimal(value).normalize():f}"
    return text.replace(".", ",") if language in ("nl", "fr") else text


def price_text(price: tariffs.PriceRange | None, language: str) -> str:
    """``€ 11,55`` (nl), or the range it lies in ("tussen € 22,15 en € 27,71"); "" if unknown."""
    if price is None or (price.low is None and price.high is None):
        return ""
    if price.is_exact:
        return keep_together(tariffs.format_money(price.low, language))  # type: ignore[arg-type]
    shape = "between" if price.low is not None and price.high is not None else None
    shape = shape or ("at_least" if price.low is not None else "at_most")
    low = "" if price.low is None else tariffs.format_money(price.low, language)
    high = "" if price.high is None else tariffs.format_money(price.high, language)
    return keep_together(RANGE_TEXTS[shape][language].format(low=low, high=high))


@dataclass(frozen=True, slots=True)
class CalculatorInputs:
    """What a parent typed in the price calculator (kept in the session, never in the database)."""

    income: Decimal
    dependent_children: int
    multiple_birth: bool
    hours_per_day: Decimal
    days_per_week: int

    def household(self) -> tariffs.Household:
        return tariffs.Household(self.income, self.dependent_children, self.multiple_birth)

    def plan(self) -> tariffs.CarePlan:
        return tariffs.CarePlan.uniform(self.days_per_week, self.hours_per_day)

    def to_session(self) -> dict:
        return {
            "income": str(self.income),
            "dependent_children": self.dependent_children,
            "multiple_birth": self.multiple_birth,
            "hours_per_day": str(self.hours_per_day),
            "days_per_week": self.days_per_week,
        }

    @classmethod
    def from_session(cls, data) -> CalculatorInputs | None:
        """The inputs kept in the session; None when there are none or they no longer fit."""
        if not isinstance(data, dict):
            return None
        try:
            inputs = cls(
                income=Decimal(str(data["income"])),
                dependent_children=int(data["dependent_children"]),
                multiple_birth=bool(data["multiple_birth"]),
                hours_per_day=Decimal(str(data["hours_per_day"])),
                days_per_week=int(data["days_per_week"]),
            )
            inputs.household()
            inputs.plan()
        except (KeyError, TypeError, ValueError, ArithmeticError):
            return None
        return inputs


@dataclass(frozen=True, slots=True)
class PriceView:
    """An estimate with every sentence a page shows, in one language."""

    estimate: tariffs.Estimate
    language: str
    parameters: PriceParameters
    daily: str
    monthly: str
    hours: str
    days_per_week: int | None
    steps: tuple[str, ...]
    warnings: tuple[str, ...]
    booking: tuple[str, ...]
    respite_days: int | None
    ocmw_levels: tuple[str, ...]

    @property
    def is_exact(self) -> bool:
        return self.estimate.daily_price.is_exact

    @property
    def uses_older_figures(self) -> bool:
        return any(step.key == BORROWED for step in self.estimate.warnings)


def _sentences(steps, language: str) -> tuple[str, ...]:
    return tuple(
        keep_together(tariffs.explain(step, language)) for step in steps if step.key != BORROWED
    )


def price_view(
    household: tariffs.Household,
    *,
    hours_per_day: Decimal,
    plan: tariffs.CarePlan | None,
    language: str,
    parameters: PriceParameters | None = None,
) -> PriceView:
    """Estimate with :func:`current_parameters` and explain it in ``language``."""
    parameters = parameters or current_parameters()
    language = page_language(language)
    estimate = tariffs.estimate(
        household,
        year=parameters.year,
        hours_per_day=hours_per_day,
        plan=plan,
        structure_year=parameters.structure_year,
    )
    booking: tuple[str, ...] = ()
    respite = None
    if plan is not None:
        booking = _sentences(tariffs.explain_booking(estimate), language)
        respite = tariffs.respite_days(plan).granted
    return PriceView(
        estimate=estimate,
        language=language,
        parameters=parameters,
        daily=price_text(estimate.daily_price, language),
        monthly=price_text(estimate.monthly_price, language),
        hours=number_text(estimate.hours_per_day, language),
        days_per_week=None if plan is None else plan.days_per_week,
        steps=_sentences(estimate.steps, language),
        warnings=_sentences(estimate.warnings, language),
        booking=booking,
        respite_days=respite,
        ocmw_levels=_sentences(tariffs.ocmw_levels(estimate), language),
    )


def calculator_view(inputs: CalculatorInputs, language: str) -> PriceView:
    """The estimate for what a parent typed in the calculator."""
    return price_view(
        inputs.household(),
        hours_per_day=inputs.hours_per_day,
        plan=inputs.plan(),
        language=language,
    )


# The family's file at the desk -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FamilyPlan:
    """The care plan the desk's estimate uses: from the family's latest open request."""

    request_reference: str = ""
    full_days: int = 0
    half_days: int = 0
    full_day_hours: Decimal = ASSUMED_FULL_DAY_HOURS
    hours_assumed: bool = True

    @property
    def half_day_hours(self) -> Decimal:
        return (self.full_day_hours / 2).quantize(Decimal("0.1"))

    def care_plan(self) -> tariffs.CarePlan | None:
        days = (self.full_day_hours,) * self.full_days + (self.half_day_hours,) * self.half_days
        if not days:
            return None
        return tariffs.CarePlan(days[:MAX_DAYS_PER_WEEK])


def family_plan(family) -> FamilyPlan:
    """The plan of the family's latest open request (or latest request); empty without one."""
    requests = [r for child in family.children.all() for r in child.requests.all()]
    open_requests = [r for r in requests if r.status in {str(s) for s in OPEN}]
    candidates = open_requests or requests
    if not candidates:
        return FamilyPlan()
    request = max(candidates, key=lambda r: r.pk)
    plan = WeeklyPlan.from_json(request.plan)
    if plan.kind == PlanKind.FLEXIBLE and plan.days_per_week:
        full, half = plan.days_per_week, 0
    else:
        full = sum(1 for d in plan.days if d.part == FULL_DAY)
        half = len(plan.days) - full
    hours = request.hours_per_day
    known = hours is not None and 0 < hours <= 24
    return FamilyPlan(
        request_reference=request.reference,
        full_days=full,
        half_days=half,
        full_day_hours=Decimal(hours) if known else ASSUMED_FULL_DAY_HOURS,
        hours_assumed=not known,
    )


@dataclass(frozen=True, slots=True)
class FamilyPriceView:
    """The desk's price card: the estimate for the family and the reduced-price guidance."""

    price: PriceView
    plan: FamilyPlan
    half_day_hours: str
    may_apply: tuple[str, ...]
    reasons: tuple[str, ...]
    next_steps: tuple[str, ...]


def family_price_view(family, language: str) -> FamilyPriceView | None:
    """The estimate from the figures the desk recorded; None when income or children are missing.

    Reading it is part of reading the family's file (logged by ``family_file_open``).
    """
    if family.joint_taxable_income is None or not family.dependent_children:
        return None
    try:
        household = tariffs.Household(
            Decimal(family.joint_taxable_income),
            int(family.dependent_children),
            bool(family.multiple_birth) and family.dependent_children >= 2,
        )
    except tariffs.TariffInputError:
        return None
    plan = family_plan(family)
    language = page_language(language)
    price = price_view(
        household, hours_per_day=plan.full_day_hours, plan=plan.care_plan(), language=language
    )
    guidance = tariffs.reduced_tariff_guidance(
        tariffs.FamilySituation(
            social_integration_income=family.social_integration_income,
            income_dropped_20_percent_for_3_months=family.income_dropped,
            cannot_pay=family.cannot_pay,
        ),
        price.estimate,
    )
    return FamilyPriceView(
        price=price,
        plan=plan,
        half_day_hours=number_text(plan.half_day_hours, language),
        may_apply=guidance.may_apply,
        reasons=_sentences(guidance.reasons, language),
        next_steps=_sentences(guidance.next_steps, language),
    )
