"""A read-only or locked database: one line that says what to do, and nothing lost."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from helpers import one_line
from roundtwo.config import Settings
from roundtwo.domain import Opportunity
from roundtwo.errors import StoreBusy, StoreError
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Store


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file read-only even for root (who ignores permission bits): chattr +i."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode:
        pytest.fail("chattr +i is needed to make a file read-only for root on this machine")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def _seed(home: Path) -> Store:
    store = Store(Settings(home=home, database_url=f"sqlite:///{home / 'roundtwo.db'}"))
    with store.transaction() as tx:
        opportunities.create_opportunity(tx, company="Kept", role_title="Safe")
    store.close()
    return store


def _run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ROUNDTWO_HOME": str(home), "ROUNDTWO_BUSY_TIMEOUT": "0.3"}
    return subprocess.run(
        [sys.executable, "-m", "roundtwo", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_a_read_only_database_gets_one_line_and_loses_nothing(home: Path) -> None:
    store = _seed(home)
    with read_only(home / "roundtwo.db"):
        result = _run_cli(home, "opportunity", "add", "--company", "New", "--role", "Lost?")
        assert result.returncode == 1, result.stdout + result.stderr
        assert one_line(result.stderr) and "read-only" in result.stderr
        assert "chmod" in result.stderr and "Nothing was changed" in result.stderr
        listed = _run_cli(home, "opportunity", "list")
        assert listed.returncode == 0 and "Kept" in listed.stdout
    with store.transaction() as tx:
        assert [o.company for o in tx.find(Opportunity)] == ["Kept"]


def test_a_locked_database_gets_one_line_and_loses_nothing(home: Path) -> None:
    store = _seed(home)
    holder = sqlite3.connect(home / "roundtwo.db", timeout=0.1, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        busy = Store(
            Settings(home=home, database_url=store.settings.database_url, busy_timeout=0.2)
        )
        with pytest.raises(StoreBusy) as caught, busy.transaction() as tx:
            opportunities.create_opportunity(tx, company="Blocked", role_title="Wait")
        assert one_line(caught.value) and "locked by another program" in str(caught.value)
        busy.close()
        result = _run_cli(home, "opportunity", "add", "--company", "X", "--role", "Y")
        assert result.returncode == 1 and one_line(result.stderr)
        assert "locked" in result.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with store.transaction() as tx:
        assert [o.company for o in tx.find(Opportunity)] == ["Kept"]


def test_a_file_that_is_not_a_database(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "roundtwo.db").write_bytes(b"this is not sqlite at all" * 100)
    store = Store(Settings(home=home, database_url=f"sqlite:///{home / 'roundtwo.db'}"))
    with pytest.raises(StoreError, match="not a roundtwo database") as caught:
        store.migrate()
    assert one_line(caught.value)


def test_an_unreachable_postgres_says_so() -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=2"
    store = Store(Settings(home=Path("/tmp"), database_url=url))
    with pytest.raises(StoreError, match="Cannot reach the database") as caught:
        store.migrate()
    assert one_line(caught.value)
