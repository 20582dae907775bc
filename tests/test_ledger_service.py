"""The store-backed fact ledger through its service functions, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtwo.archive import service as archive
from roundtwo.config import Settings
from roundtwo.debrief import service as debrief
from roundtwo.demo.service import load_demo
from roundtwo.domain import Exchange, LedgerEntry, LedgerStatus, Opportunity, Round
from roundtwo.errors import InvalidInput, NotFound
from roundtwo.ledger import service as ledger
from roundtwo.opportunities import service as opportunities
from roundtwo.steps.service import Action, next_steps
from roundtwo.store import Store, Tx
from roundtwo.transcripts import service as transcripts

TEAM_FIVE = "At Northwind I led a team of five engineers. We cut p99 latency by 40% in Q2 2023."
TEAM_SEVEN = "At Northwind my team was 7 engineers, and we cut p99 latency by forty percent."


def _setup(tx: Tx) -> tuple[Opportunity, Round, Round]:
    o = opportunities.create_opportunity(tx, company="Northwind", role_title="Backend Engineer")
    r1 = opportunities.add_round(tx, o, status="completed")
    r2 = opportunities.add_round(tx, o, status="completed")
    return o, r1, r2


def _person(tx: Tx, o: Opportunity, name: str) -> object:
    return opportunities.add_interviewer(tx, o, name=name)


def _entry(tx: Tx, exchange: Exchange, text: str) -> LedgerEntry:
    found = [e for e in tx.find(LedgerEntry, exchange_id=exchange.id) if e.text == text]
    assert len(found) == 1, [e.text for e in tx.find(LedgerEntry, exchange_id=exchange.id)]
    return found[0]


def test_adding_an_exchange_puts_its_facts_in_the_ledger(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, _ = _setup(tx)
        dana = opportunities.add_interviewer(tx, o, name="Dana")
        e = debrief.add_exchange(tx, r1, question="A system?", answer=TEAM_FIVE, interviewer=dana)
        team = _entry(tx, e, "five engineers")
        groups = {g.subject: g for g in ledger.entries(tx, o.id)}
    assert team.subject == "team size at Northwind"
    assert (team.kind, team.value, team.unit) == ("count", "5", "engineers")
    assert team.quote == "At Northwind I led a team of five engineers."
    assert (team.round_id, team.interviewer_id, team.status) == (r1.id, dana.id, "active")
    assert team.data["entity"] == "Northwind"
    view = groups["team size at Northwind"].entries[0]
    assert (view.round, view.interviewer, view.where) == (1, "Dana", "round 1, to Dana")
    assert "p99 latency at Northwind" in groups


def test_a_contradiction_across_rounds_has_both_quotes(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, r2 = _setup(tx)
        dana = opportunities.add_interviewer(tx, o, name="Dana")
        priya = opportunities.add_interviewer(tx, o, name="Priya")
        debrief.add_exchange(tx, r1, answer=TEAM_FIVE, interviewer=dana)
        e2 = debrief.add_exchange(tx, r2, answer=TEAM_SEVEN, interviewer=priya)
        found = ledger.contradictions(tx, o.id)
        warnings = ledger.exchange_warnings(tx, e2)
        steps = next_steps(tx, o)
    assert len(found) == 1  # the latency (40% / forty percent) is a paraphrase
    c = found[0]
    assert c.kind == "conflict" and not c.hard
    assert c.values == ("five engineers", "7 engineers")
    assert c.quotes[0] == "At Northwind I led a team of five engineers."
    assert c.quotes[1].startswith("At Northwind my team was 7 engineers")
    assert c.explanation.startswith("In round 1 you told Dana")
    assert "Priya" in c.explanation and c.suggestion
    assert c.earlier is not None and c.earlier.round == 1
    assert c.later is not None and c.later.round == 2 and c.later.interviewer == "Priya"
    [inline] = warnings  # the same pair, worded from the exchange being edited
    assert (inline.values, inline.earlier, inline.later) == (c.values, c.earlier, c.later)
    assert inline.explanation.endswith("; here it is 7 engineers.")
    assert any(
        s.action is Action.RECONCILE_LEDGER and "Reconcile 1 contradiction" in s.text for s in steps
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("I led a team of five engineers.", "I led a team of 5 engineers."),
        ("The budget was $1.2M.", "The budget was 1.2 million dollars."),
        ("The migration took 18 months.", "The migration took a year and a half."),
        ("I had about 40 customers.", "I had 42 customers."),
        ("At Northwind I had five engineers.", "At Acme I had nine engineers."),
    ],
)
def test_paraphrases_and_other_companies_are_not_flagged(
    store: Store, first: str, second: str
) -> None:
    with store.transaction() as tx:
        o, r1, r2 = _setup(tx)
        debrief.add_exchange(tx, r1, answer=first)
        debrief.add_exchange(tx, r2, answer=second)
        assert ledger.contradictions(tx, o.id) == []
        assert len(tx.find(LedgerEntry, opportunity_id=o.id)) == 2


def test_editing_the_answer_refreshes_active_entries_and_keeps_the_users_choices(
    store: Store,
) -> None:
    with store.transaction() as tx:
        _, r1, _ = _setup(tx)
        e = debrief.add_exchange(
            tx, r1, answer="I led five engineers. We saved $500k. I hired 3 people."
        )
        saved = _entry(tx, e, "$500k")
        hired = _entry(tx, e, "3 people")
        ledger.retract(tx, saved.id)
        ledger.lock(tx, hired.id)
        before = _entry(tx, e, "five engineers").id
        debrief.update_exchange(tx, e, answer="I led five engineers. I hired three people.")
        entries = {x.text: x for x in tx.find(LedgerEntry, exchange_id=e.id)}
        debrief.update_exchange(tx, e, answer="I led six engineers.")
        after = {x.text: x for x in tx.find(LedgerEntry, exchange_id=e.id)}
    # "$500k" is gone from the answer but stays retracted; "3 people" → "three people" is the
    # same locked fact (matched by value); the unchanged claim keeps its id.
    assert entries["$500k"].status is LedgerStatus.RETRACTED
    assert entries["three people"].id == hired.id
    assert entries["three people"].status is LedgerStatus.LOCKED
    assert entries["five engineers"].id == before
    assert set(after) == {"$500k", "three people", "six engineers"}
    assert after["six engineers"].status is LedgerStatus.ACTIVE


def test_deleting_an_exchange_removes_only_its_active_entries(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, _ = _setup(tx)
        e = debrief.add_exchange(tx, r1, answer="I led five engineers. We saved $500k.")
        ledger.retract(tx, _entry(tx, e, "$500k").id)
        debrief.delete_exchange(tx, e)
        left = tx.find(LedgerEntry, opportunity_id=o.id)
    assert [(x.text, x.status, x.exchange_id) for x in left] == [
        ("$500k", LedgerStatus.RETRACTED, None)
    ]


def test_repeating_a_retracted_claim_is_a_hard_flag(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, r2 = _setup(tx)
        e1 = debrief.add_exchange(tx, r1, answer="That project saved us $500k a year.")
        ledger.retract(tx, _entry(tx, e1, "$500k").id)
        assert ledger.contradictions(tx, o.id) == []
        new = "The project saved $500k a year, which paid for the team."
        checked = ledger.check_text(tx, o.id, new)
        debrief.add_exchange(tx, r2, answer=new)
        found = ledger.contradictions(tx, o.id)
        steps = next_steps(tx, o)
    assert [c.kind for c in checked] == ["retracted"] and checked[0].hard
    assert checked[0].later is None and checked[0].earlier is not None
    assert "retracted" in checked[0].explanation.lower()
    assert checked[0].message.startswith("Retracted, said again:")
    assert [c.kind for c in found] == ["retracted"]
    assert any(s.urgent and "retracted claim said again" in s.text for s in steps)


def test_a_correction_is_checked_instead_of_what_was_said(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, r2 = _setup(tx)
        e1 = debrief.add_exchange(tx, r1, answer="At Northwind I led a team of five engineers.")
        debrief.add_exchange(tx, r2, answer="At Northwind I led a team of six engineers.")
        assert len(ledger.contradictions(tx, o.id)) == 1
        fixed = ledger.correct(tx, _entry(tx, e1, "five engineers").id, "six")
        assert ledger.contradictions(tx, o.id) == []
        assert ledger.check_text(tx, o.id, "At Northwind I had 6 engineers on my team.") == []
        clash = ledger.check_text(tx, o.id, "At Northwind I led a team of five engineers.")
        debrief.update_exchange(tx, e1, answer="At Northwind I led a team of five engineers!")
        kept = tx.get(LedgerEntry, fixed.id)
        undone = ledger.reactivate(tx, fixed.id)
    assert (fixed.status, fixed.correction) == (LedgerStatus.CORRECTED, "six")
    assert fixed.data["corrected"]["text"] == "6"
    assert sorted(c.values[0] for c in clash) == ["six", "six engineers"]  # both rounds
    assert kept.status is LedgerStatus.CORRECTED and kept.correction == "six"
    assert undone.status is LedgerStatus.ACTIVE and undone.correction == ""
    assert "corrected" not in undone.data


def test_corrections_that_cannot_be_read_are_refused(store: Store) -> None:
    with store.transaction() as tx:
        _, r1, _ = _setup(tx)
        e = debrief.add_exchange(tx, r1, answer="The migration took 18 months.")
        entry = _entry(tx, e, "18 months")
        with pytest.raises(InvalidInput, match="Cannot read 'soon' as a duration"):
            ledger.correct(tx, entry.id, "soon")
        with pytest.raises(InvalidInput, match="empty"):
            ledger.correct(tx, entry.id, "   ")
        assert ledger.correct(tx, entry.id, "two years").data["corrected"]["value"] > 6e7


def test_unknown_entries_are_one_line_not_found(store: Store) -> None:
    with store.transaction() as tx:
        for action in (ledger.lock, ledger.retract, ledger.reactivate):
            with pytest.raises(NotFound, match="roundtwo ledger show") as caught:
                action(tx, "nope")
            assert "\n" not in str(caught.value)
        with pytest.raises(NotFound):
            ledger.correct(tx, "", "5")


def test_entries_can_be_named_by_the_start_of_their_id(store: Store) -> None:
    with store.transaction() as tx:
        _, r1, _ = _setup(tx)
        e = debrief.add_exchange(tx, r1, answer="I led five engineers.")
        entry = _entry(tx, e, "five engineers")
        assert ledger.lock(tx, entry.id[:8]).id == entry.id


def test_salary_figures_are_listed_with_round_and_interviewer(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, r2 = _setup(tx)
        dana = opportunities.add_interviewer(tx, o, name="Dana")
        priya = opportunities.add_interviewer(tx, o, name="Priya")
        debrief.add_exchange(
            tx, r1, answer="I'm targeting 85 to 95k base. I currently earn 78k.", interviewer=dana
        )
        debrief.add_exchange(tx, r2, answer="For the base I'm looking for 100k.", interviewer=priya)
        salary = ledger.salary_entries(tx, o.id)
        found = ledger.contradictions(tx, o.id)
    assert [(v.entry.value, v.entry.salary, v.where) for v in salary] == [
        ("85000–95000", "expectation", "round 1, to Dana"),
        ("78000", "current", "round 1, to Dana"),
        ("100000", "expectation", "round 2, to Priya"),
    ]
    assert salary[0].entry.text.startswith("85 to 95k") and salary[0].entry.data["pay"] == "base"
    assert [c.subject for c in found] == ["salary expectation (base)"]
    assert found[0].values[0].startswith("85 to 95k") and found[0].values[1] == "100k"


def test_a_question_asked_again_is_compared(store: Store) -> None:
    story = (
        "At Northwind our checkout kept timing out during sales, so I profiled the payment "
        "service, found a lock held across a network call, moved it and cut p99 latency by 40%."
    )
    with store.transaction() as tx:
        o, r1, r2 = _setup(tx)
        debrief.add_exchange(tx, r1, question="Tell me about a system you improved.", answer=story)
        debrief.add_exchange(
            tx, r2, question="Tell me more about a system you improved.", answer=story
        )
        debrief.add_exchange(tx, r2, question="Why this company?", answer="The mission.")
        found = ledger.recycled(tx, o.id)
    assert len(found) == 1
    assert (found[0].earlier_round, found[0].later_round) == (1, 2)
    assert found[0].verdict == "near_verbatim" and found[0].overlap == pytest.approx(1.0)
    assert "rehearsed" in found[0].advice


def test_checking_a_new_answer_stores_nothing(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, _ = _setup(tx)
        debrief.add_exchange(tx, r1, answer=TEAM_FIVE)
        before = len(tx.find(LedgerEntry))
        found = ledger.check_text(tx, o.id, "At Northwind I had 9 engineers.", round=2)
        assert len(tx.find(LedgerEntry)) == before
        assert ledger.check_text(tx, o.id, "") == []
        assert ledger.check_text(tx, o.id, "No numbers here at all, just words.") == []
        with pytest.raises(InvalidInput, match="limit"):
            ledger.check_text(tx, o.id, "five engineers. " * 20_000)
    assert [c.values for c in found] == [("five engineers", "9 engineers")]
    assert found[0].later is None


def test_unicode_answers_are_read_and_kept(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, r2 = _setup(tx)
        debrief.add_exchange(tx, r1, answer="Bei Zürich Bank leitete ich ein Team — 5 engineers.")
        debrief.add_exchange(tx, r2, answer="שלום. I led a team of 5 engineers 🚀.")
        quotes = [v.entry.quote for g in ledger.entries(tx, o.id) for v in g.entries]
    assert any("Zürich" in q for q in quotes) and any("🚀" in q for q in quotes)


def test_transcripts_and_the_demo_fill_the_ledger(store: Store) -> None:
    text = (
        b"Dana: How big was your team?\nMe: At Northwind I led a team of five engineers.\n"
        b"Dana: And the budget?\nMe: The budget was $1.2M.\n"
    )
    with store.transaction() as tx:
        o, r1, _ = _setup(tx)
        transcripts.import_transcript(tx, r1, text, "t.txt", {"Dana": "Dana", "Me": "me"})
        imported = ledger.entries(tx, o.id)
        demo, _ = load_demo(tx)
        demo_salary = ledger.salary_entries(tx, demo.id)
    assert {g.subject for g in imported} >= {"team size at Northwind", "budget"}
    assert all(v.interviewer == "Dana" for g in imported for v in g.entries)
    assert {v.entry.salary for v in demo_salary} == {"expectation", "current"}


def test_the_mock_interview_gets_the_facts_worth_rechecking(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, r2 = _setup(tx)
        dana = opportunities.add_interviewer(tx, o, name="Dana")
        debrief.add_exchange(tx, r1, answer=TEAM_FIVE, interviewer=dana)
        e2 = debrief.add_exchange(tx, r2, answer=TEAM_SEVEN + " We saved $500k.")
        ledger.retract(tx, _entry(tx, e2, "$500k").id)
        facts = ledger.mock_context_facts(tx, o.id)
    by_text = {f["text"]: f for f in facts}
    assert "$500k" not in by_text  # retracted: never offered as a fact to recheck
    five = by_text["five engineers"]
    assert five["recheck"] and five["round"] == 1 and five["interviewer"] == "Dana"
    assert five["subject"] == "team size at Northwind" and five["value"] == "five engineers"
    assert five["quote"] == "At Northwind I led a team of five engineers."
    assert by_text["7 engineers"]["recheck"] and not by_text["40%"]["recheck"]
    assert set(five) >= {"subject", "quote", "value", "round", "interviewer", "recheck"}


def test_export_import_round_trips_ledger_entries(store: Store, tmp_path: Path) -> None:
    with store.transaction() as tx:
        o, r1, _ = _setup(tx)
        e = debrief.add_exchange(tx, r1, answer="At Northwind I led 5 engineers. We saved $500k.")
        ledger.retract(tx, _entry(tx, e, "$500k").id)
        ledger.correct(tx, _entry(tx, e, "5 engineers").id, "six engineers")
        document = archive.export_document(tx)
    assert len(document["ledger_entries"]) == 2
    fresh = Store(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'fresh.db'}"))
    try:
        with fresh.transaction() as tx:
            archive.import_document(tx, archive.load_document(archive.dumps(document)))
            again = archive.export_document(tx)
            statuses = {x.text: x.status for x in tx.find(LedgerEntry)}
            found = ledger.check_text(tx, o.id, "We saved $500k at Northwind.")
    finally:
        fresh.close()
    assert archive.dumps(again) == archive.dumps(document)
    assert statuses == {"5 engineers": LedgerStatus.CORRECTED, "$500k": LedgerStatus.RETRACTED}
    assert [c.kind for c in found] == ["retracted"]


def test_sync_opportunity_reads_answers_the_ledger_never_saw(store: Store) -> None:
    with store.transaction() as tx:
        o, r1, r2 = _setup(tx)
        debrief.add_exchange(tx, r1, question="Team?", answer=TEAM_FIVE)
        gone = debrief.add_exchange(tx, r1, question="Impact?", answer="We saved $500k.")
        seven = debrief.add_exchange(tx, r2, question="Team?", answer=TEAM_SEVEN)
        debrief.add_exchange(tx, r2, question="Why us?", answer="I like the product.")
        ledger.retract(tx, _entry(tx, gone, "$500k").id)
        debrief.delete_exchange(tx, gone)  # its retracted claim stays, with no answer
        ledger.lock(tx, _entry(tx, seven, "7 engineers").id)
        kept = {e.id: e.status for e in tx.find(LedgerEntry) if e.status != "active"}
        for e in tx.find(LedgerEntry, status="active"):  # as before the ledger existed
            tx.delete(e)
        assert ledger.answers_to_read(tx, o.id) == 0  # the ledger is not empty
        count = ledger.sync_opportunity(tx, o)
        again = ledger.sync_opportunity(tx, o)
        after = {e.id: e.status for e in tx.find(LedgerEntry) if e.status != "active"}
        shown = sum(len(g.entries) for g in ledger.entries(tx, o.id))
        found = ledger.contradictions(tx, o.id)
    assert count == again == shown == 5  # 2 + 2 facts (the lock among them), the retraction
    assert after == kept
    assert [c.subject for c in found] == ["team size at Northwind"]


def test_answers_to_read_only_when_the_ledger_is_empty_and_answers_state_figures(
    store: Store,
) -> None:
    with store.transaction() as tx:
        o, r1, _ = _setup(tx)
        debrief.add_exchange(tx, r1, question="Why us?", answer="I like the product.")
        assert ledger.answers_to_read(tx, o.id) == 0
        debrief.add_exchange(tx, r1, question="Team?", answer=TEAM_FIVE)
        debrief.add_exchange(tx, r1, question="Anything else?")
        for e in tx.find(LedgerEntry):
            tx.delete(e)
        assert ledger.answers_to_read(tx, o.id) == 2
        assert tx.find(LedgerEntry) == []  # counting reads nothing into the ledger
        ledger.sync_opportunity(tx, o)
        assert ledger.answers_to_read(tx, o.id) == 0
