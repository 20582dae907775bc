"""Question types read from what is asked, in wordings of their own (issue 9 §1): pride and
"what did you personally do" ask for stories, a scenario closed by "What do you do?" asks for
a plan, the job's conditions with "can you manage that?" are logistics, "talk me through how
you…" and "do you use…? How?" ask how the candidate works, and "remote" that is not a work
arrangement is not logistics."""

from __future__ import annotations

import pytest

from roundtwo.analysis import analyze
from roundtwo.analysis.questions import question_type


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which project are you most proud of, and why?", "behavioural"),
        ("When the audit came back, what did you yourself do?", "behavioural"),
        (
            "A lorry jack-knifes across the only access road an hour before the delivery "
            "window. What do you do?",
            "situational",
        ),
        (
            "Say a freezer fails overnight and nobody notices until six. How do you handle it?",
            "situational",
        ),
        (
            "The job is based on a platform in the North Sea, two weeks on and two off. Can "
            "you manage that?",
            "logistics",
        ),
        ("Would a hybrid pattern work for you?", "logistics"),
        ("Talk me through how you price a restoration job.", "practice"),
        ("Do you use spreadsheets for the rota at all? How?", "practice"),
        (
            "How do you decide when a pump needs remote monitoring rather than a visit?",
            "practice",
        ),
    ],
)
def test_the_question_type_is_read_from_what_is_asked(question: str, expected: str) -> None:
    assert question_type(question) == expected


def test_a_hedge_with_nothing_else_does_not_answer_a_commitment() -> None:
    question = "The role means a month at a time at the field camp. Can you do that?"
    hedged = analyze("Hopefully, yes. We'll have to see.", question)
    clear = analyze("Yes. I did six-week rotations at the Pilbara camp for two years.", question)
    assert hedged.question_type == clear.question_type == "logistics"
    assert hedged.score <= 2 < 4 <= clear.score


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "The contract means six weeks at a time on the rig. Is that something you can do?",
            "logistics",
        ),
        ("You gave two different budgets last time. Which one was right?", "factual"),
    ],
)
def test_more_questions_read_from_what_they_ask(question: str, expected: str) -> None:
    assert question_type(question) == expected


def test_a_question_back_in_dialect_offering_two_readings_is_a_clarification() -> None:
    result = analyze(
        "D'ye mean just my crew, or the whole yard across both shifts?",
        "How many boats did your team turn round in a week?",
    )
    assert result.kind == "clarification" and result.score is None


def test_a_look_back_answered_with_praise_alone_is_partly_on_topic() -> None:
    result = analyze(
        "Honestly, nothing much. It went really well, the crowd loved it and the council asked "
        "us back next year.",
        "Looking back at that festival, what would you do differently?",
    )
    assert result.relevance.verdict == "partly"


def test_night_shifts_in_a_question_of_practice_are_not_logistics() -> None:
    assert question_type("How do you keep the crew sharp on slow night shifts?") == "practice"
    assert question_type("Would night shifts be a problem for you?") == "logistics"


def test_an_aim_told_where_a_step_would_be_is_no_action_in_a_generic_practice() -> None:
    question = "How do you keep your team motivated?"
    aim = analyze("I believe in respect. A happy team works well, so I always try to keep "
                  "spirits up.", question)  # fmt: skip
    step = analyze("Every Friday I pin the week's sales by person on the board and I buy "
                   "lunch for whoever beat their target.", question)  # fmt: skip
    assert not aim.star.action and step.star.action


def test_you_mean_asked_back_is_a_clarification_not_a_change_of_subject() -> None:
    result = analyze(
        "Sorry, you mean at the Apodaca plant or before, at the cooperative? And the "
        "shortfall, you mean in tonnes or in pesos?",
        "Tell me about a month when your line fell short of target.",
    )
    assert result.screen == "allow" and result.kind == "clarification"


def test_a_question_back_whose_options_are_past_steps_is_a_clarification() -> None:
    result = analyze(
        "Just to check before I answer, do you want a time I stopped the press myself, or one "
        "where I flagged it and the plant head decided? I have both.",
        "Tell me about a time you stopped production over quality.",
    )
    assert result.kind == "clarification" and result.score is None


def test_a_relocation_done_as_a_project_is_a_story_and_the_candidate_s_own_is_logistics() -> None:
    from roundtwo.analysis.questions import question_type

    assert question_type("What did you do yourself on the archive relocation?") == "behavioural"
    assert question_type("Looking back on the depot relocation, what would you change?") == (
        "behavioural"
    )
    assert question_type("Would relocation be a problem for you?") == "logistics"
    assert question_type("Are you open to relocating to Tromsø?") == "logistics"


def test_on_site_inside_a_story_ask_is_no_working_arrangement() -> None:
    from roundtwo.analysis.questions import question_type

    asked = "Tell me about a time a survey turned out to be wrong on site."
    assert question_type(asked) == "behavioural"
    assert question_type("Would you be fully on site, five days?") == "logistics"
