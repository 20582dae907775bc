"""What the question asks for, and whether the answer gives it.

``question_type`` places a question in one of the types of docs/analysis.md, each graded on
its own rubric (docs/rubric.md). ``relevance`` says whether the answer is about what was asked:
a story question names its theme ("disagreed with your manager", "failed") and the answer must
show it — a success told for a failure is ``partly``, a billing migration told for a
disagreement is ``off_topic``; the other types ask for a kind of content (a figure, a plan, a
reason to join, questions back) the answer either gives or talks past.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.evidence import WEAK, family, said_stems
from roundtwo.analysis.reading import stem
from roundtwo.analysis.text import quote

BEHAVIOURAL, SITUATIONAL, PRACTICE_Q, TECHNICAL, FACTUAL = (
    "behavioural", "situational", "practice", "technical", "factual",
)  # fmt: skip
MOTIVATION_Q, COMPENSATION, LOGISTICS, CANDIDATE_QUESTIONS, OPEN = (
    "motivation", "compensation", "logistics", "candidate_questions", "open",
)  # fmt: skip
QUESTION_TYPES = (
    BEHAVIOURAL, SITUATIONAL, PRACTICE_Q, TECHNICAL, FACTUAL, MOTIVATION_Q, COMPENSATION,
    LOGISTICS, CANDIDATE_QUESTIONS, OPEN,
)  # fmt: skip
ON_TOPIC, PARTLY, OFF_TOPIC = "on_topic", "partly", "off_topic"
_SHORT = 12  # words


@cache
def _types() -> tuple[tuple[str, data.Folded], ...]:
    return data.named_regexes("questions", "types")


def question_type(question: str) -> str:
    """The type of the question's last ask ("Thanks. Why us?" asks why us)."""
    text = " ".join(question.split())
    if not text:
        return OPEN
    for name, pattern in _types():
        if pattern.search(text):
            return name
    return OPEN


@dataclass(frozen=True, slots=True)
class Relevance:
    verdict: str = ON_TOPIC
    reason: str = ""


@cache
def _themes() -> tuple[tuple[str, data.Folded, data.Folded, bool], ...]:
    table = data.load("questions")["themes"]
    return tuple(
        (
            name,
            data.Folded("|".join(f"(?:{p})" for p in entry["question"])),
            data.Folded("|".join(f"(?:{p})" for p in entry["answer"])),
            bool(entry.get("polar")),
        )
        for name, entry in table.items()
        if not name.startswith("_")
    )


@cache
def _counterparts() -> tuple[tuple[str, data.Folded, data.Folded], ...]:
    table = data.load("questions")["counterparts"]
    return tuple(
        (
            name,
            data.Folded("|".join(f"(?:{p})" for p in entry["question"])),
            data.Folded("|".join(f"(?:{p})" for p in entry["answer"])),
        )
        for name, entry in table.items()
    )


@cache
def _scaffold() -> frozenset[str]:
    """Words every question of its kind uses ("tell me about a time"): not its subject."""
    return frozenset(stem(w) for w in data.load("questions")["scaffold"]) | WEAK


def subject_stems(question: str) -> frozenset[str]:
    """The stems of what the question is about, without its scaffolding."""
    stop = data.words("lexicon", "stopwords_en")
    return frozenset(
        s for s in said_stems(question.lower()) if s not in _scaffold() and s not in stop
    )


def shares_subject(question: str, answer: str) -> bool:
    """Does the answer use a word of the question's subject (one word family counts)?"""
    asked = subject_stems(question)
    said = said_stems(answer.lower())
    return any(a in said or any(family(a, s) for s in said) for a in asked)


def relevance(
    question: str,
    q_type: str,
    answer: str,
    claims: list[Claim],
    answer_kind: str,
    non_answer: bool,
) -> Relevance:
    """Is the answer about what was asked? (docs/analysis.md, relevance)."""
    if not question.strip() or non_answer or answer_kind == "clarification":
        return Relevance()
    if q_type == BEHAVIOURAL:
        return _story_relevance(question, answer)
    asks = _asked(question)
    if len(answer.split()) < _SHORT:  # too little to be about anything else: the score says
        return Relevance()
    if q_type == COMPENSATION:
        given = any(c.kind == "money" for c in claims) or _gives("pay_words", answer)
        return Relevance() if given else _off(asks, "says nothing about pay")
    if q_type == LOGISTICS:
        given = (
            any(c.kind in ("duration", "date") for c in claims)
            or _gives("logistics_words", answer)
            or shares_subject(question, answer)
        )
        return Relevance() if given else _off(asks, "does not give it")
    if q_type == CANDIDATE_QUESTIONS:
        given = "?" in answer or _gives("asking_words", answer)
        return Relevance() if given else _off(asks, "asks nothing back")
    if q_type == MOTIVATION_Q:
        given = answer_kind == "motivation" or _gives("why_words", answer)
        given = given or shares_subject(question, answer)
        return Relevance() if given else _off(asks, "gives no reason")
    if q_type == FACTUAL:
        given = bool(claims) or shares_subject(question, answer) or _gives("fact_words", answer)
        return Relevance() if given else _off(asks, "does not give the fact")
    if q_type in (TECHNICAL, SITUATIONAL, PRACTICE_Q):
        if shares_subject(question, answer) or answer_kind not in ("story", "motivation"):
            return Relevance()  # a plan, a practice, an explanation: it answers, however well
        return _off(asks, "is about something else")
    return Relevance()


def _gives(key: str, answer: str) -> bool:
    return data.phrases_pattern("questions", key).search(answer) is not None


def _asked(question: str) -> str:
    return f"“{quote(question, 90)}”"


def _off(asks: str, what: str) -> Relevance:
    return Relevance(OFF_TOPIC, f"The question asked {asks}; the answer {what}.")


def _without_themes(question: str) -> str:
    for _, asked, _, _ in _themes():
        question = asked.pattern.sub(" ", data.fold(question))
    return question


def _story_relevance(question: str, answer: str) -> Relevance:
    asks = _asked(question)
    missing: list[tuple[str, bool]] = []
    for name, asked, shown, polar in _themes():
        if asked.search(question) and not shown.search(answer):
            missing.append((name, polar))
    if missing:
        name, polar = missing[0]
        words = data.load("questions")["themes"][name]["say"]
        # What the question is about besides the theme ("a target" in "a time you missed a
        # target"): a story about it may show the theme in figures, not in words.
        rest = _without_themes(question)
        if polar and shares_subject(rest, answer):
            return Relevance()
        if polar or shares_subject(question, answer):
            return Relevance(
                PARTLY, f"The question asked {asks}; the story never shows {words}."
            )
        return Relevance(
            OFF_TOPIC, f"The question asked {asks}; the story is about something else: it never "
            f"shows {words}.",
        )  # fmt: skip
    for name, asked, shown in _counterparts():
        if asked.search(question) and not shown.search(answer):
            return Relevance(
                PARTLY, f"The question asked {asks}; the story never involves your {name}."
            )
    return Relevance()
