"""Take the README's screenshots: the demo in Debian's chromium, saved under docs/images/.

    .venv/bin/python scripts/screenshots.py [--out docs/images]

Serves the app on loopback over a throwaway home, loads the demo the way a user does (the
button on the empty home page), and saves home.png, opportunity.png, debrief.png, ledger.png
and mock.png (a mock interview that catches a figure changed since round one).
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import FloatRect, Page, sync_playwright

from roundtwo.config import Settings
from roundtwo.store import Store
from roundtwo.web.background import serving

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTH = 1200
DEBRIEF_HEIGHT = 1400


@contextmanager
def serve(home: Path) -> Iterator[str]:
    """The app on 127.0.0.1 and a free port over a fresh SQLite store in ``home``; its URL."""
    store = Store(Settings(home=home, database_url=f"sqlite:///{home / 'roundtwo.db'}"))
    store.migrate()
    try:
        with serving(store) as url:
            yield url
    finally:
        store.close()


def shoot(page: Page, path: Path, max_height: int | None = None) -> None:
    page.wait_for_load_state("networkidle")
    page.evaluate("document.activeElement && document.activeElement.blur()")  # no focus ring
    if max_height is None:
        page.screenshot(path=path, full_page=True)
    else:
        height = min(max_height, page.evaluate("document.documentElement.scrollHeight"))
        clip: FloatRect = {"x": 0, "y": 0, "width": WIDTH, "height": height}
        page.screenshot(path=path, full_page=True, clip=clip)
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def take(url: str, out: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": WIDTH, "height": 900})
            page.goto(url + "/")
            page.get_by_role("button", name="See a worked example first").click()
            page.wait_for_url(re.compile(r"/o/[^/]+$"))
            shoot(page, out / "opportunity.png")
            opportunity = page.url
            page.goto(opportunity + "/rounds/1")
            shoot(page, out / "debrief.png", max_height=DEBRIEF_HEIGHT)
            page.goto(opportunity + "/ledger")
            shoot(page, out / "ledger.png", max_height=DEBRIEF_HEIGHT)
            rehearse(page, opportunity)
            shoot(page, out / "mock.png", max_height=DEBRIEF_HEIGHT)
            page.goto(url + "/")
            shoot(page, out / "home.png")
        finally:
            browser.close()


ANSWERS = (
    "We had a disagreement about the rollout. We talked it through and it went fine.",
    "At Lumen Bank I led the migration with a team of seven engineers; I proposed the flag "
    "and cut p99 latency from 900 ms to 240 ms.",
)


def rehearse(page: Page, opportunity: str) -> None:
    """Start a mock interview from the opportunity page and give two answers, as a user does."""
    page.goto(opportunity)
    page.get_by_role("button", name="Start a mock interview").click()
    page.wait_for_url(re.compile(r"/mock/[^/]+$"))
    for number, text in enumerate(ANSWERS, start=2):
        page.locator("#answer").fill(text)
        page.locator("#answer").press("Control+Enter")
        page.wait_for_function(f"document.getElementById('position').value >= {number}")
    page.wait_for_load_state("networkidle")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="roundtwo-screenshots-") as home,
        serve(Path(home)) as url,
    ):
        take(url, out)


if __name__ == "__main__":
    main()
