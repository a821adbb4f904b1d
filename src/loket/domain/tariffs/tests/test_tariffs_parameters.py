"""The yearly parameter files: what they publish, and that a wrong file is refused."""

from __future__ import annotations

import copy
import tomllib
from decimal import Decimal
from importlib import resources

import pytest

from loket.domain.tariffs.parameters import (
    ParameterFileError,
    UnknownYearError,
    available_years,
    load_respite_rule,
    load_year,
    parse_year,
)


def raw_year(year: int) -> dict:
    text = resources.files("loket.domain.tariffs").joinpath(f"data/{year}.toml").read_text("utf-8")
    return tomllib.loads(text, parse_float=Decimal)


def test_shipped_years_are_the_published_ones():
    assert available_years() == (2014, 2015, 2016, 2017, 2024)


@pytest.mark.parametrize("year", [2014, 2015, 2016, 2017, 2024])
def test_every_year_names_its_source_and_lists_every_part(year):
    parameters = load_year(year)
    assert parameters.year == year
    assert "FLANDERS.md" in parameters.source
    listed = parameters.known | parameters.partly_known | parameters.unknown
    assert len(listed) == 7


def test_2014_figures_as_published():
    p = load_year(2014)
    bands = [(b.from_cents, b.to_cents, b.rate, b.cap_cents, b.price_cents) for b in p.income_bands]
    assert bands == [
        (0, 4177497, Decimal("0.000385"), 1588, None),
        (4177498, 5972214, Decimal("0.000380"), 2095, None),
        (5972215, 6347214, None, None, 2155),
        (6347215, 6717214, None, None, 2215),
        (6717215, 10047214, None, None, None),
        (10047215, None, None, None, 2771),
    ]
    assert p.income_bands[4].is_unknown
    assert (p.maximum_cents, p.child_reduction_cents, p.multiple_birth_reduction_cents) == (
        2771,
        314,
        314,
    )
    assert p.standard_minimum_cents is None and p.lowest_minimum_cents is None
    assert p.unknown == {"standard_minimum", "lowest_minimum"}
    assert p.partly_known == {"income_bands"}
    assert [f.percent for f in p.day_length_factors] == [40, 60, 100, 120]


@pytest.mark.parametrize(
    ("year", "minimum", "lowest", "maximum", "child"),
    [
        (2015, 156, None, None, None),
        (2016, 502, None, None, None),
        (2017, 507, None, 2813, 318),
        (2024, 624, 197, None, None),
    ],
)
def test_later_years_hold_only_the_published_amounts(year, minimum, lowest, maximum, child):
    p = load_year(year)
    assert p.standard_minimum_cents == minimum
    assert p.lowest_minimum_cents == lowest
    assert p.maximum_cents == maximum
    assert p.child_reduction_cents == child
    assert p.income_bands is None and p.day_length_factors is None
    assert "income_bands" in p.unknown and "day_length_factors" in p.unknown


def test_a_year_without_file_is_refused_with_the_years_that_exist():
    with pytest.raises(UnknownYearError, match="2013.*2014, 2015, 2016, 2017, 2024"):
        load_year(2013)


def test_respite_rule():
    rule = load_respite_rule()
    assert (rule.full_time_days_per_week, rule.days_per_year) == (5, 18)
    assert "FLANDERS.md" in rule.source


def broken(change) -> dict:
    data = copy.deepcopy(raw_year(2014))
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("source"), "missing key"),
        (lambda d: d.update(source="  "), "must name its source"),
        (lambda d: d.update(surprise=1), "unknown key"),
        (lambda d: d["unknown"].append("maximum"), "exactly once"),
        (lambda d: d["unknown"].remove("lowest_minimum"), "exactly once"),
        (lambda d: d.update(standard_minimum=Decimal("1.50")), "given in the file"),
        (lambda d: d.pop("maximum"), "missing from the file"),
        (lambda d: d.update(maximum=Decimal("27.715")), "more than two decimals"),
        (lambda d: d.update(maximum=Decimal("-1")), "negative"),
        (lambda d: d["income_bands"][1].update({"from": Decimal("41774.99")}), "one cent after"),
        (lambda d: d["income_bands"][0].update({"from": Decimal("1")}), "start at 0"),
        (lambda d: d["income_bands"][-1].update(to=Decimal("200000")), "no 'to'"),
        (lambda d: d["income_bands"][0].pop("cap"), "needs a cap"),
        (lambda d: d["income_bands"][2].update(rate=Decimal("0.1")), "exactly one of"),
        (lambda d: d["income_bands"][4].update(unknown=False), "unknown must be true"),
        (lambda d: d["income_bands"][4].update(unknown=True, price=Decimal(25)), "exactly one"),
        (
            lambda d: d.update(partly_known=[], known=[*d["known"], "income_bands"]),
            "partly known exactly when",
        ),
        (lambda d: d["day_length_factors"][1].update(from_included=False), "exactly one day"),
        (lambda d: d["day_length_factors"][1].update(from_hours=4), "without gaps"),
        (lambda d: d["day_length_factors"][0].update(from_included=True), "above 0 hours"),
        (lambda d: d["day_length_factors"][-1].update(to_hours=23), "24 hours"),
        (lambda d: d["day_length_factors"][0].update(percent=0), "positive whole number"),
    ],
)
def test_a_wrong_file_is_refused(change, message):
    with pytest.raises(ParameterFileError, match=message):
        parse_year(broken(change))


def test_an_unknown_band_needs_known_neighbours():
    def change(data):
        data["income_bands"][3] = {
            "from": data["income_bands"][3]["from"],
            "to": data["income_bands"][3]["to"],
            "unknown": True,
        }

    with pytest.raises(ParameterFileError, match="known band on each side"):
        parse_year(broken(change))
