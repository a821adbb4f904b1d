"""Childcare requests (opvangvragen): one registration per child for the whole municipality."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from loket.domain import requests as rules
from loket.domain.requests import WeeklyPlan


class RequestStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("received")
    WAITING = "waiting", _("on the waiting list")
    OFFERED = "offered", _("place offered")
    ACCEPTED = "accepted", _("place accepted")
    PLACED = "placed", _("child placed")
    DECLINED = "declined", _("offer declined")
    CANCELLED = "cancelled", _("cancelled")
    EXPIRED = "expired", _("expired")


class Motive(models.TextChoices):
    """Why care is needed: the five motives of seed 001, section 2."""

    ACTIVATION = "activation", _("to work, look for work or follow a training")
    FAMILY_STRENGTH = "family_strength", _("to give the family some breathing space")
    SUPPORT_OR_CRISIS = (
        "support_or_crisis",
        _("because our family gets support, or is going through a crisis"),
    )
    CHILD_DEVELOPMENT = "child_development", _("for my child to play and learn with other children")
    INTEGRATION = "integration", _("to follow an integration course or Dutch lessons")


class PlanKind(models.TextChoices):
    FIXED = "fixed", _("the same days every week")
    FLEXIBLE = "flexible", _("a number of days a week, not always the same")


class PreferenceMode(models.TextChoices):
    RANKED = "ranked", _("the locations I choose, in my order")
    NEARBY = "nearby", _("any location near my home")


class Channel(models.TextChoices):
    PORTAL = "portal", _("by the parent online")
    DESK = "desk", _("at the desk")
    PARTNER = "partner", _("with a referral partner")


class ChildcareRequest(models.Model):
    """A request for childcare for one child, registered once for all locations (opvangvraag)."""

    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.PROTECT, related_name="requests"
    )
    child = models.ForeignKey("families.Child", on_delete=models.CASCADE, related_name="requests")
    reference = models.CharField(_("request number"), max_length=20, unique=True)
    desired_start = models.DateField(_("start date"))
    plan = models.JSONField(_("weekly plan"), default=dict)
    plan_kind = models.CharField(
        _("kind of plan"), max_length=10, choices=PlanKind.choices, default=PlanKind.FIXED
    )
    hours_per_day = models.DecimalField(
        _("hours a day"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    preference_mode = models.CharField(
        _("where"), max_length=10, choices=PreferenceMode.choices, default=PreferenceMode.RANKED
    )
    radius_km = models.DecimalField(
        _("distance (km)"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    motive = models.CharField(_("why care is needed"), max_length=20, choices=Motive.choices)
    urgent = models.BooleanField(_("urgent"), default=False)
    urgent_deadline = models.DateField(_("place needed by"), null=True, blank=True)
    social_emergency = models.BooleanField(_("social emergency"), default=False)
    referring_partner = models.ForeignKey(
        "partners.PartnerOrganisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
        verbose_name=_("referred by"),
    )
    channel = models.CharField(_("registered"), max_length=10, choices=Channel.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.DRAFT
    )
    #: When the request was submitted: the registration date that counts, kept when it is edited.
    registered_at = models.DateTimeField(_("registered on"), null=True, blank=True, db_index=True)
    #: The municipality's lottery number for this child, drawn once at submission and kept.
    lottery = models.FloatField(_("lottery number"), null=True, blank=True)
    parent_note = models.TextField(_("message for the desk"), blank=True)
    #: A transfer request: the child has a place at the location of this rank and stays on the
    #: list for the locations ranked higher.
    transfer_below_rank = models.PositiveSmallIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["registered_at", "id"]
        verbose_name = _("childcare request")
        verbose_name_plural = _("childcare requests")
        indexes = [models.Index(fields=["municipality", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(preference_mode="nearby") | Q(radius_km__gt=0),
                name="request_nearby_has_radius",
            ),
            models.CheckConstraint(
                condition=Q(lottery__isnull=True) | (Q(lottery__gte=0) & Q(lottery__lt=1)),
                name="request_lottery_range",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def weekly_plan(self) -> WeeklyPlan:
        return WeeklyPlan.from_json(self.plan)

    @property
    def family(self):
        return self.child.family

    @property
    def is_editable(self) -> bool:
        return self.status in {str(s) for s in rules.EDITABLE}


class RequestPreference(models.Model):
    """A preferred location of a request, with its rank (1 = first choice)."""

    request = models.ForeignKey(
        ChildcareRequest, on_delete=models.CASCADE, related_name="preferences"
    )
    location = models.ForeignKey(
        "locations.Location", on_delete=models.CASCADE, related_name="preferences"
    )
    rank = models.PositiveSmallIntegerField(_("rank"))

    class Meta:
        ordering = ["request", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["request", "rank"], name="preference_rank_unique"),
            models.UniqueConstraint(
                fields=["request", "location"], name="preference_location_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rank}. {self.location}"


class RequestStatusChange(models.Model):
    """The history of a request's status."""

    request = models.ForeignKey(
        ChildcareRequest, on_delete=models.CASCADE, related_name="status_changes"
    )
    old_status = models.CharField(max_length=10, choices=RequestStatus.choices, blank=True)
    new_status = models.CharField(max_length=10, choices=RequestStatus.choices)
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["request", "at", "id"]

    def __str__(self) -> str:
        return f"{self.old_status} -> {self.new_status}"
