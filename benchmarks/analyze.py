"""How fast the analysis engine is: per 250-word answer after warm-up, and a whole
`roundtwo analyze --json` process. Prints figures; never asserts on time.

    python benchmarks/analyze.py [--runs 2000]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "At my last company our checkout API was timing out during peak traffic and we were losing "
    "about 300 orders every evening.",
    "I was the tech lead for payments, so it was on me to fix it before the holiday sale in "
    "Q4 2023.",
    "I profiled the service over two days and found that every request made a separate database "
    "call per cart item.",
    "I rewrote the pricing lookup to batch those calls, added a cache in front of the tax "
    "service, and paired with two engineers on my team to load-test it at 5,000 requests per "
    "second.",
    "We also agreed with product to pause two smaller features for three weeks.",
    "After the release, p95 latency dropped from 1.8 seconds to 350 milliseconds and checkout "
    "errors fell by 70% during the sale week, which saved roughly $1.2M in orders.",
    "Looking back, I would have added the load test to the pipeline a year and a half earlier.",
]


def answer_of(words: int) -> str:
    text: list[str] = []
    i = 0
    while len(" ".join(text).split()) < words:
        text.append(SENTENCES[i % len(SENTENCES)])
        i += 1
    return " ".join(" ".join(text).split()[:words])


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def per_answer(runs: int) -> tuple[float, float]:
    from roundtwo.analysis import analyze

    answer = answer_of(250)
    question = "Tell me about a time you improved the performance of a system."
    for _ in range(50):
        analyze(answer, question, "senior").to_json()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        analyze(answer, question, "senior").to_json()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


REGISTERED_HERE = (
    "from roundtwo.cli.main import app; from roundtwo.cli.analyze import register; "
    "register(app); app()"
)


def bytecode_note() -> str:
    """Whether roundtwo's own modules load from .pyc files or are compiled on every run (they are
    when PYTHONDONTWRITEBYTECODE is set and `make install` has not precompiled them)."""
    import importlib.util

    sources = [ROOT / "src" / "roundtwo" / "cli" / "main.py",
               ROOT / "src" / "roundtwo" / "analysis" / "__init__.py"]  # fmt: skip
    fresh = all(
        Path(importlib.util.cache_from_source(str(source))).is_file()
        and Path(importlib.util.cache_from_source(str(source))).stat().st_mtime
        >= source.stat().st_mtime
        for source in sources
    )
    return "precompiled .pyc" if fresh else "no .pyc: compiled from source on every run"


def whole_process(repeats: int = 11) -> list[float]:
    exe = ROOT / ".venv" / "bin" / "roundtwo"
    found = str(exe) if exe.exists() else shutil.which("roundtwo")
    command = [found] if found else [sys.executable, "-m", "roundtwo"]
    probe = subprocess.run([*command, "analyze", "--help"], capture_output=True, check=False)
    if probe.returncode != 0:  # not registered in main.py yet: the same app, registered here
        print("  (analyze is not registered in roundtwo.cli.main; timing the same app with it)")
        python = ROOT / ".venv" / "bin" / "python"
        command = [str(python) if python.exists() else sys.executable, "-c", REGISTERED_HERE]
    answer = answer_of(250)
    walls = []
    for _ in range(repeats):
        start = time.perf_counter()
        done = subprocess.run(
            [*command, "analyze", "-", "--json"],
            input=answer,
            capture_output=True,
            text=True,
            check=False,
        )
        walls.append((time.perf_counter() - start) * 1000)
        if done.returncode != 0:
            print(f"  (roundtwo analyze failed: {done.stderr.strip()[:200]})")
            return []
    return walls


def huge_answer() -> float:
    from roundtwo.analysis import analyze

    answer = answer_of(250) * (10 * 1024 * 1024 // len(answer_of(250)))
    start = time.perf_counter()
    analyze(answer).to_json()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 2000
    pin_to_one_core()
    p50, p99 = per_answer(runs)
    print(f"analyze(), 250-word answer, one core, {runs} runs after warm-up:")
    print(f"  p50 {p50:.2f} ms   p99 {p99:.2f} ms   (targets 5 ms / 25 ms)")
    print(f"analyze(), 10 MB answer (first words analysed, with a notice): {huge_answer():.0f} ms")
    walls = whole_process()
    if walls:
        print(
            "whole `roundtwo analyze - --json` process, 250 words (target < 400 ms), "
            f"{len(walls)} runs, roundtwo bytecode: {bytecode_note()}:"
        )
        print(f"  best {min(walls):.0f} ms   median {statistics.median(walls):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
