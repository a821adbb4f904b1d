"""Translations, part 6: more work in progress (lottery number, round page, vouchers app).
msgid -> (nl, fr, ar)."""

T = {
    "Your lottery number is %(n)s. Among families with the same priority, the lower number goes first. It was drawn once, when you registered, and does not change.": (
        "Je lotingsnummer is %(n)s. Bij gezinnen met dezelfde voorrang gaat het laagste nummer eerst. Het nummer werd één keer geloot, toen je je aanvraag registreerde, en verandert niet.",
        "Votre numéro de tirage au sort est %(n)s. Entre familles ayant la même priorité, le numéro le plus bas passe en premier. Il a été tiré une seule fois, lors de votre enregistrement, et ne change pas.",
        "رقم القرعة الخاص بكم هو %(n)s. بين الأسر التي لها الأولوية نفسها، يأتي الرقم الأصغر أولًا. سُحب هذا الرقم مرة واحدة عند تسجيلكم، ولا يتغير.",
    ),
    "Who gets a place": ("Wie krijgt een plaats", "Qui obtient une place", "من يحصل على مكان"),
    "Children without a place in this round": (
        "Kinderen zonder plaats in deze ronde",
        "Enfants sans place dans ce tour",
        "أطفال بدون مكان في هذه الجولة",
    ),
    # vouchers (desk, partners, providers)
    "Childcare vouchers": ("Kinderopvangcheques", "Chèques accueil", "قسائم رعاية الأطفال"),
    "budget (cents)": ("budget (cent)", "budget (centimes)", "الميزانية (بالسنت)"),
    "valid from": ("geldig vanaf", "valable à partir du", "صالح من"),
    "valid until": ("geldig tot en met", "valable jusqu'au", "صالح حتى"),
    "vouchers per booklet": ("cheques per boekje", "chèques par carnet", "عدد القسائم في كل دفتر"),
    "value of one care moment (cents)": (
        "waarde van één opvangmoment (cent)",
        "valeur d'un moment d'accueil (centimes)",
        "قيمة فترة رعاية واحدة (بالسنت)",
    ),
    "hours of one care moment": (
        "uren van één opvangmoment",
        "heures d'un moment d'accueil",
        "ساعات فترة رعاية واحدة",
    ),
    "who is eligible": ("wie er recht op heeft", "qui y a droit", "من يحق له ذلك"),
    "texts for families": ("teksten voor gezinnen", "textes pour les familles", "نصوص للأسر"),
    "voucher programme": ("chequeprogramma", "programme de chèques", "برنامج القسائم"),
    "voucher programmes": ("chequeprogramma's", "programmes de chèques", "برامج القسائم"),
    "issued by partner": ("uitgereikt door partner", "délivré par le partenaire", "صادر عن الشريك"),
    "issued on": ("uitgereikt op", "délivré le", "تاريخ الإصدار"),
    "language of the booklet": ("taal van het boekje", "langue du carnet", "لغة الدفتر"),
    "voucher booklet": ("chequeboekje", "carnet de chèques", "دفتر القسائم"),
    "voucher booklets": ("chequeboekjes", "carnets de chèques", "دفاتر القسائم"),
    "used on": ("gebruikt op", "utilisé le", "تاريخ الاستعمال"),
    "used at": ("gebruikt bij", "utilisé chez", "استُعمل لدى"),
    "date of the care moment": (
        "datum van het opvangmoment",
        "date du moment d'accueil",
        "تاريخ فترة الرعاية",
    ),
    "value (cents)": ("waarde (cent)", "valeur (centimes)", "القيمة (بالسنت)"),
    "voucher": ("cheque", "chèque", "قسيمة"),
    "vouchers": ("cheques", "chèques", "القسائم"),
}
