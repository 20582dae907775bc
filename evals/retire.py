"""Retire the failing held-out cases of an evaluation to its dev set.

python -m evals.retire ledger [--dry-run] [BATCH ...]

Run it only after the held-out figure has been read and recorded. Each held-out case that the
evaluation's ``failing(cases)`` names is appended to ``dev.jsonl`` (tagged with the batch it
came from) and removed from its held-out file (only from the named batches, e.g. ``batch-ak``,
when some are given: a batch still being written is never measured); the class of failure is
then fixed on dev, and fresh held-out cases are written blind to replace the retired ones
(DEVELOPERS.md).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def _runner(name: str) -> object:
    path = ROOT / name / "run.py"
    spec = importlib.util.spec_from_file_location(f"evals_{name}_run", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no evaluation named {name!r}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def retire(name: str, dry_run: bool = False, batches: tuple[str, ...] = ()) -> int:
    module = _runner(name)
    failing = getattr(module, "failing", None)
    if failing is None:
        raise SystemExit(f"evals/{name}/run.py has no failing(cases)")
    folder = ROOT / name
    moved = 0
    for path in sorted((folder / "heldout").glob("*.jsonl")):
        if batches and path.stem not in batches:
            continue
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        cases = [json.loads(line) for line in lines]
        wrong = {c["id"] if isinstance(c, dict) else c for c in failing(cases)}
        keep = [line for line, case in zip(lines, cases, strict=True) if case["id"] not in wrong]
        gone = [case for case in cases if case["id"] in wrong]
        moved += len(gone)
        print(f"{path.relative_to(ROOT)}: {len(gone)} of {len(cases)} failing")
        if dry_run or not gone:
            continue
        with (folder / "dev.jsonl").open("a", encoding="utf-8") as dev:
            for case in gone:
                case["retired_from"] = path.stem
                dev.write(json.dumps(case, ensure_ascii=False) + "\n")
        path.write_text("".join(line + "\n" for line in keep), encoding="utf-8")
    return moved


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")]
    if not names:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    moved = retire(names[0], dry_run="--dry-run" in argv, batches=tuple(names[1:]))
    print(f"{moved} case(s) {'would move' if '--dry-run' in argv else 'moved'} to dev.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
