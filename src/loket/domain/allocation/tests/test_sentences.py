"""Sentences for families, in Dutch, English, French and Arabic."""

from __future__ import annotations

import re

import pytest

from loket.domain.allocation import explanation_sentence
from loket.domain.allocation.sentences import DAY_NAMES, LANGUAGES, REASONS

ENTRIES = {
    "not_open": {"location": "L7", "reason": "not_open", "days": ["wed"], "cutoff": None},
    "outranked": {
        "location": "L3",
        "reason": "outranked",
        "days": ["mon", "tue"],
        "cutoff": {"tier": 0, "lottery": 0.12},
    },
    "reserve_taken": {
        "location": "L3",
        "reason": "reserve_taken",
        "days": ["fri"],
        "cutoff": {"tier": 1, "lottery": 0.5},
    },
    "reserve_taken_open": {
        "location": "L3",
        "reason": "reserve_taken",
        "days": ["thu"],
        "cutoff": None,
    },
    "full": {"location": "L2", "reason": "full", "days": ["mon", "wed", "fri"], "cutoff": None},
    "unresolved": {"location": "L2", "reason": "unresolved", "days": ["tue"], "cutoff": None},
}

JARGON = re.compile(r"\b(tier|cutoff|blocking|reserve_taken|not_open|outranked)\b", re.I)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", sorted(ENTRIES))
def test_sentence_names_the_place_and_the_days_without_jargon(language, case):
    entry = ENTRIES[case]
    text = explanation_sentence(entry, language, location_name="De Rupsjes")
    assert "De Rupsjes" in text
    for day in entry["days"]:
        assert DAY_NAMES[language][day] in text
    assert not JARGON.search(text)
    assert text.endswith(".")
    if language == "ar":
        assert re.search("[\u0600-\u06ff]", text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_cutoff_is_told_as_a_priority_group_counted_from_one(language):
    text = explanation_sentence(ENTRIES["outranked"], language)
    # Tier 0 is the first priority group; the lottery number is given.
    assert re.search(r"\b1\b", text)
    assert "0,12" in text if language in ("nl", "fr") else "0.12" in text
    assert "L3" in text  # no location name given: the id is used
    words = {"nl": "voorrangsgroep", "en": "priority group", "fr": "groupe de priorité"}
    if language in words:
        assert words[language] in text
    second = explanation_sentence(ENTRIES["reserve_taken"], language)
    assert re.search(r"\b2\b", second)


def test_default_language_is_dutch():
    text = explanation_sentence(ENTRIES["full"])
    assert "maandag, woensdag en vrijdag" in text
    assert text == explanation_sentence(ENTRIES["full"], "nl")


def test_days_are_joined_per_language():
    entry = ENTRIES["full"]
    assert "Monday, Wednesday and Friday" in explanation_sentence(entry, "en")
    assert "le lundi, le mercredi et le vendredi" in explanation_sentence(entry, "fr")
    assert "الاثنين والأربعاء والجمعة" in explanation_sentence(entry, "ar")


@pytest.mark.parametrize("language", LANGUAGES)
def test_registration_cutoff_gives_a_date(language):
    entry = {
        "location": "L1",
        "reason": "outranked",
        "days": ["mon"],
        "cutoff": {"tier": 2, "registered_at": "2026-03-01T10:00:00Z"},
    }
    text = explanation_sentence(entry, language)
    months = {"nl": "maart", "en": "March", "fr": "mars", "ar": "مارس"}
    assert f"1 {months[language]} 2026" in text
    assert re.search(r"\b3\b", text)  # tier 2 is the third group


def test_every_reason_and_language_has_a_text():
    for language in LANGUAGES:
        for reason in REASONS:
            entry = {"location": "X", "reason": reason, "days": ["mon"], "cutoff": None}
            assert explanation_sentence(entry, language)


def test_unknown_language_or_reason():
    with pytest.raises(ValueError, match="language"):
        explanation_sentence(ENTRIES["full"], "de")
    with pytest.raises(ValueError, match="reason"):
        explanation_sentence({"location": "X", "reason": "cutoff", "days": ["mon"]}, "nl")
