"""Cost of the knowledge-base rules (dedup, supersession) for a user with many facts.

Usage::

    python benchmarks/knowledge_dedup.py                 # 5,000 known facts, 20 new
    python benchmarks/knowledge_dedup.py --known 1000 --json

Every processed conversation or submission compares its facts with up to
``KNOWLEDGE_WINDOW`` of the user's stored facts, inside the group-commit write
transaction that every request of the process shares. This measures, on a real
SQLite database in a temporary folder:

* ``plain``: the pure rule functions over the known facts, per new fact (what
  the write transaction paid before the knowledge base was indexed);
* ``snapshot``: reading and indexing the knowledge base with a read session,
  which the worker does before the write transaction (first time in a process,
  and again with the per-text features cached);
* ``in_transaction``: ``add_facts`` inside the write transaction with a
  snapshot (only facts changed since it are read there), per new fact, and
  without one (the knowledge base read and indexed inside the transaction).

Times are wall-clock milliseconds on this machine; compare them with each other.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import insert

from omi_actions.db import Database
from omi_actions.fact import service as fact_service
from omi_actions.kit.ids import new_id
from omi_actions.kit.time import utcnow
from omi_actions.migrate import upgrade
from omi_actions.models import Fact
from omi_actions.processing import knowledge
from omi_actions.processing.schemas import ExtractedFact

UID = "bench-user"
_SUBJECTS = (
    "User likes {a} {b}",
    "User plays {a} with {b} friends",
    "User's {a} is named {B}",
    "User visited {B} in {n}",
    "User has {n} {a} at home",
    "User works on {a} {b} projects",
    "User's favorite {a} is {B}",
    "User is learning {a} {b}",
)
_WORDS = (
    "coffee tea chess guitar piano tennis running hiking cooking baking python rust garden "
    "cat dog bike camera jazz opera yoga climbing sushi pasta soccer sailing painting poetry"
).split()
_NAMES = "Lisbon Porto Kyoto Oslo Quito Lima Nairobi Perth Austin Denver Milo Luna Rex".split()


def fact_texts(count: int, rng: random.Random) -> list[str]:
    texts: set[str] = set()
    while len(texts) < count:
        template = rng.choice(_SUBJECTS)
        texts.add(
            template.format(
                a=rng.choice(_WORDS),
                b=rng.choice(_WORDS),
                B=rng.choice(_NAMES),
                n=rng.randint(2, 999),
            )
        )
    return sorted(texts)


async def seed(database: Database, contents: list[str]) -> None:
    # A knowledge base built up over earlier weeks, one fact a minute.
    start = utcnow() - timedelta(days=30)
    rows = [
        {
            "id": new_id(), "uid": UID, "content": content,
            "content_hash": knowledge.content_hash(content), "category": "interests", "tags": [],
            "app_id": None, "conversation_id": None, "submission_id": None, "text_source": "other",
            "text_source_spec": None, "visibility": "private", "manually_added": False,
            "reviewed": False, "edited": False, "created_at": start + timedelta(minutes=i),
            "updated_at": start + timedelta(minutes=i),
        }
        for i, content in enumerate(contents)
    ]  # fmt: skip
    async with database.sessionmaker() as session, session.begin():
        await session.execute(insert(Fact), rows)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


async def run(known: int, new: int, seed_value: int) -> dict[str, float | int]:
    rng = random.Random(seed_value)
    stored = fact_texts(known, rng)
    incoming = [ExtractedFact(content=text, category="interests") for text in fact_texts(new, rng)]
    provenance = fact_service.Provenance(app_id=None, text_source="other", text_source_spec=None)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        upgrade(url)
        database = Database.open(url)
        try:
            await seed(database, stored)
            started = time.perf_counter()
            for fact in incoming[:5]:
                knowledge.find_duplicate(fact.content, stored)
                knowledge.find_superseded(
                    fact.content,
                    fact.category,
                    [knowledge.KnownFact(str(i), c, "interests") for i, c in enumerate(stored)],
                )
            plain = (time.perf_counter() - started) / 5

            timings: dict[str, float] = {}
            for label in ("snapshot_first_ms", "snapshot_cached_ms"):
                started = time.perf_counter()
                async with database.read_sessionmaker() as session:
                    snapshot = await fact_service.knowledge_snapshot(session, UID)
                timings[label] = ms(time.perf_counter() - started)

            # Warm the write path (connection, statement caches) outside the timings.
            warm_up = [ExtractedFact(content="User owns a kayak", category="interests")]
            async with database.sessionmaker() as session, session.begin():
                await fact_service.add_facts(session, UID, warm_up, provenance, snapshot)

            half = len(incoming) // 2
            started = time.perf_counter()
            async with database.sessionmaker() as session, session.begin():
                await fact_service.add_facts(session, UID, incoming[:half], provenance, snapshot)
            with_snapshot = (time.perf_counter() - started) / half

            started = time.perf_counter()
            async with database.sessionmaker() as session, session.begin():
                await fact_service.add_facts(session, UID, incoming[half:], provenance)
            without = (time.perf_counter() - started) / (len(incoming) - half)
        finally:
            await database.dispose()
    return {
        "known_facts": len(stored),
        "new_facts": len(incoming),
        "plain_rules_per_new_fact_ms": ms(plain),
        **timings,
        "in_transaction_with_snapshot_per_new_fact_ms": ms(with_snapshot),
        "in_transaction_without_snapshot_per_new_fact_ms": ms(without),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--known", type=int, default=knowledge_window(), help="stored facts")
    parser.add_argument("--new", type=int, default=20, help="new facts to add (at least 2)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = asyncio.run(run(args.known, max(args.new, 2), args.seed))
    if args.json:
        print(json.dumps(result))
    else:
        width = max(len(key) for key in result)
        for key, value in result.items():
            print(f"{key:<{width}}  {value}")
    return 0


def knowledge_window() -> int:
    from omi_actions.fact.repository import KNOWLEDGE_WINDOW

    return KNOWLEDGE_WINDOW


if __name__ == "__main__":
    raise SystemExit(main())
