"""STAR read from what the story does, in wordings of its own (issue 9 §1): an ending told as
how the thing came out ("the wall came out fine"), a delivery measured by its time ("replaced
in 30 hours"), and a step told as what was done ("What I actually did was push…")."""

from __future__ import annotations

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
