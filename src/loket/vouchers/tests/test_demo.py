"""The demo municipality has a voucher programme at Genk's scale with a populated funnel."""

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from loket.accounts.models import User
from loket.partners.models import PartnerOrganisation
from loket.partners.selectors import Audience, case_meeting
from loket.vouchers import selectors
from loket.vouchers.models import Booklet, Voucher, VoucherProgramme

pytestmark = pytest.mark.django_db


def test_demo_vouchers_at_genk_scale():
    call_command("load_demo", verbosity=0)
    programme = VoucherProgramme.objects.get()
    assert programme.name.startswith("Kinderopvangcheques ")
    assert programme.vouchers_per_booklet == 10
    assert PartnerOrganisation.objects.count() == 2
    assert 40 <= Booklet.objects.count() <= 60  # about 50 families a year
    assert {b.partner_id for b in Booklet.objects.all()} == set(
        PartnerOrganisation.objects.values_list("pk", flat=True)
    )
    desk = User.objects.get(email="desk@demo.loket")
    today = timezone.localdate()
    f = selectors.programme_figures(viewer=desk, programme=programme, today=today).overall
    assert f.issued == Booklet.objects.values("family").distinct().count()
    assert 0.2 <= f.never_used / f.issued <= 0.5  # the largest drop-out: about a third
    assert 0 < f.all_used < f.first_use < f.issued
    assert f.continued > 0 and f.not_continued >= 0
    # Every booklet's family is eligible; every voucher used is at a location accepting them.
    assert not Voucher.objects.filter(redeemed_at__isnull=False, location__accepts_vouchers=False)
    # The demo provider has redemptions, so its statements are not empty.
    provider = User.objects.get(email="provider@demo.loket")
    assert selectors.statement_index(viewer=provider)
    # The case meeting has something to discuss.
    items = case_meeting(viewer=desk, audience=Audience("desk"), today=today)
    codes = {r.code for item in items for r in item.reasons}
    assert {"offer_no_start", "vouchers_idle", "ended_early"} <= codes
    client = Client()
    client.force_login(desk)
    assert client.get(reverse("vouchers:dashboard")).status_code == 200


def test_demo_vouchers_are_the_same_every_time():
    from django.db import transaction

    from loket.demo.loader import load_demo

    def load() -> list:
        with transaction.atomic():
            load_demo(scale=0.2, reference_date=timezone.localdate(), with_users=False)
            rows = sorted(
                Voucher.objects.values_list(
                    "booklet__family__reference",
                    "number",
                    "code",
                    "moment_date",
                    "location__code",
                )
            )
            transaction.set_rollback(True)
        return rows

    first = load()
    assert first and first == load()
