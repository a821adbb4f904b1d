"""Who may see and change what: named predicates, each with its queryset twin.

The same rule is used in the view check (``can_*``) and as a queryset filter (``*_for``), so a
list can never show a record that its detail page would refuse (eVaka's action rules).
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from .roles import Role


def _is(user, role: Role) -> bool:
    return bool(user and user.is_authenticated and user.has_role(role))


def desk_municipality_ids(user) -> list[int]:
    if not _is(user, Role.DESK):
        return []
    cached = getattr(user, "_desk_municipality_ids", None)
    if cached is None:
        cached = list(user.municipalities.values_list("id", flat=True))
        user._desk_municipality_ids = cached
    return cached


def is_desk_for(user, municipality_id: int) -> bool:
    return municipality_id in desk_municipality_ids(user)


# Families ---------------------------------------------------------------------------------------


def families_for(user) -> QuerySet:
    """Families whose file the user may open."""
    from loket.families.models import Consent, ConsentPurpose, Family

    if not (user and user.is_authenticated):
        return Family.objects.none()
    q = Q(pk__in=[])
    if _is(user, Role.DESK):
        q |= Q(municipality_id__in=desk_municipality_ids(user))
    if _is(user, Role.PARENT):
        q |= Q(guardians__user=user)
    if _is(user, Role.PARTNER) and user.partner_id:
        consent = Consent.objects.filter(
            family=OuterRef("pk"),
            purpose=ConsentPurpose.SHARE_WITH_PARTNER,
            partner_id=user.partner_id,
            withdrawn_at__isnull=True,
        )
        q |= Q(referred_by_id=user.partner_id) & Q(Exists(consent))
    return Family.objects.filter(q).distinct()


def can_view_family(user, family) -> bool:
    return families_for(user).filter(pk=family.pk).exists()


def can_manage_family(user, family) -> bool:
    """Desk staff of the family's municipality may change its file."""
    return is_desk_for(user, family.municipality_id)


# Requests ---------------------------------------------------------------------------------------


def requests_for(user) -> QuerySet:
    """Requests the user may see: their own, their municipality's, or those listing their
    locations (providers, with the family's consent to share with the chosen locations)."""
    from loket.families.models import Consent, ConsentPurpose
    from loket.registrations.models import ChildcareRequest, RequestPreference, RequestStatus

    if not (user and user.is_authenticated):
        return ChildcareRequest.objects.none()
    q = Q(pk__in=[])
    if _is(user, Role.DESK):
        q |= Q(municipality_id__in=desk_municipality_ids(user))
    if _is(user, Role.PARENT):
        q |= Q(child__family__guardians__user=user)
    if _is(user, Role.PARTNER) and user.partner_id:
        consent = Consent.objects.filter(
            family=OuterRef("child__family"),
            purpose=ConsentPurpose.SHARE_WITH_PARTNER,
            partner_id=user.partner_id,
            withdrawn_at__isnull=True,
        )
        q |= Q(child__family__referred_by_id=user.partner_id) & Q(Exists(consent))
    if _is(user, Role.PROVIDER):
        listed = RequestPreference.objects.filter(
            request=OuterRef("pk"), location__in=locations_for_provider(user)
        )
        consent = Consent.objects.filter(
            family=OuterRef("child__family"),
            purpose=ConsentPurpose.SHARE_WITH_PROVIDERS,
            withdrawn_at__isnull=True,
        )
        q |= Q(Exists(listed)) & Q(Exists(consent)) & ~Q(status=RequestStatus.DRAFT)
    return ChildcareRequest.objects.filter(q).distinct()


def can_view_request(user, childcare_request) -> bool:
    return requests_for(user).filter(pk=childcare_request.pk).exists()


def can_edit_request_as_parent(user, childcare_request) -> bool:
    return (
        _is(user, Role.PARENT)
        and childcare_request.child.family.guardians.filter(user=user).exists()
    )


# Locations --------------------------------------------------------------------------------------


def locations_for_provider(user) -> QuerySet:
    """Locations whose capacity, hours and free places the provider staff member keeps."""
    from loket.locations.models import Location

    if not _is(user, Role.PROVIDER):
        return Location.objects.none()
    return Location.objects.filter(organiser__in=user.organisers.all())


def can_edit_location(user, location) -> bool:
    return locations_for_provider(user).filter(pk=location.pk).exists()


def is_analyst(user) -> bool:
    return _is(user, Role.ANALYST)


# Referral partners and vouchers -----------------------------------------------------------------


def is_partner_for(user, partner_id: int | None) -> bool:
    """Staff of this referral partner organisation."""
    return bool(partner_id) and _is(user, Role.PARTNER) and user.partner_id == partner_id


def booklets_for(user) -> QuerySet:
    """Voucher booklets the user may see: the desk's municipalities; a partner's own booklets of
    families whose file it may open (referred by it, consent to share with it not withdrawn).
    Providers never see booklets, only the vouchers used at their locations."""
    from loket.families.models import Consent, ConsentPurpose
    from loket.vouchers.models import Booklet

    if not (user and user.is_authenticated):
        return Booklet.objects.none()
    q = Q(pk__in=[])
    if _is(user, Role.DESK):
        q |= Q(programme__municipality_id__in=desk_municipality_ids(user))
    if _is(user, Role.PARTNER) and user.partner_id:
        consent = Consent.objects.filter(
            family=OuterRef("family"),
            purpose=ConsentPurpose.SHARE_WITH_PARTNER,
            partner_id=user.partner_id,
            withdrawn_at__isnull=True,
        )
        q |= Q(family__referred_by_id=user.partner_id) & Q(Exists(consent))
    return Booklet.objects.filter(q)


def can_view_booklet(user, booklet) -> bool:
    return booklets_for(user).filter(pk=booklet.pk).exists()


def vouchers_used_at_provider(user) -> QuerySet:
    """Vouchers used at the provider's own locations (for its redemptions and statements)."""
    from loket.vouchers.models import Voucher

    return Voucher.objects.filter(
        location__in=locations_for_provider(user), redeemed_at__isnull=False
    )
