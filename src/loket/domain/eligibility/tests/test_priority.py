from decimal import Decimal

import pytest

from loket.domain.eligibility.criteria import Criterion
from loket.domain.eligibility.priority import (
    REGIME_2024_ANNULLED,
    REGIME_IN_FORCE,
    REGIMES,
    PriorityGroup,
    PriorityRegime,
    explain_priority,
    priority_groups,
    priority_reasons,
    tiers_for_location,
)
from loket.domain.eligibility.texts import LANGUAGES

CONTRACT_GROUPS = {
    "work_or_training",
    "sibling",
    "foster_child",
    "single_parent",
    "low_income",
    "work_four_fifths",
}


def test_group_names_are_those_of_the_allocation_contract():
    assert {str(group) for group in PriorityGroup} == CONTRACT_GROUPS


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"working"}, {"work_or_training"}),
        ({"job_seeking"}, {"work_or_training"}),
        ({"vocational_training"}, {"work_or_training"}),
        ({"integration_course"}, {"work_or_training"}),
        ({"dutch_lessons"}, {"work_or_training"}),
        ({"working", "dutch_lessons"}, {"work_or_training"}),
        ({"working", "single_parent"}, {"work_or_training", "single_parent"}),
        ({"not_active", "single_parent", "low_income"}, {"single_parent", "low_income"}),
        ({"social_integration_income"}, {"low_income"}),
        ({"foster_child"}, {"foster_child"}),
        ({"working", "sibling_in_care"}, {"work_or_training", "sibling"}),
        # One parent works, the other neither works nor trains: no work priority (documented).
        ({"working", "not_active"}, set()),
        # The 4/5 fact alone is no work situation under the regime in force.
        ({"works_four_fifths"}, set()),
        # Facts that are no priority ground.
        ({"weak_housing", "no_secondary_diploma", "health_or_care_situation"}, set()),
        (set(), set()),
    ],
)
def test_groups_under_the_regime_in_force(facts, expected):
    assert priority_groups(facts, REGIME_IN_FORCE) == expected


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"working", "works_four_fifths"}, {"work_four_fifths"}),
        ({"working"}, set()),
        ({"job_seeking", "single_parent", "low_income"}, set()),
        ({"works_four_fifths", "sibling_in_care"}, {"work_four_fifths", "sibling"}),
        ({"foster_child", "not_active"}, {"foster_child"}),
    ],
)
def test_groups_under_the_annulled_2024_regime(facts, expected):
    assert priority_groups(facts, REGIME_2024_ANNULLED) == expected


def test_the_regime_in_force_is_the_default():
    assert priority_groups({"single_parent"}) == {"single_parent"}


def test_unknown_fact_is_rejected():
    with pytest.raises(ValueError, match="'student'"):
        priority_groups({"student"}, REGIME_IN_FORCE)


def test_default_tiers_in_force():
    assert tiers_for_location(REGIME_IN_FORCE) == [
        ["work_or_training"],
        ["single_parent", "low_income", "foster_child", "sibling"],
    ]


def test_default_tiers_2024_rank_the_three_groups_equally():
    assert tiers_for_location(REGIME_2024_ANNULLED) == [
        ["work_four_fifths", "sibling", "foster_child"]
    ]


def test_shares():
    assert REGIME_IN_FORCE.vulnerable_minimum_share == Decimal("0.20")
    assert REGIME_IN_FORCE.deviation_maximum_share is None
    assert REGIME_2024_ANNULLED.vulnerable_minimum_share == Decimal("0.20")
    assert REGIME_2024_ANNULLED.deviation_maximum_share == Decimal("0.10")
    assert not REGIME_IN_FORCE.location_may_order
    assert REGIME_2024_ANNULLED.location_may_order


def test_regimes_by_name():
    assert REGIMES[REGIME_IN_FORCE.name] is REGIME_IN_FORCE
    assert REGIMES[REGIME_2024_ANNULLED.name] is REGIME_2024_ANNULLED


@pytest.mark.parametrize(
    "order",
    [
        [["sibling"], ["foster_child"], ["work_four_fifths"]],
        [["foster_child", "sibling"], ["work_four_fifths"]],
        [["work_four_fifths"], ["sibling", "foster_child"]],
    ],
)
def test_a_location_orders_the_three_groups_in_2024(order):
    assert tiers_for_location(REGIME_2024_ANNULLED, order) == order


def test_a_location_may_not_order_under_the_regime_in_force():
    with pytest.raises(ValueError, match="may not choose"):
        tiers_for_location(REGIME_IN_FORCE, [["single_parent"], ["work_or_training"]])


@pytest.mark.parametrize(
    ("order", "message"),
    [
        ([["sibling"], ["sibling"], ["foster_child", "work_four_fifths"]], "'sibling'.*more than"),
        ([["sibling", "foster_child", "sibling"], ["work_four_fifths"]], "'sibling'.*more than"),
        ([["single_parent"], ["sibling", "foster_child", "work_four_fifths"]], "'single_parent'"),
        ([["siblings"], ["foster_child", "work_four_fifths"]], "unknown priority group 'siblings'"),
        ([["sibling"], [], ["foster_child", "work_four_fifths"]], "tier 2 .* empty"),
        ([["sibling"], ["foster_child"]], "leaves out .*work_four_fifths"),
        ([], "leaves out"),
        (["sibling", "foster_child", "work_four_fifths"], "must be a list"),
    ],
)
def test_invalid_location_orders(order, message):
    with pytest.raises(ValueError, match=message):
        tiers_for_location(REGIME_2024_ANNULLED, order)


def test_regime_rejects_an_unknown_group_name():
    with pytest.raises(ValueError, match="'grandparent'"):
        PriorityRegime(
            name="x",
            description="",
            groups=(Criterion("grandparent", any_of={"working"}),),
            default_tiers=(("grandparent",),),
        )


def test_regime_rejects_a_tier_with_an_undefined_group():
    with pytest.raises(ValueError, match="'sibling'"):
        PriorityRegime(
            name="x",
            description="",
            groups=(Criterion("foster_child", any_of={"foster_child"}),),
            default_tiers=(("foster_child", "sibling"),),
        )


def test_regime_rejects_a_group_defined_twice():
    with pytest.raises(ValueError, match="twice"):
        PriorityRegime(
            name="x",
            description="",
            groups=(
                Criterion("low_income", any_of={"low_income"}),
                Criterion("low_income", any_of={"social_integration_income"}),
            ),
            default_tiers=(("low_income",),),
        )


@pytest.mark.parametrize("share", [-0.1, 1.5, "much", True, float("nan")])
def test_regime_rejects_a_share_outside_zero_to_one(share):
    with pytest.raises(ValueError, match="vulnerable_minimum_share"):
        PriorityRegime(
            name="x",
            description="",
            groups=(Criterion("foster_child", any_of={"foster_child"}),),
            default_tiers=(("foster_child",),),
            vulnerable_minimum_share=share,
        )


def test_a_group_outside_the_tiers_gets_no_priority_and_says_so():
    regime = PriorityRegime(
        name="x",
        description="",
        groups=(
            Criterion("foster_child", any_of={"foster_child"}),
            Criterion("low_income", any_of={"low_income"}),
        ),
        default_tiers=(("foster_child",),),
    )
    keys = [reason.key for reason in priority_reasons({"low_income"}, regime)]
    assert "priority.group_matched" in keys
    assert "priority.not_ranked" in keys
    assert "priority.tier" not in keys


def test_explanation_names_the_rule_and_the_ground():
    sentences = explain_priority({"working", "single_parent"}, REGIME_IN_FORCE, "en")
    text = " ".join(sentences)
    assert "before 1 April 2024" in text
    assert "'work or training' because: a parent works" in text
    assert "'single-parent family'" in text
    assert "level 1 of 2" in text
    assert "level 2 of 2" in text
    assert "20%" in text


def test_explanation_is_dutch_by_default():
    assert "Uw gezin hoort bij de voorrangsgroep 'werk of opleiding'" in " ".join(
        explain_priority({"working"})
    )


def test_explanation_of_an_excluded_family():
    keys = [reason.key for reason in priority_reasons({"working", "not_active"})]
    assert "priority.group_excluded" in keys
    assert "priority.none" in keys


def test_sibling_explanation_says_where_it_counts():
    keys = [reason.key for reason in priority_reasons({"sibling_in_care"})]
    assert "priority.sibling_location" in keys
    keys = [reason.key for reason in priority_reasons({"single_parent"})]
    assert "priority.sibling_location" not in keys


def test_2024_explanation_mentions_location_order_and_deviation():
    text = " ".join(explain_priority({"works_four_fifths"}, REGIME_2024_ANNULLED, "en"))
    assert "chooses the order" in text
    assert "at most 10%" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_explanation_in_every_language(language):
    sentences = explain_priority({"dutch_lessons", "low_income"}, REGIME_IN_FORCE, language)
    assert len(sentences) == len(priority_reasons({"dutch_lessons", "low_income"}))
    assert all(sentence.strip() for sentence in sentences)


def test_explanations_differ_per_language():
    versions = {tuple(explain_priority({"working"}, language=lang)) for lang in LANGUAGES}
    assert len(versions) == len(LANGUAGES)


def test_unknown_language_is_rejected():
    with pytest.raises(ValueError, match="'de'"):
        explain_priority({"working"}, REGIME_IN_FORCE, "de")
