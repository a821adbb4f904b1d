"""Every page and export of referral partners and vouchers, for every role: who gets in, who gets
403 or 404, and that nothing of another partner's or provider's families leaks, not through a
list, a page, a PDF, a CSV or a guessed identifier."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.audit.models import AuditEvent
from loket.families.models import Consent, ConsentPurpose, Family
from loket.locations.tests.factories import LocationFactory
from loket.partners import services as partner_services
from loket.partners.tests.factories import PartnerFactory
from loket.placements.models import Offer
from loket.registrations.tests.factories import ChildcareRequestFactory
from loket.vouchers import services as voucher_services
from loket.vouchers.models import Booklet, Voucher
from loket.vouchers.tests.factories import ProgrammeFactory, referred_family

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "parent",
    "desk",
    "provider",
    "provider_b",
    "partner",
    "partner_b",
    "analyst",
    "admin",
]


@pytest.fixture
def world(
    municipality,
    location,
    desk_user,
    provider_user,
    partner,
    partner_user,
    analyst_user,
    parent_user,
):
    location.accepts_vouchers = True
    location.save()
    partner_b = PartnerFactory(municipality=municipality, name="CKG Ander")
    partner_b_user = UserFactory(role=Role.PARTNER, partner=partner_b)
    location_b = LocationFactory(municipality=municipality, accepts_vouchers=True, name="Nest B")
    provider_b = UserFactory(role=Role.PROVIDER)
    provider_b.organisers.add(location_b.organiser)
    admin = UserFactory(role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True)
    programme = ProgrammeFactory(municipality=municipality)
    now = timezone.now() - dt.timedelta(days=3)

    fam_a, child_a = referred_family(partner, first_name="Aziza", last_name="Eigenpartner")
    fam_b, child_b = referred_family(partner_b, first_name="Bertha", last_name="Anderpartner")
    fam_w, child_w = referred_family(partner, first_name="Wanda", last_name="Ingetrokken")
    booklet_a = voucher_services.booklet_issue(
        actor=partner_user, programme=programme, child=child_a, language="nl", now=now
    )
    booklet_b = voucher_services.booklet_issue(
        actor=partner_b_user, programme=programme, child=child_b, language="fr", now=now
    )
    today = timezone.localdate()
    code_a = booklet_a.vouchers.get(number=1).code
    code_b = booklet_b.vouchers.get(number=1).code
    assert voucher_services.voucher_redeem(
        actor=provider_user, code=code_a, location=location, moment_date=today
    ).ok
    assert voucher_services.voucher_redeem(
        actor=provider_b, code=code_b, location=location_b, moment_date=today
    ).ok
    Consent.objects.filter(family=fam_w, purpose=ConsentPurpose.SHARE_WITH_PARTNER).update(
        withdrawn_at=timezone.now()
    )
    req_a = ChildcareRequestFactory(child=child_a, locations=[location], status="accepted")
    Offer.objects.create(
        request=req_a,
        location=location,
        age_band="baby",
        days=["mon"],
        start_date=today - dt.timedelta(days=5),
        status="accepted",
        deadline=timezone.now() - dt.timedelta(days=9),
    )
    ChildcareRequestFactory(child=child_b, locations=[location_b])
    partner_services.case_note_add(
        actor=desk_user, family=fam_a, text="Gedeelde notitie", shared_with_partner=True
    )
    partner_services.case_note_add(
        actor=desk_user, family=fam_a, text="Geheime deskregel", shared_with_partner=False
    )
    partner_services.introduction_plan(
        actor=desk_user,
        family=fam_a,
        location=location,
        meeting_at=timezone.now() + dt.timedelta(days=2),
    )
    users = {
        "anonymous": None,
        "parent": parent_user,
        "desk": desk_user,
        "provider": provider_user,
        "provider_b": provider_b,
        "partner": partner_user,
        "partner_b": partner_b_user,
        "analyst": analyst_user,
        "admin": admin,
    }
    return {
        "users": users,
        "programme": programme,
        "fam_a": fam_a,
        "fam_b": fam_b,
        "fam_w": fam_w,
        "booklet_a": booklet_a,
        "booklet_b": booklet_b,
        "code_a": code_a,
        "code_b": code_b,
        "location": location,
        "location_b": location_b,
        "today": today,
    }


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def pages(w):
    """(url, method, {role: status}) for every page; roles not named get 403 (anonymous: the
    login page)."""
    fa, ba = w["fam_a"].pk, w["booklet_a"].pk
    org = w["location"].organiser_id
    y, m = w["today"].year, w["today"].month
    statement = {"desk": 200, "provider": 200, "provider_b": 404}
    return [
        (reverse("partners:home"), "get", {"partner": 200, "partner_b": 200}),
        (reverse("partners:refer"), "get", {"partner": 200, "partner_b": 200}),
        (reverse("partners:export"), "get", {"partner": 200, "partner_b": 200}),
        (reverse("partners:family", args=[fa]), "get", {"partner": 200, "partner_b": 404}),
        (reverse("partners:file_request", args=[fa]), "get", {"partner": 200, "partner_b": 404}),
        (reverse("partners:desk_referrals"), "get", {"desk": 200}),
        (reverse("partners:case_meeting"), "get", {"desk": 200}),
        (reverse("partners:introduction_add", args=[fa]), "post", {"desk": 302}),
        (reverse("partners:case_note_add", args=[fa]), "post", {"desk": 302}),
        (reverse("partners:provider_introductions"), "get", {"provider": 200, "provider_b": 200}),
        (reverse("vouchers:dashboard"), "get", {"desk": 200, "analyst": 200}),
        (reverse("vouchers:eligibility", args=[fa]), "get", {"partner": 200, "partner_b": 404}),
        (reverse("vouchers:issue", args=[fa]), "post", {"partner": 302, "partner_b": 404}),
        (
            reverse("vouchers:booklet", args=[ba]),
            "get",
            {"partner": 200, "partner_b": 404, "desk": 200},
        ),
        (
            reverse("vouchers:booklet_pdf", args=[ba]),
            "get",
            {"partner": 200, "partner_b": 404, "desk": 200},
        ),
        (reverse("vouchers:redeem"), "get", {"provider": 200, "provider_b": 200}),
        (reverse("vouchers:provider_redemptions"), "get", {"provider": 200, "provider_b": 200}),
        (reverse("vouchers:statements"), "get", {"desk": 200}),
        (reverse("vouchers:statement", args=[org, y, m]), "get", statement),
        (reverse("vouchers:statement_csv", args=[org, y, m]), "get", statement),
        (reverse("vouchers:statement_pdf", args=[org, y, m]), "get", statement),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_page_for_every_role(world, role):
    user = world["users"][role]
    client = client_for(user)
    for url, method, allowed in pages(world):
        response = getattr(client, method)(url)
        if role == "anonymous":
            assert response.status_code == 302, url
            assert response["Location"].startswith(reverse("accounts:login")), url
            continue
        expected = allowed.get(role, 403)
        assert response.status_code == expected, (role, url, response.status_code)


SECRETS_OF_B = ("Bertha", "Anderpartner")
SECRETS_OF_WITHDRAWN = ("Wanda", "Ingetrokken")


def body(response) -> str:
    if response["Content-Type"].startswith("application/pdf"):
        return ""  # PDFs are checked by what they were made from (see below)
    return response.content.decode("utf-8-sig")


def test_partner_a_never_sees_partner_b_families(world):
    client = client_for(world["users"]["partner"])
    seen = ""
    for url, method, allowed in pages(world):
        if allowed.get("partner") == 200 and method == "get":
            seen += body(client.get(url))
    assert "Aziza" in seen and "Eigenpartner" in seen
    for secret in SECRETS_OF_B + SECRETS_OF_WITHDRAWN:
        assert secret not in seen
    assert world["fam_b"].reference not in seen
    assert "Gedeelde notitie" in seen and "Geheime deskregel" not in seen
    csv_text = body(client.get(reverse("partners:export")))
    assert world["fam_a"].reference in csv_text and world["fam_b"].reference not in csv_text
    assert world["fam_w"].reference not in csv_text


def test_guessed_identifiers_give_nothing(world):
    """Partner B tries every family and booklet id; provider B every statement of the month."""
    client = client_for(world["users"]["partner_b"])
    own_family, own_booklet = world["fam_b"].pk, world["booklet_b"].pk
    last_family = Family.objects.order_by("-pk").first().pk
    for pk in range(1, last_family + 3):
        for name in ("partners:family", "partners:file_request", "vouchers:eligibility"):
            status = client.get(reverse(name, args=[pk])).status_code
            assert status == (200 if pk == own_family else 404), (name, pk)
        status = client.post(reverse("vouchers:issue", args=[pk])).status_code
        assert status == (302 if pk == own_family else 404)
    last_booklet = Booklet.objects.order_by("-pk").first().pk
    for pk in range(1, last_booklet + 3):
        for name in ("vouchers:booklet", "vouchers:booklet_pdf"):
            status = client.get(reverse(name, args=[pk])).status_code
            assert status == (200 if pk == own_booklet else 404), (name, pk)
    provider_b = client_for(world["users"]["provider_b"])
    y, m = world["today"].year, world["today"].month
    own_org = world["location_b"].organiser_id
    for org in range(1, own_org + 3):
        status = provider_b.get(reverse("vouchers:statement_csv", args=[org, y, m])).status_code
        assert status == (200 if org == own_org else 404), org
    assert provider_b.get(reverse("vouchers:statement", args=[own_org, y, 13])).status_code == 404


def test_withdrawn_consent_closes_the_family_to_the_partner(world):
    client = client_for(world["users"]["partner"])
    w = world["fam_w"]
    assert client.get(reverse("partners:family", args=[w.pk])).status_code == 404
    Consent.objects.filter(family=world["fam_a"], purpose=ConsentPurpose.SHARE_WITH_PARTNER).update(
        withdrawn_at=timezone.now()
    )
    for url in (
        reverse("partners:family", args=[world["fam_a"].pk]),
        reverse("vouchers:booklet", args=[world["booklet_a"].pk]),
        reverse("vouchers:booklet_pdf", args=[world["booklet_a"].pk]),
    ):
        assert client.get(url).status_code == 404, url
    assert "Aziza" not in body(client.get(reverse("partners:home")))
    assert "Aziza" not in body(client.get(reverse("partners:export")))


def test_providers_see_only_their_own_redemptions_and_no_family(world):
    a = client_for(world["users"]["provider"])
    b = client_for(world["users"]["provider_b"])
    code_a = Voucher.objects.get(code=world["code_a"]).display_code
    code_b = Voucher.objects.get(code=world["code_b"]).display_code
    text_a = body(a.get(reverse("vouchers:provider_redemptions"))) + body(
        a.get(reverse("vouchers:redeem"))
    )
    text_b = body(b.get(reverse("vouchers:provider_redemptions"))) + body(
        b.get(reverse("vouchers:redeem"))
    )
    assert code_a in text_a and code_b not in text_a
    assert code_b in text_b and code_a not in text_b
    for secret in ("Aziza", "Eigenpartner", *SECRETS_OF_B, world["fam_a"].reference):
        assert secret not in text_a + text_b
    y, m = world["today"].year, world["today"].month
    csv_a = body(
        a.get(reverse("vouchers:statement_csv", args=[world["location"].organiser_id, y, m]))
    )
    assert code_a in csv_a and code_b not in csv_a and "Aziza" not in csv_a
    # Introductions: provider A sees its own (first names only), provider B none of them.
    intro_a = body(a.get(reverse("partners:provider_introductions")))
    assert "KindAziza" in intro_a and "Eigenpartner" not in intro_a
    assert "KindAziza" not in body(b.get(reverse("partners:provider_introductions")))


def test_redeem_page_does_not_reveal_another_provider(world):
    client = client_for(world["users"]["provider"])
    response = client.post(
        reverse("vouchers:redeem"),
        {
            "code": world["code_b"],
            "location": world["location"].pk,
            "moment_date": world["today"].isoformat(),
        },
    )
    text = body(response)
    assert response.status_code == 200 and "Nest B" not in text
    assert "Bertha" not in text and world["fam_b"].reference not in text


def test_analyst_sees_no_family(world):
    client = client_for(world["users"]["analyst"])
    text = body(client.get(reverse("vouchers:dashboard")))
    assert world["programme"].name in text
    for secret in (
        "Aziza",
        "Eigenpartner",
        *SECRETS_OF_B,
        world["fam_a"].reference,
        world["fam_b"].reference,
        world["code_a"],
    ):
        assert secret not in text
    assert "&lt; 5" in text  # small numbers suppressed


def test_case_meeting_shows_each_participant_only_their_part(world):
    client = client_for(world["users"]["desk"])
    url = reverse("partners:case_meeting")
    desk = body(client.get(url))
    assert "Eigenpartner" in desk and world["location"].name in desk  # the place not started
    partner_b_key = f"partner-{world['fam_b'].referred_by_id}"
    for_b = body(client.get(url, {"for": partner_b_key}))
    assert "Eigenpartner" not in for_b and world["fam_a"].reference not in for_b
    provider_b_key = f"provider-{world['location_b'].organiser_id}"
    for_provider_b = body(client.get(url, {"for": provider_b_key}))
    assert "KindAziza" not in for_provider_b and "Eigenpartner" not in for_provider_b
    provider_a_key = f"provider-{world['location'].organiser_id}"
    for_provider_a = body(client.get(url, {"for": provider_a_key}))
    assert "KindAziza" in for_provider_a  # its accepted place did not start
    assert "Eigenpartner" not in for_provider_a  # first name of the child only
    assert client.get(url, {"for": "partner-99999"}).status_code == 404


def test_reads_and_exports_are_logged(world):
    client = client_for(world["users"]["partner"])
    client.get(reverse("partners:family", args=[world["fam_a"].pk]))
    client.get(reverse("vouchers:booklet_pdf", args=[world["booklet_a"].pk]))
    client.get(reverse("partners:export"))
    actions = set(
        AuditEvent.objects.filter(actor=world["users"]["partner"]).values_list("action", "note")
    )
    assert ("read", "partner page") in actions
    assert ("export", "booklet PDF") in actions
    assert any(a == "export" and n.startswith("my families CSV") for a, n in actions)
