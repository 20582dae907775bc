"""Agreement of the mock director with hand-labelled situations (cases.jsonl).

Each case is a `roundtwo next` input (a transcript so far, the question cap, a context) and
the actions a good interviewer could take next: ``{"follow_up": [probe kinds]}``,
``{"new_topic": null}``, ``{"wrap_up": null}``, or several of them. A case may also name the
topic ``category`` a new topic must have. The director agrees when its action (and, for a
follow-up, its probe kind) is among those allowed.

python evals/director/run.py [--verbose]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

CASES = Path(__file__).resolve().parent / "cases.jsonl"
TARGET = 1.0


def load_cases(path: Path = CASES) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


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


def main(argv: list[str]) -> int:
    cases = load_cases()
    agreed, misses = evaluate(cases, verbose="--verbose" in argv or "-v" in argv)
    share = agreed / len(cases) if cases else 1.0
    expected = Counter(next(iter(c["allowed"])) for c in cases)
    print(f"director eval: {len(cases)} labelled situations")
    print(f"{'expected action':<16} {'cases':>6} {'agreed':>7}")
    for action in ("follow_up", "new_topic", "wrap_up"):
        print(f"{action:<16} {expected[action]:>6} {expected[action] - misses[action]:>7}")
    mark = "ok" if share >= TARGET else "BELOW"
    print(f"{'agreement':<16} {share:>14.3f}  target {TARGET:.2f}  {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
