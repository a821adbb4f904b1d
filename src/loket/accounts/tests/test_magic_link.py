"""The magic login link and parent sign-up, through the test client and Django's locmem mail."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from freezegun import freeze_time

from loket.accounts import services
from loket.accounts.models import User
from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.audit.models import AuditEvent

LINK = re.compile(r"https?://testserver(/account/link/[^\s/]+/)")


def ask_for_link(email: str, **headers) -> tuple:
    client = Client()
    response = client.post(reverse("accounts:magic_request"), {"email": email}, **headers)
    return client, response


def link_path(message) -> str:
    found = LINK.search(message.body)
    assert found, message.body
    return found.group(1)


def logged_in_as(client) -> int | None:
    value = client.session.get("_auth_user_id")
    return int(value) if value else None


def normalised(html: str, email: str) -> str:
    """The page without its per-request CSRF tokens and with the typed address blanked."""
    html = html.replace(email, "EMAIL")
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return re.sub(r'"X-CSRFToken": "[^"]+"', "", html)


@pytest.fixture
def parent(db):
    return UserFactory(role=Role.PARENT, email="amal@example.org", preferred_language="nl")


def test_asking_for_a_link_sends_one_email(parent):
    _client, response = ask_for_link("  Amal@Example.org ")
    assert response.status_code == 200
    assert "accounts/magic_link_sent.html" in [t.name for t in response.templates]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [parent.email]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert link_path(message).startswith("/account/link/")


@pytest.mark.parametrize(("language", "page_language"), [("nl", "en"), ("fr", "nl"), ("ar", "en")])
def test_the_email_is_in_the_users_language(parent, monkeypatch, language, page_language):
    """Whatever the language of the page that asked, the e-mail follows the account's language."""
    parent.preferred_language = language
    parent.save()
    active = []
    real_render = services.render_to_string

    def spy(*args, **kwargs):
        active.append(translation.get_language())
        return real_render(*args, **kwargs)

    monkeypatch.setattr(services, "render_to_string", spy)
    ask_for_link(parent.email, HTTP_ACCEPT_LANGUAGE=page_language)

    assert active == [language]
    (message,) = mail.outbox
    with translation.override(language):
        subject = gettext("Your link to log in")
        greeting = gettext("Hello,")
    assert message.subject == subject
    assert message.body.startswith(greeting)


def test_the_link_logs_in_once(parent):
    ask_for_link(parent.email)
    path = link_path(mail.outbox[0])

    first = Client()
    response = first.get(path)
    assert response.status_code == 302 and response["Location"] == reverse("web:home")
    assert logged_in_as(first) == parent.pk
    assert first.get(reverse("web:home"))["Location"] == reverse("portal:home")

    second = Client()
    response = second.get(path)
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:magic_request")
    assert logged_in_as(second) is None


def test_a_new_link_works_after_the_first_was_used(parent):
    ask_for_link(parent.email)
    Client().get(link_path(mail.outbox[0]))
    ask_for_link(parent.email)
    client = Client()
    client.get(link_path(mail.outbox[1]))
    assert logged_in_as(client) == parent.pk


def test_an_expired_link_fails(parent):
    max_age = settings.LOKET_MAGIC_LINK_MAX_AGE
    with freeze_time("2026-03-02 10:00:00") as frozen:
        ask_for_link(parent.email)
        path = link_path(mail.outbox[0])
        frozen.tick(dt.timedelta(seconds=max_age + 1))
        client = Client()
        response = client.get(path)
        assert response["Location"] == reverse("accounts:magic_request")
        assert logged_in_as(client) is None


def test_a_link_just_within_its_lifetime_works(parent):
    max_age = settings.LOKET_MAGIC_LINK_MAX_AGE
    with freeze_time("2026-03-02 10:00:00") as frozen:
        ask_for_link(parent.email)
        path = link_path(mail.outbox[0])
        frozen.tick(dt.timedelta(seconds=max_age - 5))
        client = Client()
        response = client.get(path)
        assert response["Location"] == reverse("web:home")
        assert logged_in_as(client) == parent.pk


@pytest.mark.parametrize("token", ["nonsense", "eyJ1IjoxLCJsIjoiIn0:1vB2Xy:tampered"])
def test_a_forged_link_fails(parent, token):
    client = Client()
    response = client.get(reverse("accounts:magic", args=[token]))
    assert response["Location"] == reverse("accounts:magic_request")
    assert logged_in_as(client) is None


def test_a_link_for_a_deactivated_account_fails(parent):
    ask_for_link(parent.email)
    parent.is_active = False
    parent.save()
    client = Client()
    client.get(link_path(mail.outbox[0]))
    assert logged_in_as(client) is None


def test_an_unknown_address_gets_the_same_page_and_no_email(parent):
    _c, known = ask_for_link(parent.email)
    mail.outbox.clear()
    stranger = "nobody-here@example.org"
    _c, unknown = ask_for_link(stranger)

    assert unknown.status_code == known.status_code == 200
    assert normalised(unknown.content.decode(), stranger) == normalised(
        known.content.decode(), parent.email
    )
    assert mail.outbox == []
    assert not User.objects.filter(email=stranger).exists()


def test_a_malformed_address_is_shown_back_with_its_error(db):
    client = Client()
    response = client.post(reverse("accounts:magic_request"), {"email": "not-an-address"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="not-an-address"' in html
    assert 'id="field-email"' in html and "errorlist" in html
    assert mail.outbox == []


# Sign-up ----------------------------------------------------------------------------------------


def test_sign_up_creates_a_parent_account(db):
    client = Client()
    response = client.post(
        reverse("accounts:sign_up"),
        {"email": "New.Parent@Example.org", "password": "a-long-enough-passphrase-42"},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 302 and response["Location"] == reverse("portal:new")
    user = User.objects.get(email="new.parent@example.org")
    assert set(user.groups.values_list("name", flat=True)) == {Role.PARENT}
    assert user.has_role(Role.PARENT) and not user.has_role(Role.DESK)
    assert not (user.is_staff or user.is_superuser)
    assert user.check_password("a-long-enough-passphrase-42")
    assert user.preferred_language == "fr"
    assert logged_in_as(client) == user.pk
    assert AuditEvent.objects.filter(
        action="create", object_type="accounts.User", object_id=str(user.pk)
    ).exists()
    assert client.get(reverse("portal:new")).status_code == 200


def test_sign_up_without_password_logs_in_by_link_later(db):
    client = Client()
    client.post(reverse("accounts:sign_up"), {"email": "linkonly@example.org", "password": ""})
    user = User.objects.get(email="linkonly@example.org")
    assert not user.has_usable_password()
    assert user.has_role(Role.PARENT)
    ask_for_link(user.email)
    assert len(mail.outbox) == 1


def test_sign_up_with_a_known_address_creates_nothing(parent):
    users = User.objects.count()
    response = Client().post(reverse("accounts:sign_up"), {"email": parent.email.upper()})
    assert response.status_code == 200
    assert User.objects.count() == users
    assert 'id="field-email"' in response.content.decode()


def test_a_logged_in_user_is_not_signed_up_again(parent):
    client = Client()
    client.force_login(parent)
    users = User.objects.count()
    response = client.post(reverse("accounts:sign_up"), {"email": "second@example.org"})
    assert response.status_code == 302
    assert User.objects.count() == users
