"""Opportunities, rounds, the debrief and its 24-hour clock, through the service functions."""

from __future__ import annotations

from datetime import timedelta

import pytest

from roundtwo import domain
from roundtwo.debrief import service as debrief
from roundtwo.domain import RoundStatus, SelfRating, TaskKind
from roundtwo.errors import InvalidInput, NotFound
from roundtwo.opportunities import service as opportunities
from roundtwo.steps.service import next_steps
from roundtwo.store import Store
from roundtwo.tasks import service as tasks


def test_the_debrief_is_due_24_hours_after_the_round_ends(store: Store) -> None:
    now = domain.utcnow()
    with store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="Northwind", role_title="SRE")
        r = opportunities.add_round(tx, o, duration_minutes=45)
        assert tasks.open_tasks(tx, o) == []  # no clock before the round happens
        opportunities.complete_round(tx, r, ended_at=now)
        due = tasks.round_task(tx, r, TaskKind.DEBRIEF)
        thanks = tasks.round_task(tx, r, TaskKind.THANK_YOU)
    assert due is not None and due.due_at == now + timedelta(hours=24)
    assert thanks is not None and thanks.due_at == now + timedelta(hours=24)
    assert r.status is RoundStatus.COMPLETED
    assert r.ends_at == now


def test_time_left_reads_like_a_person_would_say_it() -> None:
    now = domain.utcnow()
    assert tasks.describe_time_left(now + timedelta(hours=21, minutes=14), now) == (
        "due in 21 h 14 min"
    )
    assert tasks.describe_time_left(now - timedelta(hours=3), now) == "overdue by 3 h 0 min"
    assert tasks.describe_time_left(now + timedelta(days=2, hours=1), now) == "due in 2 d 1 h"
    assert tasks.describe_time_left(None, now) == "no due time yet"


def test_exchanges_keep_their_order_flags_and_interviewer(store: Store) -> None:
    with store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="St Mary's", role_title="Charge Nurse")
        r = opportunities.add_round(tx, o, status="completed")
        dana = opportunities.add_interviewer(tx, o, name="Dana Okafor", role="Ward Manager")
        first = debrief.add_exchange(
            tx,
            r,
            question="Tell me about a deteriorating patient.",
            answer="I escalated within 10 minutes.",
            interviewer=dana,
            self_rating="strong",
        )
        second = debrief.add_exchange(tx, r, question="Why us?", weak_moment=True)
        debrief.update_exchange(tx, second, answer="The teaching programme.", pushed_back=True)
    with store.transaction() as tx:
        items = debrief.list_exchanges(tx, r)
        met = opportunities.round_interviewers(tx, r)
        status = debrief.debrief_status(tx, r)
    assert [e.position for e in items] == [1, 2]
    assert items[0].interviewer_id == dana.id and items[0].self_rating is SelfRating.STRONG
    assert items[1].answer == "The teaching programme."
    assert items[1].weak_moment and items[1].pushed_back
    assert [p.name for p in met] == ["Dana Okafor"]
    assert (status.exchanges, status.answered, status.flagged) == (2, 2, 1)
    assert first.id != second.id


def test_finishing_the_debrief_ticks_its_task(store: Store) -> None:
    with store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="A", role_title="B")
        r = opportunities.add_round(tx, o, status="completed")
        opportunities.complete_round(tx, r)
        debrief.finish_debrief(tx, r)
        assert debrief.debrief_status(tx, r).done
        assert [t.kind for t in tasks.open_tasks(tx, o)] == [TaskKind.THANK_YOU]


def test_what_to_do_next_follows_the_protocol(store: Store) -> None:
    with store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="A", role_title="B")
        assert "Add round one" in next_steps(tx, o)[0].text
        r = opportunities.add_round(tx, o)
        opportunities.complete_round(tx, r)
        steps = [s.text for s in next_steps(tx, o)]
    assert any("write down every question" in s for s in steps)
    assert any("thank-you" in s for s in steps)
    assert any("Add who interviewed you" in s for s in steps)


def test_cancelled_rounds_carry_no_clock(store: Store) -> None:
    with store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="A", role_title="B")
        r = opportunities.add_round(tx, o, status="completed")
        opportunities.complete_round(tx, r)
        opportunities.update_round(tx, r, status="cancelled")
        assert tasks.open_tasks(tx, o) == []


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"company": "", "role_title": "x"}, "company name is empty"),
        ({"company": "x" * 301, "role_title": "x"}, "limit is 300"),
        ({"company": "A", "role_title": "B", "job_description": "x" * 60_000}, "limit"),
    ],
)
def test_bad_opportunity_input_says_what_to_fix(
    sqlite_store: Store, kwargs: dict[str, str], says: str
) -> None:
    with pytest.raises(InvalidInput, match=says), sqlite_store.transaction() as tx:
        opportunities.create_opportunity(tx, **kwargs)  # type: ignore[arg-type]


def test_bad_round_input(sqlite_store: Store) -> None:
    with sqlite_store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="A", role_title="B")
        with pytest.raises(InvalidInput, match="choose one of phone, video"):
            opportunities.add_round(tx, o, format="carrier pigeon")
        opportunities.add_round(tx, o, number=1)
        with pytest.raises(InvalidInput, match="already exists"):
            opportunities.add_round(tx, o, number=1)
        with pytest.raises(NotFound, match="no round 7"):
            opportunities.get_round(tx, o, 7)
        r = opportunities.get_round(tx, o, 1)
        with pytest.raises(InvalidInput, match="limit is 20,000"):
            debrief.add_exchange(tx, r, answer="word " * 5000)
        with pytest.raises(InvalidInput, match="strong, okay or rough"):
            debrief.add_exchange(tx, r, self_rating="meh")


def test_opportunities_are_found_by_slug_prefix_or_company(sqlite_store: Store) -> None:
    with sqlite_store.transaction() as tx:
        a = opportunities.create_opportunity(tx, company="Northwind", role_title="SRE")
        b = opportunities.create_opportunity(tx, company="Northwind", role_title="SRE")
        c = opportunities.create_opportunity(tx, company="Zeta Health", role_title="Nurse")
        assert (a.slug, b.slug) == ("northwind-sre", "northwind-sre-2")
        assert opportunities.find_opportunity(tx, "zeta").id == c.id
        assert opportunities.find_opportunity(tx, b.id).id == b.id
        with pytest.raises(InvalidInput, match="matches several"):
            opportunities.find_opportunity(tx, "north")


def test_unicode_and_right_to_left_names_survive(store: Store) -> None:
    with store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="شركة النور", role_title="مهندس 🚀")
        person = opportunities.add_interviewer(tx, o, name="דנה כהן", role="Ärztin")
    with store.transaction() as tx:
        again = opportunities.find_opportunity(tx, o.id)
        assert again.company == "شركة النور" and again.role_title == "مهندس 🚀"
        assert opportunities.find_interviewer(tx, o, "דנה כהן") == person
