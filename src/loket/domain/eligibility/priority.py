"""Priority groups for income-related places (voorrangsregels), as configurable regimes.

A :class:`PriorityRegime` says which facts put a family in which priority group and in which
order the groups come (tiers). The group names are those of the allocation contract
(``shared/contracts/allocation-v1.md``): ``work_or_training``, ``work_four_fifths``, ``sibling``,
``foster_child``, ``single_parent``, ``low_income``. The group ``sibling`` only counts at a
location where a brother or sister is already in care; the allocation engine checks that with the
child's ``siblings_at``, this module does not.

Two regimes are built in, as data (FLANDERS.md, "Priority rules"):

- :data:`REGIME_IN_FORCE`: the rules from before 1 April 2024, in force again since the
  Constitutional Court annulled the 2024 rules on 30 April 2025.
- :data:`REGIME_2024_ANNULLED`: the annulled rules of 1 April 2024, kept so that a new regime of
  that shape can be configured.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .criteria import Criterion, check_bool, check_config_keys, check_list
from .facts import WORK_OR_TRAINING, Fact, validate_facts
from .texts import DEFAULT_LANGUAGE, Reason, render_all


class PriorityGroup(StrEnum):
    """The priority group names of the allocation contract."""

    WORK_OR_TRAINING = "work_or_training"
    WORK_FOUR_FIFTHS = "work_four_fifths"
    SIBLING = "sibling"
    FOSTER_CHILD = "foster_child"
    SINGLE_PARENT = "single_parent"
    LOW_INCOME = "low_income"


_GROUP_NAMES = frozenset(str(group) for group in PriorityGroup)


def _check_share(value: object, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError(f"{what} must be a number between 0 and 1, not {value!r}")
    try:
        share = Decimal(str(value))
    except ArithmeticError:
        raise ValueError(f"{what} must be a number between 0 and 1, not {value!r}") from None
    if not share.is_finite() or not 0 <= share <= 1:
        raise ValueError(f"{what} must be a number between 0 and 1, not {value!r}")
    return share


def _check_tiers(
    tiers: object, known: Iterable[str], *, what: str
) -> tuple[tuple[PriorityGroup, ...], ...]:
    """Validate tiers: lists of known group names, no empty tier, every group at most once."""
    known = set(known)
    seen: set[str] = set()
    result = []
    for number, tier in enumerate(check_list(tiers, what), start=1):
        groups = check_list(tier, f"tier {number} of {what}")
        if not groups:
            raise ValueError(f"tier {number} of {what} is empty")
        for group in groups:
            if group not in known:
                raise ValueError(
                    f"unknown priority group {group!r} in tier {number} of {what}; "
                    f"the groups are {', '.join(sorted(known))}"
                )
            if group in seen:
                raise ValueError(f"priority group {group!r} appears more than once in {what}")
            seen.add(group)
        result.append(tuple(PriorityGroup(group) for group in groups))
    return tuple(result)


@dataclass(frozen=True, slots=True)
class PriorityRegime:
    """A set of priority rules: groups, the default order of tiers and the yearly shares.

    ``default_tiers`` lists tiers best first; the groups of one tier rank equally (the allocation
    engine breaks ties by lottery or registration time). A group that is in no tier gets no
    priority. ``vulnerable_minimum_share`` (20%) and ``deviation_maximum_share`` are counted per
    year over a location's children, not per allocation round.
    """

    name: str
    description: str
    groups: tuple[Criterion, ...]
    default_tiers: tuple[tuple[PriorityGroup, ...], ...]
    location_may_order: bool = False
    vulnerable_minimum_share: Decimal = Decimal("0.20")
    #: At most this share of a location's children per year admitted outside the order, on
    #: advice of a family-support body; None when the regime has no such rule.
    deviation_maximum_share: Decimal | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise ValueError(f"a priority regime needs a name, not {self.name!r}")
        if not isinstance(self.description, str):
            raise ValueError("the description of a priority regime must be text")
        groups = tuple(self.groups)
        names = [group.name for group in groups]
        for name in names:
            if name not in _GROUP_NAMES:
                raise ValueError(
                    f"unknown priority group {name!r} in regime {self.name!r}; "
                    f"the groups are {', '.join(PriorityGroup)}"
                )
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"priority group(s) defined twice: {', '.join(duplicates)}")
        object.__setattr__(self, "groups", groups)
        object.__setattr__(
            self,
            "default_tiers",
            _check_tiers(self.default_tiers, names, what=f"default tiers of {self.name!r}"),
        )
        check_bool(self.location_may_order, "location_may_order")
        object.__setattr__(
            self,
            "vulnerable_minimum_share",
            _check_share(self.vulnerable_minimum_share, "vulnerable_minimum_share"),
        )
        if self.deviation_maximum_share is not None:
            object.__setattr__(
                self,
                "deviation_maximum_share",
                _check_share(self.deviation_maximum_share, "deviation_maximum_share"),
            )

    @property
    def ranked_groups(self) -> frozenset[PriorityGroup]:
        """The groups that appear in the default tiers."""
        return frozenset(group for tier in self.default_tiers for group in tier)

    def tier_of(self, group: str) -> int | None:
        """The 0-based index of ``group``'s tier in the default order, None when unranked."""
        for index, tier in enumerate(self.default_tiers):
            if group in tier:
                return index
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict; :meth:`from_dict` reads it back to an equal regime."""
        return {
            "name": self.name,
            "description": self.description,
            "groups": [group.to_dict() for group in self.groups],
            "default_tiers": [[str(group) for group in tier] for tier in self.default_tiers],
            "location_may_order": self.location_may_order,
            "vulnerable_minimum_share": str(self.vulnerable_minimum_share),
            "deviation_maximum_share": (
                None if self.deviation_maximum_share is None else str(self.deviation_maximum_share)
            ),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PriorityRegime:
        """Read a regime from a dict; unknown keys, facts or groups raise ValueError."""
        check_config_keys(
            data,
            allowed=(
                "name",
                "description",
                "groups",
                "default_tiers",
                "location_may_order",
                "vulnerable_minimum_share",
                "deviation_maximum_share",
            ),
            required=("name", "groups", "default_tiers"),
            what="priority regime",
        )
        return cls(
            name=data["name"],
            description=data.get("description", ""),
            groups=tuple(
                Criterion.from_dict(group) for group in check_list(data["groups"], "groups")
            ),
            default_tiers=data["default_tiers"],
            location_may_order=data.get("location_may_order", False),
            vulnerable_minimum_share=data.get("vulnerable_minimum_share", Decimal("0.20")),
            deviation_maximum_share=data.get("deviation_maximum_share"),
        )


REGIME_IN_FORCE = PriorityRegime(
    name="before_april_2024",
    description=(
        "The priority rules from before 1 April 2024, in force again since the Constitutional "
        "Court annulled the 2024 rules on 30 April 2025 (Opgroeien news, 12-5-2025). Absolute "
        "priority for families that need care because of the parents' work situation, read "
        "broadly; then single-parent families, low income, foster children and siblings of "
        "children at the same location. At least 20% of children from vulnerable families per "
        "year."
    ),
    groups=(
        # [UNCERTAIN] "because of the parents' work situation": a parent who neither works nor
        # trains rules the group out (the family does not need care for work). Drop none_of to
        # count a family as soon as one parent works or trains.
        Criterion(
            PriorityGroup.WORK_OR_TRAINING, any_of=WORK_OR_TRAINING, none_of={Fact.NOT_ACTIVE}
        ),
        Criterion(PriorityGroup.SINGLE_PARENT, any_of={Fact.SINGLE_PARENT}),
        # [UNCERTAIN] a family living on leefloon has a low income under any income threshold.
        Criterion(
            PriorityGroup.LOW_INCOME, any_of={Fact.LOW_INCOME, Fact.SOCIAL_INTEGRATION_INCOME}
        ),
        Criterion(PriorityGroup.FOSTER_CHILD, any_of={Fact.FOSTER_CHILD}),
        Criterion(PriorityGroup.SIBLING, any_of={Fact.SIBLING_IN_CARE}),
    ),
    default_tiers=(
        (PriorityGroup.WORK_OR_TRAINING,),
        (
            PriorityGroup.SINGLE_PARENT,
            PriorityGroup.LOW_INCOME,
            PriorityGroup.FOSTER_CHILD,
            PriorityGroup.SIBLING,
        ),
    ),
    location_may_order=False,
    vulnerable_minimum_share=Decimal("0.20"),
    deviation_maximum_share=None,
)

REGIME_2024_ANNULLED = PriorityRegime(
    name="april_2024_annulled",
    description=(
        "The priority rules of 1 April 2024, annulled by the Constitutional Court on 30 April "
        "2025: absolute priority for families working or training at least 4/5 on average, "
        "siblings at the same location and foster children, each location choosing the order "
        "of these three; at most 10% of children per year admitted by deviation, on advice of "
        "a family-support body."
    ),
    groups=(
        Criterion(PriorityGroup.WORK_FOUR_FIFTHS, any_of={Fact.WORKS_FOUR_FIFTHS}),
        Criterion(PriorityGroup.SIBLING, any_of={Fact.SIBLING_IN_CARE}),
        Criterion(PriorityGroup.FOSTER_CHILD, any_of={Fact.FOSTER_CHILD}),
    ),
    # Until a location chooses an order, the three absolute groups rank equally.
    default_tiers=(
        (PriorityGroup.WORK_FOUR_FIFTHS, PriorityGroup.SIBLING, PriorityGroup.FOSTER_CHILD),
    ),
    location_may_order=True,
    vulnerable_minimum_share=Decimal("0.20"),
    deviation_maximum_share=Decimal("0.10"),
)

#: The built-in regimes by name.
REGIMES: dict[str, PriorityRegime] = {
    regime.name: regime for regime in (REGIME_IN_FORCE, REGIME_2024_ANNULLED)
}


def priority_groups(
    facts: Iterable[str], regime: PriorityRegime = REGIME_IN_FORCE
) -> frozenset[str]:
    """The priority groups a family with ``facts`` belongs to under ``regime``.

    Unknown fact keys raise ValueError. ``sibling`` is returned whenever the family has a child in
    care; the location where it counts comes with the request (``siblings_at``).
    """
    known = validate_facts(facts)
    return frozenset(group.name for group in regime.groups if group.is_met(known))


def tiers_for_location(
    regime: PriorityRegime, custom_order: Sequence[Sequence[str]] | None = None
) -> list[list[str]]:
    """The tiers a location uses: its own order when given and allowed, else the default.

    A location's own order is only allowed when ``regime.location_may_order``; it must name every
    group of the default tiers exactly once (leaving one out would silently take a legal priority
    away), in non-empty tiers. Any other order raises ValueError with a message for the desk.
    """
    if custom_order is None:
        return [[str(group) for group in tier] for tier in regime.default_tiers]
    if not regime.location_may_order:
        raise ValueError(
            f"under the regime {regime.name!r} a location may not choose the order of the "
            "priority groups"
        )
    tiers = _check_tiers(
        custom_order, regime.ranked_groups, what=f"the location's order under {regime.name!r}"
    )
    given = {group for tier in tiers for group in tier}
    missing = sorted(regime.ranked_groups - given)
    if missing:
        raise ValueError(
            f"the location's order leaves out the priority group(s) {', '.join(missing)}; "
            "every group must be placed once"
        )
    return [[str(group) for group in tier] for tier in tiers]


def priority_reasons(
    facts: Iterable[str], regime: PriorityRegime = REGIME_IN_FORCE
) -> tuple[Reason, ...]:
    """Why a family with ``facts`` is (or is not) in each priority group, as reasons to store."""
    known = validate_facts(facts)
    total = len(regime.default_tiers)
    reasons = [Reason("priority.regime", term=regime.name)]
    matched_any = False
    for group in regime.groups:
        if group.is_met(known):
            matched_any = True
            reasons.append(
                Reason("priority.group_matched", term=group.name, terms=group.supporting(known))
            )
            tier = regime.tier_of(group.name)
            if tier is None:
                reasons.append(Reason("priority.not_ranked", term=group.name))
            else:
                reasons.append(
                    Reason("priority.tier", term=group.name, count=tier + 1, total=total)
                )
            if group.name == PriorityGroup.SIBLING:
                reasons.append(Reason("priority.sibling_location"))
        elif group.supporting(known):
            reasons.append(
                Reason("priority.group_excluded", term=group.name, terms=group.blocking(known))
            )
    if not matched_any:
        reasons.append(Reason("priority.none"))
    if regime.location_may_order:
        reasons.append(Reason("priority.location_orders"))
    reasons.append(Reason("priority.vulnerable_minimum", share=regime.vulnerable_minimum_share))
    if regime.deviation_maximum_share is not None:
        reasons.append(Reason("priority.deviation_maximum", share=regime.deviation_maximum_share))
    return tuple(reasons)


def explain_priority(
    facts: Iterable[str],
    regime: PriorityRegime = REGIME_IN_FORCE,
    language: str = DEFAULT_LANGUAGE,
) -> list[str]:
    """Plain sentences saying which priority rule applied to a family and why."""
    return render_all(priority_reasons(facts, regime), language)
