"""The mock round-two interview in the browser: start, a chat-like session, hints, feedback.

Every answer is saved with the next question in one transaction; a reload (or a closed tab)
resumes where the session stopped. HTMX swaps the next question in without a reload; every
form also works as a plain POST.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from roundtwo.domain import MockSession, MockStatus, MockTurn
from roundtwo.errors import InvalidInput
from roundtwo.mock import service as mock
from roundtwo.mock.data import session_label
from roundtwo.opportunities import service as opportunities
from roundtwo.web import mock_view
from roundtwo.web.pages import _opportunity
from roundtwo.web.render import go, is_htmx, render, store_of

router = APIRouter()
Text = Annotated[str, Form()]


@router.get("/o/{oid}/mock")
def start_page(request: Request, oid: str) -> Response:
    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        context = {
            "o": o,
            "rounds": opportunities.list_rounds(tx, o),
            **mock_view.section(tx, o),
        }
    return render(request, "mock_start.html", context)


@router.post("/o/{oid}/mock")
def start(
    request: Request,
    oid: str,
    persona: Text = "direct",
    mode: Text = "one",
    panel: Annotated[list[str] | None, Form()] = None,
    timed: Text = "",
    timed_seconds: Text = "120",
    round_id: Text = "",
    max_questions: Text = "20",
) -> Response:
    ids = list(panel or []) if mode == "panel" else [persona]
    seconds = _number(timed_seconds, "answer timer") if timed else None
    cap = _number(max_questions, "question cap")
    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        if mode == "panel" and not 2 <= len(ids) <= 4:
            raise InvalidInput("Pick two to four interviewers for a panel.")
        session = mock.start_session(
            tx, o.id, round_id or None, ids, timed_seconds=seconds, max_questions=cap
        )
    return go(request, f"/mock/{session.id}")


def _number(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidInput(f"The {what} must be a whole number, not {text.strip()!r}.") from None


@router.get("/mock/{sid}")
def session_page(request: Request, sid: str) -> Response:
    with store_of(request).transaction() as tx:
        live = mock.resume(tx, sid)
        o = _opportunity(tx, live.session.opportunity_id)
        context = {"o": o, **_session_context(live.session, live.turns)}
    return render(request, "mock_session.html", context)


def _session_context(session: MockSession, turns: list[MockTurn]) -> dict[str, object]:
    pending = session.pending or {}
    return {
        "s": session,
        "turns": turns,
        "pending": pending,
        "asking": mock.persona_of(pending["persona"]) if pending.get("persona") else None,
        "people": {p: mock.persona_of(p) for p in session.personas},
        "position": len(turns) + 1,
        "active": session.status is MockStatus.ACTIVE,
        "label": session_label(session),
    }


@router.post("/mock/{sid}/answer")
def answer(
    request: Request,
    sid: str,
    answer: Text = "",
    position: Text = "",
    response_seconds: Text = "",
) -> Response:
    seconds = _seconds(response_seconds)
    with store_of(request).transaction() as tx:
        session = mock.get_session(tx, sid)
        expected = len(mock.turns_of(tx, session)) + 1
        mock.check_active(session)
        if position.strip() and position.strip() != str(expected):
            raise InvalidInput(
                "That question was already answered (in another tab?): reload the page to see "
                "where the session is."
            )
        reply = mock.answer(tx, sid, answer, seconds)
        turns = mock.turns_of(tx, reply.session)
        context = _session_context(reply.session, turns)
    if reply.finished:
        return go(request, f"/mock/{sid}/feedback")
    if not is_htmx(request):
        return go(request, f"/mock/{sid}")
    return render(request, "_mock_reply.html", {**context, "turn": reply.turn})


def _seconds(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0 <= value < 86_400 else None


@router.post("/mock/{sid}/hint")
def hint(request: Request, sid: str, answer: Text = "") -> Response:
    with store_of(request).transaction() as tx:
        tip = mock.hint(tx, sid, answer)
    if not is_htmx(request):
        return go(request, f"/mock/{sid}")
    return render(request, "_mock_hint.html", {"text": tip.text, "tip": tip})


@router.post("/mock/{sid}/finish")
def finish(request: Request, sid: str) -> Response:
    with store_of(request).transaction() as tx:
        mock.finish(tx, sid)
    return go(request, f"/mock/{sid}/feedback")


@router.get("/mock/{sid}/feedback")
def feedback_page(request: Request, sid: str) -> Response:
    with store_of(request).transaction() as tx:
        session = mock.get_session(tx, sid)
        if session.feedback is None:
            return go(request, f"/mock/{sid}")
        o = _opportunity(tx, session.opportunity_id)
        turns = mock.turns_of(tx, session)
        numbers = {s.id: n for n, s in enumerate(mock.sessions(tx, o.id), start=1)}
        context = {
            "o": o,
            **_session_context(session, turns),
            "f": session.feedback,
            "number": numbers.get(session.id, 1),
            "numbers": numbers,
            "names": {p.id: p for p in map(mock.persona_of, _persona_ids(session.feedback))},
        }
    return render(request, "mock_feedback.html", context)


def _persona_ids(feedback: dict[str, Any]) -> set[str]:
    from roundtwo.mock.data import personas

    ids = {str(t.get("persona")) for t in feedback.get("topics", []) if isinstance(t, dict)}
    return {i for i in ids if i in personas()}
