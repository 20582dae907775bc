"""Recycled answers: the same words again, the same story told deeper, or another story."""

from __future__ import annotations

import pytest

from roundtwo.ledger.recycled import VERDICTS, compare, pairs, same_question, wording_overlap
from roundtwo.ledger.statements import Statement, facts_from_text

FIRST = (
    "A senior engineer on my team disagreed with my plan to split the monolith. I set up a "
    "one-hour session where we each wrote down our risks, and we agreed to pilot the split on "
    "the billing module first. The pilot worked and he became its strongest supporter."
)
DEEPER = (
    "The disagreement was with Tariq, our most senior engineer, about splitting the monolith. "
    "His worry was on-call load: he had carried most of the 2am pages for two years. I hadn't "
    "taken that seriously at first. We wrote down each risk together and agreed to pilot the "
    "split on the billing module with him owning the runbook. Billing deploys went from weekly "
    "to daily, and six months later he presented the approach to the wider engineering org. "
    "What I took from it is to ask who carries the pain before I argue about architecture."
)
OTHER = (
    "When I was new I struggled with time management during releases, so I built a checklist "
    "for my week and asked my manager to review it every Friday."
)


def test_the_same_words_again_are_near_verbatim() -> None:
    result = compare(FIRST, "So, " + FIRST.replace("first.", "first, as a trial."))
    assert result.verdict == "near_verbatim"
    assert result.overlap >= 0.6


def test_the_same_story_told_deeper() -> None:
    result = compare(FIRST, DEEPER)
    assert result.verdict == "same_story_deeper"
    assert result.overlap < 0.6 and result.story >= 0.4


def test_another_story_for_the_same_question() -> None:
    result = compare(FIRST, OTHER)
    assert result.verdict == "different_story"
    assert 0.0 <= result.overlap < 0.3


def test_shared_claims_and_entities_count_towards_the_same_story() -> None:
    short = "At the Leeds warehouse I redesigned the picking routes and cut travel time by 30%."
    long = (
        "At the Leeds warehouse pickers walked eleven kilometres a shift. I mapped every pick for "
        "two weeks, redesigned the routes around the fastest movers and piloted it on nights. "
        "Travel time fell by 30% and mispicks dropped too."
    )
    with_facts = compare(short, long, facts_from_text(short), facts_from_text(long))
    assert with_facts.verdict == "same_story_deeper"
    assert with_facts.story >= compare(short, OTHER).story


def test_overlap_is_bounded_and_handles_empty_text() -> None:
    assert wording_overlap("", FIRST) == 0.0
    assert wording_overlap(FIRST, FIRST) == 1.0
    result = compare("", "")
    assert result.verdict in VERDICTS and result.overlap == 0.0


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Tell me about a time you had a conflict with a colleague.",
         "Can you tell me more about a conflict with a colleague and how you handled it?", True),
        ("What's the biggest deal you've closed?",
         "Walk me through the biggest deal you've closed.", True),
        ("Why do you want to work here?", "Why do you want to work here, and why this team?", True),
        ("What are you most proud of?", "What would your first 90 days look like?", False),
        ("Tell me about a failure.", "Tell me about a time you led a team.", False),
    ],
)  # fmt: skip
def test_same_question(first: str, second: str, same: bool) -> None:
    assert same_question(first, second) is same


def test_pairs_compare_answers_to_the_same_question() -> None:
    question = "Tell me about a conflict with a colleague."
    statements = [
        Statement("a", FIRST, 1, "Dana", question),
        Statement("b", DEEPER, 2, "Priya", "Tell me more about a conflict with a colleague."),
        Statement("c", OTHER, 2, "Priya", "What would your first 90 days look like?"),
    ]
    found = pairs(statements, lambda ident: [])
    assert [(p.ids, p.verdict) for p in found] == [(("a", "b"), "same_story_deeper")]
    assert found[0].to_json()["overlap"] == round(found[0].overlap, 2)


def test_without_questions_only_retold_stories_in_another_round_are_paired() -> None:
    statements = [
        Statement("a", FIRST, 1, "Dana"),
        Statement("b", FIRST + " It still runs.", 2, "Priya"),
        Statement("c", OTHER, 2, "Priya"),
        Statement("d", FIRST, 1, "Dana"),
    ]
    found = pairs(statements, lambda ident: [])
    assert {p.ids for p in found} == {("a", "b"), ("b", "d")}
    assert all(p.verdict == "near_verbatim" for p in found)
