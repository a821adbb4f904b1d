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
