"""The Ledger page in a real browser: the app served on loopback, Debian's chromium via Playwright.

Acceptance of the ledger flow as a user drives it: two rounds whose answers contradict each
other, the contradiction first with both quotes side by side and the fix; Lock and Retract in
place (no reload) and still so after one; then, back in the debrief, the retracted claim typed
again and flagged while typing. Answers saved before the ledger existed are pointed out and
read with one button. Nothing typed by the user ever runs as a script.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from browser_fixtures import Served, Watched
from roundtwo.debrief import service as debrief
from roundtwo.domain import LedgerEntry, LedgerStatus
from roundtwo.opportunities import service as opportunities

pytestmark = pytest.mark.browser

SCRIPT = "<script>alert(1)</script>"
FIVE = "At Northwind I led a team of five engineers."
SEVEN = "At Northwind I led seven engineers."
SAVED = f"That project saved $500k {SCRIPT}."


@dataclass
class Debriefed:
    ledger_url: str
    round_two_url: str
    blank: str  # the id of round two's exchange with no answer yet


def two_rounds_that_disagree(served: Served) -> Debriefed:
    """Round one told Dana five engineers; round two told Priya seven. A blank exchange waits
    in round two for the next answer."""
    with served.store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="Northwind", role_title="Engineer")
        dana = opportunities.add_interviewer(tx, o, name="Dana")
        priya = opportunities.add_interviewer(tx, o, name="Priya")
        r1 = opportunities.add_round(tx, o, status="completed")
        r2 = opportunities.add_round(tx, o, status="completed")
        debrief.add_exchange(tx, r1, question="Your team?", answer=FIVE, interviewer=dana)
        debrief.add_exchange(tx, r1, question="Impact?", answer=SAVED, interviewer=dana)
        debrief.add_exchange(tx, r2, question="Your team?", answer=SEVEN, interviewer=priya)
        blank = debrief.add_exchange(tx, r2, question="Who reported to you?", interviewer=priya)
    base = f"{served.url}/o/{o.id}"
    return Debriefed(f"{base}/ledger", f"{base}/rounds/{r2.number}", blank.id)


def entry(served: Served, text: str) -> LedgerEntry:
    with served.store.transaction() as tx:
        [found] = [e for e in tx.find(LedgerEntry) if e.text == text]
    return found


def test_reconcile_a_contradiction_then_get_warned_while_typing(
    served: Served, page: Watched
) -> None:
    setup = two_rounds_that_disagree(served)
    five, seven = entry(served, "five engineers"), entry(served, "seven engineers")
    p = page.page
    p.goto(setup.ledger_url)

    # The contradiction comes first: both quotes side by side, where each was said, the fix.
    sections = p.locator("#ledger section.card")
    expect(sections.nth(1)).to_have_id("contradictions")
    clash = p.locator("#contradictions .contradiction")
    expect(clash).to_have_count(1)
    expect(clash.locator("h3")).to_have_text("team size at Northwind")
    quotes = clash.locator("blockquote")
    expect(quotes.nth(0)).to_contain_text(f"“{FIVE}”")
    expect(quotes.nth(0)).to_contain_text("round 1, to Dana")
    expect(quotes.nth(1)).to_contain_text(f"“{SEVEN}”")
    expect(quotes.nth(1)).to_contain_text("round 2, to Priya")
    left, right = quotes.nth(0).bounding_box(), quotes.nth(1).bounding_box()
    assert left and right and left["y"] == right["y"] and left["x"] + left["width"] <= right["x"]
    expect(clash.locator(".fix")).to_contain_text("Fix: If it grew, say so")

    # The answer with a script in it is shown as text, and nothing runs.
    expect(p.locator(f"#entry-{entry(served, '$500k').id} q")).to_have_text(SAVED)

    # Lock the right figure and retract the wrong one, in place: the page never reloads.
    p.evaluate("window.sameDocument = true")
    p.locator(f"#entry-{five.id}").get_by_role("button", name="Lock").click()
    expect(p.locator(f"#entry-{five.id} .tag")).to_have_text("locked")
    p.locator(f"#entry-{seven.id}").get_by_role("button", name="Retract").click()
    expect(p.locator(f"#entry-{seven.id} .tag")).to_have_text("retracted")
    expect(p.locator("#contradictions")).to_have_count(0)
    expect(p.locator(".next-steps")).to_contain_text("No contradictions across 3 facts")
    assert p.evaluate("window.sameDocument") is True, "the page reloaded"
    assert entry(served, "five engineers").status is LedgerStatus.LOCKED
    assert entry(served, "seven engineers").status is LedgerStatus.RETRACTED

    p.reload()
    expect(p.locator(f"#entry-{five.id} .tag")).to_have_text("locked")
    expect(p.locator(f"#entry-{seven.id} .tag")).to_have_text("retracted")
    expect(p.locator(f"#entry-{seven.id}").get_by_role("button", name="Undo")).to_be_visible()

    # Back in the debrief, the retracted claim typed again is flagged while typing.
    p.goto(setup.round_two_url)
    warning = p.locator(f"#insight-{setup.blank} .ledger-inline")
    expect(warning).to_have_count(0)
    answer = p.locator(f"#exchange-{setup.blank} [name=answer]")
    answer.press_sequentially("Well, at Northwind I led seven engineers", delay=5)
    expect(warning).to_contain_text("Retracted, said again:")
    expect(warning).to_contain_text("Fix:")
    expect(warning.get_by_role("link", name="Open the ledger")).to_have_attribute(
        "href", setup.ledger_url.removeprefix(served.url)
    )

    p.goto(setup.ledger_url)
    hard = p.locator("#contradictions .contradiction.hard")
    expect(hard.locator(".tag.hard")).to_have_text("retracted, said again")
    expect(hard.locator("blockquote").nth(1)).to_contain_text("round 2, to Priya")
    page.assert_quiet()


def test_answers_saved_before_the_ledger_are_read_with_one_button(
    served: Served, page: Watched
) -> None:
    setup = two_rounds_that_disagree(served)
    with served.store.transaction() as tx:  # as after importing an export from before it
        for e in tx.find(LedgerEntry):
            tx.delete(e)
    p = page.page
    p.goto(setup.ledger_url)
    expect(p.locator("#unread")).to_contain_text(
        "You have 3 answers with figures, but the ledger is empty."
    )
    p.evaluate("window.sameDocument = true")
    p.get_by_role("button", name="Re-read all answers").click()
    expect(p.locator("#reread-result")).to_have_text("Re-read every answer: 3 facts in the ledger.")
    expect(p.locator("#contradictions .contradiction")).to_have_count(1)
    expect(p.locator("#unread")).to_have_count(0)
    assert p.evaluate("window.sameDocument") is True, "the page reloaded"
    p.reload()
    expect(p.locator("#facts")).to_contain_text("Facts you stated (3)")
    expect(p.locator("#reread-result")).to_have_count(0)
