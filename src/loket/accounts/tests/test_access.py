"""Who sees what: the role predicates of loket.accounts.access and their queryset twins, the
selectors built on them, and the audit event of every service write."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.utils import timezone

from loket.accounts import access
from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.audit.models import AuditEvent
from loket.domain.requests import PlanDay, WeeklyPlan
from loket.families import services as family_services
from loket.families.models import Consent, ConsentPurpose, FamilyFact, FamilyNeed
from loket.families.selectors import family_file_open
from loket.families.tests.factories import (
    ChildFactory,
    FactFactory,
    FamilyFactory,
    GuardianFactory,
)
from loket.locations import services as location_services
from loket.locations.models import LocationCapacity, OpeningHours
from loket.locations.tests.factories import LocationFactory, OrganiserFactory
from loket.partners.tests.factories import PartnerFactory
from loket.registrations import selectors as request_selectors
from loket.registrations import services as request_services
from loket.registrations.models import ChildcareRequest
from loket.registrations.tests.factories import ChildcareRequestFactory

# Helpers ----------------------------------------------------------------------------------------


def make_request(municipality, *, locations=(), consents=True, guardian_user=None, **kwargs):
    """A family of the municipality with one guardian, one child and one request."""
    family = FamilyFactory(municipality=municipality, consents=consents)
    GuardianFactory(family=family, user=guardian_user)
    child = ChildFactory(family=family)
    return ChildcareRequestFactory(child=child, locations=list(locations), **kwargs)


def family_ids(user) -> set[int]:
    return set(access.families_for(user).values_list("pk", flat=True))


def request_ids(user) -> set[int]:
    return set(access.requests_for(user).values_list("pk", flat=True))


def share_with_partner(family, partner, *, withdrawn=False):
    return Consent.objects.create(
        family=family,
        purpose=ConsentPurpose.SHARE_WITH_PARTNER,
        partner=partner,
        given_by="parent",
        withdrawn_at=timezone.now() if withdrawn else None,
    )


@pytest.fixture
def admin_user(db):
    """An administrator and superuser, without any desk, provider or other scoped role."""
    return UserFactory(role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True)


# Desk -------------------------------------------------------------------------------------------


def test_desk_sees_only_its_own_municipality(desk_user, municipality, other_municipality):
    own = make_request(municipality)
    other = make_request(other_municipality)

    assert family_ids(desk_user) == {own.child.family_id}
    assert request_ids(desk_user) == {own.pk}
    assert access.can_view_family(desk_user, own.child.family)
    assert not access.can_view_family(desk_user, other.child.family)
    assert access.can_manage_family(desk_user, own.child.family)
    assert not access.can_manage_family(desk_user, other.child.family)
    assert not access.can_view_request(desk_user, other)


def test_desk_user_linked_to_two_municipalities_sees_both(municipality, other_municipality):
    """One installation serving two municipalities with a shared desk."""
    a = make_request(municipality)
    b = make_request(other_municipality)
    third = make_request(FamilyFactory().municipality)
    shared = UserFactory(role=Role.DESK)
    shared.municipalities.add(municipality, other_municipality)

    assert family_ids(shared) == {a.child.family_id, b.child.family_id}
    assert request_ids(shared) == {a.pk, b.pk}
    assert not access.can_view_family(shared, third.child.family)


def test_desk_role_without_municipality_or_desk_link_without_role_sees_nothing(municipality):
    make_request(municipality)
    no_link = UserFactory(role=Role.DESK)
    no_role = UserFactory(role=Role.PARENT)
    no_role.municipalities.add(municipality)  # linked, but not desk staff

    for user in (no_link, no_role):
        assert family_ids(user) == set()
        assert request_ids(user) == set()
        assert not access.is_desk_for(user, municipality.pk)


def test_inactive_desk_user_sees_nothing(desk_user, municipality):
    make_request(municipality)
    desk_user.is_active = False
    desk_user.save()
    desk_user.refresh_from_db()
    assert family_ids(desk_user) == set()
    assert request_ids(desk_user) == set()


# Parents ----------------------------------------------------------------------------------------


def test_parent_sees_only_their_own_family_and_requests(parent_user, municipality):
    own = make_request(municipality, guardian_user=parent_user)
    other = make_request(municipality)

    assert family_ids(parent_user) == {own.child.family_id}
    assert request_ids(parent_user) == {own.pk}
    assert access.can_edit_request_as_parent(parent_user, own)
    assert not access.can_edit_request_as_parent(parent_user, other)
    assert not access.can_view_request(parent_user, other)
    assert not access.can_manage_family(parent_user, own.child.family)
    with pytest.raises(Http404):
        request_selectors.request_get(viewer=parent_user, pk=other.pk)


# Providers --------------------------------------------------------------------------------------


def test_provider_keeps_only_its_organisers_locations(provider_user, location, municipality):
    sibling = LocationFactory(municipality=municipality, organiser=location.organiser)
    LocationFactory(municipality=municipality, organiser=OrganiserFactory())

    own = set(access.locations_for_provider(provider_user).values_list("pk", flat=True))
    assert own == {location.pk, sibling.pk}


def test_provider_sees_listed_consented_submitted_requests_only(
    provider_user, location, municipality
):
    elsewhere = LocationFactory(municipality=municipality)
    visible = make_request(municipality, locations=[elsewhere, location])
    no_consent = make_request(municipality, locations=[location], consents=False)
    withdrawn = make_request(municipality, locations=[location])
    Consent.objects.filter(
        family=withdrawn.child.family, purpose=ConsentPurpose.SHARE_WITH_PROVIDERS
    ).update(withdrawn_at=timezone.now())
    draft = make_request(municipality, locations=[location], draft=True)
    not_listed = make_request(municipality, locations=[elsewhere])

    assert request_ids(provider_user) == {visible.pk}
    for hidden in (no_consent, withdrawn, draft, not_listed):
        assert not access.can_view_request(provider_user, hidden)
    # A provider never opens a family's file.
    assert family_ids(provider_user) == set()


# Partners ---------------------------------------------------------------------------------------


def test_partner_sees_a_referred_family_only_with_active_consent(
    partner_user, partner, municipality
):
    other_partner = PartnerFactory(municipality=municipality)
    consented = make_request(municipality)
    consented.child.family.referred_by = partner
    consented.child.family.save()
    share_with_partner(consented.child.family, partner)

    withdrawn = make_request(municipality)
    withdrawn.child.family.referred_by = partner
    withdrawn.child.family.save()
    share_with_partner(withdrawn.child.family, partner, withdrawn=True)

    no_consent = make_request(municipality)
    no_consent.child.family.referred_by = partner
    no_consent.child.family.save()

    consent_for_other = make_request(municipality)
    consent_for_other.child.family.referred_by = partner
    consent_for_other.child.family.save()
    share_with_partner(consent_for_other.child.family, other_partner)

    referred_by_other = make_request(municipality)
    referred_by_other.child.family.referred_by = other_partner
    referred_by_other.child.family.save()
    share_with_partner(referred_by_other.child.family, other_partner)

    assert family_ids(partner_user) == {consented.child.family_id}
    assert request_ids(partner_user) == {consented.pk}


def test_withdrawing_consent_hides_the_family_from_the_partner(partner_user, partner, municipality):
    req = make_request(municipality)
    req.child.family.referred_by = partner
    req.child.family.save()
    consent = share_with_partner(req.child.family, partner)
    assert family_ids(partner_user) == {req.child.family_id}
    assert request_ids(partner_user) == {req.pk}

    consent.withdrawn_at = timezone.now()
    consent.save()

    assert family_ids(partner_user) == set()
    assert request_ids(partner_user) == set()


def test_partner_role_without_organisation_sees_nothing(partner, municipality):
    req = make_request(municipality)
    req.child.family.referred_by = partner
    req.child.family.save()
    share_with_partner(req.child.family, partner)
    loose = UserFactory(role=Role.PARTNER)
    assert family_ids(loose) == set()
    assert request_ids(loose) == set()


# Analysts, administrators, anonymous ----------------------------------------------------------


def test_analyst_sees_no_family_and_no_request(analyst_user, municipality):
    make_request(municipality)
    assert access.is_analyst(analyst_user)
    assert family_ids(analyst_user) == set()
    assert request_ids(analyst_user) == set()
    assert not access.locations_for_provider(analyst_user).exists()


def test_superuser_without_a_desk_role_sees_no_family(admin_user, municipality, location):
    make_request(municipality, locations=[location])
    assert family_ids(admin_user) == set()
    assert request_ids(admin_user) == set()
    assert not access.locations_for_provider(admin_user).exists()
    assert not access.is_desk_for(admin_user, municipality.pk)


def test_anonymous_sees_nothing(municipality, location):
    req = make_request(municipality, locations=[location])
    anonymous = AnonymousUser()
    assert not access.families_for(anonymous).exists()
    assert not access.requests_for(anonymous).exists()
    assert not access.locations_for_provider(anonymous).exists()
    assert not access.can_view_family(anonymous, req.child.family)
    assert not access.can_edit_request_as_parent(anonymous, req)


# Predicates and querysets agree -----------------------------------------------------------------


def test_every_predicate_agrees_with_its_queryset(
    municipality,
    other_municipality,
    location,
    desk_user,
    provider_user,
    partner,
    partner_user,
    analyst_user,
    parent_user,
    admin_user,
):
    """The view check and the list filter are the same rule, for every role and every record."""
    other_location = LocationFactory(municipality=other_municipality)
    referred = make_request(municipality, locations=[location])
    referred.child.family.referred_by = partner
    referred.child.family.save()
    share_with_partner(referred.child.family, partner)
    requests = [
        referred,
        make_request(municipality, locations=[location], guardian_user=parent_user),
        make_request(municipality, locations=[location], consents=False),
        make_request(municipality, locations=[location], draft=True),
        make_request(other_municipality, locations=[other_location]),
    ]
    users = [desk_user, provider_user, partner_user, analyst_user, parent_user, admin_user]
    for user in users:
        visible_families, visible_requests = family_ids(user), request_ids(user)
        for req in requests:
            family = req.child.family
            assert access.can_view_family(user, family) == (family.pk in visible_families)
            assert access.can_view_request(user, req) == (req.pk in visible_requests)
        for loc in (location, other_location):
            assert access.can_edit_location(user, loc) == (
                access.locations_for_provider(user).filter(pk=loc.pk).exists()
            )


# Reads of a family's file are logged -----------------------------------------------------------


def test_opening_a_family_file_logs_a_read(desk_user, municipality):
    req = make_request(municipality)
    family = req.child.family
    before = AuditEvent.objects.count()

    opened = family_file_open(viewer=desk_user, pk=family.pk)

    assert opened.pk == family.pk
    assert AuditEvent.objects.count() == before + 1
    event = AuditEvent.objects.latest("id")
    assert (event.action, event.family_id, event.actor_id) == ("read", family.pk, desk_user.pk)


def test_a_refused_file_is_not_returned(desk_user, other_municipality):
    req = make_request(other_municipality)
    with pytest.raises(Http404):
        family_file_open(viewer=desk_user, pk=req.child.family_id)
    assert not AuditEvent.objects.filter(family_id=req.child.family_id, action="read").exists()


# Every service write records its audit event in the same transaction ---------------------------


@pytest.fixture
def world(municipality, location, desk_user, provider_user, parent_user):
    own = make_request(
        municipality, locations=[location], guardian_user=parent_user, status="submitted"
    )
    family = own.child.family
    return {
        "municipality": municipality,
        "location": location,
        "desk": desk_user,
        "provider": provider_user,
        "parent": parent_user,
        "request": own,
        "family": family,
        "fact": FactFactory(family=family, key="single_parent", source="checked"),
    }


def _request_input(w, **changes):
    values = {
        "desired_start": timezone.localdate() + dt.timedelta(days=120),
        "plan": WeeklyPlan(days=(PlanDay("wed"), PlanDay("fri"))),
        "motive": "child_development",
        "location_ids": [w["location"].pk],
    } | changes
    return request_services.RequestInput(**values)


def _register(w):
    return request_services.family_request_register(
        actor=w["parent"],
        municipality=w["municipality"],
        guardian=request_services.GuardianInput(first_name="Lotte", last_name="Peeters"),
        family=request_services.FamilyInput(facts=["working", "low_income"]),
        child=request_services.ChildInput(birth_date=timezone.localdate() - dt.timedelta(days=60)),
        data=_request_input(w),
        channel="portal",
        existing_family=w["family"],
    )


def _request_state(w):
    req = ChildcareRequest.objects.get(pk=w["request"].pk)
    return (req.desired_start, req.status, req.urgent, req.urgent_deadline, req.plan)


#: name -> (module holding audit_record, call, state read before and after, audited object type)
SERVICE_CASES = {
    "family_request_register": (
        request_services,
        _register,
        lambda w: (ChildcareRequest.objects.count(), FamilyFact.objects.count()),
        "registrations.ChildcareRequest",
    ),
    "request_update": (
        request_services,
        lambda w: request_services.request_update(
            actor=w["parent"], childcare_request=w["request"], data=_request_input(w)
        ),
        _request_state,
        "registrations.ChildcareRequest",
    ),
    "request_cancel": (
        request_services,
        lambda w: request_services.request_cancel(
            actor=w["parent"], childcare_request=w["request"], reason="moved"
        ),
        _request_state,
        "registrations.ChildcareRequest",
    ),
    "request_mark_urgency": (
        request_services,
        lambda w: request_services.request_mark_urgency(
            actor=w["desk"], childcare_request=w["request"], urgent=True, social_emergency=False
        ),
        _request_state,
        "registrations.ChildcareRequest",
    ),
    "request_set_status": (
        request_services,
        lambda w: request_services.request_set_status(
            actor=w["desk"], childcare_request=w["request"], status="waiting"
        ),
        _request_state,
        "registrations.ChildcareRequest",
    ),
    "fact_record": (
        family_services,
        lambda w: family_services.fact_record(
            actor=w["desk"], family=w["family"], key="low_income"
        ),
        lambda w: sorted(FamilyFact.objects.values_list("key", "source")),
        "families.FamilyFact",
    ),
    "fact_remove": (
        family_services,
        lambda w: family_services.fact_remove(actor=w["desk"], fact=w["fact"]),
        lambda w: sorted(FamilyFact.objects.values_list("key", "source")),
        "families.FamilyFact",
    ),
    "need_record": (
        family_services,
        lambda w: family_services.need_record(
            actor=w["desk"], family=w["family"], kind="housing", referred_to="ocmw"
        ),
        lambda w: list(FamilyNeed.objects.values_list("kind", "status")),
        "families.FamilyNeed",
    ),
    "family_update_notes": (
        family_services,
        lambda w: family_services.family_update_notes(
            actor=w["desk"], family=w["family"], notes="Called the parent back."
        ),
        lambda w: type(w["family"]).objects.get(pk=w["family"].pk).desk_notes,
        "families.Family",
    ),
    "location_update_capacity": (
        location_services,
        lambda w: location_services.location_update_capacity(
            actor=w["provider"], location=w["location"], rows={("mon", "baby"): (6, 3)}
        ),
        lambda w: sorted(
            LocationCapacity.objects.filter(location=w["location"]).values_list(
                "weekday", "age_band", "places", "free_places"
            )
        ),
        "locations.Location",
    ),
    "location_update_hours": (
        location_services,
        lambda w: location_services.location_update_hours(
            actor=w["provider"],
            location=w["location"],
            hours={"mon": (dt.time(8), dt.time(17)), "sat": (dt.time(9), dt.time(12))},
        ),
        lambda w: sorted(
            OpeningHours.objects.filter(location=w["location"]).values_list(
                "weekday", "opens", "closes"
            )
        ),
        "locations.Location",
    ),
}


@pytest.mark.parametrize("name", sorted(SERVICE_CASES))
def test_service_write_records_an_audit_event(world, name):
    _module, call, state, object_type = SERVICE_CASES[name]
    before_state = state(world)
    before_ids = set(AuditEvent.objects.values_list("id", flat=True))

    call(world)

    assert state(world) != before_state, "the service changed nothing"
    new = AuditEvent.objects.exclude(id__in=before_ids)
    assert new.exists(), f"{name} wrote without an audit event"
    assert new.filter(object_type=object_type).exists()
    assert {e.actor_id for e in new} <= {world["desk"].pk, world["provider"].pk, world["parent"].pk}
    assert all(e.action in {"create", "update", "delete", "status"} for e in new)


@pytest.mark.parametrize("name", sorted(SERVICE_CASES))
def test_service_write_is_undone_when_its_audit_event_fails(world, name, monkeypatch):
    """The write and its audit event share one transaction: no change without its record."""
    module, call, state, object_type = SERVICE_CASES[name]
    real = module.audit_record
    calls = []

    def failing_audit(**kwargs):
        """Let earlier events of a multi-step write through; fail the one of the main record
        (for a registration the request, written last)."""
        calls.append(kwargs)
        obj = kwargs.get("obj")
        label = kwargs.get("object_type") or (obj._meta.label if obj is not None else "")
        if label != object_type:
            return real(**kwargs)
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr(module, "audit_record", failing_audit)
    before_state = state(world)
    before_events = AuditEvent.objects.count()

    with pytest.raises(RuntimeError):
        call(world)

    assert calls, "the service did not try to record an audit event"
    assert state(world) == before_state
    assert AuditEvent.objects.count() == before_events


def test_fact_remove_keeps_its_audit_event_only_when_the_delete_succeeds(world, monkeypatch):
    fact = world["fact"]
    before_events = AuditEvent.objects.count()

    def failing_delete(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(FamilyFact, "delete", failing_delete)
    with pytest.raises(RuntimeError):
        family_services.fact_remove(actor=world["desk"], fact=fact)

    assert FamilyFact.objects.filter(pk=fact.pk).exists()
    assert AuditEvent.objects.count() == before_events
