"""Inter-annotator agreement (benchmarks/agreement.py) and the second labellings in
eval/agreement/: same scoring as the engine, same inputs as their reference set."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
AGREEMENT_DIR = ROOT / "eval" / "agreement"


def _load(name: str) -> ModuleType:
    # agreement.py imports "quality" from its own folder, as when run as a script.
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


agreement = _load("agreement")

INPUT = {
    "text": "Me: Can you send me the deck by Friday? Dinner Saturday at 7pm with Ana.",
    "started_at": "2025-05-28T18:20:00Z",
    "finished_at": None,
    "language": "en",
    "text_source": "audio_transcript",
    "text_source_spec": "conversation",
    "geolocation": None,
}


def conversation(**expected: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "discarded": False,
        "category": "work",
        "action_items": [],
        "events": [],
        "facts": [],
    }
    return {
        "id": "conv-agree-001",
        "kind": "conversation",
        "input": INPUT,
        "expected": {**base, **expected},
    }


def write(path: Path, *examples: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(ex) + "\n" for ex in examples), encoding="utf-8")
    return path


DECK = {"description": "Send the deck", "due_at": "2025-05-30T00:00:00Z", "all_day": True}
DINNER = {"title": "Dinner with Ana", "start": "2025-05-31T19:00:00Z"}
FACTS_EXAMPLE = {
    "id": "facts-agree-002",
    "kind": "facts",
    "input": {
        "text": "I moved to Lisbon in March and I work as a nurse.",
        "text_source": "other",
        "text_source_spec": None,
        "reference_time": "2025-05-28T18:20:00Z",
        "language": "en",
    },
    "expected": {"facts": ["User moved to Lisbon in March", "User works as a nurse"]},
}


def test_a_file_agrees_perfectly_with_itself(tmp_path: Path) -> None:
    ref = write(
        tmp_path / "ref.jsonl",
        conversation(action_items=[DECK], events=[DINNER], facts=["User works"]),
        FACTS_EXAMPLE,
    )
    report = agreement.q.aggregate(
        agreement.score_pair(agreement.load_labels(ref), agreement.load_labels(ref))
    )
    assert report["action_items"]["f1"] == 1.0
    assert report["events"]["f1"] == 1.0
    assert report["facts"]["f1"] == 1.0
    assert report["category_accuracy"] == 1.0


def test_a_second_annotator_is_scored_like_an_engine(tmp_path: Path) -> None:
    ref = write(
        tmp_path / "ref.jsonl",
        conversation(action_items=[DECK], events=[DINNER]),
        FACTS_EXAMPLE,
    )
    other_facts = {**FACTS_EXAMPLE, "expected": {"facts": ["User works as a nurse"]}}
    other = write(
        tmp_path / "other.jsonl",
        conversation(category="social", events=[DINNER]),  # no action item, other category
        other_facts,
    )
    report = agreement.q.aggregate(
        agreement.score_pair(agreement.load_labels(ref), agreement.load_labels(other))
    )
    assert report["action_items"]["fn"] == 1 and report["action_items"]["tp"] == 0
    assert report["events"]["tp"] == 1 and report["events"]["f1"] == 1.0
    assert report["facts"]["tp"] == 1 and report["facts"]["fn"] == 1
    assert report["facts"]["precision"] == 1.0 and report["facts"]["recall"] == 0.5
    assert report["category_accuracy"] == 0.0


def test_files_of_different_inputs_are_refused(tmp_path: Path) -> None:
    ref = write(tmp_path / "ref.jsonl", conversation())
    changed = conversation()
    changed["input"] = {**INPUT, "text": "Me: something else entirely was said here."}
    other = write(tmp_path / "other.jsonl", changed)
    missing = write(tmp_path / "missing.jsonl", FACTS_EXAMPLE)
    load = agreement.load_labels
    assert agreement.pair_problems(load(ref), load(other)) == ["conv-agree-001: the input differs"]
    assert agreement.pair_problems(load(ref), load(missing))[0].startswith("ids differ")
    with pytest.raises(ValueError, match="the input differs"):
        agreement.score_pair(load(ref), load(other))


def test_cli_prints_a_line_per_pair_and_refuses_an_odd_file_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = write(tmp_path / "ref.jsonl", conversation(action_items=[DECK]))
    assert agreement.main([str(ref), str(ref)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[-1].startswith("all pairs")
    assert "actions F1 1.000" in lines[-1]
    with pytest.raises(SystemExit) as exit_info:
        agreement.main([str(ref)])
    assert exit_info.value.code == 2
    other = write(tmp_path / "other.jsonl", FACTS_EXAMPLE)
    assert agreement.main([str(ref), str(other)]) == 2


AGREEMENT_FILES = sorted(AGREEMENT_DIR.glob("*.jsonl"))


@pytest.mark.parametrize("path", AGREEMENT_FILES, ids=lambda p: p.name)
def test_each_second_labelling_covers_exactly_its_reference_set(path: Path) -> None:
    reference = ROOT / "eval" / path.stem / "dev.jsonl"
    assert reference.exists(), f"{path.name} must be named after a dev set in eval/"
    assert (
        agreement.pair_problems(agreement.load_labels(reference), agreement.load_labels(path)) == []
    )


def test_second_labellings_exist() -> None:
    assert AGREEMENT_FILES, "eval/agreement/ holds the second annotators' labels"
