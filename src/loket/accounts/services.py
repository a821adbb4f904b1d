"""Account writes: parent sign-up and the magic login link."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from loket.audit.models import AuditAction
from loket.audit.services import audit_record

from .models import User
from .roles import Role, role_group

MAGIC_SALT = "loket.accounts.magic-link"


@transaction.atomic
def parent_sign_up(*, email: str, password: str | None, language: str = "nl") -> User:
    """Create a parent's account (role parent). A password is optional: a link works too."""
    user = User.objects.create_user(email=email, password=password or None)
    user.preferred_language = language
    user.save(update_fields=["preferred_language"])
    user.groups.add(role_group(Role.PARENT))
    audit_record(actor=user, action=AuditAction.CREATE, obj=user, note="parent sign-up")
    return user


def magic_link_token(user: User) -> str:
    """A signed token for one login: it stops working once the user has logged in again."""
    stamp = user.last_login.isoformat() if user.last_login else ""
    return signing.TimestampSigner(salt=MAGIC_SALT).sign_object({"u": user.pk, "l": stamp})


def magic_link_user(token: str) -> User | None:
    """The user a token belongs to, or None when it is wrong, too old or already used."""
    try:
        data = signing.TimestampSigner(salt=MAGIC_SALT).unsign_object(
            token, max_age=settings.LOKET_MAGIC_LINK_MAX_AGE
        )
    except signing.BadSignature:
        return None
    user = User.objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None:
        return None
    stamp = user.last_login.isoformat() if user.last_login else ""
    return user if stamp == data.get("l") else None


def magic_link_send(*, email: str, base_url: str) -> bool:
    """E-mail a login link when the address has an account; say nothing either way."""
    user = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None:
        return False
    link = base_url.rstrip("/") + reverse("accounts:magic", args=[magic_link_token(user)])
    with translation.override(user.preferred_language or "nl"):
        subject = _("Your link to log in")
        body = render_to_string(
            "accounts/email_magic_link.txt",
            {"link": link, "user": user, "minutes": settings.LOKET_MAGIC_LINK_MAX_AGE // 60},
        )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    return True
