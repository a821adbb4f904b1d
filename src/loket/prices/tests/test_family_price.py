"""The desk's price card in the family's file and the form for the family's income figures:
desk of the family's municipality only, audited without the amounts, blanked by retention."""

import json
from decimal import Decimal
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.audit.models import AuditEvent
from loket.domain import tariffs
from loket.domain.requests import PlanDay, WeeklyPlan
from loket.families.services import family_blank_sensitive
from loket.families.tests.factories import ChildFactory, FamilyFactory, GuardianFactory
from loket.prices.selectors import current_parameters, family_plan
from loket.prices.services import family_income_update
from loket.registrations.tests.factories import ChildcareRequestFactory

pytestmark = pytest.mark.django_db

FORM = {
    "price-joint_taxable_income": "41.000",
    "price-dependent_children": "2",
    "price-cannot_pay": "on",
}


@pytest.fixture
def family(municipality):
    family = FamilyFactory(municipality=municipality)
    GuardianFactory(family=family)
    child = ChildFactory(family=family)
    plan = WeeklyPlan(days=(PlanDay("mon"), PlanDay("tue"), PlanDay("wed", "morning")))
    ChildcareRequestFactory(child=child, plan=plan.to_json(), hours_per_day=Decimal(9))
    return family


def file_page(client, family, language="nl") -> str:
    response = client.get(f"/desk/families/{family.pk}/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return unescape(response.content.decode()).replace("\xa0", " ")


def url(family) -> str:
    return reverse("prices:family_income", args=[family.pk])


def expected_estimate(family):
    parameters = current_parameters()
    return tariffs.estimate(
        tariffs.Household(Decimal(41000), 2),
        year=parameters.year,
        structure_year=parameters.structure_year,
        hours_per_day=Decimal(9),
        plan=tariffs.CarePlan((Decimal(9), Decimal(9), Decimal("4.5"))),
    )


def test_the_file_has_a_price_card_asking_for_the_income(client, desk_user, family):
    client.force_login(desk_user)
    page = file_page(client, family)
    with translation.override("nl"):
        assert _("Price") in page
        assert _("Income figures of the family") in page
    assert f'action="{url(family)}"' in page
    assert 'name="price-joint_taxable_income"' in page


def test_the_desk_records_the_income_and_sees_the_estimate_with_guidance(client, desk_user, family):
    client.force_login(desk_user)
    response = client.post(url(family), FORM)
    assert response.status_code == 302
    assert response["Location"] == f"/desk/families/{family.pk}/#price"
    family.refresh_from_db()
    assert family.joint_taxable_income == Decimal(41000)
    assert family.dependent_children == 2 and family.cannot_pay
    assert not family.multiple_birth and not family.social_integration_income

    page = file_page(client, family)
    estimate = expected_estimate(family)
    assert tariffs.format_money(estimate.daily_price_cents, "nl") in page
    assert tariffs.format_money(estimate.monthly_price_cents, "nl") in page
    guidance = tariffs.reduced_tariff_guidance(tariffs.FamilySituation(cannot_pay=True), estimate)
    for step in guidance.reasons + guidance.ocmw_levels + guidance.next_steps:
        assert tariffs.explain(step, "nl") in page, step.key
    # In the desk user's language.
    page = file_page(client, family, language="fr")
    assert tariffs.explain(guidance.next_steps[0], "fr") in page


def test_the_card_counts_half_days_and_says_when_it_assumes_the_hours(desk_user, family):
    plan = family_plan(family)
    assert (plan.full_days, plan.half_days, plan.full_day_hours) == (2, 1, Decimal(9))
    assert plan.care_plan().day_hours == (Decimal(9), Decimal(9), Decimal("4.5"))
    req = family.children.get().requests.get()
    req.hours_per_day = None
    req.save()
    plan = family_plan(family)
    assert plan.hours_assumed and plan.full_day_hours == Decimal(8)


def test_the_audit_event_says_income_changed_without_the_amount(client, desk_user, family):
    client.force_login(desk_user)
    client.post(url(family), FORM)
    event = AuditEvent.objects.get(family_id=family.pk, action="update")
    assert event.changes == {"income": "changed"}
    recorded = json.dumps(event.changes) + event.note + event.object_repr
    assert "41000" not in recorded and "41.000" not in recorded
    # Saving the same figures again changes nothing and logs no change.
    client.post(url(family), FORM)
    assert AuditEvent.objects.filter(family_id=family.pk, action="update").count() == 1


def test_bad_input_shows_the_form_with_messages_and_saves_nothing(client, desk_user, family):
    client.force_login(desk_user)
    response = client.post(
        url(family),
        FORM | {"price-joint_taxable_income": "-3", "price-dependent_children": "1",
                "price-multiple_birth": "on"},
    )  # fmt: skip
    assert response.status_code == 200
    page = unescape(response.content.decode())
    with translation.override("nl"):
        from loket.prices.forms import MESSAGES

        assert str(MESSAGES["income_negative"]) in page
        assert str(MESSAGES["multiple_birth_one_child"]) in page
    assert 'value="-3"' in page
    family.refresh_from_db()
    assert family.joint_taxable_income is None
    assert not AuditEvent.objects.filter(family_id=family.pk, action="update").exists()


@pytest.mark.parametrize("role", ["parent_user", "provider_user", "analyst_user", "partner_user"])
def test_other_roles_may_not_record_income(client, request, family, role):
    user = request.getfixturevalue(role)
    client.force_login(user)
    assert client.post(url(family), FORM).status_code == 403
    assert client.get(url(family)).status_code == 403
    family.refresh_from_db()
    assert family.joint_taxable_income is None


def test_the_familys_own_parent_may_not_record_income(client, family, parent_user):
    GuardianFactory(family=family, user=parent_user)
    client.force_login(parent_user)
    assert client.post(url(family), FORM).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, family):
    response = client.post(url(family), FORM)
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_the_desk_of_another_municipality_gets_404(client, other_municipality, family):
    other_desk = UserFactory(role=Role.DESK)
    other_desk.municipalities.add(other_municipality)
    client.force_login(other_desk)
    assert client.post(url(family), FORM).status_code == 404
    assert client.get(url(family)).status_code == 404
    family.refresh_from_db()
    assert family.joint_taxable_income is None


def test_the_service_refuses_a_desk_of_another_municipality(other_municipality, family):
    from django.core.exceptions import PermissionDenied

    other_desk = UserFactory(role=Role.DESK)
    other_desk.municipalities.add(other_municipality)
    with pytest.raises(PermissionDenied):
        family_income_update(
            actor=other_desk, family=family, joint_taxable_income=Decimal(1),
            dependent_children=1,
        )  # fmt: skip


def test_the_income_form_page_works_on_its_own(client, desk_user, family):
    client.force_login(desk_user)
    response = client.get(url(family))
    assert response.status_code == 200
    assert AuditEvent.objects.filter(family_id=family.pk, action="read", note="income").exists()


def test_retention_blanks_the_income_figures(desk_user, family):
    family_income_update(
        actor=desk_user, family=family, joint_taxable_income=Decimal(41000),
        dependent_children=2, multiple_birth=True, social_integration_income=True,
        income_dropped=True, cannot_pay=True,
    )  # fmt: skip
    family.children.get().requests.update(status="cancelled")
    family_blank_sensitive(actor=None, family=family)
    family.refresh_from_db()
    assert family.joint_taxable_income is None and family.dependent_children is None
    assert not (family.multiple_birth or family.social_integration_income)
    assert not (family.income_dropped or family.cannot_pay)
    assert family.lat is None and family.street == ""
