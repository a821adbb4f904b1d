"""The price next to a location, and the price card in the desk's family file.

``{% price_for location %}``: for a location with an income-based price, "about € X a day for
you" when the parent used the calculator in this session, else a link "What will it cost me?".
A location with a price set by the provider shows that price per day (``own_price=False`` where
the page shows it already). Use it wherever a location is offered to a parent: the free places,
the request's chosen locations, and the offers once they exist.

``{% family_price_card family request %}``: the desk's card with the estimate and the guidance
on lower prices, computed from the figures recorded in the family's file.
"""

from __future__ import annotations

from django import template

from loket.domain import tariffs
from loket.locations.models import Pricing

from .. import session
from ..forms import FamilyIncomeForm
from ..selectors import calculator_view, family_price_view, keep_together, page_language

register = template.Library()

_CACHE_ATTRIBUTE = "_loket_price_estimate"


def _calculator_estimate(request):
    """The parent's estimate, computed once per request (a list shows it for every location)."""
    if request is None or not hasattr(request, "session"):
        return None
    language = page_language(getattr(request, "LANGUAGE_CODE", None))
    inputs = session.inputs_get(request)
    if inputs is None:
        return None
    key = (inputs, language)
    cached = getattr(request, _CACHE_ATTRIBUTE, None)
    if cached is not None and cached[0] == key:
        return cached[1]
    view = calculator_view(inputs, language)
    setattr(request, _CACHE_ATTRIBUTE, (key, view))
    return view


@register.inclusion_tag("prices/_price_for.html", takes_context=True)
def price_for(context, location, own_price: bool = True):
    request = context.get("request")
    income_related = location.pricing in (Pricing.INCOME_RELATED, Pricing.MIXED)
    own_cents = (
        location.free_price_per_day_cents if location.pricing != Pricing.INCOME_RELATED else None
    )
    language = page_language(getattr(request, "LANGUAGE_CODE", None))
    return {
        "income_related": income_related,
        "estimate": _calculator_estimate(request) if income_related else None,
        "own_price": (
            keep_together(tariffs.format_money(own_cents, language))
            if own_price and own_cents
            else ""
        ),
        "mixed": location.pricing == Pricing.MIXED,
    }


@register.inclusion_tag("prices/_family_price_card.html")
def family_price_card(family, request):
    language = page_language(getattr(request, "LANGUAGE_CODE", None))
    return {
        "family": family,
        "view": family_price_view(family, language),
        "form": FamilyIncomeForm(initial=FamilyIncomeForm.initial_from(family)),
    }
