"""The debrief page: exchanges added without reloads and autosaved as you type; transcripts."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from roundtwo.debrief import insight
from roundtwo.debrief import service as debrief
from roundtwo.domain import Exchange, Interviewer, Opportunity, Round
from roundtwo.errors import TranscriptError
from roundtwo.ledger import service as ledger
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Tx
from roundtwo.transcripts import service as transcripts
from roundtwo.transcripts.parse import parse_transcript, speaker_summary
from roundtwo.web.pages import _opportunity
from roundtwo.web.render import go, render, store_of

router = APIRouter()
Text = Annotated[str, Form()]


def _round(tx: Tx, oid: str, number: int) -> tuple[Opportunity, Round]:
    o = _opportunity(tx, oid)
    return o, opportunities.get_round(tx, o, number)


def _exchange_context(tx: Tx, o: Opportunity, rnd: Round) -> dict[str, object]:
    return {"o": o, "r": rnd, "people": opportunities.list_interviewers(tx, o)}


def _warnings(
    tx: Tx, o: Opportunity, exchanges: list[Exchange]
) -> dict[str, list[ledger.LedgerContradiction]]:
    """The ledger's contradictions each exchange's answer is part of, shown inline."""
    return ledger.warnings_by_exchange(tx, o.id, [e.id for e in exchanges])


@router.get("/o/{oid}/rounds/{number}")
def round_page(request: Request, oid: str, number: int) -> Response:
    with store_of(request).transaction() as tx:
        o, rnd = _round(tx, oid, number)
        exchanges = debrief.list_exchanges(tx, rnd)
        level = insight.target_level(o)
        context = {
            **_exchange_context(tx, o, rnd),
            "exchanges": exchanges,
            "insights": {e.id: insight.exchange_insight(e, level) for e in exchanges},
            "warnings": _warnings(tx, o, exchanges),
            "ledger_oid": o.id,
            "status": debrief.debrief_status(tx, rnd),
            "met": opportunities.round_interviewers(tx, rnd),
        }
    return render(request, "round.html", context)


@router.post("/o/{oid}/rounds/{number}/exchanges")
def add_exchange(request: Request, oid: str, number: int) -> Response:
    with store_of(request).transaction() as tx:
        o, rnd = _round(tx, oid, number)
        earlier = debrief.list_exchanges(tx, rnd)
        last_asker = next((e.interviewer_id for e in reversed(earlier) if e.interviewer_id), None)
        person = tx.get(Interviewer, last_asker) if last_asker else None
        e = debrief.add_exchange(tx, rnd, interviewer=person)
        context = {**_exchange_context(tx, o, rnd), "e": e, "focus": True}
    return render(request, "_exchange.html", context)


@router.post("/exchanges/{eid}")
def save_exchange(
    request: Request,
    eid: str,
    question: Text = "",
    answer: Text = "",
    notes: Text = "",
    interviewer_id: Text = "",
    self_rating: Text = "",
    weak_moment: Text = "",
    pushed_back: Text = "",
    surprise: Text = "",
) -> Response:
    """Autosave: the whole exchange form, sent as the user types (and on leaving the page)."""
    with store_of(request).transaction() as tx:
        e = tx.get(Exchange, eid)
        o = tx.get(Opportunity, tx.get(Round, e.round_id).opportunity_id)
        debrief.update_exchange(
            tx,
            e,
            question=question,
            answer=answer,
            notes=notes,
            interviewer_id=interviewer_id or None,
            self_rating=self_rating or None,
            weak_moment=bool(weak_moment),
            pushed_back=bool(pushed_back),
            surprise=bool(surprise),
        )
        warnings = ledger.exchange_warnings(tx, e)
    found = insight.exchange_insight(e, insight.target_level(o))
    context = {"insight": found, "ledger_warnings": warnings, "ledger_oid": o.id}
    page = render(request, "_insight.html", context)
    page.headers["X-Saved-At"] = e.updated_at.isoformat()
    return page


@router.post("/exchanges/{eid}/delete")
def delete_exchange(request: Request, eid: str) -> Response:
    with store_of(request).transaction() as tx:
        debrief.delete_exchange(tx, tx.get(Exchange, eid))
    return Response("", status_code=200)


@router.post("/o/{oid}/rounds/{number}/finish")
def finish(request: Request, oid: str, number: int, undo: Text = "") -> Response:
    with store_of(request).transaction() as tx:
        _, rnd = _round(tx, oid, number)
        debrief.finish_debrief(tx, rnd, done=not undo)
    return go(request, f"/o/{oid}/rounds/{number}")


# Transcripts ---------------------------------------------------------------------------------


def _uploads(request: Request) -> Path:
    folder = store_of(request).settings.home / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stashed(request: Request, key: str) -> Path:
    if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
        raise TranscriptError("The upload is missing: choose the transcript file again.")
    path = _uploads(request) / key
    if not path.is_file():
        raise TranscriptError("The upload has expired: choose the transcript file again.")
    return path


@router.post("/o/{oid}/rounds/{number}/transcript")
def upload_transcript(
    request: Request, oid: str, number: int, file: Annotated[UploadFile, File()]
) -> Response:
    """Check the file and keep it aside; nothing is added to the debrief until confirmed."""
    data = file.file.read()
    name = Path(file.filename or "transcript.txt").name
    parse_transcript(data, name)
    with store_of(request).transaction() as tx:
        _, rnd = _round(tx, oid, number)
        transcripts.check_not_imported(tx, rnd, data)
    key = hashlib.sha256(data).hexdigest()
    (_uploads(request) / key).write_bytes(data)
    return go(request, f"/o/{oid}/rounds/{number}/transcript/{key}?{urlencode({'name': name})}")


@router.get("/o/{oid}/rounds/{number}/transcript/{key}")
def map_speakers(request: Request, oid: str, number: int, key: str, name: str = "") -> Response:
    """Who is who: the user maps each speaker to themself, an interviewer, or skip."""
    transcript = parse_transcript(_stashed(request, key).read_bytes(), name)
    with store_of(request).transaction() as tx:
        o, rnd = _round(tx, oid, number)
        people = opportunities.list_interviewers(tx, o)
    words = dict.fromkeys(transcript.speakers, 0)
    for turn in transcript.turns:
        words[turn.speaker] += len(turn.text.split())
    context = {
        "o": o,
        "r": rnd,
        "key": key,
        "filename": name or "transcript",
        "format": transcript.format,
        "summary": speaker_summary(transcript),
        "people": people,
        "likely_me": max(words, key=lambda s: words[s]) if words else "",
    }
    return render(request, "transcript_map.html", context)


@router.post("/o/{oid}/rounds/{number}/transcript/confirm")
async def confirm_transcript(request: Request, oid: str, number: int) -> Response:
    form = await request.form()
    path = _stashed(request, str(form.get("key", "")))
    filename = str(form.get("filename", "transcript.txt"))
    mapping = {
        str(k).removeprefix("speaker:"): str(v)
        for k, v in form.multi_items()
        if str(k).startswith("speaker:")
    }
    data = path.read_bytes()
    store = store_of(request)

    def apply() -> None:
        with store.transaction() as tx:
            _, rnd = _round(tx, oid, number)
            transcripts.import_transcript(tx, rnd, data, filename, mapping)

    from starlette.concurrency import run_in_threadpool

    await run_in_threadpool(apply)
    path.unlink(missing_ok=True)
    return go(request, f"/o/{oid}/rounds/{number}#exchanges")
