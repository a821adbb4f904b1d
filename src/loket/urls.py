from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("account/", include("loket.accounts.urls")),
    path("portal/", include("loket.registrations.urls_portal")),
    path("desk/", include("loket.registrations.urls_desk")),
    path("desk/families/", include("loket.families.urls")),
    path("desk/rounds/", include("loket.placements.urls")),
    path("desk/places/", include("loket.placements.urls_desk")),
    path("offers/", include("loket.placements.urls_offers")),
    path("provider/placements/", include("loket.placements.urls_provider")),
    path("provider/", include("loket.locations.urls_provider")),
    path("free-places/", include("loket.locations.urls_public")),
    path("price/", include("loket.prices.urls")),
    path("partner/", include("loket.partners.urls")),
    path("vouchers/", include("loket.vouchers.urls")),
    path("monitoring/", include("loket.monitoring.urls")),
    path("", include("loket.web.urls")),
]
