"""What the question asks for: its type (docs/analysis.md), the words of its subject, the ask
itself, and the verdict forms of relevance. Whether the answer gives it is read in
``relevance`` (every type) and ``themes`` (the themes a story question names)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from roundtwo.analysis import data
from roundtwo.analysis.evidence import WEAK, family, said_stems
from roundtwo.analysis.precompiled import compiled
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


@cache
def _types() -> tuple[tuple[str, data.Folded], ...]:
    return data.named_regexes("questions", "types")


def question_type(question: str) -> str:
    """The type of the question's last ask ("Thanks. Why us?" asks why us)."""
    text = " ".join(question.split())
    if not text:
        return OPEN
    if _HANDLE_SOMEONE.search(text):
        return SITUATIONAL  # "How would you handle a parent who says they're going to the paper?"
    if _STORY_ASK.search(text):
        return BEHAVIOURAL  # "Tell me about a time you stopped work on site": a story, whatever of
    for name, pattern in _types():
        if pattern.search(text):
            knowledge = _HOW_WOULD.search(text) and (
                _JARGON.search(text) or _ON_A_THING.search(text)
            )
            if name == SITUATIONAL and knowledge and not _CONDUCT.search(text):
                return TECHNICAL  # "How would you recognise revenue under IFRS 15?", "How would
                # you tell a real earthquake from cultural noise?" (not "…handle a supplier")
            return name
    return OPEN


# the unmistakable ask for a story, before any word of its subject ("…on site", "…salary")
_STORY_ASK = compiled(
    r"\b(?:tell|talk) (?:me|us) about a (?:time|moment|occasion|situation) (?:when|where|that|"
    r"you)\b|"
    r"\b(?:give|share with) (?:me|us) an example of (?:a time|when|how you)\b|\bdescribe a (?:time|"
    r"situation|moment|occasion) (?:when|where|you)\b",
    re.IGNORECASE,
)


# "How would you <do something to a thing>": knowledge, unless it is about people or conduct
_ON_A_THING = compiled(r"^(?:(?!\bwhat would you do\b).)*\bhow (?:would|should|could) you\b", re.I)


_CONDUCT = compiled(
    r"\bhow (?:would|should|could) you (?:\w+ )?(?:handle|deal with|manage|approach|respond to|"
    r"support|talk to|work with|tell (?:someone|somebody|him|her|them|your \w+)\b|prioriti[sz]e|"
    r"plan|organi[sz]e|lead|motivate|onboard|build|balance|juggle|spend|"
    r"go about (?:your|the first)|"
    r"get (?:to know|up to speed|buy-in)|introduce yourself|earn|win|persuade|convince|"
    r"break (?:the|bad) news|give (?:feedback|bad news)|run your)|\bif\b|\bfirst (?:\d+|thirty|"
    r"sixty|ninety|hundred|few) (?:days|weeks|months)\b|\b(?:colleague|customer|client|manager|"
    r"boss|team|patient|parent|student|pupil|guest|staff|stakeholder|someone|somebody|person|"
    r"people|member|supplier|partner|family)s?\b",
    re.IGNORECASE,
)


_HANDLE_SOMEONE = compiled(
    r"\b[Hh]ow (?:would|should|could) you (?:handle|deal with|manage|approach|respond to|"
    r"support|talk to|work with) (?:a|an|the|your|someone|somebody) (?:[\w-]+ ){0,3}?(?:who|that|"
    r"whose)\b"
)


# A term of art in the question (an acronym: IFRS, VLAN, SQL, A/B) makes "how would you…" a
# question of knowledge, not of conduct. Acronyms of people and places do not.
_HOW_WOULD = compiled(r"\b[Hh]ow (?:would|should|could|do) you\b")


# A term of art or a figure of the problem ("40 vans", "IFRS 15", "A/B") in "how would you…".
_JARGON = compiled(
    r"\d|\b(?!(?:HR|CEO|CFO|CTO|COO|VP|PM|GP|UK|US|EU|NHS|OK|ID|TV)\b)[A-Z]{2,}\d*\b|\bA/B\b"
)


@dataclass(frozen=True, slots=True)
class Relevance:
    verdict: str = ON_TOPIC
    reason: str = ""


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


def quoted_ask(question: str, theme: data.Folded | None = None) -> str:
    """The ask itself, without the preamble before it: the sentence that names the theme, or
    else the last sentence that asks."""
    parts = [p.text for p in sentences(question)] or [question]
    named = [p for p in parts if theme is not None and theme.search(p)]
    asks = named or [p for p in parts if p.rstrip().endswith("?")] or parts
    return f"“{quote(asks[-1], 90)}”"


# a question put to the interviewer: opened on a question word or an auxiliary, or about "you"
ASKS_BACK = compiled(
    r"^\W*(?:[^,?—–]{0,30}[,—–]\s*)?"  # "Before I answer — should I pick…?"
    r"(?:(?:sorry|so|and|but|um|uh|er|ok(?:ay)?|right|just|quick question|honestly|wait)\W+)*"
    r"(?:what|which|who|when|where|why|how|do|does|did|is|are|was|were|can|could|would|should|"
    r"will|shall|have|has|may|might|am|as in|you mean)\b|\byou\b|\byour\b"
)
TAG_QUESTION = compiled(
    r"(?:,|(?<!\bdo)(?<!\bd')\s)\s*(?:(?<!\bdo )you know|right|yeah|no|don'?t you think|"
    r"if that makes sense|does that make "
    r"sense|eh|ok(?:ay)?|(?:is|was|do|does|did|would|will|can|could|have|has|are|were)n'?t "
    r"(?:it|you|"
    r"they|we|he|she|i|there))\s*\?\s*$",
    re.IGNORECASE,
)
