"""Translations, part 4: strings of work in progress (placements app, municipal places).

Written ahead of `makemessages`; fill.py uses them once they appear in the catalogues.
msgid -> (nl, fr, ar).
"""

T = {
    "places bought by the municipality": (
        "plaatsen gekocht door de gemeente",
        "places achetées par la commune",
        "أماكن اشترتها البلدية",
    ),
    "Placements": ("Plaatsingen", "Places attribuées", "الأماكن الممنوحة"),
    "preview": ("voorlopig", "provisoire", "معاينة"),
    "confirmed": ("bevestigd", "confirmé", "تم التأكيد"),
    "discarded": ("verworpen", "écarté", "تم الاستبعاد"),
    "start dates from": ("startdata vanaf", "dates de début à partir du", "تواريخ البداية من"),
    "start dates until": ("startdata tot en met", "dates de début jusqu'au", "تواريخ البداية حتى"),
    "allocation round": ("toewijzingsronde", "tour d'attribution", "جولة التوزيع"),
    "waiting for an answer": ("wacht op antwoord", "en attente de réponse", "في انتظار الرد"),
    "accepted": ("aanvaard", "acceptée", "تم القبول"),
    "declined": ("geweigerd", "refusée", "تم الرفض"),
    "days": ("dagen", "jours", "الأيام"),
    "answer before": ("antwoorden vóór", "répondre avant le", "الرد قبل"),
    "stay on the list for higher choices": (
        "op de lijst blijven voor hogere keuzes",
        "rester sur la liste pour les choix mieux classés",
        "البقاء في القائمة للاختيارات ذات الترتيب الأعلى",
    ),
    "regular place": ("gewone plaats", "place régulière", "مكان عادي"),
    "occasional care (at most 6 months)": (
        "occasionele opvang (hoogstens 6 maanden)",
        "accueil occasionnel (6 mois maximum)",
        "رعاية عرضية (6 أشهر كحد أقصى)",
    ),
    "temporary care while waiting for a regular place": (
        "tijdelijke opvang in afwachting van een gewone plaats",
        "accueil temporaire en attendant une place régulière",
        "رعاية مؤقتة في انتظار مكان عادي",
    ),
    "place bought by the municipality": (
        "plaats gekocht door de gemeente",
        "place achetée par la commune",
        "مكان اشترته البلدية",
    ),
    "to be confirmed by the location": (
        "te bevestigen door de opvanglocatie",
        "à confirmer par le milieu d'accueil",
        "في انتظار تأكيد دار الحضانة",
    ),
    "ended": ("beëindigd", "terminé", "انتهى"),
    "end date": ("einddatum", "date de fin", "تاريخ النهاية"),
}
