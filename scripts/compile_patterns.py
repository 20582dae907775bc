"""Record the compiled program of every regular expression roundtwo uses, so that a short
`roundtwo` command does not spend a quarter of a second compiling them (see
`roundtwo.analysis.precompiled`). `make install` runs it, as it runs `compileall`.

    python scripts/compile_patterns.py

Patterns are compiled at first use, so the script imports every module and then reads a
sample of the dev evaluation sets (answers, director situations, ledger statements), which
between them reach every reader. A pattern it misses still works; it is compiled the ordinary way.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _cases(name: str) -> list[dict[str, Any]]:
    path = ROOT / "evals" / name / "dev.jsonl"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _import_everything() -> None:
    import roundtwo

    for module in pkgutil.walk_packages(roundtwo.__path__, "roundtwo."):
        if ".web" in module.name or module.name.endswith("__main__"):  # no reader patterns there
            continue
        importlib.import_module(module.name)


def _read_everything() -> None:
    from roundtwo.analysis import analyze
    from roundtwo.ledger.contract import consistency
    from roundtwo.mock.contract import decide

    for case in _cases("analysis")[::4]:
        analyze(case["answer"], case.get("question", ""), case.get("level", "mid"))
    for case in _cases("director"):
        decide(case["input"])
    for case in _cases("ledger")[::8]:
        consistency({"statements": case["statements"]})


def main() -> int:
    from roundtwo.analysis import precompiled as compiled

    _import_everything()
    _read_everything()
    count = compiled.save()
    print(f"recorded {count} compiled patterns in {compiled.CACHE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
