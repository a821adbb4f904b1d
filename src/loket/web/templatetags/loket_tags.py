from django import template
from django.utils.translation import gettext as _

from loket.locations.models import Weekday

register = template.Library()


@register.filter
def weekday_label(key: str) -> str:
    try:
        return Weekday(key).label
    except ValueError:
        return key


@register.filter
def day_part_label(key: str) -> str:
    return {"full": _("whole day"), "morning": _("morning"), "afternoon": _("afternoon")}.get(
        key, key
    )


@register.filter
def language_names(codes) -> str:
    """Language codes as names in their own language (nl → Nederlands)."""
    from django.utils.translation import get_language_info

    names = []
    for code in codes or []:
        try:
            names.append(get_language_info(code)["name_local"])
        except KeyError:
            names.append({"tr": "Türkçe"}.get(code, code))
    return ", ".join(names)


@register.filter
def language_name(code) -> str:
    return language_names([code]) if code else ""


@register.filter
def age_band_at_start(childcare_request) -> str:
    """'baby' or 'toddler' at the request's start date, as a label (no birth date shown)."""
    from loket.domain.requests import age_band
    from loket.locations.models import AgeBand

    born = childcare_request.child.born_or_expected
    return AgeBand(age_band(born, childcare_request.desired_start)).label


@register.filter
def short_weekday(key: str) -> str:
    return {
        "mon": _("Mon"),
        "tue": _("Tue"),
        "wed": _("Wed"),
        "thu": _("Thu"),
        "fri": _("Fri"),
        "sat": _("Sat"),
        "sun": _("Sun"),
    }.get(key, key)


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def euro(cents) -> str:
    if cents is None:
        return ""
    return f"€ {cents / 100:.2f}".replace(".", ",")
