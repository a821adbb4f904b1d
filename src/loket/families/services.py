"""Every write on a family's file by the desk: one transaction with its audit event."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import models, transaction

from loket.accounts import access
from loket.audit.models import AuditAction
from loket.audit.services import audit_record

from .models import Child, FactSource, Family, FamilyFact, FamilyNeed, Guardian


def _require_desk(actor, family: Family) -> None:
    if not access.can_manage_family(actor, family):
        raise PermissionDenied


@transaction.atomic
def fact_record(
    *,
    actor,
    family: Family,
    key: str,
    source: str = FactSource.CHECKED,
    partner=None,
    location=None,
) -> FamilyFact:
    """Record that the desk checked (or a partner attested) a fact about the family."""
    _require_desk(actor, family)
    fact, created = FamilyFact.objects.get_or_create(
        family=family,
        key=key,
        source=source,
        defaults={"recorded_by": actor, "partner": partner, "location": location},
    )
    if created:
        audit_record(
            actor=actor,
            action=AuditAction.CREATE,
            obj=fact,
            municipality_id=family.municipality_id,
            family_id=family.pk,
            changes={"key": key, "source": source},
        )
    return fact


@transaction.atomic
def fact_remove(*, actor, fact: FamilyFact) -> None:
    family = fact.family
    _require_desk(actor, family)
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        obj=fact,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        changes={"key": fact.key, "source": fact.source},
    )
    fact.delete()


@transaction.atomic
def need_record(
    *,
    actor,
    family: Family,
    kind: str,
    description: str = "",
    referred_to: str = "",
    status: str = "open",
) -> FamilyNeed:
    """Record a need of the family besides childcare and where it was referred."""
    _require_desk(actor, family)
    need = FamilyNeed.objects.create(
        family=family,
        kind=kind,
        description=description,
        referred_to=referred_to,
        status=status if not referred_to or status != "open" else "referred",
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=need,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        changes={"kind": kind, "referred_to": referred_to, "status": need.status},
    )
    return need


@transaction.atomic
def need_set_status(*, actor, need: FamilyNeed, status: str) -> FamilyNeed:
    _require_desk(actor, need.family)
    old = need.status
    need.status = status
    need.save(update_fields=["status"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=need,
        municipality_id=need.family.municipality_id,
        family_id=need.family_id,
        changes={"status": {"old": old, "new": status}},
    )
    return need


@transaction.atomic
def family_update_notes(*, actor, family: Family, notes: str) -> Family:
    _require_desk(actor, family)
    family.desk_notes = notes
    family.save(update_fields=["desk_notes"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=family,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        changes={"desk_notes": "changed"},
    )
    return family


@transaction.atomic
def family_blank_sensitive(*, actor, family: Family) -> Family:
    """Blank the sensitive fields of a family whose requests are all closed (retention).

    What stays is what the figures need: municipality, neighbourhood, postcode, facts' keys and
    the requests' dates and statuses, without names, contact details, address or notes.
    """
    from loket.domain.requests import OPEN

    if family.children.filter(requests__status__in=[str(s) for s in OPEN]).exists():
        raise ValueError("A family with an open request keeps its data.")
    for field in Family.SENSITIVE_FIELDS:
        model_field = Family._meta.get_field(field)
        if isinstance(model_field, models.BooleanField):
            setattr(family, field, False)
        else:
            setattr(family, field, None if model_field.null else "")
    family.save(update_fields=list(Family.SENSITIVE_FIELDS))
    from loket.partners.models import CaseNote, Introduction

    for model, fields in (
        (family.guardians, Guardian.SENSITIVE_FIELDS),
        (family.children, Child.SENSITIVE_FIELDS),
        (family.needs, FamilyNeed.SENSITIVE_FIELDS),
        (CaseNote.objects.filter(family=family), CaseNote.SENSITIVE_FIELDS),
        (Introduction.objects.filter(family=family), Introduction.SENSITIVE_FIELDS),
    ):
        model.update(**dict.fromkeys(fields, ""))
    family.guardians.update(user=None)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=family,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        note="retention: sensitive fields blanked",
    )
    return family
