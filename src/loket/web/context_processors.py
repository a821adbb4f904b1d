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
        if user.has_role(Role.PROVIDER):
            items.append((reverse("provider:home"), _("My locations")))
            items.append((reverse("provider_placements:list"), _("Children and starts")))
        if user.has_role(Role.ANALYST):
            items.append((reverse("web:figures"), _("Figures")))
    return {"nav_items": items}
