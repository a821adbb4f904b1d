"""Every write of referral partners and of the desk on referred families.

A partner refers a family (``referral_register``), optionally with its childcare request, or
files the request later (``referral_request_file``). The desk plans a warm introduction at a
childcare location (``introduction_plan``) and keeps short case notes (``case_note_add``).
Each service is one transaction with its audit events.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from loket.accounts import access
from loket.audit.models import AuditAction
from loket.audit.services import audit_record
from loket.families.models import (
    Child,
    FactSource,
    Family,
)
from loket.locations.models import Location
from loket.registrations import services as registrations
from loket.registrations.models import Channel, ChildcareRequest, RequestStatus
from loket.registrations.services import ChildInput, FamilyInput, GuardianInput, RequestInput

from .models import CaseNote, Introduction, PartnerOrganisation


def _actor_partner(actor) -> PartnerOrganisation:
    partner = getattr(actor, "partner", None)
    if partner is None or not access.is_partner_for(actor, partner.pk):
        raise PermissionDenied
    return partner


def _require_partner_of(actor, family: Family) -> None:
    if not (
        access.is_partner_for(actor, family.referred_by_id)
        and access.can_view_family(actor, family)
    ):
        raise PermissionDenied


@transaction.atomic
def referral_register(
    *,
    actor,
    guardian: GuardianInput,
    family: FamilyInput,
    child: ChildInput,
    request: RequestInput | None = None,
    today: dt.date | None = None,
) -> Family:
    """A referral partner registers a family it knows, with its child, the family's consent to
    share its file with the desk, the chosen childcare locations and the partner, and the facts
    the partner attests. With ``request``, the childcare request is filed at once (the same
    service as the portal and the desk, channel ``partner``)."""
    partner = _actor_partner(actor)
    municipality = partner.municipality
    if request is not None:
        req = registrations.family_request_register(
            actor=actor,
            municipality=municipality,
            guardian=guardian,
            family=family,
            child=child,
            data=request,
            channel=Channel.PARTNER,
            fact_source=FactSource.ATTESTED,
            partner=partner,
            today=today,
        )
        return req.child.family
    if child.birth_date is None and child.expected_date is None:
        raise ValidationError(
            {
                "birth_date": ValidationError(
                    "birth_or_expected_required", code="birth_or_expected_required"
                )
            }
        )
    fam = registrations.family_create(
        actor=actor,
        municipality=municipality,
        guardian=guardian,
        family=family,
        channel=Channel.PARTNER,
        partner=partner,
    )
    registrations.family_facts_record(
        actor=actor, fam=fam, family=family, source=FactSource.ATTESTED, partner=partner
    )
    registrations.child_create(actor=actor, fam=fam, child=child)
    return fam


@transaction.atomic
def referral_request_file(
    *, actor, child: Child, data: RequestInput, today: dt.date | None = None
) -> ChildcareRequest:
    """The partner files the childcare request together with the family, for a child it
    referred earlier without one. The same rules as every request (loket.domain.requests)."""
    family = child.family
    _require_partner_of(actor, family)
    if child.requests.exclude(
        status__in=[RequestStatus.CANCELLED, RequestStatus.EXPIRED, RequestStatus.DECLINED]
    ).exists():
        raise ValidationError("This child already has a request.", code="has_request")
    today = today or timezone.localdate()
    registrations._validate(
        municipality=family.municipality,
        child=ChildInput(birth_date=child.birth_date, expected_date=child.expected_date),
        data=data,
        today=today,
    )
    return registrations.request_submit(
        actor=actor,
        child=child,
        data=data,
        channel=Channel.PARTNER,
        partner=family.referred_by,
        today=today,
    )


@transaction.atomic
def introduction_plan(
    *, actor, family: Family, location: Location, meeting_at: dt.datetime, note: str = ""
) -> Introduction:
    """The desk hands the family warmly to a childcare location: a first meeting with a date."""
    if not access.is_desk_for(actor, family.municipality_id):
        raise PermissionDenied
    if location.municipality_id != family.municipality_id:
        raise PermissionDenied
    intro = Introduction.objects.create(
        family=family, location=location, meeting_at=meeting_at, note=note[:300], created_by=actor
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=intro,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        changes={"location": location.pk, "meeting_at": meeting_at},
    )
    return intro


@transaction.atomic
def case_note_add(*, actor, family: Family, text: str, shared_with_partner: bool) -> CaseNote:
    """A short note of the desk; the referring partner reads it only when it is shared and the
    family's consent to share with that partner stands."""
    if not access.is_desk_for(actor, family.municipality_id):
        raise PermissionDenied
    text = text.strip()
    if not text:
        raise ValidationError("A note cannot be empty.", code="empty")
    note = CaseNote.objects.create(
        family=family, text=text[:2000], created_by=actor, shared_with_partner=shared_with_partner
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=note,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        changes={"shared_with_partner": shared_with_partner, "length": len(note.text)},
    )
    return note
