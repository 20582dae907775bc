"""How fast the fact ledger is: checking one new answer against a ledger of 10,000 facts, and
reading and checking a two-hour transcript of about 20,000 words. Prints figures; never
asserts on time.

    python benchmarks/ledger.py [--runs 200]
"""

from __future__ import annotations

import random
import statistics
import sys
import time

COMPANIES = ["Northwind", "Acme", "Globex", "Initech", "Contoso", "Fabrikam", "Brightpath",
             "Carrow", "Lumen", "Hillcrest"]  # fmt: skip
TEAMS = ["payments", "platform", "search", "billing", "growth", "mobile", "data", "checkout"]
TEMPLATES = [
    "At {company} I led a team of {n} engineers on the {team} team.",
    "On the {team} team we cut p99 latency by {p}% in {m} months.",
    "The {team} migration took {m} months and cost about ${k}k.",
    "I owned a budget of ${mm}M for the {team} programme at {company}.",
    "We grew weekly active users from {k},000 to {k2},000 at {company}.",
    "I joined {company} in {year} and was promoted to senior engineer in {year2}.",
    "Churn went from {p}% to {p2}% after the {team} redesign.",
    "I hired {n} engineers for the {team} team in {year}.",
    "I'm targeting {k} to {k2}k base for this role.",
    "Each shift I cared for {n} patients on the cardiac ward at {company}.",
]
ANSWER = (
    "At Northwind I led a team of seven engineers on the payments team, and we owned checkout. "
    "Checkout was timing out during peak traffic, so I profiled the service for two days and "
    "found a query that scanned the whole orders table. I added an index and a cache in front "
    "of the tax service, and we cut p99 latency by 35% in three months. The migration cost "
    "about $40k and we shipped it in Q2 2023. By the end of the year weekly active users had "
    "grown from 40,000 to 52,000, and I hired 3 engineers for the team. I'm targeting 90 to "
    "100k base for this role."
)


def sentence(rng: random.Random, stable: bool = False) -> str:
    """One templated claim; ``stable`` keeps each company's figures the same every time it is
    told (a real candidate's ledger), except for one retelling in fifty."""
    template = rng.choice(TEMPLATES)
    company = rng.choice(COMPANIES)
    if stable and rng.random() > 0.02:
        rng = random.Random(f"{template}{company}")
    k = rng.randint(20, 90)
    return template.format(
        company=company, team=rng.choice(TEAMS), n=rng.randint(3, 15),
        p=rng.randint(5, 60), p2=rng.randint(2, 30), m=rng.randint(2, 18), k=k,
        k2=k + rng.randint(5, 40), mm=rng.randint(1, 9), year=rng.randint(2012, 2020),
        year2=rng.randint(2021, 2024),
    )  # fmt: skip


def ledger_of(size: int, stable: bool) -> list[object]:
    from roundtwo.ledger.statements import Statement, facts_from_statement

    rng = random.Random(4)
    facts: list[object] = []
    n = 0
    while len(facts) < size:
        text = " ".join(sentence(rng, stable) for _ in range(4))
        statement = Statement(f"s{n}", text, n % 4 + 1, rng.choice(["Dana", "Priya", "Sam"]))
        facts.extend(facts_from_statement(statement))
        n += 1
    return facts[:size]


def check_one_answer(runs: int, stable: bool) -> None:
    from roundtwo.ledger.check import FactIndex, check
    from roundtwo.ledger.statements import facts_from_text

    facts = ledger_of(10_000, stable)
    start = time.perf_counter()
    index = FactIndex(facts)  # type: ignore[arg-type]
    built = (time.perf_counter() - start) * 1000
    new = facts_from_text(ANSWER, "new", 3, "Lee")
    for _ in range(20):
        check(new, index)
    only, whole = [], []
    for _ in range(runs):
        start = time.perf_counter()
        check(new, index)
        only.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        check(facts_from_text(ANSWER, "new", 3, "Lee"), index)
        whole.append((time.perf_counter() - start) * 1000)
    found = len(check(new, index))
    kind = "a candidate's ledger (figures mostly retold the same)" if stable else "random figures"
    print(f"\n{kind}: {len(index):,} facts, indexed in {built:.1f} ms; new answer: "
          f"{len(ANSWER.split())} words, {len(new)} facts, {found} contradictions")  # fmt: skip
    print(f"check one answer (facts given):      p50 {_p(only, 50):6.2f} ms   "
          f"p99 {_p(only, 99):6.2f} ms   (target ≤ 20 ms)")  # fmt: skip
    print(f"read + check one answer:             p50 {_p(whole, 50):6.2f} ms   "
          f"p99 {_p(whole, 99):6.2f} ms")  # fmt: skip


def transcript(words: int) -> list[dict[str, object]]:
    rng = random.Random(7)
    statements: list[dict[str, object]] = []
    total = 0
    while total < words:
        text = " ".join(sentence(rng, True) for _ in range(rng.randint(6, 12)))
        text += " Looking back, I would involve the team earlier and write the plan down."
        n = len(statements)
        question = f"Tell me about project {n % 40}."
        statements.append({"id": f"q{n}", "round": 1 + n * 3 // 200, "interviewer": "Dana",
                           "question": question, "text": text})  # fmt: skip
        total += len(text.split())
    return statements


def two_hour_transcript() -> None:
    from roundtwo.ledger.contract import consistency

    statements = transcript(20_000)
    words = sum(len(str(s["text"]).split()) for s in statements)
    start = time.perf_counter()
    result = consistency({"statements": statements})
    seconds = time.perf_counter() - start
    print(f"two-hour transcript: {words:,} words in {len(statements)} answers, "
          f"{len(result['claims']):,} facts, {len(result['contradictions']):,} contradictions, "
          f"{len(result['recycled'])} recycled pairs")  # fmt: skip
    print(f"read and check the whole transcript: {seconds:6.2f} s   (target ≤ 5 s)")


def _p(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 200
    check_one_answer(runs, stable=True)
    check_one_answer(runs, stable=False)
    print()
    two_hour_transcript()
    _ = statistics  # figures only: no assertion on time
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
