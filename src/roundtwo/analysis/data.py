"""The curated word lists under ``roundtwo/data/analysis/``, loaded once, on first use."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from roundtwo.analysis.precompiled import compiled

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "analysis"
FILES = ("lexicon", "screen", "probes", "feedback", "questions")


def fold(text: str) -> str:
    """Lower case with every character in place, so that spans stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


_ESCAPE_OR_RUN = compiled(r"(\\.)|[^\\]+", re.DOTALL)


def _lower_run(match: re.Match[str]) -> str:
    escape, run = match.group(1), match.group()
    if escape:
        return escape
    return run.lower() if run.isascii() else "".join(map(str.lower, run))


def _lower_pattern(pattern: str) -> str:
    """Lower a pattern's letters but not its escapes (``\\S`` stays ``\\S``)."""
    return _ESCAPE_OR_RUN.sub(_lower_run, pattern).replace("(?p<", "(?P<")


class Folded:
    """A case-insensitive pattern that matches lower-cased text: Python's regex engine skips
    ahead on a literal first character only when matching case-sensitively, which makes this
    several times faster than ``re.IGNORECASE``. Spans index the original text."""

    def __init__(self, pattern: str) -> None:
        self.pattern = compiled(_lower_pattern(pattern), re.MULTILINE)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        return self.pattern.search(fold(text), pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(fold(text), pos, endpos)

    def findall(self, text: str) -> list[Any]:
        return self.pattern.findall(fold(text))


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed JSON of ``data/analysis/<name>.json``."""
    with (DATA_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@cache
def words(name: str, key: str) -> frozenset[str]:
    """A word list as a set (lowercase)."""
    return frozenset(str(w).lower() for w in load(name)[key])


@cache
def phrases_pattern(name: str, key: str) -> Folded:
    """A word or phrase list as one case-insensitive pattern matching whole words."""
    items = sorted((str(w) for w in load(name)[key]), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
    return Folded(rf"(?<![\w'’])(?:{body})(?![\w'’])")


def _starts_at_word(pattern: str) -> bool:
    """Does every alternative of ``pattern`` begin with ``\\b`` (so that the ``\\b`` can be
    tested once, before all of them)?"""
    return all(
        part.startswith("\\b") and part[2:3] not in ("*", "+", "?", "{")
        for part in _top_level(pattern)
    )


def _top_level(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` outside every group and character class. Read by hand,
    not with the regex parser: parsing every curated expression cost each command ~80 ms."""
    parts: list[str] = []
    depth, i, n, start = 0, 0, len(pattern), 0
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: its first "]" (after an optional "^") is a literal
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def alternation(patterns: list[str]) -> str:
    """Expressions as one alternation, matching exactly what ``(?:a)|(?:b)|…`` matches. The
    ``\\b`` most of them begin with is tested once for all of them: Python's engine tries
    every branch at every position, and a position inside a word now fails at the first test
    instead of at each branch's (the screen's patterns ran four times faster)."""
    at_word = [p[2:] for p in patterns if _starts_at_word(p)]
    rest = [p for p in patterns if not _starts_at_word(p)]
    parts = [f"(?:{p})" for p in rest]
    if at_word:
        parts.insert(0, "\\b(?:" + "|".join(f"(?:{p})" for p in at_word) + ")")
    return "|".join(parts)


@cache
def regex(name: str, key: str) -> Folded:
    """A list of regular expressions as one case-insensitive alternation."""
    return Folded(alternation(load(name)[key]))


@cache
def regex_at(name: str, *keys: str) -> Folded:
    """A list of regular expressions nested under ``keys`` ("requests", "form") as one
    case-insensitive alternation."""
    table: Any = load(name)
    for key in keys:
        table = table[key]
    return Folded(alternation(table))


@cache
def named_regexes(name: str, key: str) -> tuple[tuple[str, Folded], ...]:
    """A mapping of label → list of expressions, compiled per label."""
    table: dict[str, list[str]] = load(name)[key]
    return tuple((label, Folded(alternation(patterns))) for label, patterns in table.items())


@cache
def labelled_regex(
    name: str, key: str, only: tuple[str, ...] = ()
) -> tuple[Folded, tuple[str, ...]]:
    """A label → expressions table (its ``only`` labels, when named) as one pattern;
    ``match.lastgroup`` is ``g<index>`` into the labels returned."""
    table: dict[str, list[str]] = load(name)[key]
    labels = tuple(label for label in table if not only or label in only)
    body = "|".join(f"(?P<g{i}>{alternation(table[label])})" for i, label in enumerate(labels))
    return Folded(body), labels
