"""Steps of a price estimate and their plain sentences in Dutch, English, French and Arabic.

A calculation returns :class:`Step` values (a message key, the running amount and named values),
never sentences: the Django layer can store them and show them later in the reader's language.
:func:`explain` turns a step into a sentence; Dutch is the default language. The sentences speak
to parents: "prijs per dag", never "IKT".

How values are shown: a :class:`~loket.domain.tariffs.money.PriceRange` as money (or the range
it lies in), a :class:`Phrase` as its own sentence part, a tuple as a list ("a, b and c"),
``percent`` as a percentage and any other Decimal as a number.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..eligibility.texts import DEFAULT_LANGUAGE, LANGUAGES, check_language
from .messages import MESSAGES, RANGE_TEXTS
from .money import PriceRange, cents_to_euros

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Phrase", "Step", "explain", "format_money"]

_DECIMAL_MARK = {"nl": ",", "en": ".", "fr": ",", "ar": "."}
_GROUP_MARK = {"nl": ".", "en": ",", "fr": " ", "ar": ","}
_MONEY = {"nl": "€ {}", "en": "€{}", "fr": "{} €", "ar": "{} يورو"}
_PERCENT = {"nl": "{}%", "en": "{}%", "fr": "{} %", "ar": "{}٪"}
_LIST_WORDS = {"nl": " en ", "en": " and ", "fr": " et ", "ar": " و"}
_LIST_SEPARATOR = {"nl": ", ", "en": ", ", "fr": ", ", "ar": "، "}


@dataclass(frozen=True, slots=True)
class Phrase:
    """A part of a sentence: a key of the message catalogue with its values."""

    key: str
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.key not in MESSAGES:
            raise ValueError(f"unknown message key: {self.key!r}")


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a calculation or of advice (stap): a machine key, an amount, and values.

    ``amount`` is the price after this step (None for a step without an amount); ``values``
    holds the other figures the sentence shows. ``text`` is the English sentence; use
    :func:`explain` for the family's language.
    """

    key: str
    amount: PriceRange | None = None
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.key not in MESSAGES:
            raise ValueError(f"unknown message key: {self.key!r}")

    @property
    def text(self) -> str:
        return explain(self, "en")


def _number(value: Decimal, language: str) -> str:
    return f"{value.normalize():f}".replace(".", _DECIMAL_MARK[language])


def format_money(cents: int, language: str = DEFAULT_LANGUAGE) -> str:
    """1234567 cents → ``€ 12.345,67`` (nl), ``€12,345.67`` (en), ``12 345,67 €`` (fr)."""
    text = f"{cents_to_euros(abs(cents)):,.2f}"
    text = text.translate(str.maketrans({",": _GROUP_MARK[language], ".": _DECIMAL_MARK[language]}))
    return ("-" if cents < 0 else "") + _MONEY[language].format(text)


def _range(value: PriceRange, language: str) -> str:
    if value.is_exact:
        return format_money(value.low, language)  # type: ignore[arg-type]
    if value.low is not None and value.high is not None:
        shape = "between"
    elif value.low is not None:
        shape = "at_least"
    elif value.high is not None:
        shape = "at_most"
    else:
        shape = "unknown"
    low = "" if value.low is None else format_money(value.low, language)
    high = "" if value.high is None else format_money(value.high, language)
    return RANGE_TEXTS[shape][language].format(low=low, high=high)


def _format(name: str, value: Any, language: str) -> str:
    if isinstance(value, PriceRange):
        return _range(value, language)
    if isinstance(value, Phrase | Step):
        return explain(value, language)
    if isinstance(value, tuple | list):
        items = [_format(name, item, language) for item in value]
        if len(items) <= 1:
            return "".join(items)
        head = _LIST_SEPARATOR[language].join(items[:-1])
        return head + _LIST_WORDS[language] + items[-1]
    if name == "percent":
        return _PERCENT[language].format(value)
    if isinstance(value, Decimal):
        return _number(value, language)
    return str(value)


def explain(step: Step | Phrase, language: str = DEFAULT_LANGUAGE) -> str:
    """The plain sentence for ``step`` in ``language`` (nl, en, fr or ar)."""
    check_language(language)
    values = dict(step.values)
    amount = getattr(step, "amount", None)
    if amount is not None:
        values["amount"] = amount
    key = step.key
    ranges = [v for v in values.values() if isinstance(v, PriceRange) and not v.is_exact]
    if ranges and f"{key}_range" in MESSAGES:
        # A sum with a range in it reads badly: the "_range" sentence gives only the result.
        key = f"{key}_range"
    texts = {name: _format(name, value, language) for name, value in values.items()}
    return MESSAGES[key][language].format(**texts)
