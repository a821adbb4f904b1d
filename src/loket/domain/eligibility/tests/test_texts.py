"""Every reason has a sentence in all four languages, and every term a label."""

import string
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loket.domain.eligibility.child_poverty import (
    ChildPovertyRule,
    ExtrasMode,
    assess_child_poverty,
)
from loket.domain.eligibility.facts import Fact
from loket.domain.eligibility.priority import (
    REGIME_2024_ANNULLED,
    REGIME_IN_FORCE,
    PriorityGroup,
    priority_reasons,
)
from loket.domain.eligibility.texts import (
    LANGUAGES,
    MESSAGES,
    TERM_LABELS,
    Reason,
    format_share,
    join_labels,
    render,
)
from loket.domain.eligibility.vulnerability import (
    KOKSIJDE_RULE,
    VulnerabilityRule,
    assess_vulnerability,
)


def placeholders(template):
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_languages():
    assert LANGUAGES == ("nl", "en", "fr", "ar")


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_exists_in_all_languages_with_the_same_placeholders(key):
    versions = MESSAGES[key]
    assert set(versions) == set(LANGUAGES)
    assert all(text.strip() for text in versions.values())
    assert len(set(versions.values())) == len(LANGUAGES), "a sentence was not translated"
    expected = placeholders(versions["en"])
    for language in LANGUAGES:
        assert placeholders(versions[language]) == expected, language


def test_arabic_messages_are_written_in_arabic():
    for key, versions in MESSAGES.items():
        assert any("\u0600" <= char <= "\u06ff" for char in versions["ar"]), key


TERMS = (
    [str(fact) for fact in Fact]
    + [str(group) for group in PriorityGroup]
    + [c.name for c in KOKSIJDE_RULE.characteristics]
    + [REGIME_IN_FORCE.name, REGIME_2024_ANNULLED.name]
)


@pytest.mark.parametrize("term", TERMS)
def test_every_term_has_a_label_in_all_languages(term):
    assert set(TERM_LABELS[term]) == set(LANGUAGES)
    assert all(text.strip() and "_" not in text for text in TERM_LABELS[term].values())


def test_join_labels():
    assert join_labels(["low_income"], "en") == "low income"
    assert join_labels(["low_income", "single_parent"], "nl") == "laag inkomen en eenoudergezin"
    assert (
        join_labels(["low_income", "single_parent", "foster_child"], "en")
        == "low income, single-parent family and foster child"
    )
    assert join_labels(["low_income", "single_parent"], "ar") == "دخل منخفض وأسرة بوالد واحد"
    assert join_labels([], "fr") == ""


@pytest.mark.parametrize(
    ("share", "language", "text"),
    [
        (Decimal("0.20"), "nl", "20%"),
        (Decimal("0.20"), "fr", "20 %"),
        (Decimal("0.125"), "nl", "12,5%"),
        (Decimal("0.125"), "en", "12.5%"),
        (Decimal("0.1"), "ar", "10٪"),
        (0.1, "en", "10%"),
    ],
)
def test_format_share(share, language, text):
    assert format_share(share, language) == text


def test_unknown_reason_key_is_refused():
    with pytest.raises(ValueError, match="'priority.maybe'"):
        Reason("priority.maybe")


def test_render_fills_the_placeholders():
    reason = Reason("child_poverty.domains", terms=("weak_income", "weak_health"), count=2, total=6)
    assert (
        render(reason, "en")
        == "Weak score on 2 of the 6 domains: low monthly income and poor health."
    )


FACT_SETS = st.sets(st.sampled_from(list(Fact)))
ATTESTING = VulnerabilityRule.from_dict(
    {**KOKSIJDE_RULE.to_dict(), "attested_status_suffices": True}
)


def all_reasons(facts, attested):
    yield from priority_reasons(facts, REGIME_IN_FORCE)
    yield from priority_reasons(facts, REGIME_2024_ANNULLED)
    yield from assess_vulnerability(facts, attested_by_partner=attested).reasons
    yield from assess_vulnerability(facts, ATTESTING, attested_by_partner=attested).reasons
    for mode in ExtrasMode:
        yield from assess_child_poverty(facts, ChildPovertyRule(extras_mode=mode)).reasons


@given(FACT_SETS, st.booleans())
def test_every_produced_reason_renders_in_every_language(facts, attested):
    for reason in all_reasons(facts, attested):
        for language in LANGUAGES:
            sentence = render(reason, language)
            assert sentence.strip()
            # A raw key in a sentence means a label is missing.
            assert "_" not in sentence, (reason, language)
            assert "{" not in sentence


def test_the_examples_reach_every_message():
    """The families below produce every reason key at least once (so the test above sees them)."""
    families = [
        ({"working", "sibling_in_care", "low_income"}, False),
        ({"working", "not_active"}, True),
        (set(), True),
        ({"works_four_fifths", "single_parent", "low_income"}, False),
        ({"health_or_care_situation", "no_social_network", "weak_income"}, True),
        ({"weak_income", "weak_education", "weak_health", "burden_exceeds_capacity"}, False),
    ]
    seen = {reason.key for facts, attested in families for reason in all_reasons(facts, attested)}
    seen |= {reason.key for reason in priority_reasons({"low_income"}, _UNRANKED)}
    assert seen == set(MESSAGES)


_UNRANKED = REGIME_IN_FORCE.from_dict(
    {**REGIME_IN_FORCE.to_dict(), "default_tiers": [["work_or_training"]]}
)
