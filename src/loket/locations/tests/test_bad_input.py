"""Bad input on the provider's places and opening-hours forms, through the test client.

For each mistake: the page comes back (200) with the Dutch message next to the field, what the
provider typed is still in the form, and no capacity, hours or audit row changed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from loket.audit.models import AuditEvent
from loket.locations.models import LocationCapacity, OpeningHours, Weekday
from loket.registrations.tests.test_bad_input import HtmlTree, dutch, form_values

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
BANDS = ["baby", "toddler"]

MORE_FREE_THAN_PLACES = "There cannot be more free places than places."
ABOVE_LICENCE = (
    "On %(day)s the places add up to %(total)s, more than the %(licensed)s licensed places."
)
CLOSES_BEFORE_OPENING = "Closing time must be after opening time."
BOTH_TIMES = "Give both the opening and the closing time, or neither."


def text_next_to(html: str, name: str) -> str:
    """The text of the field's container: ``id="field-<name>"`` where the page has one, else the
    element that holds the input (a table cell in these grids)."""
    nodes = list(HtmlTree(html).root.walk())
    for node in nodes:
        if node.attrs.get("id") == f"field-{name}":
            return node.text()
    for node in nodes:
        if node.tag in ("input", "select", "textarea") and node.attrs.get("name") == name:
            return node.parent.text()
    raise AssertionError(f"no field {name} on the page")


def capacity_rows(location):
    return sorted(
        LocationCapacity.objects.filter(location=location).values_list(
            "pk", "weekday", "age_band", "places", "free_places"
        )
    )


def hours_rows(location):
    return sorted(
        OpeningHours.objects.filter(location=location).values_list(
            "pk", "weekday", "opens", "closes"
        )
    )


def state(location):
    location.refresh_from_db()
    return (
        capacity_rows(location),
        hours_rows(location),
        LocationCapacity.objects.count(),
        OpeningHours.objects.count(),
        AuditEvent.objects.count(),
        location.free_places_updated_at,
    )


def capacity_payload(location) -> dict[str, str]:
    """The grid as it is now, as the browser would send it back unchanged."""
    existing = {(c.weekday, c.age_band): c for c in location.capacities.all()}
    data = {}
    for day in DAYS:
        for band in BANDS:
            cap = existing.get((day, band))
            data[f"places_{day}_{band}"] = str(cap.places if cap else 0)
            data[f"free_{day}_{band}"] = str(cap.free_places if cap else 0)
    return data


def hours_payload(location) -> dict[str, str]:
    existing = {h.weekday: h for h in location.opening_hours.all()}
    data = {}
    for day in DAYS:
        h = existing.get(day)
        data[f"opens_{day}"] = f"{h.opens:%H:%M}" if h else ""
        data[f"closes_{day}"] = f"{h.closes:%H:%M}" if h else ""
    return data


def assert_kept(html: str, sent: dict) -> None:
    shown = form_values(html)
    for name, value in sent.items():
        assert shown.get(name) == [value], f"{name}: sent {value!r}, shown {shown.get(name)!r}"


@pytest.fixture
def provider_client(provider_user):
    client = Client()
    client.force_login(provider_user)
    return client


# Places -----------------------------------------------------------------------------------------


def test_the_valid_capacity_form_is_saved(provider_client, location):
    """The control for the cases below: without the mistake the same grid is saved."""
    sent = capacity_payload(location) | {"places_mon_baby": "6", "free_mon_baby": "2"}
    events = AuditEvent.objects.count()
    response = provider_client.post(reverse("provider:location", args=[location.pk]), sent)
    assert response.status_code == 302
    cap = LocationCapacity.objects.get(location=location, weekday="mon", age_band="baby")
    assert (cap.places, cap.free_places) == (6, 2)
    assert AuditEvent.objects.count() == events + 1


def test_free_places_above_places(provider_client, location):
    cap = LocationCapacity.objects.get(location=location, weekday="tue", age_band="toddler")
    sent = capacity_payload(location) | {
        "places_mon_baby": "5",  # a valid change in the same post: must not be saved either
        "free_tue_toddler": str(cap.places + 2),
    }
    before = state(location)

    response = provider_client.post(reverse("provider:location", args=[location.pk]), sent)

    assert response.status_code == 200
    html = response.content.decode()
    assert dutch(MORE_FREE_THAN_PLACES) in text_next_to(html, "free_tue_toddler")
    assert dutch(MORE_FREE_THAN_PLACES) not in text_next_to(html, "free_mon_baby")
    assert_kept(html, sent)
    assert state(location) == before


def test_places_of_a_day_above_the_licensed_places(provider_client, location):
    licensed = location.licensed_places
    babies, toddlers = licensed // 2 + 2, licensed - licensed // 2 + 1
    sent = capacity_payload(location) | {
        "places_wed_baby": str(babies),
        "places_wed_toddler": str(toddlers),
    }
    before = state(location)

    response = provider_client.post(reverse("provider:location", args=[location.pk]), sent)

    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("nl"):
        day = str(Weekday.WED.label)
    expected = dutch(ABOVE_LICENCE, day=day, total=babies + toddlers, licensed=licensed)
    # The message sits next to Wednesday's places (on the first age band's places cell).
    assert expected in text_next_to(html, "places_wed_baby")
    assert expected not in text_next_to(html, "places_mon_baby")
    assert_kept(html, sent)
    assert state(location) == before


def test_negative_places_are_refused(provider_client, location):
    sent = capacity_payload(location) | {"places_thu_baby": "-3"}
    before = state(location)
    response = provider_client.post(reverse("provider:location", args=[location.pk]), sent)
    assert response.status_code == 200
    html = response.content.decode()
    assert text_next_to(html, "places_thu_baby") != ""
    assert "errorlist" in html
    assert_kept(html, sent)
    assert state(location) == before


# Opening hours ----------------------------------------------------------------------------------


def test_the_valid_hours_form_is_saved(provider_client, location):
    sent = hours_payload(location) | {"opens_sat": "08:00", "closes_sat": "12:30"}
    response = provider_client.post(reverse("provider:hours", args=[location.pk]), sent)
    assert response.status_code == 302
    sat = OpeningHours.objects.get(location=location, weekday="sat")
    assert (sat.opens, sat.closes) == (dt.time(8), dt.time(12, 30))


@pytest.mark.parametrize(("opens", "closes"), [("18:00", "07:30"), ("09:00", "09:00")])
def test_closing_before_opening(provider_client, location, opens, closes):
    sent = hours_payload(location) | {
        "opens_tue": opens,
        "closes_tue": closes,
        "opens_sat": "08:00",  # a valid change in the same post: must not be saved either
        "closes_sat": "12:00",
    }
    before = state(location)

    response = provider_client.post(reverse("provider:hours", args=[location.pk]), sent)

    assert response.status_code == 200
    html = response.content.decode()
    assert dutch(CLOSES_BEFORE_OPENING) in text_next_to(html, "closes_tue")
    assert dutch(CLOSES_BEFORE_OPENING) not in text_next_to(html, "closes_mon")
    assert_kept(html, sent)
    assert state(location) == before


def test_opening_without_closing(provider_client, location):
    sent = hours_payload(location) | {"opens_sun": "09:00", "closes_sun": ""}
    before = state(location)
    response = provider_client.post(reverse("provider:hours", args=[location.pk]), sent)
    assert response.status_code == 200
    html = response.content.decode()
    assert dutch(BOTH_TIMES) in text_next_to(html, "closes_sun")
    assert_kept(html, sent)
    assert state(location) == before
