"""The debrief in a real browser: the app served on loopback, Debian's chromium via Playwright.

Acceptance of the debrief flow as a user drives it: create an opportunity, add a round that
happened, debrief three exchanges that autosave, reload, import a Teams transcript, say who is
who, and see the interviewer's questions arrive. Typing is never lost when the tab goes away.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Route, expect

from browser_fixtures import Served, Watched, watch
from roundtwo.debrief import service as debrief
from roundtwo.domain import Exchange
from roundtwo.opportunities import service as opportunities

pytestmark = pytest.mark.browser

TRANSCRIPTS = Path(__file__).parent / "fixtures" / "transcripts"
SAVED = re.compile(r"^saved \d")
SCRIPT = "<script>alert(1)</script>"
HEBREW = "תל אביב"


def teams_transcript() -> Path:
    path = TRANSCRIPTS / "teams.vtt"
    assert path.is_file(), f"missing fixture {path}"
    return path


def debrief_ready(served: Served) -> tuple[str, str]:
    """An opportunity with a completed round and one blank exchange: (round URL, exchange id)."""
    with served.store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="Northwind", role_title="Engineer")
        rnd = opportunities.add_round(tx, o)
        opportunities.complete_round(tx, rnd)
        e = debrief.add_exchange(tx, rnd)
    return f"{served.url}/o/{o.id}/rounds/{rnd.number}", e.id


def stored_question(served: Served, eid: str) -> str:
    with served.store.transaction() as tx:
        return tx.get(Exchange, eid).question


def wait_for_question(served: Served, eid: str, text: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while stored_question(served, eid) != text:
        assert time.monotonic() < deadline, f"the server never got {text!r}"
        time.sleep(0.05)


def test_debrief_three_exchanges_then_import_a_teams_transcript(
    served: Served, page: Watched
) -> None:
    p = page.page
    p.goto(served.url + "/")
    expect(p.get_by_role("button", name="See a worked example first")).to_be_visible()

    form = p.locator("#new-opportunity form")
    form.locator("[name=company]").fill(f"{SCRIPT} Labs")
    form.locator("[name=role_title]").fill("Staff Engineer")
    form.locator("[name=level]").fill("staff")
    form.locator("[name=location]").fill(HEBREW)
    form.locator("[name=values]").fill("Ownership, Candour")
    form.get_by_role("button", name="Add opportunity").click()
    p.wait_for_url(re.compile(r"/o/[^/]+$"))

    expect(p.locator("h1")).to_contain_text(SCRIPT)
    expect(p.get_by_text(SCRIPT).first).to_be_visible()
    expect(p.get_by_text(HEBREW).first).to_be_visible()

    started = (datetime.now() - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    rounds = p.locator("#add-round form")
    rounds.locator("[name=when]").fill(started)
    rounds.locator("[name=format]").select_option("video")
    rounds.locator("[name=duration_minutes]").fill("45")
    expect(rounds.locator("[name=happened]")).to_be_checked()
    rounds.get_by_role("button", name="Add round").click()
    p.wait_for_url(re.compile(r"/o/[^/]+/rounds/1$"))
    round_url = p.url
    expect(p.locator(".crumbs")).to_contain_text(SCRIPT)

    exchanges = p.locator("form.exchange")
    expect(exchanges).to_have_count(0)
    typed = [
        ("Why do you want to leave your job?", "I want to own payments end to end.", "weak_moment"),
        ("How big was the team?", "Five engineers, for 18 months.", "pushed_back"),
        ("What would you change?", "Ship the reconciliation earlier.", "surprise"),
    ]
    adders: list[Callable[[], None]] = [
        lambda: p.locator("#add-exchange").click(),
        lambda: p.keyboard.press("Control+Enter"),
        lambda: p.keyboard.press("Alt+n"),
    ]
    for n, ((question, answer, flag), add) in enumerate(zip(typed, adders, strict=True), 1):
        add()
        expect(exchanges).to_have_count(n)
        exchange = exchanges.nth(n - 1)
        expect(exchange.locator("[name=question]")).to_be_focused()
        exchange.locator("[name=question]").fill(question)
        expect(exchange.locator(".save-state")).to_have_text("saving…")
        exchange.locator("[name=answer]").fill(answer)
        exchange.locator(f"[name={flag}]").check()
        expect(exchange.locator(".save-state")).to_have_text(SAVED)
        exchange.locator("[name=answer]").focus()

    p.reload()
    expect(exchanges).to_have_count(3)
    for exchange, (question, answer, flag) in zip(exchanges.all(), typed, strict=True):
        expect(exchange.locator("[name=question]")).to_have_value(question)
        expect(exchange.locator("[name=answer]")).to_have_value(answer)
        for box in ("weak_moment", "pushed_back", "surprise"):
            expect(exchange.locator(f"[name={box}]")).to_be_checked(checked=box == flag)

    upload = p.locator("#transcript form")
    upload.locator("input[name=file]").set_input_files(teams_transcript())
    upload.get_by_role("button", name="Read transcript").click()
    p.wait_for_url(re.compile(r"/transcript/[0-9a-f]{64}"))
    expect(p.locator("h1")).to_contain_text("Who is who")
    p.locator('select[name="speaker:Alex Rivera"]').select_option("me")
    expect(p.locator('select[name="speaker:Dana Whitfield"]')).to_have_value("Dana Whitfield")
    p.get_by_role("button", name="Add to the debrief").click()
    p.wait_for_url(re.compile(r"/rounds/1#exchanges$"))
    assert p.url.startswith(round_url)

    expect(exchanges.nth(3)).to_be_visible()
    imported = exchanges.all()[3:]
    assert imported, "the transcript added no exchanges"
    for exchange in imported:
        expect(exchange.locator(".save-state")).to_contain_text("from transcript")
        asked_by = exchange.locator("select[name=interviewer_id] option:checked")
        expect(asked_by).to_have_text("Dana Whitfield")
    expect(imported[0].locator("[name=question]")).to_have_value(re.compile("settlement"))
    expect(imported[0].locator("[name=answer]")).to_have_value(re.compile("4 hours"))
    expect(p.locator(".crumbs")).to_contain_text(SCRIPT)
    expect(p.get_by_text(HEBREW)).to_have_count(0)  # the location is not on this page
    for exchange, (question, _, _) in zip(exchanges.all()[:3], typed, strict=True):
        expect(exchange.locator("[name=question]")).to_have_value(question)
    page.assert_quiet()


def test_typing_survives_closing_the_tab_or_leaving(
    served: Served, browser: Browser, page: Watched
) -> None:
    round_url, eid = debrief_ready(served)
    p = page.page
    p.goto(round_url)
    question = p.locator(f"#exchange-{eid} [name=question]")

    # Close the tab right after typing, before the autosave's delay is up, and lose the
    # farewell beacon too (as in a crash): only this browser's draft can bring the text back.
    p.evaluate("navigator.sendBeacon = () => true")
    question.fill("What did the first 90 days look like?")
    p.close()
    assert stored_question(served, eid) == ""
    again = watch(p.context.new_page())
    again.page.goto(round_url)
    reopened = again.page.locator(f"#exchange-{eid}")
    expect(reopened.locator("[name=question]")).to_have_value(
        "What did the first 90 days look like?"
    )
    expect(reopened.locator(".save-state")).to_have_text(SAVED)
    wait_for_question(served, eid, "What did the first 90 days look like?")

    # Leave for another page at once: the beacon gets it to the server.
    reopened.locator("[name=question]").fill("Tell me about a conflict with a manager.")
    again.page.goto(served.url + "/")
    wait_for_question(served, eid, "Tell me about a conflict with a manager.")
    again.assert_quiet()

    elsewhere = browser.new_context()  # no drafts in this one's localStorage
    try:
        fresh = watch(elsewhere.new_page())
        fresh.page.goto(round_url)
        expect(fresh.page.locator(f"#exchange-{eid} [name=question]")).to_have_value(
            "Tell me about a conflict with a manager."
        )
        fresh.assert_quiet()
    finally:
        elsewhere.close()


def test_a_binary_transcript_gets_a_one_line_error_in_place(served: Served, page: Watched) -> None:
    round_url, _ = debrief_ready(served)
    p = page.page
    p.goto(round_url)
    upload = p.locator("#transcript form")
    upload.locator("input[name=file]").set_input_files(TRANSCRIPTS / "binary.vtt")
    upload.get_by_role("button", name="Read transcript").click()

    error = upload.locator(".form-error")
    expect(error).to_be_visible()
    expect(error).not_to_have_text("")
    message = error.inner_text()
    assert "\n" not in message.strip() and "Traceback" not in message
    assert p.url == round_url
    expect(p.locator("h1")).to_have_text("Debrief of round 1")


def test_typing_during_a_save_is_not_reported_saved(served: Served, page: Watched) -> None:
    round_url, eid = debrief_ready(served)
    p = page.page
    p.goto(round_url)
    held: list[Route] = []  # saves wait here; only the first is let through

    def hold(route: Route) -> None:
        held.append(route)

    p.context.route("**/exchanges/*", hold)
    p.evaluate("document.addEventListener('htmx:afterRequest', () => { window.answered = true; })")
    question = p.locator(f"#exchange-{eid} [name=question]")
    question.fill("Tell me about")
    while not held:  # the first save is on the wire; the user keeps typing
        p.wait_for_timeout(20)
    question.fill("Tell me about a time you failed.")
    held[0].continue_()
    p.wait_for_function("window.answered === true")  # the first save is back, the rest is not
    state = p.locator(".save-state").inner_text()
    draft = p.evaluate(f"localStorage.getItem('rt-draft:{eid}')")
    p.context.unroute_all(behavior="ignoreErrors")

    assert stored_question(served, eid) == "Tell me about"
    assert not SAVED.match(state), f"the page says {state!r} but the server lacks the last words"
    assert draft is not None, "the unsaved typing is no longer kept in this browser"


def test_an_old_draft_does_not_overwrite_a_newer_edit(served: Served, page: Watched) -> None:
    round_url, eid = debrief_ready(served)
    p = page.page
    p.goto(round_url)
    p.locator(f"#exchange-{eid} [name=question]").fill("First version")
    p.close()  # the beacon delivers it
    wait_for_question(served, eid, "First version")
    with served.store.transaction() as tx:  # changed later elsewhere: the CLI, another device
        debrief.update_exchange(tx, tx.get(Exchange, eid), question="Second version")

    reopened = p.context.new_page()
    reopened.goto(round_url)
    reopened.wait_for_load_state("networkidle")
    question = reopened.locator(f"#exchange-{eid} [name=question]")
    expect(question).to_have_value("Second version", timeout=3000)
    assert stored_question(served, eid) == "Second version"
