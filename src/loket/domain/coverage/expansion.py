"""Advice on where new places help most, for the Lokaal Overleg Kinderopvang.

Ghent's desk scores requests for new places higher in neighbourhoods short of places or of
income-related places (seed 001, 4.3). The rule here makes that transparent: a neighbourhood's
need score is the sum of three components, each shown with its measure, weight and points.

1. **coverage gap**: how many places per 100 children the neighbourhood is below the norm
   (Barcelona, 33), 0 when at or above it;
2. **social coverage gap**: how many income-related places per 100 children it is below the
   social norm (by default the municipality's own social coverage), 0 when at or above it;
3. **child-poverty share**: the percentage of its children aged 0-3 in a vulnerable family.

points = weight x measure, rounded to two decimals; score = the sum of the points. Components 2
and 3 only count for income-related places (``social_points_only_for_income_related``): free-price
places do not close a social shortage and rarely reach the poorest families. A neighbourhood
without children has no measures and scores 0. Weights are never negative, so more shortage never
lowers the score. The advice also shows what the expansion would do (a what-if): coverage and
social coverage of the neighbourhood and of the municipality, before and after.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from fractions import Fraction
from typing import Any

from .figures import (
    BARCELONA_NORM,
    NeighbourhoodFigures,
    coverage,
    exact_per_hundred,
    municipality_totals,
    round_cents,
    social_coverage,
)


def _check_number(value: object, what: str, *, optional: bool = False) -> Decimal | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError(f"{what} must be a number of at least 0, not {value!r}")
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        raise ValueError(f"{what} must be a number of at least 0, not {value!r}") from None
    if not number.is_finite() or number < 0:
        raise ValueError(f"{what} must be a number of at least 0, not {value!r}")
    return number


@dataclass(frozen=True, slots=True)
class ExpansionWeights:
    """The settings of the need score; every weight is points per percentage point."""

    coverage_gap: Decimal = Decimal(1)
    social_coverage_gap: Decimal = Decimal(1)
    child_poverty_share: Decimal = Decimal(1)
    #: Places per 100 children below which a neighbourhood is short of places.
    norm: Decimal = BARCELONA_NORM.places_per_100
    #: Income-related places per 100 children below which a neighbourhood is short of them;
    #: None: the municipality's own social coverage.
    social_norm: Decimal | None = None
    social_points_only_for_income_related: bool = True

    def __post_init__(self) -> None:
        for name in ("coverage_gap", "social_coverage_gap", "child_poverty_share", "norm"):
            object.__setattr__(self, name, _check_number(getattr(self, name), name))
        object.__setattr__(
            self, "social_norm", _check_number(self.social_norm, "social_norm", optional=True)
        )
        if not isinstance(self.social_points_only_for_income_related, bool):
            raise ValueError("social_points_only_for_income_related must be true or false")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            data[f.name] = str(value) if isinstance(value, Decimal) else value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExpansionWeights:
        """Read weights from a dict; missing keys take the defaults, unknown keys raise."""
        if not isinstance(data, Mapping):
            raise ValueError(f"expansion weights must be a dict, not {type(data).__name__}")
        unknown = sorted(set(data) - {f.name for f in fields(cls)})
        if unknown:
            raise ValueError(
                f"unknown key(s) in expansion weights: {', '.join(map(repr, unknown))}"
            )
        return cls(**data)


DEFAULT_WEIGHTS = ExpansionWeights()


@dataclass(frozen=True, slots=True)
class ScoreComponent:
    """One part of the need score: ``points = weight x measure`` when it ``applies``."""

    #: ``coverage_gap``, ``social_coverage_gap`` or ``child_poverty_share``.
    key: str
    #: The gap or share in percentage points (None when the neighbourhood has no children).
    measure: Decimal | None
    weight: Decimal
    points: Decimal
    #: False when the component does not count (free-price places for components 2 and 3).
    applies: bool


@dataclass(frozen=True, slots=True)
class ExpansionAdvice:
    """The need score of a neighbourhood and what ``new_places`` there would change."""

    code: str
    name: str
    new_places: int
    income_related: bool
    components: tuple[ScoreComponent, ...]
    score: Decimal
    coverage_before: Decimal | None
    coverage_after: Decimal | None
    social_coverage_before: Decimal | None
    social_coverage_after: Decimal | None
    municipality_coverage_before: Decimal | None
    municipality_coverage_after: Decimal | None
    municipality_social_coverage_before: Decimal | None
    municipality_social_coverage_after: Decimal | None


def _component(
    key: str, measure: Fraction | None, weight: Decimal, *, applies: bool
) -> ScoreComponent:
    counted = applies and measure is not None
    return ScoreComponent(
        key=key,
        measure=None if measure is None else round_cents(measure),
        weight=weight,
        points=round_cents(Fraction(weight) * measure) if counted else Decimal("0.00"),
        applies=applies,
    )


def _shortfall(norm: Fraction | None, value: Fraction | None) -> Fraction | None:
    """How far ``value`` is below ``norm`` (0 when at or above); None when either is unknown."""
    if norm is None or value is None:
        return None
    return max(Fraction(0), norm - value)


def expansion_score(
    neighbourhood: NeighbourhoodFigures,
    new_places: int,
    income_related: bool,
    all_neighbourhoods: Sequence[NeighbourhoodFigures],
    weights: ExpansionWeights = DEFAULT_WEIGHTS,
) -> ExpansionAdvice:
    """The need score of ``neighbourhood`` (one of ``all_neighbourhoods``) with a what-if for
    ``new_places`` there, income-related or not. See the module docstring for the rule."""
    _check_new_places(new_places)
    all_neighbourhoods = list(all_neighbourhoods)
    if neighbourhood not in all_neighbourhoods:
        raise ValueError(f"neighbourhood {neighbourhood.code!r} is not among all_neighbourhoods")
    total = municipality_totals(all_neighbourhoods)
    return _advice(neighbourhood, new_places, income_related, total, weights)


def _check_new_places(new_places: object) -> None:
    if isinstance(new_places, bool) or not isinstance(new_places, int) or new_places < 0:
        raise ValueError(f"new_places must be a whole number of at least 0, not {new_places!r}")


def _advice(
    n: NeighbourhoodFigures,
    new_places: int,
    income_related: bool,
    total: NeighbourhoodFigures,
    weights: ExpansionWeights,
) -> ExpansionAdvice:
    social_norm = (
        exact_per_hundred(total.income_related_places, total.children_0_3)
        if weights.social_norm is None
        else Fraction(weights.social_norm)
    )
    social_applies = income_related or not weights.social_points_only_for_income_related
    components = (
        _component(
            "coverage_gap",
            _shortfall(Fraction(weights.norm), exact_per_hundred(n.places, n.children_0_3)),
            weights.coverage_gap,
            applies=True,
        ),
        _component(
            "social_coverage_gap",
            _shortfall(social_norm, exact_per_hundred(n.income_related_places, n.children_0_3)),
            weights.social_coverage_gap,
            applies=social_applies,
        ),
        _component(
            "child_poverty_share",
            exact_per_hundred(n.vulnerable_children, n.children_0_3),
            weights.child_poverty_share,
            applies=social_applies,
        ),
    )

    added_income_related = new_places if income_related else 0
    after = replace(
        n,
        places=n.places + new_places,
        income_related_places=n.income_related_places + added_income_related,
    )
    return ExpansionAdvice(
        code=n.code,
        name=n.name,
        new_places=new_places,
        income_related=income_related,
        components=components,
        score=sum((c.points for c in components), Decimal("0.00")),
        coverage_before=coverage(n.places, n.children_0_3),
        coverage_after=coverage(after.places, after.children_0_3),
        social_coverage_before=social_coverage(n.income_related_places, n.children_0_3),
        social_coverage_after=social_coverage(after.income_related_places, after.children_0_3),
        municipality_coverage_before=coverage(total.places, total.children_0_3),
        municipality_coverage_after=coverage(total.places + new_places, total.children_0_3),
        municipality_social_coverage_before=social_coverage(
            total.income_related_places, total.children_0_3
        ),
        municipality_social_coverage_after=social_coverage(
            total.income_related_places + added_income_related, total.children_0_3
        ),
    )


def rank_neighbourhoods_by_need(
    all_neighbourhoods: Iterable[NeighbourhoodFigures],
    *,
    new_places: int = 0,
    income_related: bool = True,
    weights: ExpansionWeights = DEFAULT_WEIGHTS,
) -> list[ExpansionAdvice]:
    """Every neighbourhood's advice, highest score first (ties by code)."""
    _check_new_places(new_places)
    all_neighbourhoods = list(all_neighbourhoods)
    total = municipality_totals(all_neighbourhoods)
    advice = [_advice(n, new_places, income_related, total, weights) for n in all_neighbourhoods]
    return sorted(advice, key=lambda a: (-a.score, a.code))
