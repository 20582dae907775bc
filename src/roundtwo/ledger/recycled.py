"""Recycled answers: when a question comes back, how does the new answer compare?

- ``near_verbatim``: the same words again (it reads as rehearsed: go deeper);
- ``same_story_deeper``: the same story, told with more — what round two wants;
- ``different_story``: another story for the same question (a consistency risk).

Two measures, both 0..1:

- **overlap** (wording): the share of the shorter answer's word 3-grams that reappear in the
  longer one. Reported in the contract.
- **story**: how much of the shorter answer's content words (nouns, verbs, names — not
  stopwords or interview filler) reappear in the longer one, blended with the share of its
  claims that reappear with the same value and whether they name the same entity.

Verdicts: ``near_verbatim`` when overlap ≥ 0.6 and the longer answer is at most 1.6 times the
shorter; else ``same_story_deeper`` when story ≥ 0.4 or overlap ≥ 0.3; else
``different_story``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from roundtwo.analysis.lexicon import STOP
from roundtwo.analysis.reading import lemma
from roundtwo.analysis.text import words
from roundtwo.ledger.values import agree

if TYPE_CHECKING:
    from roundtwo.ledger.statements import StatedFact, Statement

NEAR_VERBATIM = 0.6
LENGTH_RATIO = 1.6
SAME_STORY = 0.4
SAME_STORY_WORDING = 0.3
SAME_QUESTION = 0.6
UNASKED_STORY = 0.5
# fmt: off
FILLER = frozenset([
    "tell", "me", "time", "describe", "walk", "through", "give", "example", "can", "you",
    "would", "what", "how", "why", "share", "about", "was", "were", "had", "did", "do",
    "made", "got", "went", "have", "has", "be", "been", "is", "are", "am", "so", "um", "uh",
    "like", "really", "actually", "basically", "know", "mean", "think", "say", "said",
    "thing", "things", "lot", "bit", "kind", "sort", "way", "more", "also", "just", "then",
    "your", "you've", "you're", "could", "handled", "handle", "situation", "happened",
    "there", "question", "answer", "yes", "no", "okay", "ok", "well", "one",
])
# fmt: on
VERDICTS = ("near_verbatim", "same_story_deeper", "different_story")
QUESTION_FILLER = frozenset(["want", "work", "here", "join", "think", "feel", "like", "job",
                             "role", "position", "company", "more", "tell", "example"])  # fmt: skip


@dataclass(frozen=True, slots=True)
class Comparison:
    verdict: str
    overlap: float
    story: float


@dataclass(frozen=True, slots=True)
class RecycledPair:
    ids: tuple[str, str]
    verdict: str
    overlap: float
    story: float

    def to_json(self) -> dict[str, Any]:
        return {
            "ids": list(self.ids),
            "verdict": self.verdict,
            "overlap": round(self.overlap, 2),
            "story": round(self.story, 2),
        }


def _shingles(tokens: list[str], size: int = 3) -> set[tuple[str, ...]]:
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def content(text: str) -> set[str]:
    """The words that carry a story: lemmas, without stopwords and interview filler."""
    found = set()
    for word in words(text):
        if len(word) < 3 or word in STOP or word in FILLER:
            continue
        found.add(lemma(word))
    found.update(re.findall(r"\d+(?:[.,]\d+)?", text))
    return found


def wording_overlap(a: str, b: str) -> float:
    """The share of the shorter text's word 3-grams found in the longer one."""
    sa, sb = _shingles(words(a)), _shingles(words(b))
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _containment(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _shared_claims(a: Sequence[StatedFact], b: Sequence[StatedFact]) -> float | None:
    ca = [f for f in a if f.kind not in ("title", "scope")]
    cb = [f for f in b if f.kind not in ("title", "scope")]
    if not ca or not cb:
        return None
    small, large = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    hits = sum(1 for f in small if any(g.kind == f.kind and agree(f, g) for g in large))
    return hits / len(small)


def _shared_entity(a: Sequence[StatedFact], b: Sequence[StatedFact]) -> float | None:
    ea = {f.entity.label() for f in a if not f.entity.empty}
    eb = {f.entity.label() for f in b if not f.entity.empty}
    if not ea or not eb:
        return None
    return 1.0 if ea & eb else 0.0


def story_similarity(
    a_text: str, b_text: str, a_facts: Sequence[StatedFact] = (), b_facts: Sequence[StatedFact] = ()
) -> float:
    """0..1: how much of the shorter answer's story is in the longer one."""
    parts = [(0.6, _containment(content(a_text), content(b_text)))]
    claims = _shared_claims(a_facts, b_facts)
    if claims is not None:
        parts.append((0.25, claims))
    entity = _shared_entity(a_facts, b_facts)
    if entity is not None:
        parts.append((0.15, entity))
    total = sum(weight for weight, _ in parts)
    return sum(weight * value for weight, value in parts) / total


def compare(
    earlier: str,
    later: str,
    earlier_facts: Sequence[StatedFact] = (),
    later_facts: Sequence[StatedFact] = (),
) -> Comparison:
    """How ``later`` retells ``earlier`` (see the module docstring for the thresholds)."""
    overlap = wording_overlap(earlier, later)
    story = story_similarity(earlier, later, earlier_facts, later_facts)
    na, nb = len(words(earlier)), len(words(later))
    ratio = max(na, nb) / max(1, min(na, nb))
    if overlap >= NEAR_VERBATIM and ratio <= LENGTH_RATIO:
        verdict = "near_verbatim"
    elif story >= SAME_STORY or overlap >= SAME_STORY_WORDING:
        verdict = "same_story_deeper"
    else:
        verdict = "different_story"
    return Comparison(verdict, overlap, story)


def same_question(a: str, b: str) -> bool:
    """Two questions that ask the same thing ("Tell me about a time you failed" / "Tell me
    about a failure"; "Why do you want to work at this school?" / "Why this school?")."""
    ca, cb = _question_words(a), _question_words(b)
    if not ca or not cb:
        return a.strip().lower() == b.strip().lower() and bool(a.strip())
    return _containment(ca, cb) >= SAME_QUESTION and len(ca & cb) / len(ca | cb) >= 0.34


def _question_words(question: str) -> set[str]:
    found = {_stem(w) for w in content(question) if w not in QUESTION_FILLER}
    if re.search(r"\bwhy\b", question, re.IGNORECASE):
        found.add("why")  # a motivation question is not a story question
    return found


def _stem(word: str) -> str:
    """ "failure", "failed", "failing" → "fail"; "leadership", "leading" → "lead"."""
    for suffix in ("ership", "ation", "ition", "ment", "ness", "ship", "ure", "ing", "ed", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def pairs(
    statements: Sequence[Statement], facts_of: Callable[[str], Sequence[StatedFact]]
) -> list[RecycledPair]:
    """Recycled pairs among ``statements``: those that answer the same question, or — when a
    statement has no question — tell most of the same story in another round."""
    found: list[RecycledPair] = []
    profiles = [content(s.text) for s in statements]
    for i, j in _candidates(statements, profiles):
        a, b = statements[i], statements[j]
        asked = bool(a.question.strip() and b.question.strip())
        if asked and not same_question(a.question, b.question):
            continue
        result = compare(a.text, b.text, facts_of(a.id), facts_of(b.id))
        if not asked:
            if a.round == b.round or result.story < UNASKED_STORY:
                continue
            if result.verdict == "different_story":
                continue
        found.append(RecycledPair((a.id, b.id), result.verdict, result.overlap, result.story))
    return found


# A content word shared by more answers than this says nothing about which two tell one story
# (a fixed bound keeps the pairing linear in the number of answers).
UNCOMMON = 40


def _candidates(statements: Sequence[Statement], profiles: list[set[str]]) -> list[tuple[int, int]]:
    """Pairs worth comparing, without comparing everything with everything: they share a
    question word or at least two uncommon content words."""
    index: dict[str, list[int]] = {}
    for i, statement in enumerate(statements):
        keys = (
            {f"q:{w}" for w in _question_words(statement.question)} if statement.question else set()
        )
        keys |= {f"w:{w}" for w in profiles[i]}
        for key in keys:
            index.setdefault(key, []).append(i)
    limit = UNCOMMON  # a word told in more answers than this is not uncommon
    shared: dict[tuple[int, int], int] = {}
    for key, members in index.items():
        asked = key.startswith("q:")
        if len(members) < 2 or len(members) > (limit * 10 if asked else limit):
            continue
        weight = 2 if asked else 1
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                shared[(i, j)] = shared.get((i, j), 0) + weight
    return sorted(pair for pair, count in shared.items() if count >= 2)


__all__ = ["VERDICTS", "Comparison", "RecycledPair", "compare", "pairs", "same_question"]
