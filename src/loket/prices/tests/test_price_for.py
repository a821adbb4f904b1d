"""``{% price_for location %}``: the parent's estimate next to income-related locations only, in
the free places and in the parent's request."""

from decimal import Decimal
from html import unescape

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext as _

from loket.domain import tariffs
from loket.families.tests.factories import ChildFactory, GuardianFactory
from loket.locations.tests.factories import LocationFactory
from loket.prices.selectors import CalculatorInputs, current_parameters
from loket.prices.session import SESSION_KEY
from loket.registrations.tests.factories import ChildcareRequestFactory

pytestmark = pytest.mark.django_db

INPUTS = CalculatorInputs(Decimal(30000), 1, False, Decimal(9), 5)
GOOD = {
    "joint_taxable_income": "30000",
    "dependent_children": "1",
    "hours_per_day": "9",
    "days_per_week": "5",
}


def daily(language: str = "nl") -> str:
    parameters = current_parameters()
    estimate = tariffs.estimate(
        INPUTS.household(),
        year=parameters.year,
        structure_year=parameters.structure_year,
        hours_per_day=INPUTS.hours_per_day,
    )
    return tariffs.format_money(estimate.daily_price_cents, language)


def render(location, *, inputs=None, language="nl", extra="") -> str:
    request = RequestFactory().get("/")
    request.session = SessionStore()
    request.LANGUAGE_CODE = language
    if inputs is not None:
        request.session[SESSION_KEY] = inputs.to_session()
    template = Template("{% load prices_tags %}{% price_for location " + extra + "%}")
    with translation.override(language):
        html = template.render(Context({"location": location, "request": request}))
    return unescape(html).replace("\xa0", " ")


def page_of(response) -> str:
    return unescape(response.content.decode()).replace("\xa0", " ")


def about(language: str = "nl") -> str:
    with translation.override(language):
        return _("about %(price)s a day for you") % {"price": daily(language)}


def test_an_income_related_location_shows_the_parents_estimate(municipality):
    location = LocationFactory(municipality=municipality, pricing="income")
    html = render(location, inputs=INPUTS)
    assert about("nl") in html
    assert "/price/" in html


def test_the_estimate_follows_the_page_language(municipality):
    location = LocationFactory(municipality=municipality, pricing="income")
    assert about("fr") in render(location, inputs=INPUTS, language="fr")


def test_without_calculator_inputs_a_link_to_the_calculator(municipality):
    location = LocationFactory(municipality=municipality, pricing="income")
    html = render(location)
    with translation.override("nl"):
        assert _("What will it cost me?") in html
    assert 'href="/price/"' in html
    assert daily() not in html


def test_a_free_price_location_shows_its_own_price_not_an_estimate(municipality):
    location = LocationFactory(
        municipality=municipality, pricing="free", income_related_places=0,
        free_price_per_day_cents=3250,
    )  # fmt: skip
    html = render(location, inputs=INPUTS)
    assert daily() not in html
    assert "€ 32,50" in html
    with translation.override("nl"):
        assert _("What will it cost me?") not in html
    assert render(location, inputs=INPUTS, extra="own_price=False ").strip() == ""


def test_a_mixed_location_shows_both(municipality):
    location = LocationFactory(
        municipality=municipality, pricing="mixed", income_related_places=7,
        free_price_per_day_cents=3000,
    )  # fmt: skip
    html = render(location, inputs=INPUTS)
    assert about("nl") in html and "€ 30,00" in html


def test_the_free_places_show_the_estimate_after_the_calculator(client, municipality):
    income = LocationFactory(municipality=municipality, pricing="income", with_capacity=True)
    free = LocationFactory(municipality=municipality, pricing="free", income_related_places=0,
                           free_price_per_day_cents=3100, with_capacity=True)  # fmt: skip
    page = page_of(client.get("/free-places/"))
    with translation.override("nl"):
        assert page.count(_("What will it cost me?")) == 1
    client.post("/price/", GOOD)
    page = page_of(client.get("/free-places/"))
    card = page.split(income.name)[1].split('class="card result"')[0]
    assert about("nl") in card
    free_card = page.split(free.name)[1].split('class="card result"')[0]
    assert daily() not in free_card
    # htmx asks for the results only: the same line is there.
    partial = client.get("/free-places/", HTTP_HX_REQUEST="true")
    assert about("nl") in page_of(partial)


def test_the_parents_request_shows_the_estimate_next_to_each_chosen_location(
    client, municipality, parent_user
):
    income = LocationFactory(municipality=municipality, pricing="income")
    free = LocationFactory(municipality=municipality, pricing="free", income_related_places=0,
                           free_price_per_day_cents=2900)  # fmt: skip
    guardian = GuardianFactory(user=parent_user, family__municipality=municipality)
    child = ChildFactory(family=guardian.family)
    req = ChildcareRequestFactory(child=child, locations=[income, free])
    client.force_login(parent_user)
    url = f"/portal/requests/{req.pk}/"
    page = page_of(client.get(url))
    with translation.override("nl"):
        assert _("What will it cost me?") in page
    client.post("/price/", GOOD)
    page = page_of(client.get(url))
    assert about("nl") in page
    assert "€ 29,00" in page


def test_an_unpublished_income_band_shows_the_range_not_a_guess(municipality):
    location = LocationFactory(municipality=municipality, pricing="income")
    inputs = CalculatorInputs(Decimal(80000), 1, False, Decimal(9), 5)
    html = render(location, inputs=inputs)
    with translation.override("nl"):
        assert _("about %(price)s a day for you").split("%")[0] not in html
    assert "tussen € 22,15 en € 27,71" in html
