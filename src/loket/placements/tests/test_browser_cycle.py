"""A whole placement cycle in Chromium: register, run a round, preview, confirm, accept an
offer, let another expire so the next family gets it, and read the waiting-list explanation in
Dutch and in Arabic."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import alert_is_present
from selenium.webdriver.support.ui import WebDriverWait

from loket.accounts.models import User
from loket.locations.models import Location, LocationCapacity
from loket.placements.models import AllocationRound, Offer
from loket.registrations.models import ChildcareRequest
from loket.web.tests.test_browser_flows import (
    choose_language,
    click,
    fill_parent_request,
    gone,
    login,
    set_value,
    submit,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(live_server):
    call_command("load_demo", "--scale", "0.2", verbosity=0)
    return live_server


def logout(browser):
    browser.delete_all_cookies()


def test_a_whole_placement_cycle(demo, browser, screenshot):
    base = demo.url
    today = timezone.localdate()
    parent = User.objects.get(email="parent@demo.loket")
    # The demo parent registers a second child for a location with one free seat left on the
    # days it asks; others wait for it too.
    # A location with a baby seat really free on Monday, Tuesday and Thursday (the plan's days):
    # offer exactly one of them; the others stay out of this round.
    location = next(
        loc
        for loc in Location.objects.order_by("pk")
        if all(
            LocationCapacity.objects.filter(
                location=loc, age_band="baby", weekday=d, free_places__gte=1
            ).exists()
            for d in ("mon", "tue", "thu")
        )
    )
    LocationCapacity.objects.filter(location=location).update(free_places=0)
    LocationCapacity.objects.filter(
        location=location, age_band="baby", weekday__in=["mon", "tue", "thu"]
    ).update(free_places=1)
    login(browser, base, parent.email, "demo-parent-2026")
    browser.get(base + "/portal/requests/new/")
    fill_parent_request(
        browser, start=today + dt.timedelta(days=30), birth=today - dt.timedelta(days=150)
    )
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.ID, "id_choice_1")).select_by_value(str(location.pk))
    Select(browser.find_element(By.ID, "id_choice_2")).select_by_index(0)
    submit(browser)
    mine = ChildcareRequest.objects.get(child__first_name="Noorke")
    rivals = list(
        ChildcareRequest.objects.filter(status__in=["submitted", "waiting"])
        .exclude(pk=mine.pk)
        .order_by("pk")[:3]
    )
    for rival in rivals:  # three families want the same seat; the lottery decides among equals
        rival.preferences.all().delete()
        rival.preferences.create(location=location, rank=1)
        rival.plan = mine.plan
        rival.desired_start = mine.desired_start
        rival.child.birth_date = mine.child.birth_date
        rival.child.save()
        rival.save()
    logout(browser)

    # The desk runs a round for the coming months, looks at the preview and confirms it.
    login(browser, base, "desk@demo.loket", "demo-desk-2026")
    browser.get(base + "/desk/rounds/")
    set_value(browser, "id_window_start", today.isoformat())
    set_value(browser, "id_window_end", (today + dt.timedelta(days=60)).isoformat())
    screenshot("cycle-01-new-round", width=1280)
    submit(browser)
    rnd = AllocationRound.objects.get()
    assert rnd.status == "preview" and rnd.summary["placed"] >= 1
    screenshot("cycle-02-preview", width=1280)
    # Confirming asks first how many families will be told; the worker says yes.
    body = browser.find_element(By.TAG_NAME, "body")
    browser.find_element(
        By.CSS_SELECTOR, f"form[action='/desk/rounds/{rnd.pk}/confirm/'] button"
    ).click()
    alert = WebDriverWait(browser, 5).until(alert_is_present())
    assert str(rnd.summary["placed"]) in alert.text
    alert.accept()
    WebDriverWait(browser, 10).until(gone(body))
    rnd.refresh_from_db()
    assert rnd.status == "confirmed"
    screenshot("cycle-03-confirmed", width=1280)
    contenders = [mine.pk] + [r.pk for r in rivals]
    seat_offer = Offer.objects.get(location=location, status="open", request__in=contenders)
    logout(browser)

    # The family with the seat accepts it in the portal, or lets it expire; here: it expires,
    # and the next family in line gets it; the one after accepts.
    first = seat_offer.request
    Offer.objects.filter(pk=seat_offer.pk).update(deadline=timezone.now() - dt.timedelta(hours=1))
    call_command("process_offers", verbosity=0)
    seat_offer.refresh_from_db()
    assert seat_offer.status == "expired"
    # The next in line may be any waiting family that ranked this location and fits the seat.
    next_offer = Offer.objects.get(location=location, status="open", origin="next_in_line")
    assert next_offer.request_id != first.pk

    winner = next_offer.request
    login_as_family(browser, base, winner)
    browser.get(base + f"/portal/requests/{winner.pk}/")
    screenshot("cycle-04-offer")
    click(browser, f"accept-{next_offer.pk}")
    next_offer.refresh_from_db()
    assert next_offer.status == "accepted"
    screenshot("cycle-05-accepted")
    logout(browser)

    # A family still waiting reads where it stands and why, in Dutch and in Arabic.
    waiting = (
        ChildcareRequest.objects.filter(pk__in=contenders, status="waiting")
        .exclude(pk=winner.pk)
        .first()
    )
    assert waiting is not None
    login_as_family(browser, base, waiting)
    browser.get(base + f"/portal/requests/{waiting.pk}/")
    text = browser.find_element(By.ID, "waiting-list").text
    assert location.name in text
    screenshot("cycle-06-waiting-nl")
    choose_language(browser, "ar")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    assert location.name in browser.find_element(By.ID, "waiting-list").text
    screenshot("cycle-07-waiting-ar")


PASSWORD = "a-long-password-for-tests"


def login_as_family(browser, base, childcare_request):
    """Log in as a parent of the request's family (giving that parent an account if needed)."""
    from loket.accounts.roles import Role, role_group

    guardian = childcare_request.child.family.guardians.order_by("pk").first()
    user = guardian.user
    if user is None:
        user = User.objects.create_user(f"family{childcare_request.pk}@example.org")
        user.groups.add(role_group(Role.PARENT))
        guardian.user = user
        guardian.save()
    user.set_password(PASSWORD)
    user.save()
    login(browser, base, user.email, PASSWORD)
