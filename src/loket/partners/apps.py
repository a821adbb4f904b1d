from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "loket.partners"
    verbose_name = _("partners".capitalize())
