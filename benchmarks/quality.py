"""Score a processing engine against the hand-labelled evaluation set in ``eval/``.

Usage::

    python benchmarks/quality.py --engine local --split dev
    python benchmarks/quality.py --engine local --split dev --show-failures 10
    python benchmarks/quality.py --engine fake --split all --json

Matching rules (documented in ``docs/quality.md``; every threshold is a module
constant so tests and readers see the same numbers):

* Texts are normalised (lower case, punctuation and stop words dropped, "-s" stripped;
  for facts the subject word "user" is dropped too) and compared with
  ``rapidfuzz.fuzz.token_set_ratio`` (0-100).
* Action items match when the score is >= ``ACTION_THRESHOLD`` and the predicted
  description is not much longer than the expected one (``length_ok``).
  Matching is one-to-one and greedy (best-scoring pairs first).
* Events match when the start agrees (within ``DATE_TOLERANCE``, or the same
  calendar date when the expected event is all-day) and the title score is
  >= ``EVENT_TITLE_THRESHOLD``.
* Facts match like action items, with ``FACT_THRESHOLD``.
* A conversation the engine discards contributes no predicted items.

The scoring functions are pure and importable; only ``main`` runs an engine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "eval"
SPLITS = ("dev", "heldout")

ACTION_THRESHOLD = 70.0
EVENT_TITLE_THRESHOLD = 40.0
FACT_THRESHOLD = 70.0
DATE_TOLERANCE = timedelta(hours=1)
DEFAULT_DURATION = timedelta(minutes=5)

# Targets from issue 4 (metric key -> minimum).
TARGETS: dict[str, float] = {
    "action_items.f1": 0.9,
    "action_items.task_phrase_recall": 0.8,
    "action_items.due_accuracy": 0.7,
    "events.f1": 0.9,
    "events.exact_start_accuracy": 0.95,
    "facts.recall": 0.7,
    "facts.precision": 0.6,
    "category_accuracy": 0.7,
}

TARGET_LABELS: dict[str, str] = {
    "action_items.f1": "F1>=0.9",
    "action_items.task_phrase_recall": "phrase>=0.8",
    "action_items.due_accuracy": "due>=0.7",
    "events.f1": "F1>=0.9",
    "events.exact_start_accuracy": "exact>=0.95",
    "facts.recall": "R>=0.7",
    "facts.precision": "P>=0.6",
    "category_accuracy": "acc>=0.7",
}

STOPWORDS = frozenset(
    """a an the to for of on in at and or my your our their his her its me you we us i
    it this that these those be is are was were am been has have had will would
    should can could please with by about from as s just also up""".split()
)
FACT_SUBJECT_WORDS = frozenset({"user", "users"})
_NON_WORD = re.compile(r"[^0-9a-z]+")

Json = dict[str, Any]


# --------------------------------------------------------------------------- text


def stem(token: str) -> str:
    """Strip a plural / third-person ending: "lives" -> "live", "coaches" -> "coach"."""
    if len(token) <= 3 or not token.endswith("s") or token.endswith("ss"):
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("ches", "shes", "xes", "sses")):
        return token[:-2]
    return token[:-1]


def normalise(text: str, drop: frozenset[str] = frozenset()) -> str:
    """Lower-case, strip punctuation, drop stop words (and ``drop`` words), stem."""
    tokens = _NON_WORD.sub(" ", text.lower().replace("'", "")).split()
    return " ".join(stem(t) for t in tokens if t not in STOPWORDS and t not in drop)


def similarity(expected: str, predicted: str, drop: frozenset[str] = frozenset()) -> float:
    """token_set_ratio of the normalised texts (0-100); 0 when either is empty."""
    a, b = normalise(expected, drop), normalise(predicted, drop)
    if not a or not b:
        return 0.0
    return float(fuzz.token_set_ratio(a, b))


def length_ok(expected: str, predicted: str, drop: frozenset[str] = frozenset()) -> bool:
    """A prediction may not be a whole paragraph: at most 2x + 4 content words."""
    n_exp = len(normalise(expected, drop).split())
    n_pred = len(normalise(predicted, drop).split())
    return n_pred <= 2 * n_exp + 4


# --------------------------------------------------------------------------- dates


def parse_dt(value: str | datetime | None) -> datetime | None:
    """Parse an ISO datetime; naive values are taken as UTC."""
    if value is None:
        return None
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def same_time(expected: datetime, predicted: datetime | None, all_day: bool) -> bool:
    """Within ``DATE_TOLERANCE``; for all-day expectations the same calendar date."""
    if predicted is None:
        return False
    if all_day:
        return expected.date() == predicted.astimezone(UTC).date()
    return abs(expected - predicted) <= DATE_TOLERANCE


def exact_time(expected: datetime, predicted: datetime, all_day: bool) -> bool:
    """Equal to the minute; for all-day expectations the same calendar date."""
    if all_day:
        return expected.date() == predicted.astimezone(UTC).date()
    return expected.replace(second=0, microsecond=0) == predicted.replace(second=0, microsecond=0)


# --------------------------------------------------------------------------- matching

ScoreFn = Callable[[int, int], float | None]


def greedy_match(n_expected: int, n_predicted: int, score: ScoreFn) -> list[tuple[int, int]]:
    """One-to-one matching: best-scoring allowed pairs first (``score`` None = not allowed)."""
    pairs: list[tuple[float, int, int]] = []
    for i in range(n_expected):
        for j in range(n_predicted):
            s = score(i, j)
            if s is not None:
                pairs.append((s, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_e: set[int] = set()
    used_p: set[int] = set()
    matches: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i not in used_e and j not in used_p:
            used_e.add(i)
            used_p.add(j)
            matches.append((i, j))
    return sorted(matches)


@dataclass
class Counts:
    """True positives, false positives and false negatives (micro-averaged)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    """hits / total; 1.0 when there is nothing to count."""

    hits: int = 0
    total: int = 0

    def add(self, other: Ratio) -> None:
        self.hits += other.hits
        self.total += other.total

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def report(self) -> float | None:
        """Rounded value for reports; None when there was nothing to count."""
        return round(self.value, 4) if self.total else None


def _counts(n_expected: int, n_predicted: int, n_matched: int) -> Counts:
    return Counts(tp=n_matched, fp=n_predicted - n_matched, fn=n_expected - n_matched)


def _action_score(exp: Json, pred: Json) -> float | None:
    e, p = exp["description"], pred["description"]
    s = similarity(e, p)
    return s if s >= ACTION_THRESHOLD and length_ok(e, p) else None


@dataclass
class ActionScore:
    counts: Counts
    task_phrase: Ratio
    due: Ratio
    matches: list[tuple[int, int]]


def score_action_items(expected: Sequence[Json], predicted: Sequence[Json]) -> ActionScore:
    """P/R/F1 counts, task-phrase recall and due-date accuracy for one example.

    Items are dicts with ``description``, ``due_at`` (ISO string, datetime or
    None) and, for expectations, optional ``all_day``.
    """
    matches = greedy_match(
        len(expected), len(predicted), lambda i, j: _action_score(expected[i], predicted[j])
    )
    phrase_hits = sum(
        1
        for e in expected
        if any(
            similarity(e["description"], p["description"]) >= ACTION_THRESHOLD for p in predicted
        )
    )
    due = Ratio()
    for i, j in matches:
        exp_due = parse_dt(expected[i].get("due_at"))
        if exp_due is None:
            continue
        due.total += 1
        pred_due = parse_dt(predicted[j].get("due_at"))
        due.hits += same_time(exp_due, pred_due, bool(expected[i].get("all_day")))
    return ActionScore(
        counts=_counts(len(expected), len(predicted), len(matches)),
        task_phrase=Ratio(phrase_hits, len(expected)),
        due=due,
        matches=matches,
    )


def _event_score(exp: Json, pred: Json) -> float | None:
    exp_start = parse_dt(exp["start"])
    assert exp_start is not None
    if not same_time(exp_start, parse_dt(pred.get("start")), bool(exp.get("all_day"))):
        return None
    s = similarity(exp["title"], pred["title"])
    return s if s >= EVENT_TITLE_THRESHOLD else None


@dataclass
class EventScore:
    counts: Counts
    exact_start: Ratio
    matches: list[tuple[int, int]]


def score_events(expected: Sequence[Json], predicted: Sequence[Json]) -> EventScore:
    """P/R/F1 counts and exact-start accuracy for one example."""
    matches = greedy_match(
        len(expected), len(predicted), lambda i, j: _event_score(expected[i], predicted[j])
    )
    exact = Ratio(total=len(matches))
    for i, j in matches:
        exp_start, pred_start = parse_dt(expected[i]["start"]), parse_dt(predicted[j]["start"])
        assert exp_start is not None and pred_start is not None
        exact.hits += exact_time(exp_start, pred_start, bool(expected[i].get("all_day")))
    return EventScore(
        counts=_counts(len(expected), len(predicted), len(matches)),
        exact_start=exact,
        matches=matches,
    )


def _fact_score(exp: str, pred: str) -> float | None:
    s = similarity(exp, pred, FACT_SUBJECT_WORDS)
    return s if s >= FACT_THRESHOLD and length_ok(exp, pred, FACT_SUBJECT_WORDS) else None


def score_facts(expected: Sequence[str], predicted: Sequence[str]) -> Counts:
    """P/R/F1 counts for one example's facts."""
    matches = greedy_match(
        len(expected), len(predicted), lambda i, j: _fact_score(expected[i], predicted[j])
    )
    return _counts(len(expected), len(predicted), len(matches))


# --------------------------------------------------------------------------- per example


@dataclass
class ExampleResult:
    """Scores of one example, plus what was expected and predicted (for reports)."""

    id: str
    kind: str
    actions: ActionScore | None = None
    events: EventScore | None = None
    facts: Counts = field(default_factory=Counts)
    category_ok: bool | None = None
    discard_ok: bool | None = None
    error: str | None = None
    expected: Json = field(default_factory=dict)
    predicted: Json = field(default_factory=dict)
    source: str = ""

    @property
    def misses(self) -> int:
        """How badly the example went: unmatched items and wrong labels/dates."""
        n = self.facts.fp + self.facts.fn + (self.error is not None) * 5
        if self.actions:
            a = self.actions
            n += a.counts.fp + a.counts.fn + (a.due.total - a.due.hits)
        if self.events:
            e = self.events
            n += e.counts.fp + e.counts.fn + (e.exact_start.total - e.exact_start.hits)
        n += (self.category_ok is False) + 2 * (self.discard_ok is False)
        return n


def score_conversation(example_id: str, expected: Json, predicted: Json) -> ExampleResult:
    """Score one conversation; ``predicted`` is a ConversationResult dump (or {} on error).

    A predicted discard removes the predicted items.
    """
    structured = predicted.get("structured", {})
    discarded = bool(predicted.get("discarded", False))
    p_actions = [] if discarded else structured.get("action_items", [])
    p_events = [] if discarded else structured.get("events", [])
    p_facts = [] if discarded else [f["content"] for f in predicted.get("facts", [])]
    exp_discarded = bool(expected.get("discarded", False))
    return ExampleResult(
        id=example_id,
        kind="conversation",
        actions=score_action_items(expected["action_items"], p_actions),
        events=score_events(expected["events"], p_events),
        facts=score_facts(expected["facts"], p_facts),
        category_ok=None if exp_discarded else structured.get("category") == expected["category"],
        discard_ok=discarded == exp_discarded,
        expected=expected,
        predicted={
            "discarded": discarded,
            "category": structured.get("category"),
            "action_items": p_actions,
            "events": p_events,
            "facts": p_facts,
        },
    )


def score_fact_example(example_id: str, expected: Json, predicted: Json) -> ExampleResult:
    """Score one facts example; ``predicted`` is a FactsResult dump (or {} on error)."""
    p_facts = [f["content"] for f in predicted.get("facts", [])]
    return ExampleResult(
        id=example_id,
        kind="facts",
        facts=score_facts(expected["facts"], p_facts),
        expected=expected,
        predicted={"facts": p_facts},
    )


# --------------------------------------------------------------------------- aggregate


def _prf(c: Counts) -> Json:
    return {
        "precision": round(c.precision, 4),
        "recall": round(c.recall, 4),
        "f1": round(c.f1, 4),
        "tp": c.tp,
        "fp": c.fp,
        "fn": c.fn,
    }


def aggregate(results: Iterable[ExampleResult]) -> Json:
    """Micro-averaged metrics over all examples."""
    actions, events = Counts(), Counts()
    phrase, due, exact = Ratio(), Ratio(), Ratio()
    facts_conv, facts_text, facts_all = Counts(), Counts(), Counts()
    category, discard = Ratio(), Ratio()
    errors = 0
    n = {"conversation": 0, "facts": 0}
    for r in results:
        n[r.kind] += 1
        errors += r.error is not None
        (facts_conv if r.kind == "conversation" else facts_text).add(r.facts)
        facts_all.add(r.facts)
        if r.actions:
            actions.add(r.actions.counts)
            phrase.add(r.actions.task_phrase)
            due.add(r.actions.due)
        if r.events:
            events.add(r.events.counts)
            exact.add(r.events.exact_start)
        if r.category_ok is not None:
            category.add(Ratio(int(r.category_ok), 1))
        if r.discard_ok is not None:
            discard.add(Ratio(int(r.discard_ok), 1))
    return {
        "examples": n,
        "errors": errors,
        "action_items": {
            **_prf(actions),
            "task_phrase_recall": phrase.report(),
            "due_accuracy": due.report(),
            "due_n": due.total,
        },
        "events": {
            **_prf(events),
            "exact_start_accuracy": exact.report(),
            "exact_start_n": exact.total,
        },
        "facts": _prf(facts_all),
        "facts_conversations": _prf(facts_conv),
        "facts_texts": _prf(facts_text),
        "category_accuracy": category.report(),
        "category_n": category.total,
        "discard_accuracy": discard.report(),
        "discard_n": discard.total,
    }


def metric(report: Json, key: str) -> float | None:
    """Look up a dotted metric key such as ``"events.f1"`` (None = nothing counted)."""
    value: Any = report
    for part in key.split("."):
        value = value[part]
    return None if value is None else float(value)


def target_status(report: Json) -> dict[str, bool]:
    """Whether each issue-4 target is met (a metric with nothing counted is not met)."""
    status = {}
    for key, minimum in TARGETS.items():
        value = metric(report, key)
        status[key] = value is not None and value >= minimum
    return status


# --------------------------------------------------------------------------- dataset

ID_PATTERN = re.compile(r"^(conv|facts)-[a-z]+-\d{3}$")
CONV_SOURCES = ("audio_transcript", "message", "other_text")
FACT_SOURCES = ("email", "social_post", "other")


def _is_utc_iso(value: Any) -> bool:
    if not isinstance(value, str) or not value.endswith("Z"):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _validate_when(item: Json, key: str, required: bool) -> list[str]:
    value = item.get(key)
    if value is None:
        errors = [f"{key} is required"] if required else []
        return errors + (["all_day without a date"] if item.get("all_day") else [])
    if not _is_utc_iso(value):
        return [f"{key} {value!r} is not an ISO UTC datetime ending in Z"]
    if item.get("all_day") and not value.endswith("T00:00:00Z"):
        return [f"all_day {key} {value!r} must be at midnight"]
    return []


def _validate_items(expected: Json) -> list[str]:
    errors: list[str] = []
    for item in expected.get("action_items", []):
        if not isinstance(item.get("description"), str) or not item["description"].strip():
            errors.append("action item without description")
        errors += _validate_when(item, "due_at", required=False)
    for event in expected.get("events", []):
        if not isinstance(event.get("title"), str) or not event["title"].strip():
            errors.append("event without title")
        errors += _validate_when(event, "start", required=True)
    return errors


def _validate_facts(facts: Any) -> list[str]:
    if not isinstance(facts, list):
        return ["facts must be a list"]
    return [
        f"fact {f!r} must be a string starting with 'User'"
        for f in facts
        if not isinstance(f, str) or not f.startswith("User")
    ]


def _validate_conversation(ex: Json) -> list[str]:
    from omi_actions.processing.schemas import CONVERSATION_CATEGORIES

    inp, exp = ex["input"], ex["expected"]
    errors: list[str] = []
    if not _is_utc_iso(inp.get("started_at")):
        errors.append("started_at must be an ISO UTC datetime ending in Z")
    if inp.get("finished_at") is not None and not _is_utc_iso(inp["finished_at"]):
        errors.append("finished_at must be null or an ISO UTC datetime")
    if inp.get("text_source") not in CONV_SOURCES:
        errors.append(f"text_source {inp.get('text_source')!r} not in {CONV_SOURCES}")
    if exp.get("category") not in CONVERSATION_CATEGORIES:
        errors.append(f"category {exp.get('category')!r} is not an OMI category")
    if not isinstance(exp.get("discarded"), bool):
        errors.append("discarded must be a boolean")
    for key in ("action_items", "events"):
        if not isinstance(exp.get(key), list):
            errors.append(f"{key} must be a list")
    if errors:
        return errors
    errors += _validate_items(exp) + _validate_facts(exp.get("facts"))
    if exp["discarded"] and (exp["action_items"] or exp["events"] or exp["facts"]):
        errors.append("a discarded conversation has no items")
    return errors


def _validate_facts_example(ex: Json) -> list[str]:
    inp = ex["input"]
    errors: list[str] = []
    if not _is_utc_iso(inp.get("reference_time")):
        errors.append("reference_time must be an ISO UTC datetime ending in Z")
    if inp.get("text_source") not in FACT_SOURCES:
        errors.append(f"text_source {inp.get('text_source')!r} not in {FACT_SOURCES}")
    return errors + _validate_facts(ex["expected"].get("facts"))


def validate_example(ex: Any) -> list[str]:
    """Problems with one dataset line (empty list = valid)."""
    if not isinstance(ex, dict):
        return ["line is not a JSON object"]
    missing = [k for k in ("id", "kind", "input", "expected") if k not in ex]
    if missing:
        return [f"missing keys {missing}"]
    if not isinstance(ex["id"], str) or not ID_PATTERN.match(ex["id"]):
        return [f"id {ex['id']!r} does not match {ID_PATTERN.pattern}"]
    text = ex["input"].get("text")
    if not isinstance(text, str) or not text.strip():
        return ["input.text must be a non-empty string"]
    if ex["kind"] == "conversation":
        return _validate_conversation(ex)
    if ex["kind"] == "facts":
        return _validate_facts_example(ex)
    return [f"unknown kind {ex['kind']!r}"]


def load_split(split: str, eval_dir: Path = EVAL_DIR) -> list[Json]:
    """Examples of ``dev``, ``heldout`` or ``all`` (both)."""
    names = SPLITS if split == "all" else (split,)
    examples: list[Json] = []
    for name in names:
        path = eval_dir / f"{name}.jsonl"
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                example = json.loads(line)
                if problems := validate_example(example):
                    raise ValueError(f"{path}:{number}: {'; '.join(problems)}")
                examples.append(example)
    return examples


# --------------------------------------------------------------------------- running


def conversation_input(inp: Json) -> Any:
    from omi_actions.processing.schemas import ConversationInput, Geolocation

    started = parse_dt(inp["started_at"])
    assert started is not None
    finished = parse_dt(inp.get("finished_at")) or started + DEFAULT_DURATION
    geo = inp.get("geolocation")
    return ConversationInput(
        text=inp["text"],
        started_at=started,
        finished_at=finished,
        language=inp.get("language") or "en",
        text_source=inp.get("text_source") or "audio_transcript",
        text_source_spec=inp.get("text_source_spec"),
        geolocation=Geolocation(**geo) if geo else None,
    )


def facts_input(inp: Json) -> Any:
    from omi_actions.processing.schemas import FactsInput

    return FactsInput(
        text=inp["text"],
        text_source=inp.get("text_source") or "other",
        text_source_spec=inp.get("text_source_spec"),
        reference_time=parse_dt(inp["reference_time"]),
        language=inp.get("language") or "en",
    )


def run_example(engine: Any, ex: Json) -> ExampleResult:
    """Run the engine on one example and score it; an engine exception scores as empty."""
    error: str | None = None
    predicted: Json = {}
    try:
        if ex["kind"] == "conversation":
            predicted = engine.process_conversation(conversation_input(ex["input"])).model_dump(
                mode="json"
            )
        else:
            predicted = engine.extract_facts(facts_input(ex["input"])).model_dump(mode="json")
    except Exception as exc:  # an engine failure is a scored miss, not a crash
        error = f"{type(exc).__name__}: {exc}"
    scorer = score_conversation if ex["kind"] == "conversation" else score_fact_example
    result = scorer(ex["id"], ex["expected"], predicted)
    result.error = error
    result.source = source_of(ex)
    return result


def source_of(ex: Json) -> str:
    """Group label: kind plus text source; the spec (email, note, voicemail...) for
    conversations other than chat messages."""
    inp = ex["input"]
    source = inp.get("text_source") or ""
    if ex["kind"] == "conversation" and source != "message":
        source = inp.get("text_source_spec") or source
    return f"{ex['kind']}:{source}"


def by_source(results: Iterable[ExampleResult]) -> dict[str, Json]:
    """The aggregate metrics per ``source`` group (small groups are noisy)."""
    groups: dict[str, list[ExampleResult]] = {}
    for r in results:
        groups.setdefault(r.source or r.kind, []).append(r)
    return {name: aggregate(rs) for name, rs in sorted(groups.items())}


def evaluate(engine: Any, examples: Sequence[Json]) -> tuple[Json, list[ExampleResult]]:
    results = [run_example(engine, ex) for ex in examples]
    return aggregate(results), results


# --------------------------------------------------------------------------- output


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_table(report: Json) -> None:
    from rich.console import Console
    from rich.table import Table

    status = target_status(report)
    table = Table(title=f"Quality: engine={report['engine']} split={report['split']}")
    for col in ("output", "precision", "recall", "F1", "other", "targets"):
        table.add_column(col)

    def marks(*keys: str) -> str:
        return ", ".join(f"{TARGET_LABELS[k]} {'ok' if status[k] else 'MISS'}" for k in keys)

    a, e = report["action_items"], report["events"]
    table.add_row(
        "action items",
        _fmt(a["precision"]),
        _fmt(a["recall"]),
        _fmt(a["f1"]),
        f"task-phrase recall {_fmt(a['task_phrase_recall'])}; "
        f"due acc {_fmt(a['due_accuracy'])} (n={a['due_n']})",
        marks("action_items.f1", "action_items.task_phrase_recall", "action_items.due_accuracy"),
    )
    table.add_row(
        "events",
        _fmt(e["precision"]),
        _fmt(e["recall"]),
        _fmt(e["f1"]),
        f"exact start {_fmt(e['exact_start_accuracy'])} (n={e['exact_start_n']})",
        marks("events.f1", "events.exact_start_accuracy"),
    )
    for key, label in (
        ("facts", "facts (all)"),
        ("facts_conversations", "  from conversations"),
        ("facts_texts", "  from texts"),
    ):
        f = report[key]
        extra = marks("facts.recall", "facts.precision") if key == "facts" else ""
        table.add_row(label, _fmt(f["precision"]), _fmt(f["recall"]), _fmt(f["f1"]), "", extra)
    table.add_row(
        "category",
        "",
        "",
        "",
        f"accuracy {_fmt(report['category_accuracy'])} (n={report['category_n']})",
        marks("category_accuracy"),
    )
    table.add_row(
        "discard",
        "",
        "",
        "",
        f"accuracy {_fmt(report['discard_accuracy'])} (n={report['discard_n']})",
        "",
    )
    console = Console(width=max(Console().width, 130))
    console.print(table)
    console.print(
        f"examples: {report['examples']}  engine errors: {report['errors']}  "
        f"time: {report['seconds']:.2f}s"
    )


def render_sources(groups: dict[str, Json]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="F1 by source (small groups are noisy)")
    for col in ("source", "n", "action F1", "events F1", "facts F1", "category acc"):
        table.add_column(col)
    for name, g in groups.items():
        n = g["examples"]["conversation"] + g["examples"]["facts"]
        is_conv = name.startswith("conversation:")
        table.add_row(
            name,
            str(n),
            _fmt(g["action_items"]["f1"]) if is_conv else "",
            _fmt(g["events"]["f1"]) if is_conv else "",
            _fmt(g["facts"]["f1"]),
            _fmt(g["category_accuracy"]) if is_conv else "",
        )
    Console(width=max(Console().width, 130)).print(table)


def _short(items: Sequence[Any]) -> str:
    def one(item: Any) -> str:
        if isinstance(item, str):
            return item
        if "title" in item:
            text, when = item["title"], item.get("start")
        else:
            text, when = item.get("description"), item.get("due_at")
        return f"{text} @ {when}" if when else str(text)

    return "; ".join(one(i) for i in items) or "-"


def render_failures(results: Sequence[ExampleResult], n: int) -> None:
    worst = sorted(results, key=lambda r: (-r.misses, r.id))[:n]
    for r in worst:
        if r.misses == 0:
            break
        print(
            f"\n=== {r.id} ({r.kind}) misses={r.misses}" + (f" ERROR {r.error}" if r.error else "")
        )
        exp, pred = r.expected, r.predicted
        if r.kind == "conversation":
            print(f"  discarded exp={exp['discarded']} pred={pred['discarded']}")
            print(f"  category  exp={exp['category']} pred={pred['category']}")
            for key in ("action_items", "events"):
                print(f"  {key} exp: {_short(exp[key])}")
                print(f"  {key} got: {_short(pred[key])}")
        print(f"  facts exp: {_short(exp['facts'])}")
        print(f"  facts got: {_short(pred['facts'])}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="local", choices=("local", "llm", "fake"))
    parser.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument(
        "--summary",
        action="store_true",
        help="one line per eval file of the split (eval/**/<split>.jsonl), e.g. every dev set",
    )
    return parser


def _f3(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def summary_line(name: str, report: Json) -> str:
    """The headline metrics of one report on one line."""
    a, e, f = report["action_items"], report["events"], report["facts"]
    return (
        f"{name:<22} n={sum(report['examples'].values()):<4}"
        f" actions F1 {_f3(a['f1'])} phrase {_f3(a['task_phrase_recall'])}"
        f" due {_f3(a['due_accuracy'])} | events F1 {_f3(e['f1'])}"
        f" exact {_f3(e['exact_start_accuracy'])} | facts P {_f3(f['precision'])}"
        f" R {_f3(f['recall'])} | category {_f3(report['category_accuracy'])}"
    )


def split_files(split: str, eval_dir: Path = EVAL_DIR) -> list[Path]:
    """Every ``<split>.jsonl`` under ``eval_dir``, the top-level one first."""

    def natural(path: Path) -> tuple[int, str, int]:
        # eval/dev.jsonl, then eval/extra, eval/extra2 … eval/extra10 in number order
        stem, number = re.fullmatch(r"(.*?)(\d*)", path.parent.name).groups()  # type: ignore[union-attr]
        return len(path.parts), stem, int(number or 0)

    return sorted(eval_dir.rglob(f"{split}.jsonl"), key=natural)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from omi_actions.processing.factory import EngineConfig, build_engine

    engine = build_engine(
        EngineConfig(
            name=args.engine,
            llm_base_url=os.environ.get("LLM_BASE_URL"),
            llm_model=os.environ.get("LLM_MODEL"),
            llm_api_key=os.environ.get("LLM_API_KEY"),
        )
    )
    if args.summary:
        pooled: list[ExampleResult] = []
        for path in split_files(args.split, args.eval_dir):
            report, results = evaluate(engine, load_split(args.split, path.parent))
            pooled += results
            print(summary_line(str(path.relative_to(args.eval_dir.parent)), report))
        print(summary_line(f"all {args.split} files", aggregate(pooled)))
        return 0
    examples = load_split(args.split, args.eval_dir)
    started = time.perf_counter()
    report, results = evaluate(engine, examples)
    report = {"engine": args.engine, "split": args.split, **report}
    report["seconds"] = round(time.perf_counter() - started, 3)
    report["targets_met"] = target_status(report)
    report["by_source"] = by_source(results)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        render_table(report)
        render_sources(report["by_source"])
    if args.show_failures:
        render_failures(results, args.show_failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
