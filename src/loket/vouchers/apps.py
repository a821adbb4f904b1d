from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VouchersConfig(AppConfig):
    name = "loket.vouchers"
    verbose_name = _("Childcare vouchers")
