"""Reads on vouchers, filtered by who is asking: booklets, redemptions, statements, funnel."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.utils import timezone

from loket.accounts import access
from loket.accounts.roles import Role
from loket.domain import vouchers as rules
from loket.domain.coverage import suppress_linked
from loket.locations.models import Organiser
from loket.placements.models import Placement, PlacementKind

from .models import Booklet, Voucher, VoucherProgramme

REGULAR_KINDS = (PlacementKind.REGULAR, PlacementKind.MUNICIPAL)


# Programmes -------------------------------------------------------------------------------------


def programmes_for(*, viewer) -> QuerySet:
    """Programmes the viewer works with: the desk's and analyst's municipalities, the partner's
    municipality, the municipalities of a provider's locations."""
    if not (viewer and viewer.is_authenticated):
        return VoucherProgramme.objects.none()
    q = Q(pk__in=[])
    q |= Q(municipality_id__in=access.desk_municipality_ids(viewer))
    if viewer.has_role(Role.ANALYST):
        q |= Q(municipality__in=viewer.municipalities.all())
    if viewer.has_role(Role.PARTNER) and viewer.partner_id:
        q |= Q(municipality__partners=viewer.partner_id)
    if viewer.has_role(Role.PROVIDER):
        q |= Q(municipality__locations__in=access.locations_for_provider(viewer))
    return VoucherProgramme.objects.filter(q).distinct().select_related("municipality")


def running_programmes(*, viewer, municipality_id: int, today: dt.date) -> QuerySet:
    return programmes_for(viewer=viewer).filter(
        municipality_id=municipality_id, active=True, valid_from__lte=today, valid_until__gte=today
    )


def programme_get(*, viewer, pk: int) -> VoucherProgramme:
    try:
        return programmes_for(viewer=viewer).get(pk=pk)
    except VoucherProgramme.DoesNotExist:
        raise Http404 from None


# Booklets ---------------------------------------------------------------------------------------


def booklet_get(*, viewer, pk: int) -> Booklet:
    booklet = (
        access.booklets_for(viewer)
        .select_related("programme__municipality", "family", "child", "partner")
        .filter(pk=pk)
        .first()
    )
    if booklet is None:
        raise Http404
    return booklet


def booklets_of_family(*, viewer, family) -> list[Booklet]:
    return list(
        access.booklets_for(viewer)
        .filter(family=family)
        .select_related("programme", "child", "partner")
        .prefetch_related("vouchers__location")
        .order_by("-issued_at")
    )


# Provider: redemptions --------------------------------------------------------------------------


def redemptions_for_provider(*, viewer, limit: int = 50) -> list[Voucher]:
    """The vouchers the provider used at its own locations, newest first (no family data)."""
    return list(
        access.vouchers_used_at_provider(viewer)
        .select_related("location", "booklet__programme")
        .order_by("-redeemed_at")[:limit]
    )


def redeem_locations(*, viewer) -> QuerySet:
    """The provider's active locations; those that accept vouchers first."""
    return (
        access.locations_for_provider(viewer)
        .filter(active=True)
        .order_by("-accepts_vouchers", "name")
    )


# Statements -------------------------------------------------------------------------------------


@dataclass
class Statement:
    """A provider's reimbursement statement for one month (afrekening): its lines add up."""

    organiser: Organiser
    year: int
    month: int
    lines: list[rules.StatementLine]
    totals: rules.StatementTotals
    programmes: list[str]

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def running(self) -> bool:
        """The month is not over yet: more vouchers may still be added."""
        today = timezone.localdate()
        return (self.year, self.month) == (today.year, today.month)


def _month_range(year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    first, last = rules.month_bounds(year, month)
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(first, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    return start, end


def _statement_scope(viewer) -> Q:
    """Vouchers the viewer may see on a statement: the desk's programmes, the provider's own
    locations. Nobody else sees any."""
    q = Q(pk__in=[])
    desk_ids = access.desk_municipality_ids(viewer)
    if desk_ids:
        q |= Q(booklet__programme__municipality_id__in=desk_ids)
    if viewer.has_role(Role.PROVIDER):
        q |= Q(location__in=access.locations_for_provider(viewer))
    return q & Q(redeemed_at__isnull=False)


def statement_index(*, viewer) -> list[dict]:
    """Per month and organiser: vouchers used and their value, newest month first."""
    rows = (
        Voucher.objects.filter(_statement_scope(viewer))
        .annotate(month=TruncMonth("redeemed_at", tzinfo=timezone.get_current_timezone()))
        .values("month", "location__organiser_id", "location__organiser__name")
        .annotate(count=Count("id"), total=Sum("value_cents"))
        .order_by("-month", "location__organiser__name")
    )
    this_month = timezone.localdate().replace(day=1)
    return [
        {
            "running": (r["month"].year, r["month"].month) == (this_month.year, this_month.month),
            "year": r["month"].year,
            "month": r["month"].month,
            "first_day": r["month"].date() if hasattr(r["month"], "date") else r["month"],
            "organiser_id": r["location__organiser_id"],
            "organiser": r["location__organiser__name"],
            "count": r["count"],
            "total_cents": r["total"] or 0,
        }
        for r in rows
    ]


def statement_get(*, viewer, organiser_id: int, year: int, month: int) -> Statement:
    """The statement of one organiser for one month, if the viewer may see it."""
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise Http404
    organiser = Organiser.objects.filter(pk=organiser_id).first()
    if organiser is None:
        raise Http404
    is_own = viewer.has_role(Role.PROVIDER) and viewer.organisers.filter(pk=organiser_id).exists()
    desk_ids = access.desk_municipality_ids(viewer)
    is_desk = bool(desk_ids) and organiser.locations.filter(municipality_id__in=desk_ids).exists()
    if not (is_own or is_desk):
        raise Http404
    start, end = _month_range(year, month)
    vouchers = (
        Voucher.objects.filter(_statement_scope(viewer))
        .filter(location__organiser=organiser, redeemed_at__gte=start, redeemed_at__lt=end)
        .select_related("location", "booklet__programme")
        .order_by("redeemed_at", "id")
    )
    lines, programmes = [], set()
    for v in vouchers:
        programmes.add(v.booklet.programme.name)
        lines.append(
            rules.StatementLine(
                location=v.location.name,
                moment_date=v.moment_date,
                redeemed_on=timezone.localdate(v.redeemed_at),
                code=v.display_code,
                value_cents=v.value_cents,
            )
        )
    return Statement(
        organiser=organiser,
        year=year,
        month=month,
        lines=lines,
        totals=rules.statement_totals(lines),
        programmes=sorted(programmes),
    )


# Funnel -----------------------------------------------------------------------------------------


@dataclass
class ProgrammeFigures:
    programme: VoucherProgramme
    overall: rules.Funnel
    by_partner: dict[str, rules.Funnel]
    by_neighbourhood: dict[str, rules.Funnel]
    booklets: int
    vouchers_used: int
    committed_cents: int
    used_cents: int


def family_uses(programme: VoucherProgramme, today: dt.date) -> list[rules.FamilyUse]:
    """Every family with a booklet of the programme, as the funnel counts it (one per family)."""
    booklets = list(
        Booklet.objects.filter(programme=programme).select_related(
            "partner", "family__neighbourhood"
        )
    )
    used: dict[int, list[dt.date]] = defaultdict(list)
    for booklet_id, day in Voucher.objects.filter(
        booklet__programme=programme, moment_date__isnull=False
    ).values_list("booklet_id", "moment_date"):
        used[booklet_id].append(day)
    starts: dict[int, list[dt.date]] = defaultdict(list)
    for child_id, start in Placement.objects.filter(
        request__child_id__in=[b.child_id for b in booklets],
        kind__in=REGULAR_KINDS,
        start_date__lte=today,
    ).values_list("request__child_id", "start_date"):
        starts[child_id].append(start)
    return rules.merge_uses(
        rules.FamilyUse(
            family=b.family_id,
            vouchers=programme.vouchers_per_booklet,
            used_on=tuple(sorted(used[b.pk])),
            regular_starts=tuple(sorted(starts[b.child_id])),
            partner=b.partner.name if b.partner else "—",
            neighbourhood=b.family.neighbourhood.name if b.family.neighbourhood else "—",
        )
        for b in sorted(booklets, key=lambda b: b.issued_at)
    )


def programme_figures(*, viewer, programme: VoucherProgramme, today: dt.date) -> ProgrammeFigures:
    """The funnel of a programme for the desk or an analyst of its municipality."""
    allowed = access.is_desk_for(viewer, programme.municipality_id) or (
        viewer.has_role(Role.ANALYST)
        and viewer.municipalities.filter(pk=programme.municipality_id).exists()
    )
    if not allowed:
        raise Http404
    uses = family_uses(programme, today)
    money = Voucher.objects.filter(booklet__programme=programme).aggregate(
        used=Count("id", filter=Q(redeemed_at__isnull=False)), cents=Sum("value_cents")
    )
    booklets = programme.booklets.count()
    return ProgrammeFigures(
        programme=programme,
        overall=rules.funnel(uses, today),
        by_partner=rules.funnel_by(uses, lambda u: u.partner, today),
        by_neighbourhood=rules.funnel_by(uses, lambda u: u.neighbourhood, today),
        booklets=booklets,
        vouchers_used=money["used"] or 0,
        committed_cents=booklets * programme.booklet_cost_cents,
        used_cents=money["cents"] or 0,
    )


OVERALL_FIELDS = (
    "issued",
    "first_use",
    "never_used",
    "all_used",
    "stopped_before_all",
    "continued",
    "not_continued",
    "awaiting",
)
GROUP_FIELDS = ("issued", "first_use", "never_used", "all_used", "continued", "not_continued")


def published_funnels(figures: ProgrammeFigures, *, suppress: bool) -> dict:
    """The funnel and its breakdowns as they may be shown: every count for the desk; for an
    analyst, small counts hidden together with every count that would give one away by a sum
    (issued = first use + never used, first use = all used + stopped = continued + not
    continued + waiting, and each column of a breakdown adds up to the overall figure)."""
    values: dict = {("all", f): getattr(figures.overall, f) for f in OVERALL_FIELDS}
    breakdowns = {"by_partner": figures.by_partner, "by_neighbourhood": figures.by_neighbourhood}
    for part, groups in breakdowns.items():
        for name, funnel in groups.items():
            for f in GROUP_FIELDS:
                values[((part, name), f)] = getattr(funnel, f)
    equations = [
        (("all", "issued"), [("all", "first_use"), ("all", "never_used")]),
        (("all", "first_use"), [("all", "all_used"), ("all", "stopped_before_all")]),
        (
            ("all", "first_use"),
            [("all", "continued"), ("all", "not_continued"), ("all", "awaiting")],
        ),
    ]
    for part, groups in breakdowns.items():
        for name in groups:
            row = (part, name)
            equations.append(((row, "issued"), [(row, "first_use"), (row, "never_used")]))
        for f in GROUP_FIELDS:
            equations.append((("all", f), [((part, name), f) for name in groups]))
    shown = suppress_linked(values, equations) if suppress else values
    return {
        "overall": {f: shown[("all", f)] for f in OVERALL_FIELDS},
        **{
            part: {name: {f: shown[((part, name), f)] for f in GROUP_FIELDS} for name in groups}
            for part, groups in breakdowns.items()
        },
    }
