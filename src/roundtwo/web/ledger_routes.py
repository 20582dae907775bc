"""The Ledger page of an opportunity: contradictions first, then every fact by subject, the
salary figures and the recycled answers; lock, correct and retract in place."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from roundtwo.domain import LedgerStatus, Opportunity
from roundtwo.ledger import service as ledger
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Tx
from roundtwo.web.pages import _opportunity
from roundtwo.web.render import is_htmx, render, store_of

router = APIRouter()
Text = Annotated[str, Form()]
ACTIONS = {"lock": ledger.lock, "retract": ledger.retract, "reactivate": ledger.reactivate}


def ledger_context(tx: Tx, o: Opportunity, reread: int | None = None) -> dict[str, Any]:
    """What the Ledger page shows; ``reread`` is how many facts a re-read just found."""
    found = ledger.contradictions(tx, o.id)
    groups = ledger.entries(tx, o.id)
    flagged = {v.entry.id for c in found for v in c.sides if v is not None}
    count = sum(len(g.entries) for g in groups)
    return {
        "o": o,
        "contradictions": found,
        "groups": groups,
        "salary": ledger.salary_entries(tx, o.id),
        "recycled": ledger.recycled(tx, o.id),
        "flagged": flagged,
        "count": count,
        "unread": 0 if count else ledger.answers_to_read(tx, o.id),
        "reread": reread,
        "rounds": opportunities.list_rounds(tx, o),
        "statuses": LedgerStatus,
    }


@router.get("/o/{oid}/ledger")
def ledger_page(request: Request, oid: str, reread: str = "") -> Response:
    """The page; ``?reread=N`` (after a re-read without JavaScript) says what it found.
    Opening it never writes: answers the ledger has not read are pointed out, not read."""
    with store_of(request).transaction() as tx:
        context = ledger_context(tx, _opportunity(tx, oid), _count(reread))
    return render(request, "ledger.html", context)


def _count(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else None


@router.post("/o/{oid}/ledger/sync")
def reread_answers(request: Request, oid: str) -> Response:
    """Re-read every answer of the opportunity into the ledger (answers saved before it
    existed, or imported from an older export), keeping what the user locked, corrected or
    retracted. HTMX swaps the refreshed ledger in place; a plain form goes back to the page."""
    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        count = ledger.sync_opportunity(tx, o)
        context = ledger_context(tx, o, count) if is_htmx(request) else {}
    if not is_htmx(request):
        return RedirectResponse(f"/o/{oid}/ledger?reread={count}", status_code=303)
    return render(request, "_ledger.html", context)


def _after_change(request: Request, oid: str, entry_id: str) -> Response:
    """HTMX swaps the refreshed ledger in place; a plain form goes back to the page."""
    if not is_htmx(request):
        return RedirectResponse(f"/o/{oid}/ledger#entry-{entry_id}", status_code=303)
    with store_of(request).transaction() as tx:
        context = ledger_context(tx, _opportunity(tx, oid))
    return render(request, "_ledger.html", context)


@router.post("/o/{oid}/ledger/{entry_id}/correct")
def correct_entry(request: Request, oid: str, entry_id: str, value: Text = "") -> Response:
    """The right figure, as the user would say it: checked from now on instead."""
    from roundtwo.errors import NotFound

    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        entry = ledger.get_entry(tx, entry_id)
        if entry.opportunity_id != o.id:
            raise NotFound("That entry belongs to another opportunity: reload the ledger.")
        ledger.correct(tx, entry.id, value)
    return _after_change(request, oid, entry.id)


@router.post("/o/{oid}/ledger/{entry_id}/{action}")
def change_entry(request: Request, oid: str, entry_id: str, action: str) -> Response:
    """Lock (this is my number), retract (never say it again) or reactivate an entry."""
    from roundtwo.errors import NotFound

    if action not in ACTIONS:
        raise NotFound("There is no such action: lock, retract or reactivate an entry.")
    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        entry = ledger.get_entry(tx, entry_id)
        if entry.opportunity_id != o.id:
            raise NotFound("That entry belongs to another opportunity: reload the ledger.")
        ACTIONS[action](tx, entry.id)
    return _after_change(request, oid, entry.id)


@router.post("/o/{oid}/ledger/check")
def check_answer(request: Request, oid: str, text: Text = "", question: Text = "") -> Response:
    """Check an answer you plan to give against the ledger; nothing is saved."""
    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        found = ledger.check_text(tx, o.id, text, question)
        context = {"o": o, "checked": found, "text": text, "question": question}
        if not is_htmx(request):
            context = {**ledger_context(tx, o), **context}
    return render(request, "_ledger_check.html" if is_htmx(request) else "ledger.html", context)
