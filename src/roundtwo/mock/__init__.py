"""The mock round-two interviewer: plan, director, language, panel, coach and feedback.

    from roundtwo.mock import start, next_action, ask, record, session_feedback

    state = start(context)                      # plan_topics(context) inside
    action = next_action(state)                 # pure: FollowUp | NewTopic | WrapUp
    question, state = ask(state, action)        # phrased by the registered Language
    state = record(state, answer)               # analysed, appended as a Turn
    feedback = session_feedback(state)          # per topic, per dimension, the one focus

Nothing here touches the store, the web or the CLI; docs/mock.md describes the rules.
"""

from __future__ import annotations

from roundtwo.mock.coach import Hint, hint
from roundtwo.mock.data import default_persona, persona, personas
from roundtwo.mock.director import Action, FollowUp, NewTopic, WrapUp, next_action
from roundtwo.mock.feedback import (
    Comparison,
    DimensionScore,
    GapMissing,
    Note,
    SessionFeedback,
    TopicFeedback,
    compare,
    session_feedback,
    topic_feedback,
)
from roundtwo.mock.interview import ask, phrase, record, request_for, resume, start, step
from roundtwo.mock.language import (
    FakeLanguage,
    FunctionLanguage,
    Language,
    PhraseRequest,
    TemplateLanguage,
    get_language,
    language_names,
    register_language,
)
from roundtwo.mock.panel import Verdict, assign, verdicts
from roundtwo.mock.plan import plan_topics
from roundtwo.mock.state import (
    CATEGORIES,
    DIMENSIONS,
    PROBE_KINDS,
    Contradiction,
    InterviewState,
    Pending,
    Persona,
    Topic,
    Turn,
)

__all__ = [
    "CATEGORIES",
    "DIMENSIONS",
    "PROBE_KINDS",
    "Action",
    "Comparison",
    "Contradiction",
    "DimensionScore",
    "FakeLanguage",
    "FollowUp",
    "FunctionLanguage",
    "GapMissing",
    "Hint",
    "InterviewState",
    "Language",
    "NewTopic",
    "Note",
    "Pending",
    "Persona",
    "PhraseRequest",
    "SessionFeedback",
    "TemplateLanguage",
    "Topic",
    "TopicFeedback",
    "Turn",
    "Verdict",
    "WrapUp",
    "ask",
    "assign",
    "compare",
    "default_persona",
    "get_language",
    "hint",
    "language_names",
    "next_action",
    "persona",
    "personas",
    "phrase",
    "plan_topics",
    "record",
    "register_language",
    "request_for",
    "resume",
    "session_feedback",
    "start",
    "step",
    "topic_feedback",
    "verdicts",
]
