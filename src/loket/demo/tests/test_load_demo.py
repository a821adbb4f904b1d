"""manage.py load_demo: the demo municipality at default scale, its logins, and --if-empty."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from loket.accounts.models import User
from loket.accounts.roles import Role
from loket.demo.loader import DEMO_LOGINS
from loket.domain.demo import generate_municipality
from loket.families.models import Family
from loket.locations.models import Location
from loket.municipalities.models import Municipality, Neighbourhood
from loket.registrations.models import ChildcareRequest

pytestmark = pytest.mark.django_db

#: Where each role lands after logging in (roles without a page of their own stay on the home).
LANDING = {
    Role.DESK: "desk:requests",
    Role.PROVIDER: "provider:home",
    Role.ANALYST: "web:figures",
    Role.PARENT: "portal:home",
    Role.PARTNER: "partners:home",
}


def load(*args) -> str:
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def test_load_demo_at_default_scale_and_only_once():
    output = load("--if-empty")

    expected = generate_municipality(seed=1, scale=1, reference_date=timezone.localdate())
    assert Municipality.objects.count() == 1
    municipality = Municipality.objects.get()
    assert Neighbourhood.objects.filter(municipality=municipality).count() == 10
    locations = Location.objects.filter(municipality=municipality).count()
    all_requests = ChildcareRequest.objects.filter(municipality=municipality)
    # The requests of the past year; the other families have a child in care already.
    requests = all_requests.exclude(reference__contains="-K").count()
    in_care = all_requests.filter(reference__contains="-K")
    total = all_requests.count()
    assert locations == len(expected.locations)
    assert requests == len(expected.requests)
    assert 50 <= locations <= 70  # about 60
    assert 1350 <= requests <= 1650  # about 1,500
    assert Family.objects.count() == all_requests.count()
    assert in_care.exists() and not in_care.exclude(status="placed").exists()
    # Every seat that is not free is taken by a child in care, on every day and age band.
    from loket.locations.models import LocationCapacity
    from loket.placements.models import Placement

    for cap in LocationCapacity.objects.filter(location__municipality=municipality)[:40]:
        taken = sum(
            1
            for days in Placement.objects.filter(
                location=cap.location, age_band=cap.age_band, status="confirmed"
            ).values_list("days", flat=True)
            if cap.weekday in days
        )
        assert taken + cap.free_places <= cap.places, cap
    without_preference = ChildcareRequest.objects.annotate(n=Count("preferences")).filter(n=0)
    assert not without_preference.exists()
    assert not ChildcareRequest.objects.filter(registered_at__isnull=True).exists()
    assert f"{locations} locations" in output and f"{requests} requests" in output

    again = load("--if-empty")

    assert "loaded already" in again
    assert Municipality.objects.count() == 1
    assert ChildcareRequest.objects.count() == total
    assert Location.objects.count() == locations
    assert User.objects.count() == len(DEMO_LOGINS)


def test_every_demo_login_works_and_lands_on_its_page():
    output = load("--if-empty")
    for login in DEMO_LOGINS:
        assert login.email in output and login.password in output
        client = Client()
        assert client.login(email=login.email, password=login.password), login.role
        user = User.objects.get(email=login.email)
        assert user.has_role(login.role)
        home = client.get(reverse("web:home"))
        if login.role in LANDING:
            assert home.status_code == 302
            assert home["Location"] == reverse(LANDING[login.role])
            page = client.get(home["Location"])
            assert page.status_code == 200, login.role
        else:
            assert home.status_code == 200, login.role
        if login.role == Role.ADMINISTRATOR:
            assert client.get(reverse("admin:index")).status_code == 200


def test_demo_logins_see_their_own_data():
    load("--if-empty")
    municipality = Municipality.objects.get()

    parent = Client()
    parent.login(email="parent@demo.loket", password=_password(Role.PARENT))
    own = ChildcareRequest.objects.filter(child__family__guardians__user__email="parent@demo.loket")
    assert own.exists()
    html = parent.get(reverse("portal:home")).content.decode()
    assert all(r.reference in html for r in own)

    provider = Client()
    provider.login(email="provider@demo.loket", password=_password(Role.PROVIDER))
    user = User.objects.get(email="provider@demo.loket")
    mine = Location.objects.filter(organiser__in=user.organisers.all())
    assert mine.exists()
    html = provider.get(reverse("provider:home")).content.decode()
    assert all(loc.name in html for loc in mine)
    others = Location.objects.exclude(pk__in=mine).first()
    url = reverse("provider:location", args=[others.pk])
    assert provider.get(url).status_code == 404

    desk = Client()
    desk.login(email="desk@demo.loket", password=_password(Role.DESK))
    family = Family.objects.filter(municipality=municipality).first()
    assert desk.get(reverse("families:file", args=[family.pk])).status_code == 200


def _password(role: str) -> str:
    return next(login.password for login in DEMO_LOGINS if login.role == role)


@pytest.mark.parametrize("scale", ["0", "-1", "101"])
def test_a_scale_out_of_range_is_refused(scale):
    with pytest.raises(CommandError):
        load("--scale", scale)
    assert not Municipality.objects.exists()
