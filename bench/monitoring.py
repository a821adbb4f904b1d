"""Benchmark of the local analysis (loket.monitoring) at Antwerp size, on PostgreSQL.

Run from the repository root, against a throwaway PostgreSQL cluster:

    .venv/bin/python scripts/with_postgres.py -- .venv/bin/python bench/monitoring.py

The script migrates the empty database, loads the demo at Antwerp size (``load_demo --scale 10
--no-users --seed 1``: about 600 locations and 15,000 requests), lets the desk run one
allocation round over the free places with the product's own services (offers, acceptances, a
provider's confirmations; the demo ships none) and then opens every analysis page and export as
an analyst through the Django test client. Each is timed ``--repeat`` times (wall clock); the
table shows the first (cold) and the best time, the number of SQL queries and the response size.
Target: every page and the PDF under 5 s. It prints the machine too (for docs/benchmarks.md).

Without ``DATABASE_URL`` it refuses to run (it would fill the project's SQLite file); pass
``--sqlite`` to use a throwaway SQLite file instead.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

TARGET_S = 5.0
PAGES = [
    ("overview", "monitoring:overview", (), {}),
    ("coverage (map, bars)", "monitoring:coverage", (), {}),
    ("under-representation", "monitoring:representation", (), {}),
    ("demand and waiting", "monitoring:demand", (), {}),
    ("20% per location", "monitoring:locations", (), {}),
    (
        "expansion advice",
        "monitoring:expansion",
        (),
        {"neighbourhood": "W03", "new_places": "28", "kind": "income"},
    ),
    ("exports page", "monitoring:exports", (), {}),
    ("PDF report", "monitoring:export_pdf", (), {}),
    ("XLSX", "monitoring:export_xlsx", (), {}),
    ("CSV (ZIP of all tables)", "monitoring:export_zip", (), {}),
    ("CSV (one table)", "monitoring:export_csv", ("coverage",), {}),
]


def machine() -> dict[str, str]:
    def run(*cmd: str) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            return ""

    model = next(
        (line.split(":", 1)[1].strip() for line in run("lscpu").splitlines()
         if line.startswith("Model name")),
        platform.processor() or "?",
    )  # fmt: skip
    memory = "?"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split("\n")[0].split()[1])
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    return {
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "memory": memory,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-round", action="store_true", help="skip the allocation round")
    parser.add_argument("--sqlite", action="store_true", help="use a throwaway SQLite file")
    args = parser.parse_args()

    if args.sqlite:
        path = Path(tempfile.mkdtemp(prefix="loket-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    elif not os.environ.get("DATABASE_URL"):
        sys.exit("Run under scripts/with_postgres.py (DATABASE_URL unset), or pass --sqlite.")
    os.environ["DJANGO_SETTINGS_MODULE"] = "loket.conf.test"

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from loket.accounts.roles import Role
    from loket.accounts.tests.factories import UserFactory
    from loket.locations.models import Organiser
    from loket.monitoring.demo import run_demo_round
    from loket.municipalities.models import Municipality

    info = machine()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            info["database"] = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            cursor.execute("select sqlite_version()")
            info["database"] = f"SQLite {cursor.fetchone()[0]}"
    for key, value in info.items():
        print(f"{key:9} {value}")

    t = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"\nmigrate: {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    call_command(
        "load_demo", "--scale", str(args.scale), "--no-users", "--seed", str(args.seed),
        verbosity=0,
    )  # fmt: skip
    municipality = Municipality.objects.get()
    print(
        f"load_demo --scale {args.scale:g}: {time.perf_counter() - t:.1f} s "
        f"({municipality.locations.count()} locations, {municipality.requests.count()} requests, "
        f"{municipality.neighbourhoods.count()} neighbourhoods)"
    )
    desk = UserFactory(role=Role.DESK, email="bench-desk@example.org")
    desk.municipalities.add(municipality)
    provider = UserFactory(role=Role.PROVIDER, email="bench-provider@example.org")
    provider.organisers.set(Organiser.objects.all())
    analyst = UserFactory(role=Role.ANALYST, email="bench-analyst@example.org")
    analyst.municipalities.add(municipality)
    if not args.no_round:
        t = time.perf_counter()
        made = run_demo_round(municipality, actor=desk, provider=provider)
        print(
            f"allocation round by the desk: {time.perf_counter() - t:.1f} s ({made['offers']} "
            f"offers, {made['placements']} accepted, {made['declined']} declined, "
            f"{made['confirmed']} confirmed by the provider)"
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    client = Client()
    client.force_login(analyst)
    print(
        f"\nAnalysis pages as an analyst ({args.repeat} runs each; seconds, wall clock)\n"
        f"{'page':28} {'first s':>8} {'best s':>8} {'queries':>8} {'kB':>8}  target"
    )
    print("-" * 72)
    worst = 0.0
    for label, name, url_args, query in PAGES:
        url = reverse(name, args=url_args)
        times = []
        queries = size = 0
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as captured:
                t = time.perf_counter()
                response = client.get(url, query)
                times.append(time.perf_counter() - t)
            assert response.status_code == 200, (name, response.status_code)
            queries, size = len(captured), len(response.content)
        worst = max(worst, max(times))
        ok = "ok" if max(times) < TARGET_S else "SLOW"
        print(f"{label:28} {times[0]:8.3f} {min(times):8.3f} {queries:8d} {size / 1024:8.1f}  {ok}")
    print("-" * 72)
    print(f"slowest: {worst:.3f} s (target {TARGET_S:.0f} s)")
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
