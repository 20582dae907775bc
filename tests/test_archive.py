"""Export → import → export gives the identical document, on both backends; bad files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import one_line
from roundtwo.archive import service as archive
from roundtwo.config import Settings
from roundtwo.debrief import service as debrief
from roundtwo.demo.service import load_demo
from roundtwo.domain import Exchange, Opportunity
from roundtwo.errors import ImportFailed
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Store
from roundtwo.tasks import service as tasks


def _fill(store: Store) -> dict[str, object]:
    with store.transaction() as tx:
        o, _ = load_demo(tx)
        r = opportunities.get_round(tx, o, 1)
        debrief.add_exchange(tx, r, question="<b>bold?</b>", answer="שלום — 5 people, ~40%")
        tasks.add_task(tx, o, "Send the case study")
        return archive.export_document(tx)


def test_export_import_export_is_identical(store: Store, tmp_path: Path) -> None:
    first = _fill(store)
    fresh = Store(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'fresh.db'}"))
    try:
        with fresh.transaction() as tx:
            report = archive.import_document(tx, archive.load_document(archive.dumps(first)))
            second = archive.export_document(tx)
    finally:
        fresh.close()
    assert archive.dumps(second) == archive.dumps(first)
    records = sum(len(v) for v in first.values() if isinstance(v, list))
    assert sum(report.added.values()) == records
    assert len(first["exchanges"]) == 7  # type: ignore[arg-type]


def test_importing_the_same_export_twice_duplicates_nothing(store: Store) -> None:
    document = _fill(store)
    with store.transaction() as tx:
        report = archive.import_document(tx, document)
        assert sum(report.added.values()) == 0 and sum(report.updated.values()) == 0
        assert len(tx.find(Opportunity)) == 1
        report = archive.import_document(tx, document)
        assert len(tx.find(Exchange)) == 7
        assert archive.export_document(tx) == document
    assert "0 added" in report.summary()


def test_import_keeps_newer_local_edits(sqlite_store: Store) -> None:
    document = _fill(sqlite_store)
    with sqlite_store.transaction() as tx:
        e = tx.find(Exchange)[0]
        e.updated_at = e.updated_at.replace(year=e.updated_at.year + 1)
        e.answer = "edited after the export"
        tx.replace(e)
        archive.import_document(tx, document)
        assert tx.get(Exchange, e.id).answer == "edited after the export"


def test_import_adds_to_an_existing_store(sqlite_store: Store, tmp_path: Path) -> None:
    document = _fill(sqlite_store)
    other = Store(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'other.db'}"))
    try:
        with other.transaction() as tx:
            opportunities.create_opportunity(tx, company="Kept", role_title="Here")
            archive.import_document(tx, document)
            companies = sorted(o.company for o in tx.find(Opportunity))
    finally:
        other.close()
    assert companies == ["Kept", "Northwind Payments"]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "empty"),
        (b"\x00\xff\xfe\x00binary", "not text"),
        (b'{"format": "roundtwo-export", "version": 1,', r"not valid JSON \(line 1"),
        (b'{"hello": "world"}', "not a roundtwo export"),
        (b'{"format": "roundtwo-export", "version": 99}', "version 99"),
        (b"[1, 2, 3]", "not a roundtwo export"),
    ],
)
def test_bad_export_files_get_one_line(data: bytes, says: str) -> None:
    with pytest.raises(ImportFailed, match=says) as caught:
        archive.load_document(data)
    assert one_line(caught.value)


def test_a_damaged_record_writes_nothing(sqlite_store: Store) -> None:
    document = _fill(sqlite_store)
    damaged = json.loads(archive.dumps(document))
    damaged["exchanges"][3].pop("round_id")
    with sqlite_store.transaction() as tx:
        for o in tx.find(Opportunity):
            tx.delete(o)
    lacks = "Record 4 of exchanges lacks the field 'round_id'"
    with pytest.raises(ImportFailed, match=lacks), sqlite_store.transaction() as tx:
        archive.import_document(tx, damaged)
    with sqlite_store.transaction() as tx:
        assert tx.find(Opportunity) == []
