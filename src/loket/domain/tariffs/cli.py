"""Command line: ``python -m loket.tariffs estimate --year 2014 --income 50000 ...``.

Prints the estimate as JSON on stdout. Input that cannot describe a family (negative income,
0 hours, a year without figures, ...) exits with code 2 and a message on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from .calculation import CarePlan, Household, TariffInputError, estimate
from .explain import DEFAULT_LANGUAGE, LANGUAGES
from .parameters import UnknownYearError, available_years, load_year
from .reduced import FamilySituation, reduced_tariff_guidance
from .serialize import estimate_to_dict, guidance_to_dict


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(
            f"not a number: {text!r} (use a dot for cents and no thousands separators)"
        ) from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return value


def _income(text: str) -> Decimal:
    value = _decimal(text)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        # "50.000" is fifty thousand to a Flemish eye: refuse rather than read 50 euro.
        raise argparse.ArgumentTypeError(
            f"{text!r} has more than two decimals: write euro with a dot for cents and no "
            "thousands separators, e.g. 50000 or 50000.00"
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m loket.tariffs",
        description="Estimate the income-related price per day of childcare (inkomenstarief).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    est = commands.add_parser("estimate", help="estimate the price per day (and per month)")
    est.add_argument("--year", type=int, required=True, help="year of the figures")
    est.add_argument(
        "--income",
        type=_income,
        required=True,
        help="joint taxable income of the parents for a year, in euro (e.g. 50000 or 50000.00)",
    )
    est.add_argument(
        "--dependent-children",
        type=int,
        required=True,
        help="dependent children, the child in care included",
    )
    est.add_argument("--hours", type=_decimal, required=True, help="hours of care a day")
    est.add_argument("--multiple-birth", action="store_true", help="twins or triplets")
    est.add_argument("--days-per-week", type=int, help="days reserved a week (for the month)")
    est.add_argument(
        "--structure-year",
        type=int,
        help="borrow the parts the year does not publish from this year (said in the steps)",
    )
    est.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE)
    est.add_argument("--leefloon", action="store_true", help="guidance: receives a leefloon")
    est.add_argument(
        "--income-drop", action="store_true", help="guidance: income 20%% lower for 3 months"
    )
    est.add_argument("--cannot-pay", action="store_true", help="guidance: cannot pay the price")
    commands.add_parser("years", help="list the years with figures and what they publish")
    return parser


def _estimate(args: argparse.Namespace) -> dict:
    household = Household(
        joint_taxable_income=args.income,
        dependent_children=args.dependent_children,
        multiple_birth=args.multiple_birth,
    )
    plan = None if args.days_per_week is None else CarePlan.uniform(args.days_per_week, args.hours)
    result = estimate(
        household,
        year=args.year,
        hours_per_day=args.hours,
        plan=plan,
        structure_year=args.structure_year,
    )
    data = estimate_to_dict(result, args.language)
    if args.leefloon or args.income_drop or args.cannot_pay:
        situation = FamilySituation(
            social_integration_income=args.leefloon,
            income_dropped_20_percent_for_3_months=args.income_drop,
            cannot_pay=args.cannot_pay,
        )
        data["reduced_tariffs"] = guidance_to_dict(
            reduced_tariff_guidance(situation, result), args.language
        )
    return data


def _years() -> dict:
    return {
        "years": [
            {
                "year": p.year,
                "source": p.source,
                "known": sorted(p.known),
                "partly_known": sorted(p.partly_known),
                "unknown": sorted(p.unknown),
            }
            for p in map(load_year, available_years())
        ]
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        data = _estimate(args) if args.command == "estimate" else _years()
    except (TariffInputError, UnknownYearError) as error:
        parser.exit(2, f"{parser.prog}: error: {error}\n")
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
