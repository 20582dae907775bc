"""The live coach: a hint the candidate can ask for mid-answer. Coaching, never a script.

``hint(state, partial_answer, stories, ledger_facts)`` says which beat to add next (the STAR
part missing so far, or what the follow-up is really asking for), which of the candidate's own
stories fits the question, and which earlier fact to stay consistent with. It never writes
the answer: hints are short, in the second person, and carry no narrative of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from roundtwo.analysis.precompiled import compiled
from roundtwo.mock.director import topic_of
from roundtwo.mock.language import Language, PhraseRequest, get_language
from roundtwo.mock.panel import lineup, persona_for
from roundtwo.mock.plan import infer_category, shorten
from roundtwo.mock.state import InterviewState, Persona

MAX_WORDS = 60
STAR_BEATS = ("situation", "task", "action", "result")
PROBE_BEATS = {
    "contradiction": "reconcile",
    "assumption_challenge": "method",
    "retrospective": "reflect",
    "values_conflict": "values",
    "ownership": "ownership",
    "metric": "quantify",
    "result": "result",
    "situation": "situation",
}
CATEGORY_BEATS = {"first_90_days": "plan", "why_us": "motivation"}
CATEGORY_COMPETENCIES = {
    "behavioural_deep_dive": ("leadership", "problem-solving", "failure", "resilience"),
    "weak_moment": ("problem-solving", "leadership"),
    "pushed_back": ("conflict", "problem-solving"),
    "technical_depth": ("technical", "problem-solving", "innovation"),
    "culture_values": ("teamwork", "conflict", "integrity", "collaboration"),
    "first_90_days": ("leadership", "planning"),
    "why_us": ("motivation",),
    "round_one_followup": (),
    "ledger_recheck": (),
}
CUES = {
    "situation": compiled(
        r"\b(?:in (?:19|20)\d\d|last (?:year|spring|summer|autumn|fall|winter|month|quarter)|"
        r"at my (?:last|previous)|when i was|a few (?:years|months) ago|in q[1-4])\b",
        re.IGNORECASE,
    ),
    "task": compiled(
        r"\b(?:i was (?:asked|tasked|responsible|hired|brought in)|my (?:job|goal|task|role) was|"
        r"it was (?:on me|my call|my job)|i had to|i needed to|i owned)\b",
        re.IGNORECASE,
    ),
    "action": compiled(
        r"\bI (?!was\b|had\b|am\b|think\b|felt\b)(?:\w+ed|split|ran|wrote|built|led|made|set|"
        r"took|chose|met|sat|told|went|cut|found|got|gave|put|brought|began|drove|spoke|did|"
        r"paired|rewrote|sent|kept)\b"
    ),
    "result": compiled(
        r"\b(?:as a result|in the end|by the end|shipped|launched|fell|dropped|rose|grew|"
        r"increased|reduced|saved|finished|resulted|the outcome)\b",
        re.IGNORECASE,
    ),
    "quantified_result": compiled(r"(?!)"),  # only the engine says a result is measured
}
_WORD = compiled(r"[a-z][a-z'-]{3,}")
_STOP = frozenset(
    re.findall(
        r"\w+",
        "about after again also because been being could did does doing done from have into "
        "just like made make more most much only other over said same some such than that "
        "their them then there these they this time tell what when where which while with "
        "would your yours you're you've walk through give take back think thing things",
    )
)


@dataclass(frozen=True)
class Hint:
    """What to do next in the answer being given, and what to draw on."""

    beat: str  # the next beat: situation, task, action, result, quantify, method, …
    missing: tuple[str, ...]  # STAR parts missing from the answer so far
    text: str  # the coaching itself, under MAX_WORDS words
    story: str | None = None  # title of one of the candidate's stories that fits
    fact: str | None = None  # an earlier stated fact to stay consistent with

    def to_json(self) -> dict[str, Any]:
        return {
            "beat": self.beat,
            "missing": list(self.missing),
            "text": self.text,
            "story": self.story,
            "fact": self.fact,
        }


def hint(
    state: InterviewState,
    partial_answer: str,
    stories: Sequence[Mapping[str, Any]] = (),
    ledger_facts: Sequence[Mapping[str, Any]] = (),
    language: Language | None = None,
    question: str | None = None,
) -> Hint:
    """A hint for the question on the table (``state.pending``, or ``question``)."""
    pending = state.pending
    asked = question or (pending.question if pending else "")
    if not asked and state.turns:
        asked = state.turns[-1].question
    probe = pending.probe if pending and not question else None
    topic = topic_of(state, pending.topic) if pending else None
    category = topic.category if topic else infer_category(asked)
    missing, ownership_blurred = _missing(partial_answer, asked, state.level)
    beat = _beat(probe, category, partial_answer, missing, ownership_blurred)
    focus = " ".join([asked, partial_answer, topic.value if topic else ""])
    story = _telling(stories, partial_answer) or _story(stories, focus, category, state.values)
    fact = _fact(ledger_facts, focus)  # what the question and the answer so far are about
    if probe == "contradiction" and pending is not None and "|" in pending.target:
        subject = pending.target.split("|", 1)[0]  # the fact in question, not a look-alike
        questioned = [f for f in ledger_facts if str(f.get("subject", "")) == subject]
        fact = _fact(questioned, subject) if questioned else fact
    persona: Persona = persona_for(state, topic.id) if topic else lineup(state)[0]
    slots = {"story": story or "", "fact": fact or ""}
    speaker = language or get_language()
    text = speaker.phrase(PhraseRequest("hint", persona, kind=beat, topic=topic, slots=slots))
    for dropped in ("fact", "story"):
        if len(text.split()) <= MAX_WORDS:
            break
        slots[dropped] = ""
        text = speaker.phrase(PhraseRequest("hint", persona, kind=beat, topic=topic, slots=slots))
    return Hint(beat, missing, text, story, fact)


def _missing(partial: str, question: str, level: str) -> tuple[tuple[str, ...], bool]:
    if not partial.strip():
        return STAR_BEATS, False
    from roundtwo.analysis import analyze

    result = analyze(partial, question, level).to_json()
    star = {
        beat: bool(result["star"].get(beat)) or bool(CUES[beat].search(partial))
        for beat in (*STAR_BEATS, "quantified_result")
    }
    # a half-told story is not yet read as a story by the engine: the cues read its beats
    missing = tuple(beat for beat in STAR_BEATS if not star.get(beat))
    blurred = result["ownership"] in ("unclear", "mixed") and "action" in result["weak_or_missing"]
    if star.get("result") and not star.get("quantified_result"):
        missing += ("quantify",)
    return missing, blurred


def _beat(
    probe: str | None, category: str, partial: str, missing: tuple[str, ...], blurred: bool
) -> str:
    if probe in PROBE_BEATS and probe != "situation":
        return PROBE_BEATS[probe]
    if probe is None and category in CATEGORY_BEATS:
        return CATEGORY_BEATS[category]
    if not partial.strip():
        return "start"
    if blurred:
        return "ownership"
    if "situation" in missing and "task" in missing:
        return "situation"
    for beat in ("action", "result", "task", "quantify"):
        if beat in missing:
            return beat
    return "trim"


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _story(
    stories: Sequence[Mapping[str, Any]], focus: str, category: str, values: Sequence[str]
) -> str | None:
    """The title of the candidate's story that fits best, or None when none fits."""
    wanted = _words(focus)
    competencies = set(CATEGORY_COMPETENCIES.get(category, ()))
    mentioned = {v.lower() for v in values if v.lower() in focus.lower()}
    best = 0
    chosen: str | None = None
    for story in stories:
        title = str(story.get("title", "")).strip()
        if not title:
            continue
        own = _words(" ".join([title, str(story.get("summary", ""))]))
        tags = {str(c).lower() for c in story.get("competencies", []) or []}
        story_values = {str(v).lower() for v in story.get("values", []) or []}
        score = len(wanted & own) + 2 * len(tags & (competencies | wanted))
        score += 3 * len(story_values & mentioned)
        if score > best and score >= STORY_FIT:
            best, chosen = score, title
    return chosen


STORY_FIT = 2  # one shared word is chance: a story must fit by two words or a competency


def _telling(stories: Sequence[Mapping[str, Any]], partial: str) -> str | None:
    """The story the candidate has already started to tell, if the words say so."""
    said = _words(partial)
    best, chosen = 1, None
    for story in stories:
        overlap = len(said & _words(f"{story.get('title', '')} {story.get('summary', '')}"))
        if overlap > best:
            best, chosen = overlap, str(story.get("title", "")) or None
    return chosen


FACT_OVERLAP = 2  # meaning words a fact must share with the question and answer to be hinted


def _meaning(text: str) -> frozenset[str]:
    from roundtwo.analysis.evidence import WEAK, said_stems

    return frozenset(s for s in said_stems(text.lower()) if s not in WEAK and s not in _STOP)


def _fact(facts: Sequence[Mapping[str, Any]], focus: str) -> str | None:
    """An earlier stated fact that bears on this answer: "engineers on the team: five (round 1)";
    None unless one shares what it measures with the question and answer (two meaning words,
    one word family counted once): an unrelated fact is worse than no hint."""
    from roundtwo.analysis.evidence import family

    wanted = _meaning(focus)
    best, chosen = FACT_OVERLAP - 1, None
    for fact in facts:
        subject = str(fact.get("subject", "")).strip()
        said = str(fact.get("text") or fact.get("value") or "").strip()
        quote = str(fact.get("quote", "")).strip()
        own = _meaning(" ".join([subject, quote]))
        overlap = sum(1 for w in own if w in wanted or any(family(w, o) for o in wanted))
        if overlap > best:
            where = f"round {fact['round']}" if fact.get("round") else "earlier"
            shown = f"{subject}: {said}" if subject and said else f'"{shorten(quote, 10)}"'
            best, chosen = overlap, f"{shown} ({where})"
    return chosen
