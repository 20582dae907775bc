"""Shares said as fractions: "a third of the team", "cut it by about a third", "two thirds of
customers" — read as percentages."""

from __future__ import annotations

from roundtwo.analysis.phrases import noun_phrase_after
from roundtwo.analysis.text import Token
from roundtwo.analysis.units import APPROX_ONE

FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
             "fifth": 0.2, "fifths": 0.2}  # fmt: skip
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def fraction_of_scale(tokens: list[Token], i: int) -> tuple[float, float, int] | None:
    """ "a quarter of a million", "three quarters of a billion": (value, scale, end)."""
    n = len(tokens)
    if i + 4 >= n or tokens[i].low not in COUNT_WORDS or tokens[i + 1].low not in FRACTIONS:
        return None
    if tokens[i + 2].low != "of" or tokens[i + 3].low not in ("a", "one"):
        return None
    scale = _SCALES.get(tokens[i + 4].low)
    if scale is None:
        return None
    share = COUNT_WORDS[tokens[i].low] * FRACTIONS[tokens[i + 1].low]
    return share * scale, scale, i + 5


def fraction(tokens: list[Token], i: int) -> tuple[float, int, int, bool, str] | None:
    """ "a third of the team", "by about a third", "two thirds of customers" → a percent."""
    n = len(tokens)
    if tokens[i].low == "half" and i + 1 < n:
        return _half(tokens, i)
    if i + 1 >= n or tokens[i].low not in COUNT_WORDS or tokens[i + 1].low not in FRACTIONS:
        return None
    k = i - 1
    while k >= 0 and tokens[k].low in APPROX_ONE:
        k -= 1
    after_by = k >= 0 and tokens[k].low == "by"
    of_follows = i + 2 < n and tokens[i + 2].low == "of"
    if not (after_by or of_follows) or (tokens[i + 1].low == "half" and tokens[i].low != "one"):
        return None
    value = 100 * COUNT_WORDS[tokens[i].low] * FRACTIONS[tokens[i + 1].low]
    start = i - 1 if i >= 1 and tokens[i - 1].low in APPROX_ONE else i
    noun = ""
    if of_follows:
        words, _ = noun_phrase_after(tokens, i + 3, n)
        if not words and i + 4 < n:
            words, _ = noun_phrase_after(tokens, i + 4, n)
        noun = " ".join(words).lower()
    return value, start, i + 2, start != i, noun


def _half(tokens: list[Token], i: int) -> tuple[float, int, int, bool, str] | None:
    """ "half of new visitors", "fell by half": 50%."""
    n = len(tokens)
    k = i - 1
    while k >= 0 and tokens[k].low in APPROX_ONE:
        k -= 1
    after_by = k >= 0 and tokens[k].low == "by"
    of_follows = tokens[i + 1].low == "of" if i + 1 < n else False
    if not (after_by or of_follows):
        return None
    start = k + 1 if k + 1 < i else i
    noun = ""
    if of_follows:
        words, _ = noun_phrase_after(tokens, i + 2, n)
        if not words and i + 3 < n:
            words, _ = noun_phrase_after(tokens, i + 3, n)
        noun = " ".join(words).lower()
    return 50.0, start, i + 1, start != i, noun
