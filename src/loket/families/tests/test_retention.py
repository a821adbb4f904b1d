import datetime as dt

import pytest
from django.core.management import call_command
from freezegun import freeze_time

from loket.audit.models import AuditEvent
from loket.families.tests.factories import GuardianFactory
from loket.registrations.tests.factories import ChildcareRequestFactory

pytestmark = pytest.mark.django_db


def _family_with_request(status: str):
    from loket.partners.models import CaseNote

    req = ChildcareRequestFactory(status=status)
    family = req.child.family
    family.desk_notes = "debts, see OCMW"
    family.save()
    GuardianFactory(family=family, email="a@example.org", phone="0470")
    CaseNote.objects.create(family=family, text="father in hospital")
    return family


def test_closed_families_are_blanked_after_the_retention_period():
    with freeze_time("2024-01-10"):
        closed = _family_with_request("cancelled")
        waiting = _family_with_request("waiting")
    with freeze_time("2026-11-22"):
        call_command("apply_retention", "--days", "365", verbosity=0)
    closed.refresh_from_db()
    waiting.refresh_from_db()
    assert closed.street == "" and closed.desk_notes == "" and closed.lat is None
    assert closed.guardians.get().email == "" and closed.guardians.get().last_name == ""
    assert closed.children.get().first_name == ""
    assert closed.case_notes.get().text == "", "case notes are blanked too"
    assert waiting.case_notes.get().text == "father in hospital"
    assert closed.postcode, "figures keep the postcode"
    assert waiting.desk_notes == "debts, see OCMW", "an open request keeps its data"
    assert AuditEvent.objects.filter(family_id=closed.pk, note__startswith="retention").exists()


def test_recently_closed_families_are_kept():
    with freeze_time(dt.datetime(2026, 11, 1)):
        family = _family_with_request("cancelled")
    with freeze_time("2026-11-22"):
        call_command("apply_retention", "--days", "365", verbosity=0)
    family.refresh_from_db()
    assert family.desk_notes == "debts, see OCMW"
