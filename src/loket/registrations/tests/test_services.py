"""The request services: registration, edit, cancel, urgency; each one transaction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.audit.models import AuditEvent
from loket.domain.requests import PlanDay, PlanKind, WeeklyPlan
from loket.families.models import (
    Child,
    Consent,
    Family,
    FamilyFact,
    Guardian,
)
from loket.locations.tests.factories import LocationFactory
from loket.registrations import services
from loket.registrations.models import (
    ChildcareRequest,
    RequestPreference,
    RequestStatusChange,
)
from loket.registrations.services import ChildInput, FamilyInput, GuardianInput, RequestInput

NOW = "2026-03-02 09:30:00+01:00"
TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def locations(municipality):
    return [LocationFactory(municipality=municipality, with_capacity=True) for _ in range(3)]


def request_input(locations, **changes) -> RequestInput:
    values = {
        "desired_start": TODAY + dt.timedelta(days=120),
        "plan": WeeklyPlan(days=(PlanDay("mon"), PlanDay("tue", "morning"), PlanDay("thu"))),
        "motive": "activation",
        "location_ids": [locations[2].pk, locations[0].pk],
        "hours_per_day": Decimal("8.5"),
        "parent_note": "Liefst in de buurt van het werk.",
    } | changes
    return RequestInput(**values)


def register(actor, municipality, locations, **kwargs):
    values = {
        "actor": actor,
        "municipality": municipality,
        "guardian": GuardianInput(
            first_name="Fatima",
            last_name="Janssens",
            email="fatima@example.org",
            situation="working",
        ),
        "family": FamilyInput(
            street="Molenstraat",
            house_number="4",
            postcode="2990",
            facts=["working", "single_parent", "sibling_in_care"],
            sibling_location_id=locations[1].pk,
        ),
        "child": ChildInput(first_name="Noor", birth_date=TODAY - dt.timedelta(days=100)),
        "data": request_input(locations),
        "channel": "portal",
        "today": TODAY,
    } | kwargs
    return services.family_request_register(**values)


def counts():
    return {
        m.__name__: m.objects.count()
        for m in (
            Family,
            Guardian,
            Child,
            ChildcareRequest,
            RequestPreference,
            RequestStatusChange,
            Consent,
            FamilyFact,
            AuditEvent,
        )
    }


# Registration -----------------------------------------------------------------------------------


@freeze_time(NOW)
def test_portal_registration_stores_the_whole_request(parent_user, municipality, locations):
    before = counts()

    req = register(parent_user, municipality, locations)

    req.refresh_from_db()
    family = req.child.family
    assert family.municipality == municipality
    assert (family.street, family.postcode) == ("Molenstraat", "2990")
    guardian = family.guardians.get()
    assert guardian.user == parent_user
    assert (guardian.first_name, guardian.last_name) == ("Fatima", "Janssens")
    assert req.child.first_name == "Noor"
    assert req.child.birth_date == TODAY - dt.timedelta(days=100)
    # Ranked preferences, in the parent's order.
    assert list(req.preferences.values_list("location_id", "rank")) == [
        (locations[2].pk, 1),
        (locations[0].pk, 2),
    ]
    assert req.status == "submitted"
    assert req.channel == "portal"
    assert 0 <= req.lottery < 1
    assert req.registered_at == timezone.now()
    assert req.weekly_plan == request_input(locations).plan
    assert req.hours_per_day == Decimal("8.5")
    assert not req.urgent and req.urgent_deadline is None
    # Consents as records, given by the parent.
    consents = set(family.consents.values_list("purpose", "withdrawn_at"))
    assert consents == {("share_with_desk", None), ("share_with_providers", None)}
    assert set(family.consents.values_list("given_by", flat=True)) == {"Fatima Janssens"}
    # Declared facts.
    facts = {f.key: f for f in family.facts.all()}
    assert set(facts) == {"working", "single_parent", "sibling_in_care"}
    assert {f.source for f in facts.values()} == {"declared"}
    assert {f.recorded_by_id for f in facts.values()} == {parent_user.pk}
    assert facts["sibling_in_care"].location_id == locations[1].pk
    # History draft -> submitted.
    assert list(req.status_changes.values_list("old_status", "new_status", "by")) == [
        ("draft", "submitted", parent_user.pk)
    ]
    # Audit events for each record, by the parent, on the family.
    events = AuditEvent.objects.filter(family_id=family.pk)
    assert {(e.action, e.object_type) for e in events} == {
        ("create", "families.Family"),
        ("create", "families.Guardian"),
        ("create", "families.FamilyFact"),
        ("create", "families.Consent"),
        ("create", "families.Child"),
        ("create", "registrations.ChildcareRequest"),
    }
    assert events.filter(object_type="families.Consent").count() == 2
    assert events.filter(object_type="families.FamilyFact").count() == 3
    assert {e.actor_id for e in events} == {parent_user.pk}
    assert events.get(object_type="registrations.ChildcareRequest").object_id == str(req.pk)
    after = counts()
    assert after["Family"] - before["Family"] == 1
    assert after["ChildcareRequest"] - before["ChildcareRequest"] == 1
    assert after["AuditEvent"] - before["AuditEvent"] == events.count()


def test_registration_through_the_portal_page(parent_user, municipality, locations):
    client = Client()
    client.force_login(parent_user)
    start = timezone.localdate() + dt.timedelta(days=60)
    response = client.post(
        reverse("portal:new"),
        {
            "born": "yes",
            "birth_date": (timezone.localdate() - dt.timedelta(days=30)).isoformat(),
            "desired_start": start.isoformat(),
            "plan_kind": "flexible",
            "day_mon": "on",
            "day_tue": "on",
            "day_fri": "on",
            "days_per_week": "2",
            "preference_mode": "ranked",
            "motive": "integration",
            "choice_1": locations[1].pk,
            "choice_2": locations[0].pk,
            "first_name": "Ana",
            "last_name": "Pereira",
            "language": "fr",
            "situation": "integration_course",
            "low_income": "on",
            "consent": "on",
        },
    )
    req = ChildcareRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:detail", args=[req.pk])
    guardian = req.child.family.guardians.get()
    assert (guardian.user, guardian.email) == (parent_user, parent_user.email)
    assert guardian.preferred_language == "fr"
    assert req.weekly_plan.kind == PlanKind.FLEXIBLE and req.weekly_plan.days_per_week == 2
    assert req.weekly_plan.day_keys == ["mon", "tue", "fri"]
    assert list(req.preferences.values_list("location_id", flat=True)) == [
        locations[1].pk,
        locations[0].pk,
    ]
    assert set(req.child.family.facts.values_list("key", flat=True)) == {
        "integration_course",
        "low_income",
    }


@freeze_time(NOW)
def test_a_second_child_joins_the_parents_family(parent_user, municipality, locations):
    first = register(parent_user, municipality, locations)
    second = register(
        parent_user,
        municipality,
        locations,
        existing_family=first.child.family,
        child=ChildInput(expected_date=TODAY + dt.timedelta(days=90)),
        data=request_input(locations, desired_start=TODAY + dt.timedelta(days=200)),
    )
    assert second.child.family_id == first.child.family_id
    assert Family.objects.count() == 1
    assert second.child.birth_date is None
    assert second.reference != first.reference


@freeze_time(NOW)
def test_a_parent_cannot_register_into_another_family(parent_user, municipality, locations):
    stranger = UserFactory(role=Role.PARENT)
    theirs = register(stranger, municipality, locations)
    before = counts()
    with pytest.raises(PermissionDenied):
        register(parent_user, municipality, locations, existing_family=theirs.child.family)
    assert counts() == before


@freeze_time(NOW)
@pytest.mark.parametrize(
    "kwargs", [{"channel": "desk"}, {"urgent": True}, {"social_emergency": True}]
)
def test_only_the_desk_registers_at_the_desk_or_marks_urgency(
    parent_user, municipality, locations, kwargs
):
    before = counts()
    with pytest.raises(PermissionDenied):
        register(parent_user, municipality, locations, **kwargs)
    assert counts() == before


@freeze_time(NOW)
def test_an_invalid_request_is_refused_by_the_service_too(parent_user, municipality, locations):
    other = LocationFactory()  # another municipality's location
    before = counts()
    with pytest.raises(ValidationError) as exc:
        register(
            parent_user,
            municipality,
            locations,
            data=request_input(
                locations, desired_start=TODAY - dt.timedelta(days=1), location_ids=[other.pk]
            ),
        )
    assert set(exc.value.message_dict) == {"desired_start", "preferences"}
    assert counts() == before


# Edit, cancel -----------------------------------------------------------------------------------


def test_editing_keeps_registration_date_and_lottery(parent_user, municipality, locations):
    with freeze_time(NOW):
        req = register(parent_user, municipality, locations)
    registered_at, lottery = req.registered_at, req.lottery
    new_plan = WeeklyPlan(days=(PlanDay("wed"),))

    with freeze_time("2026-05-10 14:00:00+02:00"):
        services.request_update(
            actor=parent_user,
            childcare_request=req,
            data=request_input(
                locations,
                desired_start=dt.date(2026, 9, 1),
                plan=new_plan,
                location_ids=[locations[1].pk],
            ),
            today=dt.date(2026, 5, 10),
        )

    req.refresh_from_db()
    assert (req.registered_at, req.lottery) == (registered_at, lottery)
    assert req.desired_start == dt.date(2026, 9, 1)
    assert req.weekly_plan == new_plan
    assert list(req.preferences.values_list("location_id", "rank")) == [(locations[1].pk, 1)]
    event = AuditEvent.objects.filter(
        object_type="registrations.ChildcareRequest", action="update"
    ).get()
    assert event.changes["desired_start"] == {
        "old": str(TODAY + dt.timedelta(days=120)),
        "new": "2026-09-01",
    }
    assert event.changes["locations"]["new"] == [locations[1].pk]


@freeze_time(NOW)
@pytest.mark.parametrize("status", ["placed", "offered", "cancelled"])
def test_a_request_past_the_waiting_list_cannot_be_edited(
    parent_user, municipality, locations, status
):
    req = register(parent_user, municipality, locations)
    ChildcareRequest.objects.filter(pk=req.pk).update(status=status)
    before = counts()
    with pytest.raises(ValidationError) as exc:
        services.request_update(
            actor=parent_user,
            childcare_request=req,
            data=request_input(locations, location_ids=[locations[1].pk]),
            today=TODAY,
        )
    assert exc.value.code == "not_editable"
    req.refresh_from_db()
    assert list(req.preferences.values_list("location_id", flat=True)) == [
        locations[2].pk,
        locations[0].pk,
    ]
    assert counts() == before


@freeze_time(NOW)
def test_another_parent_cannot_edit_or_cancel(parent_user, municipality, locations):
    req = register(parent_user, municipality, locations)
    stranger = UserFactory(role=Role.PARENT)
    before = counts()
    with pytest.raises(PermissionDenied):
        services.request_update(
            actor=stranger, childcare_request=req, data=request_input(locations), today=TODAY
        )
    with pytest.raises(PermissionDenied):
        services.request_cancel(actor=stranger, childcare_request=req)
    assert counts() == before
    req.refresh_from_db()
    assert req.status == "submitted"


@freeze_time(NOW)
def test_cancelling_records_the_history(parent_user, municipality, locations):
    req = register(parent_user, municipality, locations)

    services.request_cancel(actor=parent_user, childcare_request=req, reason="We moved away")

    req.refresh_from_db()
    assert req.status == "cancelled"
    assert list(req.status_changes.values_list("old_status", "new_status", "note", "by")) == [
        ("draft", "submitted", "", parent_user.pk),
        ("submitted", "cancelled", "We moved away", parent_user.pk),
    ]
    event = AuditEvent.objects.get(action="status", object_id=str(req.pk))
    assert event.changes == {"status": {"old": "submitted", "new": "cancelled"}}
    assert event.note == "We moved away"
    # A cancelled request stays cancelled.
    before = counts()
    with pytest.raises(ValidationError):
        services.request_cancel(actor=parent_user, childcare_request=req)
    assert counts() == before


# Urgency ----------------------------------------------------------------------------------------


@freeze_time(NOW)
def test_a_parent_cannot_mark_urgency(parent_user, municipality, locations):
    req = register(parent_user, municipality, locations)
    with pytest.raises(PermissionDenied):
        services.request_mark_urgency(
            actor=parent_user, childcare_request=req, urgent=True, social_emergency=False
        )
    req.refresh_from_db()
    assert not req.urgent and req.urgent_deadline is None


@freeze_time(NOW)
def test_desk_of_another_municipality_cannot_mark_urgency(
    parent_user, municipality, other_municipality, locations
):
    req = register(parent_user, municipality, locations)
    elsewhere = UserFactory(role=Role.DESK)
    elsewhere.municipalities.add(other_municipality)
    with pytest.raises(PermissionDenied):
        services.request_mark_urgency(
            actor=elsewhere, childcare_request=req, urgent=True, social_emergency=True
        )


@pytest.mark.parametrize(
    ("now", "deadline"),
    [
        ("2026-03-02 10:00:00+01:00", dt.date(2026, 4, 2)),
        ("2026-01-31 10:00:00+01:00", dt.date(2026, 2, 28)),  # a shorter month
        ("2026-12-15 10:00:00+01:00", dt.date(2027, 1, 15)),  # over the new year
    ],
)
def test_desk_marks_urgency_with_a_deadline_one_month_ahead(
    parent_user, desk_user, municipality, locations, now, deadline
):
    with freeze_time(NOW):
        req = register(parent_user, municipality, locations)
    with freeze_time(now):
        services.request_mark_urgency(
            actor=desk_user, childcare_request=req, urgent=True, social_emergency=False
        )
    req.refresh_from_db()
    assert req.urgent and not req.social_emergency
    assert req.urgent_deadline == deadline
    event = AuditEvent.objects.filter(action="update", object_id=str(req.pk)).get()
    assert event.actor_id == desk_user.pk
    assert event.changes["urgent"] == {"old": False, "new": True}


@freeze_time(NOW)
def test_social_emergency_is_urgent_and_unmarking_clears_the_deadline(
    parent_user, desk_user, municipality, locations
):
    req = register(parent_user, municipality, locations)
    services.request_mark_urgency(
        actor=desk_user, childcare_request=req, urgent=False, social_emergency=True
    )
    req.refresh_from_db()
    assert req.urgent and req.social_emergency and req.urgent_deadline == dt.date(2026, 4, 2)
    services.request_mark_urgency(
        actor=desk_user, childcare_request=req, urgent=False, social_emergency=False
    )
    req.refresh_from_db()
    assert not req.urgent and req.urgent_deadline is None


@freeze_time(NOW)
def test_desk_intake_with_urgency_sets_the_deadline(desk_user, municipality, locations):
    req = register(
        desk_user, municipality, locations, channel="desk", fact_source="checked", urgent=True
    )
    assert req.urgent and req.urgent_deadline == dt.date(2026, 4, 2)
    assert req.child.family.registered_by_desk
    assert req.child.family.guardians.get().user is None
    assert set(req.child.family.facts.values_list("source", flat=True)) == {"checked"}


# Nothing is half-saved --------------------------------------------------------------------------


@freeze_time(NOW)
def test_a_failing_last_step_leaves_nothing_behind(
    parent_user, municipality, locations, monkeypatch
):
    real_save = ChildcareRequest.save

    def failing_save(self, *args, **kwargs):
        if self.status == "submitted":  # the second save, after preferences and history
            raise IntegrityError("simulated constraint violation")
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(ChildcareRequest, "save", failing_save)
    before = counts()

    with pytest.raises(IntegrityError):
        register(parent_user, municipality, locations)

    assert counts() == before
    assert not Family.objects.exists()
    assert not Child.objects.exists()
    assert not ChildcareRequest.objects.exists()
    assert not AuditEvent.objects.exists()


@freeze_time(NOW)
def test_a_database_constraint_failure_leaves_nothing_behind(
    parent_user, municipality, locations, monkeypatch
):
    """A real unique-constraint violation from the database, half-way through a registration."""
    taken = register(UserFactory(role=Role.PARENT), municipality, locations)
    real_reference = services._new_reference

    def clashing_reference(prefix, model):
        return taken.reference if model is ChildcareRequest else real_reference(prefix, model)

    monkeypatch.setattr(services, "_new_reference", clashing_reference)
    before = counts()

    with pytest.raises(IntegrityError):
        register(parent_user, municipality, locations)

    assert counts() == before
    assert not Guardian.objects.filter(user=parent_user).exists()
