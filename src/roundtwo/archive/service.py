"""The export document (format ``roundtwo-export``, version 1) and a merge-safe import.

Export → import into a fresh store → export gives the identical document: records keep their
ids and timestamps, collections are sorted by id, and the document carries no export time.
Importing into a store that already holds some of the records adds what is missing, updates
what the document has newer, and never duplicates anything. An import is one transaction.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from roundtwo import domain
from roundtwo.errors import ImportFailed
from roundtwo.store import Tx
from roundtwo.store.db import from_row, to_row

FORMAT = "roundtwo-export"
VERSION = 1
MAX_IMPORT_BYTES = 100 * 1024 * 1024

# In the order an import must write them (parents first).
COLLECTIONS: dict[str, type[Any]] = {
    "opportunities": domain.Opportunity,
    "interviewers": domain.Interviewer,
    "rounds": domain.Round,
    "round_interviewers": domain.RoundInterviewer,
    "exchanges": domain.Exchange,
    "tasks": domain.Task,
    "transcript_imports": domain.TranscriptImport,
    "ledger_entries": domain.LedgerEntry,
    "mock_sessions": domain.MockSession,
    "mock_turns": domain.MockTurn,
}


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def export_document(tx: Tx) -> dict[str, Any]:
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for name, cls in COLLECTIONS.items():
        records = []
        for obj in sorted(tx.find(cls), key=lambda o: o.id):
            row = to_row(obj)
            row.pop("user_id")
            records.append({key: _encode(value) for key, value in row.items()})
        document[name] = records
    return document


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        def total(counts: dict[str, int]) -> int:
            return sum(counts.values())

        return (
            f"{total(self.added)} added, {total(self.updated)} updated, "
            f"{total(self.unchanged)} already there"
        )


def load_document(data: bytes | str) -> dict[str, Any]:
    """Parse and check the envelope of an export file; one-line errors for anything else."""
    if isinstance(data, bytes):
        if len(data) > MAX_IMPORT_BYTES:
            raise ImportFailed(
                f"The file is {len(data) / 1e6:.0f} MB; an export is at most "
                f"{MAX_IMPORT_BYTES // 2**20} MB. Is this the right file?"
            )
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportFailed(
                "This file is not a roundtwo export (it is not text): "
                "pick the .json file `roundtwo export` wrote."
            ) from None
    if not data.strip():
        raise ImportFailed("The file is empty: pick the .json file `roundtwo export` wrote.")
    try:
        document = json.loads(data)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            f"This file is not valid JSON (line {exc.lineno}, column {exc.colno}): "
            "pick the .json file `roundtwo export` wrote, unedited."
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFailed(
            'This JSON file is not a roundtwo export (no "format": "roundtwo-export").'
        )
    if document.get("version") != VERSION:
        raise ImportFailed(
            f"This export has version {document.get('version')!r}; this roundtwo reads "
            f"version {VERSION}. Update roundtwo and try again."
        )
    return document


def _decode(cls: type[Any], record: Any, user_id: str, where: str) -> Any:
    if not isinstance(record, dict):
        raise ImportFailed(f"{where} is not an object: the file is damaged.")
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {"user_id": user_id}
    for f in dataclasses.fields(cls):
        if f.name == "user_id":
            continue
        if f.name not in record:
            if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                continue
            raise ImportFailed(f"{where} lacks the field {f.name!r}: the file is damaged.")
        raw = record[f.name]
        if raw is not None and datetime in (*typing.get_args(hints[f.name]), hints[f.name]):
            try:
                raw = datetime.fromisoformat(raw)
            except (TypeError, ValueError):
                raise ImportFailed(f"{where} has an unreadable date in {f.name!r}.") from None
        values[f.name] = raw
    try:
        return from_row(cls, _Row(values))
    except (TypeError, ValueError) as exc:
        raise ImportFailed(f"{where} has an invalid value ({exc}).") from None


class _Row:
    """Lets ``from_row`` take a plain dict."""

    def __init__(self, mapping: dict[str, Any]) -> None:
        self._mapping = mapping


def import_document(tx: Tx, document: dict[str, Any]) -> ImportReport:
    report = ImportReport()
    for name, cls in COLLECTIONS.items():
        records = document.get(name, [])
        if not isinstance(records, list):
            raise ImportFailed(f"{name!r} in the file is not a list: the file is damaged.")
        for index, record in enumerate(records, start=1):
            incoming = _decode(cls, record, tx.user_id, f"Record {index} of {name}")
            outcome = _merge(tx, incoming)
            counts = getattr(report, outcome)
            counts[name] = counts.get(name, 0) + 1
    return report


def _merge(tx: Tx, incoming: Any) -> str:
    cls = type(incoming)
    owner = tx.owner_of(cls, incoming.id)
    if owner is not None and owner != tx.user_id:
        raise ImportFailed(
            f"The {cls.__name__.lower()} {incoming.id} belongs to another user of this store."
        )
    existing = tx.first(cls, id=incoming.id) if owner else None
    if existing is None:
        if isinstance(incoming, domain.Opportunity):
            _free_slug(tx, incoming)
        tx.add(incoming)
        return "added"
    if to_row(existing) == to_row(incoming):
        return "unchanged"
    if incoming.updated_at >= existing.updated_at:
        tx.replace(incoming)
        return "updated"
    return "unchanged"


def _free_slug(tx: Tx, incoming: domain.Opportunity) -> None:
    taken = {o.slug for o in tx.find(domain.Opportunity)}
    base, n = incoming.slug, 2
    while incoming.slug in taken:
        incoming.slug, n = f"{base}-{n}", n + 1
