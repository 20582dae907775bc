"""The consistency check: real contradictions are flagged, paraphrases and changes are not."""

from __future__ import annotations

import pytest

from roundtwo.ledger.check import Contradiction, FactIndex, check, contradictions_among
from roundtwo.ledger.statements import StatedFact, Statement, facts_from_statement, facts_from_text


def among(*texts: str, statuses: tuple[str, ...] = ()) -> list[Contradiction]:
    """Contradictions among statements a, b, c… said in rounds 1, 2, 3… to one interviewer."""
    facts: list[StatedFact] = []
    for n, text in enumerate(texts):
        status = statuses[n] if n < len(statuses) else "active"
        statement = Statement(chr(ord("a") + n), text, n + 1, "Dana", status=status)
        facts.extend(facts_from_statement(statement))
    return contradictions_among(facts)


PARAPHRASES = [
    ("I led a team of five engineers at Northwind.", "At Northwind my team was 5 engineers."),
    ("I owned a budget of $1.2M.", "The budget I owned was 1.2 million dollars."),
    ("The platform rebuild took 18 months.", "The platform rebuild took a year and a half."),
    ("The automation project took six months.", "The automation project took half a year."),
    ("The redesign lifted activation by 40%.", "The redesign lifted activation by forty percent."),
    ("The database migration took 180 minutes.", "The database migration took three hours."),
    ("We shipped the fix in 14 days.", "We shipped the fix in two weeks."),
    ("We launched the mobile app in Q2 2023.", "We launched the mobile app in May 2023."),
    (
        "By launch we had 40,000 users on the waitlist.",
        "By launch we had 40k users on the waitlist.",
    ),
    ("The cost savings came to 1,5 million euros.", "The cost savings came to 1.5e6 euros."),
    ("The cost savings came to 1.5 million euros.", "The cost savings came to 1,5 million euros."),
    ("I precepted a dozen new graduate nurses.", "I precepted 12 new graduate nurses."),
    ("That deal was worth half a million dollars.", "That deal was worth $500k."),
    ("The rollout took three months.", "The rollout took 90 days."),
]


@pytest.mark.parametrize(("first", "second"), PARAPHRASES)
def test_paraphrases_are_not_contradictions(first: str, second: str) -> None:
    assert among(first, second) == []


NOT_CONTRADICTIONS = {
    "two of a team moved elsewhere, and the team": (
        "At Eastport Airport I run five car parks with a team of 35.",
        "I paid for the staffed lane by moving two people off the quieter Tuesday shift.",
    ),
    "two and one more make the three": (
        "We lost three patrols at once in September.",
        "Two patrols had retired over the summer without telling us and one had broken her wrist.",
    ),
    "a numbered thing is a name, not a count": (
        "At Nordby Cold Chain I run six chambers.",
        "The compressor on chamber 4 tripped, so we moved the pallets into chamber 2, which had "
        "space.",
    ),
    "complements told by passing and failing, both when I arrived": (
        "At Corran, when I started, about 30% of calls were failing the compliance checklist.",
        "At Corran only 70% of calls were passing the checklist when I arrived.",
    ),
    "the lengths of two pieces of work, each told of 'it'": (
        "I led the sand filter replacement on the shark tank, and it took eighteen months.",
        "The volunteer rota rebuild was quicker. The whole thing ran two weeks.",
    ),
    "approximation within tolerance": (
        "I managed about 40 enterprise accounts.",
        "I managed 42 enterprise accounts.",
    ),
    "value inside a range": (
        "The night shift had between 30 and 50 people.",
        "The night shift had 40 people.",
    ),
    "another company": (
        "At Northwind I led a team of five engineers.",
        "At Acme I led a team of eight engineers.",
    ),
    "my previous company": (
        "At Northwind my team was six engineers.",
        "At my previous company the team was eleven engineers.",
    ),
    "another team": (
        "I had four engineers on the payments team.",
        "I had nine engineers on the platform team.",
    ),
    "another project": (
        "In the Lumen project we cut onboarding time by 35%.",
        "In the Atlas project we cut onboarding time by 20%.",
    ),
    "p99 vs p50": ("The rewrite cut p99 latency by 60%.", "The rewrite cut p50 latency by 20%."),
    "revenue vs profit": ("The division's revenue was $12M.", "The division's profit was $2M."),
    "team size vs org size": ("My team was 6 engineers.", "The engineering org was 120 engineers."),
    "engineers vs designers": ("The squad had six engineers.", "The squad had two designers."),
    "hired vs managed": ("I managed 8 recruiters.", "I hired 3 recruiters last year."),
    "per shift vs per day": (
        "I cared for five patients per shift.",
        "The unit admitted twelve patients per day.",
    ),
    "extra detail": (
        "I led a team of five.",
        "I led a team of five engineers, two of them senior, across London and Lisbon.",
    ),
    "a team that grew": (
        "I started with a team of four engineers.",
        "The team grew from four to nine engineers over two years.",
    ),
    "churn from 8% to 5%": ("When I joined, churn was 8%.", "We got churn from 8% to 5%."),
    "initially vs by the end": (
        "Initially the on-call rotation had three engineers.",
        "By the end, the on-call rotation had nine engineers.",
    ),
    "different years": ("In 2019 our department had 6 teachers.", "In 2022 it had 10 teachers."),
    "then vs now": (
        "When I took over, the depot had 20 drivers.",
        "Now the depot has 35 drivers.",
    ),
    "two changes in a row": (
        "In my first year the team grew from four to nine engineers.",
        "In my second year the team grew from nine to twelve engineers.",
    ),
    "current pay vs target": ("I currently earn $78,000.", "I'm targeting $95,000 to $105,000."),
    "salary inside the range": ("I'm targeting 85 to 95k base.", "Around 90k base would work."),
    "hourly vs annual": ("I currently make $45 an hour.", "I'm looking for around 95k a year."),
    "different durations": ("Building the pipeline took three months.", "The rollout took a week."),
    "different events": ("I joined Brightpath in March 2021.", "We launched it in Q4 2022."),
    "no numbers": ("I talk to customers before writing a spec.", "I work closely with design."),
    "a rate told over a year in a note": (
        "We were issuing about two thousand new library cards a month.",
        "New members: ~24k/yr after the schools campaign.",
    ),
    "direct reports and the studio": (
        "I managed three architects directly.",
        "The studio I ran was 25 people if you include the interiors team.",
    ),
    "two seasons": (
        "On season one of Copper Coast we had 38 crew on the daily call sheet.",
        "By season two of Copper Coast we were carrying 61 crew on a typical day.",
    ),
    "two members of one family": (
        "Time-based availability was 97.5% across the year.",
        "Energy-based availability was 94%, because our downtime clustered in windy months.",
    ),
    "two named vineyards": (
        "The Marlborough vineyard yielded 8 tonnes per hectare.",
        "Our Central Otago block yielded 4.5 tonnes a hectare.",
    ),
    "titles at two places": (
        "At Northwind I was a Duty Manager.",
        "At Contoso I was the Operations Director.",
    ),
    "a title held and the one now": (
        "At Kessler I was a senior quality engineer.",
        "My title at Kessler is quality engineering manager.",
    ),
    "titles with no place named": ("I was a staff nurse.", "I was a charge nurse."),
    "some of my team": (
        "My housekeeping team was 30 room attendants plus three floor supervisors.",
        "It turned out eight of my room attendants were already cross-trained.",
    ),
    "the others": (
        "The consortium had 14 partner labs.",
        "The other nine labs reported to Utrecht.",
    ),
    "a part said alone": (
        "The academy has 1,150 students.",
        "Our sixth form alone has 240 students.",
    ),
    "gross and net": (
        "Our gross margin on drugs was around 55%.",
        "Net margin for the practice overall was about 12 percent.",
    ),
    "now and then": ("I manage a team of 8 engineers.", "Today the team has 12 engineers."),
    "a change's end and the level before it": (
        "The old flow was eleven screens.",
        "We cut it down to six screens.",
    ),
    "people added and the team": (
        "It was a squad of eight, so five engineers, a designer and a PM.",
        "We're ten now, we added two engineers this spring.",
    ),
    "two named places, one read as a site": (
        "At Harwood Wildlife Park I look after about 40 species of reptiles and amphibians.",
        "This was before Harwood, at Tamsin Bay Aquarium, where the reptile side was about 110 "
        "species. In 2019 cryptosporidium turned up in our gecko group.",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_CONTRADICTIONS))
def test_what_is_not_a_contradiction(name: str) -> None:
    assert among(*NOT_CONTRADICTIONS[name]) == [], name


CONTRADICTIONS = {
    "team size": ("I led a team of five engineers.", "There were seven people on my team."),
    "latency cut": ("We cut p99 latency by 40%.", "It cut p99 latency by 25 percent."),
    "budget": ("I owned a budget of $1.2M.", "The budget was 2 million dollars."),
    "duration": ("The redesign project took 18 months.", "The redesign project took two years."),
    "date": ("I joined Northwind in 2019.", "I joined Northwind in 2021."),
    "launch quarter": ("We launched the app in Q2 2023.", "We launched the app in September 2023."),
    "end of the same change": ("We cut churn from 8% to 5%.", "We cut churn from 8% to 3%."),
    "approximation beyond tolerance": (
        "I managed about 40 enterprise customers.",
        "I managed 65 enterprise customers.",
    ),
    "outside a range": (
        "The centre had between 30 and 50 drivers.",
        "The centre had 80 drivers.",
    ),
    "other notations": ("Revenue was 1.5e6 dollars.", "Revenue was $2.5M."),
    "per shift": ("I cared for six patients per shift.", "I cared for ten patients per shift."),
    "salary target": ("I'm targeting 85 to 95k base.", "For the base I'm looking for 100k."),
    "salary looked at": (
        "I'm looking at 95 to 105 thousand Barbados dollars base, plus bonus.",
        "I'd be looking for around 130 thousand Barbados dollars base.",
    ),
    "current salary": ("I currently earn 78k.", "My current salary is $85,000."),
    "tenure": (
        "I taught at Lincoln High for six years.",
        "I spent four years teaching at Lincoln High.",
    ),
    "title held at one place": (
        "At Gatwick I was a Duty Operations Manager for my last three years there.",
        "For my last three years at Gatwick my title was Terminal Services Coordinator.",
    ),
    "what is measured, said around the other figure": (
        "Rolling out the new dispensing robot took us three months.",
        "The dispensing robot rollout was a ten-month project.",
    ),
    "where it ended, told with the same verb": (
        "We randomised 240 patients across 31 sites.",
        "We ended up randomising 180 patients.",
    ),
    "a change told as a note": (
        "Persistent absence went from 22 percent to 16 percent.",
        "Persistent absence: 22% → 12%.",
    ),
    "decimals in words": (
        "The food and beverage budget was $2.4 million.",
        "The food and beverage budget I was responsible for was one point six million dollars.",
    ),
    "one group said more precisely": (
        "As pharmacy manager at the Wellcare on Elm Road I supervised six technicians.",
        "At the Elm Road Wellcare I had 11 pharmacy technicians on my team.",
    ),
    "the same thing in the lexicon's other word": (
        "At the Maple Street pharmacy we filled around 350 prescriptions a day.",
        "Maple Street was a quieter store: about 150 scripts a day on average.",
    ),
    "what is measured named as a note's label": (
        "Grain store grant: £240,000. I wrote the application.",
        "We got £140k of grant funding towards the grain store.",
    ),
    "a clipped word for the same people": (
        "In the North region I had 23 field technicians reporting into me.",
        "With thirty-one techs in the North region field team, I ran a fair rota.",
    ),
    "a figure told in a relative clause, of the noun it hangs on": (
        "At Hartwell I looked after the freight budget, which was about £2.4 million a year.",
        "So the freight budget at Hartwell, which was a bit under one and a half million "
        "pounds a year, went mostly on two hauliers.",
    ),
    "the length of the work told of 'it' and of 'the whole thing'": (
        "I led the sand filter replacement on the shark tank, and it took eighteen months.",
        "The shark tank sand filter replacement is the obvious one. The whole thing ran two "
        "and a half years start to finish.",
    ),
    "'all 38 of them' counts what 'them' stands for": (
        "I manage the Eastshire fleet of 46 front-line ambulances.",
        "The ambulances that I'm responsible for at Eastshire, all 38 of them, had that tail-lift.",
    ),
    "an intake taken in and received, in tonnes and in kilograms": (
        "At Prairie Fields we take in about 2,000 tonnes a day at the peak of harvest.",
        "At peak we're receiving around 1.2 million kilograms a day at Prairie Fields.",
    ),
    "a sale's total, sold for and made 'in the end'": (
        "I catalogued all 380 lots of the Ashcombe collection and it sold for £1.4 million.",
        "The whole Ashcombe sale made about nine hundred thousand pounds in the end.",
    ),
    "my time on a line at a firm, said 'in my thirty months'": (
        "I've been on the AW139 line at Northsea Rotor for a year and a half.",
        "In my thirty months on the AW139 line at Northsea Rotor I've had three chip warnings.",
    ),
    "current title in a note": (
        "I'm Base Maintenance Manager at Skyline Technics.",
        "Hangar Shift Supervisor at Skyline Technics. I run the day shift in hangar two.",
    ),
}


@pytest.mark.parametrize("name", sorted(CONTRADICTIONS))
def test_real_contradictions_are_flagged(name: str) -> None:
    found = among(*CONTRADICTIONS[name])
    assert [c.ids for c in found] == [("a", "b")], name
    assert found[0].kind == "conflict"


def test_a_contradiction_carries_both_quotes_an_explanation_and_a_fix() -> None:
    first = "At Northwind I led a team of five engineers. We owned checkout."
    second = "On checkout at Northwind I had seven engineers reporting to me."
    (found,) = among(first, second)
    assert found.values == ("five engineers", "seven engineers")
    assert found.quotes == ("At Northwind I led a team of five engineers.", second)
    assert found.subject == "team size at Northwind"
    assert "round 1" in found.explanation and "Dana" in found.explanation
    assert "five engineers" in found.explanation and "seven engineers" in found.explanation
    assert "grew" in found.suggestion
    assert "\n" not in found.explanation + found.suggestion
    payload = found.to_json()
    assert payload["ids"] == ["a", "b"] and payload["kind"] == "conflict"
    assert set(payload) >= {"ids", "subject", "values", "quotes", "explanation", "suggestion"}


def test_an_answer_that_contradicts_itself() -> None:
    text = (
        "I had five engineers on my team at Northwind. We were small, and with seven engineers "
        "on my team we could not cover on-call."
    )
    (found,) = among(text)
    assert found.ids == ("a", "a")
    assert found.explanation.startswith("In one answer")


def test_growth_told_inside_one_answer_is_not_a_contradiction() -> None:
    text = (
        "The depot ran 30 trucks when I arrived. With the depot's 45 trucks we could finally "
        "cover the north, and a year later the depot had 50 trucks."
    )
    assert among(text) == []


def test_a_retracted_fact_repeated_is_a_hard_flag() -> None:
    found = among(
        "The vendor contract saved us $500k a year.",
        "The vendor contract saved us $350k a year.",
        "Renegotiating the vendor contract saved us $500k a year.",
        statuses=("retracted",),
    )
    kinds = {c.ids: c.kind for c in found}
    assert kinds == {("a", "c"): "retracted", ("b", "c"): "conflict"}
    hard = next(c for c in found if c.kind == "retracted")
    assert "retracted" in hard.explanation and "$500k" in hard.suggestion


def test_correcting_a_retracted_fact_is_welcome() -> None:
    assert among("My team was seven engineers.", "My team was five engineers.",
                 statuses=("retracted",)) == []  # fmt: skip


def test_a_locked_value_wins() -> None:
    found = among(
        "The audit covered 38 entities.",
        "The audit covered 52 entities.",
        "The audit covered 38 entities in total.",
        statuses=("locked",),
    )
    assert [c.ids for c in found] == [("a", "b")]
    assert "locked" in found[0].explanation and "38 entities" in found[0].suggestion


def test_check_a_new_answer_against_the_ledger() -> None:
    ledger = facts_from_statement(
        Statement("r1", "At Northwind I led a team of five engineers.", 1, "Dana")
    )
    new = facts_from_text("My Northwind team was seven engineers.", "new", 2, "Sam")
    (found,) = check(new, ledger)
    assert found.ids == ("r1", "new")
    assert found.explanation == (
        "In round 1 you told Dana the team size at Northwind was five engineers; "
        "here it is seven engineers."
    )
    assert check(new, FactIndex(ledger))[0].ids == ("r1", "new")
    same = facts_from_text("At Northwind my team was 5 engineers.", "ok", 2, "Sam")
    assert check(same, ledger) == []


def test_check_skips_older_figures_when_the_new_one_matches_a_locked_fact() -> None:
    ledger = [
        *facts_from_text("I managed 12 nurses.", "old", 1, "Ruth"),
        *facts_from_text("I managed twelve nurses.", "lock", 1, "Ruth", status="locked"),
        *facts_from_text("I managed 15 nurses.", "wrong", 1, "Ruth"),
    ]
    new = facts_from_text("I managed 12 nurses on nights.", "new", 2, "Kwame")
    assert check(new, ledger) == []
    retracted = facts_from_text("I managed 15 nurses.", "r", 1, "Ruth", status="retracted")
    (flag,) = check(facts_from_text("I managed 15 nurses.", "n", 2, "Kwame"), retracted)
    assert flag.kind == "retracted"


def test_facts_carry_entity_subject_phase_and_status() -> None:
    (fact,) = facts_from_text("I had four engineers on the payments team.", "a", 1, "Dana")
    assert fact.entity.team == "payments" and fact.subject_label == "team size"
    assert fact.key == "count:people" and fact.id == "a#0"
    start, end = facts_from_text("We cut churn from 8% to 5%.")
    assert (start.phase, end.phase, start.partner, end.partner) == ("start", "end", 5.0, 8.0)
    payload = fact.with_status("locked").to_json()
    assert payload["status"] == "locked" and payload["statement"] == "a"
    assert payload["entity"] == "payments team" and payload["value"] == 4
    with pytest.raises(ValueError):
        fact.with_status("gone")


def test_salary_facts_are_money_with_their_own_subjects() -> None:
    (target,) = facts_from_text("I'm targeting 85 to 95k.")
    (current,) = facts_from_text("I currently earn 78k.")
    assert target.kind == current.kind == "money"
    assert target.subject_label == "salary expectation" and (target.low, target.high) == (
        85000,
        95000,
    )
    assert current.subject_label == "current salary"


def test_statements_with_no_numbers_have_no_facts() -> None:
    assert facts_from_text("I care about customers and clear writing.") == []
    assert facts_from_text("") == []
    assert facts_from_text("🙂🙂🙂") == []


def test_thousands_of_statements() -> None:
    facts: list[StatedFact] = []
    for n in range(3000):
        company = f"Company{n % 500}"
        size = 5 if n % 3 else 7
        text = f"At {company} I led a team of {size} engineers and cut costs by {n % 40}%."
        facts.extend(facts_from_text(text, f"s{n}", n % 4 + 1, "Dana"))
    found = contradictions_among(facts)
    assert found, "companies that heard 5 and 7 are flagged"
    assert all(c.facts[0].entity.company == c.facts[1].entity.company for c in found)


def test_a_figure_without_a_company_is_read_against_the_one_it_matches() -> None:
    assert (
        among("At Acme I had 5 engineers, and at Globex I had 9.", "My team was 9 engineers.") == []
    )
    assert among("At Acme I had 5 engineers.", "My Globex team was 9 engineers.") == []
    found = among(
        "At Acme I had 5 engineers, and at Globex I had 9.", "At Globex I had 12 engineers."
    )
    assert [c.ids for c in found] == [("a", "b")]


def test_an_organisation_is_not_a_team() -> None:
    assert among("I had 6 direct reports.", "Including skip levels, my org was 40 people.") == []
    assert among("I managed 45 people.", "The engineering organisation was 300 people.") == []


def test_places_named_without_a_preposition() -> None:
    first = "I ran two sites: Leeds with 120 staff and Bradford with 45. Leeds hit 98% dispatch."
    second = (
        "Bradford was the smaller site, 45 people, and Leeds had 120. Dispatch at Leeds was 98%."
    )
    assert among(first, second) == []


def test_figures_no_one_can_hold_to_are_dropped() -> None:
    assert facts_from_text("I earn 1e999 dollars.") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Would a team of 8 be typical here? At Brightpath mine was 5.", "My team was 5 people."),
        ("If I had a team of 10, I would split it in two.", "My team was 6 people."),
        ("Our goal was to grow revenue by 30%.", "We grew revenue by 22%."),
        ("I was asked to cut costs by 20%.", "We cut costs by 12%."),
        (
            "Deploys took 40 minutes compared to 5 minutes after the change.",
            "Deploys took 5 minutes.",
        ),
        ("First we hired 3 engineers, then 5 more the next quarter.", "I hired 5 engineers."),
        ("Conversion went up 2 percentage points.", "Conversion went up 40%."),
        ("Median handle time was 6 minutes.", "Average handle time was 9 minutes."),
        ("I left Globex in late 2021.", "I left Globex in 2021."),
    ],
)
def test_questions_hypotheticals_goals_and_contrasts_are_not_held_against_you(
    first: str, second: str
) -> None:
    assert among(first, second) == []


def test_a_salary_floor_above_the_range() -> None:
    found = among(
        "I'm targeting a base salary of $150,000 to $165,000.",
        "My expectation is around $155k base.",
        "I'd need at least $180,000 base to move.",
    )
    assert {c.ids for c in found} == {("a", "c"), ("b", "c")}
    assert all("target range" in c.suggestion for c in found)


def test_a_task_still_states_its_team_and_a_hedge_is_still_a_fact() -> None:
    first = "At Northwind I led a team of five engineers on the billing migration."
    asked = "At Northwind I was asked to lead the recovery with a team of eight engineers."
    assert [c.ids for c in among(first, asked)] == [("a", "b")]
    assert [
        c.ids for c in among("My team was 5 engineers.", "I'd say my team was 9 engineers.")
    ] == [("a", "b")]


def test_a_figure_told_twice_in_one_round_is_one_warning() -> None:
    said = [
        Statement("a", "I was at Marlow Bank for three years.", 1, "Dana"),
        Statement("b", "I'd done my three years at Marlow Bank by then.", 1, "Dana"),
    ]
    ledger = [f for s in said for f in facts_from_statement(s)]
    new = facts_from_statement(Statement("c", "In my two years at Marlow Bank I shipped a lot.", 2))
    assert len(check(new, ledger)) == 1


def test_two_weeks_notice_at_a_company_is_not_a_tenure() -> None:
    (fact,) = facts_from_text("It's still two weeks' notice at Tessellate.")
    assert fact.subject is None or fact.subject.caption != "tenure"


def test_the_same_people_at_a_place_named_for_them_are_compared() -> None:
    found = among(
        "At Holloway Farm Kennels I manage a team of four kennel assistants across two blocks.",
        "So at Holloway Farm I've got nine kennel assistants, and I plan the rota four weeks out.",
    )
    assert [c.ids for c in found] == [("a", "b")]
