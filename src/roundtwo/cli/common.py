"""What every CLI command shares: the console, the store, and finding what the user named."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console

if TYPE_CHECKING:
    from roundtwo.domain import Opportunity, Round
    from roundtwo.store import Tx

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


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
