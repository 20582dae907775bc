"""How long one full mock-interview turn takes: the analysis of the answer, the director, the
feedback update for the topic and the phrasing of the next question. Prints figures; never
asserts on time (target p99 ≤ 30 ms).

    python benchmarks/mock_turn.py [--runs 1000]
"""

from __future__ import annotations

import os
import statistics
import sys
import time

CONTEXT = {
    "round_one": [
        {
            "question": "Tell me about a time you led a migration.",
            "answer": "I led a team of five engineers on the billing migration.",
            "weak_moment": True,
            "interviewer": "Priya",
        },
        {
            "question": "Tell me about a conflict.",
            "answer": "I disagreed with our PM about a launch date.",
            "pushed_back": True,
            "interviewer": "Sam",
        },
    ],
    "values": ["Customer obsession", "Ownership", "Bias for action"],
    "role": "Engineering Manager",
    "company": "Northwind",
    "team": "payments",
}
ANSWER = (
    "At Northwind in 2022 our billing migration was three months late and the CFO was worried. "
    "I was asked to lead the recovery with a team of five engineers. I split the work into "
    "weekly milestones, I renegotiated the scope with finance, and I paired with the two newest "
    "engineers on the riskiest pieces. We also agreed with product to pause two smaller "
    "features for three weeks. The migration shipped in eleven weeks, invoice errors fell from "
    "120 a month to 15, and finance estimated it saved roughly $200k a year. Looking back, I "
    "would have brought finance in during the first week rather than the sixth."
)
PROBE_ANSWER = (
    "We compared invoice error counts for the same customer cohort for three months before and "
    "after the cutover, and finance audited the numbers independently."
)


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def mid_session() -> object:
    """A session ten turns in, with a question pending."""
    from roundtwo.mock import TemplateLanguage, ask, next_action, record, start

    language = TemplateLanguage()
    state = start(CONTEXT, max_questions=40)
    _, state = ask(state, next_action(state), language)
    for n in range(10):
        state = record(state, ANSWER if n % 3 == 0 else PROBE_ANSWER)
        _, state = ask(state, next_action(state), language)
    return state


def one_turn(state: object, language: object) -> None:
    from roundtwo.mock import ask, next_action, record, topic_feedback

    after = record(state, ANSWER)  # type: ignore[arg-type]
    topic_feedback(after, after.turns[-1].topic, language)  # type: ignore[arg-type]
    ask(after, next_action(after), language)  # type: ignore[arg-type]


def main(argv: list[str]) -> int:
    from roundtwo.mock import TemplateLanguage

    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 1000
    pin_to_one_core()
    state = mid_session()
    language = TemplateLanguage()
    for _ in range(50):
        one_turn(state, language)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        one_turn(state, language)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p50, p99 = statistics.median(times), times[int(len(times) * 0.99) - 1]
    words = len(ANSWER.split())
    print(f"one mock turn ({words}-word answer, 10 turns in), one core, {runs} runs after warm-up:")
    print("  analysis + director + topic feedback + phrasing")
    print(f"  p50 {p50:.2f} ms   p99 {p99:.2f} ms   (target p99 ≤ 30 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
