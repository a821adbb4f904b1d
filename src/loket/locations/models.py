"""Organisers and childcare locations (organisatoren en opvanglocaties) with their capacity."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class Weekday(models.TextChoices):
    MON = "mon", _("Monday")
    TUE = "tue", _("Tuesday")
    WED = "wed", _("Wednesday")
    THU = "thu", _("Thursday")
    FRI = "fri", _("Friday")
    SAT = "sat", _("Saturday")
    SUN = "sun", _("Sunday")


class AgeBand(models.TextChoices):
    BABY = "baby", _("babies (under 18 months)")
    TODDLER = "toddler", _("toddlers (18 months to 3 years)")


class LocationKind(models.TextChoices):
    GROUP = "group", _("childcare centre (group care)")
    CHILDMINDER = "childminder", _("childminder (family care)")


class SubsidyStep(models.TextChoices):
    """Subsidy step (trap) of a location."""

    STEP_0 = "0", _("step 0: licence only")
    STEP_1 = "1", _("step 1: basic subsidy")
    STEP_2A = "2A", _("step 2A: income-related price")
    STEP_2B = "2B", _("step 2B: income-related price (growth path)")
    STEP_3 = "3", _("step 3: plus subsidy for reaching vulnerable families")


class Pricing(models.TextChoices):
    INCOME_RELATED = "income", _("price based on income")
    FREE = "free", _("price set by the provider")
    MIXED = "mixed", _("both kinds of places")


class Organiser(models.Model):
    """The organisation that runs one or more locations (organisator)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")

    def __str__(self) -> str:
        return self.name


class Location(models.Model):
    """A childcare location (opvanglocatie): a centre or a childminder's home."""

    organiser = models.ForeignKey(Organiser, on_delete=models.PROTECT, related_name="locations")
    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.PROTECT, related_name="locations"
    )
    neighbourhood = models.ForeignKey(
        "municipalities.Neighbourhood",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="locations",
    )
    code = models.CharField(_("code"), max_length=20, blank=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=12, choices=LocationKind.choices)
    subsidy_step = models.CharField(_("subsidy step"), max_length=2, choices=SubsidyStep.choices)
    pricing = models.CharField(_("price"), max_length=6, choices=Pricing.choices)
    licensed_places = models.PositiveSmallIntegerField(_("licensed places"))
    income_related_places = models.PositiveSmallIntegerField(_("places with income-based price"))
    free_price_per_day_cents = models.PositiveIntegerField(
        _("price per day for other places (cents)"), null=True, blank=True
    )
    street = models.CharField(_("street"), max_length=120)
    house_number = models.CharField(_("number"), max_length=10)
    postcode = models.CharField(_("postcode"), max_length=4)
    lat = models.FloatField(_("latitude"))
    lon = models.FloatField(_("longitude"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    occasional_places = models.PositiveSmallIntegerField(_("places for occasional care"), default=0)
    accepts_vouchers = models.BooleanField(_("accepts childcare vouchers"), default=False)
    #: Places bought by the municipality and filled by its desk (Antwerp: at most 4 a provider).
    municipal_places = models.PositiveSmallIntegerField(
        _("places bought by the municipality"), default=0
    )
    reserve_share = models.DecimalField(
        _("share of places kept for vulnerable families"),
        max_digits=3,
        decimal_places=2,
        default=0,
    )
    #: The location's own order of priority groups, where the rules let it choose; null = default.
    priority_tiers = models.JSONField(_("order of priority groups"), null=True, blank=True)
    active = models.BooleanField(_("active"), default=True)
    free_places_updated_at = models.DateTimeField(_("free places updated"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        constraints = [
            models.CheckConstraint(
                condition=Q(income_related_places__lte=F("licensed_places")),
                name="location_income_places_within_licence",
            ),
            models.CheckConstraint(
                condition=Q(occasional_places__lte=F("licensed_places")),
                name="location_occasional_within_licence",
            ),
            models.CheckConstraint(
                condition=Q(municipal_places__lte=F("licensed_places")),
                name="location_municipal_within_licence",
            ),
            models.CheckConstraint(
                condition=Q(reserve_share__gte=0) & Q(reserve_share__lte=1),
                name="location_reserve_share_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_income_related(self) -> bool:
        return self.pricing in (Pricing.INCOME_RELATED, Pricing.MIXED)

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}, {self.postcode}"


class LocationCapacity(models.Model):
    """Places and free places of a location on one weekday for one age band."""

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="capacities")
    weekday = models.CharField(_("day"), max_length=3, choices=Weekday.choices)
    age_band = models.CharField(_("age"), max_length=8, choices=AgeBand.choices)
    places = models.PositiveSmallIntegerField(_("places"))
    free_places = models.PositiveSmallIntegerField(_("free places"), default=0)

    class Meta:
        ordering = ["location", "weekday", "age_band"]
        constraints = [
            models.UniqueConstraint(
                fields=["location", "weekday", "age_band"], name="capacity_unique"
            ),
            models.CheckConstraint(
                condition=Q(free_places__lte=F("places")), name="capacity_free_within_places"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.location} {self.weekday} {self.age_band}: {self.free_places}/{self.places}"


class OpeningHours(models.Model):
    """When a location is open on one weekday (early, late and weekend hours included)."""

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.CharField(_("day"), max_length=3, choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["location", "weekday"]
        constraints = [
            models.UniqueConstraint(fields=["location", "weekday"], name="hours_unique"),
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")), name="hours_close_after_open"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.weekday} {self.opens:%H:%M}-{self.closes:%H:%M}"

    @property
    def is_early(self) -> bool:
        return self.opens.hour < 7

    @property
    def is_late(self) -> bool:
        return self.closes.hour >= 19
