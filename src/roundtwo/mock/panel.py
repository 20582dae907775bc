"""Panel mode: two to four personas take turns by topic, each judging from their function.

A product manager weighs customer impact (results), an engineer rigour (specificity, depth),
an HR partner collaboration and communication. ``assign`` hands each topic to one panelist
(the one whose usual categories include it, keeping the load even); ``verdicts`` gives every
panelist's score of the whole session, weighted by what their function cares about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from roundtwo.mock.data import default_persona
from roundtwo.mock.state import DIMENSIONS, InterviewState, Persona, Topic

MAX_PANEL = 4


def lineup(state: InterviewState) -> tuple[Persona, ...]:
    """The interviewers of this session: the state's personas, or the default one."""
    return state.personas[:MAX_PANEL] or (default_persona(),)


def assign(topics: Sequence[Topic], personas: Sequence[Persona]) -> dict[str, Persona]:
    """Which panelist asks each topic: deterministic, even, by category and by name."""
    if not personas:
        personas = (default_persona(),)
    load = {p.id: 0 for p in personas}
    chosen: dict[str, Persona] = {}
    for topic in topics:
        named = [p for p in personas if topic.interviewer and p.name == topic.interviewer]
        fits = named or [p for p in personas if topic.category in p.categories] or list(personas)
        least = min(load[p.id] for p in fits)
        persona = next(p for p in fits if load[p.id] == least)
        if not named and len(personas) > 1:
            overall = min(load.values())
            if least > overall:  # keep the turns even: nobody asks two more than another
                persona = next(p for p in personas if load[p.id] == overall)
        load[persona.id] += 1
        chosen[topic.id] = persona
    return chosen


def persona_for(state: InterviewState, topic_id: str) -> Persona:
    """The persona who owns ``topic_id`` in this session."""
    people = lineup(state)
    if len(people) == 1:
        return people[0]
    owners = assign(state.topics, people)
    if topic_id in owners:
        return owners[topic_id]
    opened = state.opened()
    index = opened.index(topic_id) if topic_id in opened else len(opened)
    return people[index % len(people)]


@dataclass(frozen=True)
class Verdict:
    """One panelist's view of the session, from their function's concern."""

    persona: str
    name: str
    function: str
    concern: str
    score: float  # 1–5, weighted by the persona's dimension weights
    weakest: str  # the dimension that worries this panelist most
    gap: str  # what would reassure them


def weighted(scores: Mapping[str, float], persona: Persona) -> float:
    """The persona's weighted mean of the dimension scores given (missing ones skipped)."""
    total = sum(persona.weight(d) for d in DIMENSIONS if d in scores)
    if total == 0:
        return 0.0
    return sum(scores[d] * persona.weight(d) for d in DIMENSIONS if d in scores) / total


def verdicts(
    dimension_means: Mapping[str, float], gaps: Mapping[str, str], personas: Sequence[Persona]
) -> list[Verdict]:
    """Every panelist's score from the session's per-dimension means."""
    result: list[Verdict] = []
    for persona in personas:
        score = round(weighted(dimension_means, persona), 2)
        # the weakest dimension as this persona sees it: low score times high weight
        weakest = max(
            (d for d in DIMENSIONS if d in dimension_means),
            key=lambda d: ((5 - dimension_means[d]) * persona.weight(d), -DIMENSIONS.index(d)),
            default="",
        )
        result.append(
            Verdict(
                persona.id,
                persona.name,
                persona.function,
                persona.concern,
                score,
                weakest,
                gaps.get(weakest, ""),
            )
        )
    return result
