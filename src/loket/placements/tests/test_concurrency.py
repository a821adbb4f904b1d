"""Two families accept an offer for the last seat at the same moment: one place is given.

Row locks are a no-op on SQLite, so this runs on PostgreSQL only (`make test` runs it there)."""

import threading

import pytest
from django.db import connection, connections

from loket.locations.models import LocationCapacity
from loket.placements import services
from loket.placements.models import Placement
from loket.registrations.tests.factories import ChildcareRequestFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgresql]


def test_two_acceptances_for_the_last_seat(municipality, location, desk_user):
    assert connection.vendor == "postgresql", "run with DATABASE_URL (make test-postgres)"
    LocationCapacity.objects.filter(location=location).update(places=1, free_places=1)
    offers = []
    for _ in range(2):
        req = ChildcareRequestFactory(
            child__family__municipality=municipality, locations=[location]
        )
        offers.append(
            services.offer_make(actor=desk_user, childcare_request=req, location=location)
        )
        LocationCapacity.objects.filter(location=location).update(free_places=1)
    barrier = threading.Barrier(2)
    outcomes = []

    def accept(offer):
        try:
            barrier.wait()
            services.offer_accept(actor=desk_user, offer=offer)
            outcomes.append("ok")
        except Exception as exc:  # noqa: BLE001 - the refused one raises
            outcomes.append(type(exc).__name__)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=accept, args=(o,)) for o in offers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["NoSeat", "ok"]
    assert Placement.objects.filter(location=location).count() == 1
