"""Translations of the local analysis' interface strings, for the project's message catalogues.

Not used at run time. The same format as ``scripts/translations/data_part*.py``
(msgid -> (nl, fr, ar)): copy ``T`` into a data part and run
``scripts/translations/fill.py`` after ``make messages``. ``test_translations_cover_the_app``
checks that every msgid of the app is here, with its placeholders.
"""

T = {
    "Local analysis": ("Lokale analyse", "Analyse locale", "التحليل المحلي"),
    "local analysis": ("lokale analyse", "analyse locale", "التحليل المحلي"),
    "Local analysis of childcare: %(municipality)s, %(year)s": (
        "Lokale analyse van de kinderopvang: %(municipality)s, %(year)s",
        "Analyse locale de l'accueil de la petite enfance : %(municipality)s, %(year)s",
        "التحليل المحلي لرعاية الأطفال: %(municipality)s، %(year)s",
    ),
    "Made on %(date)s by Loket Kinderopvang.": (
        "Gemaakt op %(date)s door Loket Kinderopvang.",
        "Établi le %(date)s par Loket Kinderopvang.",
        "أُعدّ في %(date)s بواسطة Loket Kinderopvang.",
    ),
    "read-me": ("lees-mij", "lisez-moi", "اقرأني"),
    "Coverage": ("Dekkingsgraad", "Taux de couverture", "نسبة التغطية"),
    "Children in care": ("Kinderen in opvang", "Enfants accueillis", "الأطفال في الحضانة"),
    "Requests and places": ("Aanvragen en plaatsen", "Demandes et places", "الطلبات والأماكن"),
    "Child poverty": ("Kansarmoede", "Pauvreté infantile", "فقر الأطفال"),
    "Evolution": ("Evolutie", "Évolution", "التطور"),
    "Demand by group": ("Vraag per groep", "Demande par groupe", "الطلب حسب الفئة"),
    "Urgent requests": ("Dringende aanvragen", "Demandes urgentes", "الطلبات العاجلة"),
    "Requests by month": ("Aanvragen per maand", "Demandes par mois", "الطلبات حسب الشهر"),
    "Motives": ("Redenen", "Motifs", "الأسباب"),
    "Waiting times": ("Wachttijden", "Délais d'attente", "مدد الانتظار"),
    "20 percent per location": (
        "20 procent per opvanglocatie",
        "20 pour cent par milieu d'accueil",
        "20 بالمئة لكل مكان رعاية",
    ),
    "Need ranking": ("Rangorde van noden", "Classement des besoins", "ترتيب الاحتياجات"),
    "About": ("Over deze analyse", "À propos", "حول هذا التحليل"),
    "Reference year": ("Referentiejaar", "Année de référence", "سنة المرجع"),
    "Number of new places": (
        "Aantal nieuwe plaatsen",
        "Nombre de nouvelles places",
        "عدد الأماكن الجديدة",
    ),
    "Kind of places": ("Soort plaatsen", "Type de places", "نوع الأماكن"),
    "income-related places (income tariff)": (
        "inkomensgerelateerde plaatsen (inkomenstarief)",
        "places à tarif lié aux revenus",
        "أماكن بسعر حسب الدخل",
    ),
    "free-price places": ("plaatsen met vrije prijs", "places à prix libre", "أماكن بسعر حر"),
    "All families": ("Alle gezinnen", "Toutes les familles", "جميع الأسر"),
    "Vulnerable families": ("Kwetsbare gezinnen", "Familles vulnérables", "الأسر الهشة"),
    "Other families": ("Andere gezinnen", "Autres familles", "الأسر الأخرى"),
    "Single parents": ("Alleenstaande ouders", "Parents seuls", "الآباء والأمهات المنفردون"),
    "Job seekers": ("Werkzoekenden", "Demandeurs d'emploi", "الباحثون عن عمل"),
    "Newcomers": ("Nieuwkomers", "Primo-arrivants", "القادمون الجدد"),
    "Map: social coverage per neighbourhood, %(year)s": (
        "Kaart: sociale dekkingsgraad per wijk, %(year)s",
        "Carte : taux de couverture social par quartier, %(year)s",
        "خريطة: نسبة التغطية الاجتماعية حسب الحي، %(year)s",
    ),
    "Map: coverage per neighbourhood, %(year)s": (
        "Kaart: dekkingsgraad per wijk, %(year)s",
        "Carte : taux de couverture par quartier, %(year)s",
        "خريطة: نسبة التغطية حسب الحي، %(year)s",
    ),
    "income-related places": (
        "inkomensgerelateerde plaatsen",
        "places à tarif lié aux revenus",
        "أماكن بسعر حسب الدخل",
    ),
    "childcare places": ("opvangplaatsen", "places d'accueil", "أماكن الحضانة"),
    "The neighbourhoods of %(municipality)s coloured by %(what)s per 100 children aged 0-3, "
    "in four steps from under 20 (darkest) to 46 or more (lightest). The table beside the map "
    "gives every figure.": (
        "De wijken van %(municipality)s gekleurd volgens %(what)s per 100 kinderen van 0 tot 3 "
        "jaar, in vier stappen van minder dan 20 (donkerst) tot 46 of meer (lichtst). De tabel "
        "naast de kaart geeft elk cijfer.",
        "Les quartiers de %(municipality)s colorés selon les %(what)s pour 100 enfants de 0 à "
        "3 ans, en quatre paliers de moins de 20 (le plus foncé) à 46 ou plus (le plus clair). "
        "Le tableau à côté de la carte donne chaque chiffre.",
        "أحياء %(municipality)s ملوّنة حسب %(what)s لكل 100 طفل من 0 إلى 3 سنوات، في أربع "
        "درجات من أقل من 20 (الأغمق) إلى 46 أو أكثر (الأفتح). يعرض الجدول بجانب الخريطة كل رقم.",
    ),
    "%(what)s per 100 children aged 0-3": (
        "%(what)s per 100 kinderen van 0 tot 3 jaar",
        "%(what)s pour 100 enfants de 0 à 3 ans",
        "%(what)s لكل 100 طفل من 0 إلى 3 سنوات",
    ),
    "Social coverage": ("Sociale dekkingsgraad", "Taux de couverture social", "التغطية الاجتماعية"),
    "Coverage and social coverage per neighbourhood": (
        "Dekkingsgraad en sociale dekkingsgraad per wijk",
        "Taux de couverture et taux de couverture social par quartier",
        "نسبة التغطية والتغطية الاجتماعية حسب الحي",
    ),
    "Per neighbourhood two bars: all places and income-related places per 100 children aged "
    "0-3. The dashed line marks the Barcelona norm of 33, the dotted line the Flemish "
    "average.": (
        "Per wijk twee balken: alle plaatsen en de inkomensgerelateerde plaatsen per 100 "
        "kinderen van 0 tot 3 jaar. De streepjeslijn toont de Barcelonanorm van 33, de "
        "stippellijn het Vlaamse gemiddelde.",
        "Par quartier deux barres : toutes les places et les places à tarif lié aux revenus "
        "pour 100 enfants de 0 à 3 ans. La ligne en tirets marque la norme de Barcelone de 33, "
        "la ligne pointillée la moyenne flamande.",
        "لكل حي عمودان: جميع الأماكن والأماكن بسعر حسب الدخل لكل 100 طفل من 0 إلى 3 سنوات. "
        "يشير الخط المتقطع إلى معيار برشلونة 33، والخط المنقط إلى المتوسط الفلمندي.",
    ),
    "per 100 children": ("per 100 kinderen", "pour 100 enfants", "لكل 100 طفل"),
    "Waiting time to a first offer, by group": (
        "Wachttijd tot een eerste aanbod, per groep",
        "Délai jusqu'à une première offre, par groupe",
        "مدة الانتظار حتى أول عرض، حسب الفئة",
    ),
    "Per group the median waiting time (dark bar) and the 90th percentile (light bar), in days "
    "from registration to the first offer.": (
        "Per groep de mediane wachttijd (donkere balk) en het 90ste percentiel (lichte balk), in "
        "dagen van de registratie tot het eerste aanbod.",
        "Par groupe le délai médian (barre foncée) et le 90e centile (barre claire), en jours "
        "entre l'enregistrement et la première offre.",
        "لكل فئة وسيط مدة الانتظار (العمود الداكن) والمئين التسعون (العمود الفاتح)، بالأيام من "
        "التسجيل حتى أول عرض.",
    ),
    "median": ("mediaan", "médiane", "الوسيط"),
    "90th percentile": ("90ste percentiel", "90e centile", "المئين التسعون"),
    "Requests by month, %(year)s": (
        "Aanvragen per maand, %(year)s",
        "Demandes par mois, %(year)s",
        "الطلبات حسب الشهر، %(year)s",
    ),
    "Requests registered per month; the lighter part are urgent requests.": (
        "Geregistreerde aanvragen per maand; het lichtere deel zijn dringende aanvragen.",
        "Demandes enregistrées par mois ; la partie plus claire sont les demandes urgentes.",
        "الطلبات المسجلة كل شهر؛ الجزء الأفتح هو الطلبات العاجلة.",
    ),
    "requests": ("aanvragen", "demandes", "الطلبات"),
    "of which urgent": ("waarvan dringend", "dont urgentes", "منها عاجلة"),
    "'< 5': fewer than 5 children (0 included), not shown so that no family can be recognised. "
    "'*': hidden because it would reveal such a cell (with the total), or computed from one. "
    "'—': no figure.": (
        "'< 5': minder dan 5 kinderen (0 inbegrepen), niet getoond zodat geen gezin herkenbaar "
        "is. '*': verborgen omdat het zo'n cel zou verraden (samen met het totaal), of ermee "
        "berekend. '—': geen cijfer.",
        "« < 5 » : moins de 5 enfants (0 compris), non affiché pour qu'aucune famille ne soit "
        "reconnaissable. « * » : masqué parce qu'il révélerait une telle case (avec le total), "
        "ou calculé à partir d'elle. « — » : pas de chiffre.",
        "'< 5': أقل من 5 أطفال (بما فيها 0)، لا يُعرض حتى لا يمكن التعرف على أي أسرة. '*': مخفي "
        "لأنه قد يكشف مثل هذه الخانة (مع المجموع)، أو محسوب منها. '—': لا يوجد رقم.",
    ),
    "under 20": ("minder dan 20", "moins de 20", "أقل من 20"),
    "20 to 33 (below the Barcelona norm)": (
        "20 tot 33 (onder de Barcelonanorm)",
        "20 à 33 (sous la norme de Barcelone)",
        "من 20 إلى 33 (دون معيار برشلونة)",
    ),
    "33 to 46 (below the Flemish average)": (
        "33 tot 46 (onder het Vlaamse gemiddelde)",
        "33 à 46 (sous la moyenne flamande)",
        "من 33 إلى 46 (دون المتوسط الفلمندي)",
    ),
    "46 or more": ("46 of meer", "46 ou plus", "46 أو أكثر"),
    "no figure": ("geen cijfer", "pas de chiffre", "لا يوجد رقم"),
    "Neighbourhood unknown": ("Wijk onbekend", "Quartier inconnu", "الحي غير معروف"),
    "Children aged 0-3": (
        "Kinderen van 0 tot 3 jaar",
        "Enfants de 0 à 3 ans",
        "الأطفال من 0 إلى 3 سنوات",
    ),
    "Income-related places": (
        "Inkomensgerelateerde plaatsen",
        "Places à tarif lié aux revenus",
        "أماكن بسعر حسب الدخل",
    ),
    "Coverage (places per 100 children)": (
        "Dekkingsgraad (plaatsen per 100 kinderen)",
        "Taux de couverture (places pour 100 enfants)",
        "نسبة التغطية (أماكن لكل 100 طفل)",
    ),
    "Social coverage (per 100 children)": (
        "Sociale dekkingsgraad (per 100 kinderen)",
        "Taux de couverture social (pour 100 enfants)",
        "التغطية الاجتماعية (لكل 100 طفل)",
    ),
    "Places short of the norm of 33": (
        "Plaatsen tekort voor de norm van 33",
        "Places manquantes pour la norme de 33",
        "الأماكن الناقصة لبلوغ معيار 33",
    ),
    "No population figures are recorded for this municipality.": (
        "Voor deze gemeente zijn geen bevolkingscijfers ingevoerd.",
        "Aucun chiffre de population n'est enregistré pour cette commune.",
        "لا توجد أرقام سكانية مسجلة لهذه البلدية.",
    ),
    "Children aged 0-3: population figures of %(year)s (children who have not yet turned 3, per "
    "neighbourhood).": (
        "Kinderen van 0 tot 3 jaar: bevolkingscijfers van %(year)s (kinderen die nog geen 3 jaar "
        "zijn, per wijk).",
        "Enfants de 0 à 3 ans : chiffres de population de %(year)s (enfants qui n'ont pas encore "
        "3 ans, par quartier).",
        "الأطفال من 0 إلى 3 سنوات: أرقام السكان لسنة %(year)s (الأطفال الذين لم يبلغوا 3 سنوات "
        "بعد، حسب الحي).",
    ),
    "Barcelona norm": ("Barcelonanorm", "Norme de Barcelone", "معيار برشلونة"),
    "Flemish average (%(year)s)": (
        "Vlaams gemiddelde (%(year)s)",
        "Moyenne flamande (%(year)s)",
        "المتوسط الفلمندي (%(year)s)",
    ),
    "of whom vulnerable": ("waarvan kwetsbaar", "dont vulnérables", "منهم من أسر هشة"),
    "share vulnerable (%)": ("aandeel kwetsbaar (%)", "part vulnérable (%)", "نسبة الهشة (%)"),
    "Representation index": (
        "Vertegenwoordigingsindex",
        "Indice de représentation",
        "مؤشر التمثيل",
    ),
    "Gap (percentage points)": (
        "Kloof (procentpunten)",
        "Écart (points de pourcentage)",
        "الفجوة (نقاط مئوية)",
    ),
    "Vulnerable families among children in care, per neighbourhood": (
        "Kwetsbare gezinnen bij de kinderen in opvang, per wijk",
        "Familles vulnérables parmi les enfants accueillis, par quartier",
        "الأسر الهشة بين الأطفال في الحضانة، حسب الحي",
    ),
    "Children known to the desk": (
        "Kinderen gekend bij het loket",
        "Enfants connus du guichet",
        "الأطفال المعروفون لدى المكتب",
    ),
    "Children known to the desk: children with a request registered in %(year)s or in care in "
    "%(year)s, by the neighbourhood the family lives in. Children in care: a place (planned, "
    "confirmed or ended) overlapping %(year)s.": (
        "Kinderen gekend bij het loket: kinderen met een aanvraag geregistreerd in %(year)s of "
        "in opvang in %(year)s, volgens de wijk waar het gezin woont. Kinderen in opvang: een "
        "plaats (gepland, bevestigd of beëindigd) die in %(year)s valt.",
        "Enfants connus du guichet : enfants avec une demande enregistrée en %(year)s ou "
        "accueillis en %(year)s, selon le quartier où vit la famille. Enfants accueillis : une "
        "place (prévue, confirmée ou terminée) qui chevauche %(year)s.",
        "الأطفال المعروفون لدى المكتب: أطفال لهم طلب مسجل في %(year)s أو في الحضانة في "
        "%(year)s، حسب الحي الذي تسكن فيه الأسرة. الأطفال في الحضانة: مكان (مخطط أو مؤكد أو "
        "منتهٍ) يتداخل مع %(year)s.",
    ),
    "Representation index: share among children in care divided by share among children known "
    "to the desk (1 = in proportion, below 1 = under-represented). Gap: share among children "
    "known minus share in care, in percentage points (positive = under-represented).": (
        "Vertegenwoordigingsindex: aandeel bij de kinderen in opvang gedeeld door het aandeel "
        "bij de kinderen gekend bij het loket (1 = evenredig, onder 1 = ondervertegenwoordigd). "
        "Kloof: aandeel bij de gekende kinderen min aandeel in opvang, in procentpunten "
        "(positief = ondervertegenwoordigd).",
        "Indice de représentation : part parmi les enfants accueillis divisée par la part parmi "
        "les enfants connus du guichet (1 = proportionnel, moins de 1 = sous-représenté). "
        "Écart : part parmi les enfants connus moins part parmi les accueillis, en points de "
        "pourcentage (positif = sous-représenté).",
        "مؤشر التمثيل: النسبة بين الأطفال في الحضانة مقسومة على النسبة بين الأطفال المعروفين "
        "لدى المكتب (1 = متناسب، أقل من 1 = تمثيل ناقص). الفجوة: النسبة بين الأطفال المعروفين "
        "ناقص النسبة في الحضانة، بالنقاط المئوية (موجبة = تمثيل ناقص).",
    ),
    "Vulnerable families among children who asked and who got a place": (
        "Kwetsbare gezinnen bij de kinderen die opvang vroegen en die een plaats kregen",
        "Familles vulnérables parmi les enfants qui ont demandé et qui ont obtenu une place",
        "الأسر الهشة بين الأطفال الذين طلبوا مكانًا والذين حصلوا عليه",
    ),
    "Children who asked for care": (
        "Kinderen die opvang vroegen",
        "Enfants pour qui un accueil a été demandé",
        "الأطفال الذين طُلبت لهم حضانة",
    ),
    "of them, with a place": ("van wie met een plaats", "dont avec une place", "منهم بمكان"),
    "Children with a request registered in %(year)s, and of them those who got a place from it "
    "(whatever its start date). The same figures on requests as above, for years in which few "
    "children are in care yet.": (
        "Kinderen met een aanvraag geregistreerd in %(year)s, en van hen wie er een plaats door "
        "kreeg (wat de startdatum ook is). Dezelfde cijfers als hierboven, op aanvragen, voor "
        "jaren waarin nog weinig kinderen in opvang zijn.",
        "Enfants avec une demande enregistrée en %(year)s, et parmi eux ceux qui ont obtenu une "
        "place grâce à elle (quelle que soit la date de début). Les mêmes chiffres que ci-dessus, "
        "sur les demandes, pour les années où peu d'enfants sont encore accueillis.",
        "أطفال لهم طلب مسجل في %(year)s، ومن بينهم من حصل على مكان بفضله (أيًّا كان تاريخ البدء). "
        "الأرقام نفسها المذكورة أعلاه، على الطلبات، للسنوات التي لا يزال فيها عدد قليل من "
        "الأطفال في الحضانة.",
    ),
    "Child poverty and vulnerable families known to the desk": (
        "Kansarmoede en kwetsbare gezinnen gekend bij het loket",
        "Pauvreté infantile et familles vulnérables connues du guichet",
        "فقر الأطفال والأسر الهشة المعروفة لدى المكتب",
    ),
    "in child poverty (Kind en Gezin index)": (
        "in kansarmoede (index Kind en Gezin)",
        "en pauvreté infantile (indice Kind en Gezin)",
        "في فقر الأطفال (مؤشر Kind en Gezin)",
    ),
    "share in child poverty (%)": (
        "aandeel in kansarmoede (%)",
        "part en pauvreté infantile (%)",
        "نسبة فقر الأطفال (%)",
    ),
    "in a vulnerable family (municipality's rule)": (
        "in een kwetsbaar gezin (regel van de gemeente)",
        "dans une famille vulnérable (règle de la commune)",
        "في أسرة هشة (قاعدة البلدية)",
    ),
    "vulnerable children known per 100 children aged 0-3": (
        "gekende kwetsbare kinderen per 100 kinderen van 0 tot 3 jaar",
        "enfants vulnérables connus pour 100 enfants de 0 à 3 ans",
        "الأطفال الهشون المعروفون لكل 100 طفل من 0 إلى 3 سنوات",
    ),
    "Child poverty: the family is weak on at least 3 of Kind en Gezin's 6 domains (income, "
    "education, employment, housing, stimulation, health), from the facts recorded in its file. "
    "Vulnerable: the municipality's own rule. Both count only families known to the desk, not "
    "every family of the neighbourhood: Opgroeien's official child-poverty index is published "
    "per municipality and is not in these figures.": (
        "Kansarmoede: het gezin scoort zwak op minstens 3 van de 6 domeinen van Kind en Gezin "
        "(inkomen, opleiding, arbeid, huisvesting, stimulering, gezondheid), volgens de gegevens "
        "in het dossier. Kwetsbaar: de eigen regel van de gemeente. Beide tellen alleen gezinnen "
        "die het loket kent, niet elk gezin van de wijk: de officiële kansarmoede-index van "
        "Opgroeien wordt per gemeente gepubliceerd en zit niet in deze cijfers.",
        "Pauvreté infantile : la famille est faible dans au moins 3 des 6 domaines de Kind en "
        "Gezin (revenus, formation, emploi, logement, stimulation, santé), d'après les faits "
        "enregistrés dans son dossier. Vulnérable : la règle propre à la commune. Les deux ne "
        "comptent que les familles connues du guichet, pas toutes les familles du quartier : "
        "l'indice officiel d'Opgroeien est publié par commune et ne figure pas dans ces chiffres.",
        "فقر الأطفال: الأسرة ضعيفة في 3 على الأقل من مجالات Kind en Gezin الستة (الدخل، التعليم، "
        "العمل، السكن، التحفيز، الصحة)، حسب المعطيات المسجلة في ملفها. هشة: قاعدة البلدية "
        "الخاصة. كلاهما يحسب فقط الأسر المعروفة لدى المكتب، لا كل أسر الحي: مؤشر Opgroeien "
        "الرسمي يُنشر لكل بلدية وليس ضمن هذه الأرقام.",
    ),
    "Evolution: vulnerable families and child poverty among requests, by year": (
        "Evolutie: kwetsbare gezinnen en kansarmoede bij de aanvragen, per jaar",
        "Évolution : familles vulnérables et pauvreté infantile parmi les demandes, par année",
        "التطور: الأسر الهشة وفقر الأطفال بين الطلبات، حسب السنة",
    ),
    "Year registered": ("Jaar van registratie", "Année d'enregistrement", "سنة التسجيل"),
    "in a vulnerable family": (
        "in een kwetsbaar gezin",
        "dans une famille vulnérable",
        "في أسرة هشة",
    ),
    "in child poverty": ("in kansarmoede", "en pauvreté infantile", "في فقر الأطفال"),
    "Families' facts as they are recorded today; a year without requests in this system shows "
    "'< 5'.": (
        "De gegevens van de gezinnen zoals ze vandaag geregistreerd zijn; een jaar zonder "
        "aanvragen in dit systeem toont '< 5'.",
        "Les faits des familles tels qu'ils sont enregistrés aujourd'hui ; une année sans "
        "demandes dans ce système affiche « < 5 ».",
        "معطيات الأسر كما هي مسجلة اليوم؛ السنة التي لا توجد فيها طلبات في هذا النظام تظهر '< 5'.",
    ),
    "Demand and places by group": (
        "Vraag en plaatsen per groep",
        "Demande et places par groupe",
        "الطلب والأماكن حسب الفئة",
    ),
    "Group": ("Groep", "Groupe", "الفئة"),
    "got an offer": ("kregen een aanbod", "ont reçu une offre", "تلقوا عرضًا"),
    "got a place": ("kregen een plaats", "ont obtenu une place", "حصلوا على مكان"),
    "without a place (gap)": ("zonder plaats (kloof)", "sans place (écart)", "بلا مكان (الفجوة)"),
    "still waiting without an offer": (
        "wachten nog zonder aanbod",
        "attendent encore sans offre",
        "ما زالوا ينتظرون دون عرض",
    ),
    "share with a place (%)": (
        "aandeel met een plaats (%)",
        "part avec une place (%)",
        "نسبة من حصلوا على مكان (%)",
    ),
    "Children with a request registered in %(year)s. Groups from the facts in the family's file: "
    "single parent; a parent looking for work; newcomers: a parent follows an integration course "
    "or Dutch lessons; vulnerable: the municipality's rule. A family can be in several groups.": (
        "Kinderen met een aanvraag geregistreerd in %(year)s. Groepen volgens de gegevens in het "
        "dossier van het gezin: alleenstaande ouder; een ouder zoekt werk; nieuwkomers: een ouder "
        "volgt een inburgeringstraject of Nederlandse les; kwetsbaar: de regel van de gemeente. "
        "Een gezin kan in meerdere groepen zitten.",
        "Enfants avec une demande enregistrée en %(year)s. Groupes d'après les faits du dossier "
        "de la famille : parent seul ; un parent cherche du travail ; primo-arrivants : un "
        "parent suit un parcours d'intégration ou des cours de néerlandais ; vulnérable : la "
        "règle de la commune. Une famille peut être dans plusieurs groupes.",
        "أطفال لهم طلب مسجل في %(year)s. الفئات حسب المعطيات في ملف الأسرة: والد منفرد؛ أحد "
        "الوالدين يبحث عن عمل؛ القادمون الجدد: أحد الوالدين يتابع مسار الاندماج أو دروس "
        "الهولندية؛ هشة: قاعدة البلدية. يمكن أن تنتمي الأسرة إلى عدة فئات.",
    ),
    "Urgent requests answered within one month": (
        "Dringende aanvragen beantwoord binnen een maand",
        "Demandes urgentes traitées en un mois",
        "الطلبات العاجلة التي أُجيبت خلال شهر",
    ),
    "with an offer within one month": (
        "met een aanbod binnen een maand",
        "avec une offre en un mois",
        "بعرض خلال شهر",
    ),
    "share answered in time (%)": (
        "aandeel tijdig beantwoord (%)",
        "part traitée à temps (%)",
        "نسبة ما أُجيب في الوقت (%)",
    ),
    "Urgent requests registered in %(year)s. In time: the first offer came by the date the place "
    "was needed (one month after registration; seed 001, 3.1).": (
        "Dringende aanvragen geregistreerd in %(year)s. Tijdig: het eerste aanbod kwam uiterlijk "
        "op de datum waarop de plaats nodig was (een maand na de registratie; seed 001, 3.1).",
        "Demandes urgentes enregistrées en %(year)s. À temps : la première offre est arrivée au "
        "plus tard à la date où la place était nécessaire (un mois après l'enregistrement ; "
        "seed 001, 3.1).",
        "الطلبات العاجلة المسجلة في %(year)s. في الوقت: وصل أول عرض قبل التاريخ الذي كان المكان "
        "مطلوبًا فيه (شهر بعد التسجيل؛ seed 001، 3.1).",
    ),
    "Month": ("Maand", "Mois", "الشهر"),
    "Requests registered": ("Geregistreerde aanvragen", "Demandes enregistrées", "الطلبات المسجلة"),
    "Year": ("Jaar", "Année", "السنة"),
    "Why care is asked for (the five motives)": (
        "Waarom opvang gevraagd wordt (de vijf redenen)",
        "Pourquoi l'accueil est demandé (les cinq motifs)",
        "لماذا تُطلب الحضانة (الأسباب الخمسة)",
    ),
    "Motive": ("Reden", "Motif", "السبب"),
    "vulnerable families": ("kwetsbare gezinnen", "familles vulnérables", "الأسر الهشة"),
    "other families": ("andere gezinnen", "autres familles", "الأسر الأخرى"),
    "all requests": ("alle aanvragen", "toutes les demandes", "جميع الطلبات"),
    "share of all requests (%)": (
        "aandeel van alle aanvragen (%)",
        "part de toutes les demandes (%)",
        "النسبة من جميع الطلبات (%)",
    ),
    "All motives": ("Alle redenen", "Tous les motifs", "جميع الأسباب"),
    "Requests registered in %(year)s, by the motive the family gave.": (
        "Aanvragen geregistreerd in %(year)s, volgens de reden die het gezin gaf.",
        "Demandes enregistrées en %(year)s, selon le motif donné par la famille.",
        "الطلبات المسجلة في %(year)s، حسب السبب الذي ذكرته الأسرة.",
    ),
    "with a first offer": ("met een eerste aanbod", "avec une première offre", "بأول عرض"),
    "median (days)": ("mediaan (dagen)", "médiane (jours)", "الوسيط (أيام)"),
    "90th percentile (days)": (
        "90ste percentiel (dagen)",
        "90e centile (jours)",
        "المئين التسعون (أيام)",
    ),
    "waiting without an offer": (
        "wachten zonder aanbod",
        "en attente sans offre",
        "ينتظرون دون عرض",
    ),
    "Requests registered in %(year)s that got a first offer: calendar days from registration to "
    "the first offer. Median and 90th percentile by the nearest-rank method (a waiting time that "
    "occurred); not shown for fewer than 5 requests.": (
        "Aanvragen geregistreerd in %(year)s die een eerste aanbod kregen: kalenderdagen van de "
        "registratie tot het eerste aanbod. Mediaan en 90ste percentiel volgens de methode van de "
        "dichtstbijzijnde rang (een wachttijd die echt voorkwam); niet getoond voor minder dan 5 "
        "aanvragen.",
        "Demandes enregistrées en %(year)s qui ont reçu une première offre : jours calendrier "
        "entre l'enregistrement et la première offre. Médiane et 90e centile par la méthode du "
        "rang le plus proche (un délai réellement observé) ; non affichés pour moins de 5 "
        "demandes.",
        "الطلبات المسجلة في %(year)s التي تلقت أول عرض: الأيام التقويمية من التسجيل حتى أول عرض. "
        "الوسيط والمئين التسعون بطريقة الرتبة الأقرب (مدة انتظار حدثت فعلًا)؛ لا تُعرض لأقل من 5 "
        "طلبات.",
    ),
    "Vulnerable families per income-related location (target %(target)s%%)": (
        "Kwetsbare gezinnen per inkomensgerelateerde opvanglocatie (doel %(target)s%%)",
        "Familles vulnérables par milieu d'accueil à tarif lié aux revenus (objectif %(target)s%%)",
        "الأسر الهشة لكل مكان رعاية بسعر حسب الدخل (الهدف %(target)s%%)",
    ),
    "Children cared for": ("Opgevangen kinderen", "Enfants accueillis", "الأطفال المستقبَلون"),
    "share (%)": ("aandeel (%)", "part (%)", "النسبة (%)"),
    "target reached": ("doel bereikt", "objectif atteint", "تحقق الهدف"),
    "At least 20%% of the children cared for at an income-related location must come from "
    "vulnerable families, counted per year. Children with a confirmed or ended place overlapping "
    "%(year)s; vulnerable as recorded when the place was given (the definition of the desk's "
    "page).": (
        "Minstens 20%% van de opgevangen kinderen in een inkomensgerelateerde opvanglocatie moet "
        "uit een kwetsbaar gezin komen, geteld per jaar. Kinderen met een bevestigde of beëindigde "
        "plaats die in %(year)s valt; kwetsbaar zoals geregistreerd toen de plaats werd gegeven "
        "(de definitie van de pagina van het loket).",
        "Au moins 20%% des enfants accueillis dans un milieu d'accueil à tarif lié aux revenus "
        "doivent venir de familles vulnérables, comptés par année. Enfants avec une place "
        "confirmée ou terminée qui chevauche %(year)s ; vulnérable tel qu'enregistré lors de "
        "l'attribution de la place (la définition de la page du guichet).",
        "يجب أن يأتي 20%% على الأقل من الأطفال المستقبَلين في مكان رعاية بسعر حسب الدخل من أسر "
        "هشة، محسوبًا لكل سنة. أطفال لهم مكان مؤكد أو منتهٍ يتداخل مع %(year)s؛ الهشاشة كما "
        "سُجلت عند منح المكان (تعريف صفحة المكتب).",
    ),
    "%(count)s income-related locations cared for fewer than 5 children in %(year)s: all their "
    "figures are hidden, so they are not listed here. The XLSX and CSV files list every "
    "location.": (
        "%(count)s inkomensgerelateerde opvanglocaties vingen in %(year)s minder dan 5 kinderen "
        "op: al hun cijfers zijn verborgen, dus ze staan hier niet. De XLSX- en CSV-bestanden "
        "tonen elke opvanglocatie.",
        "%(count)s milieux d'accueil à tarif lié aux revenus ont accueilli moins de 5 enfants en "
        "%(year)s : tous leurs chiffres sont masqués, ils ne sont donc pas listés ici. Les "
        "fichiers XLSX et CSV listent chaque milieu d'accueil.",
        "%(count)s من أماكن الرعاية بسعر حسب الدخل استقبلت أقل من 5 أطفال في %(year)s: كل "
        "أرقامها مخفية، لذلك لا تُدرج هنا. ملفات XLSX وCSV تذكر كل مكان.",
    ),
    "%(shown)s of the %(count)s locations below the target are listed here, furthest below "
    "first. The XLSX and CSV files list every location.": (
        "%(shown)s van de %(count)s opvanglocaties onder het doel staan hier, de verste eerst. "
        "De XLSX- en CSV-bestanden tonen elke opvanglocatie.",
        "%(shown)s des %(count)s milieux d'accueil sous l'objectif sont listés ici, les plus "
        "éloignés d'abord. Les fichiers XLSX et CSV listent chaque milieu d'accueil.",
        "%(shown)s من %(count)s مكانًا دون الهدف مذكورة هنا، الأبعد أولًا. ملفات XLSX وCSV "
        "تذكر كل مكان.",
    ),
    "%(count)s income-related locations reached the target in %(year)s; they are not listed "
    "here. The XLSX and CSV files list every location.": (
        "%(count)s inkomensgerelateerde opvanglocaties haalden het doel in %(year)s; ze staan "
        "hier niet. De XLSX- en CSV-bestanden tonen elke opvanglocatie.",
        "%(count)s milieux d'accueil à tarif lié aux revenus ont atteint l'objectif en "
        "%(year)s ; ils ne sont pas listés ici. Les fichiers XLSX et CSV listent chaque milieu "
        "d'accueil.",
        "%(count)s من أماكن الرعاية بسعر حسب الدخل بلغت الهدف في %(year)s؛ لا تُدرج هنا. ملفات "
        "XLSX وCSV تذكر كل مكان.",
    ),
    "Neighbourhoods ranked by need for new %(kind)s": (
        "Wijken gerangschikt volgens nood aan nieuwe %(kind)s",
        "Quartiers classés selon le besoin de nouvelles %(kind)s",
        "الأحياء مرتبة حسب الحاجة إلى %(kind)s جديدة",
    ),
    "Rank": ("Rang", "Rang", "الرتبة"),
    "vulnerable children known per 100 children": (
        "gekende kwetsbare kinderen per 100 kinderen",
        "enfants vulnérables connus pour 100 enfants",
        "الأطفال الهشون المعروفون لكل 100 طفل",
    ),
    "Score": ("Score", "Score", "النقاط"),
    "Score = points for the coverage gap (33 minus coverage, at least 0) + points for the social "
    "coverage gap (the municipality's social coverage minus the neighbourhood's, at least 0) + "
    "points for the vulnerable children known per 100 children; 1 point per percentage point. "
    "The last two count only for income-related places. Advice for the Lokaal Overleg "
    "Kinderopvang, not a decision.": (
        "Score = punten voor het tekort aan dekking (33 min de dekkingsgraad, minstens 0) + "
        "punten voor het tekort aan sociale dekking (de sociale dekkingsgraad van de gemeente "
        "min die van de wijk, minstens 0) + punten voor de gekende kwetsbare kinderen per 100 "
        "kinderen; 1 punt per procentpunt. De laatste twee tellen alleen voor "
        "inkomensgerelateerde plaatsen. Advies voor het Lokaal Overleg Kinderopvang, geen "
        "beslissing.",
        "Score = points pour le déficit de couverture (33 moins le taux de couverture, au "
        "moins 0) + points pour le déficit de couverture sociale (le taux social de la commune "
        "moins celui du quartier, au moins 0) + points pour les enfants vulnérables connus pour "
        "100 enfants ; 1 point par point de pourcentage. Les deux derniers ne comptent que pour "
        "les places à tarif lié aux revenus. Un avis pour le Lokaal Overleg Kinderopvang, pas "
        "une décision.",
        "النقاط = نقاط نقص التغطية (33 ناقص نسبة التغطية، 0 على الأقل) + نقاط نقص التغطية "
        "الاجتماعية (التغطية الاجتماعية للبلدية ناقص تغطية الحي، 0 على الأقل) + نقاط الأطفال "
        "الهشين المعروفين لكل 100 طفل؛ نقطة واحدة لكل نقطة مئوية. الأخيرتان تُحسبان فقط للأماكن "
        "بسعر حسب الدخل. رأي استشاري لـ Lokaal Overleg Kinderopvang، وليس قرارًا.",
    ),
    "A neighbourhood whose score rests on fewer than 5 children is not ranked.": (
        "Een wijk waarvan de score op minder dan 5 kinderen steunt, krijgt geen rang.",
        "Un quartier dont le score repose sur moins de 5 enfants n'est pas classé.",
        "الحي الذي تعتمد نقاطه على أقل من 5 أطفال لا يُرتَّب.",
    ),
    "points: coverage gap": (
        "punten: tekort aan dekking",
        "points : déficit de couverture",
        "نقاط: نقص التغطية",
    ),
    "points: social coverage gap": (
        "punten: tekort aan sociale dekking",
        "points : déficit de couverture sociale",
        "نقاط: نقص التغطية الاجتماعية",
    ),
    "points: vulnerable children": (
        "punten: kwetsbare kinderen",
        "points : enfants vulnérables",
        "نقاط: الأطفال الهشون",
    ),
    "Coverage gap": ("Tekort aan dekking", "Déficit de couverture", "نقص التغطية"),
    "Social coverage gap": (
        "Tekort aan sociale dekking",
        "Déficit de couverture sociale",
        "نقص التغطية الاجتماعية",
    ),
    "Vulnerable children": ("Kwetsbare kinderen", "Enfants vulnérables", "الأطفال الهشون"),
    "reference year %(year)s": (
        "referentiejaar %(year)s",
        "année de référence %(year)s",
        "سنة المرجع %(year)s",
    ),
    "population figures of %(year)s": (
        "bevolkingscijfers van %(year)s",
        "chiffres de population de %(year)s",
        "أرقام السكان لسنة %(year)s",
    ),
    "Show": ("Tonen", "Afficher", "عرض"),
    "Parts of the analysis": ("Delen van de analyse", "Parties de l'analyse", "أجزاء التحليل"),
    "Only totals are shown.": (
        "Alleen totalen worden getoond.",
        "Seuls des totaux sont affichés.",
        "تُعرض المجاميع فقط.",
    ),
    "Coverage and social coverage": (
        "Dekkingsgraad en sociale dekkingsgraad",
        "Taux de couverture et taux de couverture social",
        "نسبة التغطية والتغطية الاجتماعية",
    ),
    "Places per 100 children aged 0-3 in each neighbourhood (coverage), and income-related "
    "places per 100 children (social coverage), with the population figures of %(year)s. The "
    "Barcelona norm is 33 places per 100 children.": (
        "Plaatsen per 100 kinderen van 0 tot 3 jaar in elke wijk (dekkingsgraad), en "
        "inkomensgerelateerde plaatsen per 100 kinderen (sociale dekkingsgraad), met de "
        "bevolkingscijfers van %(year)s. De Barcelonanorm is 33 plaatsen per 100 kinderen.",
        "Places pour 100 enfants de 0 à 3 ans dans chaque quartier (taux de couverture), et "
        "places à tarif lié aux revenus pour 100 enfants (taux social), avec les chiffres de "
        "population de %(year)s. La norme de Barcelone est de 33 places pour 100 enfants.",
        "الأماكن لكل 100 طفل من 0 إلى 3 سنوات في كل حي (نسبة التغطية)، والأماكن بسعر حسب الدخل "
        "لكل 100 طفل (التغطية الاجتماعية)، بأرقام السكان لسنة %(year)s. معيار برشلونة 33 مكانًا "
        "لكل 100 طفل.",
    ),
    "Map of the neighbourhoods": ("Kaart van de wijken", "Carte des quartiers", "خريطة الأحياء"),
    "The figures of the bar chart": (
        "De cijfers van de staafgrafiek",
        "Les chiffres du graphique à barres",
        "أرقام الرسم البياني",
    ),
    "Demand and waiting": ("Vraag en wachttijd", "Demande et attente", "الطلب والانتظار"),
    "Waiting time to a first offer": (
        "Wachttijd tot een eerste aanbod",
        "Délai jusqu'à une première offre",
        "مدة الانتظار حتى أول عرض",
    ),
    "Why care is asked for": (
        "Waarom opvang gevraagd wordt",
        "Pourquoi l'accueil est demandé",
        "لماذا تُطلب الحضانة",
    ),
    "Expansion advice": ("Uitbreidingsadvies", "Avis d'extension", "رأي حول التوسعة"),
    "Ghent's desk scores requests for new places higher in neighbourhoods short of places or of "
    "income-related places (seed 001, 4.3). The score below makes that rule transparent: it adds "
    "three parts, each shown with its measure, weight and points. It is advice for the Lokaal "
    "Overleg Kinderopvang, not a decision.": (
        "Het Gentse loket scoort aanvragen voor nieuwe plaatsen hoger in wijken met een tekort "
        "aan plaatsen of aan inkomensgerelateerde plaatsen (seed 001, 4.3). De score hieronder "
        "maakt die regel transparant: hij telt drie delen op, elk met zijn maat, gewicht en "
        "punten. Het is een advies voor het Lokaal Overleg Kinderopvang, geen beslissing.",
        "Le guichet de Gand donne un score plus élevé aux demandes de nouvelles places dans les "
        "quartiers qui manquent de places ou de places à tarif lié aux revenus (seed 001, 4.3). "
        "Le score ci-dessous rend cette règle transparente : il additionne trois parties, "
        "chacune avec sa mesure, son poids et ses points. C'est un avis pour le Lokaal Overleg "
        "Kinderopvang, pas une décision.",
        "يمنح مكتب غنت نقاطًا أعلى لطلبات الأماكن الجديدة في الأحياء التي ينقصها أماكن أو أماكن "
        "بسعر حسب الدخل (seed 001، 4.3). تجعل النقاط أدناه هذه القاعدة شفافة: تجمع ثلاثة أجزاء، "
        "كل جزء بمقياسه ووزنه ونقاطه. إنها رأي لـ Lokaal Overleg Kinderopvang، وليست قرارًا.",
    ),
    "A proposal of new places": (
        "Een voorstel van nieuwe plaatsen",
        "Une proposition de nouvelles places",
        "اقتراح أماكن جديدة",
    ),
    "Score this proposal": (
        "Dit voorstel scoren",
        "Évaluer cette proposition",
        "احسب نقاط هذا الاقتراح",
    ),
    "%(n)s new places in %(name)s": (
        "%(n)s nieuwe plaatsen in %(name)s",
        "%(n)s nouvelles places à %(name)s",
        "%(n)s أماكن جديدة في %(name)s",
    ),
    "income-related": ("inkomensgerelateerd", "tarif lié aux revenus", "بسعر حسب الدخل"),
    "free price": ("vrije prijs", "prix libre", "سعر حر"),
    "How the score is made": (
        "Hoe de score tot stand komt",
        "Comment le score est calculé",
        "كيف تُحسب النقاط",
    ),
    "Part": ("Deel", "Partie", "الجزء"),
    "Measure (percentage points)": (
        "Maat (procentpunten)",
        "Mesure (points de pourcentage)",
        "المقياس (نقاط مئوية)",
    ),
    "Weight": ("Gewicht", "Poids", "الوزن"),
    "Points": ("Punten", "Points", "النقاط"),
    "Counts for this proposal": (
        "Telt voor dit voorstel",
        "Compte pour cette proposition",
        "يُحسب لهذا الاقتراح",
    ),
    "Coverage gap: 33 minus the neighbourhood's coverage, at least 0.": (
        "Tekort aan dekking: 33 min de dekkingsgraad van de wijk, minstens 0.",
        "Déficit de couverture : 33 moins le taux de couverture du quartier, au moins 0.",
        "نقص التغطية: 33 ناقص نسبة تغطية الحي، 0 على الأقل.",
    ),
    "Social coverage gap: the municipality's social coverage minus the neighbourhood's, at "
    "least 0.": (
        "Tekort aan sociale dekking: de sociale dekkingsgraad van de gemeente min die van de "
        "wijk, minstens 0.",
        "Déficit de couverture sociale : le taux social de la commune moins celui du quartier, "
        "au moins 0.",
        "نقص التغطية الاجتماعية: التغطية الاجتماعية للبلدية ناقص تغطية الحي، 0 على الأقل.",
    ),
    "Vulnerable children: vulnerable children known to the desk per 100 children aged 0-3 of the "
    "neighbourhood.": (
        "Kwetsbare kinderen: kwetsbare kinderen gekend bij het loket per 100 kinderen van 0 tot "
        "3 jaar van de wijk.",
        "Enfants vulnérables : enfants vulnérables connus du guichet pour 100 enfants de 0 à "
        "3 ans du quartier.",
        "الأطفال الهشون: الأطفال الهشون المعروفون لدى المكتب لكل 100 طفل من 0 إلى 3 سنوات في الحي.",
    ),
    "The last two parts count only for income-related places: free-price places do not close a "
    "social shortage.": (
        "De laatste twee delen tellen alleen voor inkomensgerelateerde plaatsen: plaatsen met "
        "vrije prijs lossen geen sociaal tekort op.",
        "Les deux dernières parties ne comptent que pour les places à tarif lié aux revenus : "
        "les places à prix libre ne comblent pas un déficit social.",
        "الجزءان الأخيران يُحسبان فقط للأماكن بسعر حسب الدخل: الأماكن بسعر حر لا تسد نقصًا اجتماعيًا.",
    ),
    "What if: coverage before and after the new places": (
        "Wat als: dekkingsgraad voor en na de nieuwe plaatsen",
        "Et si : taux de couverture avant et après les nouvelles places",
        "ماذا لو: نسبة التغطية قبل الأماكن الجديدة وبعدها",
    ),
    "before": ("voor", "avant", "قبل"),
    "after": ("na", "après", "بعد"),
    "Coverage of %(name)s": (
        "Dekkingsgraad van %(name)s",
        "Taux de couverture de %(name)s",
        "نسبة تغطية %(name)s",
    ),
    "Social coverage of %(name)s": (
        "Sociale dekkingsgraad van %(name)s",
        "Taux de couverture social de %(name)s",
        "التغطية الاجتماعية لـ %(name)s",
    ),
    "Coverage of the municipality": (
        "Dekkingsgraad van de gemeente",
        "Taux de couverture de la commune",
        "نسبة تغطية البلدية",
    ),
    "Social coverage of the municipality": (
        "Sociale dekkingsgraad van de gemeente",
        "Taux de couverture social de la commune",
        "التغطية الاجتماعية للبلدية",
    ),
    "Ranking of the neighbourhoods by need": (
        "Rangorde van de wijken volgens nood",
        "Classement des quartiers selon le besoin",
        "ترتيب الأحياء حسب الحاجة",
    ),
    "Exports": ("Exporteren", "Exports", "التصدير"),
    "The whole analysis for the meeting of the Lokaal Overleg Kinderopvang, in Dutch. Small "
    "numbers are hidden in the files as on the pages.": (
        "De hele analyse voor de vergadering van het Lokaal Overleg Kinderopvang, in het "
        "Nederlands. Kleine aantallen zijn in de bestanden verborgen, net als op de pagina's.",
        "Toute l'analyse pour la réunion du Lokaal Overleg Kinderopvang, en néerlandais. Les "
        "petits nombres sont masqués dans les fichiers comme sur les pages.",
        "التحليل كاملًا لاجتماع Lokaal Overleg Kinderopvang، بالهولندية. الأعداد الصغيرة مخفية "
        "في الملفات كما في الصفحات.",
    ),
    "Report (PDF)": ("Rapport (PDF)", "Rapport (PDF)", "التقرير (PDF)"),
    "All tables (XLSX, one sheet per table)": (
        "Alle tabellen (XLSX, één blad per tabel)",
        "Tous les tableaux (XLSX, une feuille par tableau)",
        "كل الجداول (XLSX، ورقة لكل جدول)",
    ),
    "All tables (CSV files in a ZIP)": (
        "Alle tabellen (CSV-bestanden in een ZIP)",
        "Tous les tableaux (fichiers CSV dans un ZIP)",
        "كل الجداول (ملفات CSV في ZIP)",
    ),
    "One table as CSV": ("Eén tabel als CSV", "Un tableau en CSV", "جدول واحد بصيغة CSV"),
    "Vulnerable families per income-related location": (
        "Kwetsbare gezinnen per inkomensgerelateerde opvanglocatie",
        "Familles vulnérables par milieu d'accueil à tarif lié aux revenus",
        "الأسر الهشة لكل مكان رعاية بسعر حسب الدخل",
    ),
    "Your account is not linked to a municipality yet. Ask the administrator to link it; then the "
    "figures of that municipality appear here.": (
        "Je account is nog niet aan een gemeente gekoppeld. Vraag de beheerder om dat te doen; "
        "dan verschijnen hier de cijfers van die gemeente.",
        "Votre compte n'est pas encore lié à une commune. Demandez à l'administrateur de le "
        "faire ; les chiffres de cette commune apparaîtront alors ici.",
        "حسابكم غير مرتبط ببلدية بعد. اطلبوا من المسؤول ربطه؛ عندها تظهر هنا أرقام تلك البلدية.",
    ),
    "Local analysis: overview": (
        "Lokale analyse: overzicht",
        "Analyse locale : aperçu",
        "التحليل المحلي: نظرة عامة",
    ),
    "Key figures": ("Kerncijfers", "Chiffres clés", "الأرقام الرئيسية"),
    "children aged 0-3": (
        "kinderen van 0 tot 3 jaar",
        "enfants de 0 à 3 ans",
        "أطفال من 0 إلى 3 سنوات",
    ),
    "of which %(n)s income-related": (
        "waarvan %(n)s inkomensgerelateerd",
        "dont %(n)s à tarif lié aux revenus",
        "منها %(n)s بسعر حسب الدخل",
    ),
    "coverage: places per 100 children": (
        "dekkingsgraad: plaatsen per 100 kinderen",
        "taux de couverture : places pour 100 enfants",
        "نسبة التغطية: أماكن لكل 100 طفل",
    ),
    "social coverage: income-related places per 100 children": (
        "sociale dekkingsgraad: inkomensgerelateerde plaatsen per 100 kinderen",
        "taux social : places à tarif lié aux revenus pour 100 enfants",
        "التغطية الاجتماعية: أماكن بسعر حسب الدخل لكل 100 طفل",
    ),
    "neighbourhoods below the Barcelona norm of 33": (
        "wijken onder de Barcelonanorm van 33",
        "quartiers sous la norme de Barcelone de 33",
        "أحياء دون معيار برشلونة 33",
    ),
    "children who asked for care in %(year)s": (
        "kinderen voor wie in %(year)s opvang gevraagd werd",
        "enfants pour qui un accueil a été demandé en %(year)s",
        "أطفال طُلبت لهم حضانة في %(year)s",
    ),
    "urgent requests answered within one month": (
        "dringende aanvragen beantwoord binnen een maand",
        "demandes urgentes traitées en un mois",
        "طلبات عاجلة أُجيبت خلال شهر",
    ),
    "urgent requests": ("dringende aanvragen", "demandes urgentes", "طلبات عاجلة"),
    "median days to a first offer": (
        "mediaan aantal dagen tot een eerste aanbod",
        "nombre médian de jours jusqu'à une première offre",
        "وسيط الأيام حتى أول عرض",
    ),
    "Coverage per neighbourhood": (
        "Dekkingsgraad per wijk",
        "Taux de couverture par quartier",
        "نسبة التغطية حسب الحي",
    ),
    "The map and the table of every neighbourhood": (
        "De kaart en de tabel van elke wijk",
        "La carte et le tableau de chaque quartier",
        "الخريطة وجدول كل حي",
    ),
    "Where new income-related places help most": (
        "Waar nieuwe inkomensgerelateerde plaatsen het meest helpen",
        "Où de nouvelles places à tarif lié aux revenus aident le plus",
        "أين تفيد الأماكن الجديدة بسعر حسب الدخل أكثر",
    ),
    "Score a proposal of new places": (
        "Een voorstel van nieuwe plaatsen scoren",
        "Évaluer une proposition de nouvelles places",
        "احسب نقاط اقتراح أماكن جديدة",
    ),
    "Definitions": ("Definities", "Définitions", "التعريفات"),
    "Coverage (dekkingsgraad)": (
        "Dekkingsgraad",
        "Taux de couverture (dekkingsgraad)",
        "نسبة التغطية (dekkingsgraad)",
    ),
    "Licensed childcare places per 100 children aged 0-3 (children who have not yet turned 3) "
    "living in the neighbourhood, with the population figures of %(year)s. Places of every "
    "subsidy step count, at the neighbourhood of the location.": (
        "Vergunde opvangplaatsen per 100 kinderen van 0 tot 3 jaar (kinderen die nog geen 3 jaar "
        "zijn) die in de wijk wonen, met de bevolkingscijfers van %(year)s. Plaatsen van elke "
        "subsidietrap tellen mee, in de wijk van de opvanglocatie.",
        "Places d'accueil autorisées pour 100 enfants de 0 à 3 ans (enfants qui n'ont pas encore "
        "3 ans) vivant dans le quartier, avec les chiffres de population de %(year)s. Les places "
        "de chaque palier de subvention comptent, dans le quartier du milieu d'accueil.",
        "أماكن الحضانة المرخصة لكل 100 طفل من 0 إلى 3 سنوات (لم يبلغوا 3 سنوات بعد) يسكنون في "
        "الحي، بأرقام السكان لسنة %(year)s. تُحسب أماكن كل درجات الدعم، في حي مكان الرعاية.",
    ),
    "Social coverage (sociale dekkingsgraad)": (
        "Sociale dekkingsgraad",
        "Taux de couverture social (sociale dekkingsgraad)",
        "التغطية الاجتماعية (sociale dekkingsgraad)",
    ),
    "Income-related places (income tariff) per 100 children aged 0-3, with the same children "
    "(Ghent's yearly report, seed 001, 4.3).": (
        "Inkomensgerelateerde plaatsen (inkomenstarief) per 100 kinderen van 0 tot 3 jaar, met "
        "dezelfde kinderen (jaarrapport van Gent, seed 001, 4.3).",
        "Places à tarif lié aux revenus pour 100 enfants de 0 à 3 ans, avec les mêmes enfants "
        "(rapport annuel de Gand, seed 001, 4.3).",
        "الأماكن بسعر حسب الدخل لكل 100 طفل من 0 إلى 3 سنوات، بالأطفال أنفسهم (التقرير السنوي "
        "لغنت، seed 001، 4.3).",
    ),
    "Barcelona norm and Flemish average": (
        "Barcelonanorm en Vlaams gemiddelde",
        "Norme de Barcelone et moyenne flamande",
        "معيار برشلونة والمتوسط الفلمندي",
    ),
    "Decided per family from the facts in its file with the municipality's own rule; child "
    "poverty by Kind en Gezin's index (weak on at least 3 of 6 domains). Only families known to "
    "the desk are counted.": (
        "Per gezin bepaald uit de gegevens in het dossier met de eigen regel van de gemeente; "
        "kansarmoede volgens de index van Kind en Gezin (zwak op minstens 3 van 6 domeinen). "
        "Alleen gezinnen die het loket kent, worden geteld.",
        "Décidé par famille à partir des faits de son dossier avec la règle propre à la "
        "commune ; pauvreté infantile selon l'indice de Kind en Gezin (faible dans au moins 3 "
        "des 6 domaines). Seules les familles connues du guichet sont comptées.",
        "يُحدَّد لكل أسرة من المعطيات في ملفها بقاعدة البلدية الخاصة؛ فقر الأطفال حسب مؤشر "
        "Kind en Gezin (ضعف في 3 من 6 مجالات على الأقل). تُحسب فقط الأسر المعروفة لدى المكتب.",
    ),
    "Children with a place (planned, confirmed or ended) that overlaps %(year)s. Where few "
    "children are in care yet (the demo has no placements until the desk runs an allocation "
    "round), the same figures on requests show the picture.": (
        "Kinderen met een plaats (gepland, bevestigd of beëindigd) die in %(year)s valt. Waar "
        "nog weinig kinderen in opvang zijn (de demo heeft geen plaatsingen tot het loket een "
        "toewijzingsronde uitvoert), tonen dezelfde cijfers op aanvragen het beeld.",
        "Enfants avec une place (prévue, confirmée ou terminée) qui chevauche %(year)s. Là où "
        "peu d'enfants sont encore accueillis (la démo n'a pas de places tant que le guichet ne "
        "lance pas un tour d'attribution), les mêmes chiffres sur les demandes donnent l'image.",
        "أطفال لهم مكان (مخطط أو مؤكد أو منتهٍ) يتداخل مع %(year)s. حيث لا يزال عدد قليل من "
        "الأطفال في الحضانة (لا توجد أماكن في النسخة التجريبية حتى يجري المكتب جولة توزيع)، "
        "تعرض الأرقام نفسها على الطلبات الصورة.",
    ),
    "Local analysis of childcare in %(municipality)s": (
        "Lokale analyse van de kinderopvang in %(municipality)s",
        "Analyse locale de l'accueil de la petite enfance à %(municipality)s",
        "التحليل المحلي لرعاية الأطفال في %(municipality)s",
    ),
    "Reference year %(year)s": (
        "Referentiejaar %(year)s",
        "Année de référence %(year)s",
        "سنة المرجع %(year)s",
    ),
    "made on %(date)s": ("gemaakt op %(date)s", "établi le %(date)s", "أُعدّ في %(date)s"),
    "Under-representation of vulnerable families": (
        "Ondervertegenwoordiging van kwetsbare gezinnen",
        "Sous-représentation des familles vulnérables",
        "التمثيل الناقص للأسر الهشة",
    ),
    "Are vulnerable families as present in childcare as among the children of the municipality? "
    "The best-off families use childcare two to three times as often as the poorest (seed 001). "
    "A representation index below 1, or a positive gap, means vulnerable families are "
    "under-represented.": (
        "Zijn kwetsbare gezinnen even sterk aanwezig in de kinderopvang als bij de kinderen van "
        "de gemeente? De meest welgestelde gezinnen gebruiken kinderopvang twee tot drie keer zo "
        "vaak als de armste (seed 001). Een vertegenwoordigingsindex onder 1, of een positieve "
        "kloof, betekent dat kwetsbare gezinnen ondervertegenwoordigd zijn.",
        "Les familles vulnérables sont-elles aussi présentes dans l'accueil que parmi les enfants "
        "de la commune ? Les familles les plus aisées recourent à l'accueil deux à trois fois "
        "plus souvent que les plus pauvres (seed 001). Un indice de représentation inférieur à "
        "1, ou un écart positif, signifie que les familles vulnérables sont sous-représentées.",
        "هل الأسر الهشة حاضرة في الحضانة بقدر حضورها بين أطفال البلدية؟ تستخدم الأسر الأكثر يسرًا "
        "الحضانة مرتين إلى ثلاث مرات أكثر من الأسر الأفقر (seed 001). مؤشر تمثيل أقل من 1، أو "
        "فجوة موجبة، يعني أن الأسر الهشة ممثلة تمثيلًا ناقصًا.",
    ),
    "no": ("nee", "non", "لا"),
    "Overview": ("Overzicht", "Aperçu", "نظرة عامة"),
    "Under-representation": ("Ondervertegenwoordiging", "Sous-représentation", "التمثيل الناقص"),
    "20% per location": (
        "20% per opvanglocatie",
        "20 % par milieu d'accueil",
        "20% لكل مكان رعاية",
    ),
    # Already in the project's catalogues (the same translations), listed for completeness.
    "Location": ("Opvanglocatie", "Milieu d'accueil", "دار الحضانة"),
    "Municipality": ("Gemeente", "Commune", "البلدية"),
    "Neighbourhood": ("Wijk", "Quartier", "الحي"),
    "Places": ("Plaatsen", "Places", "الأماكن"),
    "days": ("dagen", "jours", "الأيام"),
    "from vulnerable families": ("uit kwetsbare gezinnen", "de familles vulnérables", "من أسر هشة"),
    "yes": ("ja", "oui", "نعم"),
}
