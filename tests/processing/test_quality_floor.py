"""Regression floor: the local engine's scores on the development sets.

The floors sit a little below the scores measured when they were last raised
(docs/quality.md), so a change that makes extraction worse across the pooled
development sets fails CI, while small trade-offs between sets do not. They
are quality floors, not the issue's targets, and never use held-out data.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from omi_actions.processing.local import LocalEngine

ROOT = Path(__file__).resolve().parents[2]

# Metric path in the scorer's report -> minimum on all dev files pooled (19 files,
# 2,079 examples). Measured on 2026-11-26, fourth session (docs/quality.md):
# action F1 0.775, phrase recall 0.783, due 0.833, events F1 0.886, exact start
# 0.987, facts P 0.826 / R 0.632, category 0.799, discard 0.993. The pool grew by
# three harder sets (extra16-18) this session, which is why some floors sit below
# the previous session's. Raise a floor when the engine gets better; never lower
# one to land a change.
FLOORS: dict[str, float] = {
    "action_items.f1": 0.765,
    "action_items.task_phrase_recall": 0.775,
    "action_items.due_accuracy": 0.82,
    "events.f1": 0.875,
    "events.exact_start_accuracy": 0.975,
    "facts.precision": 0.815,
    "facts.recall": 0.62,
    "category_accuracy": 0.79,
    "discard_accuracy": 0.98,
}


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


@pytest.fixture(scope="module")
def pooled_report() -> dict[str, Any]:
    q = _load_quality()
    examples = [ex for path in q.split_files("dev") for ex in q.load_split("dev", path.parent)]
    report, _ = q.evaluate(LocalEngine(), examples)
    assert report["errors"] == 0
    return report


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_pooled_dev_score_stays_above_its_floor(pooled_report: dict[str, Any], metric: str) -> None:
    value: Any = pooled_report
    for key in metric.split("."):
        value = value[key]
    assert value is not None and value >= FLOORS[metric], f"{metric} = {value}"
