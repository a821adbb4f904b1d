"""Plain sentences for families from explanation entries (uitleg voor het gezin).

``explanation_sentence(entry, language, location_name)`` turns one entry of a result's
``explanations`` into a short, kind sentence in Dutch (default), English, French or Arabic,
without jargon: a priority tier becomes "voorrangsgroep 1, 2, ..." with a word on what it means,
and the lottery or registration date that decided between children of the same group is named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

LANGUAGES = ("nl", "en", "fr", "ar")
REASONS = frozenset({"not_open", "outranked", "reserve_taken", "full", "unresolved"})

DAY_NAMES = {
    "nl": dict(
        zip(
            ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
            ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
            strict=True,
        )
    ),
    "en": dict(
        zip(
            ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
            ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            strict=True,
        )
    ),
    "fr": dict(
        zip(
            ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
            ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            strict=True,
        )
    ),
    "ar": dict(
        zip(
            ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
            ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
            strict=True,
        )
    ),
}

MONTHS = {
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    "en": ("January February March April May June July August September October November December"),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}

TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "not_open": "{loc} is gesloten op {days}. Daarom was er daar geen plaats voor de dagen "
        "die u vroeg.",
        "outranked": "In {loc} waren alle plaatsen op {days} al gegeven aan kinderen die meer "
        "voorrang hadden dan uw kind.",
        "reserve_taken_cutoff": "In {loc} waren de plaatsen op {days} al gegeven aan kinderen "
        "die meer voorrang hadden. Ook de plaatsen die apart worden gehouden voor gezinnen die "
        "extra steun krijgen, waren al gegeven aan gezinnen die eerder aan de beurt waren.",
        "reserve_taken": "In {loc} waren de plaatsen die op {days} nog vrij waren, apart "
        "gehouden voor gezinnen die extra steun nodig hebben, en die gezinnen hebben ze gekregen.",
        "full": "In {loc} was er op {days} geen plaats meer vrij. De plaatsen op die dagen "
        "gingen naar kinderen bij wie de gevraagde dagen wel pasten in wat nog vrij was.",
        "unresolved": "Voor {loc} vond de automatische verdeling geen sluitende oplossing op "
        "{days}. Het loket bekijkt dit graag samen met u.",
        "cutoff": "Wie eerst aan de beurt is, hangt af van de voorrangsgroep: groep 1 komt eerst "
        "(bijvoorbeeld omdat de ouders werken of een opleiding volgen), daarna groep 2, enzovoort. "
        "Binnen dezelfde groep {tie}. Het laatste kind dat daar een plaats kreeg, zat in "
        "voorrangsgroep {group} en {value}.",
        "tie_lottery": "beslist een loting (een lager lotnummer komt eerst)",
        "tie_registration": "beslist de datum van inschrijving (wie zich eerder inschreef, komt "
        "eerst)",
        "value_lottery": "had lotnummer {value}",
        "value_registration": "had zich ingeschreven op {value}",
        "and": " en ",
        "day_prefix": "",
    },
    "en": {
        "not_open": "{loc} is closed on {days}, so it had no place for the days you asked for.",
        "outranked": "At {loc}, all places on {days} had already gone to children with more "
        "priority than your child.",
        "reserve_taken_cutoff": "At {loc}, the places on {days} had already gone to children "
        "with more priority. The places kept aside for families who get extra support had also "
        "gone to families whose turn came before yours.",
        "reserve_taken": "At {loc}, the places still free on {days} are kept aside for families "
        "who need extra support, and such families received them.",
        "full": "At {loc}, there was no free place left on {days}. The places on those days went "
        "to children whose days did fit in the places that were still free.",
        "unresolved": "For {loc}, the automatic allocation found no final answer for {days}. The "
        "childcare desk will gladly look at this with you.",
        "cutoff": "Whose turn comes first depends on the priority group: group 1 comes first "
        "(for example because the parents work or follow a training), then group 2, and so on. "
        "Within the same group, {tie}. The last child that got a place there was in priority "
        "group {group} and {value}.",
        "tie_lottery": "a lottery decides (a lower lottery number comes first)",
        "tie_registration": "the registration date decides (whoever registered earlier comes "
        "first)",
        "value_lottery": "had lottery number {value}",
        "value_registration": "had registered on {value}",
        "and": " and ",
        "day_prefix": "",
    },
    "fr": {
        "not_open": "{loc} est fermé {days} : il n'y avait donc pas de place pour les jours que "
        "vous avez demandés.",
        "outranked": "À {loc}, toutes les places {days} avaient déjà été données à des enfants "
        "qui avaient plus de priorité que votre enfant.",
        "reserve_taken_cutoff": "À {loc}, les places {days} avaient déjà été données à des "
        "enfants qui avaient plus de priorité. Les places gardées pour les familles qui reçoivent "
        "un soutien supplémentaire avaient aussi été données à des familles passées avant vous.",
        "reserve_taken": "À {loc}, les places encore libres {days} sont gardées pour les familles "
        "qui ont besoin d'un soutien supplémentaire, et ce sont ces familles qui les ont reçues.",
        "full": "À {loc}, il n'y avait plus de place libre {days}. Les places de ces jours-là "
        "sont allées à des enfants dont les jours demandés entraient encore dans les places "
        "libres.",
        "unresolved": "Pour {loc}, la répartition automatique n'a pas trouvé de réponse "
        "définitive {days}. Le guichet regardera volontiers cela avec vous.",
        "cutoff": "L'ordre de passage dépend du groupe de priorité : le groupe 1 passe en premier "
        "(par exemple parce que les parents travaillent ou suivent une formation), puis le "
        "groupe 2, et ainsi de suite. Dans un même groupe, {tie}. Le dernier enfant qui a reçu "
        "une place était dans le groupe de priorité {group} et {value}.",
        "tie_lottery": "un tirage au sort décide (le plus petit numéro passe en premier)",
        "tie_registration": "la date d'inscription décide (qui s'est inscrit plus tôt passe en "
        "premier)",
        "value_lottery": "avait le numéro de tirage {value}",
        "value_registration": "s'était inscrit le {value}",
        "and": " et ",
        "day_prefix": "le ",
    },
    "ar": {
        "not_open": "{loc} مغلق يوم {days}، ولذلك لم يكن فيه مكان للأيام التي طلبتموها.",
        "outranked": "في {loc}، كانت كل الأماكن يوم {days} قد أُعطيت لأطفال لهم أولوية أكبر "
        "من طفلكم.",
        "reserve_taken_cutoff": "في {loc}، كانت الأماكن يوم {days} قد أُعطيت لأطفال لهم أولوية "
        "أكبر. والأماكن المخصصة للأسر التي تحصل على دعم إضافي أُعطيت هي أيضًا لأسر جاء دورها "
        "قبلكم.",
        "reserve_taken": "في {loc}، الأماكن التي بقيت فارغة يوم {days} مخصصة للأسر التي تحتاج "
        "إلى دعم إضافي، وقد حصلت عليها هذه الأسر.",
        "full": "في {loc}، لم يبقَ مكان فارغ يوم {days}. ذهبت الأماكن في تلك الأيام إلى أطفال "
        "كانت أيامهم المطلوبة تناسب الأماكن التي بقيت فارغة.",
        "unresolved": "بالنسبة إلى {loc}، لم يجد التوزيع الآلي حلًا نهائيًا يوم {days}. يسعد "
        "شباك رعاية الأطفال أن يدرس ذلك معكم.",
        "cutoff": "يأتي الدور حسب مجموعة الأولوية: المجموعة 1 تأتي أولًا (مثلًا لأن الوالدين "
        "يعملان أو يتابعان تكوينًا)، ثم المجموعة 2، وهكذا. داخل المجموعة نفسها {tie}. آخر طفل "
        "حصل على مكان هناك كان في مجموعة الأولوية {group} و{value}.",
        "tie_lottery": "تقرر القرعة (الرقم الأصغر يأتي أولًا)",
        "tie_registration": "يقرر تاريخ التسجيل (من سجّل أولًا يأتي أولًا)",
        "value_lottery": "كان رقمه في القرعة {value}",
        "value_registration": "كان قد سجّل في {value}",
        "and": " و",
        "day_prefix": "",
    },
}


def _join(items: list[str], language: str) -> str:
    text = TEXT[language]
    items = [text["day_prefix"] + item for item in items]
    if language == "ar":
        return text["and"].join(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + text["and"] + items[-1]


def _number(value: float, language: str) -> str:
    """A lottery number as a family reads it: four decimals are enough to compare with their
    own number (shown on their page the same way)."""
    s = f"{float(value):.4f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if language in ("nl", "fr") else s


def _date(value: str, language: str) -> str:
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        from zoneinfo import ZoneInfo

        moment = moment.astimezone(ZoneInfo("Europe/Brussels"))
    except Exception:  # noqa: BLE001 - no time zone data: keep UTC
        moment = moment.astimezone(dt.UTC)
    return f"{moment.day} {MONTHS[language].split(' ')[moment.month - 1]} {moment.year}"


def explanation_sentence(
    entry: Mapping[str, Any], language: str = "nl", location_name: str | None = None
) -> str:
    """One explanation entry as a sentence for the family, in ``language`` (nl, en, fr, ar)."""
    if language not in TEXT:
        raise ValueError(f"unsupported language {language!r}; use one of {', '.join(LANGUAGES)}")
    text = TEXT[language]
    reason = entry.get("reason")
    cutoff = entry.get("cutoff")
    key = reason
    if reason == "reserve_taken" and cutoff:
        key = "reserve_taken_cutoff"
    if reason not in REASONS:
        raise ValueError(f"unknown explanation reason {reason!r}")
    names = DAY_NAMES[language]
    days = _join([names.get(d, d) for d in entry.get("days", [])], language)
    loc = location_name or str(entry.get("location", ""))
    sentence = text[key].format(loc=loc, days=days)
    if cutoff and reason in ("outranked", "reserve_taken"):
        if "lottery" in cutoff:
            tie = text["tie_lottery"]
            value = text["value_lottery"].format(value=_number(cutoff["lottery"], language))
        else:
            tie = text["tie_registration"]
            value = text["value_registration"].format(
                value=_date(cutoff["registered_at"], language)
            )
        sentence += " " + text["cutoff"].format(tie=tie, group=int(cutoff["tier"]) + 1, value=value)
    return sentence
