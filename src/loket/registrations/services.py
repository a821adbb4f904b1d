"""Every write on childcare requests: one transaction, one audit event (or more) inside it."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.accounts import access
from loket.audit.models import AuditAction
from loket.audit.services import audit_record, diff, snapshot
from loket.domain import requests as rules
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
from loket.municipalities.models import Municipality, Street

from .models import Channel, ChildcareRequest, RequestPreference, RequestStatus, RequestStatusChange

_random = secrets.SystemRandom()


@dataclass(slots=True)
class GuardianInput:
    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    preferred_language: str = "nl"
    situation: str = "working"


@dataclass(slots=True)
class FamilyInput:
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    preferred_language: str = "nl"
    needs_interpreter: bool = False
    facts: list[str] = field(default_factory=list)
    #: For the fact sibling_in_care: the location where the brother or sister is cared for.
    sibling_location_id: int | None = None


@dataclass(slots=True)
class ChildInput:
    first_name: str = ""
    birth_date: dt.date | None = None
    expected_date: dt.date | None = None


@dataclass(slots=True)
class RequestInput:
    desired_start: dt.date
    plan: rules.WeeklyPlan
    motive: str
    preference_mode: str = rules.PreferenceMode.RANKED
    location_ids: list[int] = field(default_factory=list)
    radius_km: Decimal | None = None
    hours_per_day: Decimal | None = None
    parent_note: str = ""


def _new_reference(prefix: str, model) -> str:
    for _attempt in range(20):
        ref = f"{prefix}-{secrets.token_hex(3).upper()}"
        if not model.objects.filter(reference=ref).exists():
            return ref
    raise RuntimeError("could not find a free reference")


def _validate(
    *, municipality: Municipality, child: ChildInput, data: RequestInput, today: dt.date
) -> None:
    known = {
        str(pk)
        for pk in Location.objects.filter(municipality=municipality, active=True).values_list(
            "pk", flat=True
        )
    }
    errors = rules.validate_request(
        today=today,
        desired_start=data.desired_start,
        birth_date=child.birth_date,
        expected_date=child.expected_date,
        plan=data.plan,
        preference_mode=data.preference_mode,
        preferences=[str(pk) for pk in data.location_ids],
        known_locations=known,
        radius_km=float(data.radius_km) if data.radius_km is not None else None,
    )
    if errors:
        raise ValidationError({e.field: ValidationError(e.code, code=e.code) for e in errors})


def _place_family(municipality: Municipality, family: Family) -> None:
    """Put the family on the map from the street gazetteer (no address leaves the server)."""
    street = (
        Street.objects.filter(municipality=municipality, name__iexact=family.street.strip())
        .order_by("postcode")
        .first()
    )
    if street:
        family.lat, family.lon = street.lat, street.lon
        family.neighbourhood_id = street.neighbourhood_id
        family.postcode = family.postcode or street.postcode


def _store_request_fields(req: ChildcareRequest, data: RequestInput) -> None:
    req.desired_start = data.desired_start
    req.plan = data.plan.to_json()
    req.plan_kind = str(data.plan.kind)
    req.hours_per_day = data.hours_per_day
    req.preference_mode = str(data.preference_mode)
    req.radius_km = data.radius_km if data.preference_mode == rules.PreferenceMode.NEARBY else None
    req.motive = data.motive
    req.parent_note = data.parent_note


def _store_preferences(req: ChildcareRequest, data: RequestInput) -> None:
    req.preferences.all().delete()
    if data.preference_mode == rules.PreferenceMode.RANKED:
        RequestPreference.objects.bulk_create(
            RequestPreference(request=req, location_id=pk, rank=i + 1)
            for i, pk in enumerate(data.location_ids)
        )


def change_status(req: ChildcareRequest, new: str, *, actor, note: str = "") -> None:
    old = req.status
    if not rules.can_transition(old, new):
        raise ValidationError(
            _("A request cannot go from %(old)s to %(new)s.") % {"old": old, "new": new},
            code="bad_transition",
        )
    req.status = new
    RequestStatusChange.objects.create(
        request=req,
        old_status=old,
        new_status=new,
        by=actor if getattr(actor, "is_authenticated", False) else None,
        note=note,
    )


def _user_or_none(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


@transaction.atomic
def family_create(
    *,
    actor,
    municipality: Municipality,
    guardian: GuardianInput,
    family: FamilyInput,
    channel: str,
    partner=None,
    second_guardian: GuardianInput | None = None,
) -> Family:
    """A new family with its parents and the consents given at registration: to share the file
    with the desk and the request with the chosen locations, and, when a referral partner
    registers it, with that partner. Each record has its audit event."""
    fam = Family(
        municipality=municipality,
        reference=_new_reference("G", Family),
        street=family.street,
        house_number=family.house_number,
        postcode=family.postcode,
        preferred_language=family.preferred_language,
        needs_interpreter=family.needs_interpreter,
        registered_by_desk=channel == Channel.DESK,
        referred_by=partner,
    )
    _place_family(municipality, fam)
    fam.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=fam,
        municipality_id=municipality.pk,
        family_id=fam.pk,
        changes=snapshot(fam, ["reference", "postcode", "neighbourhood_id", "referred_by_id"]),
    )
    for g in [guardian] + ([second_guardian] if second_guardian else []):
        parent = Guardian.objects.create(
            family=fam,
            user=actor if channel == Channel.PORTAL and g is guardian else None,
            first_name=g.first_name,
            last_name=g.last_name,
            email=g.email,
            phone=g.phone,
            preferred_language=g.preferred_language,
            situation=g.situation,
        )
        audit_record(
            actor=actor,
            action=AuditAction.CREATE,
            obj=parent,
            municipality_id=municipality.pk,
            family_id=fam.pk,
        )
    given_by = f"{guardian.first_name} {guardian.last_name}"
    purposes = [(ConsentPurpose.SHARE_WITH_DESK, None), (ConsentPurpose.SHARE_WITH_PROVIDERS, None)]
    if partner is not None:
        purposes.append((ConsentPurpose.SHARE_WITH_PARTNER, partner))
    for purpose, with_partner in purposes:
        consent = Consent.objects.create(
            family=fam,
            purpose=purpose,
            partner=with_partner,
            given_by=given_by,
            recorded_by=_user_or_none(actor),
        )
        audit_record(
            actor=actor,
            action=AuditAction.CREATE,
            obj=consent,
            municipality_id=municipality.pk,
            family_id=fam.pk,
            changes={"purpose": str(purpose), "partner": getattr(with_partner, "pk", None)},
        )
    return fam


def family_facts_record(*, actor, fam: Family, family: FamilyInput, source: str, partner=None):
    """Record the facts of ``family`` with their source (declared, checked or attested)."""
    for key in sorted(set(family.facts)):
        _, created = FamilyFact.objects.get_or_create(
            family=fam,
            key=key,
            source=source,
            defaults={
                "recorded_by": _user_or_none(actor),
                "partner": partner if source == FactSource.ATTESTED else None,
                "location_id": family.sibling_location_id if key == "sibling_in_care" else None,
            },
        )
        if created:
            audit_record(
                actor=actor,
                action=AuditAction.CREATE,
                object_type="families.FamilyFact",
                object_id=f"{fam.pk}:{key}:{source}",
                municipality_id=fam.municipality_id,
                family_id=fam.pk,
                changes={"key": key, "source": source},
            )


def child_create(*, actor, fam: Family, child: ChildInput) -> Child:
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
        municipality_id=fam.municipality_id,
        family_id=fam.pk,
    )
    return kid


@transaction.atomic
def family_request_register(
    *,
    actor,
    municipality: Municipality,
    guardian: GuardianInput,
    family: FamilyInput,
    child: ChildInput,
    data: RequestInput,
    channel: str,
    fact_source: str = FactSource.DECLARED,
    partner=None,
    urgent: bool = False,
    social_emergency: bool = False,
    second_guardian: GuardianInput | None = None,
    existing_family: Family | None = None,
    today: dt.date | None = None,
) -> ChildcareRequest:
    """Register a family (or reuse the parent's) with a child and its submitted request.

    Used by the parent portal (channel portal, facts declared), the desk's assisted intake
    (channel desk, facts checked) and referral partners (channel partner, facts attested).
    """
    today = today or timezone.localdate()
    _validate(municipality=municipality, child=child, data=data, today=today)
    is_desk = access.is_desk_for(actor, municipality.pk)
    if channel == Channel.DESK and not is_desk:
        raise PermissionDenied
    if (urgent or social_emergency) and not is_desk:
        raise PermissionDenied("Only the desk marks urgency.")

    if existing_family is None:
        fam = family_create(
            actor=actor,
            municipality=municipality,
            guardian=guardian,
            family=family,
            channel=channel,
            partner=partner,
            second_guardian=second_guardian,
        )
    else:
        fam = existing_family
        if not access.can_view_family(actor, fam):
            raise PermissionDenied
    family_facts_record(actor=actor, fam=fam, family=family, source=fact_source, partner=partner)
    kid = child_create(actor=actor, fam=fam, child=child)
    return request_submit(
        actor=actor,
        child=kid,
        data=data,
        channel=channel,
        partner=partner,
        urgent=urgent,
        social_emergency=social_emergency,
        today=today,
    )


def request_submit(
    *,
    actor,
    child: Child,
    data: RequestInput,
    channel: str,
    partner=None,
    urgent: bool = False,
    social_emergency: bool = False,
    today: dt.date,
) -> ChildcareRequest:
    """File a (validated) request for a child: its preferences, the status submitted, the
    registration date and the lottery number drawn once, and its audit event."""
    fam = child.family
    req = ChildcareRequest(
        municipality=fam.municipality,
        child=child,
        reference=_new_reference("A", ChildcareRequest),
        channel=channel,
        referring_partner=partner,
        created_by=_user_or_none(actor),
    )
    _store_request_fields(req, data)
    req.save()
    _store_preferences(req, data)
    change_status(req, RequestStatus.SUBMITTED, actor=actor)
    req.registered_at = timezone.now()
    req.lottery = _random.random()
    if urgent or social_emergency:
        req.urgent = urgent or social_emergency
        req.social_emergency = social_emergency
        req.urgent_deadline = rules.urgent_deadline(today)
    req.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=req,
        municipality_id=fam.municipality_id,
        family_id=fam.pk,
        changes=snapshot(
            req,
            ["desired_start", "plan", "preference_mode", "motive", "status", "urgent", "channel"],
        )
        | {"locations": list(data.location_ids)},
    )
    return req


@transaction.atomic
def request_update(
    *, actor, childcare_request: ChildcareRequest, data: RequestInput, today: dt.date | None = None
) -> ChildcareRequest:
    """Change a request. Its registration date and lottery number are kept."""
    req = ChildcareRequest.objects.select_for_update().get(pk=childcare_request.pk)
    if not (
        access.can_edit_request_as_parent(actor, req)
        or access.is_desk_for(actor, req.municipality_id)
    ):
        raise PermissionDenied
    if req.status not in rules.EDITABLE:
        raise ValidationError(_("This request can no longer be changed."), code="not_editable")
    child = req.child
    _validate(
        municipality=req.municipality,
        child=ChildInput(birth_date=child.birth_date, expected_date=child.expected_date),
        data=data,
        today=today or timezone.localdate(),
    )
    fields = [
        "desired_start",
        "plan",
        "plan_kind",
        "hours_per_day",
        "preference_mode",
        "radius_km",
        "motive",
        "parent_note",
    ]
    old = snapshot(req, fields) | {
        "locations": list(req.preferences.values_list("location_id", flat=True))
    }
    _store_request_fields(req, data)
    req.save()
    _store_preferences(req, data)
    new = snapshot(req, fields) | {"locations": list(data.location_ids)}
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=req,
        municipality_id=req.municipality_id,
        family_id=child.family_id,
        changes=diff(old, new),
    )
    return req


@transaction.atomic
def request_cancel(*, actor, childcare_request: ChildcareRequest, reason: str = "") -> None:
    req = ChildcareRequest.objects.select_for_update().get(pk=childcare_request.pk)
    if not (
        access.can_edit_request_as_parent(actor, req)
        or access.is_desk_for(actor, req.municipality_id)
    ):
        raise PermissionDenied
    old = req.status
    change_status(req, RequestStatus.CANCELLED, actor=actor, note=reason)
    req.save()
    audit_record(
        actor=actor,
        action=AuditAction.STATUS,
        obj=req,
        municipality_id=req.municipality_id,
        family_id=req.child.family_id,
        changes={"status": {"old": old, "new": req.status}},
        note=reason,
    )


@transaction.atomic
def request_set_status(*, actor, childcare_request: ChildcareRequest, status: str, note: str = ""):
    """The desk moves a request on (e.g. from received to the waiting list)."""
    req = ChildcareRequest.objects.select_for_update().get(pk=childcare_request.pk)
    if not access.is_desk_for(actor, req.municipality_id):
        raise PermissionDenied
    old = req.status
    change_status(req, status, actor=actor, note=note)
    req.save()
    audit_record(
        actor=actor,
        action=AuditAction.STATUS,
        obj=req,
        municipality_id=req.municipality_id,
        family_id=req.child.family_id,
        changes={"status": {"old": old, "new": status}},
        note=note,
    )
    return req


@transaction.atomic
def request_mark_urgency(
    *, actor, childcare_request: ChildcareRequest, urgent: bool, social_emergency: bool
) -> ChildcareRequest:
    """The desk marks a request urgent (a place within one month) and/or a social emergency."""
    req = ChildcareRequest.objects.select_for_update().get(pk=childcare_request.pk)
    if not access.is_desk_for(actor, req.municipality_id):
        raise PermissionDenied
    fields = ["urgent", "social_emergency", "urgent_deadline"]
    old = snapshot(req, fields)
    req.urgent = urgent or social_emergency
    req.social_emergency = social_emergency
    if req.urgent and req.urgent_deadline is None:
        req.urgent_deadline = rules.urgent_deadline(timezone.localdate())
    if not req.urgent:
        req.urgent_deadline = None
    req.save(update_fields=[*fields, "updated_at"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=req,
        municipality_id=req.municipality_id,
        family_id=req.child.family_id,
        changes=diff(old, snapshot(req, fields)),
    )
    return req
