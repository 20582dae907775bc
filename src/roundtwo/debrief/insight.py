"""What the analysis engine notices in each answer of the debrief, ready to show.

The engine's JSON contract (docs/analysis.md) is the interface: nothing here depends on its
internals, and nothing is stored — the analysis is instant and always matches the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from roundtwo.domain import Exchange, Opportunity

LEVEL_WORDS = (
    ("staff", ("staff", "principal", "distinguished", "director", "head of", "vp")),
    ("senior", ("senior", "sr", "lead", "manager", "iii")),
    ("junior", ("junior", "jr", "graduate", "entry", "intern", "associate", "trainee")),
)
STAR_PARTS = (
    ("situation", "S", "Situation"),
    ("task", "T", "Task"),
    ("action", "A", "Action"),
    ("result", "R", "Result"),
)


def target_level(opportunity: Opportunity) -> str:
    """The engine's level (junior | mid | senior | staff) for the opportunity's level or title."""
    words = set(re.findall(r"[a-z]+", f"{opportunity.level} {opportunity.role_title}".lower()))
    text = f" {opportunity.level} {opportunity.role_title} ".lower()
    for level, cues in LEVEL_WORDS:
        if any((cue in words) if " " not in cue else (cue in text) for cue in cues):
            return level
    return "mid"


QUESTION_TYPE_WORDS = {
    "behavioural": "a story",
    "situational": "a plan",
    "practice": "how you usually work",
    "technical": "a technical answer",
    "factual": "a fact",
    "motivation": "why this role",
    "compensation": "your pay expectations",
    "logistics": "a practical answer",
    "candidate_questions": "your questions for them",
}


@dataclass(frozen=True)
class Insight:
    result: dict[str, Any]
    segments: tuple[tuple[str, str | None], ...]

    @property
    def star(self) -> list[tuple[str, str, bool]]:
        star = self.result["star"]
        return [(letter, name, bool(star[key])) for key, letter, name in STAR_PARTS]

    @property
    def applies_star(self) -> bool:
        """STAR is for stories told where a story was asked for (or no question given)."""
        asked = self.result.get("question_type", "open")
        return bool(self.result["kind"] == "story") and asked in ("behavioural", "open")

    @property
    def asked_for(self) -> str:
        """What the question asked for, in words ("a technical answer"), or "" when open."""
        return QUESTION_TYPE_WORDS.get(str(self.result.get("question_type", "open")), "")

    @property
    def off_topic(self) -> str:
        """Why the answer is not (fully) an answer to the question; "" when it is."""
        return str(self.result.get("relevance_reason", ""))


def exchange_insight(exchange: Exchange, level: str) -> Insight | None:
    """The analysis of one exchange's answer; None while the answer is empty."""
    if not exchange.answer.strip():
        return None
    from roundtwo.analysis import analyze

    result = analyze(exchange.answer, question=exchange.question, level=level).to_json()
    return Insight(result, tuple(highlight(exchange.answer, result["claims"])))


def highlight(text: str, claims: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """Split ``text`` into plain pieces and claim pieces (tagged with the claim's kind)."""
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for claim in sorted(claims, key=lambda c: c["span"][0]):
        start, end = claim["span"]
        if start < at or end > len(text):
            continue
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], str(claim["kind"])))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces
