"""Inter-annotator agreement: score a second annotator's labels against the first's.

Usage::

    python benchmarks/agreement.py eval/extra13/dev.jsonl eval/agreement/extra13.jsonl
    python benchmarks/agreement.py REF1 OTHER1 REF2 OTHER2 ... [--json] [--show-failures N]

Each pair is a reference file and a second labelling of exactly the same inputs
(same ids, same texts) by an annotator who never saw the first labels. The
second labels are scored as if they were an engine's output, with the matching
rules of ``benchmarks/quality.py`` (same thresholds, same one-to-one matching),
so the numbers are directly comparable with the engine's: they are the ceiling a
system can expect against labels written by someone else. Precision and recall
swap when the two files swap places; F1 and the accuracies barely move.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality as q

Json = dict[str, Any]


def as_prediction(example: Json) -> Json:
    """A labelled example's ``expected`` in the shape an engine result dumps to."""
    expected = example["expected"]
    facts = [{"content": text} for text in expected.get("facts", [])]
    if example["kind"] == "facts":
        return {"facts": facts}
    return {
        "discarded": bool(expected.get("discarded", False)),
        "structured": {
            "category": expected.get("category"),
            "action_items": expected.get("action_items", []),
            "events": expected.get("events", []),
        },
        "facts": facts,
    }


def load_labels(path: Path) -> list[Json]:
    """Every example of one JSON Lines file, validated like an eval split."""
    return q.load_split(path.stem, path.parent)


def pair_problems(reference: Sequence[Json], other: Sequence[Json]) -> list[str]:
    """Why two files are not labellings of the same inputs (empty when they are)."""
    problems: list[str] = []
    ref_ids = [ex["id"] for ex in reference]
    other_by_id = {ex["id"]: ex for ex in other}
    if sorted(ref_ids) != sorted(other_by_id):
        missing = sorted(set(ref_ids) - set(other_by_id))
        extra = sorted(set(other_by_id) - set(ref_ids))
        problems.append(f"ids differ (missing {missing[:5]}, extra {extra[:5]})")
        return problems
    for ex in reference:
        twin = other_by_id[ex["id"]]
        if twin["kind"] != ex["kind"] or twin["input"] != ex["input"]:
            problems.append(f"{ex['id']}: the input differs")
    return problems


def score_pair(reference: Sequence[Json], other: Sequence[Json]) -> list[q.ExampleResult]:
    """Score ``other``'s labels as predictions against ``reference``'s."""
    if problems := pair_problems(reference, other):
        raise ValueError("; ".join(problems))
    other_by_id = {ex["id"]: ex for ex in other}
    results: list[q.ExampleResult] = []
    for ex in reference:
        scorer = q.score_conversation if ex["kind"] == "conversation" else q.score_fact_example
        result = scorer(ex["id"], ex["expected"], as_prediction(other_by_id[ex["id"]]))
        result.source = q.source_of(ex)
        results.append(result)
    return results


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "files", nargs="+", type=Path, metavar="REFERENCE OTHER", help="pairs of label files"
    )
    parser.add_argument("--json", action="store_true", help="print the pooled report as JSON")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("give the files in pairs: REFERENCE OTHER [REFERENCE OTHER ...]")
    pooled: list[q.ExampleResult] = []
    for ref_path, other_path in zip(args.files[::2], args.files[1::2], strict=True):
        try:
            results = score_pair(load_labels(ref_path), load_labels(other_path))
        except (OSError, ValueError) as exc:
            print(f"error: {ref_path} vs {other_path}: {exc}", file=sys.stderr)
            return 2
        pooled += results
        if not args.json:
            name = f"{other_path.parent.name}/{other_path.stem}"
            print(q.summary_line(name, q.aggregate(results)))
    report = {"engine": "second annotator", "split": "agreement", **q.aggregate(pooled)}
    if args.json:
        report["targets_met"] = q.target_status(report)
        print(json.dumps(report, indent=2))
    else:
        print(q.summary_line("all pairs", report))
    if args.show_failures:
        q.render_failures(pooled, args.show_failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
