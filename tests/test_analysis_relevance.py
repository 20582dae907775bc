"""Relevance read from what the story does (issue 9 §1), in wordings of their own: a look back
that changes nothing, the team's part where the candidate's own was asked, a failure hedged
away, a peer for a manager, teaching for learning, a department for a team, and a difficult
customer shown in a scene rather than in the question's words."""

from __future__ import annotations

import pytest

from roundtwo.analysis import analyze


def _fit(question: str, answer: str) -> str:
    return analyze(answer, question).relevance.verdict


def test_a_look_back_that_names_nothing_to_change_is_partly_on_topic() -> None:
    question = "Looking back at the depot move, what would you do differently?"
    praise = (
        "Honestly it went really well. We moved 3,000 pallets over two weekends, the team "
        "was brilliant and the client signed the contract extension straight after."
    )
    change = (
        "I'd have brought the racking supplier in a month earlier. We moved 3,000 pallets over "
        "two weekends, but two aisles were late and that cost us a Saturday of overtime."
    )
    result = analyze(praise, question)
    assert (result.relevance.verdict, result.score <= 2) == ("partly", True)
    assert _fit(question, change) == "on_topic"


def test_the_team_s_part_where_the_candidate_s_own_was_asked_is_partly_on_topic() -> None:
    question = "When the flood hit the archive, what did you personally do?"
    ours = (
        "That was a long week. We got the boxes off the bottom shelves by midnight, we hired "
        "dehumidifiers, and we froze the wettest files at the cold store. We saved nearly all "
        "of the parish registers."
    )
    mine = (
        "I got the boxes off the bottom shelves myself by midnight, I hired dehumidifiers, and "
        "I froze the wettest files at the cold store. We saved nearly all of the registers."
    )
    assert _fit(question, ours) == "partly"
    assert _fit(question, mine) == "on_topic"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Tell me about a time you failed.",
            "I wouldn't call it failing exactly. The hardest job I had was the church roof in "
            "2019: I planned the scaffold, sourced the slate and finished two weeks early.",
        ),
        (
            "Tell me about a time you disagreed with your manager.",
            "I disagreed with my colleague Priya, the other buyer, about a supplier: I pulled "
            "three years of defect data, proposed a trial order, and we switched after it passed.",
        ),
        (
            "Tell me about a time you had to learn a new skill fast.",
            "When the new kiln arrived I was asked to train the two apprentices on it. I showed "
            "them how to load it and checked their firings every day for a month; losses fell "
            "from twelve pots a week to three.",
        ),
    ],
)
def test_another_kind_of_story_for_the_one_asked_is_partly_on_topic(
    question: str, answer: str
) -> None:
    assert _fit(question, answer) == "partly"


def test_the_department_for_the_team_you_worked_in_is_partly_on_topic() -> None:
    question = "How big was the team you worked in?"
    answer = "The whole planning department is about 300 people, and the council is over 6,000."
    assert _fit(question, answer) == "partly"


def test_a_difficult_customer_shown_in_a_scene_is_on_topic_and_a_process_story_is_not() -> None:
    question = "Tell me about a time you dealt with an angry customer."
    scene = (
        "A builder rang at seven shouting that we'd delivered the wrong blocks and his crew was "
        "standing idle. I checked the ticket while he was on the phone, sent our spare lorry "
        "with the right load by nine and credited the first delivery. He still orders from us."
    )
    process = (
        "At the yard our delivery notes were handwritten. I set up tablets for the drivers, "
        "wrote the forms and trained six drivers, and paperwork errors fell by half."
    )
    assert _fit(question, scene) == "on_topic"
    assert _fit(question, process) == "off_topic"


def test_work_set_aside_for_pride_outside_it_is_off_topic() -> None:
    question = "What piece of work are you proudest of?"
    away = "At work, honestly not much, it's a job. What I'm proud of is my Dublin marathon."
    assert _fit(question, away) == "off_topic"


def test_onboarding_others_for_learning_and_a_department_for_a_team_are_partly_on_topic() -> None:
    assert (
        _fit(
            "Tell me about a time you had to learn something new quickly.",
            "Last spring we took on two apprentices and I had to get them up to speed on the new "
            "lathe. I wrote them a one-page guide and checked their parts every day for a month.",
        )
        == "partly"
    )
    assert (
        _fit(
            "How big was the team you worked in?",
            "The maintenance department was big, about 180 people with the contractors.",
        )
        == "partly"
    )


def test_something_breaking_shows_what_went_wrong() -> None:
    assert (
        _fit(
            "Tell me about a time a field trip went wrong.",
            "March 2022 on the glacier, a storm snapped one of our two survey masts while we were "
            "out. I moved the group to the hut, radioed base and we finished the readings with the "
            "spare mast two days later.",
        )
        == "on_topic"
    )


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        (
            "Tell me about a time you had to give your crew bad news.",
            "The best thing I did last year was opening the second yard. I found the site, hired "
            "nine people and it turned over €400,000 in six months.",
            "off_topic",
        ),
        (
            "Tell me about a time you raised something you thought was wrong.",
            "On night shift a driver asked me to sign off a trailer with a cracked coupling. I "
            "told him I could not sign it and I rang the transport manager, who took it off the "
            "road.",
            "on_topic",
        ),
        (
            "Tell me about a time you disagreed with your manager.",
            "With Okafor, the other planner, I disagreed about the Christmas rota. I pulled two "
            "years of sickness data and we split the nights differently.",
            "partly",
        ),
        (
            "How many welders reported to you directly?",
            "Our unit was quite big, about 300 people with the fitters and the painters.",
            "partly",
        ),
    ],
)
def test_relevance_of_swaps_refusals_peers_and_wholes(
    question: str, answer: str, verdict: str
) -> None:
    assert _fit(question, answer) == verdict


def test_counting_by_hand_shows_data_and_a_why_us_speech_for_a_story_is_off_topic() -> None:
    assert (
        _fit(
            "Give me one example where you used data to change a decision.",
            "The owner wanted to double the dough we made every night. For four weeks I noted down "
            "how many kilos we made, how many we sold and how much we threw away, and showed him "
            "we were binning a fifth of it. He kept the batch the same.",
        )
        == "on_topic"
    )
    assert (
        _fit(
            "Tell me about a time you caught a mistake in the till.",
            "The reason I want this job is that I love people and your brand is everywhere. I've "
            "never missed a shift and I want to grow into a manager one day.",
        )
        == "off_topic"
    )


def test_people_fighting_or_blaming_each_other_is_a_conflict_shown() -> None:
    question = "Tell me about a time you settled a conflict between two of your crew."
    fought = (
        "In March two of my deckhands were fighting over the night watch, and each one said the "
        "other slept through his turn. I set a signed watch log, swapped one to days and talked "
        "to both. Since then the log is signed every night."
    )
    assert _fit(question, fought) == "on_topic"


def test_a_short_story_leaves_the_asked_subject_implied_and_is_not_about_something_else() -> None:
    question = "Give me an example of a house move that went wrong and what you did about it."
    assert _fit(question, "I rang the removal firm, rebooked the van, found the keys at the "
                "agent and the family slept there that night.") == "on_topic"  # fmt: skip


def test_a_short_reply_about_starting_and_getting_there_does_not_say_why_us() -> None:
    assert (
        _fit(
            "What attracts you to this role with us?",
            "I'm available from the second week of May and I have my own van, so the early "
            "rounds are fine by me.",
        )
        == "off_topic"
    )


def test_pride_set_aside_at_work_for_something_outside_it_is_off_topic() -> None:
    assert (
        _fit(
            "What's the achievement you're proudest of?",
            "At work? Not so much, it's the same deliveries every week. What I'm proudest of is "
            "swimming the Lough Derg crossing last July after a winter of training in the dark.",
        )
        == "off_topic"
    )


def test_a_speech_of_passion_for_a_knowledge_question_answers_another_question() -> None:
    assert (
        _fit(
            "How do you tell a cracked weld from a cold lap on an ultrasound trace?",
            "Honestly welding has been my passion since I was a teenager in my uncle's garage, "
            "and I would give this yard every ounce of that energy from day one.",
        )
        == "off_topic"
    )


def test_two_parties_each_wanting_something_else_is_the_conflict_asked_for() -> None:
    question = "Tell me about a time you had to balance demands that pulled in two directions."
    answer = (
        "In 2022 the parish council wanted the bells rung for the jubilee weekend, and the "
        "diocesan surveyor wanted the frame left alone until the new bearings were in. I was "
        "tower captain, so I met both at the tower, showed them the wear on the gudgeons and "
        "proposed we ring four of the eight bells, the lighter ones, and we did."
    )
    assert _fit(question, answer) == "on_topic"


def test_a_party_named_in_the_question_is_shown_by_their_scene_not_their_name() -> None:
    question = "Tell me about a hazard that was reported to you by a visitor."
    answer = (
        "A man stopped me by the lock to say the railing by the weir was loose and his "
        "daughter had leaned on it. I taped the section off at once, fetched two barriers from "
        "the depot and rang the maintenance team, who bolted a new post in by four."
    )
    assert _fit(question, answer) == "on_topic"
