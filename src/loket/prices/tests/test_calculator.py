"""The price calculator for parents: the estimate and its steps in the page language, messages
next to wrong fields with what was typed kept, and the inputs remembered in the session only."""

from decimal import Decimal
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from loket.domain import tariffs
from loket.families.models import Family
from loket.prices import selectors
from loket.prices.forms import MESSAGES, parse_amount
from loket.prices.session import SESSION_KEY

pytestmark = pytest.mark.django_db

URL = "/price/"
GOOD = {
    "joint_taxable_income": "30.000",
    "dependent_children": "2",
    "hours_per_day": "9",
    "days_per_week": "4",
}


def expected(language: str, **changes):
    """The package's own estimate for GOOD, with the figures the pages use."""
    parameters = selectors.current_parameters()
    data = {"income": Decimal(30000), "children": 2, "hours": Decimal(9), "days": 4} | changes
    return tariffs.estimate(
        tariffs.Household(data["income"], data["children"]),
        year=parameters.year,
        structure_year=parameters.structure_year,
        hours_per_day=data["hours"],
        plan=tariffs.CarePlan.uniform(data["days"], data["hours"]),
    )


def text(response) -> str:
    """The page as text; amounts hold a no-break space, the package's sentences a space."""
    return unescape(response.content.decode()).replace("\xa0", " ")


def test_the_calculator_is_public_and_asks_the_figures(client):
    response = client.get(URL)
    assert response.status_code == 200
    page = text(response)
    with translation.override("nl"):
        assert _("What will childcare cost?") in page
    for name in GOOD:
        assert f'name="{name}"' in page
    assert 'id="estimate"' not in page


def test_a_valid_form_shows_the_price_and_every_step_in_dutch(client):
    response = client.post(URL, GOOD)
    assert response.status_code == 302 and response["Location"].startswith(URL)
    page = text(client.get(URL))
    estimate = expected("nl")
    assert tariffs.format_money(estimate.daily_price_cents, "nl") in page  # € 8,41
    assert tariffs.format_money(estimate.monthly_price_cents, "nl") in page
    for step in estimate.steps:
        if step.key != "part_borrowed":
            assert tariffs.explain(step, "nl") in page, step.key
    booking = tariffs.explain_booking(estimate)
    assert tariffs.explain(booking[0], "nl") in page  # bestellen is betalen
    assert str(tariffs.respite_days(estimate.plan).granted) in page
    with translation.override("nl"):
        assert _("Pay less?") in page
    for level in tariffs.ocmw_levels(estimate):
        assert tariffs.explain(level, "nl") in page


def test_older_figures_are_said_plainly(client):
    client.post(URL, GOOD)
    page = text(client.get(URL))
    parameters = selectors.current_parameters()
    assert parameters.structure_year is not None, "2024 publishes no bands: 2014 lends them"
    assert f"{parameters.year}" in page and f"{parameters.structure_year}" in page
    with translation.override("nl"):
        assert (
            _("Your official price is on your 'attest inkomenstarief' from Kind en Gezin.") in page
        )
    # The package's command-line wording ("as you asked") is not shown to parents.
    borrowed = next(s for s in expected("nl").warnings if s.key == "part_borrowed")
    assert tariffs.explain(borrowed, "nl") not in page


@pytest.mark.parametrize("how", ["accept_language", "override"])
def test_the_estimate_in_french(client, how):
    client.post(URL, GOOD)
    if how == "accept_language":
        response = client.get(URL, HTTP_ACCEPT_LANGUAGE="fr")
    else:
        client.cookies["loket_language"] = "fr"
        with translation.override("fr"):
            response = client.get(URL)
    page = text(response)
    assert '<html lang="fr"' in page
    estimate = expected("fr")
    assert tariffs.format_money(estimate.daily_price_cents, "fr") in page  # 8,41 €
    day_length = next(s for s in estimate.steps if s.key == "day_length")
    assert tariffs.explain(day_length, "fr") in page
    assert tariffs.explain(day_length, "nl") not in page


def test_the_inputs_are_remembered_in_the_session_only(client):
    families = Family.objects.count()
    client.post(URL, GOOD | {"multiple_birth": "on", "hours_per_day": "8,5"})
    kept = client.session[SESSION_KEY]
    assert kept == {
        "income": "30000",
        "dependent_children": 2,
        "multiple_birth": True,
        "hours_per_day": "8.5",
        "days_per_week": 4,
    }
    assert Family.objects.count() == families
    page = text(client.get(URL))
    assert 'value="30000"' in page and 'value="8,5"' in page  # the form shows them again
    client.post(reverse("prices:forget"))
    assert SESSION_KEY not in client.session
    assert 'id="estimate"' not in text(client.get(URL))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("joint_taxable_income", "-5000", "income_negative"),
        ("joint_taxable_income", "dertigduizend", "income_invalid"),
        ("joint_taxable_income", "", "income_required"),
        ("hours_per_day", "0", "hours_invalid"),
        ("hours_per_day", "acht", "hours_invalid"),
        ("hours_per_day", "25", "hours_invalid"),
        ("dependent_children", "0", "children_invalid"),
        ("dependent_children", "twee", "children_invalid"),
        ("days_per_week", "9", "days_invalid"),
    ],
)
def test_bad_input_gets_a_message_next_to_the_field_and_keeps_what_was_typed(
    client, field, value, message
):
    response = client.post(URL, GOOD | {field: value}, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    page = text(response)
    with translation.override("nl"):
        expected_message = str(MESSAGES[message])
    block = page.split(f'id="field-{field}"')[1].split('<div class="field')[0]
    assert expected_message in block
    if field != "days_per_week":
        assert f'value="{value}"' in block or not value
    other = 'value="9"' if field == "joint_taxable_income" else 'value="30.000"'
    assert other in page, "the other fields keep what was typed"
    assert SESSION_KEY not in client.session


def test_twins_need_two_children(client):
    response = client.post(URL, GOOD | {"dependent_children": "1", "multiple_birth": "on"})
    block = text(response).split('id="field-multiple_birth"')[1]
    assert str(MESSAGES["multiple_birth_one_child"]) in block


def test_messages_are_translated_in_the_page_language(client):
    response = client.post(URL, GOOD | {"hours_per_day": "0"}, HTTP_ACCEPT_LANGUAGE="fr")
    with translation.override("fr"):
        assert str(MESSAGES["hours_invalid"]).replace("\xa0", " ") in text(response)


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("32000", "32000"),
        ("32.000", "32000"),
        ("32 000,50", "32000.50"),
        ("32,000.50", "32000.50"),
        ("€ 32.000", "32000"),
        ("1500,5", "1500.5"),
    ],
)
def test_amounts_are_read_as_people_write_them(typed, amount):
    assert parse_amount(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["32.0000", "3,2,1", "1e5", "12abc", "100000000"])
def test_unclear_amounts_are_refused(typed):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        parse_amount(typed)


def test_the_latest_year_borrows_from_the_latest_year_with_bands():
    parameters = selectors.current_parameters()
    years = tariffs.available_years()
    assert parameters.year == years[-1]
    with_bands = [y for y in years if tariffs.load_year(y).has("income_bands")]
    assert parameters.structure_year == with_bands[-1]


def test_a_year_that_publishes_everything_borrows_nothing(monkeypatch):
    class Complete:
        unknown = frozenset()

    monkeypatch.setattr(tariffs, "available_years", lambda: (2014, 2030))
    monkeypatch.setattr(tariffs, "load_year", lambda year: Complete())
    assert selectors.current_parameters() == selectors.PriceParameters(2030, None)


def test_a_new_year_without_bands_borrows_from_the_latest_with_bands(monkeypatch):
    real = tariffs.load_year

    class NoBands:
        unknown = frozenset({"income_bands"})

        def has(self, part):
            return False

    monkeypatch.setattr(tariffs, "available_years", lambda: (2014, 2017, 2024, 2031))
    monkeypatch.setattr(tariffs, "load_year", lambda y: NoBands() if y == 2031 else real(y))
    assert selectors.current_parameters() == selectors.PriceParameters(2031, 2014)
