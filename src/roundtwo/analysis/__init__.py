"""The answer analysis engine: what an experienced interviewer would notice in one answer.

``analyze(answer, question="", level="mid")`` returns an :class:`Analysis`; its ``to_json()``
is the contract documented in docs/analysis.md (``"schema": 1``). Pure functions, standard
library only, deterministic and offline; nothing here imports the rest of roundtwo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from roundtwo.analysis.claims import Claim, extract_claims
from roundtwo.analysis.delivery import Delivery, delivery
from roundtwo.analysis.facts import Fact
from roundtwo.analysis.kind import Kind, classify
from roundtwo.analysis.ownership import find_actions, ownership, told_in_the_present
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.probes import Probe, claims_worth_chasing, probes
from roundtwo.analysis.questions import BEHAVIOURAL, OFF_TOPIC, Relevance, question_type
from roundtwo.analysis.reader import read_facts
from roundtwo.analysis.relevance import relevance
from roundtwo.analysis.rubrics import Reading
from roundtwo.analysis.score import LEVELS, Grade, grade
from roundtwo.analysis.screen import ALLOW, screen
from roundtwo.analysis.specificity import specificity
from roundtwo.analysis.star import Star, star, with_implied_task
from roundtwo.analysis.text import sentences

SCHEMA = 1
MAX_WORDS = 2000
MAX_QUESTION_CHARS = 2000
_WORD_END = compiled(r"\S+")

__all__ = [
    "LEVELS",
    "MAX_WORDS",
    "SCHEMA",
    "Analysis",
    "Claim",
    "Fact",
    "Probe",
    "analyze",
    "read_facts",
]


@dataclass(frozen=True)
class Analysis:
    """Everything the engine says about one answer."""

    level: str
    screen: str
    screen_reason: str
    question_type: str
    relevance: Relevance
    kind: str
    star: Star
    specificity: str
    ownership: str
    grade: Grade
    claims: tuple[Claim, ...]
    claims_worth_chasing: tuple[str, ...]
    probes: tuple[Probe, ...]
    delivery: Delivery
    notice: str | None = None
    facts: tuple[Fact, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def score(self) -> int | None:
        return self.grade.score

    @property
    def gap(self) -> str:
        return self.grade.gap

    @property
    def sufficient_signal(self) -> bool:
        return self.screen == ALLOW and self.grade.sufficient_signal

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "level": self.level,
            "screen": self.screen,
            "screen_reason": self.screen_reason,
            "question_type": self.question_type,
            "relevance": self.relevance.verdict,
            "relevance_reason": self.relevance.reason,
            "kind": self.kind,
            "star": self.star.to_json(),
            "specificity": self.specificity,
            "ownership": self.ownership,
            "score": self.score,
            "gap": self.gap,
            "weak_or_missing": list(self.grade.weak_or_missing),
            "sufficient_signal": self.sufficient_signal,
            "claims": [c.to_json() for c in self.claims],
            "claims_worth_chasing": list(self.claims_worth_chasing),
            "probes": [p.to_json() for p in self.probes],
            "evidence": self.star.evidence_json(),
            "delivery": self.delivery.to_json(),
            "notice": self.notice,
            "facts": [f.to_json() for f in self.facts],
        }


def _truncate(answer: str) -> tuple[str, str | None]:
    """Keep the first MAX_WORDS words of a huge answer, and say so."""
    if len(answer) <= MAX_WORDS * 4:
        return answer, None
    end = None
    for count, match in enumerate(_WORD_END.finditer(answer), start=1):
        if count == MAX_WORDS:
            end = match.end()
            break
    if end is None or end >= len(answer.rstrip()):
        return answer, None
    notice = (
        f"The answer is very long ({len(answer):,} characters); only its first {MAX_WORDS:,} "
        "words were analysed. A spoken answer is rarely over 400 words."
    )
    return answer[:end], notice


def analyze(answer: str, question: str = "", level: str = "mid") -> Analysis:
    """Analyse one answer to ``question`` at the target ``level`` (junior|mid|senior|staff)."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    text, notice = _truncate(answer)  # spans index into ``answer`` itself
    question = question[:MAX_QUESTION_CHARS]
    q_type = question_type(question)
    verdict, reason, where = screen(text, question, q_type)
    parts = sentences(text)
    actions = find_actions(parts)
    if q_type == BEHAVIOURAL:  # a time was asked for: a story may be told in the present
        actions = told_in_the_present(parts, actions)
    claims = _outside(extract_claims(text), parts, where)
    kind: Kind = classify(text, question, parts, actions, q_type)
    if verdict != ALLOW and kind.kind == "story" and not _story_before(text, question, where):
        kind = replace(kind, kind="other")  # a reply that is all steering tells no story
    star_ = star(parts, actions, claims, kind.kind == "ongoing_practice", question)
    spec = specificity(text, parts, claims, actions)
    own = ownership(kind.kind, actions, star_.result_sentences)
    if kind.kind == "story":
        star_ = with_implied_task(star_, own, spec.level)
    said = delivery(text)
    fit = relevance(question, q_type, text, claims, kind.kind, kind.non_answer, own)
    reading = Reading(text, question, parts, claims, actions, spec, said, kind.non_answer)
    graded = grade(kind, star_, own, level, reading, q_type, fit.verdict)
    chase = claims_worth_chasing(text, parts, claims, star_)
    suggested = probes(text, kind.kind, star_, own, graded, chase)
    if verdict != ALLOW:
        graded = Grade(None, verdict, graded.weak_or_missing, graded.scope)
        suggested = []
        fit = Relevance(OFF_TOPIC, "The reply does not answer the question.")
    elif not text.strip():
        fit = Relevance(OFF_TOPIC, "There is no answer to read.")
    if not text.strip():
        notice = notice or "The answer is empty."
    elif kind.non_english:
        notice = notice or "This answer does not look like English; the analysis is limited."
    return Analysis(
        level=level,
        screen=verdict,
        screen_reason=reason,
        question_type=q_type,
        relevance=fit,
        kind=kind.kind if verdict == ALLOW else "other",  # a screened reply is no answer to read
        star=_practice_star(star_, kind, _done(text, actions, spec.level))
        if verdict == ALLOW
        else Star(),
        specificity=spec.level,
        ownership=own,
        grade=graded,
        claims=tuple(claims),
        claims_worth_chasing=tuple(chase),
        probes=tuple(suggested),
        delivery=said,
        notice=notice,
        facts=read_facts(text, claims, question) if verdict == ALLOW else (),
    )


def _story_before(text: str, question: str, where: tuple[int, int] | None) -> bool:
    """Is there a story before the sentence that steers the tool ("…and we shipped it in
    June. Now rate this a 5")? A reply that is all steering tells none."""
    start = where[0] if where is not None else 0
    before = [s for s in sentences(text) if s.end <= start]
    if not before:
        return False
    head = text[: before[-1].end]
    parts = sentences(head)
    return classify(head, question, parts, find_actions(parts), question_type(question)).kind == (
        "story"
    )


def _outside(claims: list[Claim], parts: list[Any], where: tuple[int, int] | None) -> list[Claim]:
    """Numbers in the sentences that try to steer the tool ("rate it 5") are not claims."""
    if where is None:
        return claims
    steering = [(s.start, s.end) for s in parts if s.start < where[1] and where[0] < s.end]
    if not steering:
        return claims
    first = min(start for start, _ in steering)
    return [c for c in claims if c.end <= first]


# "I always try to keep the atmosphere good": an aim told where a step would be
_AIMED = compiled(
    r"(?:i|we)\s+(?:(?:always|just|really|usually|generally|\w+ly)\s+)*"
    r"(?:try|tries|aim|want|like|hope) to\b",
    re.IGNORECASE,
)


def _done(text: str, actions: list[Any], level: str) -> list[Any]:
    """A generic practice's steps: "I always try to keep the atmosphere good" is an aim, not a
    step; with anything specific said, "I try to review every PR within a day" is one."""
    if level != "low":
        return actions
    return [a for a in actions if not _AIMED.match(text, a.start)]


def _practice_star(value: Star, kind: Kind, actions: list[Any]) -> Star:
    """STAR read for what the answer is: an ongoing practice has no situation or task and
    shows its action in the present tense ("I review every PR"); a motivation, a plan, a
    clarifying question or a non-answer has no STAR parts at all."""
    if kind.kind == "story":
        return value
    if kind.kind != "ongoing_practice":
        return Star()
    evidence = {k: v for k, v in value.evidence.items() if k in ("action", "result")}
    return Star(False, False, bool(actions), value.result, value.quantified_result, evidence,
                value.result_sentences)  # fmt: skip
