"""Crash safety (SPEC §8, DESIGN §1): kill -9 the server under load, restart, lose nothing.

The real server runs as a subprocess. Thousands of conversations are posted
concurrently; after about a third have been acknowledged the server gets
SIGKILL (no shutdown hook runs). It is restarted on the same database, its
recovery sweep re-dispatches what was pending or held by a dead lease, and the
test then proves, reading the database directly:

* every acknowledged (``200``) submission is stored, exactly once (by id and by
  the unique marker in its text), and ends ``completed``;
* nothing else is left behind unfinished, and no row ``failed``;
* processing happened exactly once in effect: one task per conversation, unique
  per ``(conversation_id, ordinal)``, and no duplicate facts.

The ``fake`` engine keeps processing cheap and deterministic (the pipeline is
under test here, not extraction quality); a short job lease lets the restarted
server take over rows the killed one was processing within seconds.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from tests.fixtures.live_server import BACKENDS, LiveServer, Provisioned, scratch_database

pytestmark = pytest.mark.slow

TOTAL = 3000
IN_FLIGHT = 64
KILL_AFTER_ACKS = 1000
IDLE_TIMEOUT = 120.0

CRASH_ENV = {
    "OMI_ACTIONS_ENGINE": "fake",
    "OMI_ACTIONS_JOB_LEASE_SECONDS": "3",
    "OMI_ACTIONS_SWEEP_INTERVAL_SECONDS": "1",
    "OMI_ACTIONS_JOB_RETRY_BASE_SECONDS": "0.5",
}


@dataclass
class LoadOutcome:
    acked: dict[str, str] = field(default_factory=dict)  # marker -> conversation id
    unacknowledged: int = 0  # connection errors, resets, timeouts: the client knows nothing
    other_statuses: Counter[int] = field(default_factory=Counter)
    killed_at_acks: int | None = None


def _text(marker: str, number: int) -> str:
    # The fake engine's fact is "User said <first word>": one shared first word keeps the
    # knowledge base at one fact, so the check below is about duplicates, not dedup cost.
    return f"hello crash-marker {marker} conversation number {number}: buy milk tomorrow at nine"


async def _load_and_kill(server: LiveServer, who: Provisioned) -> LoadOutcome:
    outcome = LoadOutcome()
    markers = [f"m{number:05d}-{uuid.uuid4().hex[:8]}" for number in range(TOTAL)]
    queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    for number, marker in enumerate(markers):
        queue.put_nowait((number, marker))
    killed = asyncio.Event()
    headers = {**who.auth, "Prefer": "return=representation"}
    url = server.url(who.path("user/conversations"))
    params = {"uid": who.uid}
    limits = httpx.Limits(max_connections=IN_FLIGHT, max_keepalive_connections=IN_FLIGHT)
    timeout = httpx.Timeout(30.0, connect=10.0)

    async def sender(client: httpx.AsyncClient) -> None:
        while not killed.is_set():
            try:
                number, marker = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                body = {"text": _text(marker, number)}
                response = await client.post(url, params=params, headers=headers, json=body)
            except httpx.TransportError:
                outcome.unacknowledged += 1
                continue
            if response.status_code != 200:
                outcome.other_statuses[response.status_code] += 1
                continue
            record_id = response.json()["id"]
            assert response.headers["location"].split("?", 1)[0].endswith(f"/{record_id}")
            outcome.acked[marker] = record_id
            if len(outcome.acked) >= KILL_AFTER_ACKS and not killed.is_set():
                killed.set()
                outcome.killed_at_acks = len(outcome.acked)
                server.kill()  # SIGKILL while up to IN_FLIGHT requests are on the wire

    async with httpx.AsyncClient(limits=limits, timeout=timeout) as client:
        await asyncio.gather(*(sender(client) for _ in range(IN_FLIGHT)))
    return outcome


# -- reading the database behind the server's back ----------------------------------------


def _rows(database_url: str, query: str) -> list[tuple[Any, ...]]:
    if database_url.startswith("sqlite"):
        path = database_url.removeprefix("sqlite:///")
        connection = sqlite3.connect(path)
        try:
            return connection.execute(query).fetchall()
        finally:
            connection.close()
    with psycopg.connect(database_url) as connection:
        return connection.execute(query).fetchall()


def _listed_ids(server: LiveServer, uid: str) -> list[str]:
    """Every conversation of ``uid`` through ``omi-actions conversations list``, page by page."""
    ids: list[str] = []
    while True:
        page = server.cli_json(
            "conversations", "list", "--uid", uid, "--limit", "1000", "--offset", str(len(ids))
        )
        ids.extend(conversation["id"] for conversation in page)
        if len(page) < 1000:
            return ids


def _read_back(server: LiveServer, who: Provisioned, ids: list[str]) -> dict[str, str]:
    """``GET`` each id's Location as the client would; id -> status."""
    statuses = {}
    with httpx.Client(base_url=server.base_url, headers=who.auth, timeout=30) as client:
        for record_id in ids:
            response = client.get(
                who.path(f"user/conversations/{record_id}"), params={"uid": who.uid}
            )
            assert response.status_code == 200, response.text
            statuses[record_id] = response.json()["status"]
    return statuses


@pytest.fixture(params=BACKENDS)
def crash_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with scratch_database(request.param, tmp_path, prefix="crash") as url:
        yield url


def test_sigkill_under_load_loses_and_duplicates_nothing(
    crash_database: str, tmp_path: Path
) -> None:
    started = time.monotonic()
    server = LiveServer(crash_database, workdir=tmp_path / "server", env=CRASH_ENV)
    try:
        server.start()
        who = server.provision(uid="crash-user")
        outcome = asyncio.run(_load_and_kill(server, who))
        assert outcome.killed_at_acks is not None, "the load finished before the kill"
        assert not server.running
        load_done = time.monotonic()
        # What the dead server left behind: the work recovery has to pick up.
        at_kill = Counter(
            row[0] for row in _rows(crash_database, "SELECT status FROM conversations")
        )

        server.start()  # same database; the recovery sweep takes over
        stats = server.wait_until_idle(timeout=IDLE_TIMEOUT)
        idle = time.monotonic()
        listed = _listed_ids(server, who.uid)
        read_back = _read_back(
            server, who, sorted(outcome.acked.values())[:: len(outcome.acked) // 20]
        )
    finally:
        server.kill()

    rows = _rows(crash_database, "SELECT id, text, status FROM conversations")
    by_id = Counter(row[0] for row in rows)
    status_of = {row[0]: row[2] for row in rows}
    marker_counts = Counter(row[1].split()[2] for row in rows)
    acked = outcome.acked
    missing = sorted(m for m, record_id in acked.items() if record_id not in by_id)
    duplicated_ids = sorted(i for i, n in by_id.items() if n > 1)
    duplicated_markers = sorted(m for m, n in marker_counts.items() if n > 1)
    not_completed = sorted(i for i in acked.values() if status_of.get(i) != "completed")
    stored_unacked = len(rows) - len(acked)

    task_dupes = _rows(
        crash_database,
        "SELECT conversation_id, ordinal, COUNT(*) FROM tasks "
        "GROUP BY conversation_id, ordinal HAVING COUNT(*) > 1",
    )
    tasks_per_conversation = Counter(
        row[0] for row in _rows(crash_database, "SELECT conversation_id FROM tasks")
    )
    fact_rows = _rows(crash_database, "SELECT uid, content_hash FROM facts")
    fact_dupes = [key for key, n in Counter(fact_rows).items() if n > 1]

    print(
        f"\n[crash {crash_database.split(':', 1)[0]}] sent={TOTAL} acked={len(acked)} "
        f"missing={len(missing)} duplicated={len(duplicated_ids) + len(duplicated_markers)} "
        f"not_completed={len(not_completed)} unacknowledged={outcome.unacknowledged} "
        f"other_statuses={dict(outcome.other_statuses)} killed_at_acks={outcome.killed_at_acks} "
        f"stored={len(rows)} stored_but_unacked={stored_unacked} "
        f"tasks={sum(tasks_per_conversation.values())} "
        f"facts={len(fact_rows)} at_kill={dict(at_kill)} load={load_done - started:.1f}s "
        f"recovery={idle - load_done:.1f}s"
    )

    assert not outcome.other_statuses, f"unexpected statuses under load: {outcome.other_statuses}"
    assert at_kill["pending"] + at_kill["processing"] > 0, f"nothing to recover: {at_kill}"
    assert len(acked) >= KILL_AFTER_ACKS
    assert not missing, f"{len(missing)} acknowledged conversations lost, e.g. {missing[:5]}"
    assert not duplicated_ids, f"duplicate ids: {duplicated_ids[:5]}"
    assert not duplicated_markers, f"stored twice: {duplicated_markers[:5]}"
    assert not not_completed, f"{len(not_completed)} acked, not completed: {not_completed[:5]}"
    # Rows committed whose 200 never arrived are fine (the client may retry), but they too
    # must be processed: nothing is left pending, processing or failed.
    assert {row[2] for row in rows} == {"completed"}
    assert stats["conversations"]["failed"] == 0
    # Exactly once in effect: the fake engine yields one action item per conversation.
    assert not task_dupes
    assert set(tasks_per_conversation) == set(by_id)
    assert set(tasks_per_conversation.values()) == {1}
    assert not fact_dupes
    # The server itself agrees: the CLI lists every stored conversation once, and the
    # Location of an acknowledged submission reads back as completed.
    assert sorted(listed) == sorted(by_id)
    assert read_back and set(read_back.values()) == {"completed"}, read_back
