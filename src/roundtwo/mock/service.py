"""Mock sessions in the store: start, answer, hint, finish, resume, feedback and history.

The web page and ``roundtwo mock`` call these; the interview itself is the pure core
(``roundtwo.mock``). Every call takes the caller's transaction, so an answer, its analysis
and the next question are saved together or not at all:

    session = start_session(tx, opportunity_id, personas=["skeptic"])
    reply = answer(tx, session.id, "At Northwind I led…")   # the turn and the next question
    tip = hint(tx, session.id, "At Northwind I…")            # the coach, remembered on the turn
    session = finish(tx, session.id)                        # feedback stored; read-only now
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from roundtwo import domain
from roundtwo.domain import (
    MockSession,
    MockStatus,
    MockTurn,
    Opportunity,
    Round,
)
from roundtwo.errors import InvalidInput, NotFound
from roundtwo.mock import coach, interview
from roundtwo.mock.context import context_for as context_for
from roundtwo.mock.data import personas as known_personas
from roundtwo.mock.director import Action, FollowUp, NewTopic, WrapUp, next_action
from roundtwo.mock.feedback import compare, session_feedback
from roundtwo.mock.language import Language, get_language
from roundtwo.mock.ledger_link import find_contradictions
from roundtwo.mock.panel import lineup, persona_for
from roundtwo.mock.state import Contradiction, InterviewState, Pending, Persona, Topic, Turn
from roundtwo.store import Tx
from roundtwo.validate import clean_text

ANSWER_TEXT = 20_000
PARTIAL_TEXT = 20_000
MAX_TIMED = 3_600
PLAN_SCHEMA = 1
DEFAULT_PANEL = ("conversational", "technical", "hr")


@dataclass(frozen=True)
class Reply:
    """What happened when an answer was given: the saved turn and what the interviewer said."""

    session: MockSession
    turn: MockTurn
    action: str  # follow_up | new_topic | wrap_up
    probe: str | None
    said: str  # the next question, or the closing line
    persona: Persona  # who says it

    @property
    def finished(self) -> bool:
        return self.session.status is not MockStatus.ACTIVE


@dataclass(frozen=True)
class Live:
    """A stored session back in memory."""

    session: MockSession
    turns: list[MockTurn]
    state: InterviewState

    @property
    def asking(self) -> Persona | None:
        pending = self.session.pending
        return persona_of(pending.get("persona", "")) if pending else None


# -- starting ---------------------------------------------------------------------------------


def persona_of(persona_id: str) -> Persona:
    found = known_personas().get(persona_id)
    if found is None:
        known = ", ".join(known_personas())
        raise InvalidInput(f"No interviewer persona {persona_id!r}: choose from {known}.")
    return found


def choose_personas(ids: Sequence[str] = (), panel: bool = False) -> list[str]:
    """Validated persona ids: one interviewer, or a panel of two to four."""
    chosen = list(dict.fromkeys(i.strip().lower() for i in ids if i and i.strip()))
    if panel and len(chosen) < 2:
        chosen = list(dict.fromkeys([*chosen, *DEFAULT_PANEL]))[: max(3, len(chosen))]
    for persona_id in chosen:
        persona_of(persona_id)
    if len(chosen) > 4:
        raise InvalidInput(f"A panel has two to four interviewers, not {len(chosen)}.")
    return chosen or ["direct"]


def start_session(
    tx: Tx,
    opportunity_id: str,
    round_id: str | None = None,
    personas: Sequence[str] = (),
    timed_seconds: int | None = None,
    max_questions: int = 20,
    *,
    panel: bool = False,
    language: str = "template",
) -> MockSession:
    """A new session with its first question on the table, saved."""
    opportunity = tx.first(Opportunity, id=opportunity_id)
    if opportunity is None:
        raise NotFound(f"No opportunity {opportunity_id!r}: see `roundtwo opportunity list`.")
    before = None
    if round_id:
        rnd = tx.first(Round, id=round_id, opportunity_id=opportunity.id)
        if rnd is None:
            raise NotFound(f"{opportunity.company} has no round {round_id!r}.")
        before = rnd.number
    if timed_seconds is not None and not 10 <= timed_seconds <= MAX_TIMED:
        raise InvalidInput(f"The answer timer is 10 to {MAX_TIMED} seconds, not {timed_seconds}.")
    if not 1 <= max_questions <= 200:
        raise InvalidInput(f"The question cap is 1 to 200, not {max_questions}.")
    try:
        get_language(language)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    ids = choose_personas(personas, panel)
    context = context_for(tx, opportunity, before)
    earlier = tx.find(MockSession, opportunity_id=opportunity.id)
    seed = max((int(s.plan.get("number", 0)) for s in earlier), default=0)
    state = interview.start(
        context,
        max_questions=max_questions,
        personas=[persona_of(i) for i in ids],
        seed=seed,
    )
    session = MockSession(
        user_id=tx.user_id,
        opportunity_id=opportunity.id,
        round_id=round_id,
        personas=ids,
        max_questions=max_questions,
        timed_seconds=timed_seconds,
        language=language,
        plan=_plan(state, context, seed),
    )
    tx.add(session)
    _ask_next(tx, session, state)
    return session


def _plan(state: InterviewState, context: Mapping[str, Any], seed: int) -> dict[str, Any]:
    earlier = [e for e in context.get("round_one", []) if not e.get("in_ledger")]
    return {
        "schema": PLAN_SCHEMA,
        "topics": [asdict(t) for t in state.topics],
        "contradictions": [],
        "values": list(state.values),
        "level": state.level,
        "min_topics": state.min_topics,
        "seed": seed,  # rotates the phrasing between sessions of the opportunity
        "number": seed + 1,  # the session's number on the opportunity, 1 for the first
        # what answers are checked against, as it stood when the session started
        "round_one": [{k: e[k] for k in ("answer", "round", "interviewer")} for e in earlier],
        "ledger_facts": list(context.get("ledger_facts", [])),
        "retracted": list(context.get("retracted", [])),
        "closing": "",
    }


# -- rebuilding -------------------------------------------------------------------------------


def get_session(tx: Tx, session_id: str) -> MockSession:
    """By id, or an unambiguous start of one."""
    found = tx.first(MockSession, id=session_id.strip())
    if found is None:
        matches = [s for s in tx.find(MockSession) if s.id.startswith(session_id.strip() or "-")]
        if len(matches) != 1:
            raise NotFound(
                f"No mock session {session_id!r}: see them with `roundtwo mock list OPPORTUNITY`."
            )
        found = matches[0]
    return found


def turns_of(tx: Tx, session: MockSession) -> list[MockTurn]:
    return tx.find(MockTurn, order_by="position", session_id=session.id)


def state_of(session: MockSession, turns: Sequence[MockTurn]) -> InterviewState:
    """The InterviewState of a stored session: its plan, its turns and the pending question."""
    plan = session.plan
    state = InterviewState(
        topics=tuple(Topic(**t) for t in plan.get("topics", [])),
        max_questions=session.max_questions,
        personas=tuple(persona_of(i) for i in session.personas),
        contradictions=tuple(Contradiction(**c) for c in plan.get("contradictions", [])),
        values=tuple(plan.get("values", [])),
        level=str(plan.get("level", "mid")),
        min_topics=int(plan.get("min_topics", 5)),
    )
    pending = session.pending
    waiting = None
    if pending:
        waiting = Pending(
            pending["question"], pending["topic"], pending.get("probe"), pending.get("target", "")
        )
    return interview.resume(state, [_turn(t) for t in turns], waiting)


def _turn(row: MockTurn) -> Turn:
    return Turn(
        question=row.question,
        answer=row.answer,
        topic=row.topic,
        probe=row.probe,
        analysis=row.analysis,
        response_seconds=row.response_seconds,
        target=row.target,
    )


def resume(tx: Tx, session_id: str) -> Live:
    """A session back where it stopped (after a closed tab or a killed process). An active
    session always has a question on the table; the clock for it restarts now."""
    session = get_session(tx, session_id)
    turns = turns_of(tx, session)
    state = state_of(session, turns)
    if session.status is MockStatus.ACTIVE:
        if session.pending is None:
            state = _ask_next(tx, session, state)
        else:
            session.pending_at = domain.utcnow()
            tx.save(session)
    return Live(session, turns, state)


# -- answering --------------------------------------------------------------------------------


def answer(tx: Tx, session_id: str, text: str, response_seconds: float | None = None) -> Reply:
    """Save the answer to the question on the table and put the next one there, together."""
    session = get_session(tx, session_id)
    check_active(session)
    said = clean_text(text, "answer", limit=ANSWER_TEXT, required=True)
    turns = turns_of(tx, session)
    state = state_of(session, turns)
    if state.pending is None:
        state = _ask_next(tx, session, state)
    if response_seconds is None and session.pending_at is not None:
        response_seconds = (domain.utcnow() - session.pending_at).total_seconds()
    seconds = None if response_seconds is None else round(max(0.0, response_seconds), 1)
    pending = dict(session.pending or {})
    state = interview.record(state, said, response_seconds=seconds)
    state = _check_ledger(session, state)
    last = state.turns[-1]
    row = MockTurn(
        user_id=tx.user_id,
        session_id=session.id,
        position=len(turns) + 1,
        question=last.question,
        answer=last.answer,
        topic=last.topic,
        probe=last.probe,
        target=last.target,
        persona=str(pending.get("persona", "")),
        analysis=dict(last.analysis),
        response_seconds=seconds,
        hints=list(pending.get("hints", [])),
    )
    tx.add(row)
    action = next_action(state)
    state = _ask(tx, session, state, action)
    speaker = _speaker(state, action)
    return Reply(
        session=session,
        turn=row,
        action=_kind(action),
        probe=action.probe if isinstance(action, FollowUp) else None,
        said=session.plan.get("closing", "") if isinstance(action, WrapUp) else _said(session),
        persona=speaker,
    )


def _said(session: MockSession) -> str:
    return str((session.pending or {}).get("question", ""))


def _kind(action: Action) -> str:
    if isinstance(action, FollowUp):
        return "follow_up"
    return "new_topic" if isinstance(action, NewTopic) else "wrap_up"


def _speaker(state: InterviewState, action: Action) -> Persona:
    if isinstance(action, FollowUp | NewTopic):
        return persona_for(state, action.topic.id)
    if state.turns:
        return persona_for(state, state.turns[-1].topic)
    return lineup(state)[0]


def check_active(session: MockSession) -> None:
    """Refuse to change a finished or ended session, in one line."""
    if session.status is not MockStatus.ACTIVE:
        raise InvalidInput(
            f"This mock session is {session.status.value} and read-only: see its feedback, "
            "or start a new one."
        )


def _check_ledger(session: MockSession, state: InterviewState) -> InterviewState:
    """The newest answer against round one and the ledger: a contradiction found is kept in
    the plan and confronted by the director next."""
    last = state.turns[-1]
    if not last.allowed:
        return state
    plan = session.plan
    facts = [*plan.get("ledger_facts", []), *plan.get("retracted", [])]
    found = find_contradictions(plan.get("round_one", []), facts, [(last.question, last.answer)])
    known = {c.key for c in state.contradictions}
    index = len(state.turns) - 1
    fresh = []
    for c in found:
        if c.key not in known:
            known.add(c.key)
            fresh.append(Contradiction(**{**asdict(c), "turn": index}))
    if not fresh:
        return state
    state = InterviewState(**{**_fields(state), "contradictions": (*state.contradictions, *fresh)})
    plan["contradictions"] = [asdict(c) for c in state.contradictions]
    return state


def _fields(state: InterviewState) -> dict[str, Any]:
    return {name: getattr(state, name) for name in state.__dataclass_fields__}


def _ask_next(tx: Tx, session: MockSession, state: InterviewState) -> InterviewState:
    return _ask(tx, session, state, next_action(state))


def _ask(tx: Tx, session: MockSession, state: InterviewState, action: Action) -> InterviewState:
    """Phrase ``action``; a question goes on the table, a wrap-up ends the session."""
    text, state = interview.ask(state, action, _language(session))
    if isinstance(action, WrapUp):
        session.plan = {**session.plan, "closing": text, "cause": action.cause}
        ended = action.cause in ("terminated", "off_topic")
        _close(tx, session, state, MockStatus.ENDED if ended else MockStatus.FINISHED)
        return state
    assert state.pending is not None
    session.pending = {
        "question": text,
        "position": len(state.turns) + 1,
        "topic": state.pending.topic,
        "probe": state.pending.probe,
        "target": state.pending.target,
        "persona": _speaker(state, action).id,
        "action": _kind(action),
        "reason": action.reason,
        "hints": [],
    }
    session.pending_at = domain.utcnow()
    tx.save(session)
    return state


def _language(session: MockSession) -> Language:
    try:
        return get_language(session.language)
    except ValueError:
        return get_language()


# -- the coach --------------------------------------------------------------------------------


def hint(tx: Tx, session_id: str, partial: str = "") -> coach.Hint:
    """A hint for the question on the table; it is remembered with the turn."""
    session = get_session(tx, session_id)
    check_active(session)
    draft = clean_text(partial, "answer so far", limit=PARTIAL_TEXT)
    state = state_of(session, turns_of(tx, session))
    plan = session.plan
    facts = [f for f in plan.get("ledger_facts", []) if isinstance(f, Mapping)]
    tip = coach.hint(state, draft, (), facts, _language(session))
    pending = dict(session.pending or {})
    pending["hints"] = [*pending.get("hints", []), tip.text]
    session.pending = pending
    tx.save(session)
    return tip


# -- finishing --------------------------------------------------------------------------------


def finish(tx: Tx, session_id: str) -> MockSession:
    """Wrap up now: the unanswered question is dropped, feedback stored, read-only after."""
    return _stop(tx, session_id, MockStatus.FINISHED)


def end(tx: Tx, session_id: str) -> MockSession:
    """Stop early (abandon): feedback on what was answered, marked ended."""
    return _stop(tx, session_id, MockStatus.ENDED)


def _stop(tx: Tx, session_id: str, status: MockStatus) -> MockSession:
    session = get_session(tx, session_id)
    check_active(session)
    state = state_of(session, turns_of(tx, session))
    state = state.with_pending(None)
    cause = "complete" if state.turns else "nothing_planned"
    closing = interview.phrase(state, WrapUp("The candidate finished.", cause), _language(session))
    session.plan = {**session.plan, "closing": closing, "cause": "by_candidate"}
    _close(tx, session, state, status)
    return session


def _close(tx: Tx, session: MockSession, state: InterviewState, status: MockStatus) -> None:
    feedback = session_feedback(state, _language(session)).to_json()
    earlier = _previous(tx, session)
    if earlier is not None and earlier.feedback is not None:
        feedback["comparison"] = compare(earlier.feedback, feedback).to_json()
        feedback["compared_with"] = {
            "session": earlier.id,
            "at": earlier.created_at.isoformat(),
            "overall": earlier.feedback.get("overall"),
        }
    session.feedback = feedback
    session.status = status
    session.pending = None
    session.pending_at = None
    session.finished_at = domain.utcnow()
    tx.save(session)


def _previous(tx: Tx, session: MockSession) -> MockSession | None:
    """The latest earlier session of the opportunity with a graded answer."""
    everything = sessions(tx, session.opportunity_id)
    ids = [s.id for s in everything]
    before = everything[: ids.index(session.id)] if session.id in ids else everything
    graded = [s for s in before if s.feedback and s.feedback.get("overall") is not None]
    return graded[-1] if graded else None


# -- reading ----------------------------------------------------------------------------------


def sessions(tx: Tx, opportunity_id: str) -> list[MockSession]:
    """The opportunity's sessions, oldest first."""
    found = tx.find(MockSession, opportunity_id=opportunity_id)
    return sorted(found, key=lambda s: (s.created_at, int(s.plan.get("number", 0)), s.id))


def feedback_of(tx: Tx, session_id: str) -> dict[str, Any]:
    session = get_session(tx, session_id)
    if session.feedback is None:
        raise InvalidInput(
            "This session has no feedback yet: finish it first (the Finish button, or /finish)."
        )
    return session.feedback


@dataclass(frozen=True)
class Scores:
    """One finished session's scores, for the chart."""

    session: str
    number: int  # 1 for the opportunity's first session
    at: datetime
    overall: float | None
    dimensions: dict[str, float]


def score_history(tx: Tx, opportunity_id: str) -> list[Scores]:
    """Per session (oldest first) the overall score and the mean per rubric dimension."""
    history = []
    for number, s in enumerate(sessions(tx, opportunity_id), start=1):
        if not s.feedback or s.feedback.get("overall") is None:
            continue
        dims = {str(k): float(v) for k, v in dict(s.feedback.get("dimensions", {})).items()}
        history.append(Scores(s.id, number, s.created_at, float(s.feedback["overall"]), dims))
    return history
