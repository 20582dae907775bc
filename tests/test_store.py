"""The store on SQLite and PostgreSQL: migrations, ownership, transactions."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from roundtwo import domain
from roundtwo.domain import Exchange, Opportunity
from roundtwo.errors import InvalidInput, NotFound
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Store, Tx
from roundtwo.store.db import HEAD_REVISION
from roundtwo.store.migrate import head_revision
from roundtwo.store.schema import metadata

EXPECTED_TABLES = {
    "users",
    "opportunities",
    "rounds",
    "interviewers",
    "round_interviewers",
    "exchanges",
    "tasks",
    "transcript_imports",
    "ledger_entries",
    "mock_sessions",
    "mock_turns",
    "alembic_version",
}


def test_blank_database_migrates_to_the_expected_schema(store: Store) -> None:
    assert store.current_revision() == HEAD_REVISION == head_revision()
    tables = set(inspect(store.engine).get_table_names())
    assert tables == EXPECTED_TABLES
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_every_table_but_users_has_an_owner(store: Store) -> None:
    for name, table in metadata.tables.items():
        if name != "users":
            assert "user_id" in table.c, name
            assert not table.c.user_id.nullable


def test_migrate_twice_is_harmless(store: Store) -> None:
    assert store.migrate() == HEAD_REVISION
    assert store.current_revision() == HEAD_REVISION


def _opportunity(tx: Tx) -> Opportunity:
    return opportunities.create_opportunity(tx, company="Acme", role_title="Engineer")


def test_rows_round_trip_with_types(store: Store) -> None:
    with store.transaction() as tx:
        o = opportunities.create_opportunity(
            tx, company="Acme", role_title="Nurse", values=["Care", "Candour"]
        )
        when = domain.utcnow()
        r = opportunities.add_round(tx, o, format="onsite", scheduled_at=when)
    with store.transaction() as tx:
        again = tx.get(Opportunity, o.id)
        rnd = opportunities.get_round(tx, again, 1)
    assert again.values == ["Care", "Candour"]
    assert rnd.format is domain.RoundFormat.ONSITE
    assert rnd.scheduled_at == when and rnd.scheduled_at.tzinfo is not None
    assert rnd.id == r.id


def test_a_failed_transaction_writes_nothing(store: Store) -> None:
    with pytest.raises(InvalidInput), store.transaction() as tx:
        _opportunity(tx)
        opportunities.create_opportunity(tx, company="", role_title="x")
    with store.transaction() as tx:
        assert tx.find(Opportunity) == []


def test_users_only_see_their_own_rows(store: Store) -> None:
    with store.transaction() as tx:
        mine = _opportunity(tx)
    other = Store(store.settings, user_id="coach-client-2")
    try:
        with other.transaction() as tx:
            assert tx.find(Opportunity) == []
            with pytest.raises(NotFound):
                tx.get(Opportunity, mine.id)
            theirs = _opportunity(tx)
    finally:
        other.close()
    with store.transaction() as tx:
        assert [o.id for o in tx.find(Opportunity)] == [mine.id]
        assert tx.owner_of(Opportunity, theirs.id) == "coach-client-2"


def test_deleting_an_opportunity_cascades(store: Store) -> None:
    with store.transaction() as tx:
        o = _opportunity(tx)
        r = opportunities.add_round(tx, o)
        tx.add(Exchange(user_id=tx.user_id, round_id=r.id, position=1, question="Q"))
    with store.transaction() as tx:
        tx.delete(o)
    with store.transaction() as tx:
        assert tx.find(Exchange) == []
