"""Reads of the local analysis: a few GROUP BY queries per municipality and year.

Every figure is counted in the database (COUNT ... GROUP BY); a family's vulnerability comes
from its facts through one fact mask per family (see :mod:`.groups`), so the municipality's rule
runs once per distinct set of facts, not once per family. The counts here are raw: they are
suppressed in :mod:`.tables` before anything is shown or exported.

Definitions (see ``docs/domain/monitoring.md``):

- *reference year* Y: a calendar year; *requests of Y* are the requests (not drafts) registered
  in Y, local time;
- *children in care in Y*: children with a placement overlapping Y that is planned, confirmed or
  ended (an ended placement that overlaps Y was care in Y);
- *children known to the desk in Y*: children with a request of Y or in care in Y;
- *waiting time*: calendar days from registration to the first offer, for the requests of Y that
  got an offer.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear, TruncDate, TruncMonth
from django.utils import timezone

from loket.domain.coverage import NeighbourhoodFigures
from loket.domain.eligibility import VulnerabilityRule
from loket.domain.requests import urgent_deadline
from loket.families.eligibility import vulnerability_rule
from loket.families.models import Child
from loket.locations.models import Location
from loket.municipalities.models import Municipality, Neighbourhood, NeighbourhoodPopulation
from loket.placements.models import Offer, Placement, PlacementStatus
from loket.registrations.models import ChildcareRequest, Motive, RequestStatus

from .groups import GROUPS, attested, classify, fact_mask

#: Placements that count as care in the year they overlap.
IN_CARE_STATUSES = (PlacementStatus.PLANNED, PlacementStatus.CONFIRMED, PlacementStatus.ENDED)
#: Requests still waiting for an answer.
OPEN_STATUSES = (RequestStatus.SUBMITTED, RequestStatus.WAITING)
#: The code of the row for families and locations without a neighbourhood.
UNKNOWN = "?"
#: How many years of child-poverty figures the evolution shows (the reference year included).
EVOLUTION_YEARS = 4


def without_jit(selector):
    """Run a selector with PostgreSQL's JIT compiler off (``SET LOCAL``, this transaction only).

    The grouped queries here are estimated as expensive (correlated subqueries per child), so
    PostgreSQL compiles them with LLVM first: about 0.8 s of compiling for 0.06 s of work at
    Antwerp size. Other databases run the selector as it is.
    """

    @functools.wraps(selector)
    def wrapper(*args, **kwargs):
        if connection.vendor != "postgresql":
            return selector(*args, **kwargs)
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
            return selector(*args, **kwargs)

    return wrapper


@dataclass(frozen=True)
class Scope:
    """One municipality in one reference year, with the population year that goes with it."""

    municipality: Municipality
    year: int
    population_year: int | None
    rule: VulnerabilityRule

    @property
    def start(self) -> dt.datetime:
        return _local_midnight(dt.date(self.year, 1, 1))

    @property
    def end(self) -> dt.datetime:
        return _local_midnight(dt.date(self.year + 1, 1, 1))

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, 1, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, 12, 31)


def _local_midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(0)))


def available_years(municipality: Municipality) -> list[int]:
    """Years with requests or population figures, newest first (at least the current year)."""
    years = {timezone.localdate().year}
    years.update(
        d.year
        for d in ChildcareRequest.objects.filter(
            municipality=municipality, registered_at__isnull=False
        ).dates("registered_at", "year")
    )
    years.update(
        NeighbourhoodPopulation.objects.filter(neighbourhood__municipality=municipality)
        .values_list("year", flat=True)
        .distinct()
    )
    return sorted(years, reverse=True)


def population_year(municipality: Municipality, year: int) -> int | None:
    """The newest year of population figures up to ``year``; else the oldest one after it."""
    years = sorted(
        set(
            NeighbourhoodPopulation.objects.filter(
                neighbourhood__municipality=municipality
            ).values_list("year", flat=True)
        )
    )
    earlier = [y for y in years if y <= year]
    if earlier:
        return earlier[-1]
    return years[0] if years else None


def scope_for(municipality: Municipality, year: int | None = None) -> Scope:
    year = year or timezone.localdate().year
    return Scope(
        municipality=municipality,
        year=year,
        population_year=population_year(municipality, year),
        rule=vulnerability_rule(municipality),
    )


# Neighbourhoods: population, places and the children known to the desk ------------------------


@dataclass
class NeighbourhoodCounts:
    """Raw counts of one neighbourhood (or of the row without a neighbourhood)."""

    code: str
    name: str
    #: The neighbourhood's id; None for the row without a neighbourhood.
    pk: int | None = None
    geometry: dict | None = None
    #: Children aged 0-3 living here in the population year (0 when there is no figure).
    children_0_3: int = 0
    has_population: bool = False
    places: int = 0
    income_related_places: int = 0
    #: Children known to the desk in Y (a request of Y, or in care in Y) ...
    known: int = 0
    known_vulnerable: int = 0
    #: ... of whom in child poverty by Kind en Gezin's index (3 of 6 weak domains).
    known_child_poverty: int = 0
    #: Children in care in Y (placement overlapping Y) ...
    in_care: int = 0
    in_care_vulnerable: int = 0
    #: Children with a request of Y ...
    asked: int = 0
    asked_vulnerable: int = 0
    #: ... who got a place from it (a placement from a request of Y, whatever its start).
    placed: int = 0
    placed_vulnerable: int = 0

    def coverage_figures(self) -> NeighbourhoodFigures:
        """For coverage and expansion: the population with the vulnerable children the desk
        knows (at most the population; in-care counts are not used there)."""
        return NeighbourhoodFigures(
            code=self.code,
            name=self.name,
            children_0_3=self.children_0_3,
            places=self.places,
            income_related_places=self.income_related_places,
            vulnerable_children=min(self.known_vulnerable, self.children_0_3),
            vulnerable_children_in_care=0,
            children_in_care=0,
        )

    def care_figures(self) -> NeighbourhoodFigures:
        """For representation: children known to the desk against children in care."""
        return NeighbourhoodFigures(
            code=self.code,
            name=self.name,
            children_0_3=self.known,
            places=self.places,
            income_related_places=self.income_related_places,
            vulnerable_children=self.known_vulnerable,
            vulnerable_children_in_care=self.in_care_vulnerable,
            children_in_care=self.in_care,
        )

    def request_figures(self) -> NeighbourhoodFigures:
        """For representation on requests: children who asked in Y against those placed."""
        return NeighbourhoodFigures(
            code=self.code,
            name=self.name,
            children_0_3=self.asked,
            places=self.places,
            income_related_places=self.income_related_places,
            vulnerable_children=self.asked_vulnerable,
            vulnerable_children_in_care=self.placed_vulnerable,
            children_in_care=self.placed,
        )


@dataclass
class GroupCounts:
    """Demand and answers for one group of families (children with a request of Y)."""

    key: str
    label: str
    asked: int = 0
    offered: int = 0
    placed: int = 0
    #: Still waiting (submitted or on the waiting list) without any offer.
    unanswered: int = 0


@dataclass
class ChildCounts:
    neighbourhoods: list[NeighbourhoodCounts]
    groups: list[GroupCounts]


def _child_flags(scope: Scope):
    """Per child of the municipality: asked in Y, in care in Y, offered, placed, unanswered."""
    of_year = Q(registered_at__gte=scope.start, registered_at__lt=scope.end) & ~Q(
        status=RequestStatus.DRAFT
    )
    year_requests = ChildcareRequest.objects.filter(of_year, child=OuterRef("pk"))
    in_care = Placement.objects.filter(
        request__child=OuterRef("pk"),
        status__in=IN_CARE_STATUSES,
        start_date__lte=scope.last_day,
    ).filter(Q(end_date__isnull=True) | Q(end_date__gte=scope.first_day))
    request_of_year = Q(
        request__registered_at__gte=scope.start, request__registered_at__lt=scope.end
    ) & ~Q(request__status=RequestStatus.DRAFT)
    placed = Placement.objects.filter(request_of_year, request__child=OuterRef("pk"))
    offered = Offer.objects.filter(request_of_year, request__child=OuterRef("pk"))
    unanswered = ChildcareRequest.objects.filter(
        of_year, child=OuterRef("pk"), status__in=OPEN_STATUSES, offers__isnull=True
    )
    return {
        "asked": Exists(year_requests),
        "in_care": Exists(in_care),
        "placed": Exists(placed),
        "offered": Exists(offered),
        "unanswered": Exists(unanswered),
    }


@without_jit
def child_counts(scope: Scope) -> ChildCounts:
    """Children known to the desk in Y by neighbourhood and group, in one grouped query."""
    neighbourhoods = neighbourhood_counts(scope)
    by_pk = {n.pk: n for n in neighbourhoods if n.pk is not None}
    unknown = next(n for n in neighbourhoods if n.pk is None)
    flags = _child_flags(scope)
    with_attested = scope.rule.attested_status_suffices
    rows = (
        Child.objects.filter(family__municipality=scope.municipality)
        .annotate(**flags)
        .filter(Q(asked=True) | Q(in_care=True))
        .annotate(
            nb=F("family__neighbourhood"),
            mask=fact_mask("family"),
            att=attested("family") if with_attested else Value(False),
        )
        .values("nb", "mask", "att", *flags)
        .annotate(n=Count("id"))
        .order_by()
    )
    groups = {key: GroupCounts(key, label) for key, label in GROUPS}
    for row in rows:
        g = classify(row["mask"], row["att"], scope.rule)
        n = row["n"]
        target = by_pk.get(row["nb"], unknown)
        target.known += n
        if g.vulnerable:
            target.known_vulnerable += n
        if g.child_poverty:
            target.known_child_poverty += n
        if row["in_care"]:
            target.in_care += n
            target.in_care_vulnerable += n if g.vulnerable else 0
        if row["asked"]:
            target.asked += n
            target.asked_vulnerable += n if g.vulnerable else 0
            if row["placed"]:
                target.placed += n
                target.placed_vulnerable += n if g.vulnerable else 0
            for key, counts in groups.items():
                if g.in_group(key):
                    counts.asked += n
                    counts.offered += n if row["offered"] else 0
                    counts.placed += n if row["placed"] else 0
                    counts.unanswered += n if row["unanswered"] else 0
    return ChildCounts(
        neighbourhoods=_without_empty_unknown(neighbourhoods), groups=list(groups.values())
    )


def _without_empty_unknown(neighbourhoods: list[NeighbourhoodCounts]) -> list[NeighbourhoodCounts]:
    return [
        n
        for n in neighbourhoods
        if n.pk is not None or any((n.places, n.known, n.in_care, n.asked))
    ]


def neighbourhood_counts(scope: Scope) -> list[NeighbourhoodCounts]:
    """Every neighbourhood with its population and places, then the row without neighbourhood
    (always present here; :func:`child_counts` drops it when it stays empty)."""
    result = []
    population = dict(
        NeighbourhoodPopulation.objects.filter(
            neighbourhood__municipality=scope.municipality, year=scope.population_year
        ).values_list("neighbourhood_id", "children_0_3")
    )
    places = {
        row["neighbourhood"]: row
        for row in Location.objects.filter(municipality=scope.municipality, active=True)
        .values("neighbourhood")
        .annotate(
            places=Coalesce(Sum("licensed_places"), 0),
            income=Coalesce(Sum("income_related_places"), 0),
        )
        .order_by()
    }
    for nb in Neighbourhood.objects.filter(municipality=scope.municipality).order_by("code"):
        row = places.get(nb.pk, {})
        counts = NeighbourhoodCounts(
            code=nb.code,
            name=nb.name,
            pk=nb.pk,
            geometry=nb.geometry,
            children_0_3=population.get(nb.pk, 0),
            has_population=nb.pk in population,
            places=row.get("places", 0),
            income_related_places=row.get("income", 0),
        )
        result.append(counts)
    row = places.get(None, {})
    unknown = NeighbourhoodCounts(
        code=UNKNOWN,
        name="",
        places=row.get("places", 0),
        income_related_places=row.get("income", 0),
    )
    result.append(unknown)
    return result


# Child poverty and vulnerability among the children known to the desk, by year -----------------


@dataclass
class YearCounts:
    year: int
    asked: int = 0
    vulnerable: int = 0
    child_poverty: int = 0


@without_jit
def evolution_counts(scope: Scope, years: int = EVOLUTION_YEARS) -> list[YearCounts]:
    """Children with a request registered in each of the last ``years`` years up to Y, and how
    many of them in a vulnerable family or in child poverty (oldest year first)."""
    first = scope.year - years + 1
    start = _local_midnight(dt.date(first, 1, 1))
    with_attested = scope.rule.attested_status_suffices
    rows = (
        ChildcareRequest.objects.filter(
            municipality=scope.municipality, registered_at__gte=start, registered_at__lt=scope.end
        )
        .exclude(status=RequestStatus.DRAFT)
        .annotate(
            year=ExtractYear("registered_at"),
            mask=fact_mask("child__family"),
            att=attested("child__family") if with_attested else Value(False),
        )
        .values("year", "mask", "att")
        .annotate(n=Count("child", distinct=True))
        .order_by()
    )
    result = {y: YearCounts(y) for y in range(first, scope.year + 1)}
    for row in rows:
        g = classify(row["mask"], row["att"], scope.rule)
        counts = result[row["year"]]
        counts.asked += row["n"]
        counts.vulnerable += row["n"] if g.vulnerable else 0
        counts.child_poverty += row["n"] if g.child_poverty else 0
    return list(result.values())


# Demand: requests by month, motives, urgent requests ---------------------------------------------


@dataclass
class DemandCounts:
    #: (first day of the month, requests, of which urgent), January to December of Y.
    months: list[tuple[dt.date, int, int]]
    #: motive -> (requests of vulnerable families, of other families).
    motives: dict[str, tuple[int, int]]
    #: Group key -> [urgent requests of Y, of which with a first offer within the month, of
    #: which still waiting without any offer].
    urgent: dict[str, list[int]] = field(default_factory=dict)


def _requests_of_year(scope: Scope):
    return ChildcareRequest.objects.filter(
        municipality=scope.municipality,
        registered_at__gte=scope.start,
        registered_at__lt=scope.end,
    ).exclude(status=RequestStatus.DRAFT)


def _first_offer():
    return Subquery(
        Offer.objects.filter(request=OuterRef("pk")).order_by("created_at").values("created_at")[:1]
    )


@without_jit
def demand_counts(scope: Scope) -> DemandCounts:
    with_attested = scope.rule.attested_status_suffices
    rows = (
        _requests_of_year(scope)
        .annotate(
            month=TruncMonth("registered_at"),
            mask=fact_mask("child__family"),
            att=attested("child__family") if with_attested else Value(False),
        )
        .values("month", "mask", "att", "motive", "urgent")
        .annotate(n=Count("id"))
        .order_by()
    )
    months = {m: [0, 0] for m in range(1, 13)}
    motives: dict[str, list[int]] = {m: [0, 0] for m in Motive.values}
    for row in rows:
        g = classify(row["mask"], row["att"], scope.rule)
        month = _as_date(row["month"]).month
        months[month][0] += row["n"]
        months[month][1] += row["n"] if row["urgent"] else 0
        motives.setdefault(row["motive"], [0, 0])[0 if g.vulnerable else 1] += row["n"]
    return DemandCounts(
        months=[(dt.date(scope.year, m, 1), n, u) for m, (n, u) in months.items()],
        motives={k: (v[0], v[1]) for k, v in motives.items()},
        urgent=urgent_counts(scope),
    )


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


@without_jit
def urgent_counts(scope: Scope) -> dict[str, list[int]]:
    """Per group: urgent requests of Y; of them those with a first offer by their deadline
    (the request's ``urgent_deadline``, or one month after registration when it has none); and
    those still waiting without any offer."""
    with_attested = scope.rule.attested_status_suffices
    rows = (
        _requests_of_year(scope)
        .filter(urgent=True)
        .annotate(
            first=_first_offer(),
            mask=fact_mask("child__family"),
            att=attested("child__family") if with_attested else Value(False),
            registered=TruncDate("registered_at"),
            offered=TruncDate("first"),
        )
        .values("mask", "att", "registered", "offered", "urgent_deadline", "status")
        .annotate(n=Count("id"))
        .order_by()
    )
    result = {key: [0, 0, 0] for key, _ in GROUPS}
    for row in rows:
        g = classify(row["mask"], row["att"], scope.rule)
        deadline = row["urgent_deadline"] or urgent_deadline(row["registered"])
        in_time = row["offered"] is not None and row["offered"] <= deadline
        waiting = row["offered"] is None and row["status"] in OPEN_STATUSES
        for key in result:
            if g.in_group(key):
                result[key][0] += row["n"]
                result[key][1] += row["n"] if in_time else 0
                result[key][2] += row["n"] if waiting else 0
    return result


# Waiting time to a first offer ------------------------------------------------------------------


@without_jit
def waiting_days(scope: Scope) -> dict[str, list[int]]:
    """Per group (and ``urgent``): the waiting days of each request of Y with a first offer,
    from registration to the first offer, in calendar days (local time)."""
    with_attested = scope.rule.attested_status_suffices
    rows = (
        _requests_of_year(scope)
        .annotate(first=_first_offer())
        .filter(first__isnull=False)
        .annotate(
            mask=fact_mask("child__family"),
            att=attested("child__family") if with_attested else Value(False),
            registered=TruncDate("registered_at"),
            offered=TruncDate("first"),
        )
        .values("mask", "att", "urgent", "registered", "offered")
        .annotate(n=Count("id"))
        .order_by()
    )
    result: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        g = classify(row["mask"], row["att"], scope.rule)
        days = max(0, (row["offered"] - row["registered"]).days)
        for key, _ in GROUPS:
            if g.in_group(key):
                result[key][days] += row["n"]
        if row["urgent"]:
            result["urgent"][days] += row["n"]
    return {key: sorted(counter.elements()) for key, counter in result.items()}


# The 20% of vulnerable families per income-related location -------------------------------------


@dataclass
class LocationShare:
    name: str
    neighbourhood: str
    income_related_places: int
    children: int
    vulnerable: int
    target: Decimal

    @property
    def share(self) -> Decimal | None:
        from loket.domain.coverage import per_hundred

        return per_hundred(self.vulnerable, self.children)


@without_jit
def location_shares(scope: Scope) -> list[LocationShare]:
    """Per income-related location: children cared for in Y and how many from vulnerable
    families. The definition of the desk's 20% page
    (:func:`loket.placements.selectors.vulnerable_share_per_location`): placements overlapping
    Y that are not merely planned, vulnerable as recorded when the place was given."""
    in_year = (
        Q(placements__start_date__lte=scope.last_day)
        & (Q(placements__end_date__isnull=True) | Q(placements__end_date__gte=scope.first_day))
        & ~Q(placements__status="planned")
    )
    rows = (
        Location.objects.filter(municipality=scope.municipality, pricing__in=["income", "mixed"])
        .annotate(
            children=Count("placements__request__child", filter=in_year, distinct=True),
            vulnerable=Count(
                "placements__request__child",
                filter=in_year & Q(placements__vulnerable=True),
                distinct=True,
            ),
        )
        .values("name", "neighbourhood__name", "income_related_places", "children", "vulnerable")
        .order_by("name", "pk")
    )
    target = Decimal(scope.municipality.vulnerable_target_share) * 100
    return [
        LocationShare(
            name=row["name"],
            neighbourhood=row["neighbourhood__name"] or "",
            income_related_places=row["income_related_places"],
            children=row["children"],
            vulnerable=row["vulnerable"],
            target=target,
        )
        for row in rows
    ]
