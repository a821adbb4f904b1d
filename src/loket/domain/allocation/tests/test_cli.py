"""The command line, run as a separate process as a desk or CI would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[4]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-m", "loket.allocation", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
    )


def small_instance() -> dict:
    return {
        "schema_version": 1,
        "tie_break": "lottery",
        "locations": [
            {"id": "L1", "capacity": dict.fromkeys(["mon", "tue", "wed", "thu", "fri"], 1)},
            {"id": "L2", "capacity": dict.fromkeys(["mon", "tue", "wed", "thu", "fri"], 1)},
        ],
        "children": [
            {"id": "C1", "days": ["mon"], "preferences": ["L1", "L2"], "lottery": 0.1},
            {"id": "C2", "days": ["mon"], "preferences": ["L1", "L2"], "lottery": 0.2},
            {"id": "C3", "days": ["mon"], "preferences": ["L1"], "lottery": 0.3},
        ],
    }


@pytest.fixture
def files(tmp_path):
    inst = tmp_path / "instance.json"
    inst.write_text(json.dumps(small_instance()))
    return tmp_path, inst


def test_generate_solve_verify(tmp_path):
    inst = tmp_path / "i.json"
    res = tmp_path / "r.json"
    args = ["--children", "120", "--locations", "9", "--choices", "3", "--seed", "4"]
    gen = run("generate", *args, "--reserves", "--part-time", "-o", str(inst))
    assert gen.returncode == 0, gen.stderr
    doc = json.loads(inst.read_text())
    assert len(doc["children"]) == 120 and len(doc["locations"]) == 9
    solved = run("solve", str(inst), "-o", str(res))
    assert solved.returncode == 0, solved.stderr
    result = json.loads(res.read_text())
    assert set(result["assignments"]) == {c["id"] for c in doc["children"]}
    checked = run("verify", str(inst), str(res))
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.strip().splitlines()[-1] == (
        "violations: infeasible=0 irrational=0 blocking_pairs=0"
    )
    # Same seed, same instance; the result on stdout equals the one written with -o.
    again = run("generate", *args, "--reserves", "--part-time")
    assert json.loads(again.stdout) == doc
    assert json.loads(run("solve", str(inst)).stdout) == result


def test_solve_reads_standard_input(files):
    _, inst = files
    out = run("solve", "-", stdin=inst.read_text())
    assert out.returncode == 0
    assert json.loads(out.stdout)["assignments"] == {"C1": "L1", "C2": "L2", "C3": None}


def test_verify_reports_each_violation_and_exits_1(files):
    tmp, inst = files
    bad = {
        "schema_version": 1,
        # C1 and C3 both in L1 (capacity 1 on mon); C2 in L1 too; nobody in L2.
        "assignments": {"C1": "L1", "C2": None, "C3": "L2"},
        "explanations": {},
    }
    res = tmp / "bad.json"
    res.write_text(json.dumps(bad))
    out = run("verify", str(inst), str(res))
    assert out.returncode == 1
    lines = out.stdout.strip().splitlines()
    # C3 did not rank L2; C2 would be kept by L2, which is free.
    assert any(line.startswith("irrational:") and "C3" in line for line in lines)
    assert any(line.startswith("blocking_pair:") and "C2" in line for line in lines)
    assert lines[-1] == "violations: infeasible=0 irrational=1 blocking_pairs=1"

    bad["assignments"] = {"C1": "L1", "C2": "L1", "C3": None}
    res.write_text(json.dumps(bad))
    out = run("verify", str(inst), str(res))
    assert out.returncode == 1
    assert "infeasible: location L1" in out.stdout
    assert out.stdout.strip().splitlines()[-1].startswith("violations: infeasible=1 ")


def _mutate(change):
    doc = small_instance()
    change(doc)
    return doc


CASES = {
    "unknown location": (lambda d: d["children"][0]["preferences"].append("L9"), "L9"),
    "duplicate id": (lambda d: d["children"].append(dict(d["children"][0])), "C1"),
    "negative capacity": (lambda d: d["locations"][1]["capacity"].update(tue=-2), "L2"),
    "unknown weekday": (lambda d: d["children"][2].update(days=["mon", "sun"]), "sun"),
    "missing lottery": (lambda d: d["children"][1].pop("lottery"), "C2"),
    "wrong schema_version": (lambda d: d.update(schema_version=3), "schema_version"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_malformed_instance_exit_2(tmp_path, case):
    change, item = CASES[case]
    inst = tmp_path / "bad.json"
    inst.write_text(json.dumps(_mutate(change)))
    for command in (["solve", str(inst)], ["verify", str(inst), str(inst)]):
        out = run(*command)
        assert out.returncode == 2, out.stderr
        assert item in out.stderr
        assert out.stdout == ""


def test_bad_json_exit_2(tmp_path):
    inst = tmp_path / "bad.json"
    inst.write_text('{"schema_version": 1, "locations": [')
    out = run("solve", str(inst))
    assert out.returncode == 2
    assert "bad JSON" in out.stderr
    missing = run("solve", str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and "nope.json" in missing.stderr


def test_malformed_result_exit_2(files):
    tmp, inst = files
    res = tmp / "r.json"
    res.write_text(json.dumps({"schema_version": 1, "assignments": {"C1": "L1"}}))
    out = run("verify", str(inst), str(res))
    assert out.returncode == 2
    assert "C2" in out.stderr  # missing from assignments
