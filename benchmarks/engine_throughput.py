"""Local engine throughput on one core: conversations/s and fact submissions/s.

Usage::

    python benchmarks/engine_throughput.py            # default: 3 s per workload
    python benchmarks/engine_throughput.py --seconds 10 --json

Inputs are realistic: the seed document's seven examples plus generated
variations (chats, transcripts, e-mails, notes, posts) built from a fixed
random seed, so every run measures the same texts. The engine is warmed up
first (lazy resources such as the geocoder load once per process), then each
workload runs single-threaded for ``--seconds`` of this process's CPU time.
Rates are per CPU-second (= per core), so a busy machine slows the run but
barely moves the numbers; the wall-clock rate is reported beside them. A third
workload runs the conversations of every development set in ``eval/`` (real,
varied texts). Prints a table and, with ``--json``, one JSON object on the
last line.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from omi_actions.processing.local import LocalEngine
from omi_actions.processing.schemas import (
    ConversationInput,
    FactsInput,
    Geolocation,
)

REF = datetime(2024, 3, 10, 15, 0, tzinfo=UTC)

SEED_CONVERSATIONS: list[tuple[str, str, str | None]] = [
    (
        "John: Hi Sarah, how was your weekend?\n\nSarah: It was great! I went hiking at Mount "
        "Rainier.\n\nJohn: That sounds amazing. I've been wanting to go there.\n\nSarah: You "
        "should definitely check it out. The views are breathtaking.",
        "audio_transcript",
        "phone_call",
    ),
    (
        "From: alex@example.com\nTo: me@example.com\nSubject: Dinner Plans\n\nHi there,\n\n"
        "Would you like to grab dinner this Friday at 7pm? I found a new restaurant downtown "
        "that has great reviews.\n\nLet me know if you're available!\n\nBest,\nAlex",
        "other_text",
        "email",
    ),
    (
        "Just finished my first marathon! 26.2 miles in 4 hours and 15 minutes. So proud of "
        "this accomplishment after 6 months of training. #running #marathon #personalgoals",
        "other_text",
        "social_post",
    ),
    (
        "Mom: Don't forget to pick up milk on your way home\n\nMe: Will do. Need anything "
        "else?\n\nMom: Maybe some bread too if the store has the whole grain kind\n\nMe: Got "
        "it. I'll be home around 6pm",
        "message",
        "sms",
    ),
]
SEED_FACTS: list[tuple[str, str]] = [
    (
        "Your flight to Paris has been confirmed for May 15th, 2024. Departure: JFK at 9:30 "
        "PM. Arrival: CDG at 11:00 AM local time. Confirmation code: ABC123. Your hotel "
        "reservation at Hotel de Paris is confirmed for May 16-20, 2024.",
        "email",
    ),
    (
        "I'm excited to announce that I've accepted a new position as Senior Software "
        "Engineer at TechCorp starting next month! Looking forward to this new chapter in my "
        "career. #newjob #softwareengineering #career",
        "social_post",
    ),
    (
        "Dr. Smith's contact information: Phone: (555) 123-4567, Email: dr.smith@hospital.org. "
        "Next appointment scheduled for April 3rd at 2:30 PM. Remember to bring your insurance "
        "card and list of current medications.",
        "other",
    ),
]

_NAMES = ["Alex", "Priya", "Sam", "Jordan", "Mia", "Tom", "Dana", "Kai", "Lena", "Omar"]
_PLANS = ["dinner", "lunch", "a call", "the design review", "coffee", "drinks", "the offsite"]
_WHEN = [
    "this Friday at 7pm",
    "tomorrow morning",
    "next Tuesday at 10:30",
    "on April 3rd at 2:30 PM",
    "Saturday the 16th from 4pm",
    "tonight at 8",
]
_TASKS = [
    "send me the Q3 report",
    "pick up the dry cleaning",
    "book the conference room",
    "call the plumber about the sink",
    "renew the car registration",
    "review the pull request",
]
_FILLER = [
    "That sounds great.",
    "Honestly the weather has been awful all week.",
    "I finally finished that book you recommended.",
    "The kids are doing well at school.",
    "We should catch up properly soon.",
    "Traffic was terrible this morning.",
]
_FACTS = [
    "I live in Austin and work as a nurse at St. David's.",
    "My sister Elena just got engaged to her boyfriend Marco!",
    "I'm allergic to penicillin and shellfish. I take 10mg of lisinopril every morning.",
    "I speak Portuguese and Spanish fluently, and I'm learning Japanese on Duolingo.",
    "I've played the cello since I was eight and still play in a community orchestra.",
]


def generated_conversations(count: int, seed: int = 7) -> list[tuple[str, str, str | None]]:
    """Varied realistic conversations of 2-12 turns from a fixed seed."""
    rng = random.Random(seed)
    out: list[tuple[str, str, str | None]] = []
    for _ in range(count):
        other = rng.choice(_NAMES)
        kind = rng.choice(["message", "audio_transcript", "email", "note"])
        lines: list[str] = []
        for _turn in range(rng.randint(2, 12)):
            roll = rng.random()
            if roll < 0.25:
                lines.append(f"{other}: can you {rng.choice(_TASKS)} by {rng.choice(_WHEN)}?")
            elif roll < 0.45:
                lines.append(f"{other}: want to get {rng.choice(_PLANS)} {rng.choice(_WHEN)}?")
            elif roll < 0.6:
                lines.append(f"Me: I'll {rng.choice(_TASKS).replace(' me ', ' you ')} tomorrow.")
            else:
                speaker = rng.choice([other, "Me"])
                lines.append(f"{speaker}: {rng.choice(_FILLER)} {rng.choice(_FILLER)}")
        if kind == "email":
            body = "\n\n".join(line.split(": ", 1)[1] for line in lines)
            text = (
                f"From: {other.lower()}@example.com\nTo: me@example.com\nSubject: Plans\n\n"
                f"Hi,\n\n{body}\n\nBest,\n{other}"
            )
            out.append((text, "other_text", "email"))
        elif kind == "note":
            text = "\n".join("- " + line.split(": ", 1)[1] for line in lines)
            out.append((text, "other_text", "notes"))
        else:
            out.append(("\n".join(lines), kind, None))
    return out


def generated_facts(count: int, seed: int = 11) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [
        (" ".join(rng.sample(_FACTS, k=rng.randint(1, 3))), rng.choice(["other", "social_post"]))
        for _ in range(count)
    ]


def _rate(run: Callable[[int], None], seconds: float) -> tuple[float, float, int]:
    """(per CPU-second, per wall-second, calls) for ``seconds`` of CPU time."""
    done = 0
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    while True:
        run(done)
        done += 1
        cpu = time.process_time() - cpu_start
        if cpu >= seconds:
            return done / cpu, done / (time.perf_counter() - wall_start), done


def eval_conversations() -> list[ConversationInput]:
    """The conversations of every development set (``eval/**/dev.jsonl``)."""
    out: list[ConversationInput] = []
    for path in sorted((Path(__file__).resolve().parents[1] / "eval").rglob("dev.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            example = json.loads(line) if line.strip() else None
            if not example or example["kind"] != "conversation":
                continue
            inp = example["input"]
            started = datetime.fromisoformat(inp["started_at"].replace("Z", "+00:00"))
            out.append(
                ConversationInput(
                    text=inp["text"],
                    started_at=started,
                    finished_at=started + timedelta(minutes=5),
                    text_source=inp.get("text_source", "other_text"),
                    text_source_spec=inp.get("text_source_spec"),
                )
            )
    return out


def measure(seconds: float) -> dict[str, object]:
    engine = LocalEngine()
    conversations = [
        ConversationInput(
            text=text,
            started_at=REF + timedelta(hours=i),
            finished_at=REF + timedelta(hours=i, minutes=5),
            text_source=source,  # type: ignore[arg-type]
            text_source_spec=spec,
            geolocation=Geolocation(latitude=40.7128, longitude=-74.006) if i % 4 == 0 else None,
        )
        for i, (text, source, spec) in enumerate(SEED_CONVERSATIONS + generated_conversations(196))
    ]
    submissions = [
        FactsInput(text=text, text_source=source, reference_time=REF)  # type: ignore[arg-type]
        for text, source in SEED_FACTS + generated_facts(97)
    ]
    # Warm-up: lazy resources (geocoder, per-thread splitters) and import costs.
    for conversation in conversations[:20]:
        engine.process_conversation(conversation)
    for submission in submissions[:10]:
        engine.extract_facts(submission)

    # Each pass over the inputs shifts the reference time by a day so that no
    # per-text cache makes a repeated input free: every call does the full work.
    def conversation(i: int) -> None:
        shift = timedelta(days=i // len(conversations))
        item = conversations[i % len(conversations)]
        engine.process_conversation(
            item.model_copy(
                update={
                    "started_at": item.started_at + shift,
                    "finished_at": item.finished_at + shift,
                }
            )
        )

    def submission(i: int) -> None:
        item = submissions[i % len(submissions)]
        shift = timedelta(days=i // len(submissions))
        engine.extract_facts(
            item.model_copy(update={"reference_time": item.reference_time + shift})
        )

    real = eval_conversations()
    for item in real[:20]:
        engine.process_conversation(item)

    def real_conversation(i: int) -> None:
        item = real[i % len(real)]
        shift = timedelta(days=i // len(real))
        engine.process_conversation(
            item.model_copy(
                update={
                    "started_at": item.started_at + shift,
                    "finished_at": item.finished_at + shift,
                }
            )
        )

    conv_rate, conv_wall, conv_done = _rate(conversation, seconds)
    facts_rate, facts_wall, facts_done = _rate(submission, seconds)
    real_rate, real_wall, real_done = _rate(real_conversation, seconds)
    chars = sum(len(c.text) for c in conversations) / len(conversations)
    return {
        "engine": "local",
        "cores": 1,
        "seconds_per_workload": seconds,
        "conversations_per_second": round(conv_rate, 1),
        "conversations_per_wall_second": round(conv_wall, 1),
        "conversations_processed": conv_done,
        "mean_conversation_chars": round(chars),
        "fact_submissions_per_second": round(facts_rate, 1),
        "fact_submissions_per_wall_second": round(facts_wall, 1),
        "fact_submissions_processed": facts_done,
        "eval_conversations_per_second": round(real_rate, 1),
        "eval_conversations_per_wall_second": round(real_wall, 1),
        "eval_conversations_processed": real_done,
        "distinct_eval_conversations": len(real),
        "mean_eval_conversation_chars": round(sum(len(c.text) for c in real) / max(1, len(real))),
        "distinct_conversations": len(conversations),
        "distinct_fact_submissions": len(submissions),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
    }


def render(result: dict[str, object]) -> None:
    rows = [
        ("conversations", "conversations"),
        ("fact submissions", "fact_submissions"),
        ("eval conversations", "eval_conversations"),
    ]
    print(f"local engine, 1 core, {result['seconds_per_workload']} CPU-s per workload")
    print(f"{'workload':<22}{'per core/s':>12}{'wall/s':>10}{'processed':>12}")
    for name, key in rows:
        print(
            f"{name:<22}{result[key + '_per_second']!s:>12}"
            f"{result[key + '_per_wall_second']!s:>10}{result[key + '_processed']!s:>12}"
        )
    print(
        f"mean conversation length: {result['mean_conversation_chars']} chars generated, "
        f"{result['mean_eval_conversation_chars']} chars eval"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=3.0, help="duration of each workload")
    parser.add_argument("--json", action="store_true", help="print the result as JSON too")
    args = parser.parse_args(argv)
    result = measure(args.seconds)
    render(result)
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
