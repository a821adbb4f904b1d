"""Walk through the key pages in Debian's Chromium, as a parent, a desk worker and a provider.

Each step saves a screenshot under var/screenshots/ so that the pages can be looked at.
"""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext as _
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from loket.families.models import Family
from loket.locations.models import LocationCapacity
from loket.registrations.models import ChildcareRequest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(live_server):
    call_command("load_demo", "--scale", "0.2", verbosity=0)
    return live_server


def gone(element):
    """Wait condition: the element left the page (a new page replaced it). ChromeDriver reports
    a node of a replaced document either as stale or as an inspector error; both mean gone."""

    def check(_browser) -> bool:
        try:
            element.is_enabled()
        except WebDriverException:
            return True
        return False

    return check


def set_value(browser, element_id: str, value: str) -> None:
    element = browser.find_element(By.ID, element_id)
    browser.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        element,
        value,
    )


def click(browser, element_id: str) -> None:
    element = browser.find_element(By.ID, element_id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    browser.execute_script("arguments[0].click();", element)


def submit(browser, form_selector: str = "main form[method=post]") -> None:
    """Submit a form and wait until the next page has replaced this one."""
    form = browser.find_elements(By.CSS_SELECTOR, form_selector)[-1]
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    body = browser.find_element(By.TAG_NAME, "body")
    button.click()
    WebDriverWait(browser, 10).until(gone(body))


def login(browser, base: str, email: str, password: str) -> None:
    browser.get(base + "/account/login/")
    browser.find_element(By.ID, "id_username").send_keys(email)
    browser.find_element(By.ID, "id_password").send_keys(password)
    submit(browser)


def choose_language(browser, code: str) -> None:
    """Pick a language in the header and wait for the page in that language."""
    for attempt in range(3):
        try:
            Select(browser.find_element(By.ID, "language-select")).select_by_value(code)
            body = browser.find_element(By.TAG_NAME, "body")
            browser.find_element(By.CSS_SELECTOR, ".lang button[type=submit]").click()
            break
        except WebDriverException:
            # Chromium may drop its handle on a node right after a screenshot's resize.
            if attempt == 2:
                raise
    WebDriverWait(browser, 10).until(gone(body))
    WebDriverWait(browser, 10).until(
        lambda b: b.find_element(By.TAG_NAME, "html").get_attribute("lang") == code
    )


def fill_parent_request(browser, start: dt.date, birth: dt.date) -> None:
    set_value(browser, "id_child_first_name", "Noorke")
    set_value(browser, "id_birth_date", birth.isoformat())
    set_value(browser, "id_desired_start", start.isoformat())
    for day in ("mon", "tue", "thu"):
        click(browser, f"id_day_{day}")
    Select(browser.find_element(By.ID, "id_choice_1")).select_by_index(1)
    Select(browser.find_element(By.ID, "id_choice_2")).select_by_index(2)
    click(browser, "id_motive_0")
    set_value(browser, "id_first_name", "Amira")
    set_value(browser, "id_last_name", "Benali")
    set_value(browser, "id_phone", "0470 12 34 56")
    click(browser, "id_situation_1")
    click(browser, "id_consent")


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_parent_registers_a_request(demo, browser, screenshot, language):
    base = demo.url
    browser.get(base + "/")
    if language != "nl":
        choose_language(browser, language)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
    expected_dir = "rtl" if language == "ar" else "ltr"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == expected_dir
    screenshot(f"parent-{language}-01-home")
    browser.find_element(By.CSS_SELECTOR, "main .actions a.btn").click()
    browser.find_element(By.ID, "id_email").send_keys(f"lina.{language}@example.org")
    screenshot(f"parent-{language}-02-sign-up")
    submit(browser)
    assert "/portal/requests/new/" in browser.current_url
    screenshot(f"parent-{language}-03-form")

    today = dt.date.today()
    fill_parent_request(browser, start=today + dt.timedelta(days=120),
                        birth=today - dt.timedelta(days=200))  # fmt: skip
    # First without a day: the form says what is wrong and keeps what was typed.
    for day in ("mon", "tue", "thu"):
        click(browser, f"id_day_{day}")
    submit(browser)
    with translation.override(language):
        message = _("Choose at least one day.")
    error = browser.find_element(By.CSS_SELECTOR, "#field-days .errorlist")
    assert message in error.text
    assert browser.find_element(By.ID, "id_first_name").get_attribute("value") == "Amira"
    assert not ChildcareRequest.objects.filter(child__first_name="Noorke").exists()
    screenshot(f"parent-{language}-04-form-error")

    for day in ("mon", "tue", "thu"):
        click(browser, f"id_day_{day}")
    click(browser, "id_consent") if not browser.find_element(
        By.ID, "id_consent"
    ).is_selected() else None
    submit(browser)
    req = ChildcareRequest.objects.get(child__first_name="Noorke")
    assert f"/portal/requests/{req.pk}/" in browser.current_url
    assert req.reference in browser.find_element(By.TAG_NAME, "h1").text
    assert req.status == "submitted" and req.preferences.count() == 2
    assert [d["day"] for d in req.plan["days"]] == ["mon", "tue", "thu"]
    screenshot(f"parent-{language}-05-request")


def test_desk_worker_does_an_assisted_intake(demo, browser, screenshot):
    base = demo.url
    login(browser, base, "desk@demo.loket", "demo-desk-2026")
    assert "/desk/" in browser.current_url
    screenshot("desk-01-requests", width=1280)
    browser.get(base + "/desk/?urgent=on")
    screenshot("desk-02-urgent-filter", width=1280)
    browser.get(base + "/desk/intake/")
    today = dt.date.today()
    set_value(browser, "id_first_name", "Hayat")
    set_value(browser, "id_last_name", "El Amrani")
    click(browser, "id_situation_1")
    set_value(browser, "id_second_parent_first_name", "Youssef")
    Select(browser.find_element(By.ID, "id_language")).select_by_value("ar")
    click(browser, "id_needs_interpreter")
    click(browser, "id_born_1")
    set_value(browser, "id_expected_date", (today + dt.timedelta(days=60)).isoformat())
    set_value(browser, "id_desired_start", (today + dt.timedelta(days=150)).isoformat())
    for day in ("mon", "wed"):
        click(browser, f"id_day_{day}")
    Select(browser.find_element(By.ID, "id_choice_1")).select_by_index(3)
    click(browser, "id_motive_4")
    click(browser, "id_single_parent")
    click(browser, "id_low_income")
    click(browser, "id_extra_facts_1")
    click(browser, "id_urgent")
    click(browser, "id_social_emergency")
    click(browser, "id_consent")
    screenshot("desk-03-intake", width=1280)
    submit(browser)
    family = Family.objects.get(guardians__first_name="Hayat")
    assert f"/desk/families/{family.pk}/" in browser.current_url
    req = ChildcareRequest.objects.get(child__family=family)
    assert req.channel == "desk" and req.urgent and req.social_emergency
    assert req.urgent_deadline is not None
    assert family.guardians.count() == 2 and family.needs_interpreter
    assert set(family.facts.values_list("source", flat=True)) == {"checked"}
    screenshot("desk-04-family-file", width=1280)
    # Record another need of the family and refer it on.
    Select(browser.find_element(By.ID, "id_kind")).select_by_value("housing")
    Select(browser.find_element(By.ID, "id_referred_to")).select_by_value("ocmw")
    submit(browser, f"form[action='/desk/families/{family.pk}/needs/']")
    assert family.needs.get().referred_to == "ocmw"
    screenshot("desk-05-need-referred", width=1280)


def test_provider_updates_free_places(demo, browser, screenshot):
    base = demo.url
    login(browser, base, "provider@demo.loket", "demo-provider-2026")
    assert "/provider/" in browser.current_url
    screenshot("provider-01-locations")
    browser.find_element(By.CSS_SELECTOR, "main .card .actions a.btn").click()
    location_id = int(browser.current_url.rstrip("/").split("/")[-1])
    cap = LocationCapacity.objects.get(location_id=location_id, weekday="tue", age_band="toddler")
    screenshot("provider-02-places", width=1280)
    # Too many free places is refused, with the message next to the field; nothing is saved.
    set_value(browser, "id_free_tue_toddler", str(cap.places + 3))
    submit(browser)
    errors = browser.find_elements(By.CSS_SELECTOR, ".errorlist")
    assert errors, "an error is shown"
    cap.refresh_from_db()
    assert cap.free_places <= cap.places
    screenshot("provider-03-places-error", width=1280)
    set_value(browser, "id_free_tue_toddler", str(cap.places))
    submit(browser)
    cap.refresh_from_db()
    assert cap.free_places == cap.places
    screenshot("provider-04-places-saved", width=1280)


def test_public_search_of_free_places(demo, browser, screenshot):
    browser.get(demo.url + "/free-places/")
    screenshot("public-01-free-places")
    street = browser.find_element(By.ID, "id_where")
    from loket.municipalities.models import Street

    street.send_keys(Street.objects.order_by("name").first().name)
    # htmx replaces only the results; without JavaScript the same form reloads the page.
    browser.find_element(By.CSS_SELECTOR, "main form[method=get] button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda b: " km" in b.find_element(By.ID, "results").text)
    assert "km" in browser.find_element(By.ID, "results").text
    screenshot("public-02-free-places-near")
