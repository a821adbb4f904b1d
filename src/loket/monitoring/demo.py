"""Offers and placements for the demo municipality, made the way the desk makes them.

The demo (``manage.py load_demo``) ships requests but no offers or placements, so the waiting
times and the figures on children in care are empty until the desk runs an allocation round.
The benchmark and the browser test call :func:`run_demo_round`: one round over the free places
with the product's own engine (``loket.placements.services``), confirmed, and the offers
accepted, except every fifth, which is declined (the place then goes to the next in line); a
provider then confirms the places at its locations. No figure is made up: every offer and
placement comes out of the engine and the services.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from loket.accounts import access
from loket.placements import services
from loket.placements.models import Offer, OfferStatus, Placement, PlacementStatus


def run_demo_round(municipality, *, actor, provider=None, days: int = 365) -> dict[str, int]:
    """Preview and confirm one round for start dates from today up to ``days`` ahead, answer
    the offers as the desk (``actor``) and let ``provider`` confirm the places at its
    locations; returns the numbers of offers, placements and confirmations."""
    today = timezone.localdate()
    rnd = services.round_preview(
        actor=actor,
        municipality=municipality,
        window_start=today,
        window_end=today + dt.timedelta(days=days),
    )
    services.round_confirm(actor=actor, allocation_round=rnd)
    placements = declined = 0
    answered: set[int] = set()
    while True:
        offers = list(
            Offer.objects.filter(request__municipality=municipality, status=OfferStatus.OPEN)
            .exclude(pk__in=answered)
            .order_by("pk")
        )
        if not offers:
            break
        for offer in offers:
            answered.add(offer.pk)
            if len(answered) % 5 == 0:
                services.offer_decline(actor=actor, offer=offer, stay_on_list=True)
                declined += 1
            else:
                try:
                    services.offer_accept(actor=actor, offer=offer)
                    placements += 1
                except services.NoSeat:
                    pass
    confirmed = 0
    if provider is not None:
        for placement in Placement.objects.filter(
            location__in=access.locations_for_provider(provider),
            status=PlacementStatus.PLANNED,
        ).order_by("pk"):
            services.placement_confirm(actor=provider, placement=placement)
            confirmed += 1
    return {
        "confirmed": confirmed,
        "offers": Offer.objects.filter(request__municipality=municipality).count(),
        "placements": placements,
        "declined": declined,
    }
