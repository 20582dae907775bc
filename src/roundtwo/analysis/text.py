"""Tokens and sentences with their character spans: the ground every other module stands on."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from roundtwo.analysis.precompiled import compiled

_TOKEN_RE = compiled(
    r"(?P<num>\d+(?:[.,]\d+)*(?:[eE][+-]?\d+(?![A-Za-z]))?)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"  # letters of any script: "Chênes", "Zürich"
    r"|(?P<arrow>->|=>|[→⇒⟶➔])"
    r"|(?P<sym>[$€£¥₹~%+/\-–—:&])"
    r"|(?P<punct>[^\s\w]|_)"
)
ARROW = "→"
_SENTENCE_END_RE = compiled(
    r"(?<=[.!?…])[\"”')\]]*\s+(?=[\"“'(\[]?[A-Z0-9$€£])|\n\s*\n|\n(?=\s*[-*•]\s)"
)
_WORD_RE = compiled(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ABBREVIATIONS = ("e.g.", "i.e.", "Dr.", "Mr.", "Mrs.", "Ms.", "vs.", "etc.", "approx.", "St.")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    low: str
    kind: str  # num | word | sym | punct
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int


def tokenize(text: str) -> list[Token]:
    return list(_tokens(text))


@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[Token, ...]:
    """One answer is tokenized by several readers in a row: once is enough."""
    tokens: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup or "punct"
        raw = match.group()
        if kind == "arrow":  # "4.1% → 2.6%", "78 -> 71%": a change, read as "to"
            tokens.append(Token(raw, ARROW, "sym", match.start(), match.end()))
            continue
        low = raw.lower().replace("’", "'")
        if kind == "word" and low.endswith("'s") and low[:-2] in _TIME_UNITS:
            low = low[:-2]  # "a month's notice", "one year's salary": the length, then its noun
        tokens.append(Token(raw, low, kind, match.start(), match.end()))
    return tuple(tokens)


_TIME_UNITS = frozenset(
    ["minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade"]
)


def sentences(text: str) -> list[Sentence]:
    """Split into sentences, keeping spans; abbreviations such as "e.g." do not end one."""
    result: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        before = text[start : match.start()]
        if before.rstrip().endswith(_ABBREVIATIONS):
            continue
        _append(result, text, start, match.start())
        start = match.end()
    _append(result, text, start, len(text))
    return result


def _append(result: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    offset = start + (len(chunk) - len(chunk.lstrip()))
    result.append(Sentence(stripped, offset, offset + len(stripped), len(result)))


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD_RE.findall(text)]


def quote(text: str, limit: int = 160) -> str:
    """A readable quote: whitespace collapsed, cut at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
