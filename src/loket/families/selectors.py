"""Reads of a family's file. Opening a file is logged in the audit log."""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import Http404

from loket.accounts import access
from loket.audit.services import audit_read_family
from loket.registrations.models import ChildcareRequest, RequestPreference

from .models import Family


def family_file_open(*, viewer, pk: int, what: str = "file") -> Family:
    """The family's file, if the viewer may open it; the read is recorded in the audit log."""
    try:
        family = (
            access.families_for(viewer)
            .select_related("municipality", "neighbourhood", "referred_by")
            .prefetch_related(
                "guardians",
                "facts",
                "facts__partner",
                "consents",
                "needs",
                Prefetch(
                    "children__requests",
                    queryset=ChildcareRequest.objects.prefetch_related(
                        Prefetch(
                            "preferences",
                            queryset=RequestPreference.objects.select_related("location"),
                        ),
                        "status_changes",
                        "offers__location",
                        "placements__location",
                    ),
                ),
            )
            .get(pk=pk)
        )
    except Family.DoesNotExist:
        raise Http404 from None
    audit_read_family(actor=viewer, family=family, what=what)
    return family
