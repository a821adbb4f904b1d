"""Estimate of the income-related price per day (schatting inkomenstarief) and of a month of care.

The order of the steps, each rounded to the cent (half up) before the next one starts:

1. income band (inkomensschijf): income × rate of the band, then the band's cap; or the band's
   fixed price;
2. the year's maximum (only shown when it changes the price);
3. minus the reduction per dependent child after the first, then minus the extra reduction for
   twins or triplets; a reduction never takes the price below zero;
4. not below the year's standard minimum, when that minimum is published;
5. times the share for the hours of care that day (day-length factor).

A figure that is not published is never made up: the price becomes the range it surely lies in
(:class:`~loket.domain.tariffs.money.PriceRange`), possibly unknown on one or both sides, and a
step and a warning say why. docs/domain/tariffs.md explains every choice with its source.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from .explain import Phrase, Step
from .money import PriceRange, euros_to_cents, multiply, round_cents
from .parameters import MAX_HOURS, PARTS, DayLengthFactor, IncomeBand, YearParameters, load_year

HUNDRED = Decimal(100)
WEEKS_PER_YEAR = 52
MONTHS_PER_YEAR = 12
MAX_DAYS_PER_WEEK = 7


class TariffInputError(ValueError):
    """Input that cannot be a family's situation (negative income, 0 hours, ...)."""


def _decimal(value: Decimal | int | str, what: str) -> Decimal:
    if isinstance(value, bool | float):
        raise TariffInputError(f"{what} must be a Decimal, an int or a string, not {value!r}")
    try:
        number = value if isinstance(value, Decimal) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise TariffInputError(f"{what} is not a number: {value!r}") from None
    if not number.is_finite():
        raise TariffInputError(f"{what} is not a number: {value!r}")
    return number


def check_hours(value: Decimal | int | str) -> Decimal:
    """Hours of care on one day: more than 0 and at most 24."""
    hours = _decimal(value, "hours of care a day")
    if not 0 < hours <= MAX_HOURS:
        raise TariffInputError(f"hours of care a day must be more than 0 and at most 24: {value}")
    return hours


@dataclass(frozen=True, slots=True)
class Household:
    """The family (gezin) as the price per day sees it.

    ``joint_taxable_income``: the parents' joint taxable income for a year in euro, cents at
    most (gezamenlijk belastbaar inkomen). ``dependent_children``: children the family has in
    its charge, the child in care included (kinderen ten laste). ``multiple_birth``: the family
    has twins or triplets (meerling), which needs at least 2 dependent children.
    """

    joint_taxable_income: Decimal
    dependent_children: int
    multiple_birth: bool = False

    def __post_init__(self) -> None:
        income = _decimal(self.joint_taxable_income, "income")
        if income < 0:
            raise TariffInputError(f"income must not be negative: {self.joint_taxable_income}")
        try:
            euros_to_cents(income, "income")
        except ValueError as error:
            raise TariffInputError(str(error)) from None
        object.__setattr__(self, "joint_taxable_income", income)
        children = self.dependent_children
        if isinstance(children, bool) or not isinstance(children, int) or children < 1:
            raise TariffInputError(
                f"dependent children must be a whole number of at least 1 (the child in care): "
                f"{children!r}"
            )
        if not isinstance(self.multiple_birth, bool):
            raise TariffInputError("multiple birth must be true or false")
        if self.multiple_birth and children < 2:
            raise TariffInputError("twins or triplets means at least 2 dependent children")

    @property
    def income_cents(self) -> int:
        return euros_to_cents(self.joint_taxable_income)


@dataclass(frozen=True, slots=True)
class CarePlan:
    """The reserved days of a usual week (opvangplan), each with its hours of care.

    A half day is a day with fewer hours: ``CarePlan((Decimal(8), Decimal(8), Decimal(4)))``.
    """

    day_hours: tuple[Decimal, ...]

    def __post_init__(self) -> None:
        hours = tuple(check_hours(value) for value in self.day_hours)
        if not 1 <= len(hours) <= MAX_DAYS_PER_WEEK:
            raise TariffInputError(f"days a week must be 1 to 7: {len(hours)}")
        object.__setattr__(self, "day_hours", hours)

    @classmethod
    def uniform(cls, days_per_week: int, hours: Decimal | int | str) -> CarePlan:
        """``days_per_week`` days of ``hours`` hours each."""
        if isinstance(days_per_week, bool) or not isinstance(days_per_week, int):
            raise TariffInputError(f"days a week must be a whole number: {days_per_week!r}")
        if not 1 <= days_per_week <= MAX_DAYS_PER_WEEK:
            raise TariffInputError(f"days a week must be 1 to 7: {days_per_week}")
        return cls(tuple(check_hours(hours) for _ in range(days_per_week)))

    @property
    def days_per_week(self) -> int:
        return len(self.day_hours)

    @property
    def day_kinds(self) -> tuple[tuple[Decimal, int], ...]:
        """(hours, number of such days a week), longest days first."""
        counts = Counter(self.day_hours)
        return tuple(sorted(counts.items(), key=lambda item: -item[0]))


@dataclass(frozen=True, slots=True)
class DayPrice:
    """The price of one kind of day in the plan: ``count`` days a week of ``hours`` hours."""

    hours: Decimal
    count: int
    price: PriceRange


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures an estimate uses: the year's own, or borrowed from ``structure_year``."""

    year: int
    values: dict[str, Any]
    source_year: dict[str, int]
    borrowed: tuple[str, ...]

    def get(self, part: str) -> Any:
        return self.values.get(part)


def resolve_figures(own: YearParameters, structure: YearParameters | None = None) -> Figures:
    """Each part from ``own`` when published there, else from ``structure`` when given."""
    values: dict[str, Any] = {}
    source_year: dict[str, int] = {}
    borrowed: list[str] = []
    for part in PARTS:
        if own.has(part):
            values[part], source_year[part] = own.value(part), own.year
        elif structure is not None and structure.has(part):
            values[part], source_year[part] = structure.value(part), structure.year
            borrowed.append(part)
    return Figures(own.year, values, source_year, tuple(borrowed))


@dataclass(frozen=True, slots=True)
class Estimate:
    """An estimate of the price per day and, with a plan, of a week and a month of care.

    ``full_day_price`` is the price before the share for the hours of care (100%);
    ``daily_price`` the price for a day of ``hours_per_day`` hours. Every amount is a
    :class:`PriceRange`: exact when all figures it needs are published.
    """

    year: int
    structure_year: int | None
    household: Household
    hours_per_day: Decimal
    plan: CarePlan | None
    full_day_price: PriceRange
    daily_price: PriceRange
    day_prices: tuple[DayPrice, ...]
    weekly_price: PriceRange | None
    monthly_price: PriceRange | None
    standard_minimum_cents: int | None
    lowest_minimum_cents: int | None
    steps: tuple[Step, ...]
    warnings: tuple[Step, ...]
    sources: tuple[str, ...]

    @property
    def daily_price_cents(self) -> int | None:
        """The price for a day of ``hours_per_day`` hours in cents; None when not exact."""
        return self.daily_price.cents

    @property
    def monthly_price_cents(self) -> int | None:
        return None if self.monthly_price is None else self.monthly_price.cents


def _money(cents: int) -> PriceRange:
    return PriceRange.exact(cents)


def _edge_price(band: IncomeBand, income_cents: int) -> int:
    """The price of a known band at one of its edges."""
    if band.price_cents is not None:
        return band.price_cents
    assert band.rate is not None and band.cap_cents is not None
    return min(multiply(income_cents, band.rate), band.cap_cents)


def _band_price(figures: Figures, income: int, steps: list[Step]) -> PriceRange:
    bands: tuple[IncomeBand, ...] | None = figures.get("income_bands")
    if bands is None:
        steps.append(Step("income_bands_unknown", PriceRange.unknown(), {"year": figures.year}))
        return PriceRange.unknown()
    index = next(i for i, band in enumerate(bands) if band.contains(income))
    band = bands[index]
    edges: dict[str, Any] = {"band_from": _money(band.from_cents)}
    if band.to_cents is not None:
        edges["band_to"] = _money(band.to_cents)
    if band.is_unknown:
        below, above = bands[index - 1], bands[index + 1]
        assert below.to_cents is not None
        price = PriceRange(_edge_price(below, below.to_cents), _edge_price(above, above.from_cents))
        year = figures.source_year["income_bands"]
        steps.append(Step("income_band_unknown", price, {**edges, "year": year}))
        return price
    if band.price_cents is not None:
        price = _money(band.price_cents)
        steps.append(
            Step("income_band_top" if band.to_cents is None else "income_band_fixed", price, edges)
        )
        return price
    assert band.rate is not None and band.cap_cents is not None
    raw = multiply(income, band.rate)
    rate_values = {**edges, "income": _money(income), "rate": band.rate}
    steps.append(Step("income_band_rate", _money(raw), rate_values))
    cap = {"cap": _money(band.cap_cents), "before": _money(raw)}
    if raw > band.cap_cents:
        steps.append(Step("band_cap_applied", _money(band.cap_cents), cap))
        return _money(band.cap_cents)
    steps.append(Step("band_cap_not_reached", _money(raw), cap))
    return _money(raw)


def _not_below_zero(price: PriceRange, reduction: int) -> PriceRange:
    return price.map(lambda cents: max(cents - reduction, 0))


def _reductions(
    figures: Figures, household: Household, price: PriceRange, steps: list[Step]
) -> PriceRange:
    extra_children = household.dependent_children - 1
    if extra_children == 0:
        steps.append(Step("child_reduction_none", price))
    else:
        reduction: int | None = figures.get("child_reduction")
        values: dict[str, Any] = {"children": household.dependent_children}
        if reduction is None:
            price = PriceRange(None, price.high)
            values["year"] = figures.year
            steps.append(Step("child_reduction_unknown", price, values))
        else:
            total = extra_children * reduction
            price = _not_below_zero(price, total)
            values |= {
                "extra_children": extra_children,
                "reduction": _money(reduction),
                "total": _money(total),
            }
            steps.append(Step("child_reduction", price, values))
    if household.multiple_birth:
        reduction = figures.get("multiple_birth_reduction")
        if reduction is None:
            price = PriceRange(None, price.high)
            steps.append(Step("multiple_birth_reduction_unknown", price, {"year": figures.year}))
        else:
            price = _not_below_zero(price, reduction)
            steps.append(Step("multiple_birth_reduction", price, {"reduction": _money(reduction)}))
    return price


def _minimum(figures: Figures, price: PriceRange, steps: list[Step]) -> PriceRange:
    minimum: int | None = figures.get("standard_minimum")
    if minimum is not None:
        floored = price.at_least(minimum)
        key = "minimum_not_reached" if floored == price else "minimum_applied"
        year = figures.source_year["standard_minimum"]
        steps.append(Step(key, floored, {"minimum": _money(minimum), "year": year}))
        return floored
    # No published minimum: no floor, but a price of zero means "the minimum", which is unknown.
    if price.high == 0:
        price = PriceRange.unknown()
        steps.append(Step("minimum_unknown_no_price", price, {"year": figures.year}))
        return price
    if price.low == 0:
        price = PriceRange(None, price.high)
    steps.append(Step("minimum_unknown", price, {"year": figures.year}))
    return price


def _bucket(factor: DayLengthFactor) -> Phrase:
    lower = "none" if factor.from_hours == 0 else ("incl" if factor.from_included else "excl")
    upper = "none" if factor.to_hours == MAX_HOURS else ("incl" if factor.to_included else "excl")
    return Phrase(f"hours_{lower}_{upper}", {"from": factor.from_hours, "to": factor.to_hours})


def _day_price(
    figures: Figures, hours: Decimal, full_day: PriceRange, key: str
) -> tuple[PriceRange, Step]:
    factors: tuple[DayLengthFactor, ...] | None = figures.get("day_length_factors")
    if factors is None:
        values = {"hours": hours, "year": figures.year, "before": full_day}
        return PriceRange.unknown(), Step("day_length_unknown", PriceRange.unknown(), values)
    factor = next(f for f in factors if f.contains(hours))
    price = full_day.times(Decimal(factor.percent) / HUNDRED)
    values = {
        "hours": hours,
        "bucket": _bucket(factor),
        "percent": factor.percent,
        "before": full_day,
    }
    return price, Step(key, price, values)


def _year_warnings(own: YearParameters, structure: YearParameters | None, figures: Figures):
    """One warning for each year used whose figures are not all published."""
    warnings: list[Step] = []
    years = [(own, [part for part in PARTS if part in own.unknown])]
    if structure is not None and "income_bands" in figures.borrowed:
        years.append((structure, []))
    for parameters, parts in years:
        phrases = [Phrase(f"part_{part}") for part in parts]
        phrases += [
            Phrase(
                "part_unknown_band",
                {"band_from": _money(band.from_cents), "band_to": _money(band.to_cents or 0)},
            )
            for band in parameters.unknown_bands
        ]
        if phrases:
            values = {"year": parameters.year, "parts": tuple(phrases)}
            warnings.append(Step("year_incomplete", None, values))
    return warnings


def estimate(
    household: Household,
    *,
    year: int,
    hours_per_day: Decimal | int | str,
    plan: CarePlan | None = None,
    structure_year: int | None = None,
) -> Estimate:
    """Estimate the price per day for ``household`` in ``year``, and per month for ``plan``.

    ``structure_year`` borrows, explicitly and with a warning, every part that ``year`` does not
    publish from that year (e.g. the 2014 income bands for 2024). Raises
    :class:`~loket.domain.tariffs.parameters.UnknownYearError` for a year without a file and
    :class:`TariffInputError` for impossible input.
    """
    hours = check_hours(hours_per_day)
    own = load_year(year)
    structure = load_year(structure_year) if structure_year is not None else None
    figures = resolve_figures(own, structure)
    income = household.income_cents
    steps: list[Step] = [Step("income", None, {"income": _money(income)})]
    borrowed_steps = [
        Step(
            "part_borrowed",
            None,
            {"part": Phrase(f"part_{part}"), "year": year, "structure_year": structure_year},
        )
        for part in figures.borrowed
    ]
    steps += borrowed_steps
    price = _band_price(figures, income, steps)
    maximum: int | None = figures.get("maximum")
    if maximum is not None and price.at_most(maximum) != price:
        price = price.at_most(maximum)
        values = {"maximum": _money(maximum), "year": figures.source_year["maximum"]}
        steps.append(Step("maximum_applied", price, values))
    price = _reductions(figures, household, price, steps)
    full_day = _minimum(figures, price, steps)
    daily, day_step = _day_price(figures, hours, full_day, "day_length")
    steps.append(day_step)

    day_prices: list[DayPrice] = []
    weekly = monthly = None
    if plan is not None:
        week_steps: list[Step] = []
        for day_hours, count in plan.day_kinds:
            if day_hours == hours:
                day_price = daily
            else:
                day_price, step = _day_price(figures, day_hours, full_day, "plan_day_length")
                steps.append(step)
            day_prices.append(DayPrice(day_hours, count, day_price))
            total = day_price.map(lambda cents, n=count: cents * n)
            values = {"count": count, "hours": day_hours, "price": day_price}
            week_steps.append(Step("week_days", total, values))
            weekly = total if weekly is None else weekly + total
        assert weekly is not None
        steps += week_steps
        if len(week_steps) > 1:
            steps.append(Step("week_total", weekly))
        monthly = weekly.map(
            lambda cents: round_cents(Decimal(cents) * WEEKS_PER_YEAR / MONTHS_PER_YEAR)
        )
        steps.append(Step("month", monthly, {"week": weekly}))
    steps.append(Step("official_price"))

    warnings = _year_warnings(own, structure, figures) + borrowed_steps
    if not daily.is_exact:
        warnings.append(Step("price_unknown", daily))
    used = [own] if structure is None or not figures.borrowed else [own, structure]
    sources = tuple(f"{parameters.year}: {parameters.source}" for parameters in used)
    return Estimate(
        year=year,
        structure_year=structure_year,
        household=household,
        hours_per_day=hours,
        plan=plan,
        full_day_price=full_day,
        daily_price=daily,
        day_prices=tuple(day_prices),
        weekly_price=weekly,
        monthly_price=monthly,
        standard_minimum_cents=figures.get("standard_minimum"),
        lowest_minimum_cents=figures.get("lowest_minimum"),
        steps=tuple(steps),
        warnings=tuple(warnings),
        sources=sources,
    )
