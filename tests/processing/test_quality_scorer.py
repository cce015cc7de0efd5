"""The quality scorer (benchmarks/quality.py) and the evaluation set (eval/*.jsonl).

These tests check the scoring arithmetic and the dataset format only; they do
not depend on how good any engine is.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from omi_actions.processing.testing import FakeEngine

ROOT = Path(__file__).resolve().parents[2]


def _load_quality() -> ModuleType:
    name = "omi_actions_benchmark_quality"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


q = _load_quality()


def item(description: str, due_at: str | None = None, all_day: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"description": description, "due_at": due_at}
    if all_day:
        out["all_day"] = True
    return out


def event(title: str, start: str, all_day: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"title": title, "start": start}
    if all_day:
        out["all_day"] = True
    return out


# --------------------------------------------------------------------------- text


def test_normalise_drops_case_punctuation_and_stop_words() -> None:
    assert q.normalise("Send the Q3 report to Dana!") == "send q3 report dana"
    assert q.normalise("User has two kids") == "user two kid"
    assert q.normalise("User's doctor", q.FACT_SUBJECT_WORDS) == "doctor"


def test_stem_strips_plural_and_third_person_endings() -> None:
    assert [q.stem(w) for w in ("lives", "coaches", "batteries", "glass", "bus", "kids")] == [
        "live",
        "coach",
        "battery",
        "glass",
        "bus",
        "kid",
    ]
    assert q.similarity("User lives in Austin", "I live in Austin") == 100.0


def test_similarity_is_symmetric_enough_and_bounded() -> None:
    assert q.similarity("Pick up milk", "pick up MILK.") == 100.0
    assert q.similarity("Pick up milk", "Pick up milk on the way home") == 100.0
    assert q.similarity("Call mom", "Call the plumber") < q.ACTION_THRESHOLD
    assert q.similarity("", "anything") == 0.0


def test_length_guard_rejects_whole_paragraphs() -> None:
    assert q.length_ok("Pick up milk", "Don't forget to pick up milk on your way home")
    paragraph = "Mom said don't forget to pick up milk and also bread and eggs and call grandma"
    assert not q.length_ok("Pick up milk", paragraph + " and walk the dog tonight please")


# --------------------------------------------------------------------------- matching


def test_greedy_match_is_one_to_one_and_prefers_best_pairs() -> None:
    scores = {(0, 0): 80.0, (0, 1): 95.0, (1, 1): 90.0}
    matches = q.greedy_match(2, 2, lambda i, j: scores.get((i, j)))
    assert matches == [(0, 1)]  # (1, 1) loses its prediction to the better pair


def test_greedy_match_never_reuses_a_prediction() -> None:
    matches = q.greedy_match(3, 1, lambda i, j: 100.0)
    assert len(matches) == 1


def test_counts_edge_cases() -> None:
    assert q.Counts().precision == 1.0 and q.Counts().recall == 1.0
    c = q.Counts(tp=2, fp=2, fn=0)
    assert c.precision == 0.5 and c.recall == 1.0
    assert c.f1 == pytest.approx(2 / 3)
    assert q.Counts(tp=0, fp=1, fn=1).f1 == 0.0


# --------------------------------------------------------------------------- action items


def test_action_items_perfect_match() -> None:
    expected = [item("Send the Q3 report to Dana", "2024-09-03T00:00:00Z", all_day=True)]
    predicted = [item("Send Q3 report to Dana", "2024-09-03T17:00:00+00:00")]
    s = q.score_action_items(expected, predicted)
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (1, 0, 0)
    assert s.task_phrase.value == 1.0
    assert (s.due.hits, s.due.total) == (1, 1)


def test_action_items_partial_and_wrong_due() -> None:
    expected = [item("Pick up milk", "2024-03-10T18:00:00Z"), item("Call the vet")]
    predicted = [item("Pick up milk on the way home", "2024-03-10T20:00:00Z"), item("Buy a car")]
    s = q.score_action_items(expected, predicted)
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (1, 1, 1)
    assert (s.due.hits, s.due.total) == (0, 1)  # two hours off


def test_action_items_due_within_one_hour_counts() -> None:
    expected = [item("Pay rent", "2024-12-01T09:00:00Z")]
    predicted = [item("Pay the rent", "2024-12-01T09:45:00Z")]
    assert q.score_action_items(expected, predicted).due.hits == 1


def test_action_items_missing_due_is_wrong() -> None:
    expected = [item("Pay rent", "2024-12-01T00:00:00Z", all_day=True)]
    assert q.score_action_items(expected, [item("Pay rent")]).due.hits == 0


def test_action_items_empty_prediction() -> None:
    s = q.score_action_items([item("Call the vet")], [])
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (0, 0, 1)
    assert s.task_phrase.value == 0.0


def test_action_items_empty_expectation() -> None:
    s = q.score_action_items([], [item("Reply to Alex")])
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (0, 1, 0)
    assert s.task_phrase.total == 0


def test_duplicate_predictions_match_once() -> None:
    s = q.score_action_items([item("Call the vet")], [item("Call the vet"), item("Call vet")])
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (1, 1, 0)


def test_task_phrase_recall_ignores_the_length_guard() -> None:
    long = "Remember that Mom asked you to pick up milk and some bread on your way home after work"
    s = q.score_action_items([item("Pick up milk")], [item(long)])
    assert s.counts.tp == 0
    assert s.task_phrase.hits == 1


# --------------------------------------------------------------------------- events


def test_events_need_time_and_title() -> None:
    expected = [event("Dinner with Alex", "2024-03-15T19:00:00Z")]
    assert q.score_events(expected, [event("Dinner with Alex", "2024-03-15T19:30:00Z")]).counts.tp
    assert not q.score_events(
        expected, [event("Dinner with Alex", "2024-03-16T19:00:00Z")]
    ).counts.tp
    assert not q.score_events(expected, [event("Board meeting", "2024-03-15T19:00:00Z")]).counts.tp


def test_events_exact_start() -> None:
    expected = [event("Dinner with Alex", "2024-03-15T19:00:00Z")]
    s = q.score_events(expected, [event("Dinner", "2024-03-15T19:30:00Z")])
    assert (s.exact_start.hits, s.exact_start.total) == (0, 1)
    s = q.score_events(expected, [event("Dinner", "2024-03-15T19:00:00")])  # naive = UTC
    assert (s.exact_start.hits, s.exact_start.total) == (1, 1)


def test_all_day_events_match_on_the_date() -> None:
    expected = [event("Trip to Lisbon", "2024-10-10T00:00:00Z", all_day=True)]
    s = q.score_events(expected, [event("Lisbon trip", "2024-10-10T09:00:00Z")])
    assert s.counts.tp == 1 and s.exact_start.hits == 1


def test_events_empty_sides() -> None:
    assert q.score_events([], []).counts == q.Counts()
    assert q.score_events([], [event("X", "2024-01-01T00:00:00Z")]).counts.fp == 1


# --------------------------------------------------------------------------- facts


def test_facts_fuzzy_match() -> None:
    c = q.score_facts(
        ["User is allergic to penicillin", "User lives in Austin"],
        ["The user is allergic to penicillin.", "User likes jazz"],
    )
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)


def test_facts_empty() -> None:
    assert q.score_facts([], []) == q.Counts()
    assert q.score_facts(["User lives in Austin"], []).fn == 1


# --------------------------------------------------------------------------- examples


def _conversation_expected(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "discarded": False,
        "category": "family",
        "action_items": [item("Pick up milk")],
        "events": [],
        "facts": [],
    }
    return base | overrides


def test_predicted_discard_drops_items() -> None:
    predicted = {
        "discarded": True,
        "structured": {"category": "family", "action_items": [item("Pick up milk")]},
        "facts": [],
    }
    r = q.score_conversation("x", _conversation_expected(), predicted)
    assert r.actions is not None and r.actions.counts.fn == 1
    assert r.discard_ok is False


def test_discarded_expectation_skips_category() -> None:
    expected = _conversation_expected(discarded=True, category="other", action_items=[])
    r = q.score_conversation("x", expected, {"discarded": True, "structured": {}})
    assert r.category_ok is None and r.discard_ok is True


def test_aggregate_micro_averages_and_reports_missing_ratios() -> None:
    good = q.score_conversation(
        "a",
        _conversation_expected(),
        {"structured": {"category": "family", "action_items": [item("Pick up milk")]}},
    )
    bad = q.score_conversation("b", _conversation_expected(), {"structured": {}})
    report = q.aggregate([good, bad])
    assert report["action_items"]["recall"] == 0.5
    assert report["action_items"]["precision"] == 1.0
    assert report["category_accuracy"] == 0.5
    assert report["events"]["exact_start_accuracy"] is None
    assert not q.target_status(report)["events.exact_start_accuracy"]


# --------------------------------------------------------------------------- dataset


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for split in q.SPLITS:
        lines = (ROOT / "eval" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        out[split] = [json.loads(line) for line in lines if line.strip()]
    return out


def test_every_line_validates(splits: dict[str, list[dict[str, Any]]]) -> None:
    problems = {
        ex["id"]: errs
        for rows in splits.values()
        for ex in rows
        if (errs := q.validate_example(ex))
    }
    assert problems == {}


# eval/agreement/ holds second labellings of dev sets: the same texts by design
# (tests/processing/test_agreement.py checks them against their sets).
EVAL_FILES = sorted(p for p in (ROOT / "eval").rglob("*.jsonl") if p.parent.name != "agreement")


@pytest.mark.parametrize("path", EVAL_FILES, ids=lambda p: str(p.relative_to(ROOT / "eval")))
def test_every_eval_file_loads_and_validates(path: Path) -> None:
    examples = q.load_split(path.stem, path.parent)
    assert examples
    ids = [ex["id"] for ex in examples]
    assert len(ids) == len(set(ids))


def test_no_text_is_in_two_eval_files() -> None:
    """No leakage between sets (content-free one-liners like "ok" may recur)."""
    seen: dict[str, Path] = {}
    for path in EVAL_FILES:
        for ex in q.load_split(path.stem, path.parent):
            text = ex["input"]["text"]
            if len(text.split()) < 5:
                continue
            assert seen.setdefault(text, path) == path, f"{ex['id']} repeats a text of {seen[text]}"


def test_load_split_rejects_an_invalid_example(tmp_path: Path) -> None:
    (tmp_path / "dev.jsonl").write_text(json.dumps({"id": "x", "kind": "conversation"}) + "\n")
    with pytest.raises(ValueError, match=r"dev\.jsonl:1"):
        q.load_split("dev", tmp_path)


def test_ids_unique_and_splits_disjoint(splits: dict[str, list[dict[str, Any]]]) -> None:
    dev = [ex["id"] for ex in splits["dev"]]
    heldout = [ex["id"] for ex in splits["heldout"]]
    assert len(dev) == len(set(dev))
    assert len(heldout) == len(set(heldout))
    assert not set(dev) & set(heldout)
    texts = [ex["input"]["text"] for rows in splits.values() for ex in rows]
    dev_texts = {ex["input"]["text"] for ex in splits["dev"]}
    assert not dev_texts & {ex["input"]["text"] for ex in splits["heldout"]}
    assert len(texts) >= 240


def test_dataset_shape(splits: dict[str, list[dict[str, Any]]]) -> None:
    rows = splits["dev"] + splits["heldout"]
    conv = [ex for ex in rows if ex["kind"] == "conversation"]
    facts = [ex for ex in rows if ex["kind"] == "facts"]
    positive = [ex for ex in conv if ex["expected"]["action_items"] or ex["expected"]["events"]]
    assert len(conv) >= 150 and len(facts) >= 80
    assert len(positive) >= 100 and len(conv) - len(positive) >= 40
    from omi_actions.processing.schemas import CONVERSATION_CATEGORIES

    assert {ex["expected"]["category"] for ex in conv} == set(CONVERSATION_CATEGORIES)
    assert 0.5 <= len(splits["dev"]) / len(rows) <= 0.7


def test_validator_rejects_bad_lines() -> None:
    good: dict[str, Any] = {
        "id": "conv-test-001",
        "kind": "conversation",
        "input": {"text": "hi", "started_at": "2024-01-01T00:00:00Z", "text_source": "message"},
        "expected": _conversation_expected(),
    }
    assert q.validate_example(good) == []
    assert q.validate_example(good | {"id": "bad id"})
    assert q.validate_example(good | {"kind": "poem"})
    bad_category = good | {"expected": _conversation_expected(category="cooking")}
    assert q.validate_example(bad_category)
    bad_time = good | {"input": good["input"] | {"started_at": "yesterday"}}
    assert q.validate_example(bad_time)
    bad_fact = good | {"expected": _conversation_expected(facts=["Likes jazz"])}
    assert q.validate_example(bad_fact)
    bad_all_day = good | {
        "expected": _conversation_expected(
            action_items=[item("Pay rent", "2024-12-01T09:00:00Z", all_day=True)]
        )
    }
    assert q.validate_example(bad_all_day)


def test_labels_scored_against_themselves_are_perfect() -> None:
    results = []
    for ex in q.load_split("all"):
        exp = ex["expected"]
        if ex["kind"] == "conversation":
            predicted = {
                "discarded": exp["discarded"],
                "structured": {
                    "category": exp["category"],
                    "action_items": exp["action_items"],
                    "events": exp["events"],
                },
                "facts": [{"content": f} for f in exp["facts"]],
            }
            results.append(q.score_conversation(ex["id"], exp, predicted))
        else:
            facts = {"facts": [{"content": f} for f in exp["facts"]]}
            results.append(q.score_fact_example(ex["id"], exp, facts))
    report = q.aggregate(results)
    assert all(q.target_status(report).values())
    for key in ("action_items", "events", "facts"):
        assert report[key]["f1"] == 1.0


# --------------------------------------------------------------------------- end to end


def test_fake_engine_runs_end_to_end() -> None:
    examples = q.load_split("dev")[:20]
    report, results = q.evaluate(FakeEngine(), examples)
    assert report["errors"] == 0
    assert len(results) == 20


def test_engine_errors_are_scored_not_raised() -> None:
    examples = q.load_split("dev")[:3]
    report, _ = q.evaluate(FakeEngine(fail_times=3), examples)
    assert report["errors"] == 3


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert q.main(["--engine", "fake", "--split", "dev", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["engine"] == "fake"
    assert set(report["targets_met"]) == set(q.TARGETS)


def test_results_are_grouped_by_source() -> None:
    examples = q.load_split("dev")
    assert q.source_of(examples[0]) == "conversation:email"
    sms = next(ex for ex in examples if ex["input"].get("text_source_spec") == "sms")
    assert q.source_of(sms) == "conversation:message"
    _, results = q.evaluate(FakeEngine(), examples[:30])
    groups = q.by_source(results)
    assert (
        sum(g["examples"]["conversation"] + g["examples"]["facts"] for g in groups.values()) == 30
    )


def test_cli_table_and_failures(capsys: pytest.CaptureFixture[str]) -> None:
    assert q.main(["--engine", "fake", "--split", "dev", "--show-failures", "2"]) == 0
    out = capsys.readouterr().out
    assert "action items" in out and "F1 by source" in out
    assert out.count("=== ") == 2


def test_cli_summary_has_a_line_per_file_and_a_pooled_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert q.main(["--engine", "fake", "--summary"]) == 0
    lines = capsys.readouterr().out.splitlines()
    files = q.split_files("dev")
    assert len(lines) == len(files) + 1
    assert lines[0].startswith("eval/dev.jsonl") and lines[-1].startswith("all dev files")
    assert all("actions F1" in line and "category" in line for line in lines)
