"""The Ledger page and the debrief's inline ledger warnings, through the ASGI client."""

from __future__ import annotations

import re

from helpers import WebClient
from roundtwo.debrief import service as debrief
from roundtwo.domain import Exchange, LedgerEntry, LedgerStatus, Opportunity
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Store

HX = {"HX-Request": "true"}
FIVE = "At Northwind I led a team of five engineers."
SEVEN = "At Northwind my team was 7 engineers."


def _two_rounds(store: Store, first: str = FIVE, second: str = SEVEN) -> tuple[str, str, str]:
    """An opportunity with one answer per round; returns its id and the two exchange ids."""
    with store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="Northwind", role_title="Engineer")
        dana = opportunities.add_interviewer(tx, o, name="Dana")
        priya = opportunities.add_interviewer(tx, o, name="Priya")
        r1 = opportunities.add_round(tx, o, status="completed")
        r2 = opportunities.add_round(tx, o, status="completed")
        e1 = debrief.add_exchange(tx, r1, question="Your team?", answer=first, interviewer=dana)
        e2 = debrief.add_exchange(tx, r2, question="Your team?", answer=second, interviewer=priya)
    return o.id, e1.id, e2.id


def _entry(store: Store, text: str) -> LedgerEntry:
    with store.transaction() as tx:
        found = [e for e in tx.find(LedgerEntry) if e.text == text]
    assert len(found) == 1
    return found[0]


def test_an_empty_ledger_says_what_to_do(web: tuple[WebClient, Store]) -> None:
    client, store = web
    with store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="Northwind", role_title="Engineer")
    page = client.get(f"/o/{o.id}/ledger")
    assert page.status_code == 200
    assert "The ledger is empty" in page.text and "add the round you had" in page.text
    assert "No salary figure stated yet" in page.text


def test_contradictions_come_first_with_both_quotes_and_the_fix(
    web: tuple[WebClient, Store],
) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store)
    page = client.get(f"/o/{oid}/ledger").text
    assert "Reconcile 1 contradiction before the next round" in page
    contradictions, facts = page.index('id="contradictions"'), page.index('id="facts"')
    assert contradictions < facts < page.index('id="salary"') < page.index('id="recycled"')
    block = page[contradictions:facts]
    assert "“At Northwind I led a team of five engineers.”" in block
    assert "“At Northwind my team was 7 engineers.”" in block
    assert "In round 1 you told Dana" in block and "Fix:" in block
    assert "round 2, to Priya" in block
    assert "near verbatim" in page or "same story deeper" in page or "different story" in page
    opportunity = client.get(f"/o/{oid}").text
    assert f'href="/o/{oid}/ledger"' in opportunity
    assert "Reconcile 1 contradiction in your fact ledger" in opportunity


def test_lock_retract_and_undo_without_javascript(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store)
    five = _entry(store, "five engineers")
    response = client.post(f"/o/{oid}/ledger/{five.id}/lock", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/o/{oid}/ledger#entry-{five.id}"
    assert _entry(store, "five engineers").status is LedgerStatus.LOCKED
    client.post(f"/o/{oid}/ledger/{five.id}/retract")
    assert _entry(store, "five engineers").status is LedgerStatus.RETRACTED
    client.post(f"/o/{oid}/ledger/{five.id}/reactivate")
    assert _entry(store, "five engineers").status is LedgerStatus.ACTIVE


def test_htmx_actions_swap_the_refreshed_ledger_in_place(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store)
    five = _entry(store, "five engineers")
    response = client.post(f"/o/{oid}/ledger/{five.id}/correct", data={"value": "7"}, headers=HX)
    assert response.status_code == 200
    assert "<html" not in response.text  # a partial, not a page
    assert "No contradictions across 2 facts" in response.text
    assert "<s>five engineers</s> → 7" in response.text
    assert _entry(store, "five engineers").status is LedgerStatus.CORRECTED


def test_bad_actions_get_one_line(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store)
    five = _entry(store, "five engineers")
    missing = client.post(f"/o/{oid}/ledger/nope/lock", headers=HX)
    assert missing.status_code == 404 and "No ledger entry 'nope'" in missing.text
    assert "\n" not in missing.text.strip()
    odd = client.post(f"/o/{oid}/ledger/{five.id}/explode", headers=HX)
    assert odd.status_code == 404
    unreadable = client.post(
        f"/o/{oid}/ledger/{five.id}/correct", data={"value": "lots"}, headers=HX
    )
    assert unreadable.status_code == 400 and "Cannot read 'lots' as a count" in unreadable.text
    other_oid, _, _ = _two_rounds(store)
    foreign = client.post(f"/o/{other_oid}/ledger/{five.id}/lock", headers=HX)
    assert foreign.status_code == 404 and "another opportunity" in foreign.text
    page = client.get("/o/nope/ledger")
    assert page.status_code == 404 and "no such opportunity" in page.text


def test_writes_from_another_site_are_refused(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store)
    five = _entry(store, "five engineers")
    response = client.post(
        f"/o/{oid}/ledger/{five.id}/retract", headers={"Origin": "http://evil.example"}
    )
    assert response.status_code == 403
    assert _entry(store, "five engineers").status is LedgerStatus.ACTIVE


def test_the_autosave_returns_the_ledger_warnings_as_you_type(
    web: tuple[WebClient, Store],
) -> None:
    client, store = web
    oid, _, e2 = _two_rounds(store, second="I mostly worked alone.")
    quiet = client.post(f"/exchanges/{e2}", data={"question": "Team?", "answer": "Still alone."})
    assert "Ledger:" not in quiet.text
    loud = client.post(f"/exchanges/{e2}", data={"question": "Team?", "answer": SEVEN})
    assert loud.status_code == 200
    assert "Ledger:" in loud.text and "five engineers" in loud.text and "Fix:" in loud.text
    assert f'href="/o/{oid}/ledger"' in loud.text
    with store.transaction() as tx:
        number = opportunities.list_rounds(tx, tx.get(Opportunity, oid))[1].number
    page = client.get(f"/o/{oid}/rounds/{number}").text
    assert "Ledger:" in page and "In round 1 you told Dana" in page
    assert re.search(r'id="exchange-' + e2, page)


def test_a_retracted_claim_said_again_is_a_hard_inline_flag(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, e2 = _two_rounds(store, first="We saved $500k that year.", second="Nothing yet.")
    client.post(f"/o/{oid}/ledger/{_entry(store, '$500k').id}/retract")
    response = client.post(f"/exchanges/{e2}", data={"answer": "That project saved $500k."})
    assert "Retracted, said again:" in response.text
    ledger_page = client.get(f"/o/{oid}/ledger").text
    assert "retracted, said again" in ledger_page


def test_checking_a_planned_answer(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store, second="We shipped it.")
    url = f"/o/{oid}/ledger/check"
    clash = client.post(url, data={"text": "At Northwind I had 9 engineers."}, headers=HX)
    assert clash.status_code == 200 and "1 thing to fix before you say this" in clash.text
    fine = client.post(url, data={"text": "At Northwind I had 5 engineers."}, headers=HX)
    assert "Consistent with everything in the ledger" in fine.text
    empty = client.post(url, data={"text": "  "}, headers=HX)
    assert "Type or paste an answer" in empty.text
    whole = client.post(url, data={"text": "At Northwind I had 9 engineers."})
    assert "<html" in whole.text and "1 thing to fix" in whole.text
    huge = client.post(url, data={"text": "x" * 300_000}, headers=HX)
    assert huge.status_code == 400 and "limit" in huge.text


def test_html_in_answers_is_shown_escaped(web: tuple[WebClient, Store]) -> None:
    client, store = web
    attack = "At Northwind I led a team of five engineers <script>alert(1)</script>."
    oid, _, e2 = _two_rounds(store, first=attack, second="I had 9 engineers on my team.")
    page = client.get(f"/o/{oid}/ledger").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    saved = client.post(f"/exchanges/{e2}", data={"answer": "<img src=x onerror=alert(1)> 9"})
    assert "<img src=x" not in saved.text
    checked = client.post(
        f"/o/{oid}/ledger/check", data={"text": "<script>x()</script> I had 12 engineers."}
    )
    assert "<script>x()</script>" not in checked.text


def test_unicode_is_kept_on_the_page(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store, first="בצוות שלי — At Zürich Bank I led 5 engineers 🚀.")
    page = client.get(f"/o/{oid}/ledger").text
    assert "בצוות שלי" in page and "Zürich" in page and "🚀" in page


def test_deleting_an_exchange_in_the_debrief_updates_the_ledger(
    web: tuple[WebClient, Store],
) -> None:
    client, store = web
    oid, _, e2 = _two_rounds(store)
    assert client.post(f"/exchanges/{e2}/delete").status_code == 200
    with store.transaction() as tx:
        assert tx.first(Exchange, id=e2) is None
        assert [e.text for e in tx.find(LedgerEntry)] == ["five engineers"]
    assert "No contradictions" in client.get(f"/o/{oid}/ledger").text


def _forget_the_ledger(store: Store) -> None:
    """As if the answers were saved before the ledger existed (or came from an older export)."""
    with store.transaction() as tx:
        for entry in tx.find(LedgerEntry):
            tx.delete(entry)


def _count_entries(store: Store) -> int:
    with store.transaction() as tx:
        return len(tx.find(LedgerEntry))


def test_answers_the_ledger_has_not_read_are_pointed_out_not_read(
    web: tuple[WebClient, Store],
) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store)
    _forget_the_ledger(store)
    page = client.get(f"/o/{oid}/ledger").text
    assert "You have 2 answers with figures, but the ledger is empty." in page
    assert "older export" in page and "The ledger is empty. Debrief a round" not in page
    button = re.search(r'<form[^>]*action="/o/' + oid + r'/ledger/sync"[^>]*>(.*?)</form>', page)
    assert button and "Re-read all answers" in button.group(1)
    assert 'hx-post="/o/' + oid + '/ledger/sync"' in page
    assert "roundtwo ledger sync northwind-engineer" in page
    assert _count_entries(store) == 0  # opening the page writes nothing


def test_rereading_all_answers_without_javascript(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store)
    _forget_the_ledger(store)
    response = client.post(f"/o/{oid}/ledger/sync", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/o/{oid}/ledger?reread=2"
    assert _count_entries(store) == 2
    page = client.get(response.headers["location"]).text
    assert "Re-read every answer: 2 facts in the ledger." in page
    assert "Reconcile 1 contradiction before the next round" in page
    assert "but the ledger is empty" not in page
    assert "Re-read every answer" not in client.get(f"/o/{oid}/ledger").text
    assert "Re-read every answer" not in client.get(f"/o/{oid}/ledger?reread=x<b>").text


def test_rereading_in_place_keeps_what_the_user_decided(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store)
    client.post(f"/o/{oid}/ledger/{_entry(store, 'five engineers').id}/lock")
    client.post(f"/o/{oid}/ledger/{_entry(store, '7 engineers').id}/retract")
    page = client.get(f"/o/{oid}/ledger").text
    assert "Re-read all answers" in page and "older export" in page  # offered, not urged
    response = client.post(f"/o/{oid}/ledger/sync", headers=HX)
    assert response.status_code == 200 and "<html" not in response.text
    assert "Re-read every answer: 2 facts in the ledger." in response.text
    assert _entry(store, "five engineers").status is LedgerStatus.LOCKED
    assert _entry(store, "7 engineers").status is LedgerStatus.RETRACTED
    assert _count_entries(store) == 2


def test_answers_without_figures_do_not_ask_for_a_reread(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store, first="I enjoyed it.", second="We shipped it together.")
    page = client.get(f"/o/{oid}/ledger").text
    assert "The ledger is empty. Debrief a round" in page
    assert "Re-read all answers" not in page and "but the ledger is empty" not in page


def test_a_reread_from_another_site_is_refused(web: tuple[WebClient, Store]) -> None:
    client, store = web
    oid, _, _ = _two_rounds(store)
    _forget_the_ledger(store)
    response = client.post(f"/o/{oid}/ledger/sync", headers={"Origin": "http://evil.example"})
    assert response.status_code == 403 and _count_entries(store) == 0
    assert client.post("/o/nope/ledger/sync", headers=HX).status_code == 404
