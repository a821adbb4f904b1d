"""Every write of rounds, offers and placements: one transaction with its audit events.

Seats: ``LocationCapacity.free_places`` is the live count of seats free for new children per
location, weekday and age band. An offer holds its seats (they are taken when it is made and
given back when it is declined, expires or is withdrawn). Accepting an offer checks, under a
row lock on the capacity rows, that the children with a place on each of its days stay within
the location's places, so capacity is never exceeded, even when two families accept at once.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from loket.accounts import access
from loket.audit.models import AuditAction
from loket.audit.services import audit_record
from loket.domain import allocation
from loket.domain.requests import age_band
from loket.families.eligibility import family_vulnerability
from loket.locations.models import LocationCapacity
from loket.registrations.models import ChildcareRequest, RequestStatus
from loket.registrations.services import change_status

from . import engine
from .models import (
    AllocationRound,
    Offer,
    OfferStatus,
    Placement,
    PlacementKind,
    PlacementStatus,
    RoundStatus,
)

log = logging.getLogger(__name__)


class NoSeat(ValidationError):
    pass


def _require_desk(actor, municipality_id: int) -> None:
    if not access.is_desk_for(actor, municipality_id):
        raise PermissionDenied


# Seats -----------------------------------------------------------------------------------------


def _lock_capacity(location_id: int, band: str, days: list[str]) -> dict[str, LocationCapacity]:
    rows = (
        LocationCapacity.objects.select_for_update()
        .filter(location_id=location_id, age_band=band, weekday__in=days)
        .order_by("pk")
    )
    return {row.weekday: row for row in rows}


def take_seats(location_id: int, band: str, days: list[str]) -> None:
    """Take one free seat on each day, or raise NoSeat and take none."""
    rows = _lock_capacity(location_id, band, days)
    missing = [d for d in days if d not in rows or rows[d].free_places < 1]
    if missing:
        raise NoSeat(
            _("No free place left on %(days)s.") % {"days": ", ".join(missing)}, code="no_seat"
        )
    LocationCapacity.objects.filter(pk__in=[rows[d].pk for d in days]).update(
        free_places=F("free_places") - 1
    )


def release_seats(location_id: int, band: str, days: list[str]) -> None:
    """Give back one seat on each day (never above the day's places)."""
    rows = _lock_capacity(location_id, band, days)
    ids = [row.pk for row in rows.values() if row.free_places < row.places]
    LocationCapacity.objects.filter(pk__in=ids).update(free_places=F("free_places") + 1)


# Rounds ----------------------------------------------------------------------------------------


@transaction.atomic
def round_preview(*, actor, municipality, window_start: dt.date, window_end: dt.date):
    """Build the instance from the database, run the engine and keep it as a preview."""
    _require_desk(actor, municipality.pk)
    if window_end < window_start:
        raise ValidationError(_("The end of the window is before its start."), code="window")
    built = engine.build_instance(municipality, window_start, window_end)
    instance = allocation.parse_instance(built.instance)
    result = allocation.solve(instance).to_dict()
    report = allocation.verify(instance, result)
    summary = engine.summarise(built.instance, result, report)
    rnd = AllocationRound.objects.create(
        municipality=municipality,
        window_start=window_start,
        window_end=window_end,
        instance=built.instance,
        result=result,
        summary=summary,
        keys=built.keys,
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=rnd,
        municipality_id=municipality.pk,
        changes={"children": summary["children"], "placed": summary["placed"]},
    )
    return rnd


def _offer_deadline(municipality, now: dt.datetime) -> dt.datetime:
    return now + dt.timedelta(days=municipality.offer_response_days)


@transaction.atomic
def round_confirm(*, actor, allocation_round: AllocationRound, now: dt.datetime | None = None):
    """Turn a previewed round into offers with a deadline, and tell the families."""
    rnd = AllocationRound.objects.select_for_update().get(pk=allocation_round.pk)
    _require_desk(actor, rnd.municipality_id)
    if rnd.status != RoundStatus.PREVIEW:
        raise ValidationError(_("This round is no longer a preview."), code="not_preview")
    now = now or timezone.now()
    children = {c["id"]: c for c in rnd.instance["children"]}
    offers, skipped = [], []
    requests = ChildcareRequest.objects.in_bulk(
        [int(cid[1:]) for cid, lid in rnd.result["assignments"].items() if lid]
    )
    for cid, lid in sorted(rnd.result["assignments"].items()):
        if not lid:
            continue
        req = requests.get(int(cid[1:]))
        location_id, band = engine.parse_location_key(lid)
        days = children[cid]["days"]
        if req is None or req.offers.filter(status=OfferStatus.OPEN).exists():
            skipped.append(cid)
            continue
        try:
            with transaction.atomic():
                take_seats(location_id, band, days)
                offers.append(_make_offer(req, location_id, band, days, rnd, "round", now, actor))
        except NoSeat:
            skipped.append(cid)
    rnd.status = RoundStatus.CONFIRMED
    rnd.confirmed_by = actor
    rnd.confirmed_at = now
    rnd.summary = {**rnd.summary, "offers": len(offers), "skipped": skipped}
    rnd.save(update_fields=["status", "confirmed_by", "confirmed_at", "summary"])
    audit_record(
        actor=actor,
        action=AuditAction.STATUS,
        obj=rnd,
        municipality_id=rnd.municipality_id,
        changes={"status": {"old": "preview", "new": "confirmed"}, "offers": len(offers)},
    )
    for offer in offers:
        transaction.on_commit(lambda o=offer: send_offer_email(o))
    return offers


@transaction.atomic
def round_discard(*, actor, allocation_round: AllocationRound) -> None:
    rnd = AllocationRound.objects.select_for_update().get(pk=allocation_round.pk)
    _require_desk(actor, rnd.municipality_id)
    if rnd.status != RoundStatus.PREVIEW:
        raise ValidationError(_("This round is no longer a preview."), code="not_preview")
    rnd.status = RoundStatus.DISCARDED
    rnd.save(update_fields=["status"])
    audit_record(
        actor=actor,
        action=AuditAction.STATUS,
        obj=rnd,
        municipality_id=rnd.municipality_id,
        changes={"status": "discarded"},
    )


# Offers ----------------------------------------------------------------------------------------


def _make_offer(req, location_id, band, days, rnd, origin, now, actor) -> Offer:
    offer = Offer.objects.create(
        request=req,
        location_id=location_id,
        allocation_round=rnd,
        age_band=band,
        days=list(days),
        start_date=max(req.desired_start, now.date()),
        deadline=_offer_deadline(req.municipality, now),
        origin=origin,
    )
    if req.status != RequestStatus.OFFERED:
        change_status(req, RequestStatus.OFFERED, actor=actor, note=f"offer {offer.pk}")
        req.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=offer,
        municipality_id=req.municipality_id,
        family_id=req.child.family_id,
        changes={"location": location_id, "days": list(days), "origin": origin},
    )
    return offer


def _can_answer(actor, offer: Offer) -> bool:
    req = offer.request
    return access.can_edit_request_as_parent(actor, req) or access.is_desk_for(
        actor, req.municipality_id
    )


@transaction.atomic
def offer_accept(
    *, actor, offer: Offer, keep_higher_choices: bool = False, now: dt.datetime | None = None
) -> Placement:
    """The family (or the desk for it) accepts the place: it becomes a planned placement."""
    offer = Offer.objects.select_for_update().select_related("request", "location").get(pk=offer.pk)
    if not _can_answer(actor, offer):
        raise PermissionDenied
    now = now or timezone.now()
    if offer.status != OfferStatus.OPEN:
        raise ValidationError(_("This offer can no longer be accepted."), code="not_open")
    if offer.deadline < now:
        raise ValidationError(_("The time to answer this offer has passed."), code="expired")
    req = ChildcareRequest.objects.select_for_update().get(pk=offer.request_id)
    rows = _lock_capacity(offer.location_id, offer.age_band, offer.days)
    for day in offer.days:
        row = rows.get(day)
        taken = engine.occupancy(offer.location_id, offer.age_band, day, offer.start_date)
        if row is None or taken + 1 > row.places:
            raise NoSeat(
                _("Sorry, this place has just been taken. The desk will contact you."), code="full"
            )
    vulnerable = family_vulnerability(req.child.family).is_vulnerable
    placement = Placement.objects.create(
        request=req,
        location_id=offer.location_id,
        offer=offer,
        kind=PlacementKind.REGULAR,
        age_band=offer.age_band,
        days=offer.days,
        start_date=offer.start_date,
        vulnerable=vulnerable,
    )
    offer.status = OfferStatus.ACCEPTED
    offer.responded_at = now
    offer.responded_by = actor
    offer.keep_higher_choices = keep_higher_choices
    offer.save(update_fields=["status", "responded_at", "responded_by", "keep_higher_choices"])
    # An earlier place this child had (a transfer) ends when the new one starts.
    for old in req.placements.filter(status__in=["planned", "confirmed"]).exclude(pk=placement.pk):
        _end_placement(
            old, end_date=offer.start_date - dt.timedelta(days=1), reason="transfer", actor=actor
        )
    change_status(req, RequestStatus.ACCEPTED, actor=actor, note=f"offer {offer.pk}")
    rank = req.preferences.filter(location_id=offer.location_id).values_list("rank", flat=True)
    req.transfer_below_rank = (
        (rank[0] if rank and rank[0] > 1 else None) if keep_higher_choices else None
    )
    req.save(update_fields=["status", "transfer_below_rank", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditAction.STATUS,
        obj=offer,
        municipality_id=req.municipality_id,
        family_id=req.child.family_id,
        changes={
            "status": {"old": "open", "new": "accepted"},
            "keep_higher_choices": keep_higher_choices,
        },
    )
    return placement


@transaction.atomic
def offer_decline(*, actor, offer: Offer, stay_on_list: bool = True, now=None) -> Offer | None:
    """The family declines; the seat goes to the next child in line. Returns that new offer."""
    offer = Offer.objects.select_for_update().select_related("request").get(pk=offer.pk)
    if not _can_answer(actor, offer):
        raise PermissionDenied
    if offer.status != OfferStatus.OPEN:
        raise ValidationError(_("This offer can no longer be declined."), code="not_open")
    now = now or timezone.now()
    offer.responded_at = now
    offer.responded_by = actor
    req = offer.request
    if not _back_to_current_place(req, actor):
        change_status(req, RequestStatus.DECLINED, actor=actor, note=f"offer {offer.pk}")
        if stay_on_list:
            change_status(req, RequestStatus.WAITING, actor=actor, note=_("stays on the list"))
    return _close_offer(offer, OfferStatus.DECLINED, actor=actor, now=now)


def _close_offer(offer: Offer, status: str, *, actor, now) -> Offer | None:
    """Record the end of an open offer, give its seats back and offer them to the next child in
    line (whose e-mail leaves once the transaction commits)."""
    offer.status = status
    offer.save(update_fields=["status", "responded_at", "responded_by"])
    req = offer.request
    req.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditAction.STATUS,
        obj=offer,
        municipality_id=req.municipality_id,
        family_id=req.child.family_id,
        changes={"status": {"old": "open", "new": status}},
    )
    release_seats(offer.location_id, offer.age_band, offer.days)
    nxt = offer_next_in_line(offer=offer, actor=actor, now=now)
    if nxt is not None:
        transaction.on_commit(lambda: send_offer_email(nxt))
    return nxt


def _back_to_current_place(req, actor) -> bool:
    """A child offered a transfer keeps its current place when it says no (or does not answer)."""
    place = (
        req.placements.filter(status__in=["planned", "confirmed"]).order_by("-start_date").first()
    )
    if place is None:
        return False
    new = RequestStatus.PLACED if place.status == "confirmed" else RequestStatus.ACCEPTED
    change_status(req, new, actor=actor, note=_("keeps the current place"))
    return True


def offers_expire_due(*, now: dt.datetime | None = None) -> list[Offer]:
    """Expire every open offer past its deadline; each freed seat goes to the next in line.
    Returns the new offers. Each expiry is its own transaction."""
    now = now or timezone.now()
    new_offers = []
    due = Offer.objects.filter(status=OfferStatus.OPEN, deadline__lt=now)
    for pk in due.values_list("pk", flat=True):
        with transaction.atomic():
            offer = Offer.objects.select_for_update().select_related("request").get(pk=pk)
            if offer.status != OfferStatus.OPEN:
                continue
            req = offer.request
            if not _back_to_current_place(req, None):
                change_status(
                    req, RequestStatus.WAITING, actor=None, note=_("no answer before the deadline")
                )
            nxt = _close_offer(offer, OfferStatus.EXPIRED, actor=None, now=now)
            if nxt:
                new_offers.append(nxt)
    return new_offers


def offer_next_in_line(*, offer: Offer, actor, now) -> Offer | None:
    """Offer the freed seat to the best-placed waiting child that fits it (same priority order
    as the engine: the location's tiers, then the lottery number)."""
    from loket.domain.eligibility import tiers_for_location
    from loket.families.eligibility import REGIME_BY_SETTING

    location = offer.location
    regime = REGIME_BY_SETTING[location.municipality.priority_regime]
    tiers = (
        tiers_for_location(regime, location.priority_tiers) if location.is_income_related else []
    )
    free = {
        c.weekday: c.free_places
        for c in LocationCapacity.objects.filter(location=location, age_band=offer.age_band)
    }
    candidates = (
        ChildcareRequest.objects.filter(
            preferences__location=location,
            status__in=[RequestStatus.SUBMITTED, RequestStatus.WAITING],
        )
        .exclude(offers__status=OfferStatus.OPEN)
        .exclude(offers__location=location, offers__status__in=["expired", "declined"])
        .select_related("child", "child__family", "municipality")
        .prefetch_related("child__family__facts")
        .distinct()
    )
    ranked = []
    for req in candidates:
        if age_band(req.child.born_or_expected, req.desired_start) != offer.age_band:
            continue
        days = engine.needed_days(req.weekly_plan)
        if not days or not all(free.get(d, 0) > 0 for d in days):
            continue
        ranked.append((engine.priority_key(req, location, regime, tiers), req, days))
    for _key, req, days in sorted(ranked, key=lambda item: item[0]):
        try:
            with transaction.atomic():
                take_seats(location.pk, offer.age_band, days)
                return _make_offer(
                    req,
                    location.pk,
                    offer.age_band,
                    days,
                    offer.allocation_round,
                    "next_in_line",
                    now,
                    actor,
                )
        except NoSeat:
            continue
    return None


@transaction.atomic
def offer_make(
    *, actor, childcare_request, location, start_date: dt.date | None = None, now=None
) -> Offer:
    """The desk offers a free place between rounds (urgent requests, social emergencies)."""
    req = ChildcareRequest.objects.select_for_update().get(pk=childcare_request.pk)
    _require_desk(actor, req.municipality_id)
    if location.municipality_id != req.municipality_id:
        raise PermissionDenied
    if req.offers.filter(status=OfferStatus.OPEN).exists():
        raise ValidationError(_("This request already has an open offer."), code="open_offer")
    if req.status not in (RequestStatus.SUBMITTED, RequestStatus.WAITING):
        raise ValidationError(_("Only a waiting request can get an offer."), code="status")
    now = now or timezone.now()
    start = max(start_date or req.desired_start, now.date())
    band = age_band(req.child.born_or_expected, start)
    days = engine.needed_days(req.weekly_plan)
    take_seats(location.pk, band, days)
    offer = _make_offer(req, location.pk, band, days, None, "desk", now, actor)
    if start != offer.start_date:
        offer.start_date = start
        offer.save(update_fields=["start_date"])
    transaction.on_commit(lambda: send_offer_email(offer))
    return offer


def send_offer_email(offer: Offer, *, reminder: bool = False) -> int:
    """E-mail the offer (or a reminder) to the parents, in the family's language."""
    req = offer.request
    family = req.child.family
    recipients = [g.email for g in family.guardians.all() if g.email]
    if not recipients:
        return 0
    link = settings.LOKET_SITE_URL.rstrip("/") + reverse("portal:detail", args=[req.pk])
    with translation.override(family.preferred_language or "nl"):
        subject = (
            _("Reminder: a childcare place for %(child)s")
            if reminder
            else _("A childcare place for %(child)s")
        ) % {"child": req.child.first_name or _("your baby")}
        body = render_to_string(
            "placements/email_offer.txt",
            {"offer": offer, "req": req, "link": link, "reminder": reminder},
        )
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def offer_reminders_send(*, now: dt.datetime | None = None, before: dt.timedelta | None = None):
    """Remind families whose offer ends within two days and who were not reminded yet."""
    now = now or timezone.now()
    before = before or dt.timedelta(days=2)
    due = Offer.objects.filter(
        status=OfferStatus.OPEN,
        reminded_at__isnull=True,
        deadline__lte=now + before,
        deadline__gte=now,
    ).select_related("request", "request__child", "request__child__family", "location")
    sent = 0
    for offer in due:
        send_offer_email(offer, reminder=True)
        Offer.objects.filter(pk=offer.pk).update(reminded_at=now)
        sent += 1
    return sent


# Placements -------------------------------------------------------------------------------------


@transaction.atomic
def placement_confirm(*, actor, placement: Placement) -> Placement:
    """The provider confirms the child will start: the request is placed."""
    placement = Placement.objects.select_for_update().get(pk=placement.pk)
    if not access.can_edit_location(actor, placement.location):
        raise PermissionDenied
    if placement.status != PlacementStatus.PLANNED:
        raise ValidationError(_("This placement is already confirmed."), code="not_planned")
    placement.status = PlacementStatus.CONFIRMED
    placement.confirmed_at = timezone.now()
    placement.confirmed_by = actor
    placement.save(update_fields=["status", "confirmed_at", "confirmed_by"])
    req = placement.request
    if (
        placement.kind in (PlacementKind.REGULAR, PlacementKind.MUNICIPAL)
        and req.status == RequestStatus.ACCEPTED
    ):
        change_status(req, RequestStatus.PLACED, actor=actor)
        req.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        action=AuditAction.STATUS,
        obj=placement,
        municipality_id=req.municipality_id,
        family_id=req.child.family_id,
        changes={"status": {"old": "planned", "new": "confirmed"}},
    )
    return placement


@transaction.atomic
def placement_create(
    *,
    actor,
    childcare_request,
    location,
    kind: str,
    start_date: dt.date,
    end_date: dt.date | None,
    days: list[str] | None = None,
) -> Placement:
    """The desk places a child directly: occasional care (at most 6 months), temporary care
    while the request waits for a regular place, or a place the municipality bought."""
    from loket.domain.requests import add_months

    req = ChildcareRequest.objects.select_for_update().get(pk=childcare_request.pk)
    _require_desk(actor, req.municipality_id)
    if location.municipality_id != req.municipality_id:
        raise PermissionDenied
    errors = {}
    if kind in (PlacementKind.OCCASIONAL, PlacementKind.TEMPORARY) and end_date is None:
        errors["end_date"] = _("Occasional and temporary care need an end date.")
    if end_date and end_date < start_date:
        errors["end_date"] = _("The end date is before the start date.")
    if kind == PlacementKind.OCCASIONAL and end_date and end_date > add_months(start_date, 6):
        errors["end_date"] = _("Occasional care lasts at most 6 months.")
    if kind == PlacementKind.MUNICIPAL:
        used = Placement.objects.filter(
            location=location, kind=PlacementKind.MUNICIPAL, status__in=["planned", "confirmed"]
        ).count()
        if used >= location.municipal_places:
            errors["location"] = _("All places the municipality bought here are filled.")
    if errors:
        raise ValidationError(errors)
    band = age_band(req.child.born_or_expected, start_date)
    days = days or engine.needed_days(req.weekly_plan)
    take_seats(location.pk, band, days)
    rows = _lock_capacity(location.pk, band, days)
    for day in days:
        if engine.occupancy(location.pk, band, day, start_date) + 1 > rows[day].places:
            raise NoSeat(_("No free place left on %(days)s.") % {"days": day}, code="full")
    placement = Placement.objects.create(
        request=req,
        location=location,
        kind=kind,
        age_band=band,
        days=days,
        start_date=start_date,
        end_date=end_date,
        vulnerable=family_vulnerability(req.child.family).is_vulnerable,
    )
    if kind == PlacementKind.MUNICIPAL and req.status in (
        RequestStatus.SUBMITTED,
        RequestStatus.WAITING,
    ):
        change_status(req, RequestStatus.OFFERED, actor=actor, note="municipal place")
        change_status(req, RequestStatus.ACCEPTED, actor=actor, note="municipal place")
        req.save(update_fields=["status", "updated_at"])
    # Occasional and temporary care keep the request in the queue with its registration date.
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=placement,
        municipality_id=req.municipality_id,
        family_id=req.child.family_id,
        changes={
            "kind": kind,
            "location": location.pk,
            "start": str(start_date),
            "end": str(end_date) if end_date else None,
        },
    )
    return placement


def _end_placement(placement, *, end_date, reason, actor) -> None:
    placement.status = PlacementStatus.ENDED
    placement.end_date = max(end_date, placement.start_date)
    placement.ended_at = timezone.now()
    placement.end_reason = reason[:200]
    placement.save(update_fields=["status", "end_date", "ended_at", "end_reason"])
    release_seats(placement.location_id, placement.age_band, placement.days)
    audit_record(
        actor=actor,
        action=AuditAction.STATUS,
        obj=placement,
        municipality_id=placement.request.municipality_id,
        family_id=placement.request.child.family_id,
        changes={"status": "ended", "reason": reason},
    )


@transaction.atomic
def placement_end(*, actor, placement: Placement, end_date: dt.date, reason: str) -> None:
    placement = Placement.objects.select_for_update().get(pk=placement.pk)
    req = placement.request
    if not (
        access.is_desk_for(actor, req.municipality_id)
        or access.can_edit_location(actor, placement.location)
    ):
        raise PermissionDenied
    _end_placement(placement, end_date=end_date, reason=reason, actor=actor)
