"""The subject labels people read on the Ledger page: made of the words said (never a stem),
a duration is how long the activity took (not the noun before "for"), "10% of traffic" is a
share of traffic, and a salary never belongs to the company of an earlier sentence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from roundtwo.analysis.subjects import Subject
from roundtwo.ledger.check import check
from roundtwo.ledger.statements import StatedFact, facts_from_text
from roundtwo.ledger.stored import entry_fields, subject_text

ROLLOUT = (
    "We rolled it out behind a flag to 10% of traffic first and compared the two groups on "
    "the same hosts for two weeks, so the hardware was the same on both sides."
)
CASES = Path(__file__).resolve().parent.parent / "evals" / "ledger" / "dev.jsonl"
# Words a label may add to what was said.
LABEL_WORDS = frozenset(
    [
        "size",
        "team",
        "organisation",
        "class",
        "site",
        "shift",
        "ward",
        "staffing",
        "headcount",
        "salary",
        "expectation",
        "current",
        "base",
        "total",
        "date",
        "joining",
        "leaving",
        "launch",
        "promotion",
        "graduation",
        "start",
        "finish",
        "completion",
        "moving",
        "hiring",
        "of",
        "the",
        "title",
        "starting",
        "held",
        "per",
        "share",
        "how",
        "long",
        "you",
        "time",
        "spent",
        "taken",
        "duration",
        "tenure",
        "who",
        "hired",
        "won",
        "trained",
        "shipped",
        "lost",
        "saved",
        "savings",
        "earned",
        "let",
        "go",
        "business",
        "spend",
        "cost",
        "revenue",
        "percentage",
        "amount",
        "count",
        "rate",
        "figure",
    ]
)


def fact(text: str, said: str) -> StatedFact:
    found = [f for f in facts_from_text(text) if f.text == said]
    assert found, f"no claim {said!r} in {[f.text for f in facts_from_text(text)]}"
    return found[0]


def label(text: str, said: str) -> str:
    return subject_text(fact(text, said))


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        # engineering
        (ROLLOUT, "10%", "share of traffic"),
        (ROLLOUT, "two groups", "groups compared"),
        (ROLLOUT, "two weeks", "how long you compared the two groups"),
        (
            "At Lumen Bank I owned the card authorisation service for two years.",
            "two years",
            "how long you owned the card authorisation service at Lumen Bank",
        ),
        ("At Northwind I led a team of five engineers.", "five engineers",
         "team size at Northwind"),
        ("I profiled the service for two days.", "two days",
         "how long you profiled the service"),
        ("I spent two days profiling, then fixed the index.", "two days",
         "time spent profiling"),
        ("We shipped the fix in two weeks.", "two weeks", "time taken (shipped the fix)"),
        ("We completed the Postgres migration in ten weeks.", "ten weeks",
         "time taken (completed the Postgres migration)"),
        ("The database migration took three hours.", "three hours", "database migration"),
        ("I cut p99 latency by 40%.", "40%", "p99 latency"),
        ("He had carried most of the 2am pages for two years.", "two years",
         "how long (carried most of the 2am pages)"),
        ("In 2023 I hired 14 engineers for the platform group.", "14 engineers",
         "engineers hired on the platform team"),
        # sales
        ("About a third of my pipeline came from referrals.", "About a third",
         "share of pipeline"),
        ("20% of my pipeline came from referrals.", "20%", "share of pipeline"),
        ("In 2022 I closed $2.4M in new business.", "$2.4M", "new business"),
        ("I got the deal closed in one quarter.", "one quarter", "time taken (closed)"),
        ("I signed 15 new customers in my first year.", "15 new customers",
         "new customers won"),
        # nursing
        ("I worked three 12-hour shifts a week.", "12-hour", "duration (shifts)"),
        ("On the oncology ward I cared for five patients per shift.", "five patients per shift",
         "patients per shift at the oncology ward"),
        ("We contained it within a week with no transfers.", "a week",
         "time taken (contained it)"),
        ("On the 30-bed ward we trained 40 nurses in two weeks.", "two weeks",
         "time taken (trained 40 nurses)"),
        # teaching
        ("I taught at Lincoln High for six years.", "six years",
         "how long you taught at Lincoln High"),
        ("I've been teaching at Hillcrest Primary for 10 years.", "10 years",
         "time spent teaching at Hillcrest Primary"),
        ("I coordinated the reading intervention programme for three years.", "three years",
         "how long you coordinated the reading intervention programme"),
        ("85% of my students passed the exam.", "85%", "share of students who passed"),
        ("I had 35 students in that Year 9 class.", "35 students", "class size"),
        # finance
        ("Services were 30% of revenue.", "30%", "share of revenue"),
        ("We cleared the reconciliation backlog of roughly 4,200 items in three weeks.",
         "three weeks", "time taken (cleared the reconciliation backlog)"),
        ("The loan agreement had been amended in March.", "March", "date amended"),
        ("I owned a budget of $1.2M.", "$1.2M", "budget"),
        # operations
        ("I mapped every pick for two weeks.", "two weeks", "how long you mapped every pick"),
        ("I found two alternatives within a fortnight.", "a fortnight",
         "time taken (found two alternatives)"),
        ("The reconciliation tool saved the team 20 hours a week.", "20 hours a week",
         "saved time per week"),
        ("At the Leeds warehouse I managed 45 people across two shifts.", "45 people",
         "site headcount at Leeds warehouse"),
        ("I worked at Acme for four years.", "four years", "tenure at Acme"),
    ],
)  # fmt: skip
def test_label(text: str, said: str, expected: str) -> None:
    assert label(text, said) == expected


def test_the_demo_answer_reads_right() -> None:
    labels = [subject_text(f) for f in facts_from_text(ROLLOUT)]
    assert labels == [
        "share of traffic",
        "groups compared",
        "how long you compared the two groups",
    ]
    assert not any(w in " ".join(labels) for w in ("hosts", "compar ", "first"))


def test_a_duration_keeps_its_key_and_still_compares() -> None:
    a = fact("I owned the card authorisation service for two years.", "two years")
    b = fact("I owned the card authorisation service for three years.", "three years")
    assert a.key == b.key == "duration:service"
    found = check([b], [a])
    assert [c.subject for c in found] == ["how long you owned the card authorisation service"]


def test_salary_never_takes_a_company_from_an_earlier_sentence() -> None:
    text = "At Lumen Bank I owned the card authorisation service. I'm targeting 85 to 95k base."
    expectation = fact(text, "85 to 95k")
    assert subject_text(expectation) == "salary expectation (base)"
    assert expectation.entity.empty
    now = fact("At Lumen Bank I led payments. I currently earn 78k.", "78k")
    assert now.entity.empty and subject_text(now) == "current salary"
    here = fact("At Lumen Bank I earn 78k.", "78k")
    assert here.entity.company == "Lumen Bank"


def test_salary_contradiction_is_not_tied_to_a_company() -> None:
    a = facts_from_text("At Lumen Bank I built payments. I'm targeting 85 to 95k base.", "a", 1)
    b = facts_from_text("At Northwind I ran billing. For the base I'm looking for 120k.", "b", 2)
    found = check(b, a)
    assert [c.subject for c in found] == ["salary expectation (base)"]
    assert "Lumen" not in found[0].explanation and "Northwind" not in found[0].explanation


def test_a_stored_subject_keeps_its_label() -> None:
    from roundtwo.ledger.stored import _subject_of

    duration = fact(ROLLOUT, "two weeks")
    raw = entry_fields(duration)["data"]["fact"]["subject"]
    again = _subject_of(raw)
    assert again == duration.subject
    assert again is not None and again.label() == "how long you compared the two groups"
    old = {k: v for k, v in raw.items() if k not in ("caption", "verb_said")}
    assert _subject_of(old) is not None  # entries stored before labels had captions


def test_a_stem_is_never_shown() -> None:
    subject = Subject(kind="count", head="group", verb="compar", phrase="groups")
    assert subject.label() == "groups"  # an older entry: no word as said, no stem either
    said = Subject(kind="count", head="group", verb="compar", phrase="groups",
                   verb_said="compared")  # fmt: skip
    assert said.label() == "groups compared"
    falls = Subject(kind="date", head="fall", verb_said="falls")
    assert falls.label() == "date (falls)"


def _statements() -> list[str]:
    seen: dict[str, None] = {}
    with CASES.open(encoding="utf-8") as handle:
        for line in handle:
            case = json.loads(line)
            if case.get("retired_from"):
                continue  # retired held-out cases: labels checked after the matching is rebuilt
            for statement in case["statements"]:
                if isinstance(statement.get("text"), str):
                    seen.setdefault(statement["text"], None)
    return list(seen)


def test_eval_labels_are_made_of_words_said() -> None:
    """Across every labelled answer, a label's words are the answer's own or label words:
    no stem ("compar", "profil"), no stray plural ("NPSs")."""
    strays = []
    for text in _statements():
        said = set(re.findall(r"[\w'’]+", text.lower()))
        for f in facts_from_text(text):
            for word in re.findall(r"[\w'’]+", f.subject_label.lower()):
                if word not in said and word not in LABEL_WORDS and word.rstrip("s") not in said:
                    strays.append((word, f.subject_label, f.text))
    assert len(strays) <= 2, strays
    shown = {w for w, _, _ in strays}
    assert not shown & {"compar", "profil", "npss", "skuss", "teach", "contain", "clear"}


def test_a_team_named_after_its_place_is_still_the_team() -> None:
    """ "seven people in the box office team" is the team, not the office's headcount: held
    against "a box office team of eleven", it is a changed figure."""
    from roundtwo.ledger.contract import consistency

    result = consistency(
        {
            "statements": [
                {"id": "a", "round": 1, "text": "At the Lyric I run a box office team of eleven."},
                {
                    "id": "b",
                    "round": 2,
                    "text": "At the Lyric I've got seven people in the box office team altogether.",
                },
            ]
        }
    )
    assert [c["values"] for c in result["contradictions"]] == [["eleven", "seven people"]]
