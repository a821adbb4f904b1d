"""The analysis' pictures: the map, the coverage bars and the waiting and demand charts.

Each is drawn from a published table of :mod:`.tables` (so a hidden figure stays hidden) by the
SVG helpers of :mod:`.charts`, with a title and a description for screen readers; the page shows
the same table beside it.
"""

from __future__ import annotations

from django.utils import formats
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from . import charts
from .tables import COVERAGE_CLASSES, NO_FIGURE_CLASS, Analysis


def coverage_map(analysis: Analysis, key: str = "coverage") -> SafeString:
    social = key == "social_coverage"
    title = (
        _("Map: social coverage per neighbourhood, %(year)s")
        if social
        else _("Map: coverage per neighbourhood, %(year)s")
    ) % {"year": analysis.population_year or analysis.year}
    what = _("income-related places") if social else _("childcare places")
    desc = _(
        "The neighbourhoods of %(municipality)s coloured by %(what)s per 100 children aged 0-3, "
        "in four steps from under 20 (darkest) to 46 or more (lightest). The table beside the "
        "map gives every figure."
    ) % {"municipality": analysis.municipality.name, "what": what}
    return charts.map_svg(
        analysis.map_features(key),
        chart_id=f"map-{key}",
        title=title,
        desc=desc,
        legend=[*COVERAGE_CLASSES, NO_FIGURE_CLASS],
        legend_title=_("%(what)s per 100 children aged 0-3") % {"what": what.capitalize()},
    )


def coverage_bars(analysis: Analysis) -> SafeString:
    table = analysis.coverage
    names = table.column("neighbourhood")
    coverage = table.column("coverage")
    social = table.column("social_coverage")
    rows = [
        (name, (c, s))
        for name, c, s, n in zip(names, coverage, social, analysis.neighbourhoods, strict=True)
        if n.has_population
    ]
    total = table.total
    rows.append((str(total[0]), (total[4], total[5])))
    return charts.hbar_svg(
        rows,
        series=[_("Coverage"), _("Social coverage")],
        chart_id="bars-coverage",
        title=_("Coverage and social coverage per neighbourhood"),
        desc=_(
            "Per neighbourhood two bars: all places and income-related places per 100 children "
            "aged 0-3. The dashed line marks the Barcelona norm of 33, the dotted line the "
            "Flemish average."
        ),
        references=[
            (str(label).split(" (")[0], value, dash)
            for (label, value, _source), dash in zip(
                analysis.references, ("6 3", "2 3"), strict=True
            )
        ],
        unit=_("per 100 children"),
    )


def waiting_chart(analysis: Analysis) -> SafeString:
    table = analysis.waiting_table
    rows = [(row[0], row[2], row[3]) for row in table.rows]
    return charts.range_svg(
        rows,
        chart_id="chart-waiting",
        title=_("Waiting time to a first offer, by group"),
        desc=_(
            "Per group the median waiting time (dark bar) and the 90th percentile (light bar), "
            "in days from registration to the first offer."
        ),
        median_label=_("median"),
        p90_label=_("90th percentile"),
        unit=_("days"),
    )


def months_chart(analysis: Analysis) -> SafeString:
    table = analysis.months
    rows = [(formats.date_format(row[0], "M"), row[1], row[2]) for row in table.rows]
    return charts.columns_svg(
        rows,
        chart_id="chart-months",
        title=_("Requests by month, %(year)s") % {"year": analysis.year},
        desc=_("Requests registered per month; the lighter part are urgent requests."),
        series=[_("requests"), _("of which urgent")],
    )


def all_pictures(analysis: Analysis) -> dict[str, SafeString]:
    return {
        "map_coverage": coverage_map(analysis, "coverage"),
        "map_social": coverage_map(analysis, "social_coverage"),
        "bars_coverage": coverage_bars(analysis),
        "chart_waiting": waiting_chart(analysis),
        "chart_months": months_chart(analysis),
    }
