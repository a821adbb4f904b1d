"""Families (gezinnen): parents or guardians, children, the facts priority is decided from,
consent records and the family's other needs.

Fields marked ``sensitive`` in ``SENSITIVE_FIELDS`` are blanked by ``manage.py apply_retention``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Situation(models.TextChoices):
    """A parent's situation (werk, opleiding, werkzoekend, inburgering)."""

    WORKING = "working", _("working")
    JOB_SEEKING = "job_seeking", _("looking for work")
    VOCATIONAL_TRAINING = "vocational_training", _("in training for a job")
    INTEGRATION_COURSE = "integration_course", _("following an integration course")
    DUTCH_LESSONS = "dutch_lessons", _("taking Dutch lessons")
    NOT_ACTIVE = "not_active", _("none of these")


class FactKey(models.TextChoices):
    """Facts that priority and vulnerability are decided from (see loket.domain.eligibility)."""

    WORKING = "working", _("a parent works")
    JOB_SEEKING = "job_seeking", _("a parent is looking for work")
    VOCATIONAL_TRAINING = "vocational_training", _("a parent is in training for a job")
    INTEGRATION_COURSE = "integration_course", _("a parent follows an integration course")
    DUTCH_LESSONS = "dutch_lessons", _("a parent takes Dutch lessons")
    NOT_ACTIVE = "not_active", _("no parent works, studies or looks for work")
    WORKS_FOUR_FIFTHS = "works_four_fifths", _("the parents work or train at least 4/5")
    SINGLE_PARENT = "single_parent", _("single parent")
    LOW_INCOME = "low_income", _("low income")
    FOSTER_CHILD = "foster_child", _("foster child")
    SIBLING_IN_CARE = "sibling_in_care", _("a brother or sister is already in childcare")
    HEALTH_OR_CARE = "health_or_care_situation", _("health or care situation")
    NO_SECONDARY_DIPLOMA = "no_secondary_diploma", _("no secondary-school diploma")
    SOCIAL_INTEGRATION_INCOME = (
        "social_integration_income",
        _("living on social integration income"),
    )
    WEAK_INCOME = "weak_income", _("weak: monthly income")
    WEAK_EDUCATION = "weak_education", _("weak: parents' education")
    WEAK_EMPLOYMENT = "weak_employment", _("weak: parents' employment")
    WEAK_HOUSING = "weak_housing", _("weak: housing")
    WEAK_STIMULATION = "weak_stimulation", _("weak: stimulation of the child")
    WEAK_HEALTH = "weak_health", _("weak: health")
    NO_SOCIAL_NETWORK = "no_social_network", _("no social network to fall back on")
    BURDEN_EXCEEDS_CAPACITY = (
        "burden_exceeds_capacity",
        _("burden larger than what the family can carry"),
    )


class FactSource(models.TextChoices):
    DECLARED = "declared", _("declared by the parent")
    CHECKED = "checked", _("checked by the desk")
    ATTESTED = "attested", _("attested by a referral partner")


class Family(models.Model):
    """A family (gezin) of one municipality."""

    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.PROTECT, related_name="families"
    )
    reference = models.CharField(_("file number"), max_length=20, unique=True)
    street = models.CharField(_("street"), max_length=120, blank=True)
    house_number = models.CharField(_("number"), max_length=10, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True)
    neighbourhood = models.ForeignKey(
        "municipalities.Neighbourhood",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="families",
    )
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    preferred_language = models.CharField(_("language"), max_length=5, default="nl")
    needs_interpreter = models.BooleanField(_("needs an interpreter"), default=False)
    desk_notes = models.TextField(_("notes of the desk"), blank=True)
    referred_by = models.ForeignKey(
        "partners.PartnerOrganisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referred_families",
        verbose_name=_("referred by"),
    )
    registered_by_desk = models.BooleanField(_("registered with help of the desk"), default=False)
    #: For the price estimate (loket.prices): the parents' joint taxable income a year
    #: (gezamenlijk belastbaar inkomen) and the children in their charge (kinderen ten laste).
    joint_taxable_income = models.DecimalField(
        _("joint taxable income a year"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    dependent_children = models.PositiveSmallIntegerField(
        _("children in the family's charge"), null=True, blank=True
    )
    multiple_birth = models.BooleanField(_("twins or triplets"), default=False)
    #: The family's situation for the reduced-price guidance (individueel verminderd tarief).
    social_integration_income = models.BooleanField(
        _("lives on social integration income (leefloon)"), default=False
    )
    income_dropped = models.BooleanField(_("income at least 20% lower for 3 months"), default=False)
    cannot_pay = models.BooleanField(_("cannot pay the price"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    SENSITIVE_FIELDS = (
        "street",
        "house_number",
        "desk_notes",
        "lat",
        "lon",
        "joint_taxable_income",
        "dependent_children",
        "multiple_birth",
        "social_integration_income",
        "income_dropped",
        "cannot_pay",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("family")
        verbose_name_plural = _("families")

    def __str__(self) -> str:
        return self.reference

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}, {self.postcode}".strip(" ,")


class Guardian(models.Model):
    """A parent or guardian of the family (ouder of voogd)."""

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="guardians")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guardian",
    )
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_language = models.CharField(_("language"), max_length=5, default="nl")
    situation = models.CharField(
        _("situation"), max_length=20, choices=Situation.choices, default=Situation.WORKING
    )

    SENSITIVE_FIELDS = ("first_name", "last_name", "email", "phone")

    class Meta:
        ordering = ["family", "id"]
        verbose_name = _("parent or guardian")
        verbose_name_plural = _("parents or guardians")

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Child(models.Model):
    """A child (kind), born or expected."""

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="children")
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    birth_date = models.DateField(_("date of birth"), null=True, blank=True)
    expected_date = models.DateField(_("expected date of birth"), null=True, blank=True)

    SENSITIVE_FIELDS = ("first_name", "last_name")

    class Meta:
        ordering = ["family", "id"]
        verbose_name = _("child")
        verbose_name_plural = _("children")
        constraints = [
            models.CheckConstraint(
                condition=Q(birth_date__isnull=False) | Q(expected_date__isnull=False),
                name="child_birth_or_expected",
            )
        ]

    def __str__(self) -> str:
        return self.first_name or str(_("expected child"))

    @property
    def born_or_expected(self):
        return self.birth_date or self.expected_date


class FamilyFact(models.Model):
    """One fact about a family with its source: declared, checked by the desk, or attested."""

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="facts")
    key = models.CharField(_("fact"), max_length=30, choices=FactKey.choices)
    source = models.CharField(_("source"), max_length=10, choices=FactSource.choices)
    partner = models.ForeignKey(
        "partners.PartnerOrganisation", null=True, blank=True, on_delete=models.SET_NULL
    )
    #: For a sibling in care: the location where the brother or sister is.
    location = models.ForeignKey(
        "locations.Location", null=True, blank=True, on_delete=models.SET_NULL
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["family", "key"]
        constraints = [
            models.UniqueConstraint(fields=["family", "key", "source"], name="fact_unique"),
            models.CheckConstraint(
                condition=~Q(source="attested") | Q(partner__isnull=False),
                name="fact_attested_has_partner",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_key_display()} ({self.get_source_display()})"


class ConsentPurpose(models.TextChoices):
    SHARE_WITH_DESK = "share_with_desk", _("share my file with the childcare desk")
    SHARE_WITH_PROVIDERS = (
        "share_with_providers",
        _("share my request with the childcare locations I chose"),
    )
    SHARE_WITH_PARTNER = (
        "share_with_partner",
        _("let the organisation that helps me follow my request"),
    )


class Consent(models.Model):
    """Consent as a record: who agreed to share what with whom, and when."""

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=30, choices=ConsentPurpose.choices)
    partner = models.ForeignKey(
        "partners.PartnerOrganisation", null=True, blank=True, on_delete=models.CASCADE
    )
    given_by = models.CharField(_("given by"), max_length=200)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        ordering = ["family", "-given_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(purpose="share_with_partner") | Q(partner__isnull=False),
                name="consent_partner_named",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} ({self.given_by})"


class NeedKind(models.TextChoices):
    MATERIAL = "material", _("material support (clothes, baby items)")
    FINANCIAL = "financial", _("money, debts or bills")
    HOUSING = "housing", _("housing")
    WORK_OR_TRAINING = "work_or_training", _("work or training")
    LANGUAGE = "language", _("learning Dutch")
    PARENTING = "parenting", _("parenting support")
    HEALTH = "health", _("health")
    MOBILITY = "mobility", _("getting to the childcare (bus, bike seat)")
    OTHER = "other", _("something else")


class ReferralTarget(models.TextChoices):
    HUIS_VAN_HET_KIND = "huis_van_het_kind", _("Huis van het Kind")
    OCMW = "ocmw", _("OCMW / Social House")
    VDAB = "vdab", _("VDAB")
    KIND_EN_GEZIN = "kind_en_gezin", _("Kind en Gezin")
    CAW = "caw", _("CAW")
    OTHER = "other", _("other service")


class NeedStatus(models.TextChoices):
    OPEN = "open", _("to do")
    REFERRED = "referred", _("referred")
    RESOLVED = "resolved", _("solved")


class FamilyNeed(models.Model):
    """A need of the family besides childcare, and where the desk referred it (seed 001, 4.10)."""

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="needs")
    kind = models.CharField(_("need"), max_length=20, choices=NeedKind.choices)
    description = models.TextField(_("description"), blank=True)
    referred_to = models.CharField(
        _("referred to"), max_length=20, choices=ReferralTarget.choices, blank=True
    )
    partner = models.ForeignKey(
        "partners.PartnerOrganisation", null=True, blank=True, on_delete=models.SET_NULL
    )
    status = models.CharField(
        _("status"), max_length=10, choices=NeedStatus.choices, default=NeedStatus.OPEN
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    SENSITIVE_FIELDS = ("description",)

    class Meta:
        ordering = ["family", "-created_at"]

    def __str__(self) -> str:
        return self.get_kind_display()
