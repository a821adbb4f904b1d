"""Translations, part 7: referral partners, childcare vouchers, placements and review fixes
(family file, error pages, print sheet, short weekdays). msgid -> (nl, fr, ar).

Pages for the desk, partners, providers and analysts are for professionals; the print sheet,
the municipality choice and the request messages are for parents. Dutch uses "toeleider" for a
referral partner, "organisator" for a provider (the organiser of locations), "kennismaking" for
the warm hand-over to a location, "cheque"/"boekje" for vouchers and booklets, "afrekening" for a
reimbursement statement.

The monitoring app's strings are not here: fill.py reads src/loket/monitoring/translations.py.
"""

T = {
    # families: file (desk)
    "Offers and places change the status by themselves; here you put a request on the waiting list, or close it.": (
        "Aanbiedingen en plaatsen passen de status zelf aan; hier zet je een aanvraag op de wachtlijst, of sluit je ze af.",
        "Les offres et les places modifient le statut d'elles-mêmes ; ici, vous mettez une demande sur la liste d'attente, ou vous la clôturez.",
        "تغيّر العروض والأماكن الحالة تلقائيًا؛ هنا تضعون الطلب في قائمة الانتظار، أو تغلقونه.",
    ),
    "Sheet for the family (print, in their language)": (
        "Fiche voor het gezin (afdrukken, in hun taal)",
        "Fiche pour la famille (à imprimer, dans sa langue)",
        "ورقة للأسرة (للطباعة، بلغتها)",
    ),
    # locations: free places form (provider)
    "Give a number (0 when there are none).": (
        "Vul een aantal in (0 als er geen zijn).",
        "Indiquez un nombre (0 s'il n'y en a pas).",
        "أدخلوا عددًا (0 إذا لم يوجد أي مكان).",
    ),
    # partners: referral form
    "Also known to your organisation": (
        "Ook gekend bij je organisatie",
        "Également connu de votre organisation",
        "معلومات أخرى تعرفها منظمتكم",
    ),
    "File the childcare request now, together with the family": (
        "De aanvraag kinderopvang nu registreren, samen met het gezin",
        "Enregistrer la demande d'accueil maintenant, avec la famille",
        "تسجيل طلب رعاية الأطفال الآن، مع الأسرة",
    ),
    "You can also do it later from the family's page.": (
        "Je kan dat ook later doen vanaf de pagina van het gezin.",
        "Vous pouvez aussi le faire plus tard depuis la page de la famille.",
        "يمكنكم أيضًا القيام بذلك لاحقًا من صفحة الأسرة.",
    ),
    "The family agrees that the childcare desk, the childcare locations it chooses and our organisation see its file and follow its request.": (
        "Het gezin gaat ermee akkoord dat het loket kinderopvang, de opvanglocaties die het kiest en onze organisatie zijn dossier zien en zijn aanvraag opvolgen.",
        "La famille accepte que le guichet petite enfance, les milieux d'accueil qu'elle choisit et notre organisation voient son dossier et suivent sa demande.",
        "توافق الأسرة على أن يطّلع مكتب رعاية الأطفال ودور الحضانة التي تختارها ومنظمتنا على ملفها وأن يتابعوا طلبها.",
    ),
    "Ask the family's agreement before you refer it.": (
        "Vraag de toestemming van het gezin voor je het toeleidt.",
        "Demandez l'accord de la famille avant de l'orienter.",
        "اطلبوا موافقة الأسرة قبل توجيهها.",
    ),
    "Language of the family": ("Taal van het gezin", "Langue de la famille", "لغة الأسرة"),
    # Labels on the partner's and the desk's forms: neutral, not addressed to the parent.
    "Single parent": ("Alleenstaande ouder", "Parent seul", "والد منفرد أو والدة منفردة"),
    "Single-parent family": ("Eenoudergezin", "Famille monoparentale", "أسرة بوالد واحد"),
    "Low income": ("Laag inkomen", "Revenus faibles", "دخل منخفض"),
    "Foster child": ("Pleegkind", "Enfant placé en famille d'accueil", "طفل في أسرة حاضنة"),
    "For which child?": ("Voor welk kind?", "Pour quel enfant ?", "لأي طفل؟"),
    # partners: introductions and case notes (desk)
    "Childcare location": ("Opvanglocatie", "Milieu d'accueil", "دار الحضانة"),
    "Meeting on": ("Gesprek op", "Rencontre le", "موعد اللقاء"),
    "Note for the location": (
        "Notitie voor de opvanglocatie",
        "Note pour le milieu d'accueil",
        "ملاحظة لدار الحضانة",
    ),
    "The meeting cannot be in the past.": (
        "Het gesprek kan niet in het verleden liggen.",
        "La rencontre ne peut pas être dans le passé.",
        "لا يمكن أن يكون موعد اللقاء في الماضي.",
    ),
    "The referring partner may read this note": (
        "De toeleider mag deze notitie lezen",
        "Le partenaire d'orientation peut lire cette note",
        "يجوز للجهة الشريكة التي وجّهت الأسرة قراءة هذه الملاحظة",
    ),
    "meeting on": ("gesprek op", "rencontre le", "موعد اللقاء"),
    "note for the location": (
        "notitie voor de opvanglocatie",
        "note pour le milieu d'accueil",
        "ملاحظة لدار الحضانة",
    ),
    "introduction meeting": ("kennismakingsgesprek", "rencontre de présentation", "لقاء تعارف"),
    "introduction meetings": (
        "kennismakingsgesprekken",
        "rencontres de présentation",
        "لقاءات التعارف",
    ),
    "note": ("notitie", "note", "ملاحظة"),
    "the referring partner may read it": (
        "de toeleider mag ze lezen",
        "le partenaire d'orientation peut la lire",
        "يجوز للجهة الشريكة التي وجّهت الأسرة قراءتها",
    ),
    "case note": ("casusnotitie", "note de suivi", "ملاحظة متابعة"),
    "case notes": ("casusnotities", "notes de suivi", "ملاحظات المتابعة"),
    # partners: signals for the case meeting
    "Place at %(location)s accepted from %(date)s, but no start yet.": (
        "Plaats bij %(location)s aanvaard vanaf %(date)s, maar nog niet gestart.",
        "Place chez %(location)s acceptée à partir du %(date)s, mais pas encore commencée.",
        "تم قبول مكان في %(location)s ابتداءً من %(date)s، لكن الرعاية لم تبدأ بعد.",
    ),
    "%(left)s vouchers left, none used since %(date)s.": (
        "Nog %(left)s cheques over, geen enkele gebruikt sinds %(date)s.",
        "Il reste %(left)s chèques, aucun utilisé depuis le %(date)s.",
        "تبقّى من القسائم %(left)s، ولم تُستعمل أي قسيمة منذ %(date)s.",
    ),
    "The place at %(location)s ended early on %(date)s.": (
        "De plaats bij %(location)s is vroegtijdig beëindigd op %(date)s.",
        "La place chez %(location)s a pris fin prématurément le %(date)s.",
        "انتهى المكان في %(location)s قبل الأوان في %(date)s.",
    ),
    "Introduction at a childcare location": (
        "Kennismaking in een opvanglocatie",
        "Rencontre de présentation dans un milieu d'accueil",
        "لقاء تعارف في دار حضانة",
    ),
    "none planned": ("nog niets gepland", "aucune prévue", "لا يوجد لقاء مبرمج"),
    "Plan the introduction": (
        "Kennismaking plannen",
        "Planifier la rencontre",
        "برمجة لقاء التعارف",
    ),
    "no booklet": ("geen boekje", "aucun carnet", "لا يوجد دفتر"),
    "Case notes": ("Casusnotities", "Notes de suivi", "ملاحظات المتابعة"),
    "shared with the partner": (
        "gedeeld met de toeleider",
        "partagée avec le partenaire",
        "تمت مشاركتها مع الشريك",
    ),
    "%(partner)s may read this note (when the family agreed)": (
        "%(partner)s mag deze notitie lezen (als het gezin akkoord ging)",
        "%(partner)s peut lire cette note (si la famille a donné son accord)",
        "يجوز لـ %(partner)s قراءة هذه الملاحظة (إذا وافقت الأسرة)",
    ),
    "Save the note": ("Notitie bewaren", "Enregistrer la note", "حفظ الملاحظة"),
    # partners: case meeting (desk)
    "Case meeting": ("Casusoverleg", "Concertation de cas", "اجتماع التنسيق"),
    "Case meeting: families to discuss": (
        "Casusoverleg: te bespreken gezinnen",
        "Concertation de cas : familles à discuter",
        "اجتماع التنسيق: الأسر التي ستُناقَش حالاتها",
    ),
    "Referred families with an accepted place that did not start, vouchers unused for 30 days, or a place that ended early. Choose who the list is for: each participant sees only what they may see.": (
        "Toegeleide gezinnen met een aanvaarde plaats die niet gestart is, cheques die al 30 dagen niet gebruikt zijn, of een plaats die vroegtijdig beëindigd is. Kies voor wie de lijst is: elke deelnemer ziet alleen wat hij mag zien.",
        "Familles orientées avec une place acceptée qui n'a pas commencé, des chèques inutilisés depuis 30 jours, ou une place terminée prématurément. Choisissez pour qui est la liste : chaque participant ne voit que ce qu'il peut voir.",
        "الأسر الموجَّهة التي لها مكان مقبول لم تبدأ فيه الرعاية، أو قسائم لم تُستعمل منذ 30 يومًا، أو مكان انتهى قبل الأوان. اختاروا لمن القائمة: يرى كل مشارك فقط ما يحق له رؤيته.",
    ),
    "List for": ("Lijst voor", "Liste pour", "القائمة موجّهة إلى"),
    "the desk (everything)": ("het loket (alles)", "le guichet (tout)", "المكتب (كل شيء)"),
    "partner": ("toeleider", "partenaire", "الشريك"),
    "provider": ("organisator", "pouvoir organisateur", "الجهة المنظِّمة"),
    "Family": ("Gezin", "Famille", "الأسرة"),
    "To discuss": ("Te bespreken", "À discuter", "للمناقشة"),
    "Nothing to discuss.": ("Niets te bespreken.", "Rien à discuter.", "لا شيء للمناقشة."),
    # partners: referrals (desk)
    "Referrals": ("Toeleidingen", "Orientations", "التوجيهات"),
    "Referrals by partners": (
        "Toeleidingen door partnerorganisaties",
        "Orientations par les partenaires",
        "التوجيهات من الشركاء",
    ),
    "all partners": ("alle toeleiders", "tous les partenaires", "كل الشركاء"),
    "Vouchers used": ("Gebruikte cheques", "Chèques utilisés", "القسائم المستعملة"),
    "Introductions": ("Kennismakingen", "Rencontres de présentation", "لقاءات التعارف"),
    "No referred families.": (
        "Geen toegeleide gezinnen.",
        "Aucune famille orientée.",
        "لا توجد أسر موجَّهة.",
    ),
    # partners: the partner's pages
    "My families": ("Mijn gezinnen", "Mes familles", "الأسر التي أتابعها"),
    "needs attention": ("vraagt aandacht", "à surveiller", "تحتاج إلى اهتمام"),
    "File a childcare request": (
        "Aanvraag kinderopvang registreren",
        "Enregistrer une demande d'accueil",
        "تسجيل طلب رعاية الأطفال",
    ),
    "Voucher use": ("Gebruik van cheques", "Utilisation des chèques", "استعمال القسائم"),
    "%(used)s of %(total)s used": (
        "%(used)s van %(total)s gebruikt",
        "%(used)s sur %(total)s utilisés",
        "استُعملت %(used)s من %(total)s",
    ),
    "no booklet yet": ("nog geen boekje", "pas encore de carnet", "لا يوجد دفتر بعد"),
    "Childcare requests": ("Aanvragen kinderopvang", "Demandes d'accueil", "طلبات رعاية الأطفال"),
    "Offers": ("Aanbiedingen", "Offres", "العروض"),
    "from": ("vanaf", "à partir du", "ابتداءً من"),
    "until": ("tot en met", "jusqu'au", "حتى"),
    "No request yet.": ("Nog geen aanvraag.", "Pas encore de demande.", "لا يوجد طلب بعد."),
    "none shared": ("niets gedeeld", "rien de partagé", "لم تتم مشاركة أي شيء"),
    "Back to the family": ("Terug naar het gezin", "Retour à la famille", "الرجوع إلى الأسرة"),
    "The families you referred to the childcare desk. You see what each family agreed to share with you.": (
        "De gezinnen die je toeleidde naar het loket kinderopvang. Je ziet wat elk gezin met je wou delen.",
        "Les familles que vous avez orientées vers le guichet petite enfance. Vous voyez ce que chaque famille a accepté de partager avec vous.",
        "الأسر التي وجّهتموها إلى مكتب رعاية الأطفال. ترون ما وافقت كل أسرة على مشاركته معكم.",
    ),
    "Refer a family": ("Een gezin toeleiden", "Orienter une famille", "توجيه أسرة"),
    "Download (CSV)": ("Downloaden (CSV)", "Télécharger (CSV)", "تنزيل (CSV)"),
    "no request yet": ("nog geen aanvraag", "pas encore de demande", "لا يوجد طلب بعد"),
    "vouchers used: %(used)s of %(total)s": (
        "gebruikte cheques: %(used)s van %(total)s",
        "chèques utilisés : %(used)s sur %(total)s",
        "القسائم المستعملة: %(used)s من %(total)s",
    ),
    "You have not referred a family yet.": (
        "Je hebt nog geen gezin toegeleid.",
        "Vous n'avez pas encore orienté de famille.",
        "لم توجّهوا أي أسرة بعد.",
    ),
    # partners: the provider's introductions
    "Introductions planned by the desk": (
        "Kennismakingen gepland door het loket",
        "Rencontres de présentation planifiées par le guichet",
        "لقاءات التعارف التي برمجها المكتب",
    ),
    "A first meeting with a family that the childcare desk hands to you. Welcome them warmly.": (
        "Een eerste gesprek met een gezin dat het loket kinderopvang aan jou doorgeeft. Ontvang het gezin hartelijk.",
        "Une première rencontre avec une famille que le guichet petite enfance vous confie. Accueillez-la chaleureusement.",
        "لقاء أول مع أسرة يحيلها إليكم مكتب رعاية الأطفال. استقبلوها بحفاوة.",
    ),
    "Parent": ("Ouder", "Parent", "الوالد أو الوالدة"),
    "No introductions planned.": (
        "Geen kennismakingen gepland.",
        "Aucune rencontre de présentation prévue.",
        "لا توجد لقاءات تعارف مبرمجة.",
    ),
    # partners: referring a family
    "Register the family together with them. What you tick counts as attested by %(partner)s. The childcare desk sees the family right after.": (
        "Registreer het gezin samen met de ouders. Wat je aanvinkt, telt als bevestigd door %(partner)s. Het loket kinderopvang ziet het gezin meteen daarna.",
        "Enregistrez la famille avec elle. Ce que vous cochez compte comme attesté par %(partner)s. Le guichet petite enfance voit la famille juste après.",
        "سجّلوا الأسرة بحضورها. ما تختارونه يُعتبر مؤكَّدًا من طرف %(partner)s. يرى مكتب رعاية الأطفال الأسرة مباشرة بعد ذلك.",
    ),
    "What your organisation knows": (
        "Wat je organisatie weet",
        "Ce que votre organisation sait",
        "ما تعرفه منظمتكم",
    ),
    "Childcare request": ("Aanvraag kinderopvang", "Demande d'accueil", "طلب رعاية الأطفال"),
    "Refer the family": ("Het gezin toeleiden", "Orienter la famille", "توجيه الأسرة"),
    "File number": ("Dossiernummer", "Numéro de dossier", "رقم الملف"),
    "The family is referred (file %(ref)s). The childcare desk sees it now.": (
        "Het gezin is toegeleid (dossier %(ref)s). Het loket kinderopvang ziet het nu.",
        "La famille est orientée (dossier %(ref)s). Le guichet petite enfance la voit maintenant.",
        "تم توجيه الأسرة (الملف %(ref)s). يراها مكتب رعاية الأطفال الآن.",
    ),
    "Request %(ref)s registered.": (
        "Aanvraag %(ref)s geregistreerd.",
        "Demande %(ref)s enregistrée.",
        "تم تسجيل الطلب %(ref)s.",
    ),
    "Introduction planned.": (
        "Kennismaking gepland.",
        "Rencontre de présentation planifiée.",
        "تمت برمجة لقاء التعارف.",
    ),
    "Choose a location and a date for the meeting.": (
        "Kies een opvanglocatie en een datum voor het gesprek.",
        "Choisissez un milieu d'accueil et une date pour la rencontre.",
        "اختاروا دار حضانة وتاريخًا للقاء.",
    ),
    "Note saved.": ("Notitie bewaard.", "Note enregistrée.", "تم حفظ الملاحظة."),
    "Write a note first.": (
        "Schrijf eerst een notitie.",
        "Écrivez d'abord une note.",
        "اكتبوا ملاحظة أولًا.",
    ),
    # placements (desk, provider)
    "(choose)": ("(kies)", "(choisir)", "(اختاروا)"),
    "Chosen by the family": ("Gekozen door het gezin", "Choisis par la famille", "اختارتها الأسرة"),
    "Other locations": ("Andere opvanglocaties", "Autres milieux d'accueil", "دور حضانة أخرى"),
    "Age at the start": ("Leeftijd bij de start", "Âge au début", "العمر عند البداية"),
    "For a check by someone else: the data of this round": (
        "Voor een controle door iemand anders: de gegevens van deze ronde",
        "Pour une vérification par quelqu'un d'autre : les données de ce tour",
        "للتحقق من طرف شخص آخر: بيانات هذه الجولة",
    ),
    "babies": ("baby's", "bébés", "الرضّع"),
    "toddlers": ("peuters", "jeunes enfants", "الأطفال الصغار"),
    "Each family sees on its page, in its own language, where it stands and why it has no place yet.": (
        "Elk gezin ziet op zijn pagina, in zijn eigen taal, waar het staat en waarom het nog geen plaats heeft.",
        "Chaque famille voit sur sa page, dans sa propre langue, où elle en est et pourquoi elle n'a pas encore de place.",
        "ترى كل أسرة في صفحتها، وبلغتها، أين وصل طلبها ولماذا لم تحصل على مكان بعد.",
    ),
    "Accepted for the family. The location will confirm the start.": (
        "Aanvaard voor het gezin. De opvanglocatie bevestigt de start.",
        "Acceptée pour la famille. Le milieu d'accueil confirmera le début.",
        "تم القبول نيابة عن الأسرة. ستؤكد دار الحضانة موعد البدء.",
    ),
    "Declined for the family.": (
        "Geweigerd voor het gezin.",
        "Refusée pour la famille.",
        "تم الرفض نيابة عن الأسرة.",
    ),
    # registrations
    "Not sure? The desk checks it with you.": (
        "Niet zeker? Het loket kijkt het samen met jou na.",
        "Vous n'êtes pas sûr(e) ? Le guichet le vérifie avec vous.",
        "لستم متأكدين؟ سيتحقق المكتب من ذلك معكم.",
    ),
    "Brother or sister already in care at": (
        "Broer of zus al in de opvang bij",
        "Frère ou sœur déjà accueilli(e) dans",
        "أخ أو أخت في الحضانة بالفعل لدى",
    ),
    "Note for the desk's colleagues": (
        "Notitie voor de collega's van het loket",
        "Note pour les collègues du guichet",
        "ملاحظة لزملاء المكتب",
    ),
    # Status codes (e.g. 'waiting'), for the desk.
    "A request cannot go from %(old)s to %(new)s.": (
        "Een aanvraag kan niet van '%(old)s' naar '%(new)s' gaan.",
        "Une demande ne peut pas passer de « %(old)s » à « %(new)s ».",
        "لا يمكن أن ينتقل الطلب من «%(old)s» إلى «%(new)s».",
    ),
    "This request can no longer be changed.": (
        "Deze aanvraag kan niet meer gewijzigd worden.",
        "Cette demande ne peut plus être modifiée.",
        "لم يعد من الممكن تعديل هذا الطلب.",
    ),
    "Where do you live?": ("Waar woon je?", "Où habitez-vous ?", "أين تسكنون؟"),
    "Choose your municipality. Your request goes to the childcare locations there.": (
        "Kies je gemeente. Je aanvraag gaat naar de opvanglocaties daar.",
        "Choisissez votre commune. Votre demande ira aux milieux d'accueil de cette commune.",
        "اختاروا بلديتكم. سيُرسَل طلبكم إلى دور الحضانة فيها.",
    ),
    # registrations: the sheet printed for the family, in its language
    "Your childcare request": (
        "Je aanvraag kinderopvang",
        "Votre demande d'accueil",
        "طلبكم لرعاية الأطفال",
    ),
    "Print": ("Afdrukken", "Imprimer", "طباعة"),
    "Your number": ("Je nummer", "Votre numéro", "رقمكم"),
    "Keep this paper. Give this number when you call or visit the desk.": (
        "Bewaar dit papier. Geef dit nummer als je het loket belt of langskomt.",
        "Gardez ce papier. Donnez ce numéro quand vous appelez le guichet ou y passez.",
        "احتفظوا بهذه الورقة. أعطوا هذا الرقم عندما تتصلون بالمكتب أو تزورونه.",
    ),
    "What happens now?": (
        "Wat gebeurt er nu?",
        "Que se passe-t-il maintenant ?",
        "ماذا سيحدث الآن؟",
    ),
    "Your request is on the list for all the locations you chose. When a place is free for you, the desk calls you. You then have a few days to say yes or no.": (
        "Je aanvraag staat op de lijst van alle opvanglocaties die je koos. Is er een plaats vrij voor jou? Dan belt het loket je. Je hebt dan enkele dagen om ja of nee te zeggen.",
        "Votre demande est sur la liste de tous les milieux d'accueil que vous avez choisis. Quand une place se libère pour vous, le guichet vous appelle. Vous avez alors quelques jours pour dire oui ou non.",
        "طلبكم مسجّل في قائمة كل دور الحضانة التي اخترتموها. عندما يتوفر مكان لكم، سيتصل بكم المكتب. وسيكون لديكم بعد ذلك بضعة أيام لتقولوا نعم أو لا.",
    ),
    "This request can no longer be changed. Ask the desk for help.": (
        "Deze aanvraag kan niet meer gewijzigd worden. Vraag hulp aan het loket.",
        "Cette demande ne peut plus être modifiée. Demandez de l'aide au guichet.",
        "لم يعد من الممكن تعديل هذا الطلب. اطلبوا المساعدة من المكتب.",
    ),
    "This request can no longer be cancelled here. Ask the desk.": (
        "Deze aanvraag kan hier niet meer geannuleerd worden. Vraag het aan het loket.",
        "Cette demande ne peut plus être annulée ici. Adressez-vous au guichet.",
        "لم يعد من الممكن إلغاء هذا الطلب هنا. اسألوا المكتب.",
    ),
    # error pages
    "Not for you": ("Niet voor jou", "Pas pour vous", "ليست لكم"),
    "This page is not for you": (
        "Deze pagina is niet voor jou",
        "Cette page ne vous est pas destinée",
        "هذه الصفحة ليست لكم",
    ),
    "Your account cannot open this page. If you think it should, ask the childcare desk.": (
        "Je account kan deze pagina niet openen. Denk je dat dat wel zou moeten? Vraag het aan het loket kinderopvang.",
        "Votre compte ne peut pas ouvrir cette page. Si vous pensez qu'il le devrait, demandez au guichet petite enfance.",
        "لا يمكن لحسابكم فتح هذه الصفحة. إذا كنتم تعتقدون أنه يجب أن يتمكن من ذلك، اسألوا مكتب رعاية الأطفال.",
    ),
    "Go to my page": ("Naar mijn pagina", "Aller à ma page", "الذهاب إلى صفحتي"),
    "Page not found": ("Pagina niet gevonden", "Page introuvable", "الصفحة غير موجودة"),
    "We cannot find this page": (
        "We vinden deze pagina niet",
        "Nous ne trouvons pas cette page",
        "لا نجد هذه الصفحة",
    ),
    "The page does not exist, or you cannot see it with this account.": (
        "De pagina bestaat niet, of je kan ze niet zien met dit account.",
        "La page n'existe pas, ou vous ne pouvez pas la voir avec ce compte.",
        "الصفحة غير موجودة، أو لا يمكنكم رؤيتها بهذا الحساب.",
    ),
    # vouchers: statements (CSV, PDF, pages)
    "Used on": ("Gebruikt op", "Utilisé le", "تاريخ الاستعمال"),
    "Date of the care moment": (
        "Datum van het opvangmoment",
        "Date du moment d'accueil",
        "تاريخ فترة الرعاية",
    ),
    "Code": ("Code", "Code", "الرمز"),
    "Amount (EUR)": ("Bedrag (EUR)", "Montant (EUR)", "المبلغ (يورو)"),
    "Total (%(count)s vouchers)": (
        "Totaal (%(count)s cheques)",
        "Total (%(count)s chèques)",
        "المجموع (عدد القسائم: %(count)s)",
    ),
    # vouchers: the eligibility check (the six domains of the child-poverty index)
    "Income: the family's monthly income is too low to live on": (
        "Inkomen: het maandinkomen van het gezin is te laag om van te leven",
        "Revenus : le revenu mensuel de la famille est trop bas pour en vivre",
        "الدخل: الدخل الشهري للأسرة منخفض جدًا للعيش منه",
    ),
    "Education: the parents did not finish secondary school": (
        "Opleiding: de ouders hebben het secundair onderwijs niet afgemaakt",
        "Formation : les parents n'ont pas terminé l'enseignement secondaire",
        "التعليم: لم يُكمل الوالدان التعليم الثانوي",
    ),
    "Work: no parent has a steady job": (
        "Werk: geen enkele ouder heeft een vaste job",
        "Travail : aucun parent n'a d'emploi stable",
        "العمل: لا أحد من الوالدين لديه عمل مستقر",
    ),
    "Housing: the home is too small, unhealthy or not sure": (
        "Wonen: de woning is te klein, ongezond of onzeker",
        "Logement : le logement est trop petit, insalubre ou précaire",
        "السكن: المسكن ضيق جدًا أو غير صحي أو غير مضمون",
    ),
    "Stimulation: the child gets few chances to play, talk and learn": (
        "Stimulatie: het kind krijgt weinig kansen om te spelen, te praten en te leren",
        "Stimulation : l'enfant a peu d'occasions de jouer, de parler et d'apprendre",
        "التحفيز: لا تتاح للطفل فرص كافية للعب والكلام والتعلم",
    ),
    "Health: the child or a parent has health problems": (
        "Gezondheid: het kind of een ouder heeft gezondheidsproblemen",
        "Santé : l'enfant ou un parent a des problèmes de santé",
        "الصحة: يعاني الطفل أو أحد الوالدين من مشاكل صحية",
    ),
    "The family has nobody to fall back on": (
        "Het gezin heeft niemand om op terug te vallen",
        "La famille n'a personne sur qui compter",
        "ليس للأسرة أحد تعتمد عليه",
    ),
    "The family carries more than it can bear": (
        "Het gezin draagt meer dan het aankan",
        "La famille porte plus qu'elle ne peut supporter",
        "تتحمّل الأسرة أكثر مما تطيق",
    ),
    "Where does the family score weak?": (
        "Waar scoort het gezin zwak?",
        "Sur quels points la famille est-elle fragile ?",
        "في أي المجالات تكون الأسرة ضعيفة؟",
    ),
    "Also important": ("Ook belangrijk", "Également important", "مهم أيضًا"),
    "Programme": ("Programma", "Programme", "البرنامج"),
    "Language of the booklet": ("Taal van het boekje", "Langue du carnet", "لغة الدفتر"),
    # vouchers: using a voucher (provider)
    "Code on the voucher": ("Code op de cheque", "Code sur le chèque", "الرمز المكتوب على القسيمة"),
    "Type the code, with or without dashes, or scan the QR code on the voucher.": (
        "Typ de code, met of zonder streepjes, of scan de QR-code op de cheque.",
        "Tapez le code, avec ou sans tirets, ou scannez le code QR sur le chèque.",
        "اكتبوا الرمز، مع الشرطات أو بدونها، أو امسحوا رمز QR الموجود على القسيمة.",
    ),
    "The care moment cannot be in the future.": (
        "Het opvangmoment kan niet in de toekomst liggen.",
        "Le moment d'accueil ne peut pas être dans le futur.",
        "لا يمكن أن تكون فترة الرعاية في المستقبل.",
    ),
    # vouchers: funnel (desk, analysts)
    "Booklets": ("Boekjes", "Carnets", "الدفاتر"),
    "First use": ("Eerste gebruik", "Première utilisation", "أول استعمال"),
    "Never used": ("Nooit gebruikt", "Jamais utilisé", "لم يُستعمل أبدًا"),
    "All used": ("Alles gebruikt", "Tout utilisé", "استُعملت كلها"),
    "Continued": ("Doorgestroomd", "Ont poursuivi", "واصلت"),
    "Did not continue": ("Niet doorgestroomd", "N'ont pas poursuivi", "لم تواصل"),
    # vouchers: booklet
    "Voucher booklet": ("Chequeboekje", "Carnet de chèques", "دفتر القسائم"),
    "Issued on": ("Uitgereikt op", "Délivré le", "تاريخ الإصدار"),
    "by": ("door", "par", "من طرف"),
    "Valid until": ("Geldig tot en met", "Valable jusqu'au", "صالح حتى"),
    "Print the booklet (PDF)": (
        "Het boekje afdrukken (PDF)",
        "Imprimer le carnet (PDF)",
        "طباعة الدفتر (PDF)",
    ),
    "Use of the vouchers": ("Gebruik van de cheques", "Utilisation des chèques", "استعمال القسائم"),
    "Voucher": ("Cheque", "Chèque", "القسيمة"),
    "Used": ("Gebruikt op", "Utilisé le", "تاريخ الاستعمال"),
    # vouchers: dashboard (desk, analysts)
    "No voucher programme yet.": (
        "Nog geen chequeprogramma.",
        "Pas encore de programme de chèques.",
        "لا يوجد برنامج قسائم بعد.",
    ),
    "%(n)s vouchers a booklet": (
        "%(n)s cheques per boekje",
        "%(n)s chèques par carnet",
        "عدد القسائم في كل دفتر: %(n)s",
    ),
    "%(value)s a care moment": (
        "%(value)s per opvangmoment",
        "%(value)s par moment d'accueil",
        "%(value)s لكل فترة رعاية",
    ),
    "%(hours)s hours a care moment": (
        "%(hours)s uur per opvangmoment",
        "%(hours)s heures par moment d'accueil",
        "%(hours)s ساعات لكل فترة رعاية",
    ),
    "Budget": ("Budget", "Budget", "الميزانية"),
    "promised in booklets": (
        "toegezegd in boekjes",
        "engagé dans les carnets",
        "مُلتزَم به في الدفاتر",
    ),
    "paid for vouchers used": (
        "betaald voor gebruikte cheques",
        "payé pour les chèques utilisés",
        "مدفوع مقابل القسائم المستعملة",
    ),
    "Monthly statements per provider": (
        "Maandelijkse afrekeningen per organisator",
        "Décomptes mensuels par pouvoir organisateur",
        "الكشوف الشهرية حسب الجهة المنظِّمة",
    ),
    "From booklet to regular childcare": (
        "Van boekje naar reguliere kinderopvang",
        "Du carnet à l'accueil régulier",
        "من الدفتر إلى الرعاية المنتظمة",
    ),
    "Numbers under 5 are not shown, so that no family can be recognised; a * hides a number that would let you work one out.": (
        "Aantallen onder 5 tonen we niet, zodat geen enkel gezin herkenbaar is; een * verbergt een aantal waarmee je er een zou kunnen uitrekenen.",
        "Les nombres inférieurs à 5 ne sont pas affichés, pour qu'aucune famille ne puisse être reconnue ; un * masque un nombre qui permettrait d'en retrouver un.",
        "لا تُعرض الأعداد الأقل من 5، حتى لا يمكن التعرّف على أي أسرة؛ وتُخفي العلامة * كل عدد قد يسمح باستنتاج أحدها.",
    ),
    "families got a booklet": (
        "gezinnen kregen een boekje",
        "familles ont reçu un carnet",
        "أسر حصلت على دفتر",
    ),
    "used a first voucher": (
        "gebruikten een eerste cheque",
        "ont utilisé un premier chèque",
        "استعملت قسيمة أولى",
    ),
    "never used one": ("gebruikten er nooit een", "n'en ont jamais utilisé", "لم تستعمل أي قسيمة"),
    "used them all": ("gebruikten ze allemaal", "les ont tous utilisés", "استعملتها كلها"),
    "of first users": (
        "van wie een eerste cheque gebruikte",
        "de ceux qui ont utilisé un premier chèque",
        "من الأسر التي استعملت قسيمة أولى",
    ),
    "stopped before the last voucher": (
        "stopten voor de laatste cheque",
        "ont arrêté avant le dernier chèque",
        "توقفت قبل آخر قسيمة",
    ),
    "continued in regular childcare within 3 months": (
        "stroomden binnen 3 maanden door naar reguliere kinderopvang",
        "ont poursuivi dans un accueil régulier dans les 3 mois",
        "انتقلت إلى رعاية منتظمة خلال 3 أشهر",
    ),
    "did not continue": ("stroomden niet door", "n'ont pas poursuivi", "لم تنتقل"),
    "3 months not over yet": (
        "3 maanden nog niet voorbij",
        "3 mois pas encore écoulés",
        "لم تمرّ 3 أشهر بعد",
    ),
    "By referral partner": (
        "Per toeleider",
        "Par partenaire d'orientation",
        "حسب الجهة الشريكة في التوجيه",
    ),
    "Partner": ("Toeleider", "Partenaire", "الشريك"),
    "By neighbourhood": ("Per wijk", "Par quartier", "حسب الحي"),
    # vouchers: eligibility and issuing (partner)
    "There is no voucher programme running in this municipality today.": (
        "Er loopt vandaag geen chequeprogramma in deze gemeente.",
        "Aucun programme de chèques n'est en cours dans cette commune aujourd'hui.",
        "لا يوجد اليوم برنامج قسائم جارٍ في هذه البلدية.",
    ),
    "1. Check with the family": (
        "1. Overloop met het gezin",
        "1. Vérifier avec la famille",
        "1. التحقق مع الأسرة",
    ),
    "Go through these questions together with the family. What you tick counts as attested by your organisation.": (
        "Overloop deze vragen samen met het gezin. Wat je aanvinkt, telt als bevestigd door je organisatie.",
        "Parcourez ces questions avec la famille. Ce que vous cochez compte comme attesté par votre organisation.",
        "راجعوا هذه الأسئلة مع الأسرة. ما تختارونه يُعتبر مؤكَّدًا من طرف منظمتكم.",
    ),
    "Save the answers": ("Antwoorden bewaren", "Enregistrer les réponses", "حفظ الإجابات"),
    "2. Outcome": ("2. Resultaat", "2. Résultat", "2. النتيجة"),
    "eligible": ("komt in aanmerking", "éligible", "مؤهّلة"),
    "not eligible": ("komt niet in aanmerking", "non éligible", "غير مؤهّلة"),
    "3. Give the booklet": ("3. Het boekje meegeven", "3. Remettre le carnet", "3. تسليم الدفتر"),
    "The booklet has %(n)s vouchers, valid until %(until)s. You can print it right after.": (
        "Het boekje heeft %(n)s cheques, geldig tot en met %(until)s. Je kan het meteen daarna afdrukken.",
        "Le carnet contient %(n)s chèques, valables jusqu'au %(until)s. Vous pouvez l'imprimer juste après.",
        "عدد القسائم في الدفتر: %(n)s، وهي صالحة حتى %(until)s. يمكنكم طباعته مباشرة بعد ذلك.",
    ),
    "Issue the booklet": ("Boekje uitreiken", "Délivrer le carnet", "إصدار الدفتر"),
    "A booklet is for a child that is born. Add the child's date of birth first.": (
        "Een boekje is voor een kind dat geboren is. Vul eerst de geboortedatum van het kind in.",
        "Un carnet est destiné à un enfant déjà né. Ajoutez d'abord la date de naissance de l'enfant.",
        "الدفتر مخصص لطفل وُلد بالفعل. أضيفوا أولًا تاريخ ولادة الطفل.",
    ),
    "Booklets of this family": (
        "Boekjes van dit gezin",
        "Carnets de cette famille",
        "دفاتر هذه الأسرة",
    ),
    # vouchers: provider pages
    "Use a voucher": ("Een cheque gebruiken", "Utiliser un chèque", "استعمال قسيمة"),
    "Monthly statements": ("Maandelijkse afrekeningen", "Décomptes mensuels", "الكشوف الشهرية"),
    "Organiser": ("Organisator", "Pouvoir organisateur", "الجهة المنظِّمة"),
    "Vouchers": ("Cheques", "Chèques", "القسائم"),
    "Amount": ("Bedrag", "Montant", "المبلغ"),
    "Download": ("Downloaden", "Télécharger", "تنزيل"),
    "month not over yet": (
        "maand nog niet voorbij",
        "mois pas encore terminé",
        "الشهر لم ينتهِ بعد",
    ),
    "No vouchers used yet.": (
        "Nog geen cheques gebruikt.",
        "Aucun chèque utilisé pour l'instant.",
        "لم تُستعمل أي قسيمة بعد.",
    ),
    "Vouchers used at your locations": (
        "Cheques gebruikt in je opvanglocaties",
        "Chèques utilisés dans vos milieux d'accueil",
        "القسائم المستعملة في دور الحضانة الخاصة بكم",
    ),
    "Care moment": ("Opvangmoment", "Moment d'accueil", "فترة الرعاية"),
    "Use a childcare voucher": (
        "Een kinderopvangcheque gebruiken",
        "Utiliser un chèque accueil",
        "استعمال قسيمة رعاية الأطفال",
    ),
    "None of your locations accepts childcare vouchers yet. Ask the childcare desk to add your location to the programme.": (
        "Geen enkele van je opvanglocaties aanvaardt al kinderopvangcheques. Vraag het loket kinderopvang om je opvanglocatie aan het programma toe te voegen.",
        "Aucun de vos milieux d'accueil n'accepte encore les chèques accueil. Demandez au guichet petite enfance d'ajouter votre milieu d'accueil au programme.",
        "لا تقبل أي من دور الحضانة الخاصة بكم قسائم رعاية الأطفال بعد. اطلبوا من مكتب رعاية الأطفال إضافة داركم إلى البرنامج.",
    ),
    "This voucher cannot be used.": (
        "Deze cheque kan niet gebruikt worden.",
        "Ce chèque ne peut pas être utilisé.",
        "لا يمكن استعمال هذه القسيمة.",
    ),
    "The reason is under the code.": (
        "De reden staat onder de code.",
        "La raison est indiquée sous le code.",
        "السبب مذكور تحت الرمز.",
    ),
    "Use the voucher": ("Cheque gebruiken", "Utiliser le chèque", "استعمال القسيمة"),
    "Vouchers used and monthly statements": (
        "Gebruikte cheques en maandelijkse afrekeningen",
        "Chèques utilisés et décomptes mensuels",
        "القسائم المستعملة والكشوف الشهرية",
    ),
    "Used recently": ("Onlangs gebruikt", "Utilisés récemment", "استُعملت مؤخرًا"),
    "Reimbursement statement": ("Afrekening", "Décompte de remboursement", "كشف الاسترداد"),
    "Vouchers used later this month will still be added.": (
        "Cheques die later deze maand gebruikt worden, komen er nog bij.",
        "Les chèques utilisés plus tard ce mois-ci seront encore ajoutés.",
        "ستُضاف القسائم التي تُستعمل لاحقًا في هذا الشهر.",
    ),
    "Download PDF": ("PDF downloaden", "Télécharger le PDF", "تنزيل PDF"),
    "Download CSV": ("CSV downloaden", "Télécharger le CSV", "تنزيل CSV"),
    "No vouchers were used this month.": (
        "Deze maand werden geen cheques gebruikt.",
        "Aucun chèque n'a été utilisé ce mois-ci.",
        "لم تُستعمل أي قسيمة هذا الشهر.",
    ),
    "Reimbursement statement: childcare vouchers": (
        "Afrekening: kinderopvangcheques",
        "Décompte de remboursement : chèques accueil",
        "كشف الاسترداد: قسائم رعاية الأطفال",
    ),
    "made on": ("gemaakt op", "établi le", "أُعدّ في"),
    "Voucher statements": ("Afrekeningen cheques", "Décomptes des chèques", "كشوف القسائم"),
    "Voucher statements per provider": (
        "Afrekeningen cheques per organisator",
        "Décomptes des chèques par pouvoir organisateur",
        "كشوف القسائم حسب الجهة المنظِّمة",
    ),
    "Each month every provider is paid for the vouchers it used that month. A month's statement no longer changes once the month is over.": (
        "Elke maand krijgt elke organisator betaald voor de cheques die die maand bij hem gebruikt werden. De afrekening van een maand verandert niet meer als de maand voorbij is.",
        "Chaque mois, chaque pouvoir organisateur est payé pour les chèques utilisés chez lui ce mois-là. Le décompte d'un mois ne change plus une fois le mois terminé.",
        "تتلقى كل جهة منظِّمة كل شهر مقابل القسائم التي استُعملت لديها في ذلك الشهر. لا يتغير كشف الشهر بعد انتهائه.",
    ),
    "Programme dashboard": (
        "Overzicht van het programma",
        "Tableau de bord du programme",
        "لوحة متابعة البرنامج",
    ),
    "Provider": ("Organisator", "Pouvoir organisateur", "الجهة المنظِّمة"),
    # vouchers: messages
    "The programme does not run today.": (
        "Het programma loopt vandaag niet.",
        "Le programme n'est pas en cours aujourd'hui.",
        "البرنامج غير جارٍ اليوم.",
    ),
    "The programme's budget is spent: no booklet can be issued now.": (
        "Het budget van het programma is op: er kan nu geen boekje uitgereikt worden.",
        "Le budget du programme est épuisé : aucun carnet ne peut être délivré maintenant.",
        "نفدت ميزانية البرنامج: لا يمكن إصدار أي دفتر الآن.",
    ),
    "A booklet is for a child that is born.": (
        "Een boekje is voor een kind dat geboren is.",
        "Un carnet est destiné à un enfant déjà né.",
        "الدفتر مخصص لطفل وُلد بالفعل.",
    ),
    "A booklet is for a child younger than 3.": (
        "Een boekje is voor een kind jonger dan 3 jaar.",
        "Un carnet est destiné à un enfant de moins de 3 ans.",
        "الدفتر مخصص لطفل عمره أقل من 3 سنوات.",
    ),
    "This child already has a booklet of this programme.": (
        "Dit kind heeft al een boekje van dit programma.",
        "Cet enfant a déjà un carnet de ce programme.",
        "لدى هذا الطفل دفتر من هذا البرنامج بالفعل.",
    ),
    "The family does not meet the conditions of the programme.": (
        "Het gezin voldoet niet aan de voorwaarden van het programma.",
        "La famille ne remplit pas les conditions du programme.",
        "لا تستوفي الأسرة شروط البرنامج.",
    ),
    "Choose a language.": ("Kies een taal.", "Choisissez une langue.", "اختاروا لغة."),
    "The answers are saved.": (
        "De antwoorden zijn bewaard.",
        "Les réponses sont enregistrées.",
        "تم حفظ الإجابات.",
    ),
    "Choose the programme, the child and the language.": (
        "Kies het programma, het kind en de taal.",
        "Choisissez le programme, l'enfant et la langue.",
        "اختاروا البرنامج والطفل واللغة.",
    ),
    "The booklet could not be issued.": (
        "Het boekje kon niet uitgereikt worden.",
        "Le carnet n'a pas pu être délivré.",
        "تعذّر إصدار الدفتر.",
    ),
    "Booklet issued: %(n)s vouchers. Print it and give it to the family.": (
        "Boekje uitgereikt: %(n)s cheques. Druk het af en geef het aan het gezin.",
        "Carnet délivré : %(n)s chèques. Imprimez-le et remettez-le à la famille.",
        "تم إصدار الدفتر: عدد القسائم %(n)s. اطبعوه وسلّموه إلى الأسرة.",
    ),
    "This voucher was already used on %(date)s at %(location)s.": (
        "Deze cheque werd al gebruikt op %(date)s bij %(location)s.",
        "Ce chèque a déjà été utilisé le %(date)s chez %(location)s.",
        "استُعملت هذه القسيمة بالفعل في %(date)s لدى %(location)s.",
    ),
    "This voucher was already used. Each voucher can be used only once.": (
        "Deze cheque werd al gebruikt. Elke cheque kan maar één keer gebruikt worden.",
        "Ce chèque a déjà été utilisé. Chaque chèque ne peut être utilisé qu'une seule fois.",
        "استُعملت هذه القسيمة بالفعل. لا يمكن استعمال كل قسيمة إلا مرة واحدة.",
    ),
    "This voucher has expired: it was valid until %(date)s.": (
        "Deze cheque is vervallen: hij was geldig tot en met %(date)s.",
        "Ce chèque a expiré : il était valable jusqu'au %(date)s.",
        "انتهت صلاحية هذه القسيمة: كانت صالحة حتى %(date)s.",
    ),
    "On that date the voucher was not valid yet. Check the date of the care moment.": (
        "Op die datum was de cheque nog niet geldig. Kijk de datum van het opvangmoment na.",
        "À cette date, le chèque n'était pas encore valable. Vérifiez la date du moment d'accueil.",
        "في ذلك التاريخ لم تكن القسيمة صالحة بعد. تحققوا من تاريخ فترة الرعاية.",
    ),
    "This code is not complete or has a typing error. Check the code on the voucher.": (
        "Deze code is niet volledig of bevat een tikfout. Kijk de code op de cheque na.",
        "Ce code est incomplet ou contient une faute de frappe. Vérifiez le code sur le chèque.",
        "هذا الرمز غير كامل أو فيه خطأ في الكتابة. تحققوا من الرمز المكتوب على القسيمة.",
    ),
    "No voucher has this code. Check the code on the voucher.": (
        "Geen enkele cheque heeft deze code. Kijk de code op de cheque na.",
        "Aucun chèque ne porte ce code. Vérifiez le code sur le chèque.",
        "لا توجد قسيمة بهذا الرمز. تحققوا من الرمز المكتوب على القسيمة.",
    ),
    "This voucher belongs to another municipality's programme. It cannot be used here.": (
        "Deze cheque hoort bij het programma van een andere gemeente. Hij kan hier niet gebruikt worden.",
        "Ce chèque appartient au programme d'une autre commune. Il ne peut pas être utilisé ici.",
        "تنتمي هذه القسيمة إلى برنامج بلدية أخرى. لا يمكن استعمالها هنا.",
    ),
    "This location does not accept childcare vouchers. Choose another location.": (
        "Deze opvanglocatie aanvaardt geen kinderopvangcheques. Kies een andere opvanglocatie.",
        "Ce milieu d'accueil n'accepte pas les chèques accueil. Choisissez un autre milieu d'accueil.",
        "لا تقبل دار الحضانة هذه قسائم رعاية الأطفال. اختاروا دار حضانة أخرى.",
    ),
    "Voucher %(code)s is used for %(date)s at %(location)s.": (
        "Cheque %(code)s is gebruikt voor %(date)s bij %(location)s.",
        "Le chèque %(code)s est utilisé pour le %(date)s chez %(location)s.",
        "تم استعمال القسيمة %(code)s ليوم %(date)s لدى %(location)s.",
    ),
    # short weekdays (desk list: "ma wo½ vr"); Arabic has no usual abbreviations
    "Mon": ("ma", "lun", "الاثنين"),
    "Tue": ("di", "mar", "الثلاثاء"),
    "Wed": ("wo", "mer", "الأربعاء"),
    "Thu": ("do", "jeu", "الخميس"),
    "Fri": ("vr", "ven", "الجمعة"),
    "Sat": ("za", "sam", "السبت"),
    "Sun": ("zo", "dim", "الأحد"),
}

PLURALS = {
    "%(n)s family": {
        "nl": ["%(n)s gezin", "%(n)s gezinnen"],
        "fr": ["%(n)s famille", "%(n)s familles"],
        "ar": ["%(n)s أسرة", "%(n)s أسرة", "%(n)s أسرتان", "%(n)s أسر", "%(n)s أسرةً", "%(n)s أسرة"],
    },
    "%(n)s family will get an offer by e-mail. Send it now?": {
        "nl": [
            "%(n)s gezin krijgt een aanbod per e-mail. Nu versturen?",
            "%(n)s gezinnen krijgen een aanbod per e-mail. Nu versturen?",
        ],
        "fr": [
            "%(n)s famille recevra une offre par e-mail. L'envoyer maintenant ?",
            "%(n)s familles recevront une offre par e-mail. Les envoyer maintenant ?",
        ],
        "ar": [
            "%(n)s أسرة ستتلقى عرضًا بالبريد الإلكتروني. هل ترسلون العروض الآن؟",
            "%(n)s أسرة ستتلقى عرضًا بالبريد الإلكتروني. هل ترسلونه الآن؟",
            "%(n)s أسرتان ستتلقيان عرضًا بالبريد الإلكتروني. هل ترسلون العرضين الآن؟",
            "%(n)s أسر ستتلقى كل منها عرضًا بالبريد الإلكتروني. هل ترسلون العروض الآن؟",
            "%(n)s أسرةً ستتلقى كل منها عرضًا بالبريد الإلكتروني. هل ترسلون العروض الآن؟",
            "%(n)s أسرة ستتلقى كل منها عرضًا بالبريد الإلكتروني. هل ترسلون العروض الآن؟",
        ],
    },
    "Confirm and send %(n)s offer": {
        "nl": [
            "Bevestigen en %(n)s aanbod versturen",
            "Bevestigen en %(n)s aanbiedingen versturen",
        ],
        "fr": ["Confirmer et envoyer %(n)s offre", "Confirmer et envoyer %(n)s offres"],
        "ar": [
            "التأكيد وإرسال %(n)s عرض",
            "التأكيد وإرسال %(n)s عرض",
            "التأكيد وإرسال %(n)s عرضين",
            "التأكيد وإرسال %(n)s عروض",
            "التأكيد وإرسال %(n)s عرضًا",
            "التأكيد وإرسال %(n)s عرض",
        ],
    },
    "%(n)s offer sent.": {
        "nl": ["%(n)s aanbod verstuurd.", "%(n)s aanbiedingen verstuurd."],
        "fr": ["%(n)s offre envoyée.", "%(n)s offres envoyées."],
        "ar": [
            "تم إرسال %(n)s عرض.",
            "تم إرسال %(n)s عرض.",
            "تم إرسال %(n)s عرضين.",
            "تم إرسال %(n)s عروض.",
            "تم إرسال %(n)s عرضًا.",
            "تم إرسال %(n)s عرض.",
        ],
    },
    "%(n)s urgent request near or past its deadline": {
        "nl": [
            "%(n)s dringende aanvraag met een naderende of verstreken termijn",
            "%(n)s dringende aanvragen met een naderende of verstreken termijn",
        ],
        "fr": [
            "%(n)s demande urgente dont l'échéance approche ou est dépassée",
            "%(n)s demandes urgentes dont l'échéance approche ou est dépassée",
        ],
        "ar": [
            "%(n)s طلب عاجل اقترب موعده النهائي أو تجاوزه",
            "%(n)s طلب عاجل اقترب موعده النهائي أو تجاوزه",
            "%(n)s طلبان عاجلان اقترب موعدهما النهائي أو تجاوزاه",
            "%(n)s طلبات عاجلة اقترب موعدها النهائي أو تجاوزته",
            "%(n)s طلبًا عاجلًا اقترب موعده النهائي أو تجاوزه",
            "%(n)s طلب عاجل اقترب موعده النهائي أو تجاوزه",
        ],
    },
    "%(count)s voucher": {
        "nl": ["%(count)s cheque", "%(count)s cheques"],
        "fr": ["%(count)s chèque", "%(count)s chèques"],
        "ar": [
            "%(count)s قسيمة",
            "%(count)s قسيمة",
            "%(count)s قسيمتان",
            "%(count)s قسائم",
            "%(count)s قسيمةً",
            "%(count)s قسيمة",
        ],
    },
    "Total: %(count)s voucher": {
        "nl": ["Totaal: %(count)s cheque", "Totaal: %(count)s cheques"],
        "fr": ["Total : %(count)s chèque", "Total : %(count)s chèques"],
        "ar": [
            "المجموع: %(count)s قسيمة",
            "المجموع: %(count)s قسيمة",
            "المجموع: %(count)s قسيمتان",
            "المجموع: %(count)s قسائم",
            "المجموع: %(count)s قسيمةً",
            "المجموع: %(count)s قسيمة",
        ],
    },
}
