import pytest
from hypothesis import given
from hypothesis import strategies as st

from loket.domain.eligibility.child_poverty import (
    ChildPovertyRule,
    ExtrasMode,
    assess_child_poverty,
)
from loket.domain.eligibility.facts import CHILD_POVERTY_DOMAINS, Fact

TWO_WEAK = {"weak_income", "weak_housing"}
THREE_WEAK = {"weak_income", "weak_housing", "weak_health"}


def test_three_weak_domains_is_child_poverty():
    result = assess_child_poverty(THREE_WEAK)
    assert result.eligible
    assert result.count == 3
    assert result.threshold == 3
    assert result.domains == ("weak_income", "weak_housing", "weak_health")


def test_two_weak_domains_is_not():
    result = assess_child_poverty(TWO_WEAK)
    assert not result.eligible
    assert result.count == 2
    assert result.reasons[-1].key == "child_poverty.not_eligible"


def test_all_six_domains():
    result = assess_child_poverty(set(CHILD_POVERTY_DOMAINS))
    assert result.eligible
    assert result.count == 6


def test_threshold_two_when_configured():
    rule = ChildPovertyRule(threshold=2)
    assert assess_child_poverty(TWO_WEAK, rule).eligible
    assert not assess_child_poverty({"weak_income"}, rule).eligible


def test_other_facts_are_no_domains():
    result = assess_child_poverty({"low_income", "no_secondary_diploma", "weak_income"})
    assert result.count == 1
    assert result.domains == ("weak_income",)


def test_extras_are_reported_but_ignored_by_default():
    result = assess_child_poverty(TWO_WEAK | {"no_social_network", "burden_exceeds_capacity"})
    assert not result.eligible
    assert result.count == 2
    assert result.extras == ("no_social_network", "burden_exceeds_capacity")
    assert "child_poverty.extras_ignored" in [reason.key for reason in result.reasons]


COUNTING = ChildPovertyRule(extras_mode=ExtrasMode.COUNT_AS_DOMAINS)


def test_extras_counted_as_domains():
    result = assess_child_poverty(TWO_WEAK | {"no_social_network"}, COUNTING)
    assert result.eligible
    assert result.count == 3
    assert "child_poverty.extras_counted" in [reason.key for reason in result.reasons]


def test_extras_counted_still_need_the_threshold():
    result = assess_child_poverty({"weak_income", "burden_exceeds_capacity"}, COUNTING)
    assert not result.eligible
    assert result.count == 2


def test_both_extras_alone_do_not_reach_three():
    assert not assess_child_poverty(
        {"no_social_network", "burden_exceeds_capacity"}, COUNTING
    ).eligible


LOWERING = ChildPovertyRule(extras_mode="lower_threshold", extras_lower_threshold_by=1)


def test_extras_lower_the_threshold():
    result = assess_child_poverty(TWO_WEAK | {"burden_exceeds_capacity"}, LOWERING)
    assert result.eligible
    assert result.threshold == 2
    assert result.count == 2


def test_threshold_is_lowered_once_whatever_the_number_of_extras():
    result = assess_child_poverty(
        {"weak_income", "no_social_network", "burden_exceeds_capacity"}, LOWERING
    )
    assert result.threshold == 2
    assert not result.eligible


def test_no_extras_no_lowering():
    result = assess_child_poverty(TWO_WEAK, LOWERING)
    assert result.threshold == 3
    assert not result.eligible


def test_lowered_threshold_never_below_one():
    rule = ChildPovertyRule(extras_mode=ExtrasMode.LOWER_THRESHOLD, extras_lower_threshold_by=5)
    assert assess_child_poverty({"no_social_network"}, rule).threshold == 1
    assert not assess_child_poverty({"no_social_network"}, rule).eligible
    assert assess_child_poverty({"no_social_network", "weak_health"}, rule).eligible


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"threshold": 7}, "threshold 7 can never be reached"),
        ({"threshold": 0}, "threshold"),
        ({"extras_mode": "double"}, "unknown extras_mode 'double'"),
        ({"domains": ("weak_income", "weak_income")}, "twice"),
        ({"domains": ("weak_income", "no_social_network")}, "both a domain and an extra"),
        ({"domains": ("weak_income", "weak_wealth")}, "'weak_wealth'"),
        ({"domains": ()}, "at least one domain"),
        ({"extras_lower_threshold_by": -1}, "extras_lower_threshold_by"),
    ],
)
def test_invalid_rules(kwargs, message):
    with pytest.raises(ValueError, match=message):
        ChildPovertyRule(**kwargs)


def test_threshold_beyond_six_is_reachable_when_extras_count():
    rule = ChildPovertyRule(threshold=8, extras_mode=ExtrasMode.COUNT_AS_DOMAINS)
    assert assess_child_poverty(
        set(CHILD_POVERTY_DOMAINS) | {"no_social_network", "burden_exceeds_capacity"}, rule
    ).eligible


MODES = st.sampled_from(list(ExtrasMode))


@given(
    st.sets(st.sampled_from(list(Fact))),
    st.sampled_from(list(Fact)),
    MODES,
    st.integers(min_value=1, max_value=6),
)
def test_one_more_fact_never_removes_eligibility(facts, extra, mode, threshold):
    rule = ChildPovertyRule(threshold=threshold, extras_mode=mode)
    if assess_child_poverty(facts, rule).eligible:
        assert assess_child_poverty(facts | {extra}, rule).eligible


@given(st.sets(st.sampled_from(list(Fact))), st.integers(min_value=1, max_value=6))
def test_default_mode_counts_only_the_six_domains(facts, threshold):
    weak = [domain for domain in CHILD_POVERTY_DOMAINS if domain in facts]
    result = assess_child_poverty(facts, ChildPovertyRule(threshold=threshold))
    assert result.count == len(weak)
    assert result.eligible == (len(weak) >= threshold)
