"""The analysis as files for the meeting: a PDF report, CSV per table (and all in a ZIP), XLSX.

Always in Dutch (the language of the Lokaal Overleg), whatever language the page is shown in.
The files hold exactly the published tables of :mod:`.tables`: small cells are suppressed in
them as on the pages. CSV uses semicolons and decimal commas, UTF-8 with a byte-order mark, so
that Excel in a Belgian or Dutch locale opens it as it is.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .tables import Analysis, Table
from .templatetags.monitoring_tags import format_cell

EXPORT_LANGUAGE = "nl"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIP_CONTENT_TYPE = "application/zip"
PDF_CONTENT_TYPE = "application/pdf"


def file_name(analysis: Analysis, extension: str, part: str = "") -> str:
    with translation.override(EXPORT_LANGUAGE):
        stem = slugify(_("local analysis"))
    name = "-".join(
        x for x in (stem, slugify(analysis.municipality.name), str(analysis.year), part) if x
    )
    return f"{name}.{extension}"


def _rows(table: Table) -> list[list[str]]:
    return [
        [str(c.label) for c in table.columns],
        *[[format_cell(v) for v in row] for row in table.all_rows],
    ]


def table_csv(analysis: Analysis, key: str) -> bytes:
    with translation.override(EXPORT_LANGUAGE):
        table = next(t for t in analysis.tables() if t.key == key)
        return _csv(table)


def _csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(_rows(table))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _about_lines(analysis: Analysis) -> list[str]:
    lines = [
        _("Local analysis of childcare: %(municipality)s, %(year)s")
        % {"municipality": analysis.municipality.name, "year": analysis.year},
        str(analysis.population_note()),
        _("Made on %(date)s by Loket Kinderopvang.")
        % {"date": format_cell(timezone.localdate()).strip()},
    ]
    lines += [
        f"{label}: {format_cell(value)} — {source}" for label, value, source in analysis.references
    ]
    return lines


def csv_zip(analysis: Analysis) -> bytes:
    buffer = io.BytesIO()
    with (
        translation.override(EXPORT_LANGUAGE),
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        tables = analysis.tables()
        readme = _about_lines(analysis) + [""]
        for table in tables:
            name = file_name(analysis, "csv", table.key)
            archive.writestr(name, _csv(table))
            readme += [f"{name}: {table.title}", *[f"  {note}" for note in table.notes], ""]
        archive.writestr(_("read-me") + ".txt", "\ufeff" + "\r\n".join(map(str, readme)))
    return buffer.getvalue()


#: Sheet names (at most 31 characters in Excel).
SHEET_NAMES = {
    "coverage": gettext_lazy("Coverage"),
    "representation_care": gettext_lazy("Children in care"),
    "representation_requests": gettext_lazy("Requests and places"),
    "child_poverty": gettext_lazy("Child poverty"),
    "evolution": gettext_lazy("Evolution"),
    "groups": gettext_lazy("Demand by group"),
    "urgent": gettext_lazy("Urgent requests"),
    "months": gettext_lazy("Requests by month"),
    "motives": gettext_lazy("Motives"),
    "waiting": gettext_lazy("Waiting times"),
    "locations": gettext_lazy("20 percent per location"),
    "need": gettext_lazy("Need ranking"),
}
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(title: str, used: set[str]) -> str:
    base = SHEET_FORBIDDEN.sub(" ", title)[:31].strip()
    name, n = base, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name


def xlsx(analysis: Analysis) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    with translation.override(EXPORT_LANGUAGE):
        book = Workbook()
        about = book.active
        about.title = _sheet_title(_("About"), used := set())
        for i, line in enumerate(_about_lines(analysis), start=1):
            about.cell(row=i, column=1, value=str(line))
        about["A1"].font = Font(bold=True, size=13)
        about.column_dimensions["A"].width = 110
        for table in analysis.tables():
            sheet = book.create_sheet(
                _sheet_title(str(SHEET_NAMES.get(table.key, table.key)), used)
            )
            sheet.cell(row=1, column=1, value=str(table.title)).font = Font(bold=True, size=13)
            for j, column in enumerate(table.columns, start=1):
                c = sheet.cell(row=3, column=j, value=str(column.label))
                c.font = bold
                c.alignment = Alignment(wrap_text=True, vertical="top")
                width = max(12, min(42, len(str(column.label)) * 0.6 + 4))
                if column.kind == "text":
                    width = max(width, 28)
                sheet.column_dimensions[get_column_letter(j)].width = width
            row_number = 4
            for row in table.all_rows:
                for j, value in enumerate(row, start=1):
                    c = sheet.cell(row=row_number, column=j, value=_xlsx_value(value))
                    if isinstance(value, Decimal):
                        c.number_format = "0.00"
                    if table.total is not None and row is table.total:
                        c.font = bold
                row_number += 1
            sheet.freeze_panes = "B4"
            row_number += 1
            for note in table.notes:
                sheet.cell(row=row_number, column=1, value=str(note))
                row_number += 1
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()


def _xlsx_value(value):
    if isinstance(value, bool):
        return format_cell(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, int):
        return value
    return format_cell(value)


def report_html(analysis: Analysis) -> str:
    """The report's HTML: every picture and every table, in Dutch."""
    from . import pictures

    with translation.override(EXPORT_LANGUAGE):
        return render_to_string(
            "monitoring/report.html",
            {
                "analysis": analysis,
                "tables": [
                    analysis.locations_for_report if t.key == "locations" else t
                    for t in analysis.tables()
                ],
                "pictures": pictures.all_pictures(analysis),
                "made_on": timezone.localdate(),
            },
        )


def pdf(analysis: Analysis) -> bytes:
    from weasyprint import HTML

    return HTML(string=report_html(analysis)).write_pdf()
