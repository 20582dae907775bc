"""What the question asks for, and whether the answer gives it.

``question_type`` places a question in one of the types of docs/analysis.md, each graded on
its own rubric (docs/rubric.md). ``relevance`` says whether the answer is about what was asked:
a story question names its theme ("disagreed with your manager", "failed") and the answer must
show it — a success told for a failure is ``partly``, a billing migration told for a
disagreement is ``off_topic``; the other types ask for a kind of content (a figure, a plan, a
reason to join, questions back) the answer either gives or talks past.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.evidence import WEAK, family, said_stems
from roundtwo.analysis.reading import stem
from roundtwo.analysis.text import quote, sentences

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
_SHORT_STORY = 12  # words: too little to be a story about anything else
_SHORT = 25  # words: too little for an answer to another question


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
            if name == SITUATIONAL and _JARGON.search(text):
                return TECHNICAL  # "How would you recognise revenue under IFRS 15?"
            return name
    return OPEN


# A term of art in the question (an acronym: IFRS, VLAN, SQL, A/B) makes "how would you…" a
# question of knowledge, not of conduct. Acronyms of people and places do not.
_JARGON = re.compile(
    r"\b(?!(?:HR|CEO|CFO|CTO|COO|VP|PM|GP|UK|US|EU|NHS|OK|ID|TV)\b)[A-Z]{2,}\d*\b|\bA/B\b"
)


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
    """Is the answer about what was asked? (docs/analysis.md, relevance). Too little to be
    about anything else, a non-answer or a question back is on topic: the score deals with it."""
    if not question.strip() or non_answer or answer_kind == "clarification":
        return Relevance()
    words = len(answer.split())
    if q_type == BEHAVIOURAL:
        if words < _SHORT_STORY or answer_kind != "story":
            return Relevance()  # a plan or a practice for a story is graded as such
        return _story_relevance(question, answer)
    if words < _SHORT or shares_subject(question, answer):
        return Relevance()
    asks = _asked(question)
    plain = answer_kind not in ("story", "motivation")  # its figures answer the question
    if q_type in (TECHNICAL, SITUATIONAL, PRACTICE_Q):
        if answer_kind in ("story", "motivation"):  # a plan, a practice, an explanation answers
            return _off(asks, "is about something else")
        return Relevance()
    given = {
        COMPENSATION: lambda: any(c.kind == "money" for c in claims) or _gives("pay_words", answer),
        LOGISTICS: lambda: (
            _gives("logistics_words", answer)
            or (plain and any(c.kind in ("duration", "date") for c in claims))
        ),
        CANDIDATE_QUESTIONS: lambda: "?" in answer or _gives("asking_words", answer),
        MOTIVATION_Q: lambda: answer_kind == "motivation" or _gives("why_words", answer),
        FACTUAL: lambda: (
            (plain and any(c.kind in _FACT_KINDS for c in claims)) or _gives("fact_words", answer)
        ),
    }.get(q_type)
    if given is None:
        return Relevance()
    if not given():
        return _off(asks, _MISSING.get(q_type, "is about something else"))
    return Relevance()


_FACT_KINDS = ("count", "percent", "money", "duration", "date", "rate")
_MISSING = {
    COMPENSATION: "says nothing about pay",
    LOGISTICS: "does not give it",
    CANDIDATE_QUESTIONS: "asks nothing back",
    MOTIVATION_Q: "gives no reason",
    FACTUAL: "does not give the fact",
}


def _gives(key: str, answer: str) -> bool:
    return data.phrases_pattern("questions", key).search(answer) is not None


def _asked(question: str, theme: data.Folded | None = None) -> str:
    """The ask itself, without the preamble before it: the sentence that names the theme, or
    else the last sentence that asks."""
    parts = [p.text for p in sentences(question)] or [question]
    named = [p for p in parts if theme is not None and theme.search(p)]
    asks = named or [p for p in parts if p.rstrip().endswith("?")] or parts
    return f"“{quote(asks[-1], 90)}”"


def _off(asks: str, what: str) -> Relevance:
    return Relevance(OFF_TOPIC, f"The question asked {asks}; the answer {what}.")


def _theme(name: str) -> data.Folded | None:
    return next((shown for n, _, shown, _ in _themes() if n == name), None)


_WORD_REST = re.compile(r"\w*")


def _without_themes(question: str, only: str | None = None) -> str:
    """The question with the words that name its themes blanked out."""
    text = data.fold(question)
    spans = [
        (match.start(), (_WORD_REST.match(text, match.end()) or match).end())
        for name, asked, _, _ in _themes()
        if only is None or name == only
        for match in asked.pattern.finditer(text)
    ]
    for start, stop in spans:
        text = text[:start] + " " * (stop - start) + text[stop:]
    return text


def _story_relevance(question: str, answer: str) -> Relevance:
    """A story question's themes must show in the story. A theme rarely said in words
    (pressure, leading) is not judged; a missing pole (a failure, feedback received) makes the
    story partly on topic when it shows the other pole, off topic when it is also about
    another subject; any other theme missing makes it off topic."""
    table = data.load("questions")["themes"]
    for name, asked, shown, polar in _themes():
        entry = table[name]
        if entry.get("weak") or not asked.search(question) or shown.search(answer):
            continue
        asks = _asked(question, asked)
        missing = f"The question asked {asks}; the story never shows {entry['say']}."
        if not polar:
            return Relevance(OFF_TOPIC, missing)
        rest = _without_themes(question, name)  # "a deadline" in "you missed a deadline"
        elsewhere = bool(subject_stems(rest)) and not shares_subject(rest, answer)
        if elsewhere:
            return Relevance(OFF_TOPIC, f"The question asked {asks}; the story is about "
                             "something else.")  # fmt: skip
        opposite = _theme(entry.get("opposite", ""))
        if opposite is not None and opposite.search(answer) is not None:
            return Relevance(PARTLY, missing)  # a success for a failure
        # neither pole shown: not judged
    for name, asked, shown in _counterparts():
        if asked.search(question) and not shown.search(answer):
            return Relevance(
                PARTLY,
                f"The question asked {_asked(question, asked)}; the story never involves your "
                f"{name}.",
            )
    return Relevance()
