#!/usr/bin/env python
"""Time an allocation round on the Antwerp-size demo (15,000 requests, 600 locations).

Run on PostgreSQL (the target is under 30 s from building the instance to stored offers):

    .venv/bin/python scripts/with_postgres.py -- .venv/bin/python bench/round.py

Prints the time of each step: building the instance from the database, solving, verifying,
storing the preview, and confirming it into offers (with the seats taken and e-mails queued).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loket.conf.test")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--days", type=int, default=365, help="width of the start-date window")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment
    from django.utils import timezone

    setup_test_environment()  # locmem e-mail: the offers' e-mails are built but not sent
    if connection.vendor != "postgresql":
        print("warning: not on PostgreSQL (set DATABASE_URL or use scripts/with_postgres.py)")
    call_command("migrate", verbosity=0)
    from loket.accounts.models import User
    from loket.accounts.roles import Role, role_group
    from loket.domain import allocation
    from loket.municipalities.models import Municipality
    from loket.placements import engine, services
    from loket.placements.models import AllocationRound, Offer

    t0 = time.perf_counter()
    call_command("load_demo", "--scale", str(args.scale), "--no-users", verbosity=0)
    load_s = time.perf_counter() - t0
    municipality = Municipality.objects.order_by("-pk").first()
    desk = User.objects.create_user(f"bench-desk-{municipality.pk}@example.org")
    desk.groups.add(role_group(Role.DESK))
    desk.municipalities.add(municipality)
    today = timezone.localdate()
    end = today + dt.timedelta(days=args.days)

    timings: list[tuple[str, float]] = []

    def step(name, fn):
        start = time.perf_counter()
        value = fn()
        timings.append((name, time.perf_counter() - start))
        return value

    built = step(
        "build instance from the database", lambda: engine.build_instance(municipality, today, end)
    )
    parsed = step("parse instance", lambda: allocation.parse_instance(built.instance))
    solved = step("solve (with explanations)", lambda: allocation.solve(parsed).to_dict())
    step("verify", lambda: allocation.verify(parsed, solved))
    # The service does all of the above again inside one transaction and stores the preview;
    # time it whole, as the desk experiences it.
    rnd = step(
        "round_preview (build+solve+verify+store)",
        lambda: services.round_preview(
            actor=desk, municipality=municipality, window_start=today, window_end=end
        ),
    )
    offers = step(
        "round_confirm (seats + offers + e-mails)",
        lambda: services.round_confirm(actor=desk, allocation_round=rnd),
    )
    total = sum(t for name, t in timings if name.startswith("round_"))
    version = connection.pg_version if connection.vendor == "postgresql" else ""
    print(f"database: {connection.vendor} {version}")
    print(f"demo load (not timed in the round): {load_s:.1f} s")
    print(
        f"children in the round: {len(built.instance['children'])}, "
        f"location-age bands with free seats: {len(built.instance['locations'])}"
    )
    stored = Offer.objects.filter(allocation_round=rnd).count()
    print(
        f"placed: {rnd.summary['placed']}, offers stored: {stored}, "
        f"blocking pairs: {rnd.summary['blocking_pairs']}"
    )
    print(f"{'step':<45} {'seconds':>8}")
    for name, seconds in timings:
        print(f"{name:<45} {seconds:8.2f}")
    print(f"{'round total (preview + confirm)':<45} {total:8.2f}   target < 30 s")
    assert AllocationRound.objects.filter(pk=rnd.pk, status="confirmed").exists()
    assert len(offers) == rnd.summary["placed"] - len(rnd.summary.get("skipped", []))
    _ = settings


if __name__ == "__main__":
    main()
