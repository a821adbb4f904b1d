"""Sentences for the steps of a price estimate, for parents: Dutch, English, French, Arabic.

Each key is a :class:`~loket.domain.tariffs.explain.Step` or
:class:`~loket.domain.tariffs.explain.Phrase` key; ``{amount}`` is the step's own amount. Plain
words: "prijs per dag" (price per day), never "IKT"; the Dutch names a family meets on paper
(attest inkomenstarief, leefloon, huishoudelijk reglement) are given with their meaning. French
says CPAS for OCMW, as French-speaking Belgians do.
"""

from __future__ import annotations

#: How a price range reads: exact amounts are shown as money, never through these.
RANGE_TEXTS: dict[str, dict[str, str]] = {
    "between": {
        "nl": "tussen {low} en {high}",
        "en": "between {low} and {high}",
        "fr": "entre {low} et {high}",
        "ar": "بين {low} و {high}",
    },
    "at_least": {
        "nl": "minstens {low}",
        "en": "at least {low}",
        "fr": "au moins {low}",
        "ar": "على الأقل {low}",
    },
    "at_most": {
        "nl": "hoogstens {high}",
        "en": "at most {high}",
        "fr": "au plus {high}",
        "ar": "على الأكثر {high}",
    },
    "unknown": {
        "nl": "onbekend",
        "en": "unknown",
        "fr": "inconnu",
        "ar": "غير معروف",
    },
}

_ESTIMATE: dict[str, dict[str, str]] = {
    "income": {
        "nl": "Het gezamenlijk belastbaar inkomen van de ouders per jaar: {income}.",
        "en": "The parents' joint taxable income for a year: {income}.",
        "fr": "Le revenu imposable commun des parents pour une année : {income}.",
        "ar": "الدخل السنوي المشترك للوالدين الخاضع للضريبة: {income}.",
    },
    "part_borrowed": {
        "nl": "Onze bronnen publiceren {part} voor {year} niet. Zoals je vroeg, gebruiken we "
        "daarvoor de cijfers van {structure_year}. Dat zijn oudere cijfers: de echte prijs kan "
        "anders zijn.",
        "en": "Our sources do not publish {part} for {year}. As you asked, we use the figures "
        "of {structure_year} for this. These are older figures, so the real price can be "
        "different.",
        "fr": "Nos sources ne publient pas {part} pour {year}. Comme vous l'avez demandé, nous "
        "utilisons les chiffres de {structure_year}. Ce sont des chiffres plus anciens : le prix "
        "réel peut être différent.",
        "ar": "مصادرنا لا تنشر {part} لسنة {year}. كما طلبتم، نستعمل أرقام سنة "
        "{structure_year}. هذه أرقام أقدم، لذلك قد يكون السعر الحقيقي مختلفًا.",
    },
    "income_band_rate": {
        "nl": "Je inkomen ligt tussen {band_from} en {band_to}. Voor die inkomens is de prijs "
        "per dag het inkomen × {rate}: {income} × {rate} = {amount}.",
        "en": "Your income is between {band_from} and {band_to}. For these incomes the price "
        "per day is the income × {rate}: {income} × {rate} = {amount}.",
        "fr": "Votre revenu se situe entre {band_from} et {band_to}. Pour ces revenus, le prix "
        "par jour est le revenu × {rate} : {income} × {rate} = {amount}.",
        "ar": "دخلكم بين {band_from} و {band_to}. لهذا الدخل، السعر لليوم هو الدخل × {rate}: "
        "{income} × {rate} = {amount}.",
    },
    "band_cap_applied": {
        "nl": "Voor die inkomens is de prijs per dag hoogstens {cap}. {before} is meer, dus de "
        "prijs is {amount}.",
        "en": "For these incomes the price per day is at most {cap}. {before} is more, so the "
        "price is {amount}.",
        "fr": "Pour ces revenus, le prix par jour est d'au plus {cap}. {before} est plus élevé, "
        "le prix est donc de {amount}.",
        "ar": "لهذا الدخل، السعر لليوم لا يتجاوز {cap}. المبلغ {before} أكبر من ذلك، لذلك "
        "السعر هو {amount}.",
    },
    "band_cap_not_reached": {
        "nl": "Voor die inkomens is de prijs per dag hoogstens {cap}. {amount} is niet meer, "
        "dus de prijs blijft {amount}.",
        "en": "For these incomes the price per day is at most {cap}. {amount} is not more, so "
        "the price stays {amount}.",
        "fr": "Pour ces revenus, le prix par jour est d'au plus {cap}. {amount} n'est pas plus "
        "élevé, le prix reste donc de {amount}.",
        "ar": "لهذا الدخل، السعر لليوم لا يتجاوز {cap}. المبلغ {amount} ليس أكبر من ذلك، "
        "لذلك يبقى السعر {amount}.",
    },
    "income_band_fixed": {
        "nl": "Je inkomen ligt tussen {band_from} en {band_to}. Voor die inkomens is de prijs "
        "per dag {amount}.",
        "en": "Your income is between {band_from} and {band_to}. For these incomes the price "
        "per day is {amount}.",
        "fr": "Votre revenu se situe entre {band_from} et {band_to}. Pour ces revenus, le prix "
        "par jour est de {amount}.",
        "ar": "دخلكم بين {band_from} و {band_to}. لهذا الدخل، السعر لليوم هو {amount}.",
    },
    "income_band_top": {
        "nl": "Je inkomen is {band_from} of meer. Je betaalt de hoogste prijs per dag: {amount}.",
        "en": "Your income is {band_from} or more. You pay the highest price per day: {amount}.",
        "fr": "Votre revenu est de {band_from} ou plus. Vous payez le prix par jour le plus "
        "élevé : {amount}.",
        "ar": "دخلكم {band_from} أو أكثر. تدفعون أعلى سعر لليوم: {amount}.",
    },
    "income_band_unknown": {
        "nl": "Je inkomen ligt tussen {band_from} en {band_to}. Onze bronnen publiceren de prijs "
        "voor die inkomens in {year} niet, dus we kunnen de juiste prijs niet geven. Prijs per "
        "dag: {amount}.",
        "en": "Your income is between {band_from} and {band_to}. Our sources do not publish the "
        "price for these incomes in {year}, so we cannot give the exact price. Price per day: "
        "{amount}.",
        "fr": "Votre revenu se situe entre {band_from} et {band_to}. Nos sources ne publient pas "
        "le prix pour ces revenus en {year} : nous ne pouvons donc pas donner le prix exact. "
        "Prix par jour : {amount}.",
        "ar": "دخلكم بين {band_from} و {band_to}. مصادرنا لا تنشر السعر لهذا الدخل في سنة "
        "{year}، لذلك لا نستطيع إعطاء السعر الدقيق. السعر لليوم: {amount}.",
    },
    "income_bands_unknown": {
        "nl": "Onze bronnen publiceren voor {year} niet welke prijs bij welk inkomen hoort, dus "
        "we kunnen de prijs niet berekenen uit je inkomen.",
        "en": "Our sources do not publish for {year} which price goes with which income, so we "
        "cannot calculate the price from your income.",
        "fr": "Nos sources ne publient pas pour {year} quel prix correspond à quel revenu : nous "
        "ne pouvons donc pas calculer le prix à partir de votre revenu.",
        "ar": "مصادرنا لا تنشر لسنة {year} أي سعر يقابل أي دخل، لذلك لا نستطيع حساب السعر "
        "انطلاقًا من دخلكم.",
    },
    "maximum_applied": {
        "nl": "De hoogste prijs per dag in {year} is {maximum}. Prijs per dag: {amount}.",
        "en": "The highest price per day in {year} is {maximum}. Price per day: {amount}.",
        "fr": "Le prix par jour le plus élevé en {year} est de {maximum}. Prix par jour : "
        "{amount}.",
        "ar": "أعلى سعر لليوم في سنة {year} هو {maximum}. السعر لليوم: {amount}.",
    },
    "child_reduction_none": {
        "nl": "Je hebt 1 kind ten laste. De korting geldt voor elk kind ten laste na het eerste, "
        "dus er is geen korting.",
        "en": "You have 1 dependent child. The reduction is for each dependent child after the "
        "first, so there is none.",
        "fr": "Vous avez 1 enfant à charge. La réduction vaut pour chaque enfant à charge après "
        "le premier : il n'y en a donc pas.",
        "ar": "لديكم طفل واحد تتكفلون به. التخفيض يكون عن كل طفل بعد الطفل الأول، لذلك لا "
        "يوجد تخفيض.",
    },
    "child_reduction": {
        "nl": "Je hebt {children} kinderen ten laste. Voor elk kind na het eerste daalt de prijs "
        "met {reduction}: {extra_children} × {reduction} = {total} minder. Prijs per dag: "
        "{amount}.",
        "en": "You have {children} dependent children. For each child after the first, the "
        "price goes down by {reduction}: {extra_children} × {reduction} = {total} less. Price "
        "per day: {amount}.",
        "fr": "Vous avez {children} enfants à charge. Pour chaque enfant après le premier, le "
        "prix baisse de {reduction} : {extra_children} × {reduction} = {total} en moins. Prix "
        "par jour : {amount}.",
        "ar": "عدد الأطفال الذين تتكفلون بهم: {children}. عن كل طفل بعد الطفل الأول ينخفض "
        "السعر بمبلغ {reduction}: {extra_children} × {reduction} = {total} أقل. السعر لليوم: "
        "{amount}.",
    },
    "child_reduction_unknown": {
        "nl": "Je hebt {children} kinderen ten laste. De prijs daalt voor elk kind na het "
        "eerste, maar onze bronnen publiceren niet met hoeveel voor {year}. Prijs per dag: "
        "{amount}.",
        "en": "You have {children} dependent children. The price goes down for each child "
        "after the first, but our sources do not publish by how much for {year}. Price per "
        "day: {amount}.",
        "fr": "Vous avez {children} enfants à charge. Le prix baisse pour chaque enfant après le "
        "premier, mais nos sources ne publient pas de combien pour {year}. Prix par jour : "
        "{amount}.",
        "ar": "عدد الأطفال الذين تتكفلون بهم: {children}. ينخفض السعر عن كل طفل بعد الطفل "
        "الأول، لكن مصادرنا لا تنشر قيمة هذا التخفيض لسنة {year}. السعر لليوم: {amount}.",
    },
    "multiple_birth_reduction": {
        "nl": "Je hebt een tweeling of drieling: de prijs daalt nog met {reduction}. Prijs per "
        "dag: {amount}.",
        "en": "You have twins or triplets: the price goes down by {reduction} more. Price per "
        "day: {amount}.",
        "fr": "Vous avez des jumeaux ou des triplés : le prix baisse encore de {reduction}. Prix "
        "par jour : {amount}.",
        "ar": "لديكم توأم (اثنان أو ثلاثة): ينخفض السعر بمبلغ إضافي قدره {reduction}. السعر "
        "لليوم: {amount}.",
    },
    "multiple_birth_reduction_unknown": {
        "nl": "Je hebt een tweeling of drieling: de prijs daalt nog wat, maar onze bronnen "
        "publiceren niet met hoeveel voor {year}. Prijs per dag: {amount}.",
        "en": "You have twins or triplets: the price goes down a little more, but our sources "
        "do not publish by how much for {year}. Price per day: {amount}.",
        "fr": "Vous avez des jumeaux ou des triplés : le prix baisse encore, mais nos sources "
        "ne publient pas de combien pour {year}. Prix par jour : {amount}.",
        "ar": "لديكم توأم (اثنان أو ثلاثة): ينخفض السعر أكثر، لكن مصادرنا لا تنشر قيمة هذا "
        "التخفيض لسنة {year}. السعر لليوم: {amount}.",
    },
    "minimum_applied": {
        "nl": "De prijs per dag is in {year} nooit lager dan {minimum}. Prijs per dag: {amount}.",
        "en": "The price per day is never lower than {minimum} in {year}. Price per day: {amount}.",
        "fr": "En {year}, le prix par jour n'est jamais inférieur à {minimum}. Prix par jour : "
        "{amount}.",
        "ar": "في سنة {year} لا يقل السعر لليوم أبدًا عن {minimum}. السعر لليوم: {amount}.",
    },
    "minimum_not_reached": {
        "nl": "De prijs per dag is in {year} nooit lager dan {minimum}. Jouw prijs is niet "
        "lager, dus hij verandert niet: {amount}.",
        "en": "The price per day is never lower than {minimum} in {year}. Your price is not "
        "lower, so it does not change: {amount}.",
        "fr": "En {year}, le prix par jour n'est jamais inférieur à {minimum}. Votre prix n'est "
        "pas inférieur, il ne change donc pas : {amount}.",
        "ar": "في سنة {year} لا يقل السعر لليوم أبدًا عن {minimum}. سعركم ليس أقل من ذلك، "
        "لذلك لا يتغير: {amount}.",
    },
    "minimum_unknown": {
        "nl": "Onze bronnen publiceren de laagste prijs per dag (minimum) voor {year} niet, dus "
        "we passen die niet toe. Is dat minimum hoger dan jouw prijs, dan betaal je het "
        "minimum. Prijs per dag: {amount}.",
        "en": "Our sources do not publish the lowest price per day (minimum) for {year}, so we "
        "do not apply it. If that minimum is higher than your price, you pay the minimum. Price "
        "per day: {amount}.",
        "fr": "Nos sources ne publient pas le prix minimum par jour pour {year} : nous ne "
        "l'appliquons donc pas. Si ce minimum est plus élevé que votre prix, vous payez le "
        "minimum. Prix par jour : {amount}.",
        "ar": "مصادرنا لا تنشر أدنى سعر لليوم (الحد الأدنى) لسنة {year}، لذلك لا نطبقه. إذا "
        "كان هذا الحد الأدنى أعلى من سعركم، تدفعون الحد الأدنى. السعر لليوم: {amount}.",
    },
    "minimum_unknown_no_price": {
        "nl": "De kortingen zijn even groot als de prijs of groter. Dan betaal je de laagste "
        "prijs per dag (minimum), maar onze bronnen publiceren die voor {year} niet. Prijs per "
        "dag: {amount}.",
        "en": "The reductions are as large as the price or larger. Then you pay the lowest "
        "price per day (minimum), but our sources do not publish it for {year}. Price per day: "
        "{amount}.",
        "fr": "Les réductions sont aussi grandes que le prix, ou plus grandes. Vous payez alors "
        "le prix minimum par jour, mais nos sources ne le publient pas pour {year}. Prix par "
        "jour : {amount}.",
        "ar": "التخفيضات تساوي السعر أو تفوقه. في هذه الحالة تدفعون أدنى سعر لليوم (الحد "
        "الأدنى)، لكن مصادرنا لا تنشره لسنة {year}. السعر لليوم: {amount}.",
    },
    "day_length": {
        "nl": "Je kind is {hours} uur per dag in de opvang. Voor een dag van die lengte "
        "({bucket}) betaal je {percent} van de prijs per dag: {percent} × {before} = {amount}.",
        "en": "Your child is in care {hours} hours a day. For a day of this length ({bucket}) "
        "you pay {percent} of the price per day: {percent} × {before} = {amount}.",
        "fr": "Votre enfant est accueilli {hours} heures par jour. Pour une journée de cette "
        "durée ({bucket}), vous payez {percent} du prix par jour : {percent} × {before} = "
        "{amount}.",
        "ar": "طفلكم في الحضانة {hours} ساعات في اليوم. عن يوم بهذه المدة ({bucket}) تدفعون "
        "{percent} من السعر لليوم: {percent} × {before} = {amount}.",
    },
    "plan_day_length": {
        "nl": "Een dag van {hours} uur in je plan ({bucket}): je betaalt {percent} van de prijs "
        "per dag: {percent} × {before} = {amount}.",
        "en": "A day of {hours} hours in your plan ({bucket}): you pay {percent} of the price "
        "per day: {percent} × {before} = {amount}.",
        "fr": "Une journée de {hours} heures dans votre plan ({bucket}) : vous payez {percent} "
        "du prix par jour : {percent} × {before} = {amount}.",
        "ar": "يوم من {hours} ساعات في برنامجكم ({bucket}): تدفعون {percent} من السعر لليوم: "
        "{percent} × {before} = {amount}.",
    },
    "day_length_range": {
        "nl": "Je kind is {hours} uur per dag in de opvang. Voor een dag van die lengte "
        "({bucket}) betaal je {percent} van de prijs per dag. Prijs per dag: {amount}.",
        "en": "Your child is in care {hours} hours a day. For a day of this length ({bucket}) "
        "you pay {percent} of the price per day. Price per day: {amount}.",
        "fr": "Votre enfant est accueilli {hours} heures par jour. Pour une journée de cette "
        "durée ({bucket}), vous payez {percent} du prix par jour. Prix par jour : {amount}.",
        "ar": "طفلكم في الحضانة {hours} ساعات في اليوم. عن يوم بهذه المدة ({bucket}) تدفعون "
        "{percent} من السعر لليوم. السعر لليوم: {amount}.",
    },
    "plan_day_length_range": {
        "nl": "Een dag van {hours} uur in je plan ({bucket}): je betaalt {percent} van de prijs "
        "per dag. Prijs voor die dag: {amount}.",
        "en": "A day of {hours} hours in your plan ({bucket}): you pay {percent} of the price "
        "per day. Price for that day: {amount}.",
        "fr": "Une journée de {hours} heures dans votre plan ({bucket}) : vous payez {percent} "
        "du prix par jour. Prix pour cette journée : {amount}.",
        "ar": "يوم من {hours} ساعات في برنامجكم ({bucket}): تدفعون {percent} من السعر لليوم. "
        "سعر هذا اليوم: {amount}.",
    },
    "day_length_unknown": {
        "nl": "Je kind is {hours} uur per dag in de opvang. Onze bronnen publiceren voor {year} "
        "niet hoe de prijs afhangt van het aantal uren opvang, dus we kunnen de prijs voor zo'n "
        "dag niet geven. Prijs per dag vóór deze stap: {before}.",
        "en": "Your child is in care {hours} hours a day. Our sources do not publish for {year} "
        "how the price depends on the hours of care, so we cannot give the price for such a "
        "day. Price per day before this step: {before}.",
        "fr": "Votre enfant est accueilli {hours} heures par jour. Nos sources ne publient pas "
        "pour {year} comment le prix dépend du nombre d'heures d'accueil : nous ne pouvons donc "
        "pas donner le prix pour une telle journée. Prix par jour avant cette étape : {before}.",
        "ar": "طفلكم في الحضانة {hours} ساعات في اليوم. مصادرنا لا تنشر لسنة {year} كيف يتغير "
        "السعر حسب عدد ساعات الرعاية، لذلك لا نستطيع إعطاء السعر لمثل هذا اليوم. السعر لليوم "
        "قبل هذه الخطوة: {before}.",
    },
    "week_days": {
        "nl": "Per week: {count} × een dag van {hours} uur aan {price} = {amount}.",
        "en": "Each week: {count} × a day of {hours} hours at {price} = {amount}.",
        "fr": "Par semaine : {count} × une journée de {hours} heures à {price} = {amount}.",
        "ar": "في الأسبوع: {count} × يوم من {hours} ساعات بسعر {price} = {amount}.",
    },
    "week_days_range": {
        "nl": "Per week: {count} × een dag van {hours} uur. Prijs per week: {amount}.",
        "en": "Each week: {count} × a day of {hours} hours. Price per week: {amount}.",
        "fr": "Par semaine : {count} × une journée de {hours} heures. Prix par semaine : {amount}.",
        "ar": "في الأسبوع: {count} × يوم من {hours} ساعات. السعر في الأسبوع: {amount}.",
    },
    "week_total": {
        "nl": "Samen per week: {amount}.",
        "en": "Together each week: {amount}.",
        "fr": "Au total par semaine : {amount}.",
        "ar": "المجموع في الأسبوع: {amount}.",
    },
    "month": {
        "nl": "Een jaar heeft 52 weken, dus een maand heeft gemiddeld 52 ÷ 12 weken (ongeveer "
        "4,33). Per maand: {week} × 52 ÷ 12 = {amount}.",
        "en": "A year has 52 weeks, so a month has on average 52 ÷ 12 weeks (about 4.33). Per "
        "month: {week} × 52 ÷ 12 = {amount}.",
        "fr": "Une année compte 52 semaines : un mois compte donc en moyenne 52 ÷ 12 semaines "
        "(environ 4,33). Par mois : {week} × 52 ÷ 12 = {amount}.",
        "ar": "في السنة 52 أسبوعًا، إذن في الشهر في المتوسط 52 ÷ 12 أسبوعًا (حوالي 4.33). في "
        "الشهر: {week} × 52 ÷ 12 = {amount}.",
    },
    "month_range": {
        "nl": "Een jaar heeft 52 weken, dus een maand heeft gemiddeld 52 ÷ 12 weken (ongeveer "
        "4,33). Prijs per maand: {amount}.",
        "en": "A year has 52 weeks, so a month has on average 52 ÷ 12 weeks (about 4.33). Price "
        "per month: {amount}.",
        "fr": "Une année compte 52 semaines : un mois compte donc en moyenne 52 ÷ 12 semaines "
        "(environ 4,33). Prix par mois : {amount}.",
        "ar": "في السنة 52 أسبوعًا، إذن في الشهر في المتوسط 52 ÷ 12 أسبوعًا (حوالي 4.33). "
        "السعر في الشهر: {amount}.",
    },
    "official_price": {
        "nl": "Dit is een schatting. Je officiële prijs per dag staat op het 'attest "
        "inkomenstarief' dat je van Kind en Gezin (Opgroeien) krijgt.",
        "en": "This is an estimate. Your official price per day is on the 'attest "
        "inkomenstarief' that Kind en Gezin (Opgroeien) gives you.",
        "fr": "Ceci est une estimation. Votre prix officiel par jour figure sur l'« attest "
        "inkomenstarief » que Kind en Gezin (Opgroeien) vous délivre.",
        "ar": "هذا تقدير فقط. سعركم الرسمي لليوم مكتوب في الوثيقة 'attest inkomenstarief' "
        "التي تمنحها لكم Kind en Gezin (Opgroeien).",
    },
    "year_incomplete": {
        "nl": "Onze bronnen publiceren niet alle cijfers voor {year}. Niet bekend: {parts}.",
        "en": "Our sources do not publish all figures for {year}. Not known: {parts}.",
        "fr": "Nos sources ne publient pas tous les chiffres pour {year}. Inconnu : {parts}.",
        "ar": "مصادرنا لا تنشر كل الأرقام لسنة {year}. غير معروف: {parts}.",
    },
    "price_unknown": {
        "nl": "Met de gepubliceerde cijfers kunnen we geen juiste prijs per dag geven. Prijs per "
        "dag: {amount}.",
        "en": "With the published figures we cannot give an exact price per day. Price per day: "
        "{amount}.",
        "fr": "Avec les chiffres publiés, nous ne pouvons pas donner de prix exact par jour. "
        "Prix par jour : {amount}.",
        "ar": "بالأرقام المنشورة لا نستطيع إعطاء سعر دقيق لليوم. السعر لليوم: {amount}.",
    },
}

#: Names of the parts of a year's figures, and of a day length (sentence parts).
_PARTS: dict[str, dict[str, str]] = {
    "part_income_bands": {
        "nl": "welke prijs bij welk inkomen hoort",
        "en": "which price goes with which income",
        "fr": "quel prix correspond à quel revenu",
        "ar": "أي سعر يقابل أي دخل",
    },
    "part_maximum": {
        "nl": "de hoogste prijs per dag",
        "en": "the highest price per day",
        "fr": "le prix par jour le plus élevé",
        "ar": "أعلى سعر لليوم",
    },
    "part_child_reduction": {
        "nl": "de korting per bijkomend kind",
        "en": "the reduction for each extra child",
        "fr": "la réduction par enfant supplémentaire",
        "ar": "التخفيض عن كل طفل إضافي",
    },
    "part_multiple_birth_reduction": {
        "nl": "de extra korting voor een tweeling of drieling",
        "en": "the extra reduction for twins or triplets",
        "fr": "la réduction supplémentaire pour des jumeaux ou des triplés",
        "ar": "التخفيض الإضافي للتوائم",
    },
    "part_standard_minimum": {
        "nl": "de laagste prijs per dag (minimum)",
        "en": "the lowest price per day (minimum)",
        "fr": "le prix minimum par jour",
        "ar": "أدنى سعر لليوم (الحد الأدنى)",
    },
    "part_lowest_minimum": {
        "nl": "het laagste minimum dat het OCMW kan geven",
        "en": "the lowest minimum the OCMW can give",
        "fr": "le minimum le plus bas que le CPAS peut accorder",
        "ar": "أدنى حد أدنى يمكن أن يمنحه OCMW",
    },
    "part_day_length_factors": {
        "nl": "hoe de prijs afhangt van het aantal uren opvang per dag",
        "en": "how the price depends on the hours of care a day",
        "fr": "comment le prix dépend du nombre d'heures d'accueil par jour",
        "ar": "كيف يتغير السعر حسب عدد ساعات الرعاية في اليوم",
    },
    "part_unknown_band": {
        "nl": "de prijzen voor inkomens tussen {band_from} en {band_to}",
        "en": "the prices for incomes between {band_from} and {band_to}",
        "fr": "les prix pour les revenus entre {band_from} et {band_to}",
        "ar": "الأسعار للمداخيل بين {band_from} و {band_to}",
    },
    # A day length: from_hours ("from", included or not) and to_hours ("to", included or not);
    # "none" leaves out a side that is no limit (above 0 hours, up to 24 hours included).
    "hours_none_excl": {
        "nl": "minder dan {to} uur",
        "en": "less than {to} hours",
        "fr": "moins de {to} heures",
        "ar": "أقل من {to} ساعات",
    },
    "hours_none_incl": {
        "nl": "tot en met {to} uur",
        "en": "up to and including {to} hours",
        "fr": "jusqu'à {to} heures comprises",
        "ar": "حتى {to} ساعات (مع احتسابها)",
    },
    "hours_incl_excl": {
        "nl": "vanaf {from} uur tot minder dan {to} uur",
        "en": "from {from} hours to less than {to} hours",
        "fr": "de {from} heures à moins de {to} heures",
        "ar": "من {from} ساعات إلى أقل من {to} ساعات",
    },
    "hours_incl_incl": {
        "nl": "vanaf {from} uur tot en met {to} uur",
        "en": "from {from} hours up to and including {to} hours",
        "fr": "de {from} heures à {to} heures comprises",
        "ar": "من {from} ساعات إلى {to} ساعات (مع احتسابها)",
    },
    "hours_excl_excl": {
        "nl": "meer dan {from} uur en minder dan {to} uur",
        "en": "more than {from} hours and less than {to} hours",
        "fr": "plus de {from} heures et moins de {to} heures",
        "ar": "أكثر من {from} ساعات وأقل من {to} ساعات",
    },
    "hours_excl_incl": {
        "nl": "meer dan {from} uur tot en met {to} uur",
        "en": "more than {from} hours up to and including {to} hours",
        "fr": "plus de {from} heures jusqu'à {to} heures comprises",
        "ar": "أكثر من {from} ساعات إلى {to} ساعات (مع احتسابها)",
    },
    "hours_incl_none": {
        "nl": "{from} uur of meer",
        "en": "{from} hours or more",
        "fr": "{from} heures ou plus",
        "ar": "{from} ساعات أو أكثر",
    },
    "hours_excl_none": {
        "nl": "meer dan {from} uur",
        "en": "more than {from} hours",
        "fr": "plus de {from} heures",
        "ar": "أكثر من {from} ساعات",
    },
}

_BOOKING: dict[str, dict[str, str]] = {
    "booking_pay_reserved": {
        "nl": "'Bestellen is betalen': je betaalt elke dag die in je opvangplan staat, ook als "
        "je kind thuisblijft. Alleen een respijtdag betaal je niet.",
        "en": "'Bestellen is betalen' (you pay what you book): you pay for every day in your "
        "care plan, also when your child stays home. Only a respite day is not paid.",
        "fr": "« Bestellen is betalen » (ce qui est réservé est payé) : vous payez chaque jour "
        "de votre plan d'accueil, même quand votre enfant reste à la maison. Seul un jour de "
        "répit (respijtdag) n'est pas payé.",
        "ar": "'Bestellen is betalen' (ما تحجزونه تدفعونه): تدفعون ثمن كل يوم في برنامج "
        "الحضانة، حتى إذا بقي طفلكم في البيت. فقط يوم الإعفاء (respijtdag) لا تدفعونه.",
    },
    "booking_plan": {
        "nl": "Gereserveerde dagen per week in je plan: {days}.",
        "en": "Days reserved each week in your plan: {days}.",
        "fr": "Jours réservés par semaine dans votre plan : {days}.",
        "ar": "عدد الأيام المحجوزة في الأسبوع في برنامجكم: {days}.",
    },
    "respite_full_time": {
        "nl": "Een plan van {full_time} dagen per week of meer geeft minstens {granted} "
        "respijtdagen per jaar: dagen waarop je kind thuis kan blijven zonder dat je ze betaalt.",
        "en": "A plan of {full_time} days a week or more gives at least {granted} respite days "
        "a year: days your child can stay home without you paying for them.",
        "fr": "Un plan de {full_time} jours par semaine ou plus donne au moins {granted} jours "
        "de répit (respijtdagen) par an : des jours où votre enfant peut rester à la maison "
        "sans que vous les payiez.",
        "ar": "برنامج من {full_time} أيام في الأسبوع أو أكثر يعطي على الأقل {granted} من أيام "
        "الإعفاء (respijtdagen) في السنة: أيام يمكن أن يبقى فيها طفلكم في البيت دون أن تدفعوا "
        "ثمنها.",
    },
    "respite_part_time": {
        "nl": "Een voltijds plan ({full_time} dagen per week) geeft minstens {per_year} "
        "respijtdagen per jaar: dagen waarop je kind thuis kan blijven zonder dat je ze betaalt. "
        "Jouw plan heeft {days} van de {full_time} dagen, dus je krijgt je deel: {per_year} × "
        "{days} ÷ {full_time} = {exact}, naar boven afgerond: minstens {granted} respijtdagen "
        "per jaar.",
        "en": "A full-time plan ({full_time} days a week) gives at least {per_year} respite days "
        "a year: days your child can stay home without you paying for them. Your plan has "
        "{days} of the {full_time} days, so you get your share: {per_year} × {days} ÷ "
        "{full_time} = {exact}, rounded up: at least {granted} respite days a year.",
        "fr": "Un plan à temps plein ({full_time} jours par semaine) donne au moins {per_year} "
        "jours de répit (respijtdagen) par an : des jours où votre enfant peut rester à la "
        "maison sans que vous les payiez. Votre plan compte {days} des {full_time} jours, vous "
        "recevez donc votre part : {per_year} × {days} ÷ {full_time} = {exact}, arrondi vers le "
        "haut : au moins {granted} jours de répit par an.",
        "ar": "برنامج بدوام كامل ({full_time} أيام في الأسبوع) يعطي على الأقل {per_year} من "
        "أيام الإعفاء (respijtdagen) في السنة: أيام يمكن أن يبقى فيها طفلكم في البيت دون أن "
        "تدفعوا ثمنها. برنامجكم يضم {days} من {full_time} أيام، لذلك تحصلون على حصتكم: "
        "{per_year} × {days} ÷ {full_time} = {exact}، مع التقريب إلى الأعلى: على الأقل "
        "{granted} من أيام الإعفاء في السنة.",
    },
    "day_value": {
        "nl": "Een dag van {hours} uur kost {price}: die betaal je ook als je kind thuisblijft, "
        "behalve als je er een respijtdag voor neemt.",
        "en": "A day of {hours} hours costs {price}: you pay it also when your child stays "
        "home, unless you take a respite day for it.",
        "fr": "Une journée de {hours} heures coûte {price} : vous la payez aussi quand votre "
        "enfant reste à la maison, sauf si vous prenez un jour de répit.",
        "ar": "يوم من {hours} ساعات يكلف {price}: تدفعونه حتى إذا بقي طفلكم في البيت، إلا إذا "
        "أخذتم عنه يوم إعفاء.",
    },
    "house_rules": {
        "nl": "Vraag je kinderopvang naar het huishoudelijk reglement: daarin staat hoe je een "
        "afwezigheid meldt, en sommige opvang geeft meer respijtdagen.",
        "en": "Ask your childcare provider for the house rules (huishoudelijk reglement): they "
        "say how to report an absence, and some providers give more respite days.",
        "fr": "Demandez à votre milieu d'accueil son règlement (huishoudelijk reglement) : il "
        "explique comment signaler une absence, et certains accordent plus de jours de répit.",
        "ar": "اطلبوا من دار الحضانة النظام الداخلي (huishoudelijk reglement): فيه كيفية "
        "الإبلاغ عن الغياب، وبعض دور الحضانة تعطي أيام إعفاء أكثر.",
    },
}

_REDUCED: dict[str, dict[str, str]] = {
    "ivt_social_integration_income": {
        "nl": "Je krijgt een leefloon. Je kunt misschien een lagere prijs krijgen: het "
        "individueel verminderd tarief.",
        "en": "You receive a leefloon (social integration income). You may get a lower price: "
        "the individual reduced tariff (individueel verminderd tarief).",
        "fr": "Vous recevez un revenu d'intégration sociale (leefloon). Vous pouvez peut-être "
        "obtenir un prix plus bas : le tarif réduit individuel (individueel verminderd tarief).",
        "ar": "تحصلون على دخل الإدماج الاجتماعي (leefloon). قد تحصلون على سعر أقل: التعريفة "
        "المخفضة الفردية (individueel verminderd tarief).",
    },
    "ivt_income_drop": {
        "nl": "Je inkomen is al 3 maanden minstens 20% lager. Je kunt misschien een lagere prijs "
        "krijgen: het individueel verminderd tarief.",
        "en": "Your income has been at least 20% lower for 3 months. You may get a lower price: "
        "the individual reduced tariff (individueel verminderd tarief).",
        "fr": "Votre revenu est au moins 20 % plus bas depuis 3 mois. Vous pouvez peut-être "
        "obtenir un prix plus bas : le tarif réduit individuel (individueel verminderd tarief).",
        "ar": "دخلكم أقل بنسبة 20٪ على الأقل منذ 3 أشهر. قد تحصلون على سعر أقل: التعريفة "
        "المخفضة الفردية (individueel verminderd tarief).",
    },
    "ivt_cannot_pay": {
        "nl": "Je kunt de prijs niet betalen. Je kunt misschien een lagere prijs krijgen: het "
        "individueel verminderd tarief.",
        "en": "You cannot pay the price. You may get a lower price: the individual reduced "
        "tariff (individueel verminderd tarief).",
        "fr": "Vous ne pouvez pas payer le prix. Vous pouvez peut-être obtenir un prix plus "
        "bas : le tarif réduit individuel (individueel verminderd tarief).",
        "ar": "لا تستطيعون دفع السعر. قد تحصلون على سعر أقل: التعريفة المخفضة الفردية "
        "(individueel verminderd tarief).",
    },
    "ocmw_tariff": {
        "nl": "Kun je de prijs, of zelfs de lagere prijs, niet betalen, dan kan het OCMW / "
        "Sociaal Huis je een OCMW-tarief geven. Dat is een van deze prijzen per dag:",
        "en": "If you cannot pay the price, or even the lower price, the OCMW / Sociaal Huis "
        "can give you an OCMW tariff. That is one of these prices per day:",
        "fr": "Si vous ne pouvez pas payer le prix, ou même le prix réduit, le CPAS (OCMW / "
        "Sociaal Huis) peut vous accorder un tarif CPAS (OCMW-tarief). C'est l'un de ces prix "
        "par jour :",
        "ar": "إذا لم تستطيعوا دفع السعر أو حتى السعر المخفض، يمكن لمركز الرعاية الاجتماعية "
        "(OCMW / Sociaal Huis) أن يمنحكم تعريفة OCMW. وهي أحد هذه الأسعار لليوم:",
    },
    "ocmw_level_half": {
        "nl": "de helft van je prijs per dag ({price}), maar niet minder dan het minimum "
        "({minimum}): {amount}",
        "en": "half of your price per day ({price}), but not less than the minimum ({minimum}): "
        "{amount}",
        "fr": "la moitié de votre prix par jour ({price}), mais pas moins que le minimum "
        "({minimum}) : {amount}",
        "ar": "نصف سعركم لليوم ({price})، لكن ليس أقل من الحد الأدنى ({minimum}): {amount}",
    },
    "ocmw_level_standard_minimum": {
        "nl": "de minimumprijs per dag: {amount}",
        "en": "the minimum price per day: {amount}",
        "fr": "le prix minimum par jour : {amount}",
        "ar": "السعر الأدنى لليوم: {amount}",
    },
    "ocmw_level_lowest_minimum": {
        "nl": "de laagste minimumprijs per dag: {amount}",
        "en": "the lowest minimum price per day: {amount}",
        "fr": "le prix minimum le plus bas par jour : {amount}",
        "ar": "السعر الأدنى المخفض لليوم: {amount}",
    },
    "next_step_attest": {
        "nl": "Vraag je 'attest inkomenstarief' aan bij Kind en Gezin (Opgroeien) als je het "
        "nog niet hebt: daarop staat je officiële prijs per dag.",
        "en": "Ask Kind en Gezin (Opgroeien) for your 'attest inkomenstarief' if you do not "
        "have it yet: it gives your official price per day.",
        "fr": "Demandez votre « attest inkomenstarief » à Kind en Gezin (Opgroeien) si vous ne "
        "l'avez pas encore : il indique votre prix officiel par jour.",
        "ar": "اطلبوا وثيقة 'attest inkomenstarief' من Kind en Gezin (Opgroeien) إذا لم تكن "
        "لديكم بعد: فيها سعركم الرسمي لليوم.",
    },
    "next_step_ivt": {
        "nl": "Vraag je kinderopvang naar het individueel verminderd tarief, en vraag welke "
        "bewijzen ze nodig hebben. Handig om mee te brengen: {proof}.",
        "en": "Ask your childcare provider for the individual reduced tariff, and ask which "
        "proof they need. Useful to bring: {proof}.",
        "fr": "Demandez le tarif réduit individuel à votre milieu d'accueil, et demandez quelles "
        "preuves il faut. Utile à apporter : {proof}.",
        "ar": "اطلبوا التعريفة المخفضة الفردية من دار الحضانة، واسألوا عن الوثائق التي "
        "يحتاجونها. من المفيد أن تحضروا: {proof}.",
    },
    "next_step_ivt_ask": {
        "nl": "Vraag je kinderopvang naar het individueel verminderd tarief, en vraag welke "
        "bewijzen ze nodig hebben.",
        "en": "Ask your childcare provider for the individual reduced tariff, and ask which "
        "proof they need.",
        "fr": "Demandez le tarif réduit individuel à votre milieu d'accueil, et demandez quelles "
        "preuves il faut.",
        "ar": "اطلبوا التعريفة المخفضة الفردية من دار الحضانة، واسألوا عن الوثائق التي يحتاجونها.",
    },
    "proof_social_integration_income": {
        "nl": "het attest van het OCMW dat je een leefloon krijgt",
        "en": "the OCMW certificate that you receive a leefloon",
        "fr": "l'attestation du CPAS (OCMW) qui montre que vous recevez le revenu d'intégration",
        "ar": "شهادة من OCMW تثبت أنكم تحصلون على دخل الإدماج (leefloon)",
    },
    "proof_income_drop": {
        "nl": "bewijzen van je inkomen nu en vroeger, zoals loonbrieven of uitkeringsattesten",
        "en": "proof of your income now and before, such as pay slips or benefit statements",
        "fr": "des preuves de vos revenus actuels et précédents, comme des fiches de paie ou "
        "des attestations d'allocations",
        "ar": "وثائق تثبت دخلكم الآن وقبل ذلك، مثل كشوف الأجر أو شهادات التعويضات",
    },
    "next_step_ocmw": {
        "nl": "Het loket verwijst je door naar het OCMW / Sociaal Huis van je gemeente voor het "
        "OCMW-tarief. Neem je 'attest inkomenstarief' en papieren over je inkomen mee.",
        "en": "The desk refers you to the OCMW / Sociaal Huis of your municipality for the OCMW "
        "tariff. Take your 'attest inkomenstarief' and papers about your income with you.",
        "fr": "Le guichet vous oriente vers le CPAS (OCMW / Sociaal Huis) de votre commune pour "
        "le tarif CPAS. Apportez votre « attest inkomenstarief » et des papiers sur vos revenus.",
        "ar": "يوجهكم الشباك إلى OCMW / Sociaal Huis في بلديتكم من أجل تعريفة OCMW. خذوا معكم "
        "وثيقة 'attest inkomenstarief' وأوراقًا عن دخلكم.",
    },
    "no_reduction_found": {
        "nl": "Met wat je ons vertelde, lijkt geen van de kortingen die we kennen van toepassing. "
        "Het loket kan je situatie toch samen met jou bekijken; kom terug als ze verandert.",
        "en": "From what you told us, none of the reductions we know of seems to apply. The "
        "desk can still look at your situation with you; come back if it changes.",
        "fr": "D'après ce que vous nous avez dit, aucune des réductions que nous connaissons ne "
        "semble s'appliquer. Le guichet peut quand même regarder votre situation avec vous ; "
        "revenez si elle change.",
        "ar": "حسب ما أخبرتمونا به، لا يبدو أن أيًا من التخفيضات التي نعرفها ينطبق عليكم. "
        "يمكن للشباك مع ذلك أن يدرس وضعكم معكم؛ عودوا إلينا إذا تغير وضعكم.",
    },
    "other_situations": {
        "nl": "Deze situaties zijn voorbeelden; er kunnen er andere zijn. De kinderopvang of "
        "het OCMW beslist, niet het loket.",
        "en": "These situations are examples; there can be others. The childcare provider or "
        "the OCMW decides, not the desk.",
        "fr": "Ces situations sont des exemples ; il peut y en avoir d'autres. C'est le milieu "
        "d'accueil ou le CPAS qui décide, pas le guichet.",
        "ar": "هذه الحالات أمثلة فقط، وقد توجد حالات أخرى. دار الحضانة أو OCMW هو الذي يقرر، "
        "وليس الشباك.",
    },
}

MESSAGES: dict[str, dict[str, str]] = {**_ESTIMATE, **_PARTS, **_BOOKING, **_REDUCED}
