"""Independent checker of a result against contract allocation-v1 (controle van een toewijzing).

This module shares nothing with the solver but the instance parser: it computes priorities,
reserved seats and the choice rule again, straight from the contract text, in the plainest way
(dictionaries of day counts, sorting by a tuple key), so that a bug in the engine's packed
counters or prefix states cannot hide itself.

Checked: (1) feasible, (2) individually rational, (3) stable: no blocking pair. Determinism
(property 4) needs the solver; the test suite checks it by solving shuffled copies.
"""

from __future__ import annotations

import math
from bisect import insort
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from .instance import Child, Instance, Location


class ResultFormatError(ValueError):
    """The result document itself is malformed (not a list of violations: exit code 2)."""


@dataclass(slots=True)
class VerifyReport:
    """Violations found, one line each, and the counts per property."""

    lines: list[str] = field(default_factory=list)
    infeasible: int = 0
    irrational: int = 0
    blocking_pairs: int = 0

    @property
    def ok(self) -> bool:
        return not (self.infeasible or self.irrational or self.blocking_pairs)

    def summary(self) -> str:
        return (
            f"violations: infeasible={self.infeasible} irrational={self.irrational} "
            f"blocking_pairs={self.blocking_pairs}"
        )


def _reserve(location: Location, day: str) -> int:
    # r[d] = ceil(reserve_share * capacity[d]), on the share as written (0.1 means 1/10).
    return math.ceil(Fraction(repr(location.reserve_share)) * location.capacity[day])


def _tier(child: Child, location: Location) -> int:
    # Index of the first tier containing one of the child's groups; "sibling" counts only when
    # the location is in siblings_at; no tier gives len(priority_tiers).
    groups = set(child.groups)
    if location.id not in child.siblings_at:
        groups.discard("sibling")
    for index, tier in enumerate(location.priority_tiers):
        if groups.intersection(tier):
            return index
    return len(location.priority_tiers)


def choose(
    applicants: list[tuple[Any, Child]], location: Location, reserve: Mapping[str, int]
) -> set[str]:
    """The contract's choice rule on ``applicants`` (sorted best first): ids of those kept."""
    kept: set[str] = set()
    used: dict[str, int] = dict.fromkeys(location.capacity, 0)
    # Open pass.
    for _, child in applicants:
        if all(used[d] < location.capacity[d] - reserve[d] for d in child.days):
            kept.add(child.id)
            for d in child.days:
                used[d] += 1
    # Reserved pass: its own counter, vulnerable children only.
    used_reserved: dict[str, int] = dict.fromkeys(location.capacity, 0)
    for _, child in applicants:
        if child.id in kept or not child.vulnerable:
            continue
        if all(used_reserved[d] < reserve[d] for d in child.days):
            kept.add(child.id)
            for d in child.days:
                used_reserved[d] += 1
                used[d] += 1
    # Reversion pass: up to the capacity, counting everybody kept.
    for _, child in applicants:
        if child.id in kept:
            continue
        if all(used[d] < location.capacity[d] for d in child.days):
            kept.add(child.id)
            for d in child.days:
                used[d] += 1
    return kept


def verify(instance: Instance, result: Mapping[str, Any]) -> VerifyReport:
    """Check a result document (decoded JSON) against the instance."""
    if not isinstance(result, Mapping):
        raise ResultFormatError("result: expected a JSON object")
    if result.get("schema_version") != 1:
        raise ResultFormatError(
            f"result: schema_version must be 1, got {result.get('schema_version')!r}"
        )
    assignments = result.get("assignments")
    if not isinstance(assignments, Mapping):
        raise ResultFormatError("result: assignments must be an object of child id: location")
    children = {c.id: c for c in instance.children}
    locations = {loc.id: loc for loc in instance.locations}
    for cid in sorted(assignments):
        if cid not in children:
            raise ResultFormatError(f"result: unknown child {cid!r} in assignments")
        value = assignments[cid]
        if value is not None and not isinstance(value, str):
            raise ResultFormatError(f"result: child {cid!r} must map to a location id or null")
    for cid in sorted(children):
        if cid not in assignments:
            raise ResultFormatError(f"result: child {cid!r} is missing from assignments")

    report = VerifyReport()
    # Individually rational.
    outcome: dict[str, str | None] = {}
    for cid in sorted(children):
        child = children[cid]
        lid = assignments[cid]
        if lid is not None and lid not in child.preferences:
            report.irrational += 1
            report.lines.append(
                f"irrational: child {cid} is assigned to {lid}, which is not in its preferences"
            )
            # It still takes a place there (when the location exists), and for stability it is
            # compared with every location it ranked.
            lid = lid if lid in locations else None
        outcome[cid] = lid

    members: dict[str, list[Child]] = {lid: [] for lid in locations}
    for cid in sorted(outcome):
        lid = outcome[cid]
        if lid is not None:
            members[lid].append(children[cid])

    # Feasible.
    for lid in sorted(locations):
        loc = locations[lid]
        for day in instance.weekdays:
            count = sum(1 for c in members[lid] if day in c.days)
            if count > loc.capacity[day]:
                report.infeasible += 1
                report.lines.append(
                    f"infeasible: location {lid} has {count} children on {day} "
                    f"for a capacity of {loc.capacity[day]}"
                )

    # Stable: no child c and location l that c prefers to its outcome and whose choice rule
    # keeps c among its assigned children plus c.
    by_tie = instance.tie_break == "lottery"

    def key(child: Child, loc: Location) -> tuple:
        tie = child.lottery if by_tie else child.registered_at
        return (_tier(child, loc), tie, child.id)

    reserve = {
        lid: {d: _reserve(loc, d) for d in instance.weekdays} for lid, loc in locations.items()
    }
    ranked = {
        lid: sorted(((key(c, locations[lid]), c) for c in members[lid]), key=lambda kc: kc[0])
        for lid in locations
    }
    load = {
        lid: {d: sum(1 for c in members[lid] if d in c.days) for d in instance.weekdays}
        for lid in locations
    }
    for cid in sorted(children):
        child = children[cid]
        current = outcome[cid]
        for lid in child.preferences:
            if lid == current:
                break
            loc = locations[lid]
            if all(load[lid][d] < loc.capacity[d] for d in child.days):
                # S = assigned + c fits the capacity: every child of S passes the reversion
                # pass at the latest, so c is kept (a free place that c wants: waste).
                kept = True
            else:
                applicants = list(ranked[lid])
                insort(applicants, (key(child, loc), child), key=lambda kc: kc[0])
                kept = cid in choose(applicants, loc, reserve[lid])
            if kept:
                report.blocking_pairs += 1
                report.lines.append(
                    f"blocking_pair: child {cid} prefers {lid} to "
                    f"{current if current is not None else 'no place'}, and {lid} would keep it"
                )
    return report
