"""Childcare vouchers (kinderopvangcheques): codes, redemption, statements and the funnel.

Genk gives families in child poverty a booklet of ten free childcare vouchers through the
referral partners they trust (seed 000; seed 001, 4.5). This module holds the rules, as plain
Python (no Django), so that they can be tested on their own and explained:

- **Codes**: 18 random symbols (90 bits from :mod:`secrets`) of Crockford's base32 alphabet
  (no I, L, O or U, so no look-alikes) and 2 check symbols, shown in groups of four:
  ``7K2M-Q9XD-4HPA-W3RT-8FZC``. The check symbols catch every single mistyped symbol and every
  swap of two neighbouring symbols before the database is asked.
- **Redemption**: :func:`redemption_refusal` says why a voucher cannot be used (or ``None``).
- **Statements**: :func:`statement_totals` adds a provider's redemptions of one month up, in
  whole cents, so that the lines always add up exactly to the total.
- **Funnel**: :func:`funnel` counts families with a booklet, with a first use, who used them
  all and who continued in regular care within 3 months after their last voucher.
- **Eligibility**: :func:`voucher_eligibility` applies Kind en Gezin's child-poverty index
  (:func:`loket.domain.eligibility.assess_child_poverty`) with the programme's rule.
- **Booklet texts**: plain instructions for the family in Dutch, English, French and Arabic.

See ``docs/domain/vouchers.md``.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .eligibility import (
    DEFAULT_CHILD_POVERTY_RULE,
    ChildPovertyAssessment,
    ChildPovertyRule,
    assess_child_poverty,
)
from .requests import add_months

# Codes ------------------------------------------------------------------------------------------

#: Crockford's base32: digits and capitals without I, L, O and U.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_SYMBOLS = 18
CHECK_SYMBOLS = 2
CODE_LENGTH = RANDOM_SYMBOLS + CHECK_SYMBOLS
GROUP_SIZE = 4
#: Bits of randomness in a code (5 bits a symbol).
RANDOM_BITS = RANDOM_SYMBOLS * 5
#: A prime above the weights and symbol values, below 32 * 32: a weighted sum modulo it changes
#: whenever one symbol changes or two neighbours swap.
CHECK_MODULUS = 1021
#: What people type instead of a symbol of the alphabet (Crockford's decoding rules).
LOOK_ALIKES = {"O": "0", "I": "1", "L": "1"}


class CodeProblem(StrEnum):
    EMPTY = "empty"
    LENGTH = "length"
    CHARACTERS = "characters"
    CHECKSUM = "checksum"


def _check_symbols(body: str) -> str:
    value = sum((i + 1) * ALPHABET.index(c) for i, c in enumerate(body)) % CHECK_MODULUS
    return ALPHABET[value // 32] + ALPHABET[value % 32]


def generate_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A new code in compact form (20 symbols, no dashes). Never sequential: every random symbol
    comes from ``randbelow`` (the operating system's secure random source by default)."""
    body = "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(RANDOM_SYMBOLS))
    return body + _check_symbols(body)


def normalise_code(text: str) -> str:
    """The compact form of what someone typed or scanned: capitals, no spaces or dashes,
    look-alikes (O, I, L) read as digits. A URL's ``code=`` parameter is read too."""
    text = (text or "").strip()
    if "code=" in text:
        text = text.split("code=", 1)[1].split("&", 1)[0]
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return "".join(LOOK_ALIKES.get(ch, ch) for ch in compact)


def code_problem(text: str) -> CodeProblem | None:
    """What is wrong with a typed code, before looking it up; ``None`` when it is well formed."""
    code = normalise_code(text)
    if not code:
        return CodeProblem.EMPTY
    if any(ch not in ALPHABET for ch in code):
        return CodeProblem.CHARACTERS
    if len(code) != CODE_LENGTH:
        return CodeProblem.LENGTH
    if _check_symbols(code[:RANDOM_SYMBOLS]) != code[RANDOM_SYMBOLS:]:
        return CodeProblem.CHECKSUM
    return None


def format_code(code: str) -> str:
    """``7K2MQ9XD…`` as ``7K2M-Q9XD-…``, for print and screens."""
    code = normalise_code(code)
    return "-".join(code[i : i + GROUP_SIZE] for i in range(0, len(code), GROUP_SIZE))


# Eligibility ------------------------------------------------------------------------------------


def programme_rule(data: Mapping[str, Any] | None) -> ChildPovertyRule:
    """The programme's rule from its stored configuration; empty means Kind en Gezin's index."""
    return ChildPovertyRule.from_dict(data) if data else DEFAULT_CHILD_POVERTY_RULE


def voucher_eligibility(
    facts: Iterable[str], rule: Mapping[str, Any] | ChildPovertyRule | None = None
) -> ChildPovertyAssessment:
    """Whether a family with ``facts`` may get a booklet: weak on at least 3 of the 6 domains by
    default, with Genk's extra signals weighed as the rule says."""
    if not isinstance(rule, ChildPovertyRule):
        rule = programme_rule(rule)
    relevant = set(rule.domains) | set(rule.extras)
    return assess_child_poverty([f for f in set(facts) if f in relevant], rule)


# Redemption -------------------------------------------------------------------------------------


class Refusal(StrEnum):
    """Why a voucher cannot be used for a care moment."""

    MISTYPED = "mistyped"
    UNKNOWN = "unknown"
    WRONG_PROGRAMME = "wrong_programme"
    LOCATION_REFUSES = "location_refuses"
    ALREADY_USED = "already_used"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    FUTURE_DATE = "future_date"


#: Days after the end of a programme in which a provider may still register a care moment that
#: took place before the end.
GRACE_DAYS = 31


@dataclass(frozen=True, slots=True)
class VoucherState:
    """What the rules need to know about a voucher found by its code."""

    municipality: Hashable
    valid_from: dt.date
    valid_until: dt.date
    issued_on: dt.date
    used: bool


def redemption_refusal(
    *,
    code: str,
    voucher: VoucherState | None,
    location_municipality: Hashable,
    location_accepts: bool,
    moment_date: dt.date,
    today: dt.date,
    grace_days: int = GRACE_DAYS,
) -> Refusal | None:
    """Why the voucher with ``code`` cannot pay for a care moment on ``moment_date`` at a
    location, or ``None`` when it can. The checks run in a fixed order, so the refusal given is
    the most useful one to the provider."""
    if code_problem(code) is not None:
        return Refusal.MISTYPED
    if voucher is None:
        return Refusal.UNKNOWN
    if voucher.municipality != location_municipality:
        return Refusal.WRONG_PROGRAMME
    if not location_accepts:
        return Refusal.LOCATION_REFUSES
    if voucher.used:
        return Refusal.ALREADY_USED
    if moment_date > today:
        return Refusal.FUTURE_DATE
    if moment_date > voucher.valid_until or today > voucher.valid_until + dt.timedelta(
        days=grace_days
    ):
        return Refusal.EXPIRED
    if moment_date < max(voucher.valid_from, voucher.issued_on):
        return Refusal.NOT_YET_VALID
    return None


# Statements -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One redeemed voucher on a provider's monthly statement (no family data)."""

    location: str
    moment_date: dt.date
    redeemed_on: dt.date
    code: str
    value_cents: int


@dataclass(frozen=True, slots=True)
class LocationTotal:
    location: str
    count: int
    total_cents: int


@dataclass(frozen=True, slots=True)
class StatementTotals:
    count: int
    total_cents: int
    by_location: tuple[LocationTotal, ...]


def statement_totals(lines: Iterable[StatementLine]) -> StatementTotals:
    """Counts and sums in whole cents: the lines, the locations and the total always agree."""
    count = total = 0
    per: dict[str, list[int]] = {}
    for line in lines:
        if isinstance(line.value_cents, bool) or not isinstance(line.value_cents, int):
            raise ValueError("a value is a whole number of cents")
        if line.value_cents < 0:
            raise ValueError("a value cannot be negative")
        count += 1
        total += line.value_cents
        entry = per.setdefault(line.location, [0, 0])
        entry[0] += 1
        entry[1] += line.value_cents
    return StatementTotals(
        count=count,
        total_cents=total,
        by_location=tuple(LocationTotal(name, n, c) for name, (n, c) in sorted(per.items())),
    )


def format_cents(cents: int, decimal_mark: str = ",") -> str:
    """12345 as ``123,45`` (Belgian notation by default); exact, no floating point."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}{decimal_mark}{part:02d}"


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and the last day of a month."""
    first = dt.date(year, month, 1)
    return first, add_months(first, 1) - dt.timedelta(days=1)


# Funnel -----------------------------------------------------------------------------------------

#: A family "continued" when a regular place starts within this many months after its last voucher.
CONTINUATION_MONTHS = 3


@dataclass(frozen=True, slots=True)
class FamilyUse:
    """One family's booklets in a programme: how many vouchers, when it used them, and when a
    regular place of the child started. ``partner`` and ``neighbourhood`` group the funnel."""

    family: Hashable
    vouchers: int
    used_on: tuple[dt.date, ...] = ()
    regular_starts: tuple[dt.date, ...] = ()
    partner: str = ""
    neighbourhood: str = ""

    @property
    def first_use(self) -> bool:
        return bool(self.used_on)

    @property
    def all_used(self) -> bool:
        return self.vouchers > 0 and len(self.used_on) >= self.vouchers

    @property
    def last_use(self) -> dt.date | None:
        return max(self.used_on) if self.used_on else None

    @property
    def continued(self) -> bool:
        last = self.last_use
        if last is None:
            return False
        until = add_months(last, CONTINUATION_MONTHS)
        return any(last <= start <= until for start in self.regular_starts)

    def awaiting(self, today: dt.date) -> bool:
        """Used vouchers, not continued yet, but the 3 months after the last use still run."""
        last = self.last_use
        return (
            last is not None
            and not self.continued
            and today <= add_months(last, CONTINUATION_MONTHS)
        )


@dataclass(frozen=True, slots=True)
class Funnel:
    """Families at each step. ``continued`` and ``awaiting`` are parts of ``first_use``."""

    issued: int = 0
    first_use: int = 0
    all_used: int = 0
    continued: int = 0
    awaiting: int = 0

    @property
    def never_used(self) -> int:
        """Drop-out between the booklet and the first use (the largest, seed 001, 4.5)."""
        return self.issued - self.first_use

    @property
    def stopped_before_all(self) -> int:
        return self.first_use - self.all_used

    @property
    def not_continued(self) -> int:
        """Used vouchers, no regular place within 3 months of the last one (and no more time)."""
        return self.first_use - self.continued - self.awaiting

    def share(self, part: int, whole: int) -> float | None:
        return part / whole if whole else None


def funnel(uses: Iterable[FamilyUse], today: dt.date) -> Funnel:
    """Count the families at each step of the funnel (one family counts once)."""
    seen: dict[Hashable, FamilyUse] = {}
    for use in uses:
        if use.family in seen:
            raise ValueError(f"family {use.family!r} is listed twice; merge its booklets first")
        seen[use.family] = use
    rows = list(seen.values())
    return Funnel(
        issued=len(rows),
        first_use=sum(u.first_use for u in rows),
        all_used=sum(u.all_used for u in rows),
        continued=sum(u.continued for u in rows),
        awaiting=sum(u.awaiting(today) for u in rows),
    )


def funnel_by(
    uses: Iterable[FamilyUse], key: Callable[[FamilyUse], str], today: dt.date
) -> dict[str, Funnel]:
    """The funnel per group (partner, neighbourhood), groups sorted by name."""
    groups: dict[str, list[FamilyUse]] = {}
    for use in uses:
        groups.setdefault(key(use), []).append(use)
    return {name: funnel(groups[name], today) for name in sorted(groups)}


def merge_uses(uses: Iterable[FamilyUse]) -> list[FamilyUse]:
    """One row per family: a family with two booklets (two children) counts once, with all its
    vouchers, uses and starts; the first row's partner and neighbourhood are kept."""
    merged: dict[Hashable, FamilyUse] = {}
    for use in uses:
        old = merged.get(use.family)
        if old is None:
            merged[use.family] = use
            continue
        merged[use.family] = FamilyUse(
            family=old.family,
            vouchers=old.vouchers + use.vouchers,
            used_on=old.used_on + use.used_on,
            regular_starts=old.regular_starts + use.regular_starts,
            partner=old.partner,
            neighbourhood=old.neighbourhood,
        )
    return list(merged.values())


# Case meetings ----------------------------------------------------------------------------------

#: Vouchers left but none used for this many days: the family may need a call.
IDLE_DAYS = 30
#: Kindergarten (kleuterschool) starts at 2.5 years: a place that ends before is "ended early".
KINDERGARTEN_MONTHS = 30


def vouchers_idle(
    *,
    issued_on: dt.date,
    used_on: Sequence[dt.date],
    vouchers: int,
    valid_until: dt.date,
    today: dt.date,
    idle_days: int = IDLE_DAYS,
) -> bool:
    """Vouchers are left, the programme still runs, and nothing was used for ``idle_days``."""
    if len(used_on) >= vouchers or today > valid_until:
        return False
    last = max([issued_on, *used_on])
    return (today - last).days >= idle_days


def ended_early(*, birth_date: dt.date | None, end_date: dt.date) -> bool:
    """A place that ended before the child could go to kindergarten (2.5 years)."""
    if birth_date is None:
        return True
    return end_date < add_months(birth_date, KINDERGARTEN_MONTHS)


# Booklet texts ----------------------------------------------------------------------------------

LANGUAGES: tuple[str, ...] = ("nl", "en", "fr", "ar")
RTL_LANGUAGES = frozenset({"ar"})

#: Plain words for the family, printed in the booklet. ``{...}`` are filled in.
BOOKLET_TEXTS: dict[str, dict[str, Any]] = {
    "nl": {
        "title": "Kinderopvangcheques",
        "for_child": "Voor {child}",
        "intro": (
            "Met deze cheques kan je {count} keer gratis naar de kinderopvang. Zo leer je de "
            "kinderopvang kennen, samen met je kind."
        ),
        "how": "Zo werkt het",
        "steps": [
            "Kies een kinderopvang uit de lijst van de stad, of vraag hulp aan {partner}.",
            "Spreek af met de kinderopvang: welke dag en hoe lang je kind blijft.",
            "Geef één cheque voor elke keer dat je kind komt. De kinderopvang scant de code.",
            "Het is gratis. Je betaalt niets.",
        ],
        "valid": "Geldig tot {valid_until}",
        "questions": "Vragen? Bel {partner} of het loket kinderopvang: {phone}.",
        "voucher": "Cheque {number} van {total}",
        "code": "Code",
        "one_moment": "Goed voor één opvangmoment, gratis.",
        "given_by": "Gekregen van {partner} op {issued_on}",
        "keep": "Bewaar dit boekje goed. Elke cheque kan maar één keer gebruikt worden.",
    },
    "en": {
        "title": "Childcare vouchers",
        "for_child": "For {child}",
        "intro": (
            "With these vouchers your child can go to childcare {count} times for free. You get "
            "to know childcare, together with your child."
        ),
        "how": "How it works",
        "steps": [
            "Choose a childcare location from the city's list, or ask {partner} to help you.",
            "Agree with the childcare location on the day and how long your child stays.",
            "Give one voucher for each time your child comes. The childcare scans the code.",
            "It is free. You pay nothing.",
        ],
        "valid": "Valid until {valid_until}",
        "questions": "Questions? Call {partner} or the childcare desk: {phone}.",
        "voucher": "Voucher {number} of {total}",
        "code": "Code",
        "one_moment": "Good for one time in childcare, free.",
        "given_by": "Given by {partner} on {issued_on}",
        "keep": "Keep this booklet safe. Each voucher can be used only once.",
    },
    "fr": {
        "title": "Chèques garde d'enfants",
        "for_child": "Pour {child}",
        "intro": (
            "Avec ces chèques, votre enfant peut aller {count} fois gratuitement à la garde "
            "d'enfants. Vous découvrez la garde d'enfants, avec votre enfant."
        ),
        "how": "Comment ça marche",
        "steps": [
            "Choisissez un lieu d'accueil dans la liste de la ville, ou demandez de l'aide à "
            "{partner}.",
            "Convenez avec le lieu d'accueil du jour et de la durée de la présence de votre "
            "enfant.",
            "Donnez un chèque à chaque venue de votre enfant. Le lieu d'accueil scanne le code.",
            "C'est gratuit. Vous ne payez rien.",
        ],
        "valid": "Valable jusqu'au {valid_until}",
        "questions": "Des questions ? Appelez {partner} ou le guichet garde d'enfants : {phone}.",
        "voucher": "Chèque {number} sur {total}",
        "code": "Code",
        "one_moment": "Valable pour une garde, gratuite.",
        "given_by": "Reçu de {partner} le {issued_on}",
        "keep": "Gardez bien ce carnet. Chaque chèque ne peut servir qu'une seule fois.",
    },
    "ar": {
        "title": "قسائم رعاية الأطفال",
        "for_child": "لـ {child}",
        "intro": (
            "بهذه القسائم يمكن لطفلك أن يذهب إلى دار رعاية الأطفال {count} مرات مجانًا. "
            "تتعرّف على رعاية الأطفال مع طفلك."
        ),
        "how": "كيف تعمل القسائم",
        "steps": [
            "اختر دار رعاية أطفال من قائمة المدينة، أو اطلب المساعدة من {partner}.",
            "اتفق مع دار الرعاية على اليوم وعلى مدة بقاء طفلك.",
            "أعطِ قسيمة واحدة في كل مرة يأتي فيها طفلك. تقوم دار الرعاية بمسح الرمز.",
            "الخدمة مجانية. لا تدفع شيئًا.",
        ],
        "valid": "صالحة حتى {valid_until}",
        "questions": "هل لديك أسئلة؟ اتصل بـ {partner} أو بمكتب رعاية الأطفال: {phone}.",
        "voucher": "القسيمة {number} من {total}",
        "code": "الرمز",
        "one_moment": "صالحة لمرة واحدة في دار الرعاية، مجانًا.",
        "given_by": "استلمتها من {partner} بتاريخ {issued_on}",
        "keep": "احتفظ بهذا الدفتر جيدًا. كل قسيمة تُستعمل مرة واحدة فقط.",
    },
}


def booklet_texts(
    language: str, overrides: Mapping[str, Mapping[str, Any]] | None = None, **values: Any
) -> dict[str, Any]:
    """The booklet's texts in ``language`` (Dutch when unknown), with the programme's own
    wording where it has some, and the ``{...}`` filled in from ``values``."""
    lang = language if language in BOOKLET_TEXTS else "nl"
    texts: dict[str, Any] = dict(BOOKLET_TEXTS[lang])
    texts.update((overrides or {}).get(lang, {}))

    def fill(text: str) -> str:
        try:
            return str(text).format_map(_Blank(values))
        except (ValueError, IndexError):  # a stray brace in a programme's own wording
            return str(text)

    return {
        key: [fill(t) for t in value] if isinstance(value, list) else fill(value)
        for key, value in texts.items()
    }


class _Blank(dict):
    """``str.format_map`` that leaves an unknown ``{name}`` as it is instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
