"""Numbers and claims as people say them: words, money, percents, durations, dates, ranges."""

from __future__ import annotations

import pytest

from roundtwo.analysis.claims import Claim, extract_claims
from roundtwo.analysis.numbers import to_number

MONTH = 2629800
YEAR = 31557600


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five", 5),
        ("a dozen", 12),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("half a million", 500_000),
        ("1,5 million", 1_500_000),
        ("1.5e6", 1_500_000),
        ("40k", 40_000),
        ("1.2M", 1_200_000),
        ("1,200", 1200),
        ("1.200.000", 1_200_000),
        ("one hundred and twenty", 120),
        ("three thousand five hundred", 3500),
        ("two and a half million", 2_500_000),
        ("two dozen", 24),
        ("one and a half", 1.5),
    ],
)
def test_numbers_in_words_and_digits(text: str, value: float) -> None:
    assert to_number(text) == value


@pytest.mark.parametrize("text", ["", "hello", "1.2.3", "five apples"])
def test_what_is_not_one_number(text: str) -> None:
    assert to_number(text) is None


def only(text: str) -> Claim:
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("I led five engineers.", "count", 5, "engineers"),
        ("We cut latency by 40%.", "percent", 40, "%"),
        ("It grew forty percent.", "percent", 40, "%"),
        ("a 5 percentage points lift", "percent", 5, "pp"),
        ("We saved $1.2M.", "money", 1_200_000, "USD"),
        ("It cost €40k.", "money", 40_000, "EUR"),
        ("They paid 1.2 million dollars.", "money", 1_200_000, "USD"),
        ("a budget of £250,000", "money", 250_000, "GBP"),
        ("It took 18 months.", "duration", 18 * MONTH, "s"),
        ("It took a year and a half.", "duration", 1.5 * YEAR, "s"),
        ("over half a year", "duration", 0.5 * YEAR, "s"),
        ("It ran for 180 minutes.", "duration", 10800, "s"),
        ("40 calls a day", "rate", 40, "calls/day"),
        ("twice a week", "rate", 2, "times/week"),
        ("It was 3x faster.", "rate", 3, "x"),
        ("We doubled signups.", "rate", 2, "x"),
        ("roughly one release in five", "percent", 20, "%"),
    ],
)
def test_claim_kinds_values_and_units(text: str, kind: str, value: float, unit: str) -> None:
    claim = only(text)
    assert (claim.kind, claim.unit) == (kind, unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We launched in Q2 2023.", "2023-Q2"),
        ("It shipped in May 2023.", "2023-05"),
        ("On March 14, 2022 the site went down.", "2022-03-14"),
        ("I joined in 2019.", "2019"),
        ("That was FY23.", "FY2023"),
        ("from 2019 to 2021", "2019/2021"),
    ],
)
def test_dates_and_quarters(text: str, value: str) -> None:
    claim = only(text)
    assert (claim.kind, claim.value) == ("date", value)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("five engineers", "5 engineers"),
        ("$1.2M", "1.2 million dollars"),
        ("18 months", "a year and a half"),
        ("six months", "half a year"),
        ("40%", "forty percent"),
        ("180 minutes", "three hours"),
        ("14 days", "two weeks"),
        ("40,000 users", "40k users"),
        ("1,5 million users", "1.5e6 users"),
    ],
)
def test_paraphrases_normalise_to_the_same_value(a: str, b: str) -> None:
    first, second = only(a), only(b)
    assert (first.kind, first.unit) == (second.kind, second.unit)
    assert first.value == pytest.approx(second.value)


def test_approximations_and_ranges() -> None:
    assert only("about 40 people").approximate
    assert only("~40 people").approximate
    assert only("40+ people").approximate
    assert not only("40 people").approximate
    ranged = only("between 10 and 15% of tickets")
    assert ranged.to_json()["range"] == [10, 15]
    assert ranged.approximate and ranged.value == 12.5
    money = only("$1-2M a year")
    assert money.to_json()["range"] == [1_000_000, 2_000_000]


def test_subjects_say_what_is_counted_or_measured() -> None:
    assert only("I managed five engineers on the payments team.").subject == (
        "engineers on the payments team"
    )
    assert only("We cut checkout latency by 40%.").subject == "checkout latency"
    assert only("a churn rate of 8%").subject == "churn rate"
    assert only("40% of tickets were duplicates").subject == "tickets"


def test_a_change_over_time_is_two_claims_about_the_same_thing() -> None:
    claims = extract_claims("The team grew from four people to nine.")
    assert [(c.value, c.unit) for c in claims] == [(4, "people"), (9, "people")]
    weeks = extract_claims("We shipped in three weeks instead of six.")
    assert [c.value for c in weeks] == [3 * 604800, 6 * 604800]


@pytest.mark.parametrize(
    "text",
    [
        "I had a one-on-one with her.",
        "one of the nurses said no one else could",
        "Three years ago I joined.",
        "an 82-year-old patient",
        "p95 latency on Elasticsearch 5",
        "a Year 9 class at 9:30 am",
        "an N+1 query",
        "Two summers ago I did a routine inspection.",
        "He did it again in round eleven, so I applied the penalty.",
        "We were in year two of the contract.",
        "The compressor on chamber 4 tripped, so we moved the fish into chamber 2, which had "
        "space.",
    ],
)
def test_labels_ages_and_relative_dates_are_not_claims(text: str) -> None:
    assert extract_claims(text) == []


def test_titles_and_scope() -> None:
    kinds = {(c.kind, c.value) for c in extract_claims(
        "I was promoted to senior engineer and rolled it out company-wide."
    )}  # fmt: skip
    assert ("title", "senior engineer") in kinds
    assert ("scope", "company-wide") in kinds


def test_spans_point_at_the_quoted_text() -> None:
    text = "We hired 3 engineers in Q4 2022 for about $1.2M and cut churn by 5%."
    for claim in extract_claims(text):
        assert text[claim.start : claim.end] == claim.text


def found(text: str, kind: str | None = None) -> list[Claim]:
    return [c for c in extract_claims(text) if kind is None or c.kind == kind]


def test_a_team_of_five_counts_the_team() -> None:
    (claim,) = found("I managed a team of five.")
    assert (claim.kind, claim.value, claim.subject) == ("count", 5, "team")
    (engineers,) = found("I managed a team of five engineers.")
    assert engineers.value == 5 and engineers.subject == "engineers on the team"


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("The offer was 85 to 95k base.", 90_000, 85_000, 95_000),
        ("My current salary is 78k.", 78_000, None, None),
        ("They're offering 78k plus bonus.", 78_000, None, None),
        ("We closed a 500k deal.", 500_000, None, None),
        ("We signed a contract worth 1,5 million.", 1_500_000, None, None),
    ],
)
def test_money_without_a_currency_sign_has_no_invented_currency(
    text: str, value: float, low: float | None, high: float | None
) -> None:
    (claim,) = found(text)
    assert (claim.kind, claim.value, claim.unit, claim.low, claim.high) == (
        "money", value, None, low, high
    )  # fmt: skip


def test_a_dollar_sign_makes_usd_and_a_plain_count_stays_a_count() -> None:
    (dollars,) = found("We closed a $500k deal.")
    assert (dollars.kind, dollars.value, dollars.unit) == ("money", 500_000, "USD")
    (signups,) = found("We saw a 5k increase in signups.")
    assert signups.kind == "count"


def test_p99_names_what_is_measured_and_is_not_a_quantity() -> None:
    claims = found("I cut p99 latency from 800 ms to 200 ms.")
    assert [(c.kind, c.value, c.subject) for c in claims] == [
        ("duration", 0.8, "p99 latency"),
        ("duration", 0.2, "p99 latency"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("As head of sales enablement I saw that our reps differed.", "head of sales enablement"),
        ("As head of English I noticed our reading ages were low.", "head of english"),
        ("I was promoted to director of nursing in 2020.", "director of nursing"),
        ("I became VP of Engineering at Acme.", "vp of engineering"),
        ("I was promoted to senior engineer last year.", "senior engineer"),
        ("At Gatwick I was a Duty Operations Manager for three years.", "duty operations manager"),
        ("I was the Pharmacist in Charge at Greenleaf.", "pharmacist in charge"),
        ("For three years I was a Case Manager II at Northside.", "case manager ii"),
        ("My title at Kessler Components is senior quality engineer.", "senior quality engineer"),
        ("I was the imaging core's lab manager at Wexford.", "lab manager"),
        ("Current title: Senior Underwriter, Commercial Liability.", "senior underwriter"),
        ("Hangar Shift Supervisor at Skyline. I run the day shift.", "hangar shift supervisor"),
        ("Saltline Audio (2020–23): Head of Audio. Ran 3 shows.", "head of audio"),
        ("I left the Midland Courier as news editor.", "news editor"),
        (
            "My final role at Roadstar was Regional Operations Director.",
            "regional operations director",
        ),
    ],
)
def test_job_titles_are_title_claims(text: str, title: str) -> None:
    assert [c.value for c in found(text, "title")] == [title]


def test_hoping_to_grow_as_a_teacher_is_not_a_title_held() -> None:
    assert not found("I want a school where I can grow as a teacher.", "title")


@pytest.mark.parametrize(
    "text",
    [
        "I was really nervous, and I was responsible for the budget.",
        "As the team grew I was a bit of a perfectionist.",
        "I was the only developer, so I talked to three volunteers first.",
        "The lab manager post went to someone else; the associate director role is my hope.",
        "I was there for three years. I'm a big believer in pairing.",
    ],
)
def test_words_after_i_was_that_are_not_a_post(text: str) -> None:
    assert not found(text, "title")


def test_european_decimal_comma_and_scientific_notation() -> None:
    (euros,) = found("Revenue grew to 1,5 million euros.")
    assert (euros.kind, euros.value, euros.unit) == ("money", 1_500_000, "EUR")
    (records,) = found("We processed 1.5e6 records a day.")
    assert (records.kind, records.value) == ("rate", 1_500_000)


def test_the_first_end_of_a_change_takes_the_unit_of_the_second() -> None:
    claims = found("We grew revenue from zero to $6M ARR.")
    assert [(c.kind, c.value) for c in claims] == [("money", 0), ("money", 6_000_000)]
    days = found("Delivery times fell from four days to one.")
    assert [(c.kind, c.value) for c in days] == [("duration", 4 * 86400), ("duration", 86400)]
    units = found("The account grew from one business unit to three.")
    assert [(c.kind, c.value) for c in units] == [("count", 1), ("count", 3)]


def test_shares_labels_and_parts() -> None:
    assert [(c.kind, c.value) for c in found("We tested it on half of new visitors.")] == [
        ("percent", 50)
    ]
    assert [(c.kind, c.value) for c in found("Tickets fell by half.")] == [("percent", 50)]
    assert not found("I reconcile the accounts by day three rather than at the end.")
    parts = found("We moved four of our eleven sites.")
    assert [(c.kind, c.value) for c in parts] == [("count", 4), ("count", 11)]
    top = found("I re-slotted the top 300 SKUs.")
    assert [(c.kind, c.value) for c in top] == [("count", 300)]


def test_spans_of_time_said_with_the_next_or_a_whole() -> None:
    assert [c.value for c in found("We diversified over the next year.")] == [YEAR]
    assert [c.value for c in found("I spent a whole day on it.")] == [86400]


def test_a_sentence_that_opens_on_a_year_is_dated_whatever_follows() -> None:
    from roundtwo.analysis.claims import extract_claims

    kinds = [(c.text, c.kind) for c in extract_claims("In 2019 cryptosporidium turned up.")]
    assert kinds == [("2019", "date")]
    assert [c.kind for c in extract_claims("We had 2019 visitors.")] == ["count"]


def test_a_rating_or_a_size_glued_to_its_unit_is_no_figure_of_the_work() -> None:
    from roundtwo.analysis.claims import extract_claims

    assert extract_claims("I jointed six 11kV joints that night on a 240V supply.") == []
    assert [c.text for c in extract_claims("I managed 2 bar staff and did 5 a day.")] == [
        "2 bar staff",
        "5 a day",
    ]


def test_grand_is_thousands_of_money_and_an_age_is_no_measure_of_the_work() -> None:
    from roundtwo.analysis import analyze

    refit = analyze("The whole refit at Dalton's was a hundred and twenty grand in the end.")
    assert [(f.kind, f.value) for f in refit.facts] == [("money", 120000.0)]
    overdue = analyze("Any account thirty days overdue went on stop unless a manager signed it.")
    assert all(f.subject is None for f in overdue.facts if f.kind == "duration")


def test_all_of_them_and_there_are_n_of_us_are_the_whole_group() -> None:
    from roundtwo.analysis import analyze

    crew = analyze("I had all seven of my full-time lads in for five o'clock.")
    assert [f.part_of for f in crew.facts if f.kind == "count"] == [None]
    team = analyze("At the park there's four of us full-time, me included.")
    assert [f.part_of for f in team.facts if f.kind == "count"] == [None]


def test_a_bit_under_is_an_approximation_not_what_is_measured() -> None:
    from roundtwo.analysis import analyze

    told = analyze("The budget, which was a bit under one and a half million pounds, went on fuel.")
    money = [f for f in told.facts if f.kind == "money"]
    assert money and all(f.subject is None or f.subject.head != "bit" for f in money)
