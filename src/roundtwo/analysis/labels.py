"""Numbers that are labels, not quantities: "p95", "COVID-19", "9:30", "24/7", "one-on-one",
"the under-16s"."""

from __future__ import annotations

from roundtwo.analysis.numbers import Number
from roundtwo.analysis.text import Token
from roundtwo.analysis.units import CURRENCY_WORDS, LABEL_WORDS, ONE_NOUNS, SECONDS


def excluded(tokens: list[Token], i: int, number: Number) -> bool:
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[number.end] if number.end < len(tokens) else None
    glued = prev is not None and token.kind == "num" and prev.end == token.start
    if glued and prev is not None and (prev.kind == "word" or prev.low in ("+", "#", "'")):
        return True  # "p95", "N+1", "#3", "Greenfield '22"
    if prev is not None and prev.low == "top" and nxt is not None and nxt.kind == "word":
        return False  # "the top 300 SKUs"
    if prev is not None and prev.low in LABEL_WORDS and token.kind == "num":
        return prev.low != "the" or (nxt is not None and nxt.low in (".", ","))
    if prev is not None and prev.low == "-" and i >= 2 and _capitalised_glued(tokens, i - 2):
        return True  # "COVID-19"
    if glued and prev is not None and prev.low == "-" and i >= 2 and _age_group(tokens, i):
        return True  # "the under-16s", "over-50s": an age group, not a count
    if nxt is not None and nxt.low in (":", "/") and number.end + 1 < len(tokens):
        return tokens[number.end + 1].kind == "num" and nxt.start == token.end  # "9:30", "24/7"
    if nxt is not None and nxt.low in ("am", "pm", "a.m", "p.m", "o'clock"):
        return True
    if token.low == "one":
        follow = nxt.low if nxt else ""
        if prev is not None and prev.low == "to" and _from_before(tokens, i):
            return False  # "from four days to one"
        if prev is not None and prev.low == "from":
            return False  # "from one business unit to three"
        return not (
            follow in SECONDS
            or follow in ONE_NOUNS
            or follow in CURRENCY_WORDS
            or follow in ("%", "percent", "and", "in")
            or number.end > i + 1
        )
    if token.low == "zero" and nxt is not None and nxt.low == "-":
        return False
    return bool(nxt is not None and nxt.low == "-" and _hyphen_word(tokens, number.end))


def _age_group(tokens: list[Token], i: int) -> bool:
    return tokens[i - 2].low in ("under", "over", "u") and tokens[i - 2].end == tokens[i - 1].start


def _from_before(tokens: list[Token], i: int) -> bool:
    return any(t.low == "from" for t in tokens[max(0, i - 5) : i - 1])


def _capitalised_glued(tokens: list[Token], k: int) -> bool:
    word = tokens[k]
    return word.kind == "word" and word.end == tokens[k + 1].start and word.text[:1].isupper()


def _hyphen_word(tokens: list[Token], j: int) -> bool:
    """ "one-on-one", "24-7", "9-to-5": a hyphenated label, not a quantity."""
    if j + 1 >= len(tokens):
        return False
    return tokens[j + 1].low in ("on", "to", "off", "of")
