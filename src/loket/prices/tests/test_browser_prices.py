"""In Debian's Chromium: a parent estimates the price in Dutch and in French and then sees it next
to the free places; the desk records a family's income and sees the price card.

Screenshots under var/screenshots/: price-nl-01-calculator, price-nl-02-estimate,
price-fr-02-estimate, price-nl-03-free-places, price-desk-01-file-card.
"""

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext as _
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from loket.domain import tariffs
from loket.families.models import Family
from loket.prices.selectors import current_parameters
from loket.web.tests.test_browser_flows import choose_language, gone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(live_server):
    call_command("load_demo", "--scale", "0.2", verbosity=0)
    return live_server


def set_value(browser, element_id: str, value: str) -> None:
    element = browser.find_element(By.ID, element_id)
    browser.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        element,
        value,
    )


def submit(browser, form_selector: str) -> None:
    """Submit a form and wait until the next page has replaced this one."""
    form = browser.find_elements(By.CSS_SELECTOR, form_selector)[-1]
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    body = browser.find_element(By.TAG_NAME, "body")
    browser.execute_script("arguments[0].click();", button)
    WebDriverWait(browser, 10).until(gone(body))


def page_text(browser) -> str:
    return browser.find_element(By.TAG_NAME, "main").text


def the_estimate():
    """What the package says for the parent of this walk-through: 30,000 a year, 2 children,
    9 hours a day, 4 days a week."""
    parameters = current_parameters()
    return tariffs.estimate(
        tariffs.Household(Decimal(30000), 2),
        year=parameters.year,
        structure_year=parameters.structure_year,
        hours_per_day=Decimal(9),
        plan=tariffs.CarePlan.uniform(4, Decimal(9)),
    )


def test_a_parent_sees_the_estimate_in_dutch_and_in_french(demo, browser, screenshot):
    estimate = the_estimate()
    browser.get(demo.url + "/price/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    screenshot("price-nl-01-calculator")

    set_value(browser, "id_joint_taxable_income", "30.000")
    set_value(browser, "id_dependent_children", "2")
    set_value(browser, "id_hours_per_day", "9")
    Select(browser.find_element(By.ID, "id_days_per_week")).select_by_value("4")
    submit(browser, "main form.price-form")
    text = page_text(browser)
    assert tariffs.format_money(estimate.daily_price_cents, "nl") in text  # € 8,41 a day
    assert tariffs.format_money(estimate.monthly_price_cents, "nl") in text
    day_length = next(step for step in estimate.steps if step.key == "day_length")
    assert tariffs.explain(day_length, "nl") in text
    with translation.override("nl"):
        assert _("How we calculate it") in text
    screenshot("price-nl-02-estimate")

    choose_language(browser, "fr")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    text = page_text(browser)
    assert tariffs.format_money(estimate.daily_price_cents, "fr") in text  # 8,41 €
    assert tariffs.explain(day_length, "fr") in text
    booking = tariffs.explain_booking(estimate)
    assert tariffs.explain(booking[0], "fr") in text  # « Réserver, c'est payer »
    with translation.override("fr"):
        assert _("How we calculate it") in text
    screenshot("price-fr-02-estimate")

    choose_language(browser, "nl")
    browser.get(demo.url + "/free-places/")
    with translation.override("nl"):
        about = _("about %(price)s a day for you") % {
            "price": tariffs.format_money(estimate.daily_price_cents, "nl")
        }
    hints = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#results .price-for")]
    assert any(about in hint for hint in hints), hints
    first = browser.find_element(By.CSS_SELECTOR, "#results .price-for")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", first)
    screenshot("price-nl-03-free-places")


def test_the_desk_sees_the_price_card_in_the_family_file(demo, browser, screenshot):
    family = (
        Family.objects.filter(children__requests__status="waiting", guardians__isnull=False)
        .order_by("pk")
        .first()
    )
    browser.get(demo.url + "/account/login/")
    browser.find_element(By.ID, "id_username").send_keys("desk@demo.loket")
    browser.find_element(By.ID, "id_password").send_keys("demo-desk-2026")
    submit(browser, "main form[method=post]")
    browser.get(f"{demo.url}/desk/families/{family.pk}/")
    set_value(browser, "id_price-joint_taxable_income", "24.500")
    set_value(browser, "id_price-dependent_children", "2")
    browser.execute_script("document.getElementById('id_price-social_integration_income').click()")
    submit(browser, "form.price-income-form")
    assert browser.current_url.endswith(f"/desk/families/{family.pk}/#price")
    family.refresh_from_db()
    assert family.joint_taxable_income == Decimal("24500")
    assert family.social_integration_income
    card = browser.find_element(By.ID, "price").text
    reason = tariffs.explain(tariffs.Step("ivt_social_integration_income"), "nl")
    assert reason in card
    screenshot("price-desk-01-file-card")
