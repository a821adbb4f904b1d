"""Families' groups from their facts, decided in bulk: one bit per fact key, summed in SQL.

A family's facts become one integer (``fact_mask``): the sum of the distinct bits of its fact
keys, computed by the database in a subquery. Queries group by that mask, so a whole
municipality comes back as a few hundred (mask, count) rows; the municipality's vulnerability
rule and Kind en Gezin's child-poverty index (``loket.domain.eligibility``) are then applied once
per distinct mask, never per family.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.db.models import (
    BigIntegerField,
    Case,
    Exists,
    OuterRef,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from loket.domain.eligibility import (
    DEFAULT_CHILD_POVERTY_RULE,
    VulnerabilityRule,
    assess_child_poverty,
    assess_vulnerability,
)
from loket.families.models import FactKey, FactSource, FamilyFact

#: One bit per fact key, in the order of ``FactKey`` (never reorder: masks are not stored, but
#: tests and the documentation refer to the order).
FACT_BITS: dict[str, int] = {key: 1 << i for i, key in enumerate(FactKey.values)}

#: The groups of the analysis, in the order the tables show them: (key, label, facts).
NEWCOMER_FACTS = frozenset({FactKey.INTEGRATION_COURSE, FactKey.DUTCH_LESSONS})
GROUPS = (
    ("all", _("All families")),
    ("vulnerable", _("Vulnerable families")),
    ("not_vulnerable", _("Other families")),
    ("single_parent", _("Single parents")),
    ("job_seeker", _("Job seekers")),
    ("newcomer", _("Newcomers")),
)


def fact_mask(family_path: str):
    """The family's fact mask as an annotation; ``family_path`` leads from the queried model to
    the family (e.g. ``"child__family"``). A family without facts has mask 0."""
    bits = Case(
        *[When(key=key, then=Value(bit)) for key, bit in FACT_BITS.items()],
        default=Value(0),
        output_field=BigIntegerField(),
    )
    per_family = (
        FamilyFact.objects.filter(family=OuterRef(family_path))
        .order_by()
        .values("family")
        .annotate(mask=Sum(bits, distinct=True))
        .values("mask")[:1]
    )
    return Coalesce(Subquery(per_family, output_field=BigIntegerField()), Value(0))


def attested(family_path: str):
    """Whether a referral partner attested one of the family's facts."""
    return Exists(
        FamilyFact.objects.filter(family=OuterRef(family_path), source=FactSource.ATTESTED)
    )


def keys_of(mask: int) -> frozenset[str]:
    return frozenset(key for key, bit in FACT_BITS.items() if mask & bit)


@dataclass(frozen=True, slots=True)
class FamilyGroups:
    """The groups a family with one fact mask belongs to."""

    vulnerable: bool
    child_poverty: bool
    single_parent: bool
    job_seeker: bool
    newcomer: bool

    def in_group(self, key: str) -> bool:
        if key == "all":
            return True
        if key == "not_vulnerable":
            return not self.vulnerable
        return getattr(self, key)


@lru_cache(maxsize=4096)
def _classify(mask: int, is_attested: bool, rule: VulnerabilityRule) -> FamilyGroups:
    keys = keys_of(mask)
    return FamilyGroups(
        vulnerable=assess_vulnerability(keys, rule, attested_by_partner=is_attested).is_vulnerable,
        child_poverty=assess_child_poverty(keys, DEFAULT_CHILD_POVERTY_RULE).eligible,
        single_parent=FactKey.SINGLE_PARENT in keys,
        job_seeker=FactKey.JOB_SEEKING in keys,
        newcomer=bool(keys & NEWCOMER_FACTS),
    )


def classify(mask: int | None, is_attested: bool, rule: VulnerabilityRule) -> FamilyGroups:
    """The groups of a family with this fact mask under the municipality's ``rule``."""
    return _classify(int(mask or 0), bool(is_attested) and rule.attested_status_suffices, rule)
