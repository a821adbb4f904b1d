"""Walk through referral and vouchers in Debian's Chromium: a partner refers a family and issues a
booklet, a provider uses a voucher (and is refused the second time), the desk opens the monthly
statement. Screenshots under var/screenshots/ (partner-*, voucher-*, statement-*); the booklet
PDF is saved there too, with a PNG of its pages when pdftoppm is installed."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from django.core.management import call_command
from django.utils import timezone
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import SCREENSHOTS
from loket.families.models import Family
from loket.vouchers import documents
from loket.vouchers.models import Booklet, Voucher
from loket.web.tests.test_browser_flows import click, login, set_value, submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(live_server):
    call_command("load_demo", "--scale", "0.2", verbosity=0)
    return live_server


def save_booklet_pdf(booklet: Booklet) -> None:
    pdf = SCREENSHOTS / "partner-08-booklet.pdf"
    pdf.write_bytes(documents.booklet_pdf(booklet))
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        subprocess.run(  # noqa: S603 - fixed arguments, our own file
            [pdftoppm, "-png", "-r", "60", str(pdf), str(SCREENSHOTS / "partner-08-booklet")],
            check=True,
        )


def test_partner_refers_a_family_and_issues_a_booklet(demo, browser, screenshot):
    base = demo.url
    login(browser, base, "partner@demo.loket", "demo-partner-2026")
    browser.get(base + "/partner/")
    screenshot("partner-01-my-families")
    browser.find_element(By.ID, "refer-link").click()
    assert "/partner/refer/" in browser.current_url
    screenshot("partner-02-refer-form")

    today = dt.date.today()
    set_value(browser, "id_first_name", "Hawa")
    set_value(browser, "id_last_name", "Kouyaté-Referral")
    set_value(browser, "id_phone", "0470 11 22 33")
    Select(browser.find_element(By.ID, "id_language")).select_by_value("fr")
    click(browser, "id_situation_5")  # none of these
    set_value(browser, "id_child_first_name", "Binta")
    set_value(browser, "id_birth_date", (today - dt.timedelta(days=330)).isoformat())
    click(browser, "id_single_parent")
    click(browser, "id_low_income")
    click(browser, "id_consent")
    submit(browser, "#referral-form")
    family = Family.objects.get(guardians__last_name="Kouyaté-Referral")
    assert f"/partner/families/{family.pk}/" in browser.current_url
    assert family.referred_by.staff.filter(email="partner@demo.loket").exists()
    screenshot("partner-03-family")

    browser.find_element(By.ID, "vouchers-link").click()
    screenshot("partner-04-eligibility")
    for i in (0, 3, 4):  # income, housing, stimulation
        click(browser, f"id_domains_{i}")
    click(browser, "id_extras_0")
    submit(browser, "#eligibility-form")
    assert browser.find_element(By.CSS_SELECTOR, "#assessment .badge.ok")
    screenshot("partner-05-eligible")
    Select(browser.find_element(By.ID, "id_language")).select_by_value("fr")
    submit(browser, "#issue-form")
    booklet = Booklet.objects.get(family=family)
    assert f"/vouchers/booklets/{booklet.pk}/" in browser.current_url
    assert booklet.vouchers.count() == 10 and booklet.language == "fr"
    screenshot("partner-06-booklet")
    href = browser.find_element(By.ID, "booklet-pdf").get_attribute("href")
    assert href.endswith(f"/vouchers/booklets/{booklet.pk}/pdf/")
    browser.get(base + "/partner/")
    screenshot("partner-07-my-families-after")
    save_booklet_pdf(booklet)


def test_provider_uses_a_voucher_once(demo, browser, screenshot):
    voucher = (
        Voucher.objects.filter(
            redeemed_at__isnull=True,
            booklet__issued_at__lte=timezone.now() - dt.timedelta(days=1),
            booklet__programme__valid_until__gte=dt.date.today(),
        )
        .order_by("booklet__issued_at", "number")
        .first()
    )
    base = demo.url
    login(browser, base, "provider@demo.loket", "demo-provider-2026")
    # Scanning the QR code opens the page with the code filled in.
    browser.get(documents.redeem_url(voucher.code).replace("http://127.0.0.1:8000", base))
    assert browser.find_element(By.ID, "id_code").get_attribute("value") == voucher.display_code
    screenshot("voucher-01-scanned")
    submit(browser, "#redeem-form")
    voucher.refresh_from_db()
    assert voucher.redeemed_at is not None and voucher.location.accepts_vouchers
    assert voucher.display_code in browser.find_element(By.CSS_SELECTOR, ".messages").text
    screenshot("voucher-02-used")

    set_value(browser, "id_code", voucher.display_code.lower().replace("-", " "))
    submit(browser, "#redeem-form")
    error = browser.find_element(By.CSS_SELECTOR, "#field-code .errorlist").text
    assert voucher.location.name in error  # used here: the provider may see where
    assert browser.find_element(By.CSS_SELECTOR, ".refusal")
    screenshot("voucher-03-refused")
    assert Voucher.objects.filter(pk=voucher.pk, redeemed_at=voucher.redeemed_at).exists()
    browser.get(base + "/vouchers/used/")
    screenshot("voucher-04-used-list")


def test_desk_opens_the_monthly_statement(demo, browser, screenshot):
    base = demo.url
    login(browser, base, "desk@demo.loket", "demo-desk-2026")
    browser.get(base + "/vouchers/")
    assert browser.find_element(By.ID, "funnel")
    screenshot("statement-01-dashboard")
    screenshot("statement-01-dashboard-wide", width=1280)
    browser.get(base + "/vouchers/statements/")
    screenshot("statement-02-list")
    # Last month's statement (the month is over), else the first one listed.
    last_month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%-m/")
    links = browser.find_elements(By.CSS_SELECTOR, "#statements tbody tr td:first-child a")
    link = next((a for a in links if a.get_attribute("href").endswith(last_month)), links[0])
    browser.execute_script("arguments[0].click();", link)
    WebDriverWait(browser, 10).until(lambda b: "statement-total" in b.page_source)
    assert "/vouchers/statements/" in browser.current_url
    total_text = browser.find_element(By.ID, "statement-total").text
    organiser_id, period = browser.current_url.rstrip("/").split("/")[-2:]
    year, month = (int(x) for x in period.split("-"))
    start = timezone.make_aware(dt.datetime(year, month, 1))
    end = timezone.make_aware(dt.datetime(year + month // 12, month % 12 + 1, 1))
    used = Voucher.objects.filter(
        location__organiser_id=organiser_id, redeemed_at__gte=start, redeemed_at__lt=end
    )
    total = sum(used.values_list("value_cents", flat=True))
    assert f"{total // 100},{total % 100:02d}" in total_text
    screenshot("statement-03-statement")
    browser.get(base + "/partner/desk/case-meeting/")
    screenshot("statement-04-case-meeting", width=1280)
    browser.get(base + "/partner/desk/")
    screenshot("statement-05-referrals", width=1280)
    family = Booklet.objects.order_by("issued_at").first().family
    browser.get(f"{base}/desk/families/{family.pk}/")
    card = browser.find_element(By.ID, "referral-card")
    browser.execute_script("arguments[0].scrollIntoView();", card)
    screenshot("statement-06-family-file")
