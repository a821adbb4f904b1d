"""Translations, part 5: strings of work in progress (placements pages, prices), extracted from
the working tree ahead of `makemessages`. msgid -> (nl, fr, ar).

Strings that come from templates keep Django's doubled percent sign ("20%%"); strings from
Python code keep a single one ("20%").
"""

T = {
    # families: income figures for the price estimate
    "joint taxable income a year": (
        "gezamenlijk belastbaar inkomen per jaar",
        "revenu imposable commun par an",
        "الدخل المشترك الخاضع للضريبة في السنة",
    ),
    "children in the family's charge": (
        "kinderen ten laste van het gezin",
        "enfants à charge de la famille",
        "الأطفال الذين تعيلهم الأسرة",
    ),
    "twins or triplets": ("tweeling of drieling", "jumeaux ou triplés", "توأمان أو ثلاثة توائم"),
    "lives on social integration income (leefloon)": (
        "leeft van een leefloon",
        "vit du revenu d'intégration sociale (leefloon)",
        "يعيش على دخل الإدماج الاجتماعي (leefloon)",
    ),
    "income at least 20% lower for 3 months": (
        "inkomen al 3 maanden minstens 20% lager",
        "revenus au moins 20% plus bas depuis 3 mois",
        "الدخل أقل بنسبة 20% على الأقل منذ 3 أشهر",
    ),
    "cannot pay the price": (
        "kan de prijs niet betalen",
        "ne peut pas payer le prix",
        "لا تستطيع دفع السعر",
    ),
    # placements: forms and services
    "Start dates from": ("Startdata vanaf", "Dates de début à partir du", "تواريخ البداية من"),
    "Start dates until": ("Startdata tot en met", "Dates de début jusqu'au", "تواريخ البداية حتى"),
    "The end of the window is before its start.": (
        "Het einde van de periode ligt vóór het begin.",
        "La fin de la période est avant son début.",
        "نهاية الفترة قبل بدايتها.",
    ),
    "I take this place, but I stay on the list for the locations I chose higher.": (
        "Ik neem deze plaats, maar ik blijf op de lijst voor de opvanglocaties die ik hoger koos.",
        "Je prends cette place, mais je reste sur la liste des milieux d'accueil que j'ai classés plus haut.",
        "آخذ هذا المكان، لكنني أبقى في قائمة دور الحضانة التي وضعتها في ترتيب أعلى.",
    ),
    "Keep my request on the waiting list": (
        "Mijn aanvraag op de wachtlijst houden",
        "Garder ma demande sur la liste d'attente",
        "إبقاء طلبي في قائمة الانتظار",
    ),
    "Location": ("Opvanglocatie", "Milieu d'accueil", "دار الحضانة"),
    "Kind of place": ("Soort plaats", "Type de place", "نوع المكان"),
    "End date": ("Einddatum", "Date de fin", "تاريخ النهاية"),
    "Last day": ("Laatste dag", "Dernier jour", "اليوم الأخير"),
    "Reason": ("Reden", "Raison", "السبب"),
    "No free place left on %(days)s.": (
        "Geen vrije plaats meer op: %(days)s.",
        "Plus de place libre pour : %(days)s.",
        "لا يوجد مكان شاغر متبقٍّ في: %(days)s.",
    ),
    "This round is no longer a preview.": (
        "Deze ronde is geen voorlopige versie meer.",
        "Ce tour n'est plus un aperçu.",
        "لم تعد هذه الجولة معاينة.",
    ),
    "This offer can no longer be accepted.": (
        "Dit aanbod kan niet meer aanvaard worden.",
        "Cette offre ne peut plus être acceptée.",
        "لم يعد من الممكن قبول هذا العرض.",
    ),
    "The time to answer this offer has passed.": (
        "De tijd om op dit aanbod te antwoorden is voorbij.",
        "Le délai pour répondre à cette offre est dépassé.",
        "انتهت مهلة الرد على هذا العرض.",
    ),
    "Sorry, this place has just been taken. The desk will contact you.": (
        "Sorry, deze plaats is net ingenomen. Het loket neemt contact met je op.",
        "Désolé, cette place vient d'être prise. Le guichet vous contactera.",
        "عذرًا، لقد أُخذ هذا المكان للتو. سيتصل بكم المكتب.",
    ),
    "This offer can no longer be declined.": (
        "Dit aanbod kan niet meer geweigerd worden.",
        "Cette offre ne peut plus être refusée.",
        "لم يعد من الممكن رفض هذا العرض.",
    ),
    "stays on the list": ("blijft op de lijst", "reste sur la liste", "يبقى في القائمة"),
    "keeps the current place": (
        "behoudt de huidige plaats",
        "garde la place actuelle",
        "يحتفظ بالمكان الحالي",
    ),
    "no answer before the deadline": (
        "geen antwoord binnen de termijn",
        "pas de réponse avant la date limite",
        "لا رد قبل الموعد النهائي",
    ),
    "This request already has an open offer.": (
        "Deze aanvraag heeft al een openstaand aanbod.",
        "Cette demande a déjà une offre en cours.",
        "لهذا الطلب عرض مفتوح بالفعل.",
    ),
    "Only a waiting request can get an offer.": (
        "Alleen een wachtende aanvraag kan een aanbod krijgen.",
        "Seule une demande en attente peut recevoir une offre.",
        "لا يمكن تقديم عرض إلا لطلب في الانتظار.",
    ),
    "Reminder: a childcare place for %(child)s": (
        "Herinnering: een plaats in de kinderopvang voor %(child)s",
        "Rappel : une place d'accueil pour %(child)s",
        "تذكير: مكان في الحضانة من أجل %(child)s",
    ),
    "A childcare place for %(child)s": (
        "Een plaats in de kinderopvang voor %(child)s",
        "Une place d'accueil pour %(child)s",
        "مكان في الحضانة من أجل %(child)s",
    ),
    "your baby": ("je baby", "votre bébé", "رضيعكم"),
    "This placement is already confirmed.": (
        "Deze plaatsing is al bevestigd.",
        "Cette place est déjà confirmée.",
        "تم تأكيد هذا المكان بالفعل.",
    ),
    "Occasional and temporary care need an end date.": (
        "Occasionele en tijdelijke opvang hebben een einddatum nodig.",
        "L'accueil occasionnel et l'accueil temporaire ont besoin d'une date de fin.",
        "تحتاج الرعاية العرضية والمؤقتة إلى تاريخ نهاية.",
    ),
    "The end date is before the start date.": (
        "De einddatum ligt vóór de startdatum.",
        "La date de fin est avant la date de début.",
        "تاريخ النهاية قبل تاريخ البداية.",
    ),
    "Occasional care lasts at most 6 months.": (
        "Occasionele opvang duurt hoogstens 6 maanden.",
        "L'accueil occasionnel dure au maximum 6 mois.",
        "لا تتجاوز الرعاية العرضية 6 أشهر.",
    ),
    "All places the municipality bought here are filled.": (
        "Alle plaatsen die de gemeente hier kocht, zijn ingevuld.",
        "Toutes les places achetées ici par la commune sont occupées.",
        "كل الأماكن التي اشترتها البلدية هنا مشغولة.",
    ),
    # placements: desk pages
    "Offers and places": ("Aanbiedingen en plaatsen", "Offres et places", "العروض والأماكن"),
    "accept for the family": (
        "aanvaarden voor het gezin",
        "accepter pour la famille",
        "القبول نيابة عن الأسرة",
    ),
    "decline for the family": (
        "weigeren voor het gezin",
        "refuser pour la famille",
        "الرفض نيابة عن الأسرة",
    ),
    "end this place": ("deze plaats beëindigen", "mettre fin à cette place", "إنهاء هذا المكان"),
    "none yet": ("nog geen", "aucun pour l'instant", "لا شيء بعد"),
    "Offer a free place now (urgent requests)": (
        "Nu een vrije plaats aanbieden (dringende aanvragen)",
        "Proposer une place libre maintenant (demandes urgentes)",
        "عرض مكان شاغر الآن (الطلبات العاجلة)",
    ),
    "Send offer": ("Aanbod versturen", "Envoyer l'offre", "إرسال العرض"),
    "Occasional, temporary or municipal place": (
        "Occasionele, tijdelijke of gemeentelijke plaats",
        "Place occasionnelle, temporaire ou communale",
        "مكان عرضي أو مؤقت أو بلدي",
    ),
    "Save place": ("Plaats bewaren", "Enregistrer la place", "حفظ المكان"),
    # placements: parent pages and e-mail
    "A place for your child!": (
        "Een plaats voor je kind!",
        "Une place pour votre enfant !",
        "مكان لطفلكم!",
    ),
    "Answer before %(deadline)s.": (
        "Antwoord vóór %(deadline)s.",
        "Répondez avant le %(deadline)s.",
        "أجيبوا قبل %(deadline)s.",
    ),
    "If you do not answer, the place goes to another family.": (
        "Antwoord je niet? Dan gaat de plaats naar een ander gezin.",
        "Si vous ne répondez pas, la place ira à une autre famille.",
        "إذا لم تجيبوا، سيذهب المكان إلى أسرة أخرى.",
    ),
    "Yes, I take this place": (
        "Ja, ik neem deze plaats",
        "Oui, je prends cette place",
        "نعم، آخذ هذا المكان",
    ),
    "No, thank you": ("Nee, bedankt", "Non, merci", "لا، شكرًا"),
    "Your place on the waiting list": (
        "Je plaats op de wachtlijst",
        "Votre place sur la liste d'attente",
        "ترتيبكم في قائمة الانتظار",
    ),
    "number %(n)s": ("nummer %(n)s", "n° %(n)s", "رقم %(n)s"),
    "What can you do?": ("Wat kan je doen?", "Que pouvez-vous faire ?", "ماذا يمكنكم أن تفعلوا؟"),
    "Add more locations, or other days: it gives you more chance.": (
        "Voeg meer opvanglocaties of andere dagen toe: zo heb je meer kans.",
        "Ajoutez d'autres milieux d'accueil ou d'autres jours : vous aurez plus de chances.",
        "أضيفوا دور حضانة أخرى أو أيامًا أخرى: هذا يزيد فرصكم.",
    ),
    "Ask the desk for help: they know where places are free.": (
        "Vraag hulp aan het loket: zij weten waar er plaatsen vrij zijn.",
        "Demandez de l'aide au guichet : il sait où il y a des places libres.",
        "اطلبوا المساعدة من المكتب: فهو يعرف أين توجد أماكن شاغرة.",
    ),
    "Ask the desk about occasional care while you wait.": (
        "Vraag het loket naar occasionele opvang terwijl je wacht.",
        "Renseignez-vous au guichet sur l'accueil occasionnel pendant que vous attendez.",
        "اسألوا المكتب عن الرعاية العرضية أثناء انتظاركم.",
    ),
    "Allocation rounds": ("Toewijzingsrondes", "Tours d'attribution", "جولات التوزيع"),
    "Vulnerable families per location": (
        "Kwetsbare gezinnen per opvanglocatie",
        "Familles vulnérables par milieu d'accueil",
        "الأسر الهشة حسب دار الحضانة",
    ),
    "Occasional and temporary places that end soon": (
        "Occasionele en tijdelijke plaatsen die binnenkort aflopen",
        "Places occasionnelles et temporaires qui se terminent bientôt",
        "أماكن عرضية ومؤقتة تنتهي قريبًا",
    ),
    "ends": ("eindigt op", "se termine le", "ينتهي في"),
    "Offers waiting for an answer": (
        "Aanbiedingen die op antwoord wachten",
        "Offres en attente de réponse",
        "عروض في انتظار الرد",
    ),
    "Answer before": ("Antwoord vóór", "Réponse avant le", "الرد قبل"),
    "This is a reminder: you have not answered yet.": (
        "Dit is een herinnering: je hebt nog niet geantwoord.",
        "Ceci est un rappel : vous n'avez pas encore répondu.",
        "هذا تذكير: لم تجيبوا بعد.",
    ),
    "There is a childcare place for %(child)s at %(location)s.": (
        "Er is een plaats in de kinderopvang voor %(child)s bij %(location)s.",
        "Il y a une place d'accueil pour %(child)s dans le milieu d'accueil %(location)s.",
        "يوجد مكان في الحضانة من أجل %(child)s في %(location)s.",
    ),
    "Address": ("Adres", "Adresse", "العنوان"),
    "Please answer before %(deadline)s. If you do not answer, the place goes to another family.": (
        "Antwoord vóór %(deadline)s. Antwoord je niet? Dan gaat de plaats naar een ander gezin.",
        "Merci de répondre avant le %(deadline)s. Si vous ne répondez pas, la place ira à une autre famille.",
        "يرجى الرد قبل %(deadline)s. إذا لم تجيبوا، سيذهب المكان إلى أسرة أخرى.",
    ),
    "Questions? Call or visit the childcare desk.": (
        "Vragen? Bel of kom langs bij het loket kinderopvang.",
        "Des questions ? Appelez ou passez au guichet petite enfance.",
        "لديكم أسئلة؟ اتصلوا بمكتب رعاية الأطفال أو زوروه.",
    ),
    # placements: provider pages
    "Children and starts": (
        "Kinderen en startdata",
        "Enfants et débuts d'accueil",
        "الأطفال ومواعيد البدء",
    ),
    "Kind": ("Soort", "Type", "النوع"),
    "Confirm start": ("Start bevestigen", "Confirmer le début", "تأكيد البدء"),
    "No children placed yet.": (
        "Nog geen kinderen met een plaats.",
        "Aucun enfant accueilli pour l'instant.",
        "لا يوجد أطفال حصلوا على مكان بعد.",
    ),
    "Urgent requests in the municipality": (
        "Dringende aanvragen in de gemeente",
        "Demandes urgentes dans la commune",
        "الطلبات العاجلة في البلدية",
    ),
    "Families who need a place within a month. Do you have a free place for one of them? Tell the desk.": (
        "Gezinnen die binnen een maand een plaats nodig hebben. Heb je een vrije plaats voor een van hen? Laat het weten aan het loket.",
        "Familles qui ont besoin d'une place dans le mois. Vous avez une place libre pour l'une d'elles ? Prévenez le guichet.",
        "أسر تحتاج إلى مكان خلال شهر. هل لديكم مكان شاغر لإحداها؟ أخبروا المكتب.",
    ),
    "Place needed by": (
        "Plaats nodig tegen",
        "Place nécessaire au plus tard le",
        "المكان مطلوب قبل",
    ),
    # placements: allocation rounds (desk, analysts)
    "Allocation round": ("Toewijzingsronde", "Tour d'attribution", "جولة التوزيع"),
    "waiting children in the window": (
        "wachtende kinderen in deze periode",
        "enfants en attente dans la période",
        "أطفال في الانتظار خلال الفترة",
    ),
    "get a place": ("krijgen een plaats", "obtiennent une place", "يحصلون على مكان"),
    "from vulnerable families": ("uit kwetsbare gezinnen", "de familles vulnérables", "من أسر هشة"),
    "blocking pairs": ("blokkerende paren", "paires bloquantes", "أزواج معرقِلة"),
    "a child who would rather have a place it could have taken; 0 is best": (
        "een kind dat liever een plaats had gehad die het had kunnen krijgen; 0 is het best",
        "un enfant qui aurait préféré une place qu'il aurait pu obtenir ; 0 est le meilleur résultat",
        "طفل كان يفضّل مكانًا كان بإمكانه الحصول عليه؛ 0 هو الأفضل",
    ),
    "Discard": ("Verwerpen", "Écarter", "استبعاد"),
    "Download the instance (JSON)": (
        "De invoer downloaden (JSON)",
        "Télécharger les données d'entrée (JSON)",
        "تنزيل بيانات الإدخال (JSON)",
    ),
    "Download the result (JSON)": (
        "Het resultaat downloaden (JSON)",
        "Télécharger le résultat (JSON)",
        "تنزيل النتيجة (JSON)",
    ),
    "Replay this round with: python -m loket.allocation solve instance.json, and check it with: python -m loket.allocation verify instance.json result.json": (
        "Speel deze ronde opnieuw af met: python -m loket.allocation solve instance.json, en controleer ze met: python -m loket.allocation verify instance.json result.json",
        "Rejouez ce tour avec : python -m loket.allocation solve instance.json, et vérifiez-le avec : python -m loket.allocation verify instance.json result.json",
        "أعيدوا تشغيل هذه الجولة بالأمر: python -m loket.allocation solve instance.json، وتحققوا منها بالأمر: python -m loket.allocation verify instance.json result.json",
    ),
    "Per location": ("Per opvanglocatie", "Par milieu d'accueil", "حسب دار الحضانة"),
    "Places given": ("Toegewezen plaatsen", "Places attribuées", "الأماكن الممنوحة"),
    "to vulnerable families": ("aan kwetsbare gezinnen", "à des familles vulnérables", "لأسر هشة"),
    "of which on kept places": (
        "waarvan op voorbehouden plaatsen",
        "dont sur des places réservées",
        "منها في أماكن محجوزة",
    ),
    "Places left per day": (
        "Resterende plaatsen per dag",
        "Places restantes par jour",
        "الأماكن المتبقية في كل يوم",
    ),
    "Place": ("Plaats", "Place", "المكان"),
    "New round": ("Nieuwe ronde", "Nouveau tour", "جولة جديدة"),
    "The engine gives the free places to the waiting requests whose start date falls in the window, following each location's priority rules, with places kept for vulnerable families. You see a preview first; nothing is sent before you confirm.": (
        "Het programma verdeelt de vrije plaatsen over de wachtende aanvragen waarvan de startdatum in de periode valt, volgens de voorrangsregels van elke opvanglocatie, met plaatsen voorbehouden voor kwetsbare gezinnen. Je ziet eerst een voorlopige versie; er wordt niets verstuurd voor je bevestigt.",
        "Le programme attribue les places libres aux demandes en attente dont la date de début tombe dans la période, selon les règles de priorité de chaque milieu d'accueil, avec des places réservées aux familles vulnérables. Vous voyez d'abord un aperçu ; rien n'est envoyé avant votre confirmation.",
        "يوزّع البرنامج الأماكن الشاغرة على الطلبات المنتظرة التي يقع تاريخ بدايتها في الفترة، وفق قواعد الأولوية لكل دار حضانة، مع أماكن محجوزة للأسر الهشة. سترون معاينة أولًا؛ ولن يُرسَل أي شيء قبل أن تؤكدوا.",
    ),
    "Municipality": ("Gemeente", "Commune", "البلدية"),
    "Make a preview": ("Voorlopige versie maken", "Faire un aperçu", "إنشاء معاينة"),
    "Made": ("Gemaakt op", "Créé le", "تاريخ الإنشاء"),
    "Start dates": ("Startdata", "Dates de début", "تواريخ البداية"),
    "Children": ("Kinderen", "Enfants", "الأطفال"),
    "No rounds yet.": ("Nog geen rondes.", "Pas encore de tours.", "لا توجد جولات بعد."),
    "Each location with income-based prices must care for at least 20%% children from vulnerable families, counted over the year. Children with a confirmed place this year.": (
        "Elke opvanglocatie met inkomenstarief moet over het jaar minstens 20%% kinderen uit kwetsbare gezinnen opvangen. Kinderen met een bevestigde plaats dit jaar.",
        "Chaque milieu d'accueil au tarif selon les revenus doit accueillir au moins 20%% d'enfants de familles vulnérables, calculé sur l'année. Enfants avec une place confirmée cette année.",
        "يجب على كل دار حضانة تعتمد سعرًا حسب الدخل أن تستقبل 20%% على الأقل من الأطفال من أسر هشة، محسوبة على مدار السنة. الأطفال الذين لديهم مكان مؤكد هذا العام.",
    ),
    "Download as CSV": ("Downloaden als CSV", "Télécharger en CSV", "تنزيل بصيغة CSV"),
    "Share": ("Aandeel", "Part", "النسبة"),
    "Target": ("Doel", "Objectif", "الهدف"),
    "no children yet": ("nog geen kinderen", "pas encore d'enfants", "لا أطفال بعد"),
    "reached": ("bereikt", "atteint", "تحقق"),
    "below 20%%": ("onder 20%%", "sous 20%%", "أقل من 20%%"),
    "The offer is sent to the family.": (
        "Het aanbod is naar het gezin verstuurd.",
        "L'offre est envoyée à la famille.",
        "تم إرسال العرض إلى الأسرة.",
    ),
    "Choose a location.": (
        "Kies een opvanglocatie.",
        "Choisissez un milieu d'accueil.",
        "اختاروا دار حضانة.",
    ),
    "Place saved.": ("Plaats bewaard.", "Place enregistrée.", "تم حفظ المكان."),
    "Check the kind, location and dates of the place.": (
        "Kijk de soort, de opvanglocatie en de data van de plaats na.",
        "Vérifiez le type, le milieu d'accueil et les dates de la place.",
        "تحققوا من نوع المكان ودار الحضانة والتواريخ.",
    ),
    "The place has ended; its seats are free again.": (
        "De plaats is beëindigd; de plaatsen zijn weer vrij.",
        "La place a pris fin ; elle est de nouveau libre.",
        "انتهى المكان؛ وأصبح شاغرًا من جديد.",
    ),
    "Give the last day.": (
        "Vul de laatste dag in.",
        "Indiquez le dernier jour.",
        "أدخلوا اليوم الأخير.",
    ),
    "You accepted the place. The location will confirm the start.": (
        "Je hebt de plaats aanvaard. De opvanglocatie bevestigt de start.",
        "Vous avez accepté la place. Le milieu d'accueil confirmera le début.",
        "لقد قبلتم المكان. ستؤكد دار الحضانة موعد البدء.",
    ),
    "You declined the place.": (
        "Je hebt de plaats geweigerd.",
        "Vous avez refusé la place.",
        "لقد رفضتم المكان.",
    ),
    "Start confirmed.": ("Start bevestigd.", "Début confirmé.", "تم تأكيد البدء."),
    "Rounds": ("Toewijzingsrondes", "Tours d'attribution", "جولات التوزيع"),
    # prices
    "Prices": ("Prijzen", "Prix", "الأسعار"),
    "Give your joint taxable income, in euro a year.": (
        "Vul jullie gezamenlijk belastbaar inkomen in, in euro per jaar.",
        "Indiquez votre revenu imposable commun, en euros par an.",
        "أدخلوا دخلكم المشترك الخاضع للضريبة، باليورو في السنة.",
    ),
    "Write the income as an amount in euro, for example 32000 or 32.000,50.": (
        "Schrijf het inkomen als een bedrag in euro, bijvoorbeeld 32000 of 32.000,50.",
        "Écrivez le revenu comme un montant en euros, par exemple 32000 ou 32.000,50.",
        "اكتبوا الدخل كمبلغ باليورو، مثلًا 32000 أو 32.000,50.",
    ),
    "The income cannot be less than 0.": (
        "Het inkomen kan niet lager zijn dan 0.",
        "Le revenu ne peut pas être inférieur à 0.",
        "لا يمكن أن يكون الدخل أقل من 0.",
    ),
    "This amount is too high. Check it: the income is in euro a year.": (
        "Dit bedrag is te hoog. Kijk het na: het inkomen is in euro per jaar.",
        "Ce montant est trop élevé. Vérifiez-le : le revenu est en euros par an.",
        "هذا المبلغ مرتفع جدًا. تحققوا منه: الدخل باليورو في السنة.",
    ),
    "Give the number of children in your charge: at least 1 (the child who goes to childcare) and at most 20.": (
        "Vul het aantal kinderen ten laste in: minstens 1 (het kind dat naar de opvang gaat) en hoogstens 20.",
        "Indiquez le nombre d'enfants à votre charge : au moins 1 (l'enfant qui ira en milieu d'accueil) et au plus 20.",
        "أدخلوا عدد الأطفال الذين تعيلونهم: 1 على الأقل (الطفل الذي سيذهب إلى الحضانة) و20 على الأكثر.",
    ),
    "Twins or triplets means at least 2 children in your charge.": (
        "Een tweeling of drieling betekent minstens 2 kinderen ten laste.",
        "Des jumeaux ou des triplés, cela fait au moins 2 enfants à charge.",
        "التوأمان أو الثلاثة توائم تعني طفلين على الأقل تحت إعالتكم.",
    ),
    "Give the hours of care a day: more than 0 and at most 24, for example 8 or 8,5.": (
        "Vul het aantal uren opvang per dag in: meer dan 0 en hoogstens 24, bijvoorbeeld 8 of 8,5.",
        "Indiquez les heures d'accueil par jour : plus de 0 et au plus 24, par exemple 8 ou 8,5.",
        "أدخلوا عدد ساعات الرعاية في اليوم: أكثر من 0 و24 على الأكثر، مثلًا 8 أو 8,5.",
    ),
    "Choose how many days a week: from 1 to 7.": (
        "Kies hoeveel dagen per week: van 1 tot 7.",
        "Choisissez combien de jours par semaine : de 1 à 7.",
        "اختاروا عدد الأيام في الأسبوع: من 1 إلى 7.",
    ),
    "Joint taxable income of the parents, a year": (
        "Gezamenlijk belastbaar inkomen van de ouders, per jaar",
        "Revenu imposable commun des parents, par an",
        "الدخل المشترك للوالدين الخاضع للضريبة، في السنة",
    ),
    "You find it on your tax bill (aanslagbiljet) as 'gezamenlijk belastbaar inkomen': the taxable income of both parents together, in euro a year. Example: 32000.": (
        "Je vindt het op je aanslagbiljet als 'gezamenlijk belastbaar inkomen': het belastbaar inkomen van beide ouders samen, in euro per jaar. Voorbeeld: 32000.",
        "Vous le trouvez sur votre avertissement-extrait de rôle (aanslagbiljet), sous « gezamenlijk belastbaar inkomen » (revenu imposable commun) : le revenu imposable des deux parents ensemble, en euros par an. Exemple : 32000.",
        "تجدونه في إشعار الضريبة (aanslagbiljet) تحت عبارة 'gezamenlijk belastbaar inkomen': أي الدخل الخاضع للضريبة للوالدين معًا، باليورو في السنة. مثال: 32000.",
    ),
    "How many children are in your charge?": (
        "Hoeveel kinderen heb je ten laste?",
        "Combien d'enfants avez-vous à charge ?",
        "كم عدد الأطفال الذين تعيلونهم؟",
    ),
    "Count the child who will go to childcare too.": (
        "Tel ook het kind mee dat naar de opvang zal gaan.",
        "Comptez aussi l'enfant qui ira en milieu d'accueil.",
        "احسبوا أيضًا الطفل الذي سيذهب إلى الحضانة.",
    ),
    "We have twins or triplets": (
        "We hebben een tweeling of drieling",
        "Nous avons des jumeaux ou des triplés",
        "لدينا توأمان أو ثلاثة توائم",
    ),
    "How many hours a day will your child be in childcare?": (
        "Hoeveel uur per dag zal je kind in de opvang zijn?",
        "Combien d'heures par jour votre enfant sera-t-il accueilli ?",
        "كم ساعة في اليوم سيقضي طفلكم في الحضانة؟",
    ),
    "On a usual day, for example 8 or 8,5.": (
        "Op een gewone dag, bijvoorbeeld 8 of 8,5.",
        "Un jour habituel, par exemple 8 ou 8,5.",
        "في يوم عادي، مثلًا 8 أو 8,5.",
    ),
    "The family lives on social integration income (leefloon)": (
        "Het gezin leeft van een leefloon",
        "La famille vit du revenu d'intégration sociale (leefloon)",
        "تعيش الأسرة على دخل الإدماج الاجتماعي (leefloon)",
    ),
    "The income has been at least 20% lower for 3 months": (
        "Het inkomen is al 3 maanden minstens 20% lager",
        "Les revenus sont au moins 20% plus bas depuis 3 mois",
        "الدخل أقل بنسبة 20% على الأقل منذ 3 أشهر",
    ),
    "The family cannot pay the price": (
        "Het gezin kan de prijs niet betalen",
        "La famille ne peut pas payer le prix",
        "لا تستطيع الأسرة دفع السعر",
    ),
    "Joint taxable income a year": (
        "Gezamenlijk belastbaar inkomen per jaar",
        "Revenu imposable commun par an",
        "الدخل المشترك الخاضع للضريبة في السنة",
    ),
    "'Gezamenlijk belastbaar inkomen' on the tax bill (aanslagbiljet). Leave empty if not known.": (
        "'Gezamenlijk belastbaar inkomen' op het aanslagbiljet. Laat leeg als het niet gekend is.",
        "« Gezamenlijk belastbaar inkomen » (revenu imposable commun) sur l'avertissement-extrait de rôle (aanslagbiljet). Laissez vide si inconnu.",
        "'Gezamenlijk belastbaar inkomen' في إشعار الضريبة (aanslagbiljet). اتركوه فارغًا إذا كان غير معروف.",
    ),
    "Children in the family's charge": (
        "Kinderen ten laste van het gezin",
        "Enfants à charge de la famille",
        "الأطفال الذين تعيلهم الأسرة",
    ),
    "Twins or triplets": ("Tweeling of drieling", "Jumeaux ou triplés", "توأمان أو ثلاثة توائم"),
    "Situation for a lower price": (
        "Situatie voor een lagere prijs",
        "Situation donnant droit à un prix réduit",
        "وضع يسمح بسعر أقل",
    ),
    "Care plan of request %(ref)s": (
        "Opvangplan van aanvraag %(ref)s",
        "Planning d'accueil de la demande %(ref)s",
        "جدول الرعاية للطلب %(ref)s",
    ),
    "No request with a care plan: no price per month.": (
        "Geen aanvraag met een opvangplan: geen prijs per maand.",
        "Pas de demande avec un planning d'accueil : pas de prix par mois.",
        "لا يوجد طلب بجدول رعاية: لا سعر شهري.",
    ),
    "The request gives no hours a day: we count %(hours)s hours.": (
        "De aanvraag vermeldt geen uren per dag: we rekenen met %(hours)s uur.",
        "La demande n'indique pas d'heures par jour : nous comptons %(hours)s heures.",
        "لا يذكر الطلب عدد الساعات في اليوم: نحتسب %(hours)s ساعات.",
    ),
    "How it is calculated": ("Hoe het berekend wordt", "Comment c'est calculé", "طريقة الحساب"),
    "Lower price": ("Lagere prijs", "Prix réduit", "سعر أقل"),
    "No situation for a lower price is recorded.": (
        "Er is geen situatie voor een lagere prijs genoteerd.",
        "Aucune situation donnant droit à un prix réduit n'est enregistrée.",
        "لم يُسجَّل أي وضع يسمح بسعر أقل.",
    ),
    "Prices per day the OCMW can set when the family cannot pay:": (
        "Prijzen per dag die het OCMW kan vastleggen als het gezin niet kan betalen:",
        "Prix par jour que l'OCMW (CPAS) peut fixer si la famille ne peut pas payer :",
        "الأسعار اليومية التي يمكن أن يحددها OCMW إذا لم تستطع الأسرة الدفع:",
    ),
    "Next steps for the family": (
        "Volgende stappen voor het gezin",
        "Prochaines étapes pour la famille",
        "الخطوات التالية للأسرة",
    ),
    "Record the family's income and children in its charge to see an estimate of the price per day.": (
        "Noteer het inkomen van het gezin en de kinderen ten laste om een schatting van de prijs per dag te zien.",
        "Enregistrez les revenus de la famille et ses enfants à charge pour voir une estimation du prix par jour.",
        "سجّلوا دخل الأسرة والأطفال الذين تعيلهم لرؤية تقدير للسعر اليومي.",
    ),
    "Income figures of the family": (
        "Inkomensgegevens van het gezin",
        "Données de revenus de la famille",
        "بيانات دخل الأسرة",
    ),
    "Save income figures": (
        "Inkomensgegevens bewaren",
        "Enregistrer les données de revenus",
        "حفظ بيانات الدخل",
    ),
    "Price per day": ("Prijs per dag", "Prix par jour", "السعر اليومي"),
    "not known": ("niet gekend", "inconnu", "غير معروف"),
    "for a day of %(hours)s hours": (
        "voor een dag van %(hours)s uur",
        "pour une journée de %(hours)s heures",
        "ليوم من %(hours)s ساعات",
    ),
    "Price per month": ("Prijs per maand", "Prix par mois", "السعر الشهري"),
    "Respite days a year": (
        "Respijtdagen per jaar",
        "Jours d'absence gratuits par an",
        "أيام الغياب المجانية في السنة",
    ),
    "at least %(days)s": ("minstens %(days)s", "au moins %(days)s", "%(days)s على الأقل"),
    "days your child stays home without you paying": (
        "dagen dat je kind thuisblijft zonder dat je betaalt",
        "jours où votre enfant reste à la maison sans que vous payiez",
        "أيام يبقى فيها طفلكم في المنزل دون أن تدفعوا",
    ),
    "With the published figures we cannot estimate this price per day.": (
        "Met de gepubliceerde cijfers kunnen we deze prijs per dag niet schatten.",
        "Avec les chiffres publiés, nous ne pouvons pas estimer ce prix par jour.",
        "لا يمكننا تقدير هذا السعر اليومي بالأرقام المنشورة.",
    ),
    "This is an estimate with older figures: not all figures for %(year)s are published, so we use those of %(old)s. The real price can be different.": (
        "Dit is een schatting met oudere cijfers: nog niet alle cijfers voor %(year)s zijn gepubliceerd, dus gebruiken we die van %(old)s. De echte prijs kan anders zijn.",
        "Ceci est une estimation avec des chiffres plus anciens : tous les chiffres de %(year)s ne sont pas publiés, nous utilisons donc ceux de %(old)s. Le prix réel peut être différent.",
        "هذا تقدير بأرقام أقدم: لم تُنشر بعد كل أرقام سنة %(year)s، لذلك نستعمل أرقام سنة %(old)s. قد يكون السعر الحقيقي مختلفًا.",
    ),
    "The official price is on the family's 'attest inkomenstarief' from Kind en Gezin.": (
        "De officiële prijs staat op het 'attest inkomenstarief' van het gezin, van Kind en Gezin.",
        "Le prix officiel figure sur l'« attest inkomenstarief » (attestation du tarif selon les revenus) de la famille, délivrée par Kind en Gezin.",
        "السعر الرسمي مذكور في وثيقة 'attest inkomenstarief' الخاصة بالأسرة، الصادرة عن Kind en Gezin.",
    ),
    "Your official price is on your 'attest inkomenstarief' from Kind en Gezin.": (
        "Je officiële prijs staat op je 'attest inkomenstarief' van Kind en Gezin.",
        "Votre prix officiel figure sur votre « attest inkomenstarief » (attestation du tarif selon les revenus) de Kind en Gezin.",
        "سعركم الرسمي مذكور في وثيقة 'attest inkomenstarief' الخاصة بكم من Kind en Gezin.",
    ),
    "Which figures are not published?": (
        "Welke cijfers zijn niet gepubliceerd?",
        "Quels chiffres ne sont pas publiés ?",
        "ما الأرقام غير المنشورة؟",
    ),
    "about %(price)s a day for you": (
        "ongeveer %(price)s per dag voor jou",
        "environ %(price)s par jour pour vous",
        "حوالي %(price)s في اليوم بالنسبة لكم",
    ),
    "(places with a price based on income)": (
        "(plaatsen met een prijs volgens inkomen)",
        "(places au tarif selon les revenus)",
        "(الأماكن بسعر حسب الدخل)",
    ),
    "how we estimate it": ("hoe we dat schatten", "comment nous l'estimons", "كيف نقدّره"),
    "%(price)s a day for you": (
        "%(price)s per dag voor jou",
        "%(price)s par jour pour vous",
        "%(price)s في اليوم بالنسبة لكم",
    ),
    "What will it cost me?": (
        "Wat zal het mij kosten?",
        "Combien cela va-t-il me coûter ?",
        "كم سيكلفني ذلك؟",
    ),
    "other places: %(price)s a day": (
        "andere plaatsen: %(price)s per dag",
        "autres places : %(price)s par jour",
        "الأماكن الأخرى: %(price)s في اليوم",
    ),
    "%(price)s a day (price set by the childcare)": (
        "%(price)s per dag (prijs bepaald door de opvanglocatie)",
        "%(price)s par jour (prix fixé par le milieu d'accueil)",
        "%(price)s في اليوم (سعر تحدده دار الحضانة)",
    ),
    "What will childcare cost?": (
        "Wat zal de kinderopvang kosten?",
        "Combien coûtera l'accueil de votre enfant ?",
        "كم ستكلف رعاية الأطفال؟",
    ),
    "Your estimate": ("Je schatting", "Votre estimation", "تقديركم"),
    "How we calculate it": ("Hoe we het berekenen", "Comment nous le calculons", "كيف نحسبه"),
    "You pay the days you book": (
        "Je betaalt de dagen die je reserveert",
        "Vous payez les jours que vous réservez",
        "تدفعون ثمن الأيام التي تحجزونها",
    ),
    "Pay less?": ("Minder betalen?", "Payer moins ?", "هل تريدون دفع أقل؟"),
    "Is the price too high for you? You may get a lower price.": (
        "Is de prijs te hoog voor jou? Misschien kan je een lagere prijs krijgen.",
        "Le prix est trop élevé pour vous ? Vous pouvez peut-être obtenir un prix plus bas.",
        "هل السعر مرتفع جدًا بالنسبة لكم؟ قد تحصلون على سعر أقل.",
    ),
    "The childcare can give you a lower price (individueel verminderd tarief), for example if you live on a leefloon, if your income has been at least 20%% lower for 3 months, or if you cannot pay.": (
        "De opvanglocatie kan je een lagere prijs geven (individueel verminderd tarief), bijvoorbeeld als je van een leefloon leeft, als je inkomen al 3 maanden minstens 20%% lager is, of als je niet kan betalen.",
        "Le milieu d'accueil peut vous accorder un prix plus bas (individueel verminderd tarief), par exemple si vous vivez du revenu d'intégration (leefloon), si vos revenus sont au moins 20%% plus bas depuis 3 mois, ou si vous ne pouvez pas payer.",
        "يمكن لدار الحضانة أن تمنحكم سعرًا أقل (individueel verminderd tarief)، مثلًا إذا كنتم تعيشون على دخل الإدماج (leefloon)، أو إذا انخفض دخلكم بنسبة 20%% على الأقل منذ 3 أشهر، أو إذا كنتم لا تستطيعون الدفع.",
    ),
    "If you cannot pay the price, the OCMW (Sociaal Huis) can set a lower price per day:": (
        "Kan je de prijs niet betalen? Dan kan het OCMW (Sociaal Huis) een lagere prijs per dag vastleggen:",
        "Si vous ne pouvez pas payer le prix, l'OCMW (Sociaal Huis, le CPAS) peut fixer un prix plus bas par jour :",
        "إذا كنتم لا تستطيعون دفع السعر، يمكن لـ OCMW (Sociaal Huis) أن يحدد سعرًا يوميًا أقل:",
    ),
    "The childcare desk helps you ask for it.": (
        "Het loket kinderopvang helpt je om het aan te vragen.",
        "Le guichet petite enfance vous aide à le demander.",
        "يساعدكم مكتب رعاية الأطفال على طلبه.",
    ),
    "Most childcare locations ask a price based on your income: a price per day. Fill in a few figures and see about how much you will pay.": (
        "De meeste opvanglocaties vragen een prijs volgens je inkomen: een prijs per dag. Vul een paar cijfers in en zie ongeveer hoeveel je zal betalen.",
        "La plupart des milieux d'accueil demandent un prix selon vos revenus : un prix par jour. Remplissez quelques chiffres et voyez environ combien vous paierez.",
        "تطلب معظم دور الحضانة سعرًا حسب دخلكم: سعرًا يوميًا. املؤوا بعض الأرقام واعرفوا كم ستدفعون تقريبًا.",
    ),
    "We keep your figures only during this visit, to show your price next to each childcare location. They are not saved in a file.": (
        "We bewaren je cijfers alleen tijdens dit bezoek, om je prijs bij elke opvanglocatie te tonen. Ze worden niet in een dossier bewaard.",
        "Nous gardons vos chiffres seulement pendant cette visite, pour afficher votre prix à côté de chaque milieu d'accueil. Ils ne sont pas enregistrés dans un dossier.",
        "نحتفظ بأرقامكم خلال هذه الزيارة فقط، لنعرض سعركم بجانب كل دار حضانة. لا تُحفَظ في أي ملف.",
    ),
    "Change your figures": ("Je cijfers wijzigen", "Modifier vos chiffres", "تعديل أرقامكم"),
    "Your figures": ("Je cijfers", "Vos chiffres", "أرقامكم"),
    "Show the price": ("Toon de prijs", "Afficher le prix", "عرض السعر"),
    "Forget my figures": ("Vergeet mijn cijfers", "Oublier mes chiffres", "حذف أرقامي"),
    "Back to the family file": (
        "Terug naar het gezinsdossier",
        "Retour au dossier de la famille",
        "الرجوع إلى ملف الأسرة",
    ),
    "Your figures are forgotten.": (
        "Je cijfers zijn gewist.",
        "Vos chiffres sont effacés.",
        "تم حذف أرقامكم.",
    ),
    "Income figures saved.": (
        "Inkomensgegevens bewaard.",
        "Données de revenus enregistrées.",
        "تم حفظ بيانات الدخل.",
    ),
}

PLURALS = {
    "%(n)s full day": {
        "nl": ["%(n)s volle dag", "%(n)s volle dagen"],
        "fr": ["%(n)s journée complète", "%(n)s journées complètes"],
        "ar": [
            "%(n)s يوم كامل",
            "%(n)s يوم كامل",
            "%(n)s يومان كاملان",
            "%(n)s أيام كاملة",
            "%(n)s يومًا كاملًا",
            "%(n)s يوم كامل",
        ],
    },
    "%(n)s half day (%(hours)s hours)": {
        "nl": ["%(n)s halve dag (%(hours)s uur)", "%(n)s halve dagen (%(hours)s uur)"],
        "fr": ["%(n)s demi-journée (%(hours)s heures)", "%(n)s demi-journées (%(hours)s heures)"],
        "ar": [
            "%(n)s نصف يوم (%(hours)s ساعات)",
            "%(n)s نصف يوم (%(hours)s ساعات)",
            "%(n)s نصفا يوم (%(hours)s ساعات)",
            "%(n)s أنصاف أيام (%(hours)s ساعات)",
            "%(n)s نصف يوم (%(hours)s ساعات)",
            "%(n)s نصف يوم (%(hours)s ساعات)",
        ],
    },
    "for %(days)s day a week": {
        "nl": ["voor %(days)s dag per week", "voor %(days)s dagen per week"],
        "fr": ["pour %(days)s jour par semaine", "pour %(days)s jours par semaine"],
        "ar": [
            "على أساس %(days)s يوم في الأسبوع",
            "على أساس %(days)s يوم في الأسبوع",
            "على أساس %(days)s يومين في الأسبوع",
            "على أساس %(days)s أيام في الأسبوع",
            "على أساس %(days)s يومًا في الأسبوع",
            "على أساس %(days)s يوم في الأسبوع",
        ],
    },
}
