import pytest

from loket.domain.eligibility.facts import (
    CHILD_POVERTY_DOMAINS,
    WORK_OR_TRAINING,
    Fact,
    Source,
    ordered,
    strongest_source,
    validate_facts,
)

# The keys the Django models store, spelled as agreed; a rename would orphan stored rows.
STORED_KEYS = {
    "working",
    "job_seeking",
    "vocational_training",
    "integration_course",
    "dutch_lessons",
    "not_active",
    "works_four_fifths",
    "single_parent",
    "low_income",
    "foster_child",
    "sibling_in_care",
    "health_or_care_situation",
    "no_secondary_diploma",
    "social_integration_income",
    "weak_income",
    "weak_education",
    "weak_employment",
    "weak_housing",
    "weak_stimulation",
    "weak_health",
    "no_social_network",
    "burden_exceeds_capacity",
}


def test_fact_values_are_exactly_the_stored_keys():
    assert {fact.value for fact in Fact} == STORED_KEYS


def test_work_or_training_is_the_broad_reading_without_not_active():
    assert set(WORK_OR_TRAINING) == {
        "working",
        "job_seeking",
        "vocational_training",
        "integration_course",
        "dutch_lessons",
    }


def test_six_child_poverty_domains():
    assert len(CHILD_POVERTY_DOMAINS) == 6
    assert all(domain.startswith("weak_") for domain in CHILD_POVERTY_DOMAINS)


def test_validate_facts_accepts_plain_strings():
    assert validate_facts(["working", "low_income"]) == {Fact.WORKING, Fact.LOW_INCOME}


def test_unknown_fact_key_is_named():
    with pytest.raises(ValueError, match="'unemployed'"):
        validate_facts(["working", "unemployed"])


def test_a_bare_string_is_refused():
    with pytest.raises(TypeError):
        validate_facts("working")


def test_ordered_follows_the_enum_not_the_input():
    assert ordered(["low_income", "working"]) == (Fact.WORKING, Fact.LOW_INCOME)


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (["declared"], Source.DECLARED),
        (["declared", "checked"], Source.CHECKED),
        (["checked", "declared"], Source.CHECKED),
        (["attested", "checked", "declared"], Source.ATTESTED),
        (["declared", "attested"], Source.ATTESTED),
    ],
)
def test_strongest_source(sources, expected):
    assert strongest_source(sources) == expected


def test_strongest_source_of_nothing_is_none():
    assert strongest_source([]) is None


def test_unknown_source_is_named():
    with pytest.raises(ValueError, match="'rumour'"):
        strongest_source(["declared", "rumour"])
