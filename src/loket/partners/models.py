"""Referral partners (toeleiders): organisations that know vulnerable families."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerKind(models.TextChoices):
    OCMW = "ocmw", _("OCMW / Social House")
    VDAB = "vdab", _("VDAB (employment service)")
    KIND_EN_GEZIN = "kind_en_gezin", _("Kind en Gezin (Opgroeien)")
    HUIS_VAN_HET_KIND = "huis_van_het_kind", _("Huis van het Kind")
    CKG = "ckg", _("Centre for child and family support (CKG)")
    CAW = "caw", _("CAW (general welfare work)")
    LANGUAGE_COURSE = "language_course", _("Language course or integration agency")
    POVERTY_ASSOCIATION = "poverty_association", _("Association where the poor speak out")
    OTHER = "other", _("Other")


class PartnerOrganisation(models.Model):
    """A referral partner organisation working in one municipality."""

    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.CASCADE, related_name="partners"
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=PartnerKind.choices)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("referral partner")
        verbose_name_plural = _("referral partners")

    def __str__(self) -> str:
        return self.name
