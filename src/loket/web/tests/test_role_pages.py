"""Every page through the Django test client, for every role: who gets in, who gets 403 or 404,
and that nothing of another family, request or location leaks into the HTML."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.audit.models import AuditEvent
from loket.families.models import Consent, ConsentPurpose, Family, FamilyNeed
from loket.families.tests.factories import ChildFactory, FactFactory, FamilyFactory, GuardianFactory
from loket.locations.models import LocationCapacity, OpeningHours
from loket.locations.tests.factories import LocationFactory, OrganiserFactory
from loket.registrations.models import ChildcareRequest, RequestStatus
from loket.registrations.tests.factories import ChildcareRequestFactory

ROLES = ["anonymous", "parent", "desk", "provider", "partner", "analyst", "admin"]


# Data -------------------------------------------------------------------------------------------


def make_request(municipality, *, locations=(), consents=True, guardian=None, family=None, **kw):
    """A family with a guardian and a child, and one request of that child."""
    family = family or FamilyFactory(municipality=municipality, consents=consents)
    GuardianFactory(family=family, **(guardian or {}))
    child = ChildFactory(family=family)
    return ChildcareRequestFactory(child=child, locations=list(locations), **kw)


@pytest.fixture
def admin_user(db):
    """Administrator and superuser, but without a desk (or any other scoped) role."""
    return UserFactory(role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True)


@pytest.fixture
def site(
    municipality,
    other_municipality,
    location,
    desk_user,
    provider_user,
    partner,
    partner_user,
    analyst_user,
    parent_user,
    admin_user,
):
    """Two municipalities; what each role may see and a record of each kind it may not."""
    other_location = LocationFactory(
        municipality=municipality, organiser=OrganiserFactory(), with_capacity=True
    )
    far_location = LocationFactory(municipality=other_municipality, with_capacity=True)
    own = make_request(
        municipality,
        locations=[location],
        guardian={"user": parent_user, "first_name": "Ouderin", "last_name": "Eigenaar"},
    )
    neighbour = make_request(
        municipality,
        locations=[other_location],
        guardian={"first_name": "Buurvrouw", "last_name": "Geheimnaam", "email": "b@x.example"},
    )
    far = make_request(
        other_municipality,
        locations=[far_location],
        guardian={"first_name": "Verreouder", "last_name": "Elderswonend"},
    )
    FactFactory(family=own.child.family, key="low_income", source="checked")
    FactFactory(family=far.child.family, key="low_income", source="checked")
    FamilyNeed.objects.create(family=far.child.family, kind="housing")
    FamilyNeed.objects.create(family=own.child.family, kind="housing")
    users = {
        "anonymous": None,
        "parent": parent_user,
        "desk": desk_user,
        "provider": provider_user,
        "partner": partner_user,
        "analyst": analyst_user,
        "admin": admin_user,
    }
    return {
        "users": users,
        "location": location,
        "other_location": other_location,
        "far_location": far_location,
        "own": own,
        "neighbour": neighbour,
        "far": far,
    }


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def is_login_redirect(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(
        reverse("accounts:login")
    )


# The page matrix --------------------------------------------------------------------------------


def _pages(s):
    """(name, method, url, roles allowed, status when allowed) for every page of the product."""
    own, loc = s["own"], s["location"]
    fam = own.child.family
    fact = fam.facts.first()
    need = fam.needs.first()
    return [
        ("portal home", "get", reverse("portal:home"), {"parent"}, 200),
        ("portal new", "get", reverse("portal:new"), {"parent"}, 200),
        ("portal detail", "get", reverse("portal:detail", args=[own.pk]), {"parent"}, 200),
        ("portal edit", "get", reverse("portal:edit", args=[own.pk]), {"parent"}, 200),
        ("portal cancel", "get", reverse("portal:cancel", args=[own.pk]), {"parent"}, 200),
        ("desk list", "get", reverse("desk:requests"), {"desk"}, 200),
        ("desk intake", "get", reverse("desk:intake"), {"desk"}, 200),
        ("desk request", "get", reverse("desk:request", args=[own.pk]), {"desk"}, 302),
        ("desk urgency", "post", reverse("desk:urgency", args=[own.pk]), {"desk"}, 302),
        ("desk status", "post", reverse("desk:status", args=[own.pk]), {"desk"}, 302),
        ("family file", "get", reverse("families:file", args=[fam.pk]), {"desk"}, 200),
        ("add fact", "post", reverse("families:add_fact", args=[fam.pk]), {"desk"}, 302),
        (
            "remove fact",
            "post",
            reverse("families:remove_fact", args=[fam.pk, fact.pk]),
            {"desk"},
            302,
        ),
        ("add need", "post", reverse("families:add_need", args=[fam.pk]), {"desk"}, 302),
        (
            "need status",
            "post",
            reverse("families:need_status", args=[fam.pk, need.pk]),
            {"desk"},
            302,
        ),
        ("notes", "post", reverse("families:notes", args=[fam.pk]), {"desk"}, 302),
        ("provider home", "get", reverse("provider:home"), {"provider"}, 200),
        ("provider places", "get", reverse("provider:location", args=[loc.pk]), {"provider"}, 200),
        ("provider hours", "get", reverse("provider:hours", args=[loc.pk]), {"provider"}, 200),
        (
            "provider requests",
            "get",
            reverse("provider:requests", args=[loc.pk]),
            {"provider"},
            200,
        ),
        ("figures", "get", reverse("web:figures"), {"analyst"}, 200),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_role_page_lets_in_only_its_role(site, role):
    client = client_for(site["users"][role])
    for name, method, url, allowed, ok_status in _pages(site):
        response = getattr(client, method)(url)
        if role in allowed:
            assert response.status_code == ok_status, (role, name, response.status_code)
        elif role == "anonymous":
            assert is_login_redirect(response), (role, name, response.status_code)
        else:
            assert response.status_code == 403, (role, name, response.status_code)


@pytest.mark.parametrize("role", ROLES)
def test_public_pages_open_for_every_role(site, role):
    client = client_for(site["users"][role])
    for url in (reverse("locations_public:search"), reverse("web:health")):
        assert client.get(url).status_code == 200, (role, url)
    home = client.get(reverse("web:home"))
    landing = {
        "parent": "portal:home",
        "desk": "desk:requests",
        "provider": "provider:home",
        "analyst": "web:figures",
        "partner": "partners:home",
    }
    if role in landing:
        assert home.status_code == 302 and home["Location"] == reverse(landing[role])
    else:
        assert home.status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_admin_site_only_for_the_administrator(site, role):
    response = client_for(site["users"][role]).get(reverse("admin:index"))
    if role == "admin":
        assert response.status_code == 200
    else:
        assert response.status_code == 302 and reverse("admin:login") in response["Location"]


@pytest.mark.parametrize("role", ["parent", "provider", "partner", "analyst", "admin"])
def test_roles_without_a_desk_role_change_nothing_through_desk_posts(site, role):
    client = client_for(site["users"][role])
    own = site["own"]
    fam = own.child.family
    state = _family_state(fam)
    request_state = _request_state(own)
    events = AuditEvent.objects.count()
    posts = [
        (reverse("desk:urgency", args=[own.pk]), {"urgent": "on"}),
        (reverse("desk:status", args=[own.pk]), {"status": "cancelled"}),
        (reverse("families:add_fact", args=[fam.pk]), {"key": "foster_child", "source": "checked"}),
        (reverse("families:notes", args=[fam.pk]), {"desk_notes": "written by the wrong person"}),
        (reverse("families:add_need", args=[fam.pk]), {"kind": "financial"}),
        (reverse("desk:intake"), {"first_name": "X"}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 403, url
    assert _family_state(fam) == state
    assert _request_state(own) == request_state
    assert AuditEvent.objects.count() == events


def _family_state(family):
    family = Family.objects.get(pk=family.pk)
    return (
        family.desk_notes,
        sorted(family.facts.values_list("key", "source")),
        sorted(family.needs.values_list("kind", "status")),
    )


def _request_state(req):
    req = ChildcareRequest.objects.get(pk=req.pk)
    return (
        req.status,
        req.urgent,
        req.urgent_deadline,
        req.desired_start,
        req.plan,
        list(req.preferences.values_list("location_id", "rank")),
    )


# Desk -------------------------------------------------------------------------------------------


def test_desk_list_shows_only_its_municipality(site):
    client = client_for(site["users"]["desk"])
    for query in ("", "?status=all"):
        html = client.get(reverse("desk:requests") + query).content.decode()
        assert site["own"].reference in html
        assert site["neighbour"].reference in html
        assert site["far"].reference not in html
        assert reverse("families:file", args=[site["far"].child.family_id]) not in html
    search = client.get(reverse("desk:requests"), {"q": "Elderswonend", "status": "all"})
    assert site["far"].reference not in search.content.decode()


def test_desk_cannot_open_or_change_another_municipalitys_family(site):
    client = client_for(site["users"]["desk"])
    far = site["far"]
    fam = far.child.family
    fact = fam.facts.first()
    need = fam.needs.first()
    state, request_state = _family_state(fam), _request_state(far)
    events = AuditEvent.objects.count()

    response = client.get(reverse("families:file", args=[fam.pk]))
    assert response.status_code == 404
    assert "Elderswonend" not in response.content.decode()
    assert client.get(reverse("desk:request", args=[far.pk])).status_code == 404
    posts = [
        (reverse("families:add_fact", args=[fam.pk]), {"key": "foster_child", "source": "checked"}),
        (reverse("families:remove_fact", args=[fam.pk, fact.pk]), {}),
        (reverse("families:add_need", args=[fam.pk]), {"kind": "financial"}),
        (reverse("families:need_status", args=[fam.pk, need.pk]), {"status": "resolved"}),
        (reverse("families:notes", args=[fam.pk]), {"desk_notes": "not ours"}),
        (reverse("desk:urgency", args=[far.pk]), {"urgent": "on", "social_emergency": "on"}),
        (reverse("desk:status", args=[far.pk]), {"status": "cancelled"}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 404, url
    assert _family_state(fam) == state
    assert _request_state(far) == request_state
    assert AuditEvent.objects.count() == events


def test_desk_intake_for_another_municipality_is_refused(site, other_municipality):
    client = client_for(site["users"]["desk"])
    families = Family.objects.count()
    response = client.post(reverse("desk:intake"), {"municipality": other_municipality.pk})
    assert response.status_code == 404
    for guess in (other_municipality.pk, "abc", "1 OR 1=1", "-1"):
        assert client.get(reverse("desk:intake"), {"municipality": guess}).status_code == 404
        assert client.post(reverse("desk:intake"), {"municipality": guess}).status_code == 404
    assert Family.objects.count() == families


def test_desk_user_of_two_municipalities_sees_both(site, municipality, other_municipality):
    shared = UserFactory(role=Role.DESK)
    shared.municipalities.add(municipality, other_municipality)
    client = client_for(shared)
    html = client.get(reverse("desk:requests")).content.decode()
    for key in ("own", "neighbour", "far"):
        req = site[key]
        assert req.reference in html
        assert client.get(reverse("families:file", args=[req.child.family_id])).status_code == 200
    third = make_request(FamilyFactory().municipality)
    assert third.reference not in client.get(reverse("desk:requests")).content.decode()
    assert client.get(reverse("families:file", args=[third.child.family_id])).status_code == 404


def test_desk_file_page_logs_the_read(site):
    client = client_for(site["users"]["desk"])
    family_id = site["own"].child.family_id
    before = AuditEvent.objects.filter(action="read", family_id=family_id).count()

    response = client.get(reverse("families:file", args=[family_id]))

    assert response.status_code == 200
    reads = AuditEvent.objects.filter(action="read", family_id=family_id)
    assert reads.count() == before + 1
    event = reads.latest("id")
    assert event.actor_id == site["users"]["desk"].pk
    assert event.object_type == "families.Family"


def test_desk_writes_through_the_file_page_are_audited(site):
    client = client_for(site["users"]["desk"])
    fam = site["own"].child.family
    events = AuditEvent.objects.exclude(action="read").count()
    response = client.post(reverse("families:notes", args=[fam.pk]), {"desk_notes": "Belde terug"})
    assert response.status_code == 302
    assert Family.objects.get(pk=fam.pk).desk_notes == "Belde terug"
    assert AuditEvent.objects.exclude(action="read").count() == events + 1


# Parents ----------------------------------------------------------------------------------------


def test_parent_sees_only_their_own_requests(site):
    client = client_for(site["users"]["parent"])
    html = client.get(reverse("portal:home")).content.decode()
    assert site["own"].reference in html
    assert site["neighbour"].reference not in html
    assert site["far"].reference not in html


@pytest.mark.parametrize("other", ["neighbour", "far"])
def test_parent_gets_404_for_another_familys_request(site, other):
    client = client_for(site["users"]["parent"])
    req = site[other]
    state = _request_state(req)
    events = AuditEvent.objects.count()
    valid_edit = {
        "desired_start": (timezone.localdate() + dt.timedelta(days=100)).isoformat(),
        "plan_kind": "fixed",
        "day_mon": "on",
        "part_mon": "full",
        "preference_mode": "ranked",
        "motive": "activation",
        "choice_1": site["location"].pk,
    }
    for url, data in (
        (reverse("portal:detail", args=[req.pk]), {}),
        (reverse("portal:edit", args=[req.pk]), valid_edit),
        (reverse("portal:cancel", args=[req.pk]), {"reason": "not mine"}),
    ):
        for response in (client.get(url), client.post(url, data)):
            assert response.status_code == 404, url
            assert req.reference not in response.content.decode()
    assert _request_state(req) == state
    assert AuditEvent.objects.count() == events


def test_parent_cannot_open_desk_provider_or_family_pages(site):
    client = client_for(site["users"]["parent"])
    own = site["own"]
    for url in (
        reverse("desk:requests"),
        reverse("desk:intake"),
        reverse("families:file", args=[own.child.family_id]),
        reverse("provider:home"),
        reverse("provider:requests", args=[site["location"].pk]),
        reverse("web:figures"),
    ):
        assert client.get(url).status_code == 403, url


# Providers --------------------------------------------------------------------------------------


def _capacity_state(location):
    return sorted(
        LocationCapacity.objects.filter(location=location).values_list(
            "weekday", "age_band", "places", "free_places"
        )
    )


def _hours_state(location):
    return sorted(
        OpeningHours.objects.filter(location=location).values_list("weekday", "opens", "closes")
    )


@pytest.mark.parametrize("other", ["other_location", "far_location"])
def test_provider_gets_404_for_another_location_and_changes_nothing(site, other):
    client = client_for(site["users"]["provider"])
    loc = site[other]
    caps, hours = _capacity_state(loc), _hours_state(loc)
    events = AuditEvent.objects.count()
    capacity = {f"places_{d}_{b}": 3 for d in ("mon", "tue") for b in ("baby", "toddler")}
    capacity |= {f"free_{d}_{b}": 2 for d in ("mon", "tue") for b in ("baby", "toddler")}
    hours_data = {"opens_mon": "06:00", "closes_mon": "20:00"}
    for url, data in (
        (reverse("provider:location", args=[loc.pk]), capacity),
        (reverse("provider:hours", args=[loc.pk]), hours_data),
        (reverse("provider:requests", args=[loc.pk]), {}),
    ):
        for response in (client.get(url), client.post(url, data)):
            assert response.status_code == 404, url
            assert loc.name not in response.content.decode()
    assert _capacity_state(loc) == caps
    assert _hours_state(loc) == hours
    assert AuditEvent.objects.count() == events


def test_provider_home_lists_only_own_locations(site):
    html = client_for(site["users"]["provider"]).get(reverse("provider:home")).content.decode()
    assert site["location"].name in html
    assert site["other_location"].name not in html
    assert site["far_location"].name not in html


def test_provider_requests_page_lists_only_shared_submitted_requests(site, municipality):
    loc = site["location"]
    secret = {
        "first_name": "Zoubida",
        "last_name": "Vanderhaegen",
        "email": "zoubida.vanderhaegen@example.org",
        "phone": "0470 98 76 54",
    }
    shared_family = FamilyFactory(
        municipality=municipality,
        street="Verborgenstraat",
        desk_notes="Vertrouwelijk: schuldbemiddeling loopt",
    )
    shared = make_request(
        municipality, locations=[site["other_location"], loc], family=shared_family, guardian=secret
    )
    no_consent = make_request(municipality, locations=[loc], consents=False)
    withdrawn = make_request(municipality, locations=[loc])
    Consent.objects.filter(
        family=withdrawn.child.family, purpose=ConsentPurpose.SHARE_WITH_PROVIDERS
    ).update(withdrawn_at=timezone.now())
    draft = make_request(municipality, locations=[loc], draft=True)
    cancelled = make_request(municipality, locations=[loc], status=RequestStatus.CANCELLED)

    response = client_for(site["users"]["provider"]).get(
        reverse("provider:requests", args=[loc.pk])
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert shared.reference in html
    assert site["own"].reference in html  # the fixture's family consented and lists it too
    for hidden in (no_consent, withdrawn, draft, cancelled, site["neighbour"], site["far"]):
        assert hidden.reference not in html, hidden.status
    for value in [
        *secret.values(),
        shared_family.desk_notes,
        shared_family.street,
        shared.child.first_name,
    ]:
        assert value not in html, value


# Analysts ---------------------------------------------------------------------------------------


def _figure_rows(html: str) -> dict[str, list[str]]:
    rows = {}
    for row in re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", html, flags=re.S):
        name, _, rest = row.partition("</th>")
        rows[name.strip()] = [c.strip() for c in re.findall(r"<td>(.*?)</td>", rest, flags=re.S)]
    return rows


def _suppressed(count: int) -> str:
    return "&lt; 5" if 0 < count < 5 else str(count)


def test_analyst_cannot_open_a_family_file_or_the_desk_list(site):
    client = client_for(site["users"]["analyst"])
    assert (
        client.get(reverse("families:file", args=[site["own"].child.family_id])).status_code == 403
    )
    assert client.get(reverse("desk:requests")).status_code == 403
    assert client.get(reverse("desk:request", args=[site["own"].pk])).status_code == 403


# Guessing identifiers ---------------------------------------------------------------------------


def _object_urls(kind: str, pk: int):
    """(method, url, role that has the page) for every page that takes an id of this kind."""
    if kind == "family":
        return [
            ("get", reverse("families:file", args=[pk]), "desk"),
            ("post", reverse("families:add_fact", args=[pk]), "desk"),
            ("post", reverse("families:add_need", args=[pk]), "desk"),
            ("post", reverse("families:notes", args=[pk]), "desk"),
        ]
    if kind == "request":
        return [
            ("get", reverse("portal:detail", args=[pk]), "parent"),
            ("get", reverse("portal:edit", args=[pk]), "parent"),
            ("post", reverse("portal:edit", args=[pk]), "parent"),
            ("get", reverse("portal:cancel", args=[pk]), "parent"),
            ("post", reverse("portal:cancel", args=[pk]), "parent"),
            ("get", reverse("desk:request", args=[pk]), "desk"),
            ("post", reverse("desk:urgency", args=[pk]), "desk"),
            ("post", reverse("desk:status", args=[pk]), "desk"),
        ]
    return [
        ("get", reverse("provider:location", args=[pk]), "provider"),
        ("post", reverse("provider:location", args=[pk]), "provider"),
        ("get", reverse("provider:hours", args=[pk]), "provider"),
        ("post", reverse("provider:hours", args=[pk]), "provider"),
        ("get", reverse("provider:requests", args=[pk]), "provider"),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_guessing_identifiers_gives_nothing_away(site, role):
    from loket.locations.models import Location

    user = site["users"][role]
    client = client_for(user)
    visible = {
        "family": {site["own"].child.family_id} if role in ("parent", "desk") else set(),
        "request": {site["own"].pk, site["neighbour"].pk} if role == "desk" else set(),
        "location": {site["location"].pk} if role == "provider" else set(),
    }
    if role == "parent":
        visible["request"] = {site["own"].pk}
    if role == "desk":
        visible["family"] = {site["own"].child.family_id, site["neighbour"].child.family_id}
    labels = {
        "family": {f.pk: f.reference for f in Family.objects.all()},
        "request": {r.pk: r.reference for r in ChildcareRequest.objects.all()},
        "location": {loc.pk: loc.name for loc in Location.objects.all()},
    }
    state = (
        [_request_state(r) for r in ChildcareRequest.objects.all()],
        [_family_state(f) for f in Family.objects.all()],
        [_capacity_state(loc) for loc in Location.objects.all()],
        [_hours_state(loc) for loc in Location.objects.all()],
    )
    events = AuditEvent.objects.count()
    for kind, names in labels.items():
        hidden = [pk for pk in names if pk not in visible[kind]]
        top = max(names)
        guesses = hidden + [top + 1, top + 2, top + 1000]
        for pk in guesses:
            for method, url, page_role in _object_urls(kind, pk):
                response = getattr(client, method)(url)
                if user is None:
                    assert is_login_redirect(response), (role, url)
                    continue
                expected = 404 if user.has_role(page_role) else 403
                assert response.status_code == expected, (role, method, url, response.status_code)
                html = response.content.decode()
                if pk in names:
                    assert names[pk] not in html, (role, url)
    assert AuditEvent.objects.count() == events
    assert state == (
        [_request_state(r) for r in ChildcareRequest.objects.all()],
        [_family_state(f) for f in Family.objects.all()],
        [_capacity_state(loc) for loc in Location.objects.all()],
        [_hours_state(loc) for loc in Location.objects.all()],
    )


def test_the_user_model_has_no_role_by_being_superuser(admin_user):
    """The administrator's rights come from the admin site, not from the desk's role checks."""
    assert admin_user.is_superuser and not admin_user.has_role(Role.DESK)
    assert get_user_model().objects.filter(pk=admin_user.pk, groups__name=Role.DESK).count() == 0
