"""One mock interview, turn by turn: the glue the web page and the terminal loop call.

    state = start(context, max_questions=20, personas=(persona("skeptic"),))
    action = next_action(state)                     # the director: pure
    question, state = ask(state, action, language)  # phrased; the question is now pending
    state = record(state, answer)                   # analysed and appended as a Turn

Every function returns a new state; nothing is stored here (the store keeps the turns).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from roundtwo.mock.director import Action, FollowUp, NewTopic, current_topic, next_action
from roundtwo.mock.language import Language, PhraseRequest, get_language
from roundtwo.mock.panel import lineup, persona_for
from roundtwo.mock.plan import plan_topics, shorten, values_of
from roundtwo.mock.state import (
    LEVELS,
    Contradiction,
    InterviewState,
    Pending,
    Persona,
    Topic,
    Turn,
)


def start(
    context: Mapping[str, Any] | None = None,
    *,
    max_questions: int = 20,
    personas: Sequence[Persona] = (),
    contradictions: Sequence[Contradiction] = (),
    level: str | None = None,
    min_topics: int = 5,
    seed: int = 0,
    topics: Sequence[Topic] | None = None,
) -> InterviewState:
    """A fresh session planned from ``context`` (see ``plan_topics``)."""
    context = context or {}
    chosen_level = level or str(context.get("level") or "mid")
    if chosen_level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {chosen_level!r}")
    if max_questions < 1:
        raise ValueError("max_questions must be at least 1")
    return InterviewState(
        topics=tuple(topics if topics is not None else plan_topics(context, seed)),
        max_questions=max_questions,
        personas=tuple(personas),
        contradictions=tuple(contradictions),
        values=tuple(values_of(context)),
        level=chosen_level,
        min_topics=min_topics,
    )


def request_for(state: InterviewState, action: Action) -> PhraseRequest:
    """The PhraseRequest that says what ``action`` asks, for ``state``."""
    asked = state.asked()
    if isinstance(action, NewTopic):
        return PhraseRequest(
            "open",
            persona_for(state, action.topic.id),
            topic=action.topic,
            slots={"question": action.topic.question},
            asked=asked,
            first=not state.turns,
        )
    if isinstance(action, FollowUp):
        last = state.turns[-1] if state.turns else None
        return PhraseRequest(
            "probe",
            persona_for(state, action.topic.id),
            kind=action.probe,
            topic=action.topic,
            slots=_slots(state, action),
            asked=asked,
            context={"last_answer": last.answer if last else "", "reason": action.reason},
        )
    persona = persona_for(state, current_topic(state).id) if state.turns else lineup(state)[0]
    return PhraseRequest("wrap_up", persona, kind=action.cause, asked=asked)


def phrase(state: InterviewState, action: Action, language: Language | None = None) -> str:
    """What the interviewer says for ``action``: a question, or the closing line."""
    return (language or get_language()).phrase(request_for(state, action))


def ask(
    state: InterviewState, action: Action, language: Language | None = None
) -> tuple[str, InterviewState]:
    """Phrase ``action``; a question becomes the state's pending question."""
    text = phrase(state, action, language)
    if isinstance(action, NewTopic):
        return text, state.with_pending(Pending(text, action.topic.id))
    if isinstance(action, FollowUp):
        return text, state.with_pending(Pending(text, action.topic.id, action.probe, action.target))
    return text, state.with_pending(None)


def record(
    state: InterviewState,
    answer: str,
    response_seconds: float | None = None,
    analysis: Mapping[str, Any] | None = None,
) -> InterviewState:
    """The pending question answered: analysed (unless ``analysis`` is given) and appended."""
    if state.pending is None:
        raise ValueError("no question is pending: call ask() first")
    pending = state.pending
    if analysis is None:
        from roundtwo.analysis import analyze

        analysis = analyze(answer, pending.question, state.level).to_json()
    turn = Turn(
        question=pending.question,
        answer=answer,
        topic=pending.topic,
        probe=pending.probe,
        analysis=analysis,
        response_seconds=response_seconds,
        target=pending.target,
    )
    return state.with_turn(turn)


def step(
    state: InterviewState, answer: str, language: Language | None = None
) -> tuple[Action, str, InterviewState]:
    """Record ``answer`` to the pending question, then decide and phrase the next action."""
    state = record(state, answer)
    action = next_action(state)
    text, state = ask(state, action, language)
    return action, text, state


def _slots(state: InterviewState, action: FollowUp) -> dict[str, str]:
    slots: dict[str, str] = {}
    if action.target and action.probe == "assumption_challenge":
        slots["quote"] = shorten(action.target, 18)
    if action.repeat:
        slots["question"] = action.repeat
    value = action.topic.value or _value_mentioned(state, action.topic)
    if value:
        slots["value"] = value
    found = action.contradiction
    if found is not None:
        slots.update(
            when=when_said(found),
            earlier=found.earlier_value,
            now=found.new_value,
            earlier_quote=shorten(found.earlier_quote, 14) if found.earlier_quote else "",
            subject=found.subject,
        )
    return slots


def when_said(found: Contradiction) -> str:
    """ "In our first conversation, with Priya,", "In round 2", "Earlier", …"""
    if found.round is None:
        where = "Earlier"
    elif found.round == 1:
        where = "In our first conversation"
    else:
        where = f"In round {found.round}"
    return f"{where}, with {found.interviewer}," if found.interviewer else where


def _value_mentioned(state: InterviewState, topic: Topic) -> str:
    """The company value the topic's answers mention, else the first one."""
    text = " ".join(t.answer.lower() for t in state.turns if t.topic == topic.id)
    for value in state.values:
        if value.lower() in text:
            return value
    return state.values[0] if state.values else ""


def resume(state: InterviewState, turns: Sequence[Turn], pending: Pending | None) -> InterviewState:
    """A stored session back in memory: its turns and the question left unanswered."""
    return replace(state, turns=tuple(turns), pending=pending)
