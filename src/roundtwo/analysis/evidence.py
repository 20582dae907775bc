"""The words that carry meaning, shared by the matcher and its gates: which stems say little
(``WEAK``), one word family, the overlap of two clauses' words, a sentence's stems."""

from __future__ import annotations

from functools import lru_cache

from roundtwo.analysis.lexicon import QUALIFIERS
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.reading import stem

# Words (as stems) that say little about what a figure measures on their own: units of time,
# measurement words, verbs of having and being, fillers.
WEAK = frozenset(stem(w) for w in [
    "year", "month", "week", "day", "time", "hour", "minute", "second", "people", "team",
    "work", "thing", "lot", "bit",
    "number", "total", "whole", "part", "end", "start", "get", "make", "have", "take", "go",
    "come", "put", "keep", "run", "now", "then", "first", "last", "back", "still", "odd",
    "give", "honestly", "actually", "basically", "probably", "say", "think", "mean", "guess",
    "know", "yeah", "well", "right", "okay", "rate", "level", "score", "share", "percent",
    "dollar", "pound", "euro", "figure", "amount", "point", "value", "size", "count", "usual",
    "typical", "normal", "whole", "overall", "roughly", "about", "around", "give", "take",
    "couple", "dozen", "half", "few", "several", "percentage", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid",
])  # fmt: skip


# Heads the reader falls back on when it finds no measured noun, and the words of a change
# ("a lift of 7 points": what was lifted is said elsewhere): not evidence of a subject.
UNRELIABLE = WEAK | frozenset(stem(w) for w in [
    "how", "long", "duration", "date", "figure", "lift", "uplift", "increase", "reduction",
    "improvement", "growth", "gain", "drop", "decrease", "rise", "jump", "boost", "change",
])  # fmt: skip


WORDS = compiled(r"[a-z][a-z'-]+")


@lru_cache(maxsize=4096)
def said_stems(quote: str) -> frozenset[str]:
    """The stems of a sentence's words."""
    return frozenset(stem(w) for w in WORDS.findall(quote.lower()))


QUALIFIER_STEMS = {stem(word): (family, word) for word, family in QUALIFIERS.items()}


def in_words(word: str, context: frozenset[str]) -> bool:
    parts = [stem(p) for p in word.replace("-", " ").split() if p]
    return bool(parts) and all(p in context or any(family(p, w) for w in context) for p in parts)


def strong(words: frozenset[str]) -> bool:
    return any(w not in WEAK and w not in QUALIFIERS for w in words)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared meaning-bearing words (stems, one word family counted once: "reduc" /
    "reduct"), over the smaller side (0 when either has none)."""
    strong_a = {w for w in a if w not in WEAK and w not in QUALIFIERS}
    strong_b = {w for w in b if w not in WEAK and w not in QUALIFIERS}
    if not strong_a or not strong_b:
        return 0.0
    if len(strong_a) > len(strong_b):
        strong_a, strong_b = strong_b, strong_a
    shared = sum(1 for w in strong_a if w in strong_b or any(family(w, o) for o in strong_b))
    return shared / len(strong_a)


def family(a: str, b: str) -> bool:
    """One word family by stem: the shorter (at least four letters) begins the longer."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long.startswith(short)
