"""How long a whole `roundtwo next FILE --json` process takes on a 20-turn transcript (the
mock interviewer's next move, read statelessly: every answer analysed, checked against round
one, the director run). Prints figures; never asserts on time (target ≤ 1 s).

    python benchmarks/next_process.py [--runs 7]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANSWERS = [
    "At Northwind in 2022 our billing migration was three months late and the CFO was worried. "
    "I was asked to lead the recovery with a team of five engineers. I split the work into "
    "weekly milestones and renegotiated the scope with finance. The migration shipped in "
    "eleven weeks and invoice errors fell from 120 a month to 15.",
    "I personally wrote the migration plan and ran the scope negotiation with finance myself.",
    "We compared the error counts for the same customer cohort for three months before and "
    "after the cutover, and finance audited the numbers independently.",
    "I would have brought finance in during week one instead of week six, because their "
    "sign-off was what held us up.",
    "Your payments team is rebuilding reconciliation, and month-end close takes nine days. I "
    "cut close from eight days to three at Fabrikam by automating the ledger matching.",
]
QUESTIONS = [
    "Tell me about the hardest project you've led.",
    "What was your own part in that?",
    "How did you measure that?",
    "Looking back, what would you do differently?",
    "Why us?",
]
CONTEXT = {
    "round_one": [
        {
            "question": "Tell me about a time you led a migration.",
            "answer": "I led a team of five engineers on the billing migration.",
            "weak_moment": True,
        }
    ],
    "values": ["Customer obsession", "Ownership"],
    "company": "Northwind",
}


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 7
    transcript = [
        {"question": f"{QUESTIONS[n % 5]} ({n + 1})", "answer": ANSWERS[n % 5]} for n in range(20)
    ]
    payload = {"transcript": transcript, "max_questions": 25, "context": CONTEXT}
    command = [str(ROOT / ".venv" / "bin" / "roundtwo"), "next"]
    if not Path(command[0]).exists():
        command = [sys.executable, "-m", "roundtwo", "next"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "session.json"
        path.write_text(json.dumps(payload), encoding="utf-8")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run([*command, str(path), "--json"], capture_output=True, check=False)
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                print(done.stderr.decode("utf-8", "replace"))
                return 1
    print(f"whole `roundtwo next` process, 20-turn transcript, {runs} runs (target ≤ 1 s):")
    print(f"  best {min(times) * 1000:.0f} ms   median {statistics.median(times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
