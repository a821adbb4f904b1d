"""Two providers scan the same voucher at the same moment: it is used once.

Row locks are a no-op on SQLite, so this runs on PostgreSQL only (`make test` runs it there)."""

import datetime as dt
import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.audit.models import AuditEvent
from loket.locations.tests.factories import LocationFactory
from loket.vouchers import services
from loket.vouchers.models import Voucher

from .factories import ProgrammeFactory, referred_family

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.postgresql,
]


def test_two_providers_redeem_the_same_voucher_at_once(municipality, partner, partner_user):
    assert connection.vendor == "postgresql", "run with DATABASE_URL (make test-postgres)"
    programme = ProgrammeFactory(municipality=municipality)
    _family, child = referred_family(partner)
    booklet = services.booklet_issue(
        actor=partner_user,
        programme=programme,
        child=child,
        language="nl",
        now=timezone.now() - dt.timedelta(days=2),
    )
    code = booklet.vouchers.get(number=1).code
    providers = []
    for name in ("Links", "Rechts"):
        location = LocationFactory(municipality=municipality, accepts_vouchers=True, name=name)
        user = UserFactory(role=Role.PROVIDER)
        user.organisers.add(location.organiser)
        providers.append((user, location))
    barrier = threading.Barrier(2)
    outcomes = []

    def redeem(user, location):
        try:
            barrier.wait()
            result = services.voucher_redeem(
                actor=user, code=code, location=location, moment_date=timezone.localdate()
            )
            outcomes.append("ok" if result.ok else str(result.refusal))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=redeem, args=p) for p in providers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["already_used", "ok"]
    voucher = Voucher.objects.get(code=code)
    assert voucher.redeemed_at is not None
    assert AuditEvent.objects.filter(object_type="vouchers.Voucher", action="status").count() == 1
