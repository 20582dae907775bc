"""STAR read from what the story does, in wordings of its own (issue 9 §1): an ending told as
how the thing came out ("the wall came out fine"), a delivery measured by its time ("replaced
in 30 hours"), and a step told as what was done ("What I actually did was push…")."""

from __future__ import annotations

import pytest

from roundtwo.analysis import analyze


def test_a_story_s_ending_its_delivery_time_and_its_cleft_step_are_read() -> None:
    question = "Tell me about a mistake you made."
    fine = analyze(
        "When I was pouring the second lift I saw the formwork bowing, so I stopped the pump "
        "and we braced it. We re-poured the next day and the wall came out fine.",
        question,
    )
    assert fine.star.result and not fine.star.quantified_result
    quick = analyze(
        "The crane's slew ring failed on a Friday. I ordered the part from Rotterdam myself "
        "and got the fitters in. The ring was replaced in 30 hours and we lost one shift.",
        question,
    )
    assert quick.star.quantified_result
    cleft = analyze(
        "I'd test it on one site first. What I actually did was push the update to all 40 "
        "tills on one night, and six didn't restart before I could get someone there. Since "
        "then I roll out one store for a week, then the rest.",
        "Looking back, what would you do differently?",
    )
    assert cleft.kind == "story" and cleft.star.action


def test_a_story_told_in_the_present_with_a_step_done_in_rounds_is_still_one_time() -> None:
    result = analyze(
        "In 2021 half our honey lots failed the moisture test at the packer. I am the quality "
        "lead so this is my problem. I visit the 20 beekeepers and I see everyone extracts too "
        "early. I write one simple rule, caps 80% sealed, and I buy two refractometers for the "
        "sheds. I train the keepers in small groups, five people each time. Next season the "
        "failures go from one lot in two to one in fifteen.",
        "Tell me about a time you made a process better.",
    )
    assert result.kind == "story"
    assert result.star.situation and result.star.task and result.star.quantified_result


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        (
            "Two of my five pickers called in sick on the busiest Saturday. I went on the line "
            "myself and cut the range to the six fastest items. We shipped about 900 orders, "
            "roughly what we did the year before with everyone in.",
            "Tell me about a time you were short-staffed.",
        ),
        (
            "We had to lay forty metres of drain before the frost. I set out the levels and dug "
            "the first run myself. We finished a week early and the yard never flooded that "
            "winter.",
            "Tell me about a time you worked to a deadline.",
        ),
    ],
)
def test_an_outcome_against_the_year_before_or_with_time_to_spare_is_measured(
    answer: str, question: str
) -> None:
    result = analyze(answer, question)
    assert result.star.result and result.star.quantified_result


def test_the_team_finishing_in_the_last_days_is_how_the_story_ended() -> None:
    result = analyze(
        "In 2022 a student slipped at the trench edge by the flotation tank. I stopped the night "
        "work and moved the tank 30 metres. We finished the priority samples in the last two "
        "days.",
        "Tell me about a time you put safety first.",
    )
    assert result.star.result


def test_time_gone_by_opening_the_last_sentence_tells_where_things_stood() -> None:
    answer = (
        "When I started at the tannery the master gave me the trimming of the hides. I was "
        "cutting too deep and spoiling the edges. I counted for a week: from 50 hides I spoil "
        "9. I watched the old cutter, how he holds the blade flat, and I copied him every "
        "evening on scrap leather. After two months I spoil only 2 from 50, and the master now "
        "sends me the export order."
    )
    star = analyze(answer, "Give me an example of a time you improved how you do a task.").star
    assert star.result and star.quantified_result
