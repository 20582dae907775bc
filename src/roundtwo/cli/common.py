"""What every CLI command shares: the console, the store, and finding what the user named.

The consoles are made on first use (``from roundtwo.cli.common import console`` inside a
command), so that a command printing JSON, such as ``roundtwo analyze --json``, never imports Rich.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from roundtwo.domain import Opportunity, Round
    from roundtwo.store import Tx

    console: Console
    err_console: Console


def __getattr__(name: str) -> Console:
    """``console`` (stdout) and ``err_console`` (stderr), each made once, on first use."""
    if name not in ("console", "err_console"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rich.console import Console

    made = Console(stderr=name == "err_console", highlight=False)
    globals()[name] = made
    return made


@contextmanager
def transaction() -> Iterator[Tx]:
    from roundtwo.store import open_store

    store = open_store()
    try:
        with store.transaction() as tx:
            yield tx
    finally:
        store.close()


def opportunity_and_round(tx: Tx, ref: str, number: int) -> tuple[Opportunity, Round]:
    from roundtwo.opportunities import service as opportunities

    opportunity = opportunities.find_opportunity(tx, ref)
    return opportunity, opportunities.get_round(tx, opportunity, number)


def split_csv(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]
