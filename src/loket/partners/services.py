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
from loket.audit.services import audit_record, snapshot
from loket.families.models import (
    Child,
    Consent,
    ConsentPurpose,
    FactSource,
    Family,
    FamilyFact,
    Guardian,
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


def _audit_fact(actor, family: Family, key: str) -> None:
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        object_type="families.FamilyFact",
        object_id=f"{family.pk}:{key}:attested",
        municipality_id=family.municipality_id,
        family_id=family.pk,
        changes={"key": key, "source": FactSource.ATTESTED},
    )


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
    # The family's reference and its place on the map follow the registrations app's rules.
    fam = Family(
        municipality=municipality,
        reference=registrations._new_reference("G", Family),
        street=family.street,
        house_number=family.house_number,
        postcode=family.postcode,
        preferred_language=family.preferred_language,
        needs_interpreter=family.needs_interpreter,
        referred_by=partner,
    )
    registrations._place_family(municipality, fam)
    fam.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=fam,
        municipality_id=municipality.pk,
        family_id=fam.pk,
        changes=snapshot(fam, ["reference", "postcode", "neighbourhood_id", "referred_by_id"]),
    )
    parent = Guardian.objects.create(
        family=fam,
        first_name=guardian.first_name,
        last_name=guardian.last_name,
        email=guardian.email,
        phone=guardian.phone,
        preferred_language=guardian.preferred_language,
        situation=guardian.situation,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=parent,
        municipality_id=municipality.pk,
        family_id=fam.pk,
    )
    given_by = f"{guardian.first_name} {guardian.last_name}"
    for purpose in (ConsentPurpose.SHARE_WITH_DESK, ConsentPurpose.SHARE_WITH_PROVIDERS):
        Consent.objects.create(family=fam, purpose=purpose, given_by=given_by, recorded_by=actor)
    Consent.objects.create(
        family=fam,
        purpose=ConsentPurpose.SHARE_WITH_PARTNER,
        partner=partner,
        given_by=given_by,
        recorded_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        object_type="families.Consent",
        object_id=str(fam.pk),
        municipality_id=municipality.pk,
        family_id=fam.pk,
        changes={
            "purposes": ["share_with_desk", "share_with_providers", "share_with_partner"],
            "partner": partner.pk,
        },
    )
    for key in sorted(set(family.facts)):
        FamilyFact.objects.create(
            family=fam,
            key=key,
            source=FactSource.ATTESTED,
            partner=partner,
            recorded_by=actor,
            location_id=family.sibling_location_id if key == "sibling_in_care" else None,
        )
        _audit_fact(actor, fam, key)
    kid = Child.objects.create(
        family=fam,
        first_name=child.first_name,
        birth_date=child.birth_date,
        expected_date=child.expected_date if child.birth_date is None else None,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=kid,
        municipality_id=municipality.pk,
        family_id=fam.pk,
    )
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
    req = ChildcareRequest(
        municipality=family.municipality,
        child=child,
        reference=registrations._new_reference("A", ChildcareRequest),
        channel=Channel.PARTNER,
        referring_partner_id=family.referred_by_id,
        created_by=actor,
    )
    registrations._store_request_fields(req, data)
    req.save()
    registrations._store_preferences(req, data)
    registrations.change_status(req, RequestStatus.SUBMITTED, actor=actor)
    req.registered_at = timezone.now()
    req.lottery = registrations._random.random()
    req.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=req,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        changes=snapshot(
            req, ["desired_start", "plan", "preference_mode", "motive", "status", "channel"]
        )
        | {"locations": list(data.location_ids)},
    )
    return req


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
