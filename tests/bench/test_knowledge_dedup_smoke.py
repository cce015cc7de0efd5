"""Smoke run of ``benchmarks/knowledge_dedup.py``: it runs on a real SQLite
database and reports every timing. Benchmarks are not tests: no time is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_knowledge_dedup_reports_every_timing() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "knowledge_dedup.py"),
         "--known", "200", "--new", "4", "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["known_facts"] == 200 and result["new_facts"] == 4
    for key in (
        "plain_rules_per_new_fact_ms",
        "snapshot_first_ms",
        "snapshot_cached_ms",
        "in_transaction_with_snapshot_per_new_fact_ms",
        "in_transaction_without_snapshot_per_new_fact_ms",
    ):
        assert result[key] > 0
