from django import template

from loket.domain import vouchers as rules
from loket.domain.coverage.suppression import SMALL_CELL_THRESHOLD

register = template.Library()


@register.filter
def cents(value) -> str:
    """Whole cents as an exact euro amount: 123450 -> "€ 1.234,50" (no floating point)."""
    if value is None:
        return ""
    text = rules.format_cents(int(value))
    whole, part = text.split(",")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-')):,}".replace(",", ".")
    return f"€ {sign}{grouped},{part}"


@register.filter
def percent(part, whole) -> str:
    if not whole:
        return "—"
    return f"{round(100 * part / whole)}%"


@register.filter
def small(count, suppress: bool) -> str:
    """A count of families, hidden below 5 (and at 0) when ``suppress`` is on (analysts)."""
    if suppress and count < SMALL_CELL_THRESHOLD:
        return f"< {SMALL_CELL_THRESHOLD}"
    return str(count)
