"""Contradictions told in words of their own (issue 8): a length with "full" or "working"
before its unit, pay before tax by the month, the candidate's crew told by its team and by the
site it works from, and a place named as a workshop once and as the employer once."""

from __future__ import annotations

from roundtwo.analysis import analyze
from roundtwo.ledger.check import contradictions_among
from roundtwo.ledger.statements import StatedFact, Statement, facts_from_statement


def _among(*said: tuple[str, str]) -> list[tuple[str, str]]:
    facts: list[StatedFact] = []
    for n, (question, answer) in enumerate(said):
        facts.extend(facts_from_statement(Statement(chr(97 + n), answer, n + 1, "", question)))
    return [c.values for c in contradictions_among(facts)]


def test_a_number_of_full_or_working_days_is_a_length() -> None:
    claims = analyze("The cure takes two full days, then ten working days to settle.").claims
    assert [(c.kind, c.value) for c in claims] == [("duration", 172800), ("duration", 864000)]


def test_pay_before_tax_by_the_month_is_a_salary_and_a_changed_one_is_flagged() -> None:
    question = "What are your salary expectations?"
    assert _among(
        (question, "I would be looking at around 2,300 euros gross per month."),
        (question, "For me the expectation is 2,900 gross monthly."),
    )
    assert not _among(
        (question, "I would be looking at around 2,300 euros gross per month."),
        (question, "Still about 2,300 gross a month, as I said."),
    )


def test_the_crew_told_by_its_team_and_by_its_site_is_one_group() -> None:
    assert _among(
        (
            "How big is your team?",
            "In Hafnia I supervise thirty-five pickers for the Aarhus depot.",
        ),
        ("Tell me about peak.", "In Aarhus I have a team of fifty pickers, and they work nights."),
    )
    assert not _among(
        ("How big is your team?", "I supervise thirty-five pickers for the Aarhus depot."),
        ("Tell me about peak.", "The depot has 200 pickers across three shifts."),
    )


def test_a_workshop_named_once_as_the_employer_is_the_same_place() -> None:
    assert _among(
        (
            "How does a firing work?",
            "At the Dongfang workshop one glaze firing takes thirty hours.",
        ),
        (
            "Tell me about the lost batch.",
            "A glaze firing is two full days in the kiln at Dongfang.",
        ),
    )


def test_a_name_said_with_what_it_is_before_it_is_the_same_place() -> None:
    assert _among(
        ("How big is the mill?", "At Almazara El Olivar we milled about 3,000 tonnes in 2022."),
        ("What made 2022 hard?", "At El Olivar we processed 4,800 tonnes that campaign."),
    )


def test_years_running_a_charge_are_how_long_it_was_held() -> None:
    assert _among(
        ("Your background?", "I've been managing the pens at Kvarøy Fisk for three years now."),
        ("Why move?", "In my five years running the pens at Kvarøy Fisk I doubled the stock."),
    )
    assert not _among(
        ("Your background?", "I've been managing the pens at Kvarøy Fisk for three years now."),
        ("Why move?", "In my three years running the pens at Kvarøy Fisk I doubled the stock."),
    )


def test_the_team_of_another_named_place_is_another_group() -> None:
    assert not _among(
        ("Your team?", "At the Kalang toll plaza my shift has 14 collectors."),
        (
            "A busy night?",
            "At Hari Raya the Batu plaza team had 22 collectors. I was sent over from Kalang.",
        ),
    )


def test_a_sum_in_an_iso_code_and_in_its_country_s_word_is_one_currency() -> None:
    assert _among(
        (
            "Your biggest deal?",
            "The contract with Pescanova in Vigo is worth fourteen million kroner a season.",
        ),
        (
            "What nearly lost it?",
            "The Pescanova contract in Vigo, twenty-two million NOK a season.",
        ),
    )
    assert not _among(
        (
            "Your biggest deal?",
            "The contract with Pescanova in Vigo is worth fourteen million kroner a season.",
        ),
        ("What nearly lost it?", "The Pescanova contract in Vigo, fourteen million NOK a season."),
    )


def test_a_people_s_adjective_is_not_a_name() -> None:
    facts = facts_from_statement(Statement("a", "The Italian contract is worth 40,000 DKK.", 1))
    assert [(f.value, f.unit, f.entity.project) for f in facts] == [(40000.0, "DKK", "")]


def test_a_country_s_dollars_by_name_and_by_sign_are_one_currency() -> None:
    question = "What are your salary expectations?"
    assert _among(
        (question, "About eighteen thousand Namibian dollars a month."),
        (question, "My expectation is N$24,000 per month, basic."),
    )
    facts = facts_from_statement(Statement("a", "We were 40 Swiss engineers on site.", 1))
    assert [(f.kind, f.value) for f in facts] == [("count", 40.0)]


def test_people_named_by_their_work_are_counted_as_that_work() -> None:
    assert _among(
        ("Your team?", "At Taller Sol I coordinate twenty-two lace makers."),
        ("Tell me about an order.", "At Taller Sol I have like thirty-five women making lace."),
    )
    assert _among(  # "including" says who is counted in, not what they do
        ("Your crew?", "At Glyn I led a drill-and-blast crew of 14."),
        ("Who else?", "At Glyn I led the crew, twenty people including the drill operators."),
    )


def test_more_countries_money_by_name_is_money() -> None:
    question = "What are your salary expectations?"
    assert _among(
        (question, "For this role I'm looking at around 48,000 kina a year."),
        (question, "At least 60 thousand kina per year, base."),
    )
    facts = facts_from_statement(Statement("a", "The kiln cost 180 million som.", 1))
    assert [(f.kind, f.unit) for f in facts] == [("money", "SOM")]


def test_a_long_name_ending_in_its_kind_is_a_place_and_another_employer_is_another() -> None:
    assert not _among(
        ("Your sites?", "At the Mount Kenya Highland Tea Research Centre I sample 22 plots."),
        ("Before that?", "At my job with the Meru county office we had only 9 plots."),
    )


def test_a_notice_period_in_the_possessive_or_with_it_dropped_is_the_notice() -> None:
    asked = "When could you start?"
    assert _among(
        (asked, "My contract at Orrin Shipping gives one month notice, so I could join in May."),
        (asked, "At Orrin the notice is three months, so August is more realistic."),
    ) == [("one month", "three months")]
    assert not _among(
        (asked, "I owe my team a month's notice before I can move."),
        (asked, "It's a month's notice on my side, nothing more."),
    )
    said = analyze("I get four weeks' holiday and a year's notice is rare.").facts
    assert [f.subject.head for f in said if f.subject] == ["holiday", "notice"]


def test_a_year_after_in_mid_sentence_is_a_date_not_a_count() -> None:
    claims = analyze("The two owners who collected boats in 2022 never sailed before.").claims
    assert ("date", "2022") in [(c.kind, c.value) for c in claims]
    assert not _among(
        ("How many boats have you restored?", "About forty in twelve years."),
        ("Tell me about the owners.", "The two owners who collected boats in 2022 never sailed."),
    )
    assert [c.kind for c in analyze("One in 2000 patients had a reaction.").claims] == ["percent"]


def test_people_sent_to_do_one_thing_are_some_of_the_crew_not_its_size() -> None:
    from roundtwo.mock.ledger_link import find_contradictions

    said = [{"question": "How big is your team?", "answer": "Eight herders and a cook."}]

    def confronted(answer: str) -> list[tuple[str, str]]:
        found = find_contradictions(said, [], [("Tell me about lambing.", answer)])
        return [(c.earlier_value, c.new_value) for c in found]

    assert confronted("I moved lambing indoors and I put two herders to watch the flock every "
                      "night. We lost far fewer.") == []  # fmt: skip
    assert confronted("I had five herders that year, and we moved lambing indoors.") == [
        ("Eight herders", "five herders")
    ]
