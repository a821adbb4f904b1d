"""Who may see the analysis: analysts and desk staff, for their own municipalities only.

The analysis shows aggregates only (every small cell suppressed), never a family's file. An
analyst's municipalities are ``user.municipalities`` (as for the desk).
"""

from __future__ import annotations

from django.db.models import QuerySet

from loket.accounts.roles import Role

#: Roles that may open the analysis pages and exports.
MONITORING_ROLES = (Role.ANALYST, Role.DESK)


def can_view_monitoring(user) -> bool:
    return bool(
        user and user.is_authenticated and any(user.has_role(role) for role in MONITORING_ROLES)
    )


def monitoring_municipalities(user) -> QuerySet:
    """The municipalities whose analysis the user may see (none for other roles)."""
    from loket.municipalities.models import Municipality

    if not can_view_monitoring(user):
        return Municipality.objects.none()
    return Municipality.objects.filter(pk__in=user.municipalities.values("pk")).order_by("name")
