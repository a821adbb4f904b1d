"""Writing the audit log. Called inside the transaction of the change it records."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

from django.db import models

from .models import AuditAction, AuditEvent


def _plain(value: Any) -> Any:
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (dt.date, dt.datetime, dt.time, decimal.Decimal)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def snapshot(instance: models.Model, fields: list[str] | None = None) -> dict[str, Any]:
    """The current values of a model's concrete fields, as JSON-able data."""
    names = fields or [f.attname for f in instance._meta.concrete_fields]
    return {name: _plain(getattr(instance, name)) for name in names}


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    return {k: {"old": old.get(k), "new": v} for k, v in new.items() if old.get(k) != v}


def audit_record(
    *,
    actor,
    action: str,
    obj: models.Model | None = None,
    object_type: str | None = None,
    object_id: Any = None,
    municipality_id: int | None = None,
    family_id: int | None = None,
    changes: dict | None = None,
    note: str = "",
) -> AuditEvent:
    """Add one event to the audit log."""
    is_user = actor is not None and getattr(actor, "is_authenticated", False)
    return AuditEvent.objects.create(
        actor=actor if is_user else None,
        actor_label=(actor.email if is_user else "system")[:200],
        action=action,
        object_type=object_type or (obj._meta.label if obj is not None else ""),
        object_id=str(object_id if object_id is not None else (obj.pk if obj is not None else "")),
        object_repr=(str(obj) if obj is not None else "")[:200],
        municipality_id=municipality_id,
        family_id=family_id,
        changes=_plain(changes or {}),
        note=note[:300],
    )


def audit_read_family(*, actor, family, what: str) -> AuditEvent:
    """Log that someone opened (part of) a family's file."""
    return audit_record(
        actor=actor,
        action=AuditAction.READ,
        obj=family,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        note=what,
    )
