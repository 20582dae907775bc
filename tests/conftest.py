"""Shared fixtures: a fresh ROUNDTWO_HOME per test, stores on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from helpers import WebClient
from roundtwo.config import Settings
from roundtwo.store import Store

pytest_plugins = ["browser_fixtures"]

POSTGRES_URL = os.environ.get(
    "ROUNDTWO_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the user's real data."""
    folder = tmp_path / "roundtwo-home"
    monkeypatch.setenv("ROUNDTWO_HOME", str(folder))
    monkeypatch.delenv("ROUNDTWO_DATABASE_URL", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    return folder


@pytest.fixture
def postgres_schema() -> Iterator[str]:
    """A throwaway schema in the machine's PostgreSQL; its URL points search_path at it."""
    schema = f"rt_test_{secrets.token_hex(6)}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, home: Path) -> Iterator[Store]:
    """The store on each backend the product supports."""
    if request.param == "sqlite":
        url = f"sqlite:///{home / 'roundtwo.db'}"
    else:
        url = request.getfixturevalue("postgres_schema")
    store = Store(Settings(home=home, database_url=url, busy_timeout=0.5))
    store.migrate()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def sqlite_store(home: Path) -> Iterator[Store]:
    store = Store(Settings(home=home, database_url=f"sqlite:///{home / 'roundtwo.db'}"))
    store.migrate()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def web(home: Path) -> Iterator[tuple[WebClient, Store]]:
    """The web app over a fresh SQLite store, driven in-process (no server)."""
    from roundtwo.web.app import create_app

    store = Store(Settings(home=home, database_url=f"sqlite:///{home / 'roundtwo.db'}"))
    client = WebClient(create_app(store))
    try:
        yield client, store
    finally:
        client.close()
        store.close()
