"""Coverage (dekkingsgraad) and representation figures per neighbourhood and for the municipality.

Definitions (docs/domain/coverage.md has the sources):

- **coverage** = licensed childcare places per 100 children aged 0-3 (Opgroeien's definition,
  read as children who have not yet turned 3);
- **social coverage** = income-related places (places with the income tariff, subsidy step 2)
  per 100 children aged 0-3, the same denominator (seed 001, 4.3: Ghent's "sociale
  dekkingsgraad");
- **representation**: the share of vulnerable children among the children in care, against
  their share among all children aged 0-3.

Percentages and ratios are computed exactly (:class:`fractions.Fraction`) and rounded once, to two
decimals, half away from zero, when they are returned. A figure with a zero denominator is None
(undefined), never 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from fractions import Fraction


@dataclass(frozen=True, slots=True)
class CoverageReference:
    """A reference value to compare coverage with, and where it comes from."""

    name: str
    places_per_100: Decimal
    year: int
    source: str


#: The EU's Barcelona target (2002): childcare for at least 33% of children under 3.
BARCELONA_NORM = CoverageReference(
    name="Barcelona norm",
    places_per_100=Decimal(33),
    year=2002,
    source="European Council, Barcelona 2002; FLANDERS.md (Coverage)",
)

#: Flanders end 2025: 92,819 licensed places, 46.07 per 100 children aged 0-3. A secondary
#: source (Opgroeien press release of 4-6-2026 as reported); replace when Opgroeien publishes.
FLEMISH_AVERAGE_2025 = CoverageReference(
    name="Flemish average",
    places_per_100=Decimal("46.07"),
    year=2025,
    source="Opgroeien press release 4-6-2026, secondary source; FLANDERS.md (Subsidy steps)",
)


def round_cents(value: Fraction) -> Decimal:
    """``value`` rounded to two decimals, half away from zero, from the exact fraction."""
    cents = math.floor(abs(value) * 100 + Fraction(1, 2))
    if value < 0 and cents:
        cents = -cents
    return Decimal(cents).scaleb(-2)


def exact_per_hundred(numerator: int, denominator: int) -> Fraction | None:
    """``numerator`` per 100 of ``denominator``, exactly; None when ``denominator`` is 0."""
    if denominator == 0:
        return None
    return Fraction(numerator * 100, denominator)


def per_hundred(numerator: int, denominator: int) -> Decimal | None:
    """``numerator`` per 100 of ``denominator``, two decimals; None when ``denominator`` is 0."""
    exact = exact_per_hundred(numerator, denominator)
    return None if exact is None else round_cents(exact)


def _check_count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} must be a whole number of at least 0, not {value!r}")
    return value


def coverage(places: int, children: int) -> Decimal | None:
    """Licensed places per 100 children aged 0-3 (Opgroeien); None when there are no children."""
    _check_count(places, "places")
    _check_count(children, "children")
    return per_hundred(places, children)


def social_coverage(income_related_places: int, children: int) -> Decimal | None:
    """Income-related places per 100 children aged 0-3; None when there are no children."""
    _check_count(income_related_places, "income_related_places")
    _check_count(children, "children")
    return per_hundred(income_related_places, children)


@dataclass(frozen=True, slots=True)
class NeighbourhoodFigures:
    """The counts of one neighbourhood (wijk), or of the whole municipality.

    - ``children_0_3``: children living here who have not yet turned 3;
    - ``places``: licensed places of the locations here (all subsidy steps);
    - ``income_related_places``: those of ``places`` with the income tariff;
    - ``vulnerable_children``: of ``children_0_3``, those in a vulnerable family (by the
      municipality's definition, e.g. Kind en Gezin's child-poverty index);
    - ``children_in_care``: of ``children_0_3``, those attending licensed care (anywhere);
    - ``vulnerable_children_in_care``: of ``children_in_care``, those in a vulnerable family.
    """

    code: str
    name: str
    children_0_3: int
    places: int
    income_related_places: int
    vulnerable_children: int
    vulnerable_children_in_care: int
    children_in_care: int

    def __post_init__(self) -> None:
        for f in fields(self):
            if f.name not in ("code", "name"):
                _check_count(getattr(self, f.name), f"{f.name} of {self.code!r}")
        checks = (
            ("income_related_places", "places"),
            ("vulnerable_children", "children_0_3"),
            ("children_in_care", "children_0_3"),
            ("vulnerable_children_in_care", "children_in_care"),
            ("vulnerable_children_in_care", "vulnerable_children"),
        )
        for part, whole in checks:
            if getattr(self, part) > getattr(self, whole):
                raise ValueError(
                    f"{part} ({getattr(self, part)}) exceeds {whole} ({getattr(self, whole)}) "
                    f"in {self.code!r}"
                )


def municipality_totals(
    neighbourhoods: Iterable[NeighbourhoodFigures],
    *,
    code: str = "total",
    name: str = "municipality",
) -> NeighbourhoodFigures:
    """The sum of the neighbourhoods' counts; two neighbourhoods with one code raise ValueError."""
    neighbourhoods = list(neighbourhoods)
    check_unique_codes(neighbourhoods)
    return NeighbourhoodFigures(
        code=code,
        name=name,
        **{
            f.name: sum(getattr(n, f.name) for n in neighbourhoods)
            for f in fields(NeighbourhoodFigures)
            if f.name not in ("code", "name")
        },
    )


def check_unique_codes(neighbourhoods: Sequence[NeighbourhoodFigures]) -> None:
    seen: set[str] = set()
    for n in neighbourhoods:
        if n.code in seen:
            raise ValueError(f"neighbourhood code {n.code!r} appears more than once")
        seen.add(n.code)


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """Coverage figures of one neighbourhood (or the total) for the local analysis."""

    code: str
    name: str
    children_0_3: int
    places: int
    income_related_places: int
    coverage: Decimal | None
    social_coverage: Decimal | None
    #: Places to add to reach the norm: ceil(norm x children / 100) - places, at least 0.
    places_short_of_norm: int


def places_short_of(norm: Decimal, places: int, children: int) -> int:
    """Whole places missing to reach ``norm`` places per 100 ``children`` (0 when reached)."""
    needed = math.ceil(Fraction(norm) * children / 100)
    return max(0, needed - places)


def coverage_row(
    n: NeighbourhoodFigures, *, norm: Decimal = BARCELONA_NORM.places_per_100
) -> CoverageRow:
    return CoverageRow(
        code=n.code,
        name=n.name,
        children_0_3=n.children_0_3,
        places=n.places,
        income_related_places=n.income_related_places,
        coverage=coverage(n.places, n.children_0_3),
        social_coverage=social_coverage(n.income_related_places, n.children_0_3),
        places_short_of_norm=places_short_of(norm, n.places, n.children_0_3),
    )


def coverage_table(
    neighbourhoods: Iterable[NeighbourhoodFigures],
    *,
    norm: Decimal = BARCELONA_NORM.places_per_100,
) -> list[CoverageRow]:
    """One row per neighbourhood, in the given order, then the municipality total."""
    neighbourhoods = list(neighbourhoods)
    total = municipality_totals(neighbourhoods)
    return [coverage_row(n, norm=norm) for n in [*neighbourhoods, total]]


@dataclass(frozen=True, slots=True)
class Representation:
    """Are vulnerable children as present in childcare as in the population?

    Shares are percentages. ``index`` = share among children in care / share among all children:
    1 is proportional, below 1 under-represented. ``gap`` = share among all children minus share
    among children in care, in percentage points: positive when under-represented.
    """

    code: str
    name: str
    share_among_children: Decimal | None
    share_among_children_in_care: Decimal | None
    index: Decimal | None
    gap: Decimal | None

    @property
    def under_represented(self) -> bool | None:
        """True when vulnerable children are rarer in care than in the population."""
        return None if self.gap is None else self.gap > 0


def representation(n: NeighbourhoodFigures) -> Representation:
    """The representation of vulnerable children in care in one neighbourhood (or the total)."""
    among_all = exact_per_hundred(n.vulnerable_children, n.children_0_3)
    in_care = exact_per_hundred(n.vulnerable_children_in_care, n.children_in_care)
    both = among_all is not None and in_care is not None
    return Representation(
        code=n.code,
        name=n.name,
        share_among_children=None if among_all is None else round_cents(among_all),
        share_among_children_in_care=None if in_care is None else round_cents(in_care),
        index=round_cents(in_care / among_all) if both and among_all else None,
        gap=round_cents(among_all - in_care) if both else None,
    )


def representation_table(neighbourhoods: Iterable[NeighbourhoodFigures]) -> list[Representation]:
    """One row per neighbourhood, in the given order, then the municipality total."""
    neighbourhoods = list(neighbourhoods)
    return [representation(n) for n in [*neighbourhoods, municipality_totals(neighbourhoods)]]
