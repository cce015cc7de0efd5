"""Smoke run of ``benchmarks/engine_throughput.py``: it runs, and its report is
well formed. Benchmarks are not tests, so no rate is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_engine_throughput_reports_every_workload() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "engine_throughput.py"),
         "--seconds", "0.2", "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for key in ("conversations", "fact_submissions", "eval_conversations"):
        assert result[f"{key}_processed"] > 0
        assert result[f"{key}_per_second"] > 0 and result[f"{key}_per_wall_second"] > 0
    assert result["distinct_eval_conversations"] > 300
    assert "eval conversations" in done.stdout
