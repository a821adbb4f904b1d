"""Writes of the price pages: the desk records a family's income figures."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from loket.accounts import access
from loket.audit.models import AuditAction
from loket.audit.services import audit_record
from loket.families.models import Family

INCOME_FIELDS = (
    "joint_taxable_income",
    "dependent_children",
    "multiple_birth",
    "social_integration_income",
    "income_dropped",
    "cannot_pay",
)


@transaction.atomic
def family_income_update(
    *,
    actor,
    family: Family,
    joint_taxable_income: Decimal | None,
    dependent_children: int | None,
    multiple_birth: bool = False,
    social_integration_income: bool = False,
    income_dropped: bool = False,
    cannot_pay: bool = False,
) -> Family:
    """Record the family's income figures and its situation for lower prices.

    Desk staff of the family's municipality only. These are sensitive figures: the audit event
    says that they changed, never the amounts or the situation (``changes: {"income": "changed"}``).
    Nothing is written, nor logged, when nothing changed.
    """
    if not access.can_manage_family(actor, family):
        raise PermissionDenied
    if joint_taxable_income is not None and joint_taxable_income < 0:
        raise ValidationError({"joint_taxable_income": "negative"})
    if dependent_children is not None and dependent_children < 1:
        raise ValidationError({"dependent_children": "at_least_one"})
    if multiple_birth and (dependent_children or 0) < 2:
        raise ValidationError({"multiple_birth": "needs_two_children"})
    new = {
        "joint_taxable_income": joint_taxable_income,
        "dependent_children": dependent_children,
        "multiple_birth": bool(multiple_birth),
        "social_integration_income": bool(social_integration_income),
        "income_dropped": bool(income_dropped),
        "cannot_pay": bool(cannot_pay),
    }
    changed = [name for name, value in new.items() if getattr(family, name) != value]
    if not changed:
        return family
    for name in changed:
        setattr(family, name, new[name])
    family.save(update_fields=changed)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=family,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        changes={"income": "changed"},
    )
    return family
