"""Run every evaluation: each ``evals/<name>/run.py`` that defines ``main(argv) -> int``.

python -m evals            # all of them
python -m evals analysis   # only the ones named
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def discover() -> list[Path]:
    return sorted(ROOT.glob("*/run.py"))


def run_one(path: Path, argv: list[str]) -> int:
    spec = importlib.util.spec_from_file_location(f"evals_{path.parent.name}_run", path)
    if spec is None or spec.loader is None:
        print(f"{path.parent.name}: cannot load {path}", file=sys.stderr)
        return 1
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    main = getattr(module, "main", None)
    if main is None:
        print(f"{path.parent.name}: {path} has no main(argv)", file=sys.stderr)
        return 1
    return int(main(argv) or 0)


def main(argv: list[str]) -> int:
    wanted = [a for a in argv if not a.startswith("-")]
    flags = [a for a in argv if a.startswith("-")]
    status = 0
    for path in discover():
        name = path.parent.name
        if wanted and name not in wanted:
            continue
        print(f"== eval: {name}")
        status |= run_one(path, flags)
        print()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
