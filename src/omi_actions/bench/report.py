"""What an ingest run reports: the ratios to the trivial endpoint, the durability
check after the server was killed, group-commit and profile summaries, and where
the result is written."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from omi_actions.bench.load import PhaseResult


def ratios(trivial: PhaseResult, ingest: PhaseResult) -> dict[str, float]:
    def ratio(a: float, b: float) -> float:
        return round(a / b, 3) if b else 0.0

    return {
        "throughput": ratio(ingest.rps, trivial.rps),
        "p50_latency": ratio(ingest.latency_ms["p50"], trivial.latency_ms["p50"]),
        "p99_latency": ratio(ingest.latency_ms["p99"], trivial.latency_ms["p99"]),
    }


def verify_durability(db_path: Path, result: PhaseResult, uid: str) -> dict[str, Any]:
    """Every id acknowledged with 200 in the measured phase must be a row of the database."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        stored = {
            row[0]
            for row in connection.execute("SELECT id FROM conversations WHERE uid = ?", (uid,))
        }
    finally:
        connection.close()
    acknowledged = set(result.acknowledged_ids)
    ok_count = int(result.status_counts.get("200", 0))
    missing = acknowledged - stored
    # With wrk, requests in flight when the timed run ends may be committed unanswered.
    unacknowledged = len(stored - acknowledged)
    ids_complete = len(acknowledged) == ok_count == len(result.acknowledged_ids)
    return {
        "acknowledged": ok_count,
        "acknowledged_ids": len(acknowledged),
        "rows": len(stored),
        "missing": len(missing),
        "committed_unacknowledged": unacknowledged,
        "ok": not missing and ids_complete and unacknowledged <= result.connections,
        "checked_after": "SIGKILL of the server",
    }


def _group_commit_stats(base: str) -> dict[str, Any]:
    """Rows per group commit, from the server's Prometheus metrics."""
    try:
        text = httpx.get(f"{base}/metrics", timeout=5.0).text
    except httpx.HTTPError:
        return {}
    values: dict[str, float] = {}
    for line in text.splitlines():
        for name in ("omi_group_commit_batch_rows_sum", "omi_group_commit_batch_rows_count"):
            if line.startswith(name + " "):
                values[name] = float(line.split()[1])
    count = values.get("omi_group_commit_batch_rows_count", 0.0)
    if not count:
        return {}
    rows = values.get("omi_group_commit_batch_rows_sum", 0.0)
    return {
        "group_commits": int(count),
        "group_commit_rows": int(rows),
        "mean_rows_per_commit": round(rows / count, 2),
    }


def summarize_profile(raw: str, top: int = 20) -> dict[str, Any]:
    """py-spy ``raw`` (collapsed stacks) → the frames with the most self and total samples."""
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        total += count
        frames = stack.split(";")[1:]  # the first frame names the thread
        if frames:
            own[frames[-1]] += count
        for frame in set(frames):
            inclusive[frame] += count

    def share(counter: Counter[str]) -> list[dict[str, Any]]:
        return [
            {"frame": frame, "share": round(n / total, 4)} for frame, n in counter.most_common(top)
        ]

    return {"samples": total, "self": share(own), "inclusive": share(inclusive)}


def default_output(now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return Path("bench-results") / f"ingest-{stamp}.json"


def write_result(result: dict[str, Any], output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2) + "\n")
