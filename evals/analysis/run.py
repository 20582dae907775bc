"""Per-field accuracy of the analysis engine on the labelled answers in dev.jsonl and
heldout/*.jsonl.

python evals/analysis/run.py [--verbose] [--show-heldout]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evals.sets import load_sets, print_table, run_sets  # noqa: E402

FOLDER = Path(__file__).resolve().parent
TARGETS = {
    "star exact": 0.85,
    "score within ±1": 0.90,
    "screen": 1.0,
    "relevance": 0.90,
    "claim precision": 0.95,
    "claim recall": 0.95,
}


def _words(value: Any) -> str:
    """A string value compared as its words: "mid-level engineer" = "mid level engineer"."""
    return " ".join(str(value).lower().replace("-", " ").split())


def same_value(expected: Any, got: Any) -> bool:
    if isinstance(expected, str) or isinstance(got, str):
        return _words(expected) == _words(got)
    tolerance = max(1e-6, abs(float(expected)) * 1e-3)
    return abs(float(expected) - float(got)) <= tolerance


def match_claims(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> int:
    """How many expected claims are found (same kind and value), each used once."""
    unused = list(got)
    found = 0
    for want in expected:
        for candidate in unused:
            if candidate["kind"] == want["kind"] and same_value(want["value"], candidate["value"]):
                unused.remove(candidate)
                found += 1
                break
    return found


FIELDS = {
    "screen": "screen",
    "question type": "question_type",
    "relevance": "relevance",
    "kind": "kind",
    "star exact": "star",
    "specificity": "specificity",
    "ownership": "ownership",
    "score exact": "score",
    "score within ±1": "score",
    "sufficient_signal": "sufficient_signal",
}
_STORY_TYPES = ("behavioural", "open")


def _non_story(case: dict[str, Any]) -> bool:
    return case["expected"].get("question_type", "open") not in _STORY_TYPES


def _screening(case: dict[str, Any]) -> bool:
    """A reply labelled for screening: screened, or allowed on purpose (tagged so)."""
    return case["expected"]["screen"] != "allow" or "screening" in case.get("tags", ())


# Titles a writer may give as a level; the engine's levels are junior|mid|senior|staff.
_LEVEL_ALIASES = {"lead": "staff", "principal": "staff", "entry": "junior", "graduate": "junior"}


def _level(case: dict[str, Any]) -> str:
    level = str(case.get("level", "mid"))
    return _LEVEL_ALIASES.get(level, level)


def score_ok(expected: int | None, got: int | None) -> bool:
    if expected is None or got is None:
        return expected is got
    return abs(expected - got) <= 1


def evaluate(cases: list[dict[str, Any]], verbose: bool = False) -> dict[str, float]:
    from roundtwo.analysis import analyze

    tallies: dict[str, int] = {}
    counted: dict[str, int] = {}
    claim_tp = claim_expected = claim_got = 0
    for case in cases:
        want = case["expected"]
        got = analyze(case["answer"], case.get("question", ""), _level(case)).to_json()
        checks = {
            name: (score_ok(want["score"], got["score"]) if name == "score within ±1"
                   else want[key] == got[key])
            for name, key in FIELDS.items()
            if key in want
        }  # fmt: skip
        for name, ok in checks.items():
            tallies[name] = tallies.get(name, 0) + int(ok)
            counted[name] = counted.get(name, 0) + 1
        tp = 0
        if "claims" in want:  # claims are labelled on some sets only
            tp = match_claims(want["claims"], got["claims"])
            claim_tp += tp
            claim_expected += len(want["claims"])
            claim_got += len(got["claims"])
        if verbose:
            _explain(case, got, checks, tp)
    result = {name: tallies[name] / counted[name] for name in FIELDS if counted.get(name)}
    result["non-story answers"] = sum(1 for c in cases if _non_story(c))
    result["screening replies"] = sum(1 for c in cases if _screening(c))
    if any("claims" in c["expected"] for c in cases):
        result["claim precision"] = claim_tp / claim_got if claim_got else 1.0
        result["claim recall"] = claim_tp / claim_expected if claim_expected else 1.0
    return result


_JUDGED = ("screen", "question type", "relevance", "star exact", "score within ±1")


def failing(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cases that fail a judged measure (retired to dev by ``python -m evals.retire``)."""
    from roundtwo.analysis import analyze

    bad = []
    for case in cases:
        want = case["expected"]
        got = analyze(case["answer"], case.get("question", ""), _level(case)).to_json()
        for name in _JUDGED:
            key = FIELDS[name]
            if key not in want:
                continue
            ok = (
                score_ok(want[key], got[key])
                if name == "score within ±1"
                else want[key] == got[key]
            )
            if not ok:
                bad.append(case)
                break
    return bad


def _explain(case: dict[str, Any], got: dict[str, Any], checks: dict[str, bool], tp: int) -> None:
    want = case["expected"]
    wrong = [name for name, ok in checks.items() if not ok and name != "score exact"]
    claims_off = "claims" in want and (tp != len(want["claims"]) or tp != len(got["claims"]))
    if not wrong and not claims_off:
        return
    print(f"- {case['id']} ({case['level']}): " + ", ".join(wrong))
    for name in wrong:
        key = FIELDS[name]
        print(f"    {key}: expected {want[key]!r} got {got[key]!r}")
    if claims_off:
        expected = [(c["kind"], c["value"]) for c in want["claims"]]
        found = [(c["kind"], c["value"], c["text"]) for c in got["claims"]]
        print(f"    claims: expected {expected}\n            got      {found}")


def main(argv: list[str]) -> int:
    results = run_sets(FOLDER, argv, evaluate)
    sizes = {name: len(cases) for name, cases in load_sets(FOLDER).items()}
    print_table(
        f"analysis eval: {sizes['dev']} dev and {sizes['heldout']} held-out labelled answers",
        results,
        TARGETS,
        counts=("non-story answers", "screening replies"),
    )
    _by_batch()
    return 0


def _by_batch() -> None:
    """A batch whose failing cases were retired keeps only the cases that passed when it was
    measured: the measure-once figures are in README.md; a fresh batch is the honest one."""
    retired: dict[str, int] = {}
    for case in load_sets(FOLDER)["dev"]:
        for tag in case.get("tags", ()):
            if str(tag).startswith("retired:"):
                retired[tag[8:]] = retired.get(tag[8:], 0) + 1
    print("held-out by batch (a fresh batch is the honest figure; measured ones in README):")
    for path in sorted((FOLDER / "heldout").glob("*.jsonl")):
        kept = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        gone = retired.get(path.stem, 0)
        note = f"{gone} failing retired to dev" if gone else "fresh or never retired"
        print(f"  {path.stem:<8} {kept:>4} answers ({note})")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
