"""Benchmark of the allocation engine: speed, memory, blocking pairs, and `matching` comparison.

Run from the repository root:

    PYTHONPATH=src .venv/bin/python bench/allocation.py            # everything (a few minutes)
    PYTHONPATH=src .venv/bin/python bench/allocation.py --quick    # demo and Antwerp sizes only
    PYTHONPATH=src .venv/bin/python bench/allocation.py --only flanders,matching

Each scenario runs in its own process so that its peak memory (maxrss) is its own. Times are the
best of ``--repeat`` runs (wall clock, ``time.perf_counter``). "solve" is the full result,
explanations included; "assign" leaves the explanations out. Blocking pairs are counted by the
independent verifier for both the engine and plain deferred acceptance.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from loket.domain.allocation import parse_instance, solve, verify  # noqa: E402
from loket.domain.allocation.generate import generate_instance  # noqa: E402

#: name: (children, locations, choices, reserves, part_time)
SCENARIOS = {
    "demo": (1_500, 60, 3, True, True),
    "antwerp": (15_000, 600, 5, True, True),
    "flanders": (70_000, 10_000, 10, True, True),
}
MATCHING = {"matching": (15_000, 600, 5), "matching-quick": (3_000, 120, 5)}


def best_of(repeat: int, fn):
    best = None
    value = None
    for _ in range(repeat):
        t = time.perf_counter()
        value = fn()
        elapsed = time.perf_counter() - t
        best = elapsed if best is None else min(best, elapsed)
    return best, value


def run_scenario(name: str, seed: int, repeat: int) -> dict:
    n, m, k, reserves, part_time = SCENARIOS[name]
    t = time.perf_counter()
    doc = generate_instance(n, m, k, seed, reserves=reserves, part_time=part_time)
    generate_s = time.perf_counter() - t
    text = json.dumps(doc)
    parse_s, instance = best_of(repeat, lambda: parse_instance(json.loads(text)))
    assign_s, _ = best_of(repeat, lambda: solve(instance, explain=False))
    solve_s, result = best_of(repeat, lambda: solve(instance))
    plain_s, plain = best_of(1, lambda: solve(instance, repair=False, explain=False))
    out = result.to_dict()
    verify_s, report = best_of(1, lambda: verify(instance, out))
    plain_report = verify(instance, plain.to_dict())
    tracemalloc.start()
    solve(instance)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "name": name,
        "children": n,
        "locations": m,
        "choices": k,
        "generate_s": generate_s,
        "parse_s": parse_s,
        "assign_s": assign_s,
        "solve_s": solve_s,
        "plain_da_s": plain_s,
        "verify_s": verify_s,
        "placed": sum(1 for v in result.assignments.values() if v is not None),
        "violations": report.summary(),
        "blocking_engine": report.blocking_pairs,
        "blocking_plain_da": plain_report.blocking_pairs,
        "repair_rounds": result.stats.repair_rounds,
        "solve_peak_mb": peak / 2**20,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_matching(name: str, seed: int, repeat: int) -> dict:
    import warnings

    from matching.games import HospitalResident

    n, m, k = MATCHING[name]
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))
    doc = generate_instance(n, m, k, seed, reserves=False, part_time=False)
    instance = parse_instance(doc)
    engine_s, result = best_of(repeat, lambda: solve(instance, explain=False))
    full_s, _ = best_of(repeat, lambda: solve(instance))
    end_to_end_s, _ = best_of(repeat, lambda: solve(parse_instance(doc), explain=False))
    t_prefs = time.perf_counter()

    # The same round as a hospital-resident game: everybody needs mon..fri, so a location's
    # capacity is its minimum over those days; hospitals rank their applicants by priority.
    days = instance.weekdays
    capacity = {loc.id: min(loc.capacity[d] for d in days) for loc in instance.locations}
    by_id = {c.id: c for c in instance.children}
    residents = {
        c.id: [lid for lid in c.preferences if capacity[lid] > 0] for c in instance.children
    }
    residents = {cid: p for cid, p in residents.items() if p}
    locs = {loc.id: loc for loc in instance.locations}

    def key(cid: str, lid: str) -> tuple:
        child, loc = by_id[cid], locs[lid]
        groups = set(child.groups)
        if lid not in child.siblings_at:
            groups.discard("sibling")
        tier = next(
            (i for i, t in enumerate(loc.priority_tiers) if groups & set(t)),
            len(loc.priority_tiers),
        )
        return (tier, child.lottery, cid)

    applicants: dict[str, list[str]] = {lid: [] for lid in capacity if capacity[lid] > 0}
    for cid, prefs in residents.items():
        for lid in prefs:
            applicants[lid].append(cid)
    hospitals = {
        lid: sorted(a, key=lambda cid, lid=lid: key(cid, lid)) for lid, a in applicants.items()
    }
    prefs_s = time.perf_counter() - t_prefs
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = time.perf_counter()
        game = HospitalResident.create_from_dictionaries(
            residents, hospitals, {lid: capacity[lid] for lid in hospitals}
        )
        build_s = time.perf_counter() - t
        t = time.perf_counter()
        solution = game.solve(optimal="resident")
        matching_s = time.perf_counter() - t
    theirs: dict[str, str | None] = dict.fromkeys(by_id)
    for hospital, matched in solution.items():
        for resident in matched:
            theirs[resident.name] = hospital.name
    return {
        "name": name,
        "children": n,
        "locations": m,
        "choices": k,
        "engine_assign_s": engine_s,
        "engine_solve_s": full_s,
        "matching_build_s": build_s,
        "matching_solve_s": matching_s,
        "engine_end_to_end_s": end_to_end_s,
        "matching_prefs_s": prefs_s,
        "ratio": matching_s / engine_s,
        "ratio_end_to_end": (prefs_s + build_s + matching_s) / end_to_end_s,
        "identical": theirs == result.assignments,
        "placed": sum(1 for v in result.assignments.values() if v is not None),
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child(name: str, seed: int, repeat: int) -> dict:
    cmd = [sys.executable, __file__, "--one", name, "--seed", str(seed), "--repeat", str(repeat)]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(f"scenario {name} failed:\n{out.stderr}")
    return json.loads(out.stdout)


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} CPUs ({model}), {mem:.0f} GiB RAM, "
        f"Python {platform.python_version()} on {platform.system()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="demo and Antwerp sizes only")
    parser.add_argument("--only", help="comma-separated: demo,antwerp,flanders,matching")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one:
        fn = run_matching if args.one in MATCHING else run_scenario
        print(json.dumps(fn(args.one, args.seed, args.repeat)))
        return

    if args.only:
        names = args.only.split(",")
    elif args.quick:
        names = ["demo", "antwerp", "matching-quick"]
    else:
        names = ["demo", "antwerp", "flanders", "matching"]
    unknown = [x for x in names if x not in SCENARIOS and x not in MATCHING]
    if unknown:
        raise SystemExit(f"unknown scenario(s): {', '.join(unknown)}")

    print(f"machine: {machine()}")
    print(f"seed {args.seed}, best of {args.repeat} runs\n")
    rows = [child(x, args.seed, args.repeat) for x in names if x in SCENARIOS]
    if rows:
        head = (
            f"{'scenario':<9} {'children':>8} {'locs':>6} {'k':>3} {'parse s':>8} "
            f"{'assign s':>9} {'solve s':>8} {'verify s':>9} {'placed':>7} "
            f"{'BP engine':>9} {'BP DA':>6} {'peak MB':>8} {'rss MB':>7}"
        )
        print("Reserves and part-time plans (BP = blocking pairs, counted by verify)")
        print(head)
        print("-" * len(head))
        for r in rows:
            print(
                f"{r['name']:<9} {r['children']:>8} {r['locations']:>6} {r['choices']:>3} "
                f"{r['parse_s']:>8.3f} {r['assign_s']:>9.3f} {r['solve_s']:>8.3f} "
                f"{r['verify_s']:>9.2f} {r['placed']:>7} {r['blocking_engine']:>9} "
                f"{r['blocking_plain_da']:>6} {r['solve_peak_mb']:>8.1f} {r['maxrss_mb']:>7.0f}"
            )
        print()
    for x in names:
        if x not in MATCHING:
            continue
        r = child(x, args.seed, args.repeat)
        print(
            f"Same days, no reserve, {r['children']} children x {r['locations']} locations, "
            f"{r['choices']} choices"
        )
        rows = [
            ("engine: solve, assignments only", r["engine_assign_s"]),
            ("engine: solve with explanations", r["engine_solve_s"]),
            ("engine: parse + solve (assignments)", r["engine_end_to_end_s"]),
            ("matching: HospitalResident.solve", r["matching_solve_s"]),
            ("matching: rank applicants by priority", r["matching_prefs_s"]),
            ("matching: create_from_dictionaries", r["matching_build_s"]),
        ]
        for label, value in rows:
            print(f"  {label:<40} {value:8.3f} s")
        print(f"  {'speed-up, solve vs solve':<40} {r['ratio']:8.1f} x")
        print(f"  {'speed-up, end to end':<40} {r['ratio_end_to_end']:8.1f} x")
        print(f"  {'identical outcomes':<40} {r['identical']} ({r['placed']} placed)")
        print()


if __name__ == "__main__":
    main()
