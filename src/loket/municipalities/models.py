"""Municipalities (gemeenten), their neighbourhoods (wijken) and the street gazetteer."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class PriorityRegime(models.TextChoices):
    """Which priority rules apply to income-related places (voorrangsregels)."""

    IN_FORCE = "in_force", _("Rules in force (before April 2024, again since May 2025)")
    ANNULLED_2024 = "annulled_2024", _("Rules of April 2024 (annulled)")


class Municipality(models.Model):
    """A municipality (gemeente) whose desk uses this installation.

    One installation can serve several municipalities that share a desk; each sees only its own
    families, requests and staff.
    """

    name = models.CharField(_("name"), max_length=120)
    nis_code = models.CharField(_("NIS code"), max_length=5, unique=True)
    inhabitants = models.PositiveIntegerField(_("inhabitants"), default=0)
    lat = models.FloatField(_("latitude"), default=50.85)
    lon = models.FloatField(_("longitude"), default=4.35)
    desk_name = models.CharField(_("name of the desk"), max_length=200, blank=True)
    desk_email = models.EmailField(_("e-mail of the desk"), blank=True)
    desk_phone = models.CharField(_("phone of the desk"), max_length=40, blank=True)
    desk_address = models.CharField(_("address of the desk"), max_length=200, blank=True)
    desk_hours = models.CharField(_("opening hours of the desk"), max_length=200, blank=True)
    offer_response_days = models.PositiveSmallIntegerField(
        _("days a family has to answer an offer"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )
    priority_regime = models.CharField(
        _("priority rules"),
        max_length=20,
        choices=PriorityRegime.choices,
        default=PriorityRegime.IN_FORCE,
    )
    #: Vulnerable-family rule as configuration (see loket.domain.eligibility); empty = default.
    vulnerability_rule = models.JSONField(_("vulnerable family rule"), default=dict, blank=True)
    vulnerable_target_share = models.DecimalField(
        _("target share of vulnerable families"), max_digits=3, decimal_places=2, default=0.20
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name


class Neighbourhood(models.Model):
    """A neighbourhood (wijk) of a municipality, with its outline for the map."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="neighbourhoods"
    )
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=120)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True)
    lat = models.FloatField(_("latitude"))
    lon = models.FloatField(_("longitude"))
    #: GeoJSON geometry (Polygon or MultiPolygon), in WGS 84.
    geometry = models.JSONField(_("outline"), null=True, blank=True)

    class Meta:
        ordering = ["municipality", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "code"], name="neighbourhood_code_unique"
            )
        ]
        verbose_name = _("neighbourhood")
        verbose_name_plural = _("neighbourhoods")

    def __str__(self) -> str:
        return self.name


class NeighbourhoodPopulation(models.Model):
    """Number of children aged 0 to 3 living in a neighbourhood, per year."""

    neighbourhood = models.ForeignKey(
        Neighbourhood, on_delete=models.CASCADE, related_name="populations"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    children_0_3 = models.PositiveIntegerField(_("children aged 0 to 3"))

    class Meta:
        ordering = ["neighbourhood", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["neighbourhood", "year"], name="population_year_unique")
        ]

    def __str__(self) -> str:
        return f"{self.neighbourhood} {self.year}: {self.children_0_3}"


class Street(models.Model):
    """A street of the municipality with a point on the map: the gazetteer for addresses."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="streets")
    neighbourhood = models.ForeignKey(
        Neighbourhood, on_delete=models.SET_NULL, null=True, blank=True, related_name="streets"
    )
    name = models.CharField(_("street"), max_length=120)
    postcode = models.CharField(_("postcode"), max_length=4)
    lat = models.FloatField()
    lon = models.FloatField()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "name", "postcode"], name="street_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.postcode}"
