"""The candidate's own words: sentences that are exact substrings of an answer.

Feedback quotes must be verbatim (``quote in answer``), so nothing here rewrites text: a long
sentence is cut after a whole clause, never summarised; the reader sees "…" where it was cut.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from roundtwo.analysis.precompiled import compiled
from roundtwo.mock.reading import EVASION, TopicView, adequate, contradictions_in
from roundtwo.mock.state import PROBE_KINDS, InterviewState

MAX_WORDS = 30
_SENTENCE = compiled(r"(?:[^.!?\n]|[.!?](?=\w))+(?:[.!?]+|$)")
_WORD = compiled(r"\S+")


_CLAUSE_END = compiled(r"[,;:—–](?=\s)")
MIN_CLAUSE_WORDS = 8


def _cut(sentence: str, max_words: int = MAX_WORDS) -> str:
    """The sentence, or its first whole clauses within ``max_words`` words (an exact prefix;
    the reader shows it with "…", see :func:`shown`)."""
    ends = [m.end() for m in _WORD.finditer(sentence)]
    if len(ends) <= max_words:
        return sentence
    head = sentence[: ends[max_words - 1]]
    clauses = [m.start() for m in _CLAUSE_END.finditer(head)]
    if clauses and len(head[: clauses[-1]].split()) >= MIN_CLAUSE_WORDS:
        head = head[: clauses[-1]]
    return head.rstrip(",;:—-").rstrip()


def shown(quote: str) -> str:
    """A quote as the reader sees it: "…" where it was cut short of its sentence's end."""
    stripped = quote.rstrip()
    return stripped if not stripped or stripped[-1] in ".!?\"”')" else stripped + "…"


def _whole_sentences(text: str) -> list[str]:
    found = [m.group().strip() for m in _SENTENCE.finditer(text)]
    return [s for s in found if any(c.isalnum() for c in s)]


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, each an exact substring, cut to MAX_WORDS words."""
    return list(_sentences(text))


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(_cut(s) for s in _whole_sentences(text))


MIN_PRAISE_WORDS = 6


def praiseworthy(quote: str) -> bool:
    """Words worth praising: a sentence with substance, not a hedge or an evasion ("It went ok
    I think.")."""
    return len(quote.split()) >= MIN_PRAISE_WORDS and not EVASION.search(quote)


def first_sentence(text: str) -> str:
    found = sentences(text)
    return found[0] if found else _cut(text.strip())


def sentence_with(text: str, *needles: str) -> str:
    """The first sentence containing any of ``needles`` (case-insensitive), or ""."""
    wanted = [n.lower() for n in needles if n.strip()]
    for sentence in _sentences(text):
        padded = f" {sentence.lower()} "
        if any(n in padded for n in wanted):
            return sentence
    return ""


def locate(text: str, snippet: str) -> str:
    """The sentence of ``text`` that ``snippet`` (whitespace collapsed, maybe cut with "…")
    comes from, as an exact substring; "" when it is not there."""
    head = " ".join(snippet.replace("…", " ").split())[:60].lower()
    if not head:
        return ""
    for sentence in _whole_sentences(text):
        if " ".join(sentence.split()).lower().startswith(head):
            return _cut(sentence)
    for sentence in _whole_sentences(text):
        if head[:30] in " ".join(sentence.split()).lower():
            return _cut(sentence)
    return ""


def quotes_for(state: InterviewState, view: TopicView, dimension: str, side: str) -> list[str]:
    """The candidate's own words that show ``dimension``, best first (exact substrings)."""
    answers = [t for t, _ in view.answers]
    opening = answers[0]
    everything = [s for t in answers for s in sentences(t.answer)]
    if dimension == "depth":
        want = side == "well"
        probed = [t for t, p in view.answers if p in PROBE_KINDS and adequate(t, p) == want]
        return [first_sentence(t.answer) for t in probed]
    if dimension == "consistency":
        found: list[str] = []
        for c in contradictions_in(state, view.topic.id):
            for turn in answers:
                if c.new_quote and c.new_quote in turn.answer:
                    found.append(c.new_quote)
                found.append(sentence_with(turn.answer, c.new_value))
        return (found if side == "improve" else []) + everything
    if side == "improve":
        if dimension == "ownership":
            return [s for t in answers if (s := sentence_with(t.answer, " we ", " our "))]
        if dimension == "results":
            return (sentences(opening.answer) or [""])[-1:] + everything
        if dimension == "communication":
            return sorted(sentences(opening.answer), key=lambda s: -len(s.split()))
        if dimension == "specificity":
            plain = [s for s in everything if not any(ch.isdigit() for ch in s)]
            return plain + everything
        return everything
    part = {"structure": "situation", "ownership": "action", "results": "result"}.get(dimension)
    found = []
    for turn in answers:
        evidence = turn.analysis.get("evidence") or {}
        if part and isinstance(evidence, Mapping) and evidence.get(part):
            found.append(locate(turn.answer, str(evidence[part])))
    if dimension in ("specificity", "results"):
        for turn in answers:
            for claim in turn.analysis.get("claims") or []:
                found.append(sentence_with(turn.answer, str(claim.get("text", ""))))
    return [q for q in found if q] + everything
