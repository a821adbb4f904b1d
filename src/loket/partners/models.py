"""Referral partners (toeleiders): organisations that know vulnerable families."""

from django.conf import settings
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


class Introduction(models.Model):
    """A warm hand-over: the desk plans a first meeting of the family at a childcare location
    (kennismakingsgesprek), so that the family does not have to find its way alone."""

    family = models.ForeignKey(
        "families.Family", on_delete=models.CASCADE, related_name="introductions"
    )
    location = models.ForeignKey(
        "locations.Location", on_delete=models.PROTECT, related_name="introductions"
    )
    meeting_at = models.DateTimeField(_("meeting on"))
    note = models.CharField(_("note for the location"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    SENSITIVE_FIELDS = ("note",)

    class Meta:
        ordering = ["-meeting_at"]
        verbose_name = _("introduction meeting")
        verbose_name_plural = _("introduction meetings")

    def __str__(self) -> str:
        return f"{self.family} → {self.location} {self.meeting_at:%Y-%m-%d %H:%M}"


class CaseNote(models.Model):
    """A short note of the desk on a referred family. The referring partner reads it only when
    it is marked shared and the family's consent to share with that partner stands."""

    family = models.ForeignKey(
        "families.Family", on_delete=models.CASCADE, related_name="case_notes"
    )
    text = models.TextField(_("note"), max_length=2000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    shared_with_partner = models.BooleanField(_("the referring partner may read it"), default=False)

    SENSITIVE_FIELDS = ("text",)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("case note")
        verbose_name_plural = _("case notes")

    def __str__(self) -> str:
        return f"{self.family} {self.created_at:%Y-%m-%d}"
