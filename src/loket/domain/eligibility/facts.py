"""The vocabulary of facts about a family (gezinsgegevens) and where each fact comes from.

The Django layer stores one row per fact with its source; the rules in this package read a family
as a plain set of fact keys. The string values are stored in the database: never rename one.

A family with two parents holds the work situations of both parents: ``{"working", "not_active"}``
means that one parent works and the other neither works nor trains. The set cannot say which parent
has which situation, and the rules here never need that.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Fact(StrEnum):
    """A fact about a family, as stored (one row per fact, with its :class:`Source`)."""

    # Work situation of a parent (per parent; the family holds the set of its parents' situations).
    WORKING = "working"
    JOB_SEEKING = "job_seeking"
    VOCATIONAL_TRAINING = "vocational_training"
    INTEGRATION_COURSE = "integration_course"  # inburgeringstraject
    DUTCH_LESSONS = "dutch_lessons"
    NOT_ACTIVE = "not_active"
    #: The parents work or train at least 4/5 on average (the annulled 2024 regime).
    WORKS_FOUR_FIFTHS = "works_four_fifths"

    # Family facts.
    SINGLE_PARENT = "single_parent"  # eenoudergezin
    LOW_INCOME = "low_income"
    FOSTER_CHILD = "foster_child"  # pleegkind
    #: A brother or sister is already in care; *where* is given per location, separately.
    SIBLING_IN_CARE = "sibling_in_care"
    HEALTH_OR_CARE_SITUATION = "health_or_care_situation"
    NO_SECONDARY_DIPLOMA = "no_secondary_diploma"
    SOCIAL_INTEGRATION_INCOME = "social_integration_income"  # leefloon

    # Child-poverty domains: a weak score on a domain of Kind en Gezin's kansarmoede-index.
    WEAK_INCOME = "weak_income"
    WEAK_EDUCATION = "weak_education"
    WEAK_EMPLOYMENT = "weak_employment"
    WEAK_HOUSING = "weak_housing"
    WEAK_STIMULATION = "weak_stimulation"
    WEAK_HEALTH = "weak_health"
    # Extra signals weighed in Genk's childcare-voucher project (seed 000).
    NO_SOCIAL_NETWORK = "no_social_network"
    BURDEN_EXCEEDS_CAPACITY = "burden_exceeds_capacity"  # draaglast groter dan draagkracht


#: The situations one parent can be in; ``not_active`` excludes the others for that parent.
WORK_SITUATIONS: frozenset[Fact] = frozenset(
    {
        Fact.WORKING,
        Fact.JOB_SEEKING,
        Fact.VOCATIONAL_TRAINING,
        Fact.INTEGRATION_COURSE,
        Fact.DUTCH_LESSONS,
        Fact.NOT_ACTIVE,
    }
)

#: "Work situation read broadly" (FLANDERS.md): every situation that makes childcare necessary.
WORK_OR_TRAINING: frozenset[Fact] = WORK_SITUATIONS - {Fact.NOT_ACTIVE}

#: The six domains of the kansarmoede-index, in Kind en Gezin's order (seed 000).
CHILD_POVERTY_DOMAINS: tuple[Fact, ...] = (
    Fact.WEAK_INCOME,
    Fact.WEAK_EDUCATION,
    Fact.WEAK_EMPLOYMENT,
    Fact.WEAK_HOUSING,
    Fact.WEAK_STIMULATION,
    Fact.WEAK_HEALTH,
)

#: Genk's extra signals (missing network, burden greater than capacity).
GENK_EXTRA_SIGNALS: tuple[Fact, ...] = (Fact.NO_SOCIAL_NETWORK, Fact.BURDEN_EXCEEDS_CAPACITY)

_ORDER = {fact: index for index, fact in enumerate(Fact)}


def to_fact(key: str) -> Fact:
    """Return the fact for ``key``; raise ValueError naming the key when it is not a fact."""
    try:
        return Fact(key)
    except ValueError:
        raise ValueError(f"unknown fact key: {key!r}") from None


def validate_facts(facts: Iterable[str]) -> frozenset[Fact]:
    """Return the facts as a set; raise ValueError naming the first unknown key.

    A bare string is refused: ``"working"`` would otherwise be read as seven one-letter keys.
    """
    if isinstance(facts, str):
        raise TypeError("facts must be an iterable of fact keys, not one string")
    return frozenset(to_fact(key) for key in facts)


def ordered(facts: Iterable[str]) -> tuple[Fact, ...]:
    """The facts in the canonical order of :class:`Fact` (stable output for explanations)."""
    return tuple(sorted(validate_facts(facts), key=_ORDER.__getitem__))


class Source(StrEnum):
    """Who vouches for a fact, from weakest to strongest."""

    #: Said by the parent (on the request form, at the desk).
    DECLARED = "declared"
    #: Checked by the desk against a document (an income-tariff certificate, a contract).
    CHECKED = "checked"
    #: Attested by a referral partner (toeleider: OCMW, VDAB, Kind en Gezin, CAW ...).
    ATTESTED = "attested"


#: Strength of each source: a partner's attestation outranks the desk's own check, which outranks
#: the parent's declaration. The partner follows the family and vouches with its professional
#: knowledge, the desk saw a document once. [UNCERTAIN] a municipality may see it the other way.
SOURCE_STRENGTH: dict[Source, int] = {Source.DECLARED: 0, Source.CHECKED: 1, Source.ATTESTED: 2}


def strongest_source(sources: Iterable[str]) -> Source | None:
    """The strongest of ``sources`` (None when there is none); unknown source → ValueError.

    The Django layer keeps one row per fact and source; this tells which row to show as the
    fact's standing when several say the same.
    """
    best: Source | None = None
    for key in sources:
        try:
            source = Source(key)
        except ValueError:
            raise ValueError(f"unknown fact source: {key!r}") from None
        if best is None or SOURCE_STRENGTH[source] > SOURCE_STRENGTH[best]:
            best = source
    return best
