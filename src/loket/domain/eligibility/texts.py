"""Plain sentences that explain an eligibility decision, in Dutch, English, French and Arabic.

A rule returns :class:`Reason` values (a message key and its parameters), never sentences: the
Django layer can store the reasons with a decision and show them later in the reader's language.
:func:`render` turns a reason into a sentence. Dutch is the default language.

``{term}`` and ``{terms}`` in a message are fact, group or characteristic keys shown by their label;
``{share}`` is a share (0.2) shown as a percentage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

LANGUAGES: tuple[str, ...] = ("nl", "en", "fr", "ar")
DEFAULT_LANGUAGE = "nl"

#: Labels of fact keys, priority groups, vulnerability characteristics and built-in regimes.
TERM_LABELS: dict[str, dict[str, str]] = {
    # Facts: work situation.
    "working": {
        "nl": "een ouder werkt",
        "en": "a parent works",
        "fr": "un parent travaille",
        "ar": "أحد الوالدين يعمل",
    },
    "job_seeking": {
        "nl": "een ouder zoekt werk",
        "en": "a parent is looking for work",
        "fr": "un parent cherche du travail",
        "ar": "أحد الوالدين يبحث عن عمل",
    },
    "vocational_training": {
        "nl": "een ouder volgt een beroepsopleiding",
        "en": "a parent follows vocational training",
        "fr": "un parent suit une formation professionnelle",
        "ar": "أحد الوالدين يتابع تكوينًا مهنيًا",
    },
    "integration_course": {
        "nl": "een ouder volgt een inburgeringstraject",
        "en": "a parent follows an integration course",
        "fr": "un parent suit un parcours d'intégration",
        "ar": "أحد الوالدين يتابع مسار الاندماج",
    },
    "dutch_lessons": {
        "nl": "een ouder volgt Nederlandse les",
        "en": "a parent takes Dutch lessons",
        "fr": "un parent suit des cours de néerlandais",
        "ar": "أحد الوالدين يتابع دروس اللغة الهولندية",
    },
    "not_active": {
        "nl": "een ouder werkt niet en volgt geen opleiding",
        "en": "a parent neither works nor follows training",
        "fr": "un parent ne travaille pas et ne suit pas de formation",
        "ar": "أحد الوالدين لا يعمل ولا يتابع أي تكوين",
    },
    "works_four_fifths": {
        "nl": "de ouders werken of volgen een opleiding, gemiddeld minstens 4/5",
        "en": "the parents work or train at least 4/5 on average",
        "fr": "les parents travaillent ou se forment en moyenne au moins à 4/5",
        "ar": "الوالدان يعملان أو يتابعان تكوينًا بمعدل 4/5 على الأقل",
    },
    # Facts: family.
    "single_parent": {
        "nl": "eenoudergezin",
        "en": "single-parent family",
        "fr": "famille monoparentale",
        "ar": "أسرة بوالد واحد",
    },
    "low_income": {
        "nl": "laag inkomen",
        "en": "low income",
        "fr": "revenus faibles",
        "ar": "دخل منخفض",
    },
    "foster_child": {
        "nl": "pleegkind",
        "en": "foster child",
        "fr": "enfant placé en famille d'accueil",
        "ar": "طفل في أسرة حاضنة",
    },
    "sibling_in_care": {
        "nl": "een broer of zus wordt al opgevangen",
        "en": "a brother or sister is already in care",
        "fr": "un frère ou une sœur est déjà accueilli",
        "ar": "أخ أو أخت في الحضانة بالفعل",
    },
    "health_or_care_situation": {
        "nl": "gezondheids- of zorgsituatie",
        "en": "health or care situation",
        "fr": "situation de santé ou de soins",
        "ar": "وضع صحي أو حاجة إلى رعاية",
    },
    "no_secondary_diploma": {
        "nl": "geen diploma secundair onderwijs",
        "en": "no secondary-school diploma",
        "fr": "pas de diplôme de l'enseignement secondaire",
        "ar": "عدم الحصول على شهادة التعليم الثانوي",
    },
    "social_integration_income": {
        "nl": "leefloon",
        "en": "social integration income (leefloon)",
        "fr": "revenu d'intégration sociale",
        "ar": "دخل الإدماج الاجتماعي",
    },
    # Facts: child-poverty domains and Genk's extra signals.
    "weak_income": {
        "nl": "zwak maandinkomen",
        "en": "low monthly income",
        "fr": "revenu mensuel faible",
        "ar": "دخل شهري ضعيف",
    },
    "weak_education": {
        "nl": "zwakke opleiding van de ouders",
        "en": "parents' low education",
        "fr": "faible niveau d'études des parents",
        "ar": "مستوى تعليمي ضعيف للوالدين",
    },
    "weak_employment": {
        "nl": "zwakke arbeidssituatie van de ouders",
        "en": "parents' weak employment situation",
        "fr": "situation d'emploi précaire des parents",
        "ar": "وضع مهني هش للوالدين",
    },
    "weak_housing": {
        "nl": "zwakke huisvesting",
        "en": "poor housing",
        "fr": "logement précaire",
        "ar": "سكن غير لائق",
    },
    "weak_stimulation": {
        "nl": "zwakke stimulatie van het kind",
        "en": "little stimulation of the child",
        "fr": "faible stimulation de l'enfant",
        "ar": "ضعف تحفيز الطفل",
    },
    "weak_health": {
        "nl": "zwakke gezondheid",
        "en": "poor health",
        "fr": "santé fragile",
        "ar": "صحة ضعيفة",
    },
    "no_social_network": {
        "nl": "geen sociaal netwerk",
        "en": "no social network",
        "fr": "pas de réseau social",
        "ar": "غياب شبكة اجتماعية",
    },
    "burden_exceeds_capacity": {
        "nl": "de draaglast is groter dan de draagkracht",
        "en": "the burden exceeds the family's capacity",
        "fr": "la charge dépasse la capacité de la famille",
        "ar": "الأعباء تفوق قدرة الأسرة على التحمل",
    },
    # Priority groups (foster_child, single_parent, low_income share the facts' labels).
    "work_or_training": {
        "nl": "werk of opleiding",
        "en": "work or training",
        "fr": "travail ou formation",
        "ar": "العمل أو التكوين",
    },
    "work_four_fifths": {
        "nl": "werk of opleiding van minstens 4/5",
        "en": "work or training of at least 4/5",
        "fr": "travail ou formation d'au moins 4/5",
        "ar": "العمل أو التكوين بنسبة 4/5 على الأقل",
    },
    "sibling": {
        "nl": "broer of zus in dezelfde opvang",
        "en": "brother or sister at the same location",
        "fr": "frère ou sœur dans le même lieu d'accueil",
        "ar": "أخ أو أخت في نفس دار الحضانة",
    },
    # Vulnerability characteristics that are not a single fact.
    "care_for_work_or_training": {
        "nl": "opvang nodig voor werk of opleiding",
        "en": "childcare needed for work or training",
        "fr": "accueil nécessaire pour le travail ou la formation",
        "ar": "الحاجة إلى الحضانة من أجل العمل أو التكوين",
    },
    # Built-in priority regimes.
    "before_april_2024": {
        "nl": "de regels van vóór 1 april 2024, opnieuw van kracht sinds het arrest van het "
        "Grondwettelijk Hof van 30 april 2025",
        "en": "the rules from before 1 April 2024, in force again since the Constitutional "
        "Court's ruling of 30 April 2025",
        "fr": "les règles d'avant le 1er avril 2024, de nouveau en vigueur depuis l'arrêt de la "
        "Cour constitutionnelle du 30 avril 2025",
        "ar": "القواعد السارية قبل 1 أبريل 2024، المعمول بها من جديد منذ حكم المحكمة الدستورية "
        "الصادر في 30 أبريل 2025",
    },
    "april_2024_annulled": {
        "nl": "de regels van 1 april 2024, vernietigd door het Grondwettelijk Hof op 30 april 2025",
        "en": "the rules of 1 April 2024, annulled by the Constitutional Court on 30 April 2025",
        "fr": "les règles du 1er avril 2024, annulées par la Cour constitutionnelle le 30 avril "
        "2025",
        "ar": "قواعد 1 أبريل 2024، التي ألغتها المحكمة الدستورية في 30 أبريل 2025",
    },
}

#: Sentences per reason key and language.
MESSAGES: dict[str, dict[str, str]] = {
    # Priority.
    "priority.regime": {
        "nl": "Toegepaste voorrangsregels: {term}.",
        "en": "Priority rules applied: {term}.",
        "fr": "Règles de priorité appliquées : {term}.",
        "ar": "قواعد الأولوية المطبقة: {term}.",
    },
    "priority.group_matched": {
        "nl": "Uw gezin hoort bij de voorrangsgroep '{term}', omdat: {terms}.",
        "en": "Your family belongs to the priority group '{term}' because: {terms}.",
        "fr": "Votre famille fait partie du groupe prioritaire « {term} » parce que : {terms}.",
        "ar": "تنتمي أسرتكم إلى فئة الأولوية «{term}» لأن: {terms}.",
    },
    "priority.group_excluded": {
        "nl": "Uw gezin hoort niet bij de voorrangsgroep '{term}', want dit sluit die groep uit: "
        "{terms}.",
        "en": "Your family does not belong to the priority group '{term}', because this rules the "
        "group out: {terms}.",
        "fr": "Votre famille ne fait pas partie du groupe prioritaire « {term} », car ceci exclut "
        "ce groupe : {terms}.",
        "ar": "لا تنتمي أسرتكم إلى فئة الأولوية «{term}»، لأن ما يلي يستبعد هذه الفئة: {terms}.",
    },
    "priority.tier": {
        "nl": "In de standaardvolgorde staat de groep '{term}' op voorrangsniveau {count} van "
        "{total}; niveau 1 gaat voor.",
        "en": "In the default order the group '{term}' is at priority level {count} of {total}; "
        "level 1 comes first.",
        "fr": "Dans l'ordre par défaut, le groupe « {term} » est au niveau de priorité {count} sur "
        "{total} ; le niveau 1 passe en premier.",
        "ar": "في الترتيب الافتراضي، تأتي فئة «{term}» في مستوى الأولوية {count} من {total}؛ "
        "المستوى 1 يأتي أولًا.",
    },
    "priority.not_ranked": {
        "nl": "De groep '{term}' krijgt in de standaardvolgorde geen voorrang.",
        "en": "The group '{term}' gets no priority in the default order.",
        "fr": "Le groupe « {term} » n'a pas de priorité dans l'ordre par défaut.",
        "ar": "لا تحظى فئة «{term}» بأي أولوية في الترتيب الافتراضي.",
    },
    "priority.location_orders": {
        "nl": "Elke opvanglocatie kiest zelf de volgorde van de voorrangsgroepen; de volgorde van "
        "de locatie geldt.",
        "en": "Each childcare location chooses the order of the priority groups; the location's "
        "order applies.",
        "fr": "Chaque lieu d'accueil choisit l'ordre des groupes prioritaires ; l'ordre du lieu "
        "s'applique.",
        "ar": "تختار كل دار حضانة ترتيب فئات الأولوية بنفسها؛ ويُطبَّق ترتيب الدار.",
    },
    "priority.sibling_location": {
        "nl": "Voorrang voor een broer of zus geldt alleen in de opvanglocatie waar die broer of "
        "zus al wordt opgevangen.",
        "en": "Priority for a brother or sister applies only at the location where that brother "
        "or sister is already in care.",
        "fr": "La priorité pour un frère ou une sœur ne vaut que dans le lieu d'accueil où ce "
        "frère ou cette sœur est déjà accueilli.",
        "ar": "لا تُطبَّق أولوية الأخ أو الأخت إلا في دار الحضانة التي يوجد فيها هذا الأخ أو "
        "الأخت بالفعل.",
    },
    "priority.none": {
        "nl": "Uw gezin hoort bij geen enkele voorrangsgroep. Aanvragen uit een voorrangsgroep "
        "gaan voor.",
        "en": "Your family belongs to no priority group. Requests from a priority group come "
        "first.",
        "fr": "Votre famille ne fait partie d'aucun groupe prioritaire. Les demandes d'un groupe "
        "prioritaire passent en premier.",
        "ar": "لا تنتمي أسرتكم إلى أي فئة أولوية. تُعالَج طلبات فئات الأولوية أولًا.",
    },
    "priority.vulnerable_minimum": {
        "nl": "Elke opvanglocatie vangt per jaar minstens {share} kinderen uit kwetsbare gezinnen "
        "op.",
        "en": "Each childcare location cares for at least {share} children from vulnerable "
        "families each year.",
        "fr": "Chaque lieu d'accueil accueille chaque année au moins {share} d'enfants de familles "
        "vulnérables.",
        "ar": "تستقبل كل دار حضانة سنويًا ما لا يقل عن {share} من الأطفال من أسر هشة.",
    },
    "priority.deviation_maximum": {
        "nl": "Een opvanglocatie mag per jaar voor hoogstens {share} van de kinderen afwijken van "
        "deze volgorde, op advies van een gezinsondersteunende organisatie.",
        "en": "A location may depart from this order for at most {share} of the children each "
        "year, on the advice of a family-support organisation.",
        "fr": "Un lieu d'accueil peut déroger à cet ordre pour au plus {share} des enfants par an, "
        "sur avis d'une organisation de soutien aux familles.",
        "ar": "يجوز لدار الحضانة أن تخالف هذا الترتيب لما لا يزيد عن {share} من الأطفال سنويًا، "
        "بناءً على رأي منظمة لدعم الأسر.",
    },
    # Vulnerable family.
    "vulnerability.count_met": {
        "nl": "Kenmerken van een kwetsbaar gezin die van toepassing zijn: {terms} ({count}; "
        "minstens {minimum} nodig).",
        "en": "Characteristics of a vulnerable family that apply: {terms} ({count}; at least "
        "{minimum} needed).",
        "fr": "Caractéristiques d'une famille vulnérable qui s'appliquent : {terms} ({count} ; au "
        "moins {minimum} requises).",
        "ar": "خصائص الأسرة الهشة التي تنطبق: {terms} ({count}؛ والمطلوب {minimum} على الأقل).",
    },
    "vulnerability.count_short": {
        "nl": "Te weinig kenmerken van een kwetsbaar gezin: {terms} ({count}; minstens {minimum} "
        "nodig).",
        "en": "Too few characteristics of a vulnerable family: {terms} ({count}; at least "
        "{minimum} needed).",
        "fr": "Trop peu de caractéristiques d'une famille vulnérable : {terms} ({count} ; au moins "
        "{minimum} requises).",
        "ar": "خصائص الأسرة الهشة غير كافية: {terms} ({count}؛ والمطلوب {minimum} على الأقل).",
    },
    "vulnerability.count_none": {
        "nl": "Geen enkel kenmerk van een kwetsbaar gezin is van toepassing (minstens {minimum} "
        "nodig).",
        "en": "No characteristic of a vulnerable family applies (at least {minimum} needed).",
        "fr": "Aucune caractéristique d'une famille vulnérable ne s'applique (au moins {minimum} "
        "requises).",
        "ar": "لا تنطبق أي خاصية من خصائص الأسرة الهشة (المطلوب {minimum} على الأقل).",
    },
    "vulnerability.core_met": {
        "nl": "Minstens {minimum} van deze kernkenmerken moet van toepassing zijn: {terms}. Dat is "
        "zo ({count}).",
        "en": "At least {minimum} of these core characteristics must apply: {terms}. That is the "
        "case ({count}).",
        "fr": "Au moins {minimum} de ces caractéristiques essentielles doit s'appliquer : {terms}. "
        "C'est le cas ({count}).",
        "ar": "يجب أن تنطبق {minimum} على الأقل من هذه الخصائص الأساسية: {terms}. وهذا متحقق "
        "({count}).",
    },
    "vulnerability.core_short": {
        "nl": "Minstens {minimum} van deze kernkenmerken moet van toepassing zijn: {terms}. Dat is "
        "niet zo ({count}).",
        "en": "At least {minimum} of these core characteristics must apply: {terms}. That is not "
        "the case ({count}).",
        "fr": "Au moins {minimum} de ces caractéristiques essentielles doit s'appliquer : {terms}. "
        "Ce n'est pas le cas ({count}).",
        "ar": "يجب أن تنطبق {minimum} على الأقل من هذه الخصائص الأساسية: {terms}. وهذا غير متحقق "
        "({count}).",
    },
    "vulnerability.attested": {
        "nl": "Een toeleider heeft bevestigd dat uw gezin kwetsbaar is; volgens de regels van de "
        "gemeente volstaat dat.",
        "en": "A referral partner has confirmed that your family is vulnerable; under the "
        "municipality's rules that is enough.",
        "fr": "Un partenaire d'orientation a confirmé que votre famille est vulnérable ; selon les "
        "règles de la commune, cela suffit.",
        "ar": "أكّدت جهة شريكة في التوجيه أن أسرتكم هشة؛ ووفق قواعد البلدية يكفي ذلك.",
    },
    "vulnerability.attested_not_enough": {
        "nl": "Een toeleider heeft bevestigd dat uw gezin kwetsbaar is, maar volgens de regels "
        "van de gemeente volstaat dat niet alleen; de kenmerken tellen.",
        "en": "A referral partner has confirmed that your family is vulnerable, but under the "
        "municipality's rules that alone is not enough; the characteristics count.",
        "fr": "Un partenaire d'orientation a confirmé que votre famille est vulnérable, mais selon "
        "les règles de la commune cela ne suffit pas à lui seul ; les caractéristiques comptent.",
        "ar": "أكّدت جهة شريكة في التوجيه أن أسرتكم هشة، لكن وفق قواعد البلدية لا يكفي ذلك "
        "وحده؛ فالخصائص هي المعتبرة.",
    },
    "vulnerability.vulnerable": {
        "nl": "Uw gezin geldt als kwetsbaar gezin.",
        "en": "Your family counts as a vulnerable family.",
        "fr": "Votre famille est considérée comme une famille vulnérable.",
        "ar": "تُعتبر أسرتكم أسرة هشة.",
    },
    "vulnerability.not_vulnerable": {
        "nl": "Uw gezin geldt niet als kwetsbaar gezin.",
        "en": "Your family does not count as a vulnerable family.",
        "fr": "Votre famille n'est pas considérée comme une famille vulnérable.",
        "ar": "لا تُعتبر أسرتكم أسرة هشة.",
    },
    # Child poverty (kansarmoede).
    "child_poverty.domains": {
        "nl": "Zwakke score op {count} van de {total} domeinen: {terms}.",
        "en": "Weak score on {count} of the {total} domains: {terms}.",
        "fr": "Score faible dans {count} des {total} domaines : {terms}.",
        "ar": "درجة ضعيفة في {count} من أصل {total} مجالات: {terms}.",
    },
    "child_poverty.domains_none": {
        "nl": "Op geen enkel van de {total} domeinen een zwakke score.",
        "en": "No weak score on any of the {total} domains.",
        "fr": "Aucun score faible dans les {total} domaines.",
        "ar": "لا توجد درجة ضعيفة في أي من المجالات الـ{total}.",
    },
    "child_poverty.extras_counted": {
        "nl": "Bijkomende signalen die als domein meetellen: {terms} ({count}).",
        "en": "Extra signals that count as a domain: {terms} ({count}).",
        "fr": "Signaux supplémentaires comptés comme un domaine : {terms} ({count}).",
        "ar": "مؤشرات إضافية تُحتسب كمجال: {terms} ({count}).",
    },
    "child_poverty.extras_lowered": {
        "nl": "Bijkomende signalen ({terms}) verlagen de drempel tot {minimum} zwakke domeinen.",
        "en": "Extra signals ({terms}) lower the threshold to {minimum} weak domains.",
        "fr": "Des signaux supplémentaires ({terms}) abaissent le seuil à {minimum} domaines "
        "faibles.",
        "ar": "المؤشرات الإضافية ({terms}) تخفض العتبة إلى {minimum} من المجالات الضعيفة.",
    },
    "child_poverty.extras_ignored": {
        "nl": "Bijkomende signalen ({terms}) zijn genoteerd, maar tellen volgens deze regel niet "
        "mee.",
        "en": "Extra signals ({terms}) are noted but do not count under this rule.",
        "fr": "Des signaux supplémentaires ({terms}) sont notés mais ne comptent pas selon cette "
        "règle.",
        "ar": "سُجّلت مؤشرات إضافية ({terms}) لكنها لا تُحتسب وفق هذه القاعدة.",
    },
    "child_poverty.eligible": {
        "nl": "Telling {count}, drempel {minimum}: het gezin voldoet aan de kansarmoedecriteria.",
        "en": "Count {count}, threshold {minimum}: the family meets the child-poverty criteria.",
        "fr": "Total {count}, seuil {minimum} : la famille répond aux critères de pauvreté "
        "infantile.",
        "ar": "المجموع {count}، والعتبة {minimum}: تستوفي الأسرة معايير فقر الأطفال.",
    },
    "child_poverty.not_eligible": {
        "nl": "Telling {count}, drempel {minimum}: het gezin voldoet niet aan de "
        "kansarmoedecriteria.",
        "en": "Count {count}, threshold {minimum}: the family does not meet the child-poverty "
        "criteria.",
        "fr": "Total {count}, seuil {minimum} : la famille ne répond pas aux critères de pauvreté "
        "infantile.",
        "ar": "المجموع {count}، والعتبة {minimum}: لا تستوفي الأسرة معايير فقر الأطفال.",
    },
}

_LIST_WORDS = {"nl": " en ", "en": " and ", "fr": " et ", "ar": " و"}
_LIST_SEPARATOR = {"nl": ", ", "en": ", ", "fr": ", ", "ar": "، "}
_DECIMAL_MARK = {"nl": ",", "en": ".", "fr": ",", "ar": "."}
_PERCENT = {"nl": "{}%", "en": "{}%", "fr": "{} %", "ar": "{}٪"}


@dataclass(frozen=True, slots=True)
class Reason:
    """One explanation step: a key of :data:`MESSAGES` with its parameters."""

    key: str
    #: One fact, group, characteristic or regime key, shown by its label.
    term: str = ""
    #: Several keys, shown as a list of labels.
    terms: tuple[str, ...] = ()
    count: int = 0
    minimum: int = 0
    total: int = 0
    #: A share between 0 and 1, shown as a percentage.
    share: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        if self.key not in MESSAGES:
            raise ValueError(f"unknown reason key: {self.key!r}")

    def render(self, language: str = DEFAULT_LANGUAGE) -> str:
        """This reason as a sentence in ``language``."""
        return render(self, language)


def check_language(language: str) -> str:
    """Return ``language``; raise ValueError when it is not one of :data:`LANGUAGES`."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; use one of {', '.join(LANGUAGES)}")
    return language


def label(term: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The label of a fact, group, characteristic or regime key (the key itself when unknown)."""
    return TERM_LABELS.get(term, {}).get(check_language(language), term)


def join_labels(terms: Iterable[str], language: str = DEFAULT_LANGUAGE) -> str:
    """``a, b and c`` in ``language``."""
    labels = [label(term, language) for term in terms]
    if len(labels) <= 1:
        return "".join(labels)
    return _LIST_SEPARATOR[language].join(labels[:-1]) + _LIST_WORDS[language] + labels[-1]


def format_share(share: Decimal | float, language: str = DEFAULT_LANGUAGE) -> str:
    """0.2 → ``20%`` (``20 %`` in French, ``12,5%`` in Dutch)."""
    percent = (Decimal(str(share)) * 100).normalize()
    text = f"{percent:f}".replace(".", _DECIMAL_MARK[check_language(language)])
    return _PERCENT[language].format(text)


def render(reason: Reason, language: str = DEFAULT_LANGUAGE) -> str:
    """The sentence for ``reason`` in ``language``."""
    template = MESSAGES[reason.key][check_language(language)]
    return template.format(
        term=label(reason.term, language),
        terms=join_labels(reason.terms, language),
        count=reason.count,
        minimum=reason.minimum,
        total=reason.total,
        share=format_share(reason.share, language),
    )


def render_all(reasons: Iterable[Reason], language: str = DEFAULT_LANGUAGE) -> list[str]:
    """The sentences for ``reasons``, in order."""
    return [render(reason, language) for reason in reasons]
