"""Adapter between a family's stored facts and the rules in loket.domain.eligibility."""

from __future__ import annotations

from loket.domain.eligibility import (
    DEFAULT_VULNERABILITY_RULE,
    REGIME_2024_ANNULLED,
    REGIME_IN_FORCE,
    VulnerabilityAssessment,
    VulnerabilityRule,
    assess_vulnerability,
    priority_groups,
)

from .models import FactSource, Family

#: The municipality's setting (municipalities.PriorityRegime) to the domain's regime.
REGIME_BY_SETTING = {"in_force": REGIME_IN_FORCE, "annulled_2024": REGIME_2024_ANNULLED}


def fact_keys(family: Family) -> set[str]:
    """The facts of a family, whatever their source (uses a prefetched ``facts`` if present)."""
    return {f.key for f in family.facts.all()}


def vulnerability_rule(municipality) -> VulnerabilityRule:
    if municipality.vulnerability_rule:
        return VulnerabilityRule.from_dict(municipality.vulnerability_rule)
    return DEFAULT_VULNERABILITY_RULE


def family_vulnerability(family: Family, rule: VulnerabilityRule | None = None):
    """Whether the family counts as vulnerable under its municipality's rule, and why."""
    facts = list(family.facts.all())
    attested = any(f.source == FactSource.ATTESTED for f in facts)
    return assess_vulnerability(
        {f.key for f in facts},
        rule or vulnerability_rule(family.municipality),
        attested_by_partner=attested,
    )


def is_vulnerable(family: Family, rule: VulnerabilityRule | None = None) -> bool:
    assessment: VulnerabilityAssessment = family_vulnerability(family, rule)
    return assessment.is_vulnerable


def family_priority_groups(family: Family) -> frozenset[str]:
    regime = REGIME_BY_SETTING[family.municipality.priority_regime]
    return priority_groups(fact_keys(family), regime)
