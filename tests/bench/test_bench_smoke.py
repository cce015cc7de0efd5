"""Smoke run of ``omi-actions bench ingest --quick`` through the real CLI.

Benchmarks are not tests: this checks that the command runs end to end and
that its result is well formed and honest (no errors, nothing acknowledged
lost). It asserts no timing at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CONCURRENCY = 16


def test_bench_ingest_quick(tmp_path: Path) -> None:
    output = tmp_path / "result.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OMI_ACTIONS_")}
    done = subprocess.run(
        [sys.executable, "-m", "omi_actions", "bench", "ingest", "--quick",
         "--concurrency", str(CONCURRENCY), "--json", "--output", str(output)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    printed = json.loads(done.stdout)
    written = json.loads(output.read_text())
    assert printed == written

    for phase in ("trivial", "ingest"):
        assert set(written[phase]) == {"rps", "p50_ms", "p99_ms"}
        assert written[phase]["rps"] > 0
    assert set(written["ratios"]) == {"throughput", "p50_latency", "p99_latency"}
    assert written["config"]["sqlite_synchronous"] == "FULL"
    assert written["config"]["worker"] == "embedded"
    assert written["machine"]["nproc"] >= 1
    assert written["non_200"] == 0
    assert written["socket_errors"] == 0

    durability = written["durability"]
    assert durability["ok"] is True
    assert durability["missing"] == 0
    assert durability["acknowledged"] > 0
    assert len(written["rounds"]) == 1
    round_ = written["rounds"][0]
    assert round_["ingest"]["status_counts"] == {"200": durability["acknowledged"]}
    assert round_["trivial"]["non_200"] == 0
    # Every acknowledged submission is a row. A timed wrk run may also leave up to one
    # committed-but-unanswered request per connection; the python driver drains them.
    assert durability["rows"] == durability["acknowledged"] + durability["committed_unacknowledged"]
    assert durability["committed_unacknowledged"] <= CONCURRENCY
    if written["config"]["driver"] == "python":
        assert durability["rows"] == durability["acknowledged"]
