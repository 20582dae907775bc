"""Which pairs the interviewer confronts live (roundtwo.mock.ledger_link): the same measured
thing told in other words, and a site named inside its employer, are held together; two sites
named apart are not."""

from __future__ import annotations

from roundtwo.mock.ledger_link import find_contradictions

_ASKED = "Tell me about the work you do now."


def _found(round_one: str, question: str, answer: str) -> list[tuple[str, str]]:
    said = [{"question": _ASKED, "answer": round_one}]
    return [
        (c.earlier_value, c.new_value) for c in find_contradictions(said, [], [(question, answer)])
    ]


def test_a_site_named_inside_its_employer_is_the_place_told_of_later() -> None:
    round_one = (
        "I manage the Kestrel Point depot for Halden Freight. We dispatch 300 pallets a day."
    )
    told = (
        "At Kestrel Point we were dispatching nearly 600 pallets a day, and in the storm week the "
        "yard flooded. I moved the loading to the north bays and we kept going."
    )
    assert _found(round_one, "Tell me about a hard week.", told) == [
        ("300 pallets a day", "nearly 600 pallets a day")
    ]


def test_another_site_told_of_beside_the_first_is_not_confronted() -> None:
    round_one = (
        "I manage the Kestrel Point depot for Halden Freight. We dispatch 300 pallets a day."
    )
    told = ("In the storm week the Ormsby yard was dispatching 600 pallets a day and their "
            "forklifts went down. I was sent over from Kestrel Point, I borrowed two trucks and we "
            "kept going.")  # fmt: skip
    assert _found(round_one, "Tell me about a hard week.", told) == []


def test_one_length_told_as_a_noun_and_as_a_verb_is_confronted() -> None:
    round_one = "When I took over at Calder Labs, sample turnaround was five days."
    told = ("When I took over at Calder we were turning samples round in about three days, and "
            "the real problem was the courier.")  # fmt: skip
    assert _found(round_one, "What went wrong?", told) == [("five days", "about three days")]


def test_the_post_held_now_told_larger_in_a_story_is_confronted() -> None:
    round_one = "At Haldane Mills I'm a senior buyer in the yarn department."
    told = ("As head buyer at Haldane I negotiated the whole wool contract myself and moved two "
            "suppliers onto quarterly pricing.")  # fmt: skip
    found = _found(round_one, "Tell me about a negotiation.", told)
    assert [(a.lower(), b.lower()) for a, b in found] == [("senior buyer", "head buyer")]


def test_a_lower_post_told_in_a_story_is_an_older_one_not_a_contradiction() -> None:
    round_one = "At Haldane Mills I'm a senior buyer in the yarn department."
    told = ("As assistant buyer at Haldane I ran the sample room and logged every delivery "
            "against the order.")  # fmt: skip
    assert _found(round_one, "Tell me about your first year.", told) == []


def test_rank_is_read_from_the_words_of_the_post() -> None:
    from roundtwo.analysis.titles import outranks, rank

    assert rank("harbour master") == rank("team lead") == 1  # the post, not a rank of it
    assert rank("assistant chief engineer") == 0  # the first rank word governs the rest
    assert outranks("chief engineer", "senior engineer")
    assert outranks("night shift supervisor", "assistant supervisor")
    assert not outranks("deputy ward sister", "ward sister")


def test_a_post_told_with_since_is_held_now_and_with_a_past_step_was_held_then() -> None:
    from roundtwo.ledger.statements import Statement, facts_from_statement

    def post(text: str) -> str:
        facts = facts_from_statement(Statement("m0", text, 2, "", "Tell me about a dispute."))
        titles = [f for f in facts if f.kind == "title"]
        return titles[0].subject.head if titles and titles[0].subject else ""

    assert post("As site manager at Kelso since 2019, I sign every permit.") == "title:current"
    assert post("As site manager at Kelso since 2019, I signed the permits.") == "title:current"
    assert post("As site manager at Kelso I ran the permit desk for a year.") == "title:held"


def test_posts_of_two_lines_of_work_are_not_ranked_against_each_other() -> None:
    from roundtwo.analysis.titles import outranks

    assert not outranks("senior quality engineer", "quality engineering manager")
    assert not outranks("head of the paper lab", "senior conservator")


def test_a_squared_figure_tells_no_story_to_probe_for_its_stakes() -> None:
    from roundtwo.mock.contract import decide

    payload = {
        "transcript": [
            {"question": "Let's talk about pay. What are you hoping for in this post?",
             "answer": "I'm looking at 41,000 pounds.", "topic": "pay"},
            {"question": "In the first round you told us 36 to 38 thousand; today I hear 41,000. "
                         "Help me reconcile those.",
             "answer": "That's fair, I should have said. Since we spoke I finished my HGV class "
                       "one licence, and the post now covers the night trunking, which wasn't in "
                       "the first advert. 41 reflects that, and I can be flexible.",
             "topic": "pay"},
        ],
        "max_questions": 12,
        "context": {"level": "mid", "company": "Brackley Haulage", "round_one": [
            {"question": "What are your salary expectations?",
             "answer": "I'd be looking for 36 to 38 thousand a year."}]},
    }  # fmt: skip
    got = decide(payload)
    assert got["probe"] not in ("situation", "result", "ownership", "metric"), got


def test_a_count_in_one_unit_is_a_part_of_the_count_spread_over_all_of_them() -> None:
    round_one = "At Moorside Infirmary we run with 40 porters across four wards."
    one = "At Moorside I had nine porters on my ward, so I rebuilt the rota around them."
    spread = "At Moorside I had 52 porters across the four wards, so I rebuilt the whole rota."
    assert _found(round_one, "Tell me about the rota.", one) == []
    assert _found(round_one, "Tell me about the rota.", spread) == [("40 porters", "52 porters")]
