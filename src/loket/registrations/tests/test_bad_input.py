"""Bad input on the request forms (portal, desk intake, edit), through the test client.

For each mistake: the page comes back (200) with the Dutch message next to the field, what the
user typed is still in the form, and nothing was saved.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from loket.audit.models import AuditEvent
from loket.domain.requests import add_months
from loket.families.models import Child, Consent, Family, FamilyFact, Guardian
from loket.families.tests.factories import ChildFactory, FamilyFactory, GuardianFactory
from loket.locations.models import LocationCapacity
from loket.locations.tests.factories import LocationFactory
from loket.registrations.models import ChildcareRequest, RequestPreference
from loket.registrations.tests.factories import ChildcareRequestFactory

# Reading the re-rendered page -------------------------------------------------------------------

VOID = {"input", "br", "img", "meta", "link", "hr", "area", "base", "col", "source", "wbr"}


class _Node:
    def __init__(self, tag: str, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children: list = []

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, _Node):
                yield from child.walk()

    def text(self) -> str:
        parts = [c if isinstance(c, str) else c.text() for c in self.children]
        return " ".join(" ".join(parts).split())


class HtmlTree(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.root = self.current = _Node("root", [], None)
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(_Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def field_text(html: str, name: str) -> str:
    """The text of the field's container ``id="field-<name>"``."""
    for node in HtmlTree(html).root.walk():
        if node.attrs.get("id") == f"field-{name}":
            return node.text()
    raise AssertionError(f'no element with id="field-{name}" on the page')


def form_values(html: str) -> dict[str, list[str]]:
    """What the browser would send back: every control's current value(s) in the page's main
    part (the header has a language switch of its own)."""
    values: dict[str, list[str]] = {}
    main = next(n for n in HtmlTree(html).root.walk() if n.tag == "main")
    for node in main.walk():
        name = node.attrs.get("name")
        if not name or name == "csrfmiddlewaretoken":
            continue
        if node.tag == "input":
            kind = node.attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in node.attrs:
                    values.setdefault(name, []).append(node.attrs.get("value") or "on")
            elif kind not in ("submit", "button"):
                values.setdefault(name, []).append(node.attrs.get("value") or "")
        elif node.tag == "select":
            chosen = [
                o.attrs.get("value", "")
                for o in node.walk()
                if o.tag == "option" and "selected" in o.attrs
            ]
            values.setdefault(name, []).extend(chosen)
        elif node.tag == "textarea":
            values.setdefault(name, []).append(
                "".join(c for c in node.children if isinstance(c, str)).strip()
            )
    return values


def dutch(source: str, **params) -> str:
    """The message as the user sees it: the Dutch translation once there is one."""
    with translation.override("nl"):
        text = gettext(source)
    return " ".join((text % params if params else text).split())


def assert_kept(html: str, sent: dict, skip: tuple[str, ...] = ()) -> None:
    shown = form_values(html)
    for name, value in sent.items():
        if name in skip or value in ("", None):
            continue
        assert shown.get(name) == [str(value)], f"{name}: sent {value!r}, shown {shown.get(name)!r}"


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Family,
            Guardian,
            Child,
            ChildcareRequest,
            RequestPreference,
            Consent,
            FamilyFact,
            AuditEvent,
            LocationCapacity,
        )
    }


def capacities():
    return sorted(LocationCapacity.objects.values_list("pk", "places", "free_places"))


# Messages (English source, shown in Dutch) ------------------------------------------------------

START_IN_PAST = "The start date cannot be in the past."
START_BEFORE_BIRTH = "The start date is before the child's date of birth."
START_AFTER_THREE = (
    "On that start date your child is already 3 years old. Childcare for babies and toddlers "
    "stops at 3."
)
UNKNOWN_LOCATION = "This childcare location is not in the list of the municipality."
DUPLICATE_LOCATION = "You chose the same location twice."
NO_DAYS = "Choose at least one day."
FLEXIBLE = "Give how many days a week you need: at least 1 and at most the %(max)s days you ticked."
RADIUS = "Give how far from home the location may be, in km."
POSTCODE = "A Belgian postcode has 4 digits."
PORTAL_CONSENT = "We can only handle your request with your agreement."
DESK_CONSENT = "Ask the parent's agreement before you register."


# Data -------------------------------------------------------------------------------------------


@pytest.fixture
def second_location(municipality):
    return LocationFactory(municipality=municipality, with_capacity=True)


@pytest.fixture
def far_location(other_municipality):
    return LocationFactory(municipality=other_municipality, with_capacity=True)


def today() -> dt.date:
    return timezone.localdate()


def request_fields(location) -> dict:
    return {
        "desired_start": (today() + dt.timedelta(days=90)).isoformat(),
        "plan_kind": "fixed",
        "day_mon": "on",
        "part_mon": "full",
        "day_wed": "on",
        "part_wed": "morning",
        "days_per_week": "",
        "hours_per_day": "8.5",
        "preference_mode": "ranked",
        "radius_km": "",
        "motive": "activation",
        "choice_1": str(location.pk),
        "parent_note": "Liefst dicht bij het station",
    }


def portal_payload(location) -> dict:
    return {
        "municipality": str(location.municipality_id),
        "child_first_name": "Noor",
        "born": "yes",
        "birth_date": (today() - dt.timedelta(days=150)).isoformat(),
        "expected_date": "",
        **request_fields(location),
        "first_name": "Fatima",
        "last_name": "Janssens",
        "phone": "0470 11 22 33",
        "street": "Molenstraat",
        "house_number": "12",
        "postcode": "2990",
        "language": "nl",
        "situation": "working",
        "single_parent": "on",
        "consent": "on",
    }


def intake_payload(location) -> dict:
    return portal_payload(location) | {
        "municipality": str(location.municipality_id),
        "email": "fatima@example.org",
        "second_parent_first_name": "Karim",
        "second_parent_last_name": "Janssens",
        "needs_interpreter": "on",
    }


def mistakes(location, second_location, far_location) -> dict[str, tuple[dict, str, str, tuple]]:
    """name -> (changes to the valid form, field container, message, fields not kept as sent)."""
    nearly_three = add_months(today(), -35).isoformat()
    return {
        "start in the past": (
            {"desired_start": (today() - dt.timedelta(days=3)).isoformat()},
            "desired_start",
            dutch(START_IN_PAST),
            (),
        ),
        "start before birth of an expected child": (
            {
                "born": "no",
                "birth_date": "",
                "child_first_name": "",
                "expected_date": (today() + dt.timedelta(days=60)).isoformat(),
                "desired_start": (today() + dt.timedelta(days=30)).isoformat(),
            },
            "desired_start",
            dutch(START_BEFORE_BIRTH),
            (),
        ),
        "start after the third birthday": (
            {
                "birth_date": nearly_three,
                "desired_start": (today() + dt.timedelta(days=62)).isoformat(),
            },
            "desired_start",
            dutch(START_AFTER_THREE),
            (),
        ),
        "unknown location": (
            {"choice_1": "987654"},
            "choice_1",
            dutch(UNKNOWN_LOCATION),
            ("choice_1",),
        ),
        "location of another municipality": (
            {"choice_1": str(far_location.pk)},
            "choice_1",
            dutch(UNKNOWN_LOCATION),
            ("choice_1",),
        ),
        "same location twice": (
            {"choice_2": str(location.pk)},
            "choice_1",
            dutch(DUPLICATE_LOCATION),
            (),
        ),
        "weekly plan without a day": (
            {"day_mon": "", "day_wed": ""},
            "days",
            dutch(NO_DAYS),
            (),
        ),
        "flexible plan with more days than ticked": (
            {"plan_kind": "flexible", "days_per_week": "3"},
            "days_per_week",
            dutch(FLEXIBLE, max=2),
            (),
        ),
        "nearby without a radius": (
            {"preference_mode": "nearby", "choice_1": "", "radius_km": ""},
            "radius_km",
            dutch(RADIUS),
            (),
        ),
        "bad postcode": ({"postcode": "29A0"}, "postcode", dutch(POSTCODE), ()),
    }


REQUEST_MISTAKES = [
    "start in the past",
    "start before birth of an expected child",
    "start after the third birthday",
    "unknown location",
    "location of another municipality",
    "same location twice",
    "weekly plan without a day",
    "flexible plan with more days than ticked",
    "nearby without a radius",
]


def _check(response, field: str, message: str, sent: dict, skip: tuple, before: dict, caps):
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert message in field_text(html, field), (field, message, field_text(html, field))
    assert_kept(html, sent, skip)
    assert counts() == before
    assert capacities() == caps


# Portal -----------------------------------------------------------------------------------------


@pytest.fixture
def parent_client(parent_user):
    client = Client()
    client.force_login(parent_user)
    return client


def test_the_valid_portal_form_is_saved(parent_client, location):
    """The control for the cases below: without the mistake the same form is accepted."""
    before = counts()
    response = parent_client.post(reverse("portal:new"), portal_payload(location))
    assert response.status_code == 302
    assert counts()["ChildcareRequest"] == before["ChildcareRequest"] + 1


@pytest.mark.parametrize("case", [*REQUEST_MISTAKES, "bad postcode"])
def test_portal_form_refuses_bad_input(
    parent_client, location, second_location, far_location, case
):
    changes, field, message, skip = mistakes(location, second_location, far_location)[case]
    sent = portal_payload(location) | changes
    before, caps = counts(), capacities()
    response = parent_client.post(reverse("portal:new"), sent)
    _check(response, field, message, sent, skip, before, caps)


def test_portal_form_without_consent(parent_client, location):
    sent = portal_payload(location)
    del sent["consent"]
    before, caps = counts(), capacities()
    response = parent_client.post(reverse("portal:new"), sent)
    _check(response, "consent", dutch(PORTAL_CONSENT), sent, (), before, caps)


def test_portal_form_shows_dutch_by_default(parent_client, location):
    sent = portal_payload(location) | {"postcode": "12"}
    response = parent_client.post(reverse("portal:new"), sent)
    assert response.status_code == 200
    assert '<html lang="nl"' in response.content.decode()


# Desk intake ------------------------------------------------------------------------------------


@pytest.fixture
def desk_client(desk_user):
    client = Client()
    client.force_login(desk_user)
    return client


def test_the_valid_intake_is_saved(desk_client, location):
    before = counts()
    response = desk_client.post(reverse("desk:intake"), intake_payload(location))
    assert response.status_code == 302
    assert counts()["ChildcareRequest"] == before["ChildcareRequest"] + 1
    assert counts()["Guardian"] == before["Guardian"] + 2


@pytest.mark.parametrize("case", [*REQUEST_MISTAKES, "bad postcode"])
def test_desk_intake_refuses_bad_input(desk_client, location, second_location, far_location, case):
    changes, field, message, skip = mistakes(location, second_location, far_location)[case]
    sent = intake_payload(location) | changes
    before, caps = counts(), capacities()
    response = desk_client.post(reverse("desk:intake"), sent)
    _check(response, field, message, sent, skip, before, caps)


def test_desk_intake_without_consent(desk_client, location):
    sent = intake_payload(location)
    del sent["consent"]
    before, caps = counts(), capacities()
    response = desk_client.post(reverse("desk:intake"), sent)
    _check(response, "consent", dutch(DESK_CONSENT), sent, (), before, caps)


# Edit -------------------------------------------------------------------------------------------


def _own_request(parent_user, location, **child):
    family = FamilyFactory(municipality=location.municipality)
    GuardianFactory(family=family, user=parent_user)
    kid = ChildFactory(family=family, **child)
    return ChildcareRequestFactory(child=kid, locations=[location], status="submitted")


def _request_state(req):
    req = ChildcareRequest.objects.get(pk=req.pk)
    return (
        req.desired_start,
        req.plan,
        req.plan_kind,
        req.preference_mode,
        req.radius_km,
        req.motive,
        req.parent_note,
        req.registered_at,
        req.lottery,
        list(req.preferences.values_list("location_id", "rank")),
    )


def _edit_mistakes(location, second_location, far_location):
    cases = mistakes(location, second_location, far_location)
    return {name: cases[name] for name in REQUEST_MISTAKES}


def test_the_valid_edit_is_saved(parent_client, parent_user, location, second_location):
    req = _own_request(parent_user, location)
    sent = request_fields(location) | {"choice_2": str(second_location.pk)}
    response = parent_client.post(reverse("portal:edit", args=[req.pk]), sent)
    assert response.status_code == 302
    assert list(req.preferences.values_list("location_id", flat=True)) == [
        location.pk,
        second_location.pk,
    ]


@pytest.mark.parametrize("case", REQUEST_MISTAKES)
def test_edit_form_refuses_bad_input(
    parent_client, parent_user, location, second_location, far_location, case
):
    changes, field, message, skip = _edit_mistakes(location, second_location, far_location)[case]
    child = {}
    if changes.get("birth_date"):
        child = {"birth_date": dt.date.fromisoformat(changes["birth_date"])}
    if changes.get("born") == "no":
        child = {
            "birth_date": None,
            "expected_date": dt.date.fromisoformat(changes["expected_date"]),
        }
    req = _own_request(parent_user, location, **child)
    edit_only = {
        k: v
        for k, v in changes.items()
        if k not in ("born", "birth_date", "expected_date", "child_first_name")
    }
    sent = request_fields(location) | edit_only
    before, caps, state = counts(), capacities(), _request_state(req)

    response = parent_client.post(reverse("portal:edit", args=[req.pk]), sent)

    _check(response, field, message, sent, skip, before, caps)
    assert _request_state(req) == state


def test_edit_of_a_request_that_can_no_longer_change(parent_client, parent_user, location):
    req = _own_request(parent_user, location)
    ChildcareRequest.objects.filter(pk=req.pk).update(status="placed")
    state, before = _request_state(req), counts()
    sent = request_fields(location) | {
        "desired_start": (today() + dt.timedelta(days=200)).isoformat()
    }
    response = parent_client.post(reverse("portal:edit", args=[req.pk]), sent)
    assert response.status_code == 200
    html = response.content.decode()
    # The refusal is shown above the form, and what was typed is kept.
    assert dutch("This request can no longer be changed.") in " ".join(html.split())
    assert_kept(html, sent)
    assert _request_state(req) == state
    assert counts() == before
