"""Pages and exports of the local analysis, for analysts and desk staff (aggregates only).

Every view reads the municipality and reference year from the query string (``?municipality=
&year=``); a municipality outside the user's own gives 404, as if it did not exist.
"""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from loket.accounts.roles import Role
from loket.domain.coverage import ExpansionWeights
from loket.web.decorators import role_required

from . import exports, pictures, selectors
from .access import monitoring_municipalities
from .forms import ExpansionForm, ScopeForm
from .tables import TABLE_KEYS, Analysis

SECTIONS = [
    ("monitoring:overview", _("Overview")),
    ("monitoring:coverage", _("Coverage")),
    ("monitoring:representation", _("Under-representation")),
    ("monitoring:demand", _("Demand and waiting")),
    ("monitoring:locations", _("20% per location")),
    ("monitoring:expansion", _("Expansion advice")),
    ("monitoring:exports", _("Exports")),
]

monitoring_view = role_required(Role.ANALYST, Role.DESK)


def _analysis(request) -> tuple[Analysis | None, dict]:
    municipalities = list(monitoring_municipalities(request.user))
    if not municipalities:
        return None, {"sections": SECTIONS}
    chosen = municipalities[0]
    wanted = request.GET.get("municipality")
    if wanted:
        try:
            chosen = next(m for m in municipalities if m.pk == int(wanted))
        except (ValueError, StopIteration):
            raise Http404 from None
    years = selectors.available_years(chosen)
    year = years[0]
    wanted_year = request.GET.get("year")
    if wanted_year:
        try:
            year = int(wanted_year)
        except ValueError:
            raise Http404 from None
        if year not in years:
            raise Http404
    analysis = Analysis(selectors.scope_for(chosen, year))
    form = ScopeForm(
        initial={"municipality": chosen.pk, "year": year},
        municipalities=municipalities,
        years=years,
    )
    query = f"?municipality={chosen.pk}&year={year}"
    return analysis, {
        "analysis": analysis,
        "scope_form": form,
        "sections": SECTIONS,
        "query": query,
        "several_municipalities": len(municipalities) > 1,
    }


def _page(request, template: str, build=None, section: str = ""):
    analysis, context = _analysis(request)
    context["current"] = section
    if analysis is None:
        return render(request, "monitoring/no_municipality.html", context)
    if build:
        context.update(build(analysis))
    return render(request, template, context)


@monitoring_view
def overview(request):
    def build(analysis: Analysis) -> dict:
        coverage = analysis.coverage
        below = [
            row[0]
            for row, n in zip(coverage.rows, analysis.neighbourhoods, strict=True)
            if n.has_population and _below(row[4])
        ]
        return {
            "coverage_total": coverage.total,
            "below_norm": below,
            "groups": analysis.groups,
            "urgent_all": analysis.urgent.rows[0],
            "waiting_all": analysis.waiting_table.rows[0],
            "ranking": analysis.ranking().subset(
                ["rank", "neighbourhood", "coverage", "social_coverage", "score"], rows=5
            ),
            "bars_coverage": pictures.coverage_bars(analysis),
        }

    return _page(request, "monitoring/overview.html", build, "monitoring:overview")


def _below(value) -> bool:
    from decimal import Decimal

    return isinstance(value, Decimal) and value < 33


@monitoring_view
def coverage(request):
    def build(analysis: Analysis) -> dict:
        return {
            "table": analysis.coverage,
            "map_coverage": pictures.coverage_map(analysis, "coverage"),
            "map_social": pictures.coverage_map(analysis, "social_coverage"),
            "bars_coverage": pictures.coverage_bars(analysis),
        }

    return _page(request, "monitoring/coverage.html", build, "monitoring:coverage")


@monitoring_view
def representation(request):
    def build(analysis: Analysis) -> dict:
        return {
            "tables": [
                analysis.representation_care,
                analysis.representation_requests,
                analysis.groups,
                analysis.urgent,
                analysis.child_poverty,
                analysis.evolution_table,
            ]
        }

    return _page(request, "monitoring/representation.html", build, "monitoring:representation")


@monitoring_view
def demand(request):
    def build(analysis: Analysis) -> dict:
        return {
            "months": analysis.months,
            "motives": analysis.motives,
            "waiting": analysis.waiting_table,
            "chart_months": pictures.months_chart(analysis),
            "chart_waiting": pictures.waiting_chart(analysis),
        }

    return _page(request, "monitoring/demand.html", build, "monitoring:demand")


@monitoring_view
def locations(request):
    return _page(
        request,
        "monitoring/locations.html",
        lambda analysis: {"table": analysis.locations},
        "monitoring:locations",
    )


@monitoring_view
def expansion(request):
    def build(analysis: Analysis) -> dict:
        choices = [(f.code, f.name) for f in analysis.rankable]
        form = ExpansionForm(
            request.GET if "neighbourhood" in request.GET else None, neighbourhoods=choices
        )
        advice = None
        income_related = True
        new_places = 0
        if form.is_bound and form.is_valid():
            income_related = form.cleaned_data["kind"] == "income"
            new_places = form.cleaned_data["new_places"]
            advice = analysis.publishable(
                analysis.advice(
                    form.cleaned_data["neighbourhood"],
                    new_places,
                    income_related,
                    ExpansionWeights(),
                )
            )
        return {
            "form": form,
            "advice": advice,
            "ranking": analysis.ranking(new_places=new_places, income_related=income_related),
            "weights": ExpansionWeights(),
        }

    return _page(request, "monitoring/expansion.html", build, "monitoring:expansion")


@monitoring_view
def exports_page(request):
    def build(analysis: Analysis) -> dict:
        return {"tables": analysis.tables()}

    return _page(request, "monitoring/exports.html", build, "monitoring:exports")


def _download(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@monitoring_view
def export_pdf(request):
    analysis, _context = _analysis(request)
    if analysis is None:
        raise Http404
    content = exports.pdf(analysis)
    return _download(content, exports.PDF_CONTENT_TYPE, exports.file_name(analysis, "pdf"))


@monitoring_view
def export_xlsx(request):
    analysis, _context = _analysis(request)
    if analysis is None:
        raise Http404
    return _download(
        exports.xlsx(analysis), exports.XLSX_CONTENT_TYPE, exports.file_name(analysis, "xlsx")
    )


@monitoring_view
def export_csv(request, key: str):
    analysis, _context = _analysis(request)
    if analysis is None or key not in TABLE_KEYS:
        raise Http404
    return _download(
        exports.table_csv(analysis, key),
        exports.CSV_CONTENT_TYPE,
        exports.file_name(analysis, "csv", key),
    )


@monitoring_view
def export_zip(request):
    analysis, _context = _analysis(request)
    if analysis is None:
        raise Http404
    return _download(
        exports.csv_zip(analysis), exports.ZIP_CONTENT_TYPE, exports.file_name(analysis, "zip")
    )
