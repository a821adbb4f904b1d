"""Template context shared by every page: the menu for the user's role."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loket.accounts.roles import Role


def navigation(request):
    user = request.user
    items = [(reverse("locations_public:search"), _("Free places"))]
    if user.is_authenticated:
        if user.has_role(Role.PARENT):
            items.append((reverse("portal:home"), _("My requests")))
        if user.has_role(Role.DESK):
            items.append((reverse("desk:requests"), _("Requests")))
            items.append((reverse("desk:intake"), _("New intake")))
            items.append((reverse("rounds:list"), _("Rounds")))
            items.append((reverse("placements:dashboard"), _("Offers and places")))
            items.append((reverse("partners:desk_referrals"), _("Referrals")))
            items.append((reverse("vouchers:dashboard"), _("Vouchers")))
            items.append((reverse("monitoring:overview"), _("Figures")))
        if user.has_role(Role.PROVIDER):
            items.append((reverse("provider:home"), _("My locations")))
            items.append((reverse("provider_placements:list"), _("Children and starts")))
            items.append((reverse("vouchers:redeem"), _("Vouchers")))
            items.append((reverse("partners:provider_introductions"), _("Introductions")))
        if user.has_role(Role.ANALYST):
            if not user.has_role(Role.DESK):
                items.append((reverse("monitoring:overview"), _("Figures")))
            items.append((reverse("vouchers:dashboard"), _("Vouchers")))
        if user.has_role(Role.PARTNER):
            items.append((reverse("partners:home"), _("My families")))
            items.append((reverse("partners:refer"), _("Refer a family")))
    return {"nav_items": items}
