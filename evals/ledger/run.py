"""Precision and recall of the ledger's contradiction pairs on the labelled statement groups
in dev.jsonl and heldout/*.jsonl, the accuracy of recycled-answer verdicts where they are
labelled, and of the subject labels people read (a group's optional ``subjects``:
statement id → claim text → label).

python evals/ledger/run.py [--verbose] [--show-heldout]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evals.sets import load_jsonl, print_table, run_sets  # noqa: E402

FOLDER = Path(__file__).resolve().parent
TARGETS = {"precision": 0.95, "recall": 0.90, "recycled accuracy": 0.90, "subject labels": 0.95}


def _pairs(items: list[list[str]]) -> set[tuple[str, ...]]:
    return {tuple(sorted(pair)) for pair in items}


def evaluate(cases: list[dict[str, Any]], verbose: bool = False) -> dict[str, float]:
    from roundtwo.ledger.contract import consistency

    tp = fp = fn = 0
    verdicts_right = verdicts_total = unexpected = 0
    labels_right = labels_total = 0
    for case in cases:
        result = consistency({"statements": case["statements"]})
        shown = {(c["statement"], c["text"]): c["subject"] for c in result["claims"]}
        for statement, wanted in case.get("subjects", {}).items():
            for said, label in wanted.items():
                labels_total += 1
                got_label = shown.get((statement, said))
                labels_right += int(got_label == label)
                if verbose and got_label != label:
                    print(f"- {case['id']}: {said!r} labelled {got_label!r}, not {label!r}")
        want = _pairs(case["contradictions"])
        got = _pairs([c["ids"] for c in result["contradictions"]])
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
        labelled = {tuple(sorted(r["ids"])): r["verdict"] for r in case.get("recycled", [])}
        found = {tuple(sorted(r["ids"])): r for r in result["recycled"]}
        for ids, verdict in labelled.items():
            verdicts_total += 1
            verdicts_right += int(found.get(ids, {}).get("verdict") == verdict)
        if case["id"].startswith("recycled-"):
            unexpected += len(set(found) - set(labelled))
        if verbose and (want != got or any(found.get(i, {}).get("verdict") != v
                                           for i, v in labelled.items())):  # fmt: skip
            _explain(case, result, want, got, labelled, found)
    return {
        "groups": len(cases),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "pairs expected": tp + fn,
        "pairs flagged": tp + fp,
        "recycled accuracy": verdicts_right / verdicts_total if verdicts_total else 1.0,
        "recycled labelled": verdicts_total,
        "recycled unexpected": unexpected,
        "subject labels": labels_right / labels_total if labels_total else 1.0,
        "labels checked": labels_total,
    }


def failing(cases: list[dict[str, Any]]) -> list[str]:
    """The ids of the cases whose contradiction pairs are not exactly the labelled ones."""
    from roundtwo.ledger.contract import consistency

    wrong = []
    for case in cases:
        result = consistency({"statements": case["statements"]})
        if _pairs(case["contradictions"]) != _pairs([c["ids"] for c in result["contradictions"]]):
            wrong.append(case["id"])
    return wrong


def _explain(
    case: dict[str, Any],
    result: dict[str, Any],
    want: set[tuple[str, ...]],
    got: set[tuple[str, ...]],
    labelled: dict[tuple[str, ...], str],
    found: dict[tuple[str, ...], Any],
) -> None:
    print(f"- {case['id']} ({case['about']})")
    for pair in sorted(want - got):
        print(f"    missed {pair}")
    for item in result["contradictions"]:
        if tuple(sorted(item["ids"])) not in want:
            print(f"    false {item['ids']}: {item['explanation']}")
    for ids, verdict in labelled.items():
        got_verdict = found.get(ids, {})
        print(f"    recycled {ids}: expected {verdict}, got {got_verdict or 'no pair'}")


def main(argv: list[str]) -> int:
    results = run_sets(FOLDER, argv, evaluate)
    groups = {name: int(r["groups"]) for name, r in results.items()}
    print_table(
        f"ledger eval: {groups.get('dev', 0)} dev and {groups.get('heldout', 0)} held-out "
        "labelled statement groups",
        results,
        TARGETS,
        counts=(
            "groups",
            "pairs expected",
            "pairs flagged",
            "recycled labelled",
            "recycled unexpected",
            "labels checked",
        ),
    )
    if "--dev-only" not in argv:
        by_batch()
    return 0


def by_batch() -> None:
    """Held-out figures per batch: a batch whose failing cases were retired keeps only the
    cases that passed (its figure is then 1.0 by construction); a fresh batch is the honest
    measure of judgement on words nobody here wrote."""
    print("held-out by batch (fresh batches are the honest figure):")
    retired: dict[str, int] = {}
    for case in load_jsonl(FOLDER / "dev.jsonl"):
        if case.get("retired_from"):
            retired[case["retired_from"]] = retired.get(case["retired_from"], 0) + 1
    for path in sorted((FOLDER / "heldout").glob("*.jsonl")):
        cases = load_jsonl(path)
        r = evaluate(cases)
        gone = retired.get(path.stem, 0)
        note = f"{gone} failing retired to dev" if gone else "fresh"
        print(
            f"  {path.stem:<8} {len(cases):>4} groups ({note}): precision "
            f"{r['precision']:.3f}, recall {r['recall']:.3f}, {int(r['pairs expected'])} pairs"
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
