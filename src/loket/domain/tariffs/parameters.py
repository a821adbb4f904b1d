"""Yearly parameters of the income-related price per day (parameters inkomenstarief).

One TOML file a year in ``data/<year>.toml`` names its source and lists each part of the figures
as known, partly known or unknown. A part that is not published is absent from the file: the
estimate never fills it in. :func:`parse_year` checks a file completely, so a wrong file fails
when it is loaded, not in the middle of an estimate.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any

from .money import euros_to_cents

#: The parts of a year's figures, in the order an estimate uses them.
PARTS: tuple[str, ...] = (
    "income_bands",  # inkomensschijven
    "maximum",  # maximumprijs
    "child_reduction",  # korting per bijkomend kind ten laste
    "multiple_birth_reduction",  # extra korting voor een meerling
    "standard_minimum",  # standaardminimum
    "lowest_minimum",  # laagste minimum
    "day_length_factors",  # percentage volgens de duur van de opvang
)
MONEY_PARTS: tuple[str, ...] = (
    "maximum",
    "child_reduction",
    "multiple_birth_reduction",
    "standard_minimum",
    "lowest_minimum",
)
MAX_HOURS = Decimal(24)
_YEAR_FILE = re.compile(r"^(\d{4})\.toml$")


class ParameterFileError(ValueError):
    """A parameter file that does not follow the format of docs/domain/tariffs.md."""


class UnknownYearError(ValueError):
    """No parameter file for the year asked."""


@dataclass(frozen=True, slots=True)
class IncomeBand:
    """An income band (inkomensschijf): incomes from ``from_cents`` to ``to_cents``, both included.

    Exactly one of: a ``rate`` with its ``cap_cents``, a fixed ``price_cents``, or neither when
    the price for the band is not published (``is_unknown``). ``to_cents`` is None for the top band.
    """

    from_cents: int
    to_cents: int | None
    rate: Decimal | None = None
    cap_cents: int | None = None
    price_cents: int | None = None

    @property
    def is_unknown(self) -> bool:
        return self.rate is None and self.price_cents is None

    def contains(self, income_cents: int) -> bool:
        return self.from_cents <= income_cents and (
            self.to_cents is None or income_cents <= self.to_cents
        )


@dataclass(frozen=True, slots=True)
class DayLengthFactor:
    """The share of the price per day paid for a day of so many hours of care."""

    from_hours: Decimal
    from_included: bool
    to_hours: Decimal
    to_included: bool
    percent: int

    def contains(self, hours: Decimal) -> bool:
        above = hours >= self.from_hours if self.from_included else hours > self.from_hours
        below = hours <= self.to_hours if self.to_included else hours < self.to_hours
        return above and below


@dataclass(frozen=True, slots=True)
class YearParameters:
    """The published figures of one year; None for a part that is not published."""

    year: int
    source: str
    notes: str
    known: frozenset[str]
    partly_known: frozenset[str]
    unknown: frozenset[str]
    income_bands: tuple[IncomeBand, ...] | None = None
    maximum_cents: int | None = None
    child_reduction_cents: int | None = None
    multiple_birth_reduction_cents: int | None = None
    standard_minimum_cents: int | None = None
    lowest_minimum_cents: int | None = None
    day_length_factors: tuple[DayLengthFactor, ...] | None = None

    def has(self, part: str) -> bool:
        """True when the part is published, fully or partly."""
        return part in self.known or part in self.partly_known

    def value(self, part: str) -> Any:
        """The figure of ``part`` (cents, bands or factors); None when not published."""
        return getattr(self, f"{part}_cents" if part in MONEY_PARTS else part)

    @property
    def unknown_bands(self) -> tuple[IncomeBand, ...]:
        return tuple(b for b in self.income_bands or () if b.is_unknown)


@dataclass(frozen=True, slots=True)
class RespiteRule:
    """Respite days (respijtdagen): ``days_per_year`` for a plan of ``full_time_days_per_week``."""

    source: str
    full_time_days_per_week: int
    days_per_year: int


def _check_keys(data: Mapping[str, Any], allowed: set[str], required: set[str], what: str) -> None:
    extra = sorted(set(data) - allowed)
    if extra:
        raise ParameterFileError(f"{what}: unknown key(s) {', '.join(extra)}")
    missing = sorted(required - set(data))
    if missing:
        raise ParameterFileError(f"{what}: missing key(s) {', '.join(missing)}")


def _money(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise ParameterFileError(f"{what} must be an amount in euro, not {value!r}")
    try:
        cents = euros_to_cents(Decimal(value), what)
    except ValueError as error:
        raise ParameterFileError(str(error)) from None
    if cents < 0:
        raise ParameterFileError(f"{what} must not be negative")
    return cents


def _hours(value: Any, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise ParameterFileError(f"{what} must be a number of hours, not {value!r}")
    return Decimal(value)


def _flag(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise ParameterFileError(f"{what} must be true or false, not {value!r}")
    return value


def _parse_band(data: Mapping[str, Any], what: str) -> IncomeBand:
    _check_keys(data, {"from", "to", "rate", "cap", "price", "unknown"}, {"from"}, what)
    kinds = [key for key in ("rate", "price", "unknown") if key in data]
    if len(kinds) != 1:
        raise ParameterFileError(f"{what}: give exactly one of rate (with cap), price or unknown")
    if ("rate" in data) != ("cap" in data):
        raise ParameterFileError(f"{what}: a rate needs a cap and a cap needs a rate")
    if "unknown" in data and data["unknown"] is not True:
        raise ParameterFileError(f"{what}: unknown must be true (leave it out otherwise)")
    rate = data.get("rate")
    if rate is not None and (not isinstance(rate, Decimal) or rate <= 0):
        raise ParameterFileError(f"{what}: rate must be a positive decimal number")
    return IncomeBand(
        from_cents=_money(data["from"], f"{what} from"),
        to_cents=_money(data["to"], f"{what} to") if "to" in data else None,
        rate=rate,
        cap_cents=_money(data["cap"], f"{what} cap") if "cap" in data else None,
        price_cents=_money(data["price"], f"{what} price") if "price" in data else None,
    )


def _check_bands(bands: tuple[IncomeBand, ...], year: int) -> None:
    if not bands or bands[0].from_cents != 0:
        raise ParameterFileError(f"{year}: the first income band must start at 0")
    for number, (band, following) in enumerate(zip(bands, bands[1:], strict=False), start=1):
        if band.to_cents is None or following.from_cents != band.to_cents + 1:
            raise ParameterFileError(
                f"{year}: income band {number + 1} must start one cent after band {number} ends"
            )
    if bands[-1].to_cents is not None:
        raise ParameterFileError(f"{year}: the last income band must have no 'to'")
    for number, band in enumerate(bands, start=1):
        if band.is_unknown and (number in (1, len(bands)) or bands[number].is_unknown):
            raise ParameterFileError(
                f"{year}: unknown income band {number} needs a known band on each side"
            )


def _parse_factor(data: Mapping[str, Any], what: str) -> DayLengthFactor:
    keys = {"from_hours", "from_included", "to_hours", "to_included", "percent"}
    _check_keys(data, keys, keys, what)
    percent = data["percent"]
    if isinstance(percent, bool) or not isinstance(percent, int) or percent <= 0:
        raise ParameterFileError(f"{what}: percent must be a positive whole number")
    return DayLengthFactor(
        from_hours=_hours(data["from_hours"], f"{what} from_hours"),
        from_included=_flag(data["from_included"], f"{what} from_included"),
        to_hours=_hours(data["to_hours"], f"{what} to_hours"),
        to_included=_flag(data["to_included"], f"{what} to_included"),
        percent=percent,
    )


def _check_factors(factors: tuple[DayLengthFactor, ...], year: int) -> None:
    """The buckets must cover every day length above 0 h up to 24 h once, in order."""
    if not factors:
        raise ParameterFileError(f"{year}: day_length_factors is empty")
    first, last = factors[0], factors[-1]
    if first.from_hours != 0 or first.from_included:
        raise ParameterFileError(f"{year}: the first day length must start above 0 hours")
    if last.to_hours != MAX_HOURS or not last.to_included:
        raise ParameterFileError(f"{year}: the last day length must end at 24 hours included")
    for factor, following in zip(factors, factors[1:], strict=False):
        if following.from_hours != factor.to_hours or following.from_hours <= factor.from_hours:
            raise ParameterFileError(f"{year}: day lengths must follow each other without gaps")
        if following.from_included == factor.to_included:
            raise ParameterFileError(
                f"{year}: {factor.to_hours} hours must belong to exactly one day length"
            )


def parse_year(data: Mapping[str, Any]) -> YearParameters:
    """Check a parsed year file (amounts as Decimal) and return its parameters."""
    fields = {"year", "source", "notes", "known", "partly_known", "unknown", *PARTS}
    _check_keys(data, fields, {"year", "source", "known", "partly_known", "unknown"}, "year file")
    year = data["year"]
    if isinstance(year, bool) or not isinstance(year, int):
        raise ParameterFileError(f"year must be a whole number, not {year!r}")
    source = data["source"]
    if not isinstance(source, str) or not source.strip():
        raise ParameterFileError(f"{year}: every year file must name its source")
    lists = {}
    for name in ("known", "partly_known", "unknown"):
        value = data[name]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ParameterFileError(f"{year}: {name} must be a list of part names")
        lists[name] = frozenset(value)
    listed = [part for value in lists.values() for part in value]
    if sorted(listed) != sorted(PARTS):
        raise ParameterFileError(
            f"{year}: list each of {', '.join(PARTS)} exactly once"
            " in known, partly_known or unknown"
        )
    for part in PARTS:
        published = part in lists["known"] or part in lists["partly_known"]
        if published != (part in data):
            raise ParameterFileError(
                f"{year}: {part} is listed as {'published' if published else 'unknown'}"
                f" but is {'missing from' if published else 'given in'} the file"
            )
    if lists["partly_known"] - {"income_bands"}:
        raise ParameterFileError(f"{year}: only income_bands can be partly known")
    values: dict[str, Any] = {
        f"{part}_cents": _money(data[part], f"{year} {part}")
        for part in MONEY_PARTS
        if part in data
    }
    if "income_bands" in data:
        bands = tuple(
            _parse_band(band, f"{year} income band {number}")
            for number, band in enumerate(data["income_bands"], start=1)
        )
        _check_bands(bands, year)
        partly = any(band.is_unknown for band in bands)
        if partly != ("income_bands" in lists["partly_known"]):
            raise ParameterFileError(
                f"{year}: income_bands is partly known exactly when a band is marked unknown"
            )
        values["income_bands"] = bands
    if "day_length_factors" in data:
        factors = tuple(
            _parse_factor(factor, f"{year} day length {number}")
            for number, factor in enumerate(data["day_length_factors"], start=1)
        )
        _check_factors(factors, year)
        values["day_length_factors"] = factors
    return YearParameters(
        year=year,
        source=" ".join(source.split()),
        notes=" ".join(str(data.get("notes", "")).split()),
        known=lists["known"],
        partly_known=lists["partly_known"],
        unknown=lists["unknown"],
        **values,
    )


def _data_dir():
    return resources.files(__package__).joinpath("data")


def _read_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(
        _data_dir().joinpath(name).read_text(encoding="utf-8"), parse_float=Decimal
    )


@functools.cache
def available_years() -> tuple[int, ...]:
    """The years that have a parameter file, in order."""
    names = (entry.name for entry in _data_dir().iterdir())
    return tuple(sorted(int(m.group(1)) for m in map(_YEAR_FILE.match, names) if m))


@functools.cache
def load_year(year: int) -> YearParameters:
    """The parameters of ``year``; :class:`UnknownYearError` when there is no file for it."""
    if year not in available_years():
        years = ", ".join(map(str, available_years()))
        raise UnknownYearError(f"no tariff figures for {year}; years with figures: {years}")
    parameters = parse_year(_read_toml(f"{year}.toml"))
    if parameters.year != year:
        raise ParameterFileError(f"{year}.toml says year = {parameters.year}")
    return parameters


@functools.cache
def load_respite_rule() -> RespiteRule:
    """The respite-day rule from ``data/respite.toml``."""
    data = _read_toml("respite.toml")
    keys = {"source", "full_time_days_per_week", "days_per_year"}
    _check_keys(data, keys, keys, "respite.toml")
    for key in ("full_time_days_per_week", "days_per_year"):
        if isinstance(data[key], bool) or not isinstance(data[key], int) or data[key] < 1:
            raise ParameterFileError(f"respite.toml: {key} must be a positive whole number")
    return RespiteRule(
        source=" ".join(data["source"].split()),
        full_time_days_per_week=data["full_time_days_per_week"],
        days_per_year=data["days_per_year"],
    )
