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
