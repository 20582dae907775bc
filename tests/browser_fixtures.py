"""The real-browser tests' fixtures: the app served on loopback, Debian's chromium, and tabs
that fail the test on any dialog (an injected script would open one) or uncaught page error.

Loaded for every test module through ``pytest_plugins`` in conftest.py; only the tests marked
``browser`` use them, and nothing here imports Playwright or uvicorn until a fixture runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from roundtwo.config import Settings
from roundtwo.store import Store

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class Served:
    url: str
    store: Store


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """The real app on 127.0.0.1 and a free port, over a fresh SQLite store."""
    from roundtwo.web.background import serving

    home = tmp_path / "served-home"
    home.mkdir()
    store = Store(Settings(home=home, database_url=f"sqlite:///{home / 'roundtwo.db'}"))
    store.migrate()
    try:
        with serving(store) as url:
            yield Served(url, store)
    finally:
        store.close()


@pytest.fixture(scope="module")  # not wider: Playwright's loop must stop before other tests
def browser() -> Iterator[Browser]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=10_000)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Watched:
    page: Page
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_quiet(self) -> None:
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"
        assert self.errors == [], f"the page raised: {self.errors}"


def watch(page: Page) -> Watched:
    """Record any dialog and any uncaught page error of ``page``."""
    watched = Watched(page)

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: watched.errors.append(str(error)))
    return watched


@pytest.fixture
def page(browser: Browser) -> Iterator[Watched]:
    """A fresh tab; the test fails if a dialog opened or the page raised."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    watched = watch(context.new_page())
    try:
        yield watched
        watched.assert_quiet()
    finally:
        context.close()
