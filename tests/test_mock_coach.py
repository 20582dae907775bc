"""The live coach: the next beat, the candidate's own story, the fact to keep — never a script."""

from __future__ import annotations

import re

import pytest

from roundtwo.mock import FakeLanguage, Hint, Pending, Topic, hint, start
from roundtwo.mock.coach import MAX_WORDS

STORIES = [
    {
        "title": "Rescuing the billing migration",
        "summary": "Led the recovery of a late billing "
        "migration; cut invoice errors from 120 a month to 15.",
        "competencies": ["leadership", "problem-solving"],
        "values": ["Ownership"],
    },
    {
        "title": "Saying no to a big client",
        "summary": "Refused a custom export that would have hurt 40 small customers.",
        "competencies": ["integrity"],
        "values": ["Customer obsession"],
    },
    {
        "title": "The on-call turnaround",
        "summary": "Halved on-call pages in a quarter.",
        "competencies": ["technical", "resilience"],
        "values": [],
    },
]
FACTS = [
    {
        "subject": "engineers on the billing team",
        "text": "five engineers",
        "round": 1,
        "quote": "I led a team of five engineers",
    },
    {"subject": "annual savings", "text": "$200k", "round": 1, "quote": "we saved $200k a year"},
]
VALUE_QUESTION = (
    "Customer obsession is one of our values. Tell me about a time living it cost you something."
)
VALUE_TOPIC = Topic("v", "culture_values", VALUE_QUESTION, value="Customer obsession")
LEAD_TOPIC = Topic("l", "behavioural_deep_dive", "Tell me about the hardest project you've led.")
PLAN_TOPIC = Topic("p", "first_90_days", "What would you do in your first 90 days?")


def on(topic: Topic, probe: str | None = None, question: str | None = None) -> object:
    state = start({"values": ["Customer obsession", "Ownership"]}, topics=[topic])
    return state.with_pending(Pending(question or topic.question, topic.id, probe))


def ask_for(topic: Topic, partial: str, probe: str | None = None) -> Hint:
    return hint(on(topic, probe), partial, STORIES, FACTS)  # type: ignore[arg-type]


def is_coaching(text: str) -> bool:
    """Short, second person, no narrative of its own (no "I …", "we …", "my …")."""
    return len(text.split()) <= MAX_WORDS and not re.search(r"\b(?:I|we|my|our)\b", text)


@pytest.mark.parametrize(
    ("partial", "beat"),
    [
        ("", "start"),
        ("Hmm, let me think.", "situation"),
        (
            "In 2022 our billing migration at Northwind was three months late and the CFO was "
            "worried. I was asked to lead the recovery.",
            "action",
        ),
        (
            "In 2022 our billing migration at Northwind was three months late and the CFO was "
            "worried. I was asked to lead the recovery. I split the work into weekly milestones "
            "and I renegotiated the scope with finance.",
            "result",
        ),
        (
            "In 2022 our billing migration at Northwind was three months late. I was asked to lead "
            "the recovery. I split the work into weekly milestones and renegotiated the scope. It "
            "shipped in eleven weeks and invoice errors fell from 120 a month to 15.",
            "trim",
        ),
    ],
)
def test_the_hint_names_the_next_star_beat(partial: str, beat: str) -> None:
    given = ask_for(LEAD_TOPIC, partial)
    assert given.beat == beat, given
    assert is_coaching(given.text), given.text


def test_a_we_story_is_told_to_separate_your_part() -> None:
    given = ask_for(
        LEAD_TOPIC,
        "In 2022 our migration was late. We split the work and we "
        "renegotiated the scope. We shipped it in eleven weeks.",
    )
    assert given.beat == "ownership"


@pytest.mark.parametrize(
    ("probe", "beat"),
    [
        ("assumption_challenge", "method"),
        ("retrospective", "reflect"),
        ("contradiction", "reconcile"),
        ("values_conflict", "values"),
        ("metric", "quantify"),
    ],
)
def test_a_follow_up_gets_the_hint_for_what_it_asks(probe: str, beat: str) -> None:
    assert ask_for(LEAD_TOPIC, "", probe).beat == beat


def test_plans_and_motivation_get_their_own_structure() -> None:
    assert ask_for(PLAN_TOPIC, "").beat == "plan"
    why = Topic("w", "why_us", "Why this team?")
    assert ask_for(why, "").beat == "motivation"


def test_the_fitting_story_is_the_candidates_own() -> None:
    assert ask_for(VALUE_TOPIC, "").story == "Saying no to a big client"
    assert ask_for(LEAD_TOPIC, "").story == "Rescuing the billing migration"
    telling = ask_for(VALUE_TOPIC, "The on-call pages were out of control")
    assert telling.story == "The on-call turnaround"
    assert hint(on(LEAD_TOPIC), "", [], FACTS).story is None  # type: ignore[arg-type]


def test_a_ledger_fact_that_bears_on_the_answer_is_recalled() -> None:
    given = ask_for(LEAD_TOPIC, "Our billing team was")
    assert given.fact == "engineers on the billing team: five engineers (round 1)"
    assert "five engineers" in given.text


def test_a_hint_is_never_a_scripted_answer() -> None:
    for topic in (LEAD_TOPIC, VALUE_TOPIC, PLAN_TOPIC):
        for partial in ("", "Last year our billing team was late.", "We did it together."):
            given = ask_for(topic, partial)
            assert is_coaching(given.text), given.text
            for story in STORIES:
                assert str(story["summary"]) not in given.text


def test_the_hint_goes_through_the_language_seam() -> None:
    fake = FakeLanguage(["Try the result next."])
    given = hint(on(LEAD_TOPIC), "", STORIES, FACTS, language=fake)  # type: ignore[arg-type]
    assert given.text == "Try the result next."
    request = fake.history[0]
    assert request.purpose == "hint" and request.kind == "start"
    assert request.slots["story"] == "Rescuing the billing migration"
    assert given.to_json()["beat"] == "start"


def test_a_question_can_be_given_without_a_pending_one() -> None:
    state = start({})
    given = hint(state, "", STORIES, question="Why do you want to join this team?")
    assert given.beat == "motivation"


def test_a_contradiction_hint_recalls_the_contradicted_fact_not_a_look_alike() -> None:
    state = start({}, topics=[LEAD_TOPIC])
    key = "annual savings|$200k|$350k"
    pending = Pending("In round 1 you said $200k; today $350k.", "l", "contradiction", key)
    # The partial answer shares words with the team-size fact, not with the savings one.
    given = hint(state.with_pending(pending), "the billing team engineers", STORIES, FACTS)  # type: ignore[arg-type]
    assert given.beat == "reconcile"
    assert given.fact == "annual savings: $200k (round 1)"


def test_an_unrelated_fact_is_never_hinted() -> None:
    why = Topic("w", "why_us", "Why do you want to join our payments team?")
    assert ask_for(why, "").fact is None  # the team's size has nothing to do with why us
    assert ask_for(PLAN_TOPIC, "I'd meet the team").fact is None
    facts = [{"subject": "team size", "text": "nine", "round": 1, "quote": "nine of us"}]
    given = hint(on(LEAD_TOPIC), "The project team", STORIES, facts)  # type: ignore[arg-type]
    assert given.fact is None  # one shared everyday word is chance, not the fact in question
