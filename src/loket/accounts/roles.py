"""The roles of the product, shipped as Groups (fixture ``roles``)."""

from enum import StrEnum


class Role(StrEnum):
    PARENT = "parent"
    DESK = "desk"
    PROVIDER = "provider"
    PARTNER = "partner"
    ANALYST = "analyst"
    ADMINISTRATOR = "administrator"


ALL_ROLES = tuple(Role)


def role_group(role: str):
    """The Group of a role (created when missing, e.g. after a test flushed the tables)."""
    from django.contrib.auth.models import Group

    if role not in set(Role):
        raise ValueError(f"unknown role: {role}")
    return Group.objects.get_or_create(name=role)[0]
