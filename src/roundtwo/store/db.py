"""Opening the store, its transactions, and a small typed mapper between rows and domain objects.

Every write goes through ``Store.transaction()``: all of it commits, or none of it does. On
SQLite the store keeps one writer at a time inside the process (the web app runs handlers on
a thread pool), WAL lets readers go on meanwhile, and a busy timeout waits out other processes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import typing
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Table, create_engine, event, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from roundtwo import domain
from roundtwo.config import Settings, load_settings
from roundtwo.errors import MissingExtra, NotFound, StoreBusy, StoreError, StoreReadOnly
from roundtwo.store import schema

T = TypeVar("T")

TABLES: dict[type[Any], Table] = {
    domain.User: schema.users,
    domain.Opportunity: schema.opportunities,
    domain.Round: schema.rounds,
    domain.Interviewer: schema.interviewers,
    domain.RoundInterviewer: schema.round_interviewers,
    domain.Exchange: schema.exchanges,
    domain.Task: schema.tasks,
    domain.TranscriptImport: schema.transcript_imports,
    domain.LedgerEntry: schema.ledger_entries,
    domain.MockSession: schema.mock_sessions,
    domain.MockTurn: schema.mock_turns,
}

# The revision `alembic upgrade head` ends at; a test keeps this in step with the migrations.
HEAD_REVISION = "0002_ledger_mock"


def _field_converters(cls: type[Any]) -> dict[str, Any]:
    """For each field typed as an Enum (or Enum | None), the Enum to rebuild it with."""
    hints = typing.get_type_hints(cls)
    converters: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        for candidate in typing.get_args(hints[f.name]) or (hints[f.name],):
            if isinstance(candidate, type) and issubclass(candidate, Enum):
                converters[f.name] = candidate
    return converters


_CONVERTERS = {cls: _field_converters(cls) for cls in TABLES}


def to_row(obj: Any) -> dict[str, Any]:
    row = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        row[f.name] = value.value if isinstance(value, Enum) else value
    return row


def from_row(cls: type[T], row: Any) -> T:
    data = dict(row._mapping)
    for name, enum in _CONVERTERS[cls].items():
        if data[name] is not None:
            data[name] = enum(data[name])
    return cls(**data)


class Tx:
    """One transaction, scoped to one user: every read and write is filtered by ``user_id``."""

    def __init__(self, conn: Connection, user_id: str) -> None:
        self.conn = conn
        self.user_id = user_id

    def _table(self, cls: type[Any]) -> Table:
        return TABLES[cls]

    def add(self, obj: T) -> T:
        self._check_owner(obj)
        self.conn.execute(self._table(type(obj)).insert().values(**to_row(obj)))
        return obj

    def save(self, obj: T) -> T:
        """Write every field of ``obj`` back, stamping ``updated_at``."""
        self._check_owner(obj)
        if hasattr(obj, "updated_at"):
            obj.updated_at = domain.utcnow()
        return self.replace(obj)

    def replace(self, obj: T) -> T:
        """Write every field of ``obj`` back exactly as it is (imports keep their timestamps)."""
        self._check_owner(obj)
        table = self._table(type(obj))
        row = to_row(obj)
        self.conn.execute(
            table.update()
            .where(table.c.id == row["id"], table.c.user_id == self.user_id)
            .values(**row)
        )
        return obj

    def owner_of(self, cls: type[Any], id: str) -> str | None:
        """Who owns the row with this id, whoever it is (None when there is no such row)."""
        table = self._table(cls)
        owner = self.conn.execute(select(table.c.user_id).where(table.c.id == id)).scalar()
        return None if owner is None else str(owner)

    def delete(self, obj: Any) -> None:
        table = self._table(type(obj))
        self.conn.execute(
            table.delete().where(table.c.id == obj.id, table.c.user_id == self.user_id)
        )

    def find(self, cls: type[T], order_by: str | None = None, **where: Any) -> list[T]:
        table = self._table(cls)
        query = select(table).where(table.c.user_id == self.user_id)
        for name, value in where.items():
            query = query.where(table.c[name] == value)
        if order_by:
            query = query.order_by(table.c[order_by], table.c.id)
        return [from_row(cls, row) for row in self.conn.execute(query)]

    def first(self, cls: type[T], **where: Any) -> T | None:
        found = self.find(cls, **where)
        return found[0] if found else None

    def get(self, cls: type[T], id: str) -> T:
        found = self.first(cls, id=id)
        if found is None:
            raise NotFound(f"No {cls.__name__.lower()} with id {id!r}.")
        return found

    def _check_owner(self, obj: Any) -> None:
        owner = getattr(obj, "user_id", None)
        if owner is not None and owner != self.user_id:
            raise StoreError("Refusing to write a row owned by another user.")


class Store:
    def __init__(self, settings: Settings, user_id: str = domain.LOCAL_USER_ID) -> None:
        self.settings = settings
        self.user_id = user_id
        self._engine: Engine | None = None
        self._write_lock = threading.Lock() if settings.is_sqlite else None
        self._ready = False

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._create_engine()
        return self._engine

    def _create_engine(self) -> Engine:
        settings = self.settings
        if settings.is_sqlite:
            path = Path(settings.where)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreReadOnly(
                    f"Cannot create the data folder {path.parent} ({exc.strerror}): "
                    "set ROUNDTWO_HOME to a folder you can write."
                ) from None
            engine = create_engine(
                settings.database_url, connect_args={"timeout": settings.busy_timeout}
            )
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        try:
            return create_engine(settings.database_url, pool_pre_ping=True)
        except ModuleNotFoundError:
            raise MissingExtra(
                "PostgreSQL needs the psycopg driver: pip install 'roundtwo[postgres]'."
            ) from None

    def migrate(self) -> str:
        """Bring the schema to the newest revision; returns the revision it is at."""
        from roundtwo.store.migrate import upgrade_to_head

        with self._guard():
            upgrade_to_head(self.engine)
            with self.engine.begin() as conn:
                _ensure_user(conn, self.user_id)
        self._ready = True
        return HEAD_REVISION

    def current_revision(self) -> str | None:
        with self._guard(), self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except SQLAlchemyError:
                return None

    def _ensure_ready(self) -> None:
        if not self._ready:
            if self.current_revision() != HEAD_REVISION:
                self.migrate()
            else:
                with self._guard(), self.engine.begin() as conn:
                    _ensure_user(conn, self.user_id)
            self._ready = True

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """All-or-nothing: the block's writes commit together when it ends without error."""
        self._ensure_ready()
        lock = self._write_lock or nullcontext()
        with lock, self._guard(), self.engine.begin() as conn:
            yield Tx(conn, self.user_id)

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except (OperationalError, DBAPIError) as exc:
            raise translate_error(exc, self.settings) from None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        # A read-only file cannot switch journal mode; reads still work without WAL.
        with contextlib.suppress(Exception):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _ensure_user(conn: Connection, user_id: str) -> None:
    table = schema.users
    exists = conn.execute(select(table.c.id).where(table.c.id == user_id)).first()
    if exists is None:
        name = "You" if user_id == domain.LOCAL_USER_ID else user_id
        conn.execute(table.insert().values(id=user_id, name=name, created_at=domain.utcnow()))


def translate_error(exc: Exception, settings: Settings) -> StoreError:
    """One line a user can act on, from whatever the database driver said."""
    said = str(getattr(exc, "orig", exc)).lower()
    where = settings.where
    if "readonly" in said or "read-only" in said:
        return StoreReadOnly(
            f"The database {where} is read-only: make it writable (chmod u+w) "
            "or set ROUNDTWO_HOME to a folder you can write. Nothing was changed."
        )
    if "locked" in said or "busy" in said:
        return StoreBusy(
            f"The database {where} is locked by another program: close it (or wait) "
            "and try again. Nothing was changed."
        )
    if "unable to open" in said:
        return StoreReadOnly(
            f"Cannot open the database {where}: check that its folder exists and is "
            "writable, or set ROUNDTWO_HOME."
        )
    if "connection" in said or "could not connect" in said or "refused" in said:
        return StoreError(
            f"Cannot reach the database {where}: is the server running? "
            "Check ROUNDTWO_DATABASE_URL."
        )
    if "file is not a database" in said or "malformed" in said:
        return StoreError(
            f"{where} is not a roundtwo database (or is damaged): move it aside "
            "or set ROUNDTWO_HOME to another folder."
        )
    first_line = said.splitlines()[0] if said else type(exc).__name__
    return StoreError(f"The database {where} refused the change ({first_line}).")


def open_store(settings: Settings | None = None) -> Store:
    """The store the current configuration points at (``ROUNDTWO_HOME`` / database URL)."""
    return Store(settings or load_settings())
