"""The published analysis: every table as pages, charts and exports show it, small cells hidden.

:class:`Analysis` loads the raw counts of one municipality and year once (``selectors``), hands
them to the pure arithmetic of ``loket.domain.coverage`` and returns :class:`Table` objects whose
cells are already suppressed: a count of children below 5 shows ``"< 5"``, a cell hidden so that
a total does not give a small cell away shows ``"*"``, and so does a figure computed from a
hidden count. Nothing unsuppressed leaves this module, so the pages, the charts, the PDF, the
CSV and the XLSX cannot differ.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.domain.coverage import (
    BARCELONA_NORM,
    FLEMISH_AVERAGE_2025,
    SUPPRESSED_MARK,
    ExpansionAdvice,
    ExpansionWeights,
    NeighbourhoodFigures,
    coverage_table,
    expansion_score,
    hidden_cells,
    is_suppressed,
    municipality_totals,
    per_hundred,
    rank_neighbourhoods_by_need,
    representation,
    summarise_waiting_days,
    suppress,
)
from loket.registrations.models import Motive

from . import selectors
from .groups import GROUPS
from .selectors import UNKNOWN, Scope

#: Shown where there is no figure at all (no population figure, no children).
NO_FIGURE = "—"

Cell = int | Decimal | str | bool | dt.date | None


@dataclass
class Column:
    key: str
    label: Any
    #: ``text``, ``count`` (children), ``places``, ``figure`` (per 100 or a percentage),
    #: ``points``, ``days``, ``month`` or ``bool``.
    kind: str = "count"


@dataclass
class Table:
    """A published table: the same object feeds the page, the charts and every export."""

    key: str
    title: Any
    columns: list[Column]
    rows: list[list[Cell]]
    total: list[Cell] | None = None
    notes: list[Any] = field(default_factory=list)

    @property
    def all_rows(self) -> list[list[Cell]]:
        return [*self.rows, *([self.total] if self.total else [])]

    def column(self, key: str) -> list[Cell]:
        index = [c.key for c in self.columns].index(key)
        return [row[index] for row in self.rows]

    def _styled(self, row: list[Cell]) -> list[tuple[Cell, str]]:
        return [
            (value, "" if column.kind == "text" else "num hidden" if hidden(value) else "num")
            for value, column in zip(row, self.columns, strict=True)
        ]

    @property
    def body(self) -> list[list[tuple[Cell, str]]]:
        """The rows with a CSS class per cell (figures right-aligned, hidden ones muted)."""
        return [self._styled(row) for row in self.rows]

    @property
    def foot(self) -> list[tuple[Cell, str]] | None:
        return self._styled(self.total) if self.total else None

    def subset(self, keys: list[str], rows: int | None = None) -> Table:
        """The same table with only the columns ``keys`` (and the first ``rows`` rows)."""
        index = [[c.key for c in self.columns].index(k) for k in keys]
        return Table(
            key=self.key,
            title=self.title,
            columns=[self.columns[i] for i in index],
            rows=[[row[i] for i in index] for row in self.rows[:rows]],
            total=[self.total[i] for i in index] if self.total else None,
            notes=self.notes,
        )


def hidden(value: Cell) -> bool:
    return isinstance(value, str) and (value.startswith("<") or value == SUPPRESSED_MARK)


def _column(counts: list[int], total: int | None) -> list[int | str]:
    """Counts of children with their total: "< 5" below 5, "*" where a total would reveal one."""
    reasons = hidden_cells(counts, total)
    return [
        suppress(c) if r == "primary" else SUPPRESSED_MARK if r else c
        for c, r in zip(counts, reasons, strict=True)
    ]


def _derived(value: Decimal | None, *cells: Cell) -> Cell:
    """A figure computed from published cells: hidden when one of them is hidden."""
    if any(hidden(c) for c in cells):
        return SUPPRESSED_MARK
    return NO_FIGURE if value is None else value


def _share(part: int, whole: int, *cells: Cell) -> Cell:
    return _derived(per_hundred(part, whole), *cells)


SUPPRESSION_NOTE = _(
    "'< 5': fewer than 5 children (0 included), not shown so that no family can be "
    "recognised. '*': hidden because it would reveal such a cell (with the total), or computed "
    "from one. '—': no figure."
)


@dataclass
class CoverageClass:
    """One colour step of the map."""

    label: Any
    low: Decimal | None
    high: Decimal | None
    colour: str
    ink: str


#: Viridis steps (colour-blind safe, readable in grey print): darkest = fewest places.
COVERAGE_CLASSES = [
    CoverageClass(_("under 20"), None, Decimal(20), "#440154", "#ffffff"),
    CoverageClass(
        _("20 to 33 (below the Barcelona norm)"), Decimal(20), Decimal(33), "#31688e", "#ffffff"
    ),
    CoverageClass(
        _("33 to 46 (below the Flemish average)"),
        Decimal(33),
        FLEMISH_AVERAGE_2025.places_per_100,
        "#35b779",
        "#000000",
    ),
    CoverageClass(_("46 or more"), FLEMISH_AVERAGE_2025.places_per_100, None, "#fde725", "#000000"),
]
NO_FIGURE_CLASS = CoverageClass(_("no figure"), None, None, "#e6e6e6", "#000000")


def coverage_class(value: Cell) -> CoverageClass:
    if not isinstance(value, Decimal):
        return NO_FIGURE_CLASS
    for cls in COVERAGE_CLASSES:
        if (cls.low is None or value >= cls.low) and (cls.high is None or value < cls.high):
            return cls
    return NO_FIGURE_CLASS


class Analysis:
    """The whole analysis of one municipality in one reference year, computed on demand."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope

    @property
    def municipality(self):
        return self.scope.municipality

    @property
    def year(self) -> int:
        return self.scope.year

    @property
    def population_year(self) -> int | None:
        return self.scope.population_year

    # Raw counts, loaded once --------------------------------------------------------------------

    @cached_property
    def children(self) -> selectors.ChildCounts:
        return selectors.child_counts(self.scope)

    @cached_property
    def neighbourhoods(self) -> list[selectors.NeighbourhoodCounts]:
        return self.children.neighbourhoods

    @cached_property
    def demand(self) -> selectors.DemandCounts:
        return selectors.demand_counts(self.scope)

    @cached_property
    def waiting(self) -> dict[str, list[int]]:
        return selectors.waiting_days(self.scope)

    @cached_property
    def evolution(self) -> list[selectors.YearCounts]:
        return selectors.evolution_counts(self.scope)

    @cached_property
    def location_shares(self) -> list[selectors.LocationShare]:
        return selectors.location_shares(self.scope)

    def _name(self, n: selectors.NeighbourhoodCounts) -> str:
        return n.name if n.code != UNKNOWN else str(_("Neighbourhood unknown"))

    @cached_property
    def coverage_figures(self) -> list[NeighbourhoodFigures]:
        return [n.coverage_figures() for n in self.neighbourhoods]

    # Coverage ----------------------------------------------------------------------------------

    @cached_property
    def coverage(self) -> Table:
        rows_raw = coverage_table(self.coverage_figures)
        nbs = self.neighbourhoods
        with_population = [n.has_population for n in nbs]
        total_children = sum(n.children_0_3 for n in nbs)
        rows = []
        for n, raw in zip(nbs, rows_raw, strict=False):
            # Population figures are public statistics: primary suppression only.
            children = suppress(n.children_0_3) if n.has_population else NO_FIGURE
            rows.append(
                [
                    self._name(n),
                    children,
                    raw.places,
                    raw.income_related_places,
                    _derived(raw.coverage, children),
                    _derived(raw.social_coverage, children),
                    _derived(raw.places_short_of_norm, children) if n.has_population else NO_FIGURE,
                ]
            )
        total = rows_raw[-1]
        total_cell = suppress(total_children) if any(with_population) else NO_FIGURE
        return Table(
            key="coverage",
            title=_("Coverage and social coverage per neighbourhood"),
            columns=[
                Column("neighbourhood", _("Neighbourhood"), "text"),
                Column("children", _("Children aged 0-3"), "count"),
                Column("places", _("Places"), "places"),
                Column("income_related_places", _("Income-related places"), "places"),
                Column("coverage", _("Coverage (places per 100 children)"), "figure"),
                Column("social_coverage", _("Social coverage (per 100 children)"), "figure"),
                Column("short", _("Places short of the norm of 33"), "places"),
            ],
            rows=rows,
            total=[
                str(_("Municipality")),
                total_cell,
                total.places,
                total.income_related_places,
                _derived(total.coverage, total_cell),
                _derived(total.social_coverage, total_cell),
                _derived(total.places_short_of_norm, total_cell),
            ],
            notes=[self.population_note()],
        )

    def population_note(self) -> Any:
        if self.population_year is None:
            return _("No population figures are recorded for this municipality.")
        return _(
            "Children aged 0-3: population figures of %(year)s (children who have not yet "
            "turned 3, per neighbourhood)."
        ) % {"year": self.population_year}

    @property
    def references(self) -> list[tuple[Any, Decimal, Any]]:
        return [
            (_("Barcelona norm"), BARCELONA_NORM.places_per_100, BARCELONA_NORM.source),
            (
                _("Flemish average (%(year)s)") % {"year": FLEMISH_AVERAGE_2025.year},
                FLEMISH_AVERAGE_2025.places_per_100,
                FLEMISH_AVERAGE_2025.source,
            ),
        ]

    def map_features(self, key: str = "coverage") -> list[dict[str, Any]]:
        """Per neighbourhood with an outline: its name, published figure and colour class."""
        index = [c.key for c in self.coverage.columns].index(key)
        features = []
        for n, row in zip(self.neighbourhoods, self.coverage.rows, strict=True):
            if n.code == UNKNOWN or not n.geometry:
                continue
            value = row[index]
            features.append(
                {
                    "code": n.code,
                    "name": n.name,
                    "geometry": n.geometry,
                    "value": value,
                    "cls": coverage_class(value),
                }
            )
        return features

    # Representation ----------------------------------------------------------------------------

    def _representation_table(self, key, title, base, part_labels, notes) -> Table:
        nbs = self.neighbourhoods
        figures = [base(n) for n in nbs]
        total = municipality_totals(figures)
        fields = (
            "children_0_3",
            "vulnerable_children",
            "children_in_care",
            "vulnerable_children_in_care",
        )
        columns = {f: _column([getattr(x, f) for x in figures], getattr(total, f)) for f in fields}
        rows = []
        for i, (n, x) in enumerate(zip(nbs, [*figures], strict=True)):
            cells = [columns[f][i] for f in fields]
            rows.append([self._name(n), *self._representation_cells(x, cells)])
        total_cells = [suppress(getattr(total, f)) for f in fields]
        labels = [
            part_labels[0],
            _("of whom vulnerable"),
            _("share vulnerable (%)"),
            part_labels[1],
            _("of whom vulnerable"),
            _("share vulnerable (%)"),
        ]
        return Table(
            key=key,
            title=title,
            columns=[
                Column("neighbourhood", _("Neighbourhood"), "text"),
                Column("base", labels[0]),
                Column("base_vulnerable", labels[1]),
                Column("base_share", labels[2], "figure"),
                Column("part", labels[3]),
                Column("part_vulnerable", labels[4]),
                Column("part_share", labels[5], "figure"),
                Column("index", _("Representation index"), "figure"),
                Column("gap", _("Gap (percentage points)"), "figure"),
            ],
            rows=rows,
            total=[str(_("Municipality")), *self._representation_cells(total, total_cells)],
            notes=list(notes),
        )

    @staticmethod
    def _representation_cells(x: NeighbourhoodFigures, cells: list[Cell]) -> list[Cell]:
        rep = representation(x)
        base, base_v, part, part_v = cells
        return [
            base,
            base_v,
            _derived(rep.share_among_children, base, base_v),
            part,
            part_v,
            _derived(rep.share_among_children_in_care, part, part_v),
            _derived(rep.index, *cells),
            _derived(rep.gap, *cells),
        ]

    @cached_property
    def representation_care(self) -> Table:
        return self._representation_table(
            "representation_care",
            _("Vulnerable families among children in care, per neighbourhood"),
            lambda n: n.care_figures(),
            (_("Children known to the desk"), _("Children in care")),
            [
                _(
                    "Children known to the desk: children with a request registered in "
                    "%(year)s or in care in %(year)s, by the neighbourhood the family lives in. "
                    "Children in care: a place (planned, confirmed or ended) overlapping "
                    "%(year)s."
                )
                % {"year": self.year},
                _(
                    "Representation index: share among children in care divided by share among "
                    "children known to the desk (1 = in proportion, below 1 = "
                    "under-represented). Gap: share among children known minus share in care, "
                    "in percentage points (positive = under-represented)."
                ),
            ],
        )

    @cached_property
    def representation_requests(self) -> Table:
        return self._representation_table(
            "representation_requests",
            _("Vulnerable families among children who asked and who got a place"),
            lambda n: n.request_figures(),
            (_("Children who asked for care"), _("of them, with a place")),
            [
                _(
                    "Children with a request registered in %(year)s, and of them those who got "
                    "a place from it (whatever its start date). The same figures on requests "
                    "as above, for years in which few children are in care yet."
                )
                % {"year": self.year},
            ],
        )

    @cached_property
    def child_poverty(self) -> Table:
        nbs = self.neighbourhoods
        known = _column([n.known for n in nbs], sum(n.known for n in nbs))
        poor_counts = [n.known_child_poverty for n in nbs]
        poor = _column(poor_counts, sum(poor_counts))
        vulnerable_counts = [n.known_vulnerable for n in nbs]
        vulnerable = _column(vulnerable_counts, sum(vulnerable_counts))
        coverage = self.coverage.column("children")
        rows = []
        for i, n in enumerate(nbs):
            rows.append(
                [
                    self._name(n),
                    coverage[i],
                    known[i],
                    poor[i],
                    _share(n.known_child_poverty, n.known, known[i], poor[i]),
                    vulnerable[i],
                    _share(n.known_vulnerable, n.known, known[i], vulnerable[i]),
                    _share(n.known_vulnerable, n.children_0_3, coverage[i], vulnerable[i])
                    if n.has_population
                    else NO_FIGURE,
                ]
            )
        t_known = sum(n.known for n in nbs)
        t_poor, t_vul = sum(poor_counts), sum(vulnerable_counts)
        t_children = self.coverage.total[1]
        children_total = sum(n.children_0_3 for n in nbs)
        total = [
            str(_("Municipality")),
            t_children,
            suppress(t_known),
            suppress(t_poor),
            _share(t_poor, t_known, suppress(t_known), suppress(t_poor)),
            suppress(t_vul),
            _share(t_vul, t_known, suppress(t_known), suppress(t_vul)),
            _share(t_vul, children_total, t_children, suppress(t_vul)),
        ]
        return Table(
            key="child_poverty",
            title=_("Child poverty and vulnerable families known to the desk"),
            columns=[
                Column("neighbourhood", _("Neighbourhood"), "text"),
                Column("children", _("Children aged 0-3")),
                Column("known", _("Children known to the desk")),
                Column("poverty", _("in child poverty (Kind en Gezin index)")),
                Column("poverty_share", _("share in child poverty (%)"), "figure"),
                Column("vulnerable", _("in a vulnerable family (municipality's rule)")),
                Column("vulnerable_share", _("share vulnerable (%)"), "figure"),
                Column(
                    "vulnerable_per_100",
                    _("vulnerable children known per 100 children aged 0-3"),
                    "figure",
                ),
            ],
            rows=rows,
            total=total,
            notes=[
                _(
                    "Child poverty: the family is weak on at least 3 of Kind en Gezin's 6 "
                    "domains (income, education, employment, housing, stimulation, health), "
                    "from the facts recorded in its file. Vulnerable: the municipality's own "
                    "rule. Both count only families known to the desk, not every family of "
                    "the neighbourhood: Opgroeien's official child-poverty index is published "
                    "per municipality and is not in these figures."
                ),
            ],
        )

    @cached_property
    def evolution_table(self) -> Table:
        rows = []
        for y in self.evolution:
            asked = suppress(y.asked)
            vulnerable, poor = suppress(y.vulnerable), suppress(y.child_poverty)
            rows.append(
                [
                    str(y.year),
                    asked,
                    vulnerable,
                    _share(y.vulnerable, y.asked, asked, vulnerable),
                    poor,
                    _share(y.child_poverty, y.asked, asked, poor),
                ]
            )
        return Table(
            key="evolution",
            title=_("Evolution: vulnerable families and child poverty among requests, by year"),
            columns=[
                Column("year", _("Year registered"), "text"),
                Column("asked", _("Children who asked for care")),
                Column("vulnerable", _("in a vulnerable family")),
                Column("vulnerable_share", _("share vulnerable (%)"), "figure"),
                Column("poverty", _("in child poverty")),
                Column("poverty_share", _("share in child poverty (%)"), "figure"),
            ],
            rows=rows,
            notes=[
                _(
                    "Families' facts as they are recorded today; a year without requests in "
                    "this system shows '< 5'."
                ),
            ],
        )

    # Demand and places by group ----------------------------------------------------------------

    def _pairs_protected(self, counts: dict[str, int]) -> dict[str, Cell]:
        """Suppress group counts; vulnerable + other = all, so one hidden hides the other."""
        cells: dict[str, Cell] = {k: suppress(v) for k, v in counts.items()}
        pair = ("vulnerable", "not_vulnerable")
        if not is_suppressed(counts["all"]) and sum(hidden(cells[k]) for k in pair) == 1:
            for k in pair:
                if not hidden(cells[k]):
                    cells[k] = SUPPRESSED_MARK
        return cells

    @cached_property
    def groups(self) -> Table:
        groups = self.children.groups
        columns = {}
        for attr in ("asked", "offered", "placed", "unanswered"):
            columns[attr] = self._pairs_protected({g.key: getattr(g, attr) for g in groups})
        gaps = self._pairs_protected({g.key: g.asked - g.placed for g in groups})
        rows = []
        for g in groups:
            asked, placed, gap = (columns["asked"][g.key], columns["placed"][g.key], gaps[g.key])
            # asked = placed + gap: with asked shown, one hidden of the two hides the other.
            if not hidden(asked) and hidden(placed) != hidden(gap):
                placed = placed if hidden(placed) else SUPPRESSED_MARK
                gap = gap if hidden(gap) else SUPPRESSED_MARK
            rows.append(
                [
                    str(g.label),
                    asked,
                    columns["offered"][g.key],
                    placed,
                    gap,
                    columns["unanswered"][g.key],
                    _share(g.placed, g.asked, asked, placed),
                ]
            )
        return Table(
            key="groups",
            title=_("Demand and places by group"),
            columns=[
                Column("group", _("Group"), "text"),
                Column("asked", _("Children who asked for care")),
                Column("offered", _("got an offer")),
                Column("placed", _("got a place")),
                Column("gap", _("without a place (gap)")),
                Column("unanswered", _("still waiting without an offer")),
                Column("placed_share", _("share with a place (%)"), "figure"),
            ],
            rows=rows,
            notes=[
                _(
                    "Children with a request registered in %(year)s. Groups from the facts in "
                    "the family's file: single parent; a parent looking for work; newcomers: a "
                    "parent follows an integration course or Dutch lessons; vulnerable: the "
                    "municipality's rule. A family can be in several groups."
                )
                % {"year": self.year},
            ],
        )

    @cached_property
    def urgent(self) -> Table:
        counts = self.demand.urgent
        total = self._pairs_protected({k: v[0] for k, v in counts.items()})
        in_time = self._pairs_protected({k: v[1] for k, v in counts.items()})
        rows = []
        for key, label in GROUPS:
            n, ok, _waiting = counts[key]
            rows.append(
                [str(label), total[key], in_time[key], _share(ok, n, total[key], in_time[key])]
            )
        return Table(
            key="urgent",
            title=_("Urgent requests answered within one month"),
            columns=[
                Column("group", _("Group"), "text"),
                Column("urgent", _("Urgent requests")),
                Column("in_time", _("with an offer within one month")),
                Column("share", _("share answered in time (%)"), "figure"),
            ],
            rows=rows,
            notes=[
                _(
                    "Urgent requests registered in %(year)s. In time: the first offer came by "
                    "the date the place was needed (one month after registration; seed 001, "
                    "3.1)."
                )
                % {"year": self.year},
            ],
        )

    # Demand and waiting ------------------------------------------------------------------------

    @cached_property
    def months(self) -> Table:
        # Months that have not begun have no figure (not a hidden 0).
        today = timezone.localdate()
        months = [m for m in self.demand.months if m[0] <= today]
        totals = [n for _m, n, _u in months]
        urgents = [u for _m, _n, u in months]
        published_n = _column(totals, sum(totals))
        published_u = _column(urgents, sum(urgents))
        rows = [[m, published_n[i], published_u[i]] for i, (m, _n, _u) in enumerate(months)] + [
            [m, NO_FIGURE, NO_FIGURE] for m, _n, _u in self.demand.months if m > today
        ]
        return Table(
            key="months",
            title=_("Requests by month"),
            columns=[
                Column("month", _("Month"), "month"),
                Column("requests", _("Requests registered")),
                Column("urgent", _("of which urgent")),
            ],
            rows=rows,
            total=[str(_("Year")), suppress(sum(totals)), suppress(sum(urgents))],
        )

    @cached_property
    def motives(self) -> Table:
        counts = self.demand.motives
        keys = list(Motive.values)
        vulnerable = [counts.get(k, (0, 0))[0] for k in keys]
        others = [counts.get(k, (0, 0))[1] for k in keys]
        totals = [v + o for v, o in zip(vulnerable, others, strict=True)]
        grand = sum(totals)
        pub_v = _column(vulnerable, sum(vulnerable))
        pub_o = _column(others, sum(others))
        pub_t = _column(totals, grand)
        rows = []
        for i, key in enumerate(keys):
            v, o, t = pub_v[i], pub_o[i], pub_t[i]
            # A row total with one hidden part would give that part away: hide the other.
            if not hidden(t) and hidden(v) != hidden(o):
                v, o = (
                    (SUPPRESSED_MARK if not hidden(v) else v),
                    (SUPPRESSED_MARK if not hidden(o) else o),
                )
            rows.append(
                [
                    str(Motive(key).label),
                    v,
                    o,
                    t,
                    _share(totals[i], grand, t, suppress(grand)),
                ]
            )
        return Table(
            key="motives",
            title=_("Why care is asked for (the five motives)"),
            columns=[
                Column("motive", _("Motive"), "text"),
                Column("vulnerable", _("vulnerable families")),
                Column("others", _("other families")),
                Column("total", _("all requests")),
                Column("share", _("share of all requests (%)"), "figure"),
            ],
            rows=rows,
            total=[
                str(_("All motives")),
                suppress(sum(vulnerable)),
                suppress(sum(others)),
                suppress(grand),
                _derived(Decimal(100) if grand else None, suppress(grand)),
            ],
            notes=[
                _("Requests registered in %(year)s, by the motive the family gave.")
                % {"year": self.year},
            ],
        )

    @cached_property
    def waiting_table(self) -> Table:
        unanswered = {g.key: g.unanswered for g in self.children.groups}
        unanswered_cells = self._pairs_protected(unanswered)
        rows = []
        keys = [*GROUPS, ("urgent", _("Urgent requests"))]
        for key, label in keys:
            summary = summarise_waiting_days(self.waiting.get(key, []))
            count = suppress(summary.count)
            rows.append(
                [
                    str(label),
                    count,
                    _derived_days(summary.median, count),
                    _derived_days(summary.p90, count),
                    unanswered_cells[key]
                    if key != "urgent"
                    else suppress(self.demand.urgent["all"][2]),
                ]
            )
        return Table(
            key="waiting",
            title=_("Waiting time to a first offer, by group"),
            columns=[
                Column("group", _("Group"), "text"),
                Column("offered", _("with a first offer")),
                Column("median", _("median (days)"), "days"),
                Column("p90", _("90th percentile (days)"), "days"),
                Column("unanswered", _("waiting without an offer")),
            ],
            rows=rows,
            notes=[
                _(
                    "Requests registered in %(year)s that got a first offer: calendar days from "
                    "registration to the first offer. Median and 90th percentile by the "
                    "nearest-rank method (a waiting time that occurred); not shown for fewer "
                    "than 5 requests."
                )
                % {"year": self.year},
            ],
        )

    # The 20% per location ----------------------------------------------------------------------

    @cached_property
    def locations(self) -> Table:
        rows = []
        for loc in self.location_shares:
            children, vulnerable = suppress(loc.children), suppress(loc.vulnerable)
            share = _derived(loc.share, children, vulnerable)
            reached: Cell = (
                share >= loc.target if isinstance(share, Decimal) else _derived(None, share)
            )
            rows.append(
                [
                    loc.name,
                    loc.neighbourhood or NO_FIGURE,
                    loc.income_related_places,
                    children,
                    vulnerable,
                    share,
                    reached,
                ]
            )
        target = (
            self.location_shares[0].target
            if self.location_shares
            else Decimal(self.municipality.vulnerable_target_share) * 100
        )
        return Table(
            key="locations",
            title=_("Vulnerable families per income-related location (target %(target)s%%)")
            % {"target": f"{target:.0f}"},
            columns=[
                Column("location", _("Location"), "text"),
                Column("neighbourhood", _("Neighbourhood"), "text"),
                Column("income_related_places", _("Income-related places"), "places"),
                Column("children", _("Children cared for")),
                Column("vulnerable", _("from vulnerable families")),
                Column("share", _("share (%)"), "figure"),
                Column("reached", _("target reached"), "bool"),
            ],
            rows=rows,
            notes=[
                _(
                    "At least 20%% of the children cared for at an income-related location "
                    "must come from vulnerable families, counted per year. Children with a "
                    "confirmed or ended place overlapping %(year)s; vulnerable as recorded "
                    "when the place was given (the definition of the desk's page)."
                )
                % {"year": self.year},
            ],
        )

    #: How many locations below the target the meeting's PDF lists, furthest below first.
    REPORT_LOCATIONS = 25

    @cached_property
    def locations_for_report(self) -> Table:
        """The 20% table for the PDF, made for the meeting: the locations furthest below the
        target, one row each (at most ``REPORT_LOCATIONS``); the others are counted in notes.
        The XLSX and CSV files list every location."""
        table = self.locations
        below = [row for row in table.rows if not hidden(row[3]) and row[6] is not True]
        below.sort(
            key=lambda row: (
                not isinstance(row[5], Decimal),
                row[5] if isinstance(row[5], Decimal) else 0,
                row[0],
            )
        )
        shown = below[: self.REPORT_LOCATIONS]
        reached = sum(1 for row in table.rows if row[6] is True)
        all_hidden = sum(1 for row in table.rows if hidden(row[3]))
        notes = list(table.notes)
        if len(below) > len(shown):
            notes.append(
                _(
                    "%(shown)s of the %(count)s locations below the target are listed here, "
                    "furthest below first. The XLSX and CSV files list every location."
                )
                % {"shown": len(shown), "count": len(below)}
            )
        if reached:
            notes.append(
                _(
                    "%(count)s income-related locations reached the target in %(year)s; they are "
                    "not listed here. The XLSX and CSV files list every location."
                )
                % {"count": reached, "year": self.year}
            )
        if all_hidden:
            notes.append(
                _(
                    "%(count)s income-related locations cared for fewer than 5 children in "
                    "%(year)s: all their figures are hidden, so they are not listed here. The "
                    "XLSX and CSV files list every location."
                )
                % {"count": all_hidden, "year": self.year}
            )
        return Table(table.key, table.title, table.columns, shown, table.total, notes)

    # Expansion advice --------------------------------------------------------------------------

    @cached_property
    def rankable(self) -> list[NeighbourhoodFigures]:
        return [f for f in self.coverage_figures if f.code != UNKNOWN]

    def advice(
        self, code: str, new_places: int, income_related: bool, weights: ExpansionWeights
    ) -> ExpansionAdvice:
        figures = {f.code: f for f in self.coverage_figures}
        return expansion_score(
            figures[code], new_places, income_related, self.coverage_figures, weights
        )

    def publishable(self, advice: ExpansionAdvice) -> dict[str, Any]:
        """An advice with every figure from a small count hidden (children or vulnerable)."""
        n = next(x for x in self.coverage_figures if x.code == advice.code)
        children_hidden = is_suppressed(n.children_0_3)
        vulnerable_hidden = is_suppressed(n.vulnerable_children)
        components = []
        score_hidden = children_hidden
        for c in advice.components:
            from_vulnerable = c.key == "child_poverty_share"
            mask = children_hidden or (from_vulnerable and vulnerable_hidden)
            if mask and c.applies:
                score_hidden = True
            components.append(
                {
                    "key": c.key,
                    "label": PART_LABELS[c.key],
                    "measure": SUPPRESSED_MARK if mask else _none(c.measure),
                    "weight": c.weight,
                    "points": SUPPRESSED_MARK if mask else c.points,
                    "applies": c.applies,
                }
            )
        total_hidden = is_suppressed(sum(x.children_0_3 for x in self.coverage_figures))

        def pub(value, hide):
            return SUPPRESSED_MARK if hide else _none(value)

        return {
            "code": advice.code,
            "name": advice.name,
            "new_places": advice.new_places,
            "income_related": advice.income_related,
            "components": components,
            "score": SUPPRESSED_MARK if score_hidden else advice.score,
            "score_hidden": score_hidden,
            "coverage_before": pub(advice.coverage_before, children_hidden),
            "coverage_after": pub(advice.coverage_after, children_hidden),
            "social_coverage_before": pub(advice.social_coverage_before, children_hidden),
            "social_coverage_after": pub(advice.social_coverage_after, children_hidden),
            "municipality_coverage_before": pub(advice.municipality_coverage_before, total_hidden),
            "municipality_coverage_after": pub(advice.municipality_coverage_after, total_hidden),
            "municipality_social_coverage_before": pub(
                advice.municipality_social_coverage_before, total_hidden
            ),
            "municipality_social_coverage_after": pub(
                advice.municipality_social_coverage_after, total_hidden
            ),
        }

    def ranking(
        self,
        *,
        new_places: int = 0,
        income_related: bool = True,
        weights: ExpansionWeights | None = None,
    ) -> Table:
        weights = weights or ExpansionWeights()
        ranked = rank_neighbourhoods_by_need(
            self.coverage_figures,
            new_places=new_places,
            income_related=income_related,
            weights=weights,
        )
        # The totals include places without a neighbourhood; that row is not ranked.
        shown, hidden_rows = [], []
        for advice in ranked:
            if advice.code == UNKNOWN:
                continue
            pub = self.publishable(advice)
            points = [c["points"] if c["applies"] else NO_FIGURE for c in pub["components"]]
            row = [
                pub["name"],
                pub["coverage_before"],
                pub["social_coverage_before"],
                pub["components"][2]["measure"],
                *points,
                pub["score"],
            ]
            (hidden_rows if pub["score_hidden"] else shown).append(row)
        rows = [[str(i), *row] for i, row in enumerate(shown, start=1)]
        rows += [[NO_FIGURE, *row] for row in hidden_rows]
        kind = _("income-related places") if income_related else _("free-price places")
        return Table(
            key="need",
            title=_("Neighbourhoods ranked by need for new %(kind)s") % {"kind": kind},
            columns=[
                Column("rank", _("Rank"), "text"),
                Column("neighbourhood", _("Neighbourhood"), "text"),
                Column("coverage", _("Coverage"), "figure"),
                Column("social_coverage", _("Social coverage"), "figure"),
                Column(
                    "vulnerable_per_100",
                    _("vulnerable children known per 100 children"),
                    "figure",
                ),
                Column("p_coverage", COMPONENT_LABELS["coverage_gap"], "points"),
                Column("p_social", COMPONENT_LABELS["social_coverage_gap"], "points"),
                Column("p_poverty", COMPONENT_LABELS["child_poverty_share"], "points"),
                Column("score", _("Score"), "points"),
            ],
            rows=rows,
            notes=[
                _(
                    "Score = points for the coverage gap (33 minus coverage, at least 0) + "
                    "points for the social coverage gap (the municipality's social coverage "
                    "minus the neighbourhood's, at least 0) + points for the vulnerable "
                    "children known per 100 children; 1 point per percentage point. The last "
                    "two count only for income-related places. Advice for the Lokaal Overleg "
                    "Kinderopvang, not a decision."
                ),
                _("A neighbourhood whose score rests on fewer than 5 children is not ranked."),
            ],
        )

    # Everything, for the exports ---------------------------------------------------------------

    def tables(self) -> list[Table]:
        return [
            self.coverage,
            self.representation_care,
            self.representation_requests,
            self.child_poverty,
            self.evolution_table,
            self.groups,
            self.urgent,
            self.months,
            self.motives,
            self.waiting_table,
            self.locations,
            self.ranking(),
        ]


#: The keys of :meth:`Analysis.tables`, in order (for URLs, without computing anything).
TABLE_KEYS = (
    "coverage",
    "representation_care",
    "representation_requests",
    "child_poverty",
    "evolution",
    "groups",
    "urgent",
    "months",
    "motives",
    "waiting",
    "locations",
    "need",
)

COMPONENT_LABELS = {
    "coverage_gap": _("points: coverage gap"),
    "social_coverage_gap": _("points: social coverage gap"),
    "child_poverty_share": _("points: vulnerable children"),
}


PART_LABELS = {
    "coverage_gap": _("Coverage gap"),
    "social_coverage_gap": _("Social coverage gap"),
    "child_poverty_share": _("Vulnerable children"),
}


def _none(value: Cell) -> Cell:
    return NO_FIGURE if value is None else value


def _derived_days(value: int | None, count: Cell) -> Cell:
    if hidden(count):
        return SUPPRESSED_MARK
    return NO_FIGURE if value is None else value
