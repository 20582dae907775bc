"""How long a whole `roundtwo consistency FILE --json` process takes on 50, 1,000 and 10,000
statements (a candidate's answers over several rounds, figures mostly retold the same), from
the shell, start-up included. Prints figures; never asserts on time.

    python benchmarks/consistency.py [--sizes 50,1000,10000] [--runs 3]
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ledger import sentence

TARGETS = {50: 1.0, 1000: 2.0, 10000: 20.0}


def statements(count: int) -> list[dict[str, object]]:
    rng = random.Random(11)
    return [
        {"id": f"s{n}", "round": n % 4 + 1, "interviewer": rng.choice(["Dana", "Priya", "Sam"]),
         "text": " ".join(sentence(rng, stable=True) for _ in range(2))}
        for n in range(count)
    ]  # fmt: skip


def run(path: Path) -> tuple[float, dict[str, object]]:
    command = [str(Path(sys.executable).parent / "roundtwo"), "consistency", str(path), "--json"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    return seconds, json.loads(done.stdout)


def main(argv: list[str]) -> int:
    sizes = [50, 1000, 10000]
    if "--sizes" in argv:
        sizes = [int(s) for s in argv[argv.index("--sizes") + 1].split(",")]
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    print("roundtwo consistency FILE --json, the whole process")
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"{size}.json"
            path.write_text(json.dumps({"statements": statements(size)}), encoding="utf-8")
            times = []
            result: dict[str, object] = {}
            for _ in range(runs if size <= 1000 else 1):
                seconds, result = run(path)
                times.append(seconds)
            claims = len(result.get("claims", []))  # type: ignore[arg-type]
            found = len(result.get("contradictions", []))  # type: ignore[arg-type]
            target = TARGETS.get(size)
            goal = f"(target ≤ {target:g} s)" if target else ""
            print(f"{size:>6,} statements: median {statistics.median(times):6.2f} s   "
                  f"{claims:,} facts, {found:,} contradictions   {goal}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
