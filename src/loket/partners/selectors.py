"""Reads on referred families, filtered by who is asking.

A partner sees only the families it referred, while the family's consent to share with it
stands (``access.families_for``), and of those only what the family agreed to share: the
status of its requests, offers, places, introductions, shared case notes and voucher use.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.accounts import access
from loket.domain import vouchers as voucher_rules
from loket.families.models import Consent, ConsentPurpose, Family
from loket.families.selectors import family_file_open
from loket.locations.models import Location, Organiser
from loket.placements.models import Offer, OfferStatus, Placement, PlacementStatus
from loket.registrations.models import ChildcareRequest
from loket.vouchers.models import Booklet, Voucher

from .models import CaseNote, Introduction, PartnerOrganisation

#: A place that ended within this many days is brought up at the case meeting.
ENDED_RECENTLY_DAYS = 183


def _requests_prefetch() -> Prefetch:
    return Prefetch(
        "children__requests",
        queryset=ChildcareRequest.objects.prefetch_related(
            Prefetch("offers", queryset=Offer.objects.select_related("location")),
            Prefetch("placements", queryset=Placement.objects.select_related("location")),
        ).order_by("-registered_at"),
    )


# Partner ----------------------------------------------------------------------------------------


def partner_families(*, viewer) -> QuerySet:
    """The families this partner referred and may follow."""
    if not viewer.partner_id:
        return Family.objects.none()
    return (
        access.families_for(viewer)
        .filter(referred_by_id=viewer.partner_id)
        .select_related("neighbourhood")
        .prefetch_related(
            "guardians",
            "children",
            _requests_prefetch(),
            Prefetch(
                "voucher_booklets",
                queryset=Booklet.objects.select_related("programme").prefetch_related("vouchers"),
            ),
        )
        .order_by("-created_at")
    )


def partner_family_get(*, viewer, pk: int) -> Family:
    """One family of the partner; the read is logged in the audit log."""
    family = family_file_open(viewer=viewer, pk=pk, what="partner page")
    if not access.is_partner_for(viewer, family.referred_by_id):
        raise Http404
    return family


@dataclass
class PartnerView:
    """What a partner may see of one family it referred."""

    family: Family
    requests: list[ChildcareRequest]
    introductions: list[Introduction]
    notes: list[CaseNote]
    booklets: list[Booklet]


def partner_view(*, viewer, family: Family) -> PartnerView:
    if not (
        access.is_partner_for(viewer, family.referred_by_id)
        and access.can_view_family(viewer, family)
    ):
        raise Http404
    requests_ = list(
        ChildcareRequest.objects.filter(child__family=family)
        .select_related("child")
        .prefetch_related(
            Prefetch("offers", queryset=Offer.objects.select_related("location")),
            Prefetch("placements", queryset=Placement.objects.select_related("location")),
            "preferences__location",
        )
        .order_by("-registered_at")
    )
    return PartnerView(
        family=family,
        requests=requests_,
        introductions=list(family.introductions.select_related("location")),
        notes=list(family.case_notes.filter(shared_with_partner=True)),
        booklets=list(
            access.booklets_for(viewer)
            .filter(family=family)
            .select_related("programme", "child")
            .prefetch_related("vouchers__location")
        ),
    )


# Desk -------------------------------------------------------------------------------------------


def referrals_for_desk(*, viewer, partner_id: int | None = None) -> QuerySet:
    """Every referred family of the desk's municipalities."""
    qs = (
        Family.objects.filter(
            municipality_id__in=access.desk_municipality_ids(viewer), referred_by__isnull=False
        )
        .select_related("referred_by", "neighbourhood")
        .prefetch_related(
            "guardians",
            "children",
            _requests_prefetch(),
            Prefetch(
                "voucher_booklets",
                queryset=Booklet.objects.select_related("programme").prefetch_related("vouchers"),
            ),
            "introductions",
        )
        .order_by("-created_at")
    )
    if partner_id:
        qs = qs.filter(referred_by_id=partner_id)
    return qs


def partners_for_desk(*, viewer) -> QuerySet:
    return PartnerOrganisation.objects.filter(
        municipality_id__in=access.desk_municipality_ids(viewer)
    )


def introductions_for_provider(*, viewer) -> list[Introduction]:
    """Upcoming introductions at the provider's locations, for families that agreed to share
    their request with childcare locations: the child's first name and the parent's first name,
    never the file."""
    consent = Consent.objects.filter(
        purpose=ConsentPurpose.SHARE_WITH_PROVIDERS, withdrawn_at__isnull=True
    ).values("family_id")
    since = timezone.now() - dt.timedelta(days=7)
    return list(
        Introduction.objects.filter(
            location__in=access.locations_for_provider(viewer),
            family_id__in=consent,
            meeting_at__gte=since,
        )
        .select_related("location", "family")
        .prefetch_related("family__children", "family__guardians")
        .order_by("meeting_at")
    )


# Case meetings ----------------------------------------------------------------------------------


@dataclass
class CaseReason:
    code: str
    text: str
    #: The location the reason is about (an offer, a place, vouchers used there), if any.
    location_ids: set[int] = field(default_factory=set)


@dataclass
class CaseItem:
    family: Family
    reasons: list[CaseReason]

    @property
    def children(self):
        return list(self.family.children.all())


@dataclass(frozen=True)
class Audience:
    """Who the case-meeting list is for: the desk (everything), one partner (its own families)
    or one provider (families with something at its locations, child's first name only)."""

    kind: str  # "desk", "partner", "provider"
    partner: PartnerOrganisation | None = None
    organiser: Organiser | None = None

    @property
    def key(self) -> str:
        if self.kind == "partner":
            return f"partner-{self.partner.pk}"
        if self.kind == "provider":
            return f"provider-{self.organiser.pk}"
        return "desk"


def audiences_for_desk(*, viewer) -> list[Audience]:
    ids = access.desk_municipality_ids(viewer)
    audiences = [Audience("desk")]
    audiences += [Audience("partner", partner=p) for p in partners_for_desk(viewer=viewer)]
    audiences += [
        Audience("provider", organiser=o)
        for o in Organiser.objects.filter(locations__municipality_id__in=ids).distinct()
    ]
    return audiences


def _date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def case_meeting(*, viewer, audience: Audience, today: dt.date | None = None) -> list[CaseItem]:
    """Referred families whose situation needs discussion: an offer accepted but no start yet,
    vouchers unused for 30 days, a place that ended early. Filtered for the audience."""
    today = today or timezone.localdate()
    if audience.kind == "partner" and access.is_partner_for(viewer, audience.partner.pk):
        families = partner_families(viewer=viewer)
    elif access.desk_municipality_ids(viewer):
        families = referrals_for_desk(viewer=viewer)
        if audience.kind == "partner":
            consent = Consent.objects.filter(
                purpose=ConsentPurpose.SHARE_WITH_PARTNER,
                partner=audience.partner,
                withdrawn_at__isnull=True,
            ).values("family_id")
            families = families.filter(referred_by=audience.partner, pk__in=consent)
        elif audience.kind == "provider":
            consent = Consent.objects.filter(
                purpose=ConsentPurpose.SHARE_WITH_PROVIDERS, withdrawn_at__isnull=True
            ).values("family_id")
            families = families.filter(pk__in=consent)
    else:
        raise Http404
    families = list(families)
    by_id = {f.pk: f for f in families}
    reasons: dict[int, list[CaseReason]] = defaultdict(list)

    # 1. An offer accepted, its start date passed, and no place started.
    for offer in Offer.objects.filter(
        request__child__family_id__in=by_id,
        status=OfferStatus.ACCEPTED,
        start_date__lte=today,
    ).select_related("location", "request__child"):
        started = Placement.objects.filter(
            request=offer.request, status__in=[PlacementStatus.CONFIRMED, PlacementStatus.ENDED]
        ).exists()
        if not started:
            reasons[offer.request.child.family_id].append(
                CaseReason(
                    "offer_no_start",
                    _("Place at %(location)s accepted from %(date)s, but no start yet.")
                    % {"location": offer.location.name, "date": _date(offer.start_date)},
                    {offer.location_id},
                )
            )

    # 2. Vouchers left, none used for 30 days.
    booklets = Booklet.objects.filter(family_id__in=by_id).select_related("programme")
    used: dict[int, list] = defaultdict(list)
    used_at: dict[int, set[int]] = defaultdict(set)
    for b_id, day, loc in Voucher.objects.filter(
        booklet__in=booklets, moment_date__isnull=False
    ).values_list("booklet_id", "moment_date", "location_id"):
        used[b_id].append(day)
        used_at[b_id].add(loc)
    introduced: dict[int, set[int]] = defaultdict(set)
    for fam_id, loc in Introduction.objects.filter(family_id__in=by_id).values_list(
        "family_id", "location_id"
    ):
        introduced[fam_id].add(loc)
    for b in booklets:
        days = used[b.pk]
        if voucher_rules.vouchers_idle(
            issued_on=timezone.localdate(b.issued_at),
            used_on=days,
            vouchers=b.programme.vouchers_per_booklet,
            valid_until=b.programme.valid_until,
            today=today,
        ):
            last = max([timezone.localdate(b.issued_at), *days])
            left = b.programme.vouchers_per_booklet - len(days)
            reasons[b.family_id].append(
                CaseReason(
                    "vouchers_idle",
                    _("%(left)s vouchers left, none used since %(date)s.")
                    % {"left": left, "date": _date(last)},
                    used_at[b.pk] | introduced[b.family_id],
                )
            )

    # 3. A place that ended early (before kindergarten), in the last six months.
    for p in Placement.objects.filter(
        request__child__family_id__in=by_id,
        status=PlacementStatus.ENDED,
        end_date__gte=today - dt.timedelta(days=ENDED_RECENTLY_DAYS),
    ).select_related("location", "request__child"):
        if voucher_rules.ended_early(birth_date=p.request.child.birth_date, end_date=p.end_date):
            reasons[p.request.child.family_id].append(
                CaseReason(
                    "ended_early",
                    _("The place at %(location)s ended early on %(date)s.")
                    % {"location": p.location.name, "date": _date(p.end_date)},
                    {p.location_id},
                )
            )

    if audience.kind == "provider":
        own = set(
            Location.objects.filter(organiser=audience.organiser).values_list("pk", flat=True)
        )
        for fam_id in list(reasons):
            reasons[fam_id] = [r for r in reasons[fam_id] if r.location_ids & own]
    return [
        CaseItem(family=by_id[fam_id], reasons=items)
        for fam_id, items in sorted(reasons.items(), key=lambda kv: by_id[kv[0]].reference)
        if items
    ]


def audience_from_key(*, viewer, key: str) -> Audience:
    for audience in audiences_for_desk(viewer=viewer):
        if audience.key == key:
            return audience
    raise Http404


def family_signals(*, viewer) -> dict[int, list[CaseReason]]:
    """The partner's own families that need attention, by family id."""
    if not viewer.partner_id:
        return {}
    audience = Audience("partner", partner=viewer.partner)
    return {item.family.pk: item.reasons for item in case_meeting(viewer=viewer, audience=audience)}


def booklet_usage(booklet: Booklet) -> tuple[int, int]:
    """(vouchers used, vouchers in the booklet), from prefetched vouchers."""
    vouchers = list(booklet.vouchers.all())
    return sum(1 for v in vouchers if v.redeemed_at), len(vouchers)
