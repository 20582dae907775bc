"""Agreement of the mock director with hand-labelled situations (dev.jsonl and heldout/*.jsonl).

Each case is a `roundtwo next` input (a transcript so far, the question cap, a context) and
the actions a good interviewer could take next: ``{"follow_up": [probe kinds]}``,
``{"new_topic": null}``, ``{"wrap_up": null}``, or several of them. A case may also name the
topic ``category`` a new topic must have. The director agrees when its action (and, for a
follow-up, its probe kind) is among those allowed.

python evals/director/run.py [--verbose] [--show-heldout]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evals.sets import load_sets, print_table, run_sets  # noqa: E402

FOLDER = Path(__file__).resolve().parent
TARGET = 0.95


def agrees(case: dict[str, Any], got: dict[str, Any]) -> bool:
    allowed = case["allowed"]
    if got.get("action") not in allowed:
        return False
    probes = allowed[got["action"]]
    if got["action"] == "follow_up" and probes is not None and got.get("probe") not in probes:
        return False
    wanted = case.get("category")
    return not wanted or (got.get("topic") or {}).get("category") == wanted


def evaluate(cases: list[dict[str, Any]], verbose: bool = False) -> tuple[int, Counter[str]]:
    from roundtwo.mock.contract import decide

    agreed = 0
    misses: Counter[str] = Counter()
    for case in cases:
        got = decide(case["input"])
        if agrees(case, got):
            agreed += 1
            continue
        misses[next(iter(case["allowed"]))] += 1
        if verbose:
            probe = f" ({got['probe']})" if got.get("probe") else ""
            print(
                f"- {case['id']}: expected {case['allowed']}"
                + (f" in {case['category']}" if case.get("category") else "")
            )
            print(f"    got {got['action']}{probe}: {got['reason']}")
    return agreed, misses


def failing(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cases the director disagrees with (retired to dev by ``python -m evals.retire``)."""
    from roundtwo.mock.contract import decide

    return [case for case in cases if not agrees(case, decide(case["input"]))]


def dev_cases() -> list[dict[str, Any]]:
    return load_sets(FOLDER)["dev"]


def score(cases: list[dict[str, Any]], verbose: bool = False) -> dict[str, float]:
    agreed, misses = evaluate(cases, verbose)
    expected = Counter(next(iter(c["allowed"])) for c in cases)
    result: dict[str, float] = {"situations": len(cases)}
    for action in ("follow_up", "new_topic", "wrap_up"):
        share = 1 - misses[action] / expected[action] if expected[action] else 1.0
        result[f"{action} agreed"] = share
    result["agreement"] = agreed / len(cases) if cases else 1.0
    return result


def main(argv: list[str]) -> int:
    results = run_sets(FOLDER, argv, score)
    sizes = {name: int(r["situations"]) for name, r in results.items()}
    print_table(
        f"director eval: {sizes.get('dev', 0)} dev and {sizes.get('heldout', 0)} held-out "
        "labelled situations",
        results,
        {"agreement": TARGET},
        counts=("situations",),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
