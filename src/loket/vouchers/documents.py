"""Printable documents: the family's booklet (PDF with QR codes) and the provider's monthly
statement (PDF and CSV). WeasyPrint turns HTML into PDF; segno draws the QR codes."""

from __future__ import annotations

import csv
import io

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.domain import vouchers as rules

from .models import Booklet


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported late: it loads Pango, which takes a moment

    return HTML(string=html, base_url=str(settings.SRC_DIR)).write_pdf()


def redeem_url(code: str) -> str:
    """What the QR code on a voucher opens: the provider's redemption page with the code."""
    base = settings.LOKET_SITE_URL.rstrip("/")
    return f"{base}{reverse('vouchers:redeem')}?code={rules.format_code(code)}"


def qr_svg_data_uri(text: str) -> str:
    return segno.make(text, error="m").svg_data_uri(scale=4, border=2, dark="#000")


def _date(day) -> str:
    return day.strftime("%d-%m-%Y")


def booklet_context(booklet: Booklet) -> dict:
    programme = booklet.programme
    municipality = programme.municipality
    partner = booklet.partner.name if booklet.partner else municipality.desk_name
    total = programme.vouchers_per_booklet
    rtl = booklet.language in rules.RTL_LANGUAGES

    def ltr(text: str) -> str:
        """Dates and phone numbers keep their order inside right-to-left text (Unicode isolate)."""
        return f"\u2066{text}\u2069" if rtl else text

    texts = rules.booklet_texts(
        booklet.language,
        programme.texts,
        count=total,
        partner=partner,
        phone=ltr(municipality.desk_phone or municipality.desk_email),
        child=booklet.child.first_name or "",
        valid_until=ltr(_date(programme.valid_until)),
        issued_on=ltr(_date(timezone.localdate(booklet.issued_at))),
    )
    vouchers = [
        {
            "label": texts["voucher"]
            .replace("{number}", str(v.number))
            .replace("{total}", str(total)),
            "code": v.display_code,
            "qr": qr_svg_data_uri(redeem_url(v.code)),
            "used": v.is_used,
        }
        for v in booklet.vouchers.order_by("number")
    ]
    return {
        "booklet": booklet,
        "programme": programme,
        "municipality": municipality,
        "texts": texts,
        "vouchers": vouchers,
        "language": booklet.language,
        "rtl": rtl,
    }


def booklet_pdf(booklet: Booklet) -> bytes:
    """The booklet in the family's language: a page of plain instructions, then one block per
    voucher with its number, code and QR code."""
    html = render_to_string("vouchers/booklet_pdf.html", booklet_context(booklet))
    return html_to_pdf(html)


def statement_csv(statement) -> bytes:
    """Semicolon-separated, UTF-8 (with a byte-order mark, so that spreadsheets read it right),
    amounts with a decimal comma; the last line is the total, which the lines add up to."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [_("Used on"), _("Date of the care moment"), _("Location"), _("Code"), _("Amount (EUR)")]
    )
    for line in statement.lines:
        writer.writerow(
            [
                line.redeemed_on.isoformat(),
                line.moment_date.isoformat(),
                line.location,
                line.code,
                rules.format_cents(line.value_cents),
            ]
        )
    writer.writerow(
        [
            "",
            "",
            "",
            _("Total (%(count)s vouchers)") % {"count": statement.totals.count},
            rules.format_cents(statement.totals.total_cents),
        ]
    )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def statement_pdf(statement, municipality_name: str = "") -> bytes:
    html = render_to_string(
        "vouchers/statement_pdf.html",
        {"statement": statement, "municipality_name": municipality_name, "now": timezone.now()},
    )
    return html_to_pdf(html)
