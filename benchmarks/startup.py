"""How long `roundtwo --help` takes as a whole process (target: under 300 ms).

Prints figures; asserts nothing. Run with `make bench` or `.venv/bin/python benchmarks/startup.py`.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 15


def roundtwo_command() -> list[str]:
    beside = Path(sys.executable).with_name("roundtwo")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("roundtwo")
    return [found] if found else [sys.executable, "-m", "roundtwo"]


def main() -> None:
    command = [*roundtwo_command(), "--help"]
    subprocess.run(command, capture_output=True, check=True)  # warm the file cache and .pyc
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    print(f"roundtwo --help over {RUNS} runs (target < 300 ms)")
    print(f"  median {statistics.median(times):6.0f} ms")
    print(f"  best   {min(times):6.0f} ms")
    print(f"  worst  {max(times):6.0f} ms")


if __name__ == "__main__":
    main()
