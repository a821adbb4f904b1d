"""The analysis in Debian's Chromium, as the demo analyst: overview, map, charts, waiting,
expansion advice; then a family's file, which an analyst may not open.

Screenshots are saved under var/screenshots/monitoring-*.png to be looked at.
"""

import pytest
from django.core.management import call_command
from selenium.webdriver.common.by import By

from loket.accounts.models import User
from loket.families.models import Family
from loket.locations.models import Organiser
from loket.monitoring.demo import run_demo_round
from loket.municipalities.models import Municipality
from loket.web.tests.test_browser_flows import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(live_server):
    call_command("load_demo", "--scale", "0.2", verbosity=0)
    # The demo has no offers or placements: the desk runs one allocation round, as it would.
    provider = User.objects.get(email="provider@demo.loket")
    provider.organisers.set(Organiser.objects.all())
    run_demo_round(
        Municipality.objects.get(),
        actor=User.objects.get(email="desk@demo.loket"),
        provider=provider,
    )
    return live_server


def _svg_titles(browser) -> list[str]:
    return [
        svg.find_element(By.TAG_NAME, "title").get_attribute("textContent")
        for svg in browser.find_elements(By.CSS_SELECTOR, "svg[role=img]")
    ]


def test_analyst_reads_the_analysis_but_no_family_file(demo, browser, screenshot):
    base = demo.url
    login(browser, base, "analyst@demo.loket", "demo-analyst-2026")
    # The analyst lands on the overview of the analysis (the figures page), also in the menu.
    assert browser.current_url.rstrip("/").endswith("/figures")
    assert browser.find_elements(By.CSS_SELECTOR, ".kpis .kpi")
    browser.find_element(By.CSS_SELECTOR, "nav.main a[href='/monitoring/']").click()
    assert browser.current_url.rstrip("/").endswith("/monitoring")
    screenshot("monitoring-01-overview", width=1280)

    browser.get(base + "/monitoring/coverage/")
    maps = browser.find_elements(By.CSS_SELECTOR, "svg[id^=map-] path")
    assert len(maps) >= 2 * 10, "every neighbourhood is drawn on both maps"
    assert browser.find_element(By.ID, "table-coverage")
    svg = browser.find_element(By.ID, "map-coverage")
    assert svg.get_attribute("role") == "img"
    assert svg.get_attribute("aria-labelledby") == "map-coverage-title map-coverage-desc"
    screenshot("monitoring-02-map", width=1280)
    browser.execute_script(
        "document.getElementById('bars-coverage').scrollIntoView({block: 'start'});"
    )
    assert browser.find_elements(By.CSS_SELECTOR, "#bars-coverage rect")
    screenshot("monitoring-03-charts", width=1280)
    screenshot("monitoring-02-map-narrow", width=420)

    browser.get(base + "/monitoring/demand/")
    assert browser.find_element(By.ID, "chart-waiting")
    assert browser.find_element(By.ID, "table-waiting")
    assert len(_svg_titles(browser)) == 2
    screenshot("monitoring-04-waiting", width=1280)

    browser.get(base + "/monitoring/expansion/")
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.ID, "id_neighbourhood")).select_by_index(3)
    field = browser.find_element(By.ID, "id_new_places")
    field.clear()
    field.send_keys("20")
    browser.find_element(By.CSS_SELECTOR, "main form.card button[type=submit]").click()
    assert browser.find_element(By.ID, "advice")
    assert browser.find_element(By.ID, "table-whatif")
    screenshot("monitoring-05-expansion", width=1280)

    # No name of any family or child appears on the pages.
    for url in ("/monitoring/", "/monitoring/representation/", "/monitoring/locations/"):
        browser.get(base + url)
        text = browser.find_element(By.TAG_NAME, "main").text
        for family in Family.objects.prefetch_related("guardians")[:30]:
            assert family.reference not in text
            for guardian in family.guardians.all():
                assert f"{guardian.first_name} {guardian.last_name}" not in text

    # A family's file stays closed to the analyst.
    family = Family.objects.order_by("pk").first()
    url = base + f"/desk/families/{family.pk}/"
    browser.get(url)
    status = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));",
        url,
    )
    assert status == 403
    assert family.reference not in browser.page_source
