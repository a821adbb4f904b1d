"""Template filters of the analysis pages: one way to show a published cell everywhere."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

register = template.Library()


def format_cell(value, decimals: int = 2) -> str:
    """A published cell as text in the active language: decimal comma in Dutch, months by
    name, yes/no, and the suppression marks as they are."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if (
        isinstance(value, Decimal)
        and value == value.to_integral_value()
        and value.as_tuple().exponent >= 0
    ):
        return formats.number_format(value, decimal_pos=0)  # a whole reference figure: 33
    if isinstance(value, Decimal | float):
        return formats.number_format(value, decimal_pos=decimals)
    if isinstance(value, dt.date):
        return formats.date_format(value, "F Y")
    return str(value)


@register.filter
def cell(value) -> str:
    return format_cell(value)


@register.filter
def is_number(value) -> bool:
    return isinstance(value, int | Decimal | float) and not isinstance(value, bool)
