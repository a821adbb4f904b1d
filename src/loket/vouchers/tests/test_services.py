"""Eligibility, issuing a booklet, using a voucher, statements and the funnel, with the database."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils import timezone

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.audit.models import AuditEvent
from loket.domain import vouchers as rules
from loket.families.models import FamilyFact
from loket.locations.tests.factories import LocationFactory
from loket.placements.models import Placement
from loket.registrations.tests.factories import ChildcareRequestFactory
from loket.vouchers import documents, selectors, services
from loket.vouchers.models import Booklet, Voucher

from .factories import ProgrammeFactory, referred_family

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


@pytest.fixture
def programme(municipality):
    return ProgrammeFactory(municipality=municipality)


@pytest.fixture
def voucher_location(location):
    location.accepts_vouchers = True
    location.save()
    return location


def issue(partner_user, programme, child, language="nl", days_ago=0):
    return services.booklet_issue(
        actor=partner_user,
        programme=programme,
        child=child,
        language=language,
        now=timezone.now() - dt.timedelta(days=days_ago),
    )


def codes_of(booklet):
    return list(booklet.vouchers.order_by("number").values_list("code", flat=True))


# Eligibility ------------------------------------------------------------------------------------


def test_eligibility_check_records_attested_facts(partner, partner_user, programme):
    family, _child = referred_family(partner, weak=0)
    outcome = services.eligibility_record(
        actor=partner_user,
        family=family,
        facts={"weak_income", "weak_housing", "no_social_network"},
        programme=programme,
    )
    assert not outcome.eligible  # 2 domains; the missing network is reported, not counted
    stored = FamilyFact.objects.filter(family=family, source="attested", partner=partner)
    assert set(stored.values_list("key", flat=True)) == {
        "weak_income",
        "weak_housing",
        "no_social_network",
    }
    outcome = services.eligibility_record(
        actor=partner_user,
        family=family,
        facts={"weak_income", "weak_housing", "weak_health"},
        programme=programme,
    )
    assert outcome.eligible
    assert not stored.filter(key="no_social_network").exists()  # unticked: removed
    assert (
        AuditEvent.objects.filter(family_id=family.pk, object_type="families.FamilyFact").count()
        == 5
    )


def test_programme_rule_is_configuration(partner, partner_user, municipality):
    genk = ProgrammeFactory(
        municipality=municipality, eligibility_rule={"extras_mode": "count_as_domains"}
    )
    family, _ = referred_family(partner, weak=2)
    FamilyFact.objects.create(
        family=family, key="no_social_network", source="attested", partner=partner
    )
    assert services.family_eligibility(family, genk).eligible
    assert not services.family_eligibility(family, None).eligible


def test_only_the_referring_partner_checks_eligibility(partner, municipality, desk_user):
    from loket.partners.tests.factories import PartnerFactory

    other = UserFactory(role=Role.PARTNER, partner=PartnerFactory(municipality=municipality))
    family, _ = referred_family(partner)
    for actor in (other, desk_user):
        with pytest.raises(PermissionDenied):
            services.eligibility_record(actor=actor, family=family, facts=set())


# Issuing ----------------------------------------------------------------------------------------


def test_issue_a_booklet(partner, partner_user, programme):
    family, child = referred_family(partner, language="ar")
    booklet = issue(partner_user, programme, child, language="ar")
    vouchers = list(booklet.vouchers.order_by("number"))
    assert [v.number for v in vouchers] == list(range(1, 11))
    assert all(rules.code_problem(v.code) is None for v in vouchers)
    assert len({v.code for v in vouchers}) == 10
    assert booklet.partner == partner and booklet.family == family
    event = AuditEvent.objects.get(object_type="vouchers.Booklet", object_id=str(booklet.pk))
    assert event.changes["vouchers"] == 10
    # The codes are worth money: they never go into the audit log.
    assert not any(v.code in str(event.changes) + event.object_repr for v in vouchers)


def test_issue_refusals(partner, partner_user, programme, municipality):
    not_eligible = referred_family(partner, first_name="Twee", weak=2)[1]
    too_old = referred_family(partner, first_name="Oud", child_age_days=3 * 366)[1]
    fine = referred_family(partner, first_name="Goed")[1]

    def refused(child, **kw):
        with pytest.raises(ValidationError) as exc:
            issue(partner_user, kw.get("programme", programme), child)
        return sorted(e.code for errs in exc.value.error_dict.values() for e in errs)

    assert refused(not_eligible) == ["not_eligible"]
    assert refused(too_old) == ["child_too_old"]
    issue(partner_user, programme, fine)
    assert refused(fine) == ["already_issued"]
    ended = ProgrammeFactory(municipality=municipality, valid_until=TODAY() - dt.timedelta(days=1))
    assert refused(referred_family(partner, first_name="Laat")[1], programme=ended) == [
        "programme_not_running"
    ]


def test_budget_is_never_overspent(partner, partner_user, municipality):
    small = ProgrammeFactory(municipality=municipality, budget_cents=2 * 10 * 2500)
    issue(partner_user, small, referred_family(partner, first_name="A")[1])
    issue(partner_user, small, referred_family(partner, first_name="B")[1])
    with pytest.raises(ValidationError) as exc:
        issue(partner_user, small, referred_family(partner, first_name="C")[1])
    assert "budget_spent" in str(exc.value)


def test_no_booklet_without_consent_or_from_another_partner(
    partner, partner_user, programme, municipality, desk_user
):
    from loket.partners.tests.factories import PartnerFactory

    _fam, no_consent = referred_family(partner, first_name="Nee", consent=False)
    with pytest.raises(PermissionDenied):
        issue(partner_user, programme, no_consent)
    other = UserFactory(role=Role.PARTNER, partner=PartnerFactory(municipality=municipality))
    _fam, child = referred_family(partner, first_name="Ja")
    for actor in (other, desk_user):
        with pytest.raises(PermissionDenied):
            issue(actor, programme, child)


def test_database_keeps_codes_unique_and_redemptions_whole(
    partner, partner_user, programme, voucher_location
):
    booklet = issue(partner_user, programme, referred_family(partner)[1])
    first, second = booklet.vouchers.order_by("number")[:2]
    with pytest.raises(IntegrityError), transaction.atomic():
        Voucher.objects.filter(pk=second.pk).update(code=first.code)
    with pytest.raises(IntegrityError), transaction.atomic():
        Voucher.objects.filter(pk=first.pk).update(redeemed_at=timezone.now())  # no location
    with pytest.raises(IntegrityError), transaction.atomic():
        Booklet.objects.create(
            programme=programme,
            family=booklet.family,
            child=booklet.child,
            issued_at=timezone.now(),
        )


# Redemption -------------------------------------------------------------------------------------


@pytest.fixture
def booklet(partner, partner_user, programme):
    return issue(partner_user, programme, referred_family(partner)[1], days_ago=5)


def redeem(user, code, location, moment=None, **kw):
    return services.voucher_redeem(
        actor=user, code=code, location=location, moment_date=moment or TODAY(), **kw
    )


def test_a_voucher_is_used_once(booklet, provider_user, voucher_location, programme):
    code = codes_of(booklet)[0]
    typed = rules.format_code(code).lower()
    result = redeem(provider_user, typed, voucher_location)
    assert result.ok
    voucher = Voucher.objects.get(code=code)
    assert voucher.location == voucher_location and voucher.value_cents == 2500
    assert voucher.redeemed_by == provider_user and voucher.moment_date == TODAY()
    again = redeem(provider_user, code, voucher_location)
    assert again.refusal == rules.Refusal.ALREADY_USED and again.used_here
    events = AuditEvent.objects.filter(object_type="vouchers.Voucher", object_id=str(voucher.pk))
    assert sorted(e.note for e in events) == ["", "voucher refused: already_used"]


def test_already_used_elsewhere_does_not_name_the_other_provider(
    booklet, provider_user, voucher_location, municipality
):
    other_location = LocationFactory(
        municipality=municipality, accepts_vouchers=True, name="Het Geheime Nest"
    )
    other_provider = UserFactory(role=Role.PROVIDER)
    other_provider.organisers.add(other_location.organiser)
    code = codes_of(booklet)[0]
    assert redeem(other_provider, code, other_location).ok
    again = redeem(provider_user, code, voucher_location)
    assert again.refusal == rules.Refusal.ALREADY_USED and not again.used_here
    from loket.vouchers.views import refusal_message

    assert "Het Geheime Nest" not in refusal_message(again)


def test_every_refusal(
    booklet,
    provider_user,
    voucher_location,
    municipality,
    other_municipality,
    partner_user,
    programme,
):
    code = codes_of(booklet)[1]
    assert (
        redeem(
            provider_user, code[:-1] + ("0" if code[-1] != "0" else "1"), voucher_location
        ).refusal
        == rules.Refusal.MISTYPED
    )
    assert redeem(provider_user, rules.generate_code(), voucher_location).refusal == "unknown"
    elsewhere = LocationFactory(
        municipality=other_municipality, accepts_vouchers=True, organiser=voucher_location.organiser
    )
    assert redeem(provider_user, code, elsewhere).refusal == "wrong_programme"
    refuses = LocationFactory(
        municipality=municipality, accepts_vouchers=False, organiser=voucher_location.organiser
    )
    assert redeem(provider_user, code, refuses).refusal == "location_refuses"
    future = TODAY() + dt.timedelta(days=1)
    assert redeem(provider_user, code, voucher_location, future).refusal == "future_date"
    programme.valid_until = TODAY() - dt.timedelta(days=rules.GRACE_DAYS + 1)
    programme.valid_from = programme.valid_until - dt.timedelta(days=300)
    programme.save()
    assert redeem(provider_user, code, voucher_location).refusal == "expired"
    assert not Voucher.objects.filter(redeemed_at__isnull=False).exists()
    assert AuditEvent.objects.filter(note__startswith="voucher refused").count() == 6


def test_only_a_provider_of_the_location_redeems(
    booklet, voucher_location, desk_user, partner_user
):
    stranger = UserFactory(role=Role.PROVIDER)
    for actor in (stranger, desk_user, partner_user):
        with pytest.raises(PermissionDenied):
            redeem(actor, codes_of(booklet)[0], voucher_location)


# Statements -------------------------------------------------------------------------------------


def test_statement_adds_up_to_the_redemptions(
    booklet,
    provider_user,
    voucher_location,
    desk_user,
    municipality,
    partner,
    partner_user,
    programme,
):
    second = issue(
        partner_user, programme, referred_family(partner, first_name="Twee")[1], days_ago=5
    )
    other_loc = LocationFactory(
        municipality=municipality,
        accepts_vouchers=True,
        organiser=voucher_location.organiser,
        name="Tweede locatie",
    )
    for i, code in enumerate(codes_of(booklet)[:7] + codes_of(second)[:4]):
        loc = voucher_location if i % 3 else other_loc
        assert redeem(provider_user, code, loc, TODAY() - dt.timedelta(days=i % 2)).ok, code
    # One odd value (a programme changed its value later): still exact.
    Voucher.objects.filter(code=codes_of(second)[0]).update(value_cents=1999)
    now = timezone.localdate()
    statement = selectors.statement_get(
        viewer=desk_user, organiser_id=voucher_location.organiser_id, year=now.year, month=now.month
    )
    redeemed = Voucher.objects.filter(redeemed_at__isnull=False)
    expected = sum(redeemed.values_list("value_cents", flat=True))
    assert statement.totals.count == 11 == redeemed.count()
    assert sum(line.value_cents for line in statement.lines) == statement.totals.total_cents
    assert statement.totals.total_cents == expected == 10 * 2500 + 1999
    assert sum(t.total_cents for t in statement.totals.by_location) == expected

    rows = list(
        csv.reader(
            io.StringIO(documents.statement_csv(statement).decode("utf-8-sig")), delimiter=";"
        )
    )
    lines, total = rows[1:-1], rows[-1]
    cents = [int(r[4].replace(",", "")) for r in lines]
    assert len(lines) == 11 and sum(cents) == expected
    assert int(total[4].replace(",", "")) == expected
    assert all(rules.code_problem(r[3]) is None for r in lines)

    pdf = documents.statement_pdf(statement)
    assert pdf.startswith(b"%PDF")


def test_statement_index_and_provider_scope(booklet, provider_user, voucher_location, desk_user):
    for code in codes_of(booklet)[:3]:
        redeem(provider_user, code, voucher_location)
    rows = selectors.statement_index(viewer=desk_user)
    assert [(r["organiser_id"], r["count"], r["total_cents"]) for r in rows] == [
        (voucher_location.organiser_id, 3, 7500)
    ]
    assert selectors.statement_index(viewer=provider_user) == rows
    stranger = UserFactory(role=Role.PROVIDER)
    assert selectors.statement_index(viewer=stranger) == []
    now = timezone.localdate()
    with pytest.raises(Http404):
        selectors.statement_get(
            viewer=stranger,
            organiser_id=voucher_location.organiser_id,
            year=now.year,
            month=now.month,
        )


# Funnel -----------------------------------------------------------------------------------------


def test_funnel_from_the_database_against_hand_counts(
    partner, partner_user, programme, provider_user, voucher_location, desk_user, analyst_user
):
    today = TODAY()
    children = [referred_family(partner, first_name=n)[1] for n in ("A", "B", "C", "D")]
    booklets = [issue(partner_user, programme, c, days_ago=70) for c in children]
    # A: never. B: 2 uses, then a regular place 20 days later. C: all 10, no place. D: 1 use.
    for i, code in enumerate(codes_of(booklets[1])[:2]):
        redeem(provider_user, code, voucher_location, today - dt.timedelta(days=40 - i))
    for code in codes_of(booklets[2]):
        redeem(provider_user, code, voucher_location, today - dt.timedelta(days=60))
    redeem(provider_user, codes_of(booklets[3])[0], voucher_location, today)
    req = ChildcareRequestFactory(child=children[1])
    Placement.objects.create(
        request=req,
        location=voucher_location,
        age_band="baby",
        days=["mon"],
        start_date=today - dt.timedelta(days=19),
    )
    figures = selectors.programme_figures(viewer=desk_user, programme=programme, today=today)
    f = figures.overall
    assert (f.issued, f.first_use, f.all_used, f.continued, f.awaiting) == (4, 3, 1, 1, 2)
    assert (f.never_used, f.stopped_before_all, f.not_continued) == (1, 2, 0)
    assert figures.vouchers_used == 13 and figures.used_cents == 13 * 2500
    assert figures.committed_cents == 4 * 10 * 2500
    assert list(figures.by_partner) == [partner.name]
    assert selectors.programme_figures(viewer=analyst_user, programme=programme, today=today)
    with pytest.raises(Http404):
        selectors.programme_figures(viewer=partner_user, programme=programme, today=today)


# Booklet PDF ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_booklet_pdf_in_the_family_language(partner, partner_user, programme, language):
    booklet = issue(
        partner_user, programme, referred_family(partner, language=language)[1], language=language
    )
    context = documents.booklet_context(booklet)
    assert context["rtl"] == (language == "ar")
    assert context["texts"]["title"] == rules.BOOKLET_TEXTS[language]["title"]
    assert len(context["vouchers"]) == 10
    first = booklet.vouchers.get(number=1)
    assert context["vouchers"][0]["code"] == first.display_code
    url = documents.redeem_url(first.code)
    assert url.endswith("/vouchers/redeem/?code=" + first.display_code)
    assert context["vouchers"][0]["qr"].startswith("data:image/svg+xml")
    pdf = documents.booklet_pdf(booklet)
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
