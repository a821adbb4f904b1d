"""The sentences: four languages, the same figures in each, plain money formats."""

from __future__ import annotations

import string
from decimal import Decimal

import pytest

from loket.domain.tariffs import (
    LANGUAGES,
    CarePlan,
    Household,
    PriceRange,
    Step,
    estimate,
    explain,
    format_money,
)
from loket.domain.tariffs.messages import MESSAGES


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_sentence_exists_in_every_language_with_the_same_figures(key):
    texts = MESSAGES[key]
    assert set(texts) == set(LANGUAGES)
    assert len({frozenset(fields(text)) for text in texts.values()}) == 1, texts
    assert all(text.strip() for text in texts.values())


def test_no_jargon_in_the_sentences_for_parents():
    for key, texts in MESSAGES.items():
        for language, text in texts.items():
            assert "IKT" not in text and "IVT" not in text, (key, language)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "€ 12.345,67"), ("en", "€12,345.67"), ("fr", "12 345,67 €"), ("ar", "12,345.67 يورو")],
)
def test_money_format(language, expected):
    assert format_money(1234567, language) == expected


def test_the_price_of_a_step_in_each_language():
    result = estimate(Household(Decimal(50000), 2), year=2014, hours_per_day=4)
    step = next(s for s in result.steps if s.key == "day_length")
    assert explain(step) == explain(step, "nl")
    assert explain(step, "nl") == (
        "Je kind is 4 uur per dag in de opvang. Voor een dag van die lengte (vanaf 3 uur tot "
        "minder dan 5 uur) betaal je 60% van de prijs per dag: 60% × € 15,86 = € 9,52."
    )
    assert step.text == explain(step, "en")
    assert "60% × €15.86 = €9.52" in explain(step, "en")
    assert "60 % × 15,86 € = 9,52 €" in explain(step, "fr")
    assert "60٪ × 15.86 يورو = 9.52 يورو" in explain(step, "ar")


def test_ranges_read_as_ranges_without_sums():
    plan = CarePlan.uniform(3, 8)
    result = estimate(Household(Decimal(80000), 1), year=2014, hours_per_day=8, plan=plan)
    month = next(s for s in result.steps if s.key == "month")
    # 22.15 × 3 = 66.45 → × 52 ÷ 12 = 287.95; 27.71 × 3 = 83.13 → 360.23
    assert explain(month, "en").endswith("Price per month: between €287.95 and €360.23.")
    assert explain(Step("price_unknown", PriceRange(None, 2495)), "nl").endswith(
        "Prijs per dag: hoogstens € 24,95."
    )
    assert explain(Step("price_unknown", PriceRange(507, None)), "fr").endswith("au moins 5,07 €.")
    assert explain(Step("price_unknown", PriceRange.unknown()), "ar").endswith("غير معروف.")


def test_day_length_bucket_wording_follows_the_included_ends():
    def bucket(hours):
        result = estimate(Household(Decimal(50000), 1), year=2014, hours_per_day=hours)
        step = next(s for s in result.steps if s.key == "day_length")
        return explain(step.values["bucket"], "en")

    assert bucket(2) == "less than 3 hours"
    assert bucket(3) == "from 3 hours to less than 5 hours"
    assert bucket(8) == "from 5 hours up to and including 12 hours"
    assert bucket(13) == "more than 12 hours"


def test_unknown_keys_and_languages_are_refused():
    with pytest.raises(ValueError, match="unknown message key"):
        Step("no_such_step")
    with pytest.raises(ValueError, match="unsupported language"):
        explain(Step("official_price"), "de")
