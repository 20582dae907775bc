"""Graded feedback: per topic a 1–5 score with rubric dimensions, what went well and what to
improve (each quoting the candidate's own words), a session summary naming the one thing to
work on first, and a comparison with an earlier session.

The schema forces honesty: a :class:`DimensionScore` or :class:`TopicFeedback` below 5 cannot
be built without its gap, and a :class:`Note` cannot be built without a quote. Only allowed
answers are graded: a reply screened ``redirect`` or ``terminate`` never moves a score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from roundtwo.mock.data import load
from roundtwo.mock.director import topic_of
from roundtwo.mock.language import Language, PhraseRequest, get_language
from roundtwo.mock.panel import Verdict, lineup, persona_for, verdicts, weighted
from roundtwo.mock.quotes import praiseworthy, quotes_for, shown
from roundtwo.mock.reading import (
    TopicView,
    adequate,
    contradictions_in,
    explained,
    read_topic,
    words,
)
from roundtwo.mock.state import DIMENSIONS, PROBE_KINDS, InterviewState, Turn

SCHEMA = 1
SPECIFICITY_SCORE = {0: 2, 1: 4, 2: 5}
OWNERSHIP_SCORE = {"clear": 5, "mixed": 3, "unclear": 2}
HISTORY_CATEGORIES = frozenset(
    {"weak_moment", "pushed_back", "round_one_followup", "ledger_recheck"}
)


class GapMissing(ValueError):
    """A score below 5 without the gap that explains it."""


@dataclass(frozen=True)
class Note:
    """What went well or what to improve, with the candidate's own words."""

    dimension: str
    text: str
    quote: str  # an exact substring of one of the topic's answers

    def __post_init__(self) -> None:
        if not self.quote.strip():
            raise ValueError("every feedback note quotes the candidate's own words")


@dataclass(frozen=True)
class DimensionScore:
    dimension: str
    score: int
    gap: str = ""

    def __post_init__(self) -> None:
        _check(self.dimension, self.score, self.gap)
        if self.dimension not in DIMENSIONS:
            raise ValueError(f"unknown dimension {self.dimension!r}")


@dataclass(frozen=True)
class TopicFeedback:
    topic: str
    category: str
    question: str
    persona: str
    score: int
    gap: str
    dimensions: tuple[DimensionScore, ...]
    went_well: tuple[Note, ...]
    to_improve: tuple[Note, ...]
    probes: int

    def __post_init__(self) -> None:
        _check(f"topic {self.topic}", self.score, self.gap)

    def dimension(self, name: str) -> int | None:
        return next((d.score for d in self.dimensions if d.dimension == name), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "category": self.category,
            "question": self.question,
            "persona": self.persona,
            "score": self.score,
            "gap": self.gap,
            "dimensions": {d.dimension: {"score": d.score, "gap": d.gap} for d in self.dimensions},
            "went_well": [_note_json(n) for n in self.went_well],
            "to_improve": [_note_json(n) for n in self.to_improve],
            "probes": self.probes,
        }


@dataclass(frozen=True)
class SessionFeedback:
    topics: tuple[TopicFeedback, ...]
    overall: float | None
    dimensions: Mapping[str, float]  # mean score per dimension over the topics that had it
    focus: str  # the one dimension to work on first ("" when everything is a 5)
    focus_gap: str
    focus_quote: str
    unscored: tuple[str, ...]  # topics with no graded answer (only screened replies)
    panel: tuple[Verdict, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "overall": self.overall,
            "dimensions": dict(self.dimensions),
            "focus": {
                "dimension": self.focus,
                "gap": self.focus_gap,
                "quote": self.focus_quote,
                "shown": shown(self.focus_quote) if self.focus_quote else "",
            },
            "topics": [t.to_json() for t in self.topics],
            "unscored": list(self.unscored),
            "panel": [vars(v) for v in self.panel],
        }


def _check(what: str, score: int, gap: str) -> None:
    if not 1 <= score <= 5:
        raise ValueError(f"{what}: a score is 1–5, not {score}")
    if score < 5 and not gap.strip():
        raise GapMissing(f"{what}: a score below 5 must name its gap")


def _note_json(note: Note) -> dict[str, str]:
    return {
        "dimension": note.dimension,
        "text": note.text,
        "quote": note.quote,
        "shown": shown(note.quote),
    }


def gap_of(dimension: str) -> str:
    return str(load("templates")["feedback"][dimension]["gap"])


# -- per topic --------------------------------------------------------------------------------


def topic_feedback(
    state: InterviewState, topic_id: str, language: Language | None = None
) -> TopicFeedback | None:
    """Feedback for one topic, or None when it has no graded answer."""
    topic = topic_of(state, topic_id)
    view = read_topic(state, topic)
    if not view.answers:
        return None
    persona = persona_for(state, topic.id)
    scores, causes = _dimensions(state, view)
    dims = tuple(DimensionScore(d, s, "" if s == 5 else gap_of(d)) for d, s in scores.items())
    mean = weighted({d: float(s) for d, s in scores.items()}, persona)
    score = int(mean + 0.5)
    if view.vague_streak >= 2:
        score = min(score, 2)
    if scores.get("consistency", 5) < 3:
        score = min(score, 3)
    score = max(1, min(5, score))
    worst = _ranked(scores, persona.weights, worst_first=True)
    gap = "" if score == 5 else gap_of(worst[0] if scores[worst[0]] < 5 else "depth")
    language = language or get_language()
    minor = ("communication", "consistency") if score < 3 else ()
    best = _ranked(scores, persona.weights, worst_first=False)
    improve = _notes(language, state, view, [d for d in worst if scores[d] < 5], "improve", causes)
    criticised = {n.dimension for n in improve}  # never praised and criticised at once
    good = [d for d in best if scores[d] >= 4 and d not in minor and d not in criticised]
    good = good or [d for d in best if scores[d] >= 3 and d not in criticised][:1]
    well = _notes(language, state, view, good, "well", causes, {n.quote for n in improve})
    return TopicFeedback(
        topic=topic.id,
        category=topic.category,
        question=topic.question,
        persona=persona.id,
        score=score,
        gap=gap,
        dimensions=dims,
        went_well=well,
        to_improve=improve,
        probes=view.probes,
    )


def _ranked(
    scores: Mapping[str, int], weights: Mapping[str, float], worst_first: bool
) -> list[str]:
    def key(d: str) -> tuple[float, int]:
        gap = (5 - scores[d]) * float(weights.get(d, 1.0))
        return (-gap if worst_first else gap, DIMENSIONS.index(d))

    return sorted(scores, key=key)


def _dimensions(state: InterviewState, view: TopicView) -> tuple[dict[str, int], dict[str, str]]:
    """The rubric scores of one topic, and the cause behind a score where the words of the
    feedback depend on it (communication: too short, too long or filler; consistency: a change
    explained when challenged)."""
    answers = [t for t, _ in view.answers]
    star = view.star
    scores: dict[str, int] = {}
    causes: dict[str, str] = {}
    if view.story:
        parts = sum(bool(star.get(p)) for p in ("situation", "task", "action", "result"))
        scores["structure"] = max(1, min(5, parts + 1))
    total_words = sum(words(t) for t in answers)
    scores["specificity"] = 1 if total_words < 15 else SPECIFICITY_SCORE[view.best_specificity]
    if view.ownership in OWNERSHIP_SCORE:
        scores["ownership"] = OWNERSHIP_SCORE[view.ownership]
    if view.story:
        if star.get("quantified_result"):
            scores["results"] = 5
        else:
            scores["results"] = 3 if star.get("result") else (2 if star.get("action") else 1)
    elif view.topic.category == "first_90_days":
        scores["results"] = 4 if any(t.analysis.get("claims") for t in answers) else 2
    probed = [(t, p) for t, p in view.answers if p in PROBE_KINDS]
    if probed:
        good = sum(adequate(t, p) for t, p in probed) / len(probed)
        scores["depth"] = min(1 + round(4 * good), 2 if view.vague_streak >= 2 else 5)
    found = contradictions_in(state, view.topic.id)
    unexplained = [c for c in found if not explained(state, c)]
    if unexplained:  # a figure changed and was not reconciled when challenged
        scores["consistency"] = 1 if len(unexplained) > 1 else 2
    elif found:  # reconciled when confronted: credited, not counted against
        scores["consistency"], causes["consistency"] = 4, "reconciled"
    elif view.topic.category in HISTORY_CATEGORIES and _states_facts(answers):
        scores["consistency"] = 5  # facts told again, and they held: nothing to hold for evasions
    scores["communication"], causes["communication"] = _communication(answers)
    return scores, causes


def _states_facts(answers: Sequence[Turn]) -> bool:
    return any(t.analysis.get("claims") for t in answers)


def _communication(answers: Sequence[Turn]) -> tuple[int, str]:
    """Delivery of the opening answer, and what hurt it most ("short", "long", "fillers")."""
    score, cause = 5, ""
    for turn in answers[:1]:  # the opening answer shows delivery best
        said = turn.analysis.get("delivery") or {}
        fillers = float(said.get("fillers_per_100_words", 0) or 0)
        lost = 2 if fillers > 6 else (1 if fillers > 3 else 0)
        lost += 1 if int(said.get("hedges", 0) or 0) >= 4 else 0
        count = words(turn)
        length = 2 if count > 500 or count < 12 else (1 if count > 300 or count < 40 else 0)
        score -= lost + length
        if length > lost:
            cause = "short" if count < 40 else "long"
        elif lost:
            cause = "fillers"
    return max(1, score), cause


def _notes(
    language: Language,
    state: InterviewState,
    view: TopicView,
    dimensions: Sequence[str],
    side: str,
    causes: Mapping[str, str],
    taken: set[str] | frozenset[str] = frozenset(),
) -> tuple[Note, ...]:
    """Up to two notes, each quoting different words of the candidate's where possible; praise
    never quotes words that are criticised (``taken``) or an evasion."""
    notes: list[Note] = []
    used: set[str] = set(taken)
    for dimension in dimensions:
        options = [q for q in quotes_for(state, view, dimension, side) if q.strip()]
        if side == "well":
            options = [q for q in options if q not in taken and praiseworthy(q)]
        quote = next((q for q in options if q not in used), "" if side == "well" else (
            options[0] if options else ""))  # fmt: skip
        if not quote:
            continue
        used.add(quote)
        slots = {"side": side, "seed": view.topic.id, "cause": causes.get(dimension, "")}
        request = PhraseRequest(
            "feedback",
            persona_for(state, view.topic.id),
            kind=dimension,
            topic=view.topic,
            slots=slots,
            context={"quote": quote},
        )
        notes.append(Note(dimension, language.phrase(request), quote))
        if len(notes) == 2:
            break
    return tuple(notes)


# -- the session ------------------------------------------------------------------------------


def session_feedback(state: InterviewState, language: Language | None = None) -> SessionFeedback:
    """Every topic's feedback, the per-dimension means, the one thing to work on first."""
    language = language or get_language()
    topics: list[TopicFeedback] = []
    unscored: list[str] = []
    for topic_id in state.opened():
        feedback = topic_feedback(state, topic_id, language)
        if feedback is None:
            unscored.append(topic_id)
        else:
            topics.append(feedback)
    means = _means(topics)
    lost = _points_lost(state, topics)
    focus = min(
        (d for d in means if means[d] < 5),
        key=lambda d: (-lost.get(d, 0.0), means[d], DIMENSIONS.index(d)),
        default="",
    )  # what lowered the scores most: the weighted points lost over every topic
    quote = ""
    if focus:
        having = [t for t in topics if t.dimension(focus) is not None]
        worst = min(having, key=lambda t: t.dimension(focus) or 5)
        quote = next((n.quote for n in worst.to_improve if n.dimension == focus), "")
        quote = quote or next((n.quote for n in worst.to_improve), "")
    overall = round(sum(t.score for t in topics) / len(topics), 2) if topics else None
    gaps = {d: gap_of(d) for d in DIMENSIONS}
    return SessionFeedback(
        topics=tuple(topics),
        overall=overall,
        dimensions=means,
        focus=focus,
        focus_gap=gap_of(focus) if focus else "",
        focus_quote=quote,
        unscored=tuple(unscored),
        panel=tuple(verdicts(means, gaps, lineup(state))) if means else (),
    )


def _points_lost(state: InterviewState, topics: Sequence[TopicFeedback]) -> dict[str, float]:
    """Per dimension, the points below 5 summed over the topics, weighted as each topic's
    interviewer weighs it."""
    lost: dict[str, float] = {}
    for topic in topics:
        weights = persona_for(state, topic.topic).weights
        for d in topic.dimensions:
            lost[d.dimension] = lost.get(d.dimension, 0.0) + (5 - d.score) * float(
                weights.get(d.dimension, 1.0)
            )
    return lost


def _means(topics: Sequence[TopicFeedback]) -> dict[str, float]:
    means: dict[str, float] = {}
    for d in DIMENSIONS:
        values = [s for s in (t.dimension(d) for t in topics) if s is not None]
        if values:
            means[d] = round(sum(values) / len(values), 2)
    return means


@dataclass(frozen=True)
class Comparison:
    """How this session compares with an earlier one (positive deltas are improvements)."""

    overall: float | None
    dimensions: Mapping[str, float]
    improved: tuple[str, ...]
    regressed: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall,
            "dimensions": dict(self.dimensions),
            "improved": list(self.improved),
            "regressed": list(self.regressed),
        }


def compare(
    previous: SessionFeedback | Mapping[str, Any], current: SessionFeedback | Mapping[str, Any]
) -> Comparison:
    """Per-dimension deltas (current minus previous), for the dimensions both sessions have."""
    before, after = _as_json(previous), _as_json(current)
    deltas = {
        d: round(float(after["dimensions"][d]) - float(before["dimensions"][d]), 2)
        for d in DIMENSIONS
        if d in before["dimensions"] and d in after["dimensions"]
    }
    overall = None
    if before.get("overall") is not None and after.get("overall") is not None:
        overall = round(float(after["overall"]) - float(before["overall"]), 2)
    return Comparison(
        overall=overall,
        dimensions=deltas,
        improved=tuple(d for d, v in deltas.items() if v > 0),
        regressed=tuple(d for d, v in deltas.items() if v < 0),
    )


def _as_json(feedback: SessionFeedback | Mapping[str, Any]) -> Mapping[str, Any]:
    return feedback.to_json() if isinstance(feedback, SessionFeedback) else feedback
