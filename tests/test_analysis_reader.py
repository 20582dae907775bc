"""The one reader on the notations people use in notes and speech."""

from __future__ import annotations

import pytest

from roundtwo.analysis import read_facts


def facts(text: str) -> list[tuple[str, float | int | str, str, str]]:
    return [
        (f.kind, f.plain_value(), f.phase or "level", f.subject_label) for f in read_facts(text)
    ]


def test_an_arrow_is_a_change_from_one_figure_to_the_next() -> None:
    assert facts("Persistent absence: 22% → 16%.") == [
        ("percent", 22, "start", "persistent absence"),
        ("percent", 16, "end", "persistent absence"),
    ]
    assert facts("Arrears 4.1% -> 2.6%.") == [
        ("percent", 4.1, "start", "arrears"),
        ("percent", 2.6, "end", "arrears"),
    ]


def test_a_bare_start_takes_the_unit_of_the_end_after_an_arrow() -> None:
    start, end = read_facts("Loss ratio: 78 → 71%.")
    assert (start.kind, start.value, start.phase) == ("percent", 78, "start")
    assert (end.kind, end.value, end.phase) == ("percent", 71, "end")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The budget was one point six million dollars.", 1_600_000),
        ("We closed it at two point four million pounds.", 2_400_000),
        ("Churn was four point five percent.", 4.5),
        ("The terminal did one point two million TEU.", 1_200_000),
    ],
)
def test_decimals_in_words(text: str, value: float) -> None:
    (fact,) = read_facts(text)
    assert fact.value == pytest.approx(value)
    assert "point" not in fact.subject_label


def test_at_this_point_is_not_a_decimal() -> None:
    (fact,) = read_facts("At this point three people left.")
    assert fact.value == 3


def test_a_notes_label_is_what_its_figure_measures() -> None:
    (base,) = read_facts("Current base: £62k.")
    assert base.salary == "current"
    assert facts("Persistent absence: 22% in 2023.")[0][3] == "persistent absence"


def test_up_to_after_a_verb_of_moving_is_where_a_change_got_to() -> None:
    assert facts("I got first-year retention up to 58 percent by the time I left.")[0][2] == "end"
    assert [f[2] for f in facts("It took our on-time rate from 81 percent up to 89 percent.")] == [
        "start",
        "end",
    ]


def test_up_to_on_its_own_is_a_bound_not_a_change() -> None:
    (fact,) = read_facts("We had up to 50 people on site.")
    assert fact.phase == ""


def test_a_bare_figure_counts_what_the_question_asked_to_count() -> None:
    (fact,) = read_facts("Four thousand, reliably.", question="How many words a day can you do?")
    assert (fact.kind, fact.value, fact.unit) == ("count", 4000, "words")
    assert fact.comparable


def test_the_question_says_whose_pay_a_bare_figure_is() -> None:
    (fact,) = read_facts("70 to 75 thousand.", question="What are your salary expectations?")
    assert (fact.kind, fact.salary) == ("money", "expectation")
    (now,) = read_facts("Twenty-eight thousand.", question="What are you on at the moment?")
    assert now.salary == "current"


def test_a_story_question_lends_no_words_to_a_figure() -> None:
    (fact,) = read_facts("A couple of weeks.", question="How do you handle tech debt?")
    assert not {"tech", "debt"} & fact.context


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("I'm on AU$165,000 base at the moment.", "AUD", 165_000),
        ("My current base is 140k Australian.", "AUD", 140_000),
        ("I'm looking for around 22 LPA fixed.", "INR", 2_200_000),
        ("The book was roughly ₹180 crore outstanding.", "INR", 1_800_000_000),
    ],
)
def test_currencies_people_say(text: str, currency: str, value: float) -> None:
    (fact,) = read_facts(text)
    assert (fact.unit, fact.value) == (currency, value)


def test_an_article_before_a_dollar_sign_is_not_a_currency() -> None:
    (fact,) = read_facts("We had a $5M budget.")
    assert fact.unit == "USD"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The extension was a two-and-a-half-year build.", "duration", 2.5 * 31_557_600),
        ("On a two-point-four-million-pound budget.", "money", 2_400_000),
        ("It was a 2.4 million pound feature.", "money", 2_400_000),
    ],
)
def test_numbers_said_as_adjectives(text: str, kind: str, value: float) -> None:
    (fact,) = read_facts(text)
    assert (fact.kind, fact.value) == (kind, pytest.approx(value))


def test_a_weight_is_not_money() -> None:
    (fact,) = read_facts("We carried a 10-pound bag.")
    assert fact.kind == "count"


def test_a_count_told_over_a_period_a_few_words_on_is_a_rate() -> None:
    (fact, _) = read_facts(
        "We process about 1,200 tonnes of mixed recyclables a week, on two shifts."
    )
    assert (fact.kind, fact.unit, fact.value) == ("rate", "kg/week", 1_200_000)
    (hired,) = read_facts("I hired 12 engineers a year ago.")
    assert hired.kind == "count"


def test_an_age_group_is_not_a_count() -> None:
    (fact,) = read_facts("The under-16 squad was only eighteen lads.")
    assert fact.value == 18


def test_a_group_so_many_strong_counts_people() -> None:
    (fact,) = read_facts("The group I ran was 16 strong.")
    assert (fact.value, fact.unit) == (16, "people")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Emberfall came out on Steam in March 2021.", "ship"),
        ("We put the Nordic range on sale in autumn 2023.", "ship"),
        ("I took up the bursar post at Fernhill in January 2019.", "join"),
    ],
)
def test_what_a_date_is_the_date_of(text: str, event: str) -> None:
    (fact,) = read_facts(text)
    assert fact.subject is not None and fact.subject.head == event


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("I joined Calloway Firth's legal ops team in March 2019.", "Calloway Firth"),
        ("In my five years at Greystone I've gone from negotiator to manager.", "Greystone"),
        ("Joined Sunrise HC Jan 2018.", "Sunrise HC"),
        ("I manage fourteen paralegals at Pembury Lane. Two are trainees.", "Pembury Lane"),
        ("In my current job as Senior Registrar at Wexcombe I handle loans.", "Wexcombe"),
    ],
)
def test_company_names_end_where_the_name_ends(text: str, company: str) -> None:
    assert read_facts(text)[0].entity.company == company


def test_one_company_said_in_full_and_in_short() -> None:
    from roundtwo.analysis.entities import Entity

    for short, full in [
        ("Wellcare", "Elm Road Wellcare"),
        ("Sunrise HC", "Sunrise Homecare"),
        ("Brackley DC", "Brackley District Council"),
    ]:
        assert Entity(company=short).compatible(Entity(company=full))
    assert not Entity(company="Northwind Traders").compatible(Entity(company="Northwind Health"))


def test_a_million_and_a_half() -> None:
    (fact,) = read_facts("It has done a million and a half downloads.")
    assert fact.value == 1_500_000


def test_an_abbreviated_year_is_not_a_count() -> None:
    facts_read = read_facts("Greenfield '22 stewarding: 140 stewards.")
    assert [f.value for f in facts_read] == [140]


def test_a_goal_told_at_length_is_not_a_fact() -> None:
    (fact, _) = read_facts("Our goal for the second phase was to cut churn by 15% nationwide.")
    assert fact.stance == "unreal"


def test_it_was_after_a_topic_is_about_the_topic() -> None:
    (fact, _) = read_facts(
        "First-year donor retention. It was 42% when I left, above the sector's 20."
    )
    assert "retent" in fact.context


@pytest.mark.parametrize(
    "text",
    ["I did four years at Calder Valley Hospitals.", "Said: 7 yrs at Calder Valley Hospitals."],
)
def test_years_at_a_place_told_in_other_words_are_tenure(text: str) -> None:
    (fact,) = read_facts(text)
    assert fact.subject is not None and fact.subject.caption == "tenure"


def test_a_figure_corrected_on_the_spot_is_replaced_by_the_correction() -> None:
    first, second = read_facts("I had twelve, I mean fourteen engineers.")
    assert (first.stance, second.stance, second.value) == ("corrected", "", 14)
    told, corrected, _ = read_facts("The terminal handled 1.1 — sorry, 1.2 million TEU in 2023.")
    assert told.stance == "corrected" and corrected.value == 1_200_000
    assert [f.stance for f in read_facts("We had 12 engineers and 3 designers.")] == ["", ""]


def test_tenure_told_now_is_a_tenure_not_a_change() -> None:
    (fact,) = read_facts("I've been with Greystone Estates for seven years now.")
    assert fact.subject is not None and fact.subject.caption == "tenure"
    assert fact.phase == ""


def test_landed_at_is_where_it_ended() -> None:
    (fact,) = read_facts("We landed at 31%, which is where the owners wanted it.")
    assert fact.phase == "end"


def test_a_hyphenated_noun_ending_in_up_is_not_a_rise() -> None:
    start, end = read_facts("Gift Aid sign-up 38% → 61% of donated items.")
    assert (start.phase, end.phase) == ("start", "end")


def test_a_date_answering_a_when_question_is_the_date_asked_about() -> None:
    (fact,) = read_facts(
        "In the summer of 2018, straight from my apprenticeship.",
        question="When did you first join Harlow?",
    )
    assert fact.subject is not None and fact.subject.head == "join"


def test_it_in_an_answers_first_sentence_is_what_the_question_named() -> None:
    (fact,) = read_facts("It was in July 2023.", question="Talk me through the first dosing.")
    from roundtwo.analysis.reading import lemma, stem

    assert stem(lemma("dosing")) in fact.context


def test_words_of_when_are_not_what_a_number_counts() -> None:
    (pay, _) = read_facts("I'm on twenty-eight thousand now, so I'd want about thirty-four.")
    assert (pay.kind, pay.salary) == ("money", "current")
    (team,) = read_facts("We're ten now.")
    assert team.unit is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Helix Health IT: 6 yrs, 2nd line → desk lead.", "Helix Health IT"),
        ("So I was at The Larder for, uh, three years before events catering.", "Larder"),
        ("Ops manager at Bluewave Holidays, 4 yrs; 60 resorts.", "Bluewave Holidays"),
    ],
)
def test_tenure_in_notes_and_speech(text: str, company: str) -> None:
    fact = read_facts(text)[0]
    assert fact.subject is not None and fact.subject.caption == "tenure"
    assert fact.entity.company == company


def test_a_measure_told_as_a_notes_label_is_not_a_place() -> None:
    (start, _) = read_facts("Persistent Absence: 22% → 16%.")
    assert start.entity.empty and start.subject_label == "persistent absence"


def test_a_bare_length_answering_how_long_at_a_place_is_tenure() -> None:
    (fact,) = read_facts("Six and a half years.", question="How long were you at Marlowe & Finch?")
    assert fact.subject is not None and fact.subject.caption == "tenure"
    assert fact.entity.company == "Marlowe & Finch"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Kettering branch handled around 250 funerals annually.", "funerals/year"),
        ("Annual admissions were around 640,000.", "/year"),
    ],
)
def test_counts_over_a_year_said_otherwise_are_rates(text: str, unit: str) -> None:
    (fact,) = read_facts(text)
    assert (fact.kind, fact.unit) == ("rate", unit)


def test_a_named_route_is_a_place() -> None:
    (fact,) = read_facts("On the Kingsmoor route we averaged 40 signal failures a month.")
    assert fact.entity.site == "Kingsmoor route"


def test_units_of_measure_are_one_quantity_in_one_unit() -> None:
    (mw,) = read_facts("Last year we commissioned 2.4 megawatts of residential solar.")
    (kw,) = read_facts("We put in around 1,500 kW of residential systems last year.")
    assert (mw.unit, mw.value, kw.unit, kw.value) == ("watt", 2_400_000, "watt", 1_500_000)


def test_i_had_is_not_i_would() -> None:
    (fact,) = read_facts("Once I'd rebuilt the CIP regime we dumped less than 1% of batches.")
    assert fact.stance == ""
    (hope,) = read_facts("I'd hire five more engineers.")
    assert hope.stance == "unreal"


def test_expectations_on_pay_ask_for_the_expectation() -> None:
    (fact,) = read_facts(
        "For fixed pay I'm thinking ₹18 to 20 lakh.", question="What are your expectations on pay?"
    )
    assert fact.salary == "expectation"


def test_halved_and_doubled_are_changes_of_what_follows() -> None:
    (halved, _) = read_facts("The SMS reminders halved our no-shows within a quarter.")
    assert (halved.kind, halved.value, halved.phase) == ("percent", 50, "delta")
    assert halved.subject_label == "no-shows"


def test_a_goal_said_as_a_level_is_not_a_fact_but_a_target_met_is() -> None:
    (goal, _) = read_facts("Our goal at Pawsbury was 90% occupancy every August.")
    assert goal.stance == "unreal"
    (met,) = read_facts("We hit our target of 95% on-time.")
    assert met.stance == ""


def test_a_first_sentence_figure_is_about_what_the_question_asked() -> None:
    (fact,) = read_facts("About £310k all told.", question="What did the furnace rebuild cost?")
    assert "furnac" in fact.context
    (left,) = read_facts(
        "Uh, March 2023, just after the sale.", question="When did you finish at KeyRight?"
    )
    assert left.subject is not None and left.subject.head == "leave"


def test_pay_told_per_year_is_pay() -> None:
    (fact,) = read_facts("I currently earn 54,000 a year.")
    assert (fact.kind, fact.salary) == ("money", "current")


def test_a_figure_a_sentence_supposes_is_not_a_fact() -> None:
    (fact, *_) = read_facts("With ten mechanics I would put four on the gondola.")
    assert fact.stance == "unreal"
    (stated, *_) = read_facts("With thirty-one techs I could run a fair on-call rota.")
    assert stated.stance == ""


def test_a_fraction_of_a_million() -> None:
    (fact,) = read_facts("Annual output was a quarter of a million litres.")
    assert (fact.value, fact.unit) == (250_000, "litre")


def test_the_bare_end_of_a_change_is_measured_as_its_start() -> None:
    start, end = read_facts("We cut unplanned downtime from 120 hours a season to 30.")
    assert start.phase == "start"
    assert (end.kind, end.value) == ("duration", 30 * 3600)
    assert end.phase == "end"


def test_a_share_of_a_group_that_does_something_is_a_share_of_the_group() -> None:
    """ "90% of our bulletins go out…", "a quarter of my new clients book…": the share is of
    the bulletins and the clients, whichever verb follows, as "85% of my students passed"."""
    shares = [read_facts(t)[0].key for t in ("About 90% of our bulletins go out on time.",
              "About a quarter of my new clients book a second consultation.",
              "Half of my new clients come back for a second consultation.")]  # fmt: skip
    assert shares == ["percent:bulletin", "percent:customer", "percent:customer"]


def test_a_year_naming_one_of_several_is_a_date_and_an_initial_ends_no_clause() -> None:
    build = read_facts("At Revontuli the 2023 build took six weeks, with a crew of 22.")
    assert [(f.kind, f.plain_value()) for f in build] == [
        ("date", "2023"),
        ("duration", 3628800),
        ("count", 22),
    ]
    assert read_facts("We treated the 2000 patients.")[0].kind == "count"
    cut = read_facts("I cut our E. coli retest failures by 30% in 2022.")[0]
    assert (cut.kind, cut.value, cut.phase) == ("percent", 30, "delta")


def test_a_name_ends_at_the_end_of_its_sentence() -> None:
    from roundtwo.analysis.mentions import mentions

    found = mentions("We played at the Savannah. At Bluebasin I had my tuning team of five.")
    assert [m.entity.company for m in found] == ["Savannah", "Bluebasin"]


def test_words_in_any_script_are_words() -> None:
    from roundtwo.analysis.text import tokenize

    assert [t.text for t in tokenize("Zürich, Chênes, Málaga") if t.kind == "word"] == [
        "Zürich",
        "Chênes",
        "Málaga",
    ]
    assert read_facts("At Zürich Versicherung I led 12 engineers.")[0].entity.company == (
        "Zürich Versicherung"
    )


def test_a_span_between_two_months_is_a_length_too() -> None:
    months = 2629800
    spans = {
        "I was there from March 2021 to June 2022.": 15,
        "We hauled her out in March and she went back in the water the following June.": 15,
        "I was on it from the first week of September to the end of the following August.": 12,
    }
    for text, length in spans.items():
        lengths = [f for f in read_facts(text) if f.kind == "duration"]
        assert [round(f.value / months) for f in lengths] == [length], text
        assert lengths[0].subject is None and lengths[0].approximate
    assert [f.kind for f in read_facts("In March we started and in June we finished.")] == [
        "date",
        "date",
    ]


def test_a_year_said_in_words_is_a_date() -> None:
    from roundtwo.analysis import analyze

    said = {
        "I took over the kiln in autumn twenty twenty-one.": "2021",
        "We moved the herd in March twenty nineteen.": "2019-03",
        "I have worked there since two thousand and nine.": "2009",
        "In nineteen ninety-eight the mill closed.": "1998",
    }
    for text, value in said.items():
        dates = [c.value for c in analyze(text).claims if c.kind == "date"]
        assert dates == [value], text
    counts = [(c.kind, c.value) for c in analyze("We carried twenty twenty-kilo bags.").claims]
    assert counts == [("count", 20)]
