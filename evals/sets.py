"""The two sets of every evaluation, and the side-by-side table `make eval` prints.

Each evaluation folder holds ``dev.jsonl`` — cases the rules are tuned on, read freely — and
``heldout/*.jsonl`` — cases written blind (from docs/ and the JSON contracts alone, by someone
who never saw the rules or the dev cases) and never tuned on. DEVELOPERS.md says how held-out
cases are written, measured and retired.

A runner scores both sets with the same function and prints one table: the measure, its dev
figure, its held-out figure and the target. The held-out figure is the one that counts (the
README quotes it); the dev figure only says the rules still do what they were tuned to do.
Failure details are printed for dev only (``--verbose``); held-out failures are listed only
with ``--show-heldout``, after the figure has been read, to retire the failing cases to dev.
While tuning, ``--dev-only`` leaves the held-out set unscored: its figure is read once, when
the work is done, so that it is not tuned on by looking.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

Case = dict[str, Any]


def load_jsonl(path: Path) -> list[Case]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_sets(folder: Path) -> dict[str, list[Case]]:
    """{"dev": [...], "heldout": [...]} for an evaluation folder."""
    dev = load_jsonl(folder / "dev.jsonl")
    heldout: list[Case] = []
    for path in sorted((folder / "heldout").glob("*.jsonl")):
        heldout.extend(load_jsonl(path))
    return {"dev": dev, "heldout": heldout}


def flags(argv: list[str]) -> tuple[bool, bool]:
    """(details for dev, details for held-out) from the command line."""
    verbose = "--verbose" in argv or "-v" in argv
    return verbose, "--show-heldout" in argv


def run_sets(
    folder: Path,
    argv: list[str],
    evaluate: Callable[[list[Case], bool], Mapping[str, float]],
) -> dict[str, Mapping[str, float]]:
    """Score dev and held-out with ``evaluate(cases, verbose)``; details only where asked."""
    sets = load_sets(folder)
    dev_details, heldout_details = flags(argv)
    results: dict[str, Mapping[str, float]] = {}
    for name, cases in sets.items():
        if not cases or (name == "heldout" and "--dev-only" in argv):
            continue
        if name == "heldout" and heldout_details:
            print("-- held-out failures (retire them to dev.jsonl and have fresh ones written)")
        results[name] = evaluate(cases, dev_details if name == "dev" else heldout_details)
    return results


def print_table(
    title: str,
    results: Mapping[str, Mapping[str, float]],
    targets: Mapping[str, float],
    counts: tuple[str, ...] = (),
) -> None:
    """One row per measure: dev, held-out, target and whether the held-out figure meets it.
    Measures named in ``counts`` are whole numbers (cases, pairs), not rates."""
    dev = results.get("dev", {})
    held = results.get("heldout", {})
    print(title)
    print(f"{'measure':<24} {'dev':>8} {'held-out':>9} {'target':>7}")
    for name in dict.fromkeys([*dev, *held]):
        target = targets.get(name)
        row = [_cell(dev.get(name), name in counts), _cell(held.get(name), name in counts)]
        mark = ""
        if target is not None:
            shown = held.get(name, dev.get(name))
            mark = "" if shown is None else ("  ok" if shown >= target else "  BELOW")
        goal = "" if target is None else f"{target:.2f}"
        print(f"{name:<24} {row[0]:>8} {row[1]:>9} {goal:>7}{mark}")
    if not held:
        print("(no held-out cases yet: evals/<name>/heldout/*.jsonl)")


def _cell(value: float | None, whole: bool) -> str:
    if value is None:
        return "-"
    return f"{int(value)}" if whole else f"{value:.3f}"
