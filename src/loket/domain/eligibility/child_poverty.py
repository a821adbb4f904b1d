"""Child poverty (kansarmoede) by Kind en Gezin's index, used for the childcare-voucher programme.

Kind en Gezin (now Opgroeien) looks at six domains: monthly family income, the parents'
education, the parents' employment, housing, stimulation of the child and health. A child lives
in kansarmoede when the family scores weak on 3 or more domains (seed 000; FLANDERS.md).

Genk's voucher project also weighs a missing social network and whether the family's burden
exceeds its capacity (draaglast - draagkracht). How these extra signals weigh is a setting
(:class:`ExtrasMode`):

- ``ignore`` (default, Kind en Gezin's index): they are reported, not counted;
- ``count_as_domains``: each extra signal adds one to the count, like a weak domain;
- ``lower_threshold``: when at least one extra signal is present, the threshold drops by
  ``extras_lower_threshold_by``, never below 1 (at least one weak domain stays required).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .criteria import check_config_keys, check_int, check_list
from .facts import CHILD_POVERTY_DOMAINS, GENK_EXTRA_SIGNALS, Fact, ordered, validate_facts
from .texts import DEFAULT_LANGUAGE, Reason, render_all


class ExtrasMode(StrEnum):
    """How Genk's extra signals weigh (see the module docstring)."""

    IGNORE = "ignore"
    COUNT_AS_DOMAINS = "count_as_domains"
    LOWER_THRESHOLD = "lower_threshold"


@dataclass(frozen=True, slots=True)
class ChildPovertyRule:
    """Weak on at least ``threshold`` of ``domains``, with ``extras`` weighed by ``extras_mode``."""

    threshold: int = 3
    domains: tuple[Fact, ...] = CHILD_POVERTY_DOMAINS
    extras: tuple[Fact, ...] = GENK_EXTRA_SIGNALS
    extras_mode: ExtrasMode = ExtrasMode.IGNORE
    #: Used with ``extras_mode = lower_threshold`` only.
    extras_lower_threshold_by: int = 1

    def __post_init__(self) -> None:
        given_domains = check_list(self.domains, "domains")
        given_extras = check_list(self.extras, "extras")
        domains, extras = ordered(given_domains), ordered(given_extras)
        if not domains:
            raise ValueError("a child-poverty rule needs at least one domain")
        if len(domains) != len(given_domains) or len(extras) != len(given_extras):
            raise ValueError("a domain or extra signal is listed twice")
        both = set(domains) & set(extras)
        if both:
            raise ValueError(f"{', '.join(ordered(both))} is both a domain and an extra signal")
        try:
            mode = ExtrasMode(self.extras_mode)
        except ValueError:
            raise ValueError(
                f"unknown extras_mode {self.extras_mode!r}; use one of {', '.join(ExtrasMode)}"
            ) from None
        check_int(self.threshold, "threshold", minimum=1)
        countable = len(domains) + (len(extras) if mode is ExtrasMode.COUNT_AS_DOMAINS else 0)
        if self.threshold > countable:
            raise ValueError(f"threshold {self.threshold} can never be reached ({countable} max)")
        check_int(self.extras_lower_threshold_by, "extras_lower_threshold_by")
        object.__setattr__(self, "domains", domains)
        object.__setattr__(self, "extras", extras)
        object.__setattr__(self, "extras_mode", mode)

    def to_dict(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "domains": [str(fact) for fact in self.domains],
            "extras": [str(fact) for fact in self.extras],
            "extras_mode": str(self.extras_mode),
            "extras_lower_threshold_by": self.extras_lower_threshold_by,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChildPovertyRule:
        """Read a rule from a dict; missing keys take the defaults, unknown keys raise."""
        check_config_keys(
            data,
            allowed=("threshold", "domains", "extras", "extras_mode", "extras_lower_threshold_by"),
            required=(),
            what="child-poverty rule",
        )
        default = DEFAULT_CHILD_POVERTY_RULE
        return cls(
            threshold=data.get("threshold", default.threshold),
            domains=data.get("domains", default.domains),
            extras=data.get("extras", default.extras),
            extras_mode=data.get("extras_mode", default.extras_mode),
            extras_lower_threshold_by=data.get(
                "extras_lower_threshold_by", default.extras_lower_threshold_by
            ),
        )


#: Kind en Gezin's index: weak on 3 or more of the 6 domains; extra signals reported only.
DEFAULT_CHILD_POVERTY_RULE = ChildPovertyRule()


@dataclass(frozen=True, slots=True)
class ChildPovertyAssessment:
    """The outcome of :func:`assess_child_poverty`."""

    #: The count compared with the threshold (weak domains, plus extras when they count).
    count: int
    #: The threshold that applied (lowered by extra signals in ``lower_threshold`` mode).
    threshold: int
    eligible: bool
    #: Weak domains, in Kind en Gezin's order.
    domains: tuple[Fact, ...]
    #: Extra signals present, whether they counted or not.
    extras: tuple[Fact, ...]
    reasons: tuple[Reason, ...]

    def explain(self, language: str = DEFAULT_LANGUAGE) -> list[str]:
        """The reasons as sentences in ``language`` (nl, en, fr, ar)."""
        return render_all(self.reasons, language)


def assess_child_poverty(
    facts: Iterable[str], rule: ChildPovertyRule = DEFAULT_CHILD_POVERTY_RULE
) -> ChildPovertyAssessment:
    """Whether a family with ``facts`` lives in child poverty under ``rule``, and why."""
    known = validate_facts(facts)
    domains = tuple(domain for domain in rule.domains if domain in known)
    extras = tuple(extra for extra in rule.extras if extra in known)
    count, threshold = len(domains), rule.threshold
    total = len(rule.domains)

    reasons = [
        Reason("child_poverty.domains", terms=domains, count=len(domains), total=total)
        if domains
        else Reason("child_poverty.domains_none", total=total)
    ]
    if extras:
        if rule.extras_mode is ExtrasMode.COUNT_AS_DOMAINS:
            count += len(extras)
            reasons.append(Reason("child_poverty.extras_counted", terms=extras, count=len(extras)))
        elif rule.extras_mode is ExtrasMode.LOWER_THRESHOLD and rule.extras_lower_threshold_by:
            threshold = max(1, threshold - rule.extras_lower_threshold_by)
            reasons.append(Reason("child_poverty.extras_lowered", terms=extras, minimum=threshold))
        else:
            reasons.append(Reason("child_poverty.extras_ignored", terms=extras))
    eligible = count >= threshold
    reasons.append(
        Reason(
            "child_poverty.eligible" if eligible else "child_poverty.not_eligible",
            count=count,
            minimum=threshold,
        )
    )
    return ChildPovertyAssessment(
        count=count,
        threshold=threshold,
        eligible=eligible,
        domains=domains,
        extras=extras,
        reasons=tuple(reasons),
    )
