"""Allocation rounds, offers and placements (toewijzingsrondes, aanbiedingen, plaatsingen)."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class RoundStatus(models.TextChoices):
    PREVIEW = "preview", _("preview")
    CONFIRMED = "confirmed", _("confirmed")
    DISCARDED = "discarded", _("discarded")


class AllocationRound(models.Model):
    """One central allocation of free places to waiting requests (toewijzingsronde).

    The engine's instance and result are stored as they were, so every round can be downloaded
    and replayed with ``python -m loket.allocation``.
    """

    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.PROTECT, related_name="rounds"
    )
    window_start = models.DateField(_("start dates from"))
    window_end = models.DateField(_("start dates until"))
    status = models.CharField(
        _("status"), max_length=10, choices=RoundStatus.choices, default=RoundStatus.PREVIEW
    )
    instance = models.JSONField(default=dict)
    result = models.JSONField(default=dict)
    #: Figures of the preview: placed, places left, reserve use per location, blocking pairs.
    summary = models.JSONField(default=dict)
    #: The engine's child id to the request id, and its location id to (location, age band).
    keys = models.JSONField(default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("allocation round")
        constraints = [
            models.CheckConstraint(
                condition=Q(window_end__gte=F("window_start")), name="round_window_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.municipality} {self.window_start}–{self.window_end}"


class OfferStatus(models.TextChoices):
    OPEN = "open", _("waiting for an answer")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
    EXPIRED = "expired", _("expired")
    WITHDRAWN = "withdrawn", _("withdrawn")


class Offer(models.Model):
    """A place offered to a family, with a date by which it must answer (aanbod)."""

    request = models.ForeignKey(
        "registrations.ChildcareRequest", on_delete=models.CASCADE, related_name="offers"
    )
    location = models.ForeignKey(
        "locations.Location", on_delete=models.PROTECT, related_name="offers"
    )
    allocation_round = models.ForeignKey(
        AllocationRound, null=True, blank=True, on_delete=models.SET_NULL, related_name="offers"
    )
    age_band = models.CharField(max_length=8)
    days = models.JSONField(_("days"), default=list)
    start_date = models.DateField(_("start date"))
    status = models.CharField(
        _("status"), max_length=10, choices=OfferStatus.choices, default=OfferStatus.OPEN
    )
    deadline = models.DateTimeField(_("answer before"))
    #: Why this offer was made: a round, the next in line after an expiry, or by the desk.
    origin = models.CharField(max_length=20, default="round")
    reminded_at = models.DateTimeField(null=True, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    #: The family accepts this place but stays on the list for the locations it ranked higher.
    keep_higher_choices = models.BooleanField(
        _("stay on the list for higher choices"), default=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["request"],
                condition=Q(status="open"),
                name="offer_one_open_per_request",
            )
        ]

    def __str__(self) -> str:
        return f"{self.request} → {self.location}"


class PlacementKind(models.TextChoices):
    REGULAR = "regular", _("regular place")
    OCCASIONAL = "occasional", _("occasional care (at most 6 months)")
    TEMPORARY = "temporary", _("temporary care while waiting for a regular place")
    MUNICIPAL = "municipal", _("place bought by the municipality")


class PlacementStatus(models.TextChoices):
    PLANNED = "planned", _("to be confirmed by the location")
    CONFIRMED = "confirmed", _("confirmed")
    ENDED = "ended", _("ended")


class Placement(models.Model):
    """A child's place at a location, from a start date, on the days of its plan (plaatsing)."""

    request = models.ForeignKey(
        "registrations.ChildcareRequest", on_delete=models.PROTECT, related_name="placements"
    )
    location = models.ForeignKey(
        "locations.Location", on_delete=models.PROTECT, related_name="placements"
    )
    offer = models.OneToOneField(
        Offer, null=True, blank=True, on_delete=models.SET_NULL, related_name="placement"
    )
    kind = models.CharField(
        _("kind"), max_length=10, choices=PlacementKind.choices, default=PlacementKind.REGULAR
    )
    age_band = models.CharField(max_length=8)
    days = models.JSONField(_("days"), default=list)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=PlacementStatus.choices, default=PlacementStatus.PLANNED
    )
    #: Counted for the 20% target: whether the family was vulnerable when the place was given.
    vulnerable = models.BooleanField(default=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="placement_end_after_start",
            ),
            models.CheckConstraint(
                condition=~Q(kind__in=["occasional", "temporary"]) | Q(end_date__isnull=False),
                name="placement_short_kinds_have_end",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.request} @ {self.location}"
