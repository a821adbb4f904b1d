"""``python -m loket.tariffs`` as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[4]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(  # noqa: S603 (our own module, arguments written in this file)
        [sys.executable, "-m", "loket.tariffs", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


BASE = ["estimate", "--year", "2014", "--income", "50000", "--dependent-children", "2"]


def test_the_example_command():
    result = run(*BASE, "--hours", "8")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # 50,000 × 0.00038 = 19.00; - 3.14 = 15.86; 8 h: 100%
    assert data["daily_price"] == 15.86
    assert data["daily_price_cents"] == 1586
    assert data["year"] == 2014
    assert [s["key"] for s in data["steps"]] == [
        "income",
        "income_band_rate",
        "band_cap_not_reached",
        "child_reduction",
        "minimum_unknown",
        "day_length",
        "official_price",
    ]
    assert data["steps"][3]["amount"] == 15.86
    assert data["steps"][0]["text"].startswith("Het gezamenlijk belastbaar inkomen")
    assert data["warnings"][0]["key"] == "year_incomplete"


def test_plan_multiple_birth_and_language():
    result = run(
        *BASE, "--hours", "8", "--multiple-birth", "--days-per-week", "3", "--language", "en"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # 19.00 - 3.14 - 3.14 = 12.72; 3 days: 38.16 a week; 38.16 × 52 ÷ 12 = 165.36
    assert data["daily_price"] == 12.72
    assert data["monthly_price"] == 165.36
    assert data["monthly_price_cents"] == 16536
    assert data["respite_days"] == {"exact": 10.8, "at_least": 11}
    assert data["booking"][0]["text"].startswith("'Bestellen is betalen'")
    assert data["language"] == "en"


def test_unknown_price_prints_null_with_the_range():
    result = run(
        "estimate",
        "--year",
        "2014",
        "--income",
        "80000",
        "--dependent-children",
        "1",
        "--hours",
        "8",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["daily_price"] is None
    assert data["daily_price_range"] == {"low": 22.15, "high": 27.71}


def test_structure_year_and_guidance():
    result = run(
        "estimate",
        "--year",
        "2024",
        "--structure-year",
        "2014",
        "--income",
        "50000",
        "--dependent-children",
        "1",
        "--hours",
        "8",
        "--cannot-pay",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["daily_price"] == 19.0
    assert "part_borrowed" in [w["key"] for w in data["warnings"]]
    assert data["reduced_tariffs"]["may_apply"] == ["individual_reduced_tariff", "ocmw_tariff"]
    # half of 19.00 = 9.50 (not below 6.24), 6.24, 1.97
    assert [lvl["amount"] for lvl in data["reduced_tariffs"]["ocmw_levels"]] == [9.5, 6.24, 1.97]


def test_years_command():
    result = run("years")
    assert result.returncode == 0, result.stderr
    years = json.loads(result.stdout)["years"]
    assert [y["year"] for y in years] == [2014, 2015, 2016, 2017, 2024]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--income", "-1", "--dependent-children", "1", "--hours", "8"], "negative"),
        (["--income", "1000", "--dependent-children", "1", "--hours", "0"], "more than 0"),
        (["--income", "1000", "--dependent-children", "1", "--hours", "25"], "at most 24"),
        (["--income", "1000", "--dependent-children", "0", "--hours", "8"], "at least 1"),
        (
            ["--income", "1000", "--dependent-children", "1", "--hours", "8", "--multiple-birth"],
            "at least 2",
        ),
        (["--income", "50.000,00", "--dependent-children", "1", "--hours", "8"], "not a number"),
        (["--income", "50.000", "--dependent-children", "1", "--hours", "8"], "two decimals"),
        (
            [
                "--income",
                "1000",
                "--dependent-children",
                "1",
                "--hours",
                "8",
                "--days-per-week",
                "8",
            ],
            "1 to 7",
        ),
        (
            ["--income", "1000", "--dependent-children", "1", "--hours", "8", "--language", "de"],
            "invalid choice",
        ),
    ],
)
def test_bad_input_exits_2_with_a_message(args, message):
    result = run("estimate", "--year", "2014", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "years",
    [["--year", "2013"], ["--year", "2024", "--structure-year", "2013"]],
)
def test_a_year_without_figures_exits_2(years):
    family = ["--income", "1000", "--dependent-children", "1", "--hours", "8"]
    result = run("estimate", *years, *family)
    assert result.returncode == 2
    assert "no tariff figures for 2013" in result.stderr
    assert result.stdout == ""


def test_the_domain_package_imports_no_django():
    code = "import sys, loket.domain.tariffs, loket.tariffs; print('django' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run(  # noqa: S603 (fixed code written in this file)
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "False"
