"""Referring a family, filing its request later, introductions, case notes and case meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.audit.models import AuditEvent
from loket.domain.requests import PlanDay, WeeklyPlan
from loket.families.models import Consent, FamilyFact
from loket.partners import selectors, services
from loket.partners.models import CaseNote, Introduction
from loket.partners.selectors import Audience
from loket.placements.models import Offer, Placement
from loket.registrations.models import ChildcareRequest
from loket.registrations.services import ChildInput, FamilyInput, GuardianInput, RequestInput
from loket.registrations.tests.factories import ChildcareRequestFactory
from loket.vouchers import services as voucher_services
from loket.vouchers.tests.factories import ProgrammeFactory, referred_family

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


def request_input(location, start_days=90):
    return RequestInput(
        desired_start=TODAY() + dt.timedelta(days=start_days),
        plan=WeeklyPlan(days=(PlanDay("mon"), PlanDay("wed"))),
        motive="child_development",
        location_ids=[location.pk],
    )


def refer(partner_user, location=None, **child):
    return services.referral_register(
        actor=partner_user,
        guardian=GuardianInput(
            first_name="Hawa",
            last_name="Diallo",
            phone="0470 00 00 00",
            preferred_language="fr",
            situation="not_active",
        ),
        family=FamilyInput(preferred_language="fr", facts=["not_active", "low_income"]),
        child=ChildInput(
            first_name="Binta", birth_date=child.get("birth", TODAY() - dt.timedelta(days=300))
        ),
        request=request_input(location) if location else None,
    )


def test_refer_a_family_without_a_request(partner, partner_user, desk_user):
    family = refer(partner_user)
    assert family.referred_by == partner and family.municipality == partner.municipality
    assert not ChildcareRequest.objects.filter(child__family=family).exists()
    assert set(family.consents.values_list("purpose", flat=True)) == {
        "share_with_desk",
        "share_with_providers",
        "share_with_partner",
    }
    facts = FamilyFact.objects.filter(family=family)
    assert {(f.key, f.source, f.partner_id) for f in facts} == {
        ("not_active", "attested", partner.pk),
        ("low_income", "attested", partner.pk),
    }
    # The desk sees it at once, and the partner may follow it.
    assert selectors.referrals_for_desk(viewer=desk_user).filter(pk=family.pk).exists()
    assert selectors.partner_families(viewer=partner_user).filter(pk=family.pk).exists()
    assert AuditEvent.objects.filter(family_id=family.pk, action="create").count() >= 5


def test_refer_a_family_with_its_request(partner, partner_user, location):
    family = refer(partner_user, location)
    req = ChildcareRequest.objects.get(child__family=family)
    assert req.channel == "partner" and req.referring_partner == partner
    assert req.status == "submitted"
    assert set(FamilyFact.objects.filter(family=family).values_list("source", flat=True)) == {
        "attested"
    }


def test_file_the_request_later(partner, partner_user, location, municipality):
    family = refer(partner_user)
    child = family.children.get()
    req = services.referral_request_file(
        actor=partner_user, child=child, data=request_input(location)
    )
    assert req.child == child and req.channel == "partner" and req.status == "submitted"
    assert req.registered_at and req.lottery is not None
    assert family.children.count() == 1  # no second child
    with pytest.raises(ValidationError):
        services.referral_request_file(
            actor=partner_user, child=child, data=request_input(location)
        )
    other = UserFactory(
        role=Role.PARTNER,
        partner=type(partner).objects.create(municipality=municipality, name="Ander", kind="vdab"),
    )
    with pytest.raises(PermissionDenied):
        services.referral_request_file(actor=other, child=child, data=request_input(location))


def test_only_partner_staff_refer(desk_user, parent_user):
    for actor in (desk_user, parent_user):
        with pytest.raises(PermissionDenied):
            refer(actor)


def test_referral_form_without_request(partner_user, partner):
    client = Client()
    client.force_login(partner_user)
    response = client.post(
        reverse("partners:refer"),
        {
            "first_name": "Selin",
            "last_name": "Kaya",
            "language": "nl",
            "situation": "job_seeking",
            "born": "yes",
            "birth_date": (TODAY() - dt.timedelta(days=100)).isoformat(),
            "child_first_name": "Deniz",
            "attested_facts": ["social_integration_income"],
            "consent": "on",
        },
    )
    assert response.status_code == 302
    family = partner.referred_families.get()
    assert response["Location"] == reverse("partners:family", args=[family.pk])
    assert "social_integration_income" in set(family.facts.values_list("key", flat=True))


def test_referral_form_needs_consent_and_a_child(partner_user, partner):
    client = Client()
    client.force_login(partner_user)
    response = client.post(
        reverse("partners:refer"),
        {
            "first_name": "Selin",
            "last_name": "K",
            "language": "nl",
            "situation": "working",
            "born": "yes",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "consent" in errors and "birth_date" in errors
    assert not partner.referred_families.exists()


def test_referral_form_with_request_checks_the_request(partner_user, partner, location):
    client = Client()
    client.force_login(partner_user)
    data = {
        "first_name": "Selin",
        "last_name": "Kaya",
        "language": "nl",
        "situation": "working",
        "born": "yes",
        "birth_date": (TODAY() - dt.timedelta(days=100)).isoformat(),
        "consent": "on",
        "file_request": "on",
        "plan_kind": "fixed",
        "preference_mode": "ranked",
        "motive": "activation",
        "desired_start": (TODAY() + dt.timedelta(days=60)).isoformat(),
        "choice_1": location.pk,
    }
    response = client.post(reverse("partners:refer"), data)
    assert response.status_code == 200 and "day_mon" in response.context["form"].errors
    response = client.post(reverse("partners:refer"), {**data, "day_tue": "on"})
    assert response.status_code == 302
    req = ChildcareRequest.objects.get(child__family__referred_by=partner)
    assert req.channel == "partner"


def test_introduction_and_case_notes(partner, partner_user, desk_user, location, provider_user):
    family, _child = referred_family(partner)
    meeting = timezone.now() + dt.timedelta(days=3)
    intro = services.introduction_plan(
        actor=desk_user,
        family=family,
        location=location,
        meeting_at=meeting,
        note="Moeder spreekt Frans",
    )
    assert Introduction.objects.get() == intro
    assert selectors.introductions_for_provider(viewer=provider_user) == [intro]
    shared = services.case_note_add(
        actor=desk_user, family=family, text="Belt volgende week", shared_with_partner=True
    )
    services.case_note_add(actor=desk_user, family=family, text="Intern", shared_with_partner=False)
    view = selectors.partner_view(viewer=partner_user, family=family)
    assert view.notes == [shared] and view.introductions == [intro]
    with pytest.raises(PermissionDenied):
        services.case_note_add(
            actor=partner_user, family=family, text="x", shared_with_partner=True
        )
    with pytest.raises(PermissionDenied):
        services.introduction_plan(
            actor=provider_user, family=family, location=location, meeting_at=meeting
        )
    with pytest.raises(ValidationError):
        services.case_note_add(actor=desk_user, family=family, text="  ", shared_with_partner=False)
    assert CaseNote.objects.count() == 2
    assert AuditEvent.objects.filter(object_type="partners.CaseNote").count() == 2


def test_desk_forms_on_the_family_file(partner, desk_user, location):
    family, _ = referred_family(partner)
    client = Client()
    client.force_login(desk_user)
    page = client.get(reverse("families:file", args=[family.pk]))
    assert b'id="referral-card"' in page.content
    when = (timezone.localtime() + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    client.post(
        reverse("partners:introduction_add", args=[family.pk]),
        {"location": location.pk, "meeting_at": when, "note": "Welkom"},
    )
    client.post(
        reverse("partners:case_note_add", args=[family.pk]),
        {"text": "Eerste contact", "shared_with_partner": "on"},
    )
    assert family.introductions.get().note == "Welkom"
    assert family.case_notes.get().shared_with_partner


def test_partner_withdrawn_consent_hides_notes(partner, partner_user, desk_user):
    family, _ = referred_family(partner)
    services.case_note_add(actor=desk_user, family=family, text="x", shared_with_partner=True)
    Consent.objects.filter(family=family, partner=partner).update(withdrawn_at=timezone.now())
    from django.http import Http404

    with pytest.raises(Http404):
        selectors.partner_view(viewer=partner_user, family=family)


# Case meetings ----------------------------------------------------------------------------------


def test_case_meeting_lists_the_three_situations(
    partner, partner_user, desk_user, location, provider_user
):
    location.accepts_vouchers = True
    location.save()
    today = TODAY()
    programme = ProgrammeFactory(municipality=partner.municipality)
    # 1. Offer accepted 5 days ago, start passed, nothing started.
    fam_offer, child_offer = referred_family(partner, first_name="Offer")
    req = ChildcareRequestFactory(child=child_offer, status="accepted")
    Offer.objects.create(
        request=req,
        location=location,
        age_band="baby",
        days=["mon"],
        start_date=today - dt.timedelta(days=1),
        status="accepted",
        deadline=timezone.now(),
    )
    # 2. Booklet issued 40 days ago, one voucher used 31 days ago.
    fam_idle, child_idle = referred_family(partner, first_name="Idle")
    booklet = voucher_services.booklet_issue(
        actor=partner_user,
        programme=programme,
        child=child_idle,
        language="nl",
        now=timezone.now() - dt.timedelta(days=40),
    )
    voucher_services.voucher_redeem(
        actor=provider_user,
        code=booklet.vouchers.first().code,
        location=location,
        moment_date=today - dt.timedelta(days=31),
    )
    # 3. A place that ended at 8 months old.
    fam_end, child_end = referred_family(partner, first_name="Ended", child_age_days=300)
    req_end = ChildcareRequestFactory(child=child_end, status="placed")
    Placement.objects.create(
        request=req_end,
        location=location,
        age_band="baby",
        days=["mon"],
        start_date=today - dt.timedelta(days=90),
        status="ended",
        end_date=today - dt.timedelta(days=60),
    )
    # Not to discuss: a recent booklet, and a family with nothing going on.
    fam_fresh, child_fresh = referred_family(partner, first_name="Fresh")
    voucher_services.booklet_issue(
        actor=partner_user, programme=programme, child=child_fresh, language="nl"
    )
    items = selectors.case_meeting(viewer=desk_user, audience=Audience("desk"))
    found = {item.family.pk: [r.code for r in item.reasons] for item in items}
    assert found == {
        fam_offer.pk: ["offer_no_start"],
        fam_idle.pk: ["vouchers_idle"],
        fam_end.pk: ["ended_early"],
    }
    # The partner sees the same for its own families; another partner nothing.
    assert set(selectors.family_signals(viewer=partner_user)) == set(found)
    other = UserFactory(
        role=Role.PARTNER,
        partner=type(partner).objects.create(
            municipality=partner.municipality, name="Ander", kind="ckg"
        ),
    )
    assert selectors.family_signals(viewer=other) == {}
    # A provider without anything at its locations sees none of them.
    from loket.locations.tests.factories import LocationFactory

    elsewhere = LocationFactory(municipality=partner.municipality)
    audience = Audience("provider", organiser=elsewhere.organiser)
    assert selectors.case_meeting(viewer=desk_user, audience=audience) == []
    own = Audience("provider", organiser=location.organiser)
    assert {i.family.pk for i in selectors.case_meeting(viewer=desk_user, audience=own)} == set(
        found
    )
