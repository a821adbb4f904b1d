"""Command line: ``python -m loket.allocation solve | verify | generate`` (contract allocation-v1).

Exit codes: 0 success (``verify``: every property holds), 1 ``verify`` found violations,
2 malformed input (bad JSON, an instance or result that does not follow the contract, bad
arguments); the message names the offending item.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .generate import generate_instance
from .instance import ValidationError, load_instance
from .solver import solve
from .verify import ResultFormatError, verify

EXIT_OK, EXIT_VIOLATIONS, EXIT_BAD_INPUT = 0, 1, 2


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{path}: bad JSON: not UTF-8 text") from None


def _write(data: Any, path: str | None) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if path is None or path == "-":
        sys.stdout.write(text)
    else:
        Path(path).write_text(text, encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m loket.allocation",
        description="Allocate childcare places (contract allocation-v1), check or generate rounds.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("solve", help="allocate: write the result (JSON) of an instance")
    p.add_argument("instance", help="instance JSON file ('-' for standard input)")
    p.add_argument("-o", "--output", help="result file (default: standard output)")
    p.add_argument(
        "--plain-da",
        action="store_true",
        help="plain deferred acceptance, without the repair pass for part-time plans",
    )

    p = sub.add_parser("verify", help="check a result: feasible, individually rational, stable")
    p.add_argument("instance")
    p.add_argument("result")

    p = sub.add_parser("generate", help="write a random, realistic instance (JSON)")
    p.add_argument("--children", type=int, required=True)
    p.add_argument("--locations", type=int, required=True)
    p.add_argument("--choices", type=int, required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--reserves", action="store_true", help="reserve places for vulnerable children")
    p.add_argument("--part-time", action="store_true", help="weekly plans of 2 to 5 days")
    p.add_argument("-o", "--output", help="instance file (default: standard output)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "solve":
            instance = load_instance(_read(args.instance))
            result = solve(instance, repair=not args.plain_da)
            _write(result.to_dict(), args.output)
            assigned = sum(1 for v in result.assignments.values() if v is not None)
            stats = result.stats
            extra = ""
            if stats is not None and stats.blocking_pairs is not None:
                extra = (
                    f", blocking pairs {stats.blocking_pairs} (plain DA {stats.blocking_pairs_da})"
                )
            print(
                f"placed {assigned} of {len(result.assignments)} children{extra}", file=sys.stderr
            )
            return EXIT_OK
        if args.command == "verify":
            instance = load_instance(_read(args.instance))
            try:
                result = json.loads(_read(args.result))
            except json.JSONDecodeError as exc:
                raise ResultFormatError(f"{args.result}: bad JSON: {exc}") from None
            report = verify(instance, result)
            for line in report.lines:
                print(line)
            print(report.summary())
            return EXIT_OK if report.ok else EXIT_VIOLATIONS
        if args.command == "generate":
            if args.children < 0 or args.locations < 1 or args.choices < 1:
                raise ValidationError(
                    "generate: need --children >= 0, --locations >= 1, --choices >= 1"
                )
            data = generate_instance(
                args.children,
                args.locations,
                args.choices,
                args.seed,
                reserves=args.reserves,
                part_time=args.part_time,
            )
            _write(data, args.output)
            return EXIT_OK
    except (ValidationError, ResultFormatError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_BAD_INPUT  # pragma: no cover - argparse requires a command
