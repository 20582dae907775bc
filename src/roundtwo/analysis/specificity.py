"""How concrete the answer is: numbers, names, dates and moments versus generalities."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.ownership import Action
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.text import Sentence

_PROPER = compiled(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+(?:[A-Z][a-z]+)*\b")
_NOT_NAMES = frozenset(
    [
        "I",
        "I'm",
        "I've",
        "I'd",
        "I'll",
        "OK",
        "So",
        "And",
        "But",
        "Then",
        "When",
        "The",
        "We",
        "My",
        "Our",
        "It",
        "This",
        "That",
        "After",
        "Before",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Also",
        "If",
        "As",
    ]
)
_SPEECH = compiled(
    r"\b(?:i|we) (?:said|told|asked|explained|wrote|replied|suggested|proposed)\b|[\"“]", re.I
)
_MOMENT = compiled(
    r"\b(?:on (?:a|the) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|"
    r"night|weekend)|the (?:next|following) (?:day|morning|week|sprint)|that (?:afternoon|"
    r"evening|night|morning|week)|in my (?:first|second|third) (?:week|month)|two days before|"
    r"the day before|at \d|by (?:friday|monday|the end of)|(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)s?|last (?:winter|spring|summer|autumn|"
    r"fall|year|month|christmas|easter|season|term)|one (?:night|morning|evening|afternoon|day|"
    r"shift|weekend)|that (?:day|weekend|summer|winter)|\w+ (?:days|weeks) later)\b",
    re.I,
)


def generic_words(text: str) -> int:
    """How many generalities the text leans on ("stuff", "things", "usually", "best practices")."""
    return len(data.phrases_pattern("lexicon", "generic_markers").findall(text))


@dataclass(frozen=True, slots=True)
class Specificity:
    level: str
    points: int


def specificity(
    text: str, sentences: list[Sentence], claims: list[Claim], actions: Sequence[Action] = ()
) -> Specificity:
    """Points for numbers, names, dates, reported speech, a moment in time and concrete steps
    (three or more different things done, a fourth counts again); generalities take off."""
    words = len(text.split())
    if words == 0:
        return Specificity("low", 0)
    steps = len({a.verb for a in actions})
    points = (steps >= 3) + (steps >= 4)
    measured = [c for c in claims if c.kind not in ("date", "title", "scope")]
    points += min(4, len(measured))
    points += 1 if any(c.kind in ("date", "title", "scope") for c in claims) else 0
    names = {
        m.group()
        for s in sentences
        for m in _PROPER.finditer(s.text)
        if m.group() not in _NOT_NAMES and m.start() > 0
    }
    points += min(2, len(names))
    points += 1 if _SPEECH.search(text) else 0
    points += 1 if _MOMENT.search(text) else 0
    generic = generic_words(text)
    points -= min(2, generic // 2)
    if words < 35:
        points -= 2
    elif words < 60:
        points -= 1
    elif words > 140:
        points += 1
    if points <= 0:
        level = "low"
    elif points <= 3:
        level = "medium"
    else:
        level = "high"
    return Specificity(level, points)
