"""One quantity at a token: the number, its approximation, range, currency and unit."""

from __future__ import annotations

from roundtwo.analysis.labels import excluded
from roundtwo.analysis.numbers import Number, parse_number
from roundtwo.analysis.quantity_kinds import Quantity, classify, touching
from roundtwo.analysis.shares import fraction, fraction_of_scale
from roundtwo.analysis.text import Token
from roundtwo.analysis.units import (
    APPROX_ONE,
    APPROX_TWO,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    DOLLAR_PREFIXES,
    RELATIVE_AFTER,
    SECONDS,
)

# Words before "over" or "under" that make it a preposition of authority, not a bound.
OVERSEERS = frozenset([
    "supervisor", "manager", "lead", "leader", "head", "charge", "boss", "director",
    "responsible", "responsibility", "authority", "control", "oversight", "coordinator",
    "foreman", "forewoman", "superintendent", "chief", "captain", "sergeant", "officer",
    "nurse", "editor", "me",
])  # fmt: skip


def _approx_before(tokens: list[Token], i: int, unit_is_time: bool) -> int | None:
    """The index where an approximation word before ``i`` starts ("about", "more than")."""
    if i >= 2 and (tokens[i - 2].low, tokens[i - 1].low) in APPROX_TWO:
        return i - 2
    if i >= 1 and tokens[i - 1].low in APPROX_ONE:
        if unit_is_time and tokens[i - 1].low in ("over", "some"):
            return None
        if tokens[i - 1].low in ("over", "under") and i >= 2 and tokens[i - 2].low in OVERSEERS:
            return None  # "supervisor over 22 operators", "with 40 nurses under me": who reports
        if tokens[i - 1].low in ("some", "over", "under") and i >= 2 and tokens[i - 2].low == "for":
            return None if tokens[i - 1].low == "over" else i - 1
        return i - 1
    return None


def _approx_after(tokens: list[Token], j: int) -> int:
    n = len(tokens)
    if j < n and tokens[j].low in ("+", "plus") and tokens[j].start == tokens[j - 1].end:
        return j + 1
    if j + 1 < n and tokens[j].low == "-" and tokens[j + 1].low in ("ish", "odd"):
        return j + 2
    if j + 1 < n and tokens[j].low == "or" and tokens[j + 1].low == "so":
        return j + 2
    if j < n and tokens[j].low == "ish":
        return j + 1
    return j


def _range_end(tokens: list[Token], j: int, first: Number, i: int) -> tuple[Number, int] | None:
    n = len(tokens)
    if j + 1 >= n:
        return None
    joiner = tokens[j].low
    between = i >= 1 and tokens[i - 1].low == "between"
    from_before = any(t.low == "from" for t in tokens[max(0, i - 4) : i])
    if (
        joiner in ("-", "–", "—")
        or (joiner == "to" and not from_before)
        or (joiner == "and" and between)
        or (joiner == "or" and first.spelled)
    ):
        pass
    else:
        return None
    k = j + 1
    if k < n and tokens[k].low in CURRENCY_SYMBOLS:
        k += 1
    if k >= n:
        return None
    second = parse_number(tokens, k)
    if second is None or second.multiplier:
        return None
    return second, second.end


def read_quantity(tokens: list[Token], i: int, limit: int) -> Quantity | None:
    """The quantity whose number (or currency sign) starts at token ``i``."""
    n = len(tokens)
    currency = None
    start = i
    if tokens[i].low in CURRENCY_SYMBOLS and i + 1 < n:
        currency = CURRENCY_SYMBOLS[tokens[i].low]
        prefix = tokens[i - 1].low if i else ""
        if currency == "USD" and prefix in DOLLAR_PREFIXES and touching(tokens, i):
            currency, start = DOLLAR_PREFIXES[prefix], i - 1  # "AU$165,000", "N$24,000"
        i += 1
    elif tokens[i].low in CURRENCY_CODES and i + 1 < n and tokens[i + 1].kind == "num":
        currency = CURRENCY_CODES[tokens[i].low]
        i += 1
    elif tokens[i].low in DOLLAR_PREFIXES and i + 2 < n and tokens[i + 1].low == "$":
        if tokens[i].low != "us" and not touching(tokens, i + 1):
            return None  # "a $5M budget": an article, not Australian dollars
        currency, i = DOLLAR_PREFIXES[tokens[i].low], i + 2
    scaled = fraction_of_scale(tokens, i)
    share = None if scaled is not None else fraction(tokens, i)
    if share is not None and currency is None:
        value, first, last, approximate, noun = share
        return Quantity("percent", value, "%", first, last, approximate, noun=noun)
    number = (
        Number(scaled[0], i, scaled[2], spelled=True, factor=scaled[1])  # "a quarter of a million"
        if scaled is not None
        else _duration_article(tokens, i) or parse_number(tokens, i)
    )
    if number is None or excluded(tokens, i, number):
        return None
    j = number.end
    low = high = None
    value = number.value
    ranged = _range_end(tokens, j, number, start)
    if ranged is not None:
        second, j = ranged
        low_value = number.value
        if second.scaled and not number.scaled and low_value * second.factor <= second.value:
            low_value *= second.factor
        low, high = low_value, second.value
        value = (low + high) / 2
    if currency is None and tokens[j - 1].low == "lpa":
        currency = "INR"  # "22 LPA": lakh (of rupees) per annum
    if j < n and currency is None and tokens[j].low in CURRENCY_SYMBOLS and touching(tokens, j):
        currency, j = CURRENCY_SYMBOLS[tokens[j].low], j + 1
    j = _approx_after(tokens, j)
    approximate = low is not None or (
        j > number.end and tokens[j - 1].low in ("+", "plus", "ish", "odd", "so")
    )
    q = classify(tokens, start, i, j, value, number, currency, limit)
    if q is None:
        return None
    approx_start = _approx_before(tokens, start, q.kind == "duration")
    if approx_start is not None:
        start, approximate = approx_start, True
    if number.value == 2 and tokens[i].low == "a":  # "a couple of"
        approximate = True
    if start >= 1 and tokens[start - 1].low == "between" and low is not None:
        start -= 1
    return Quantity(
        q.kind,
        q.value,
        q.unit,
        start,
        q.end,
        approximate or q.approximate,
        None if low is None else _scale(low, q.value, value),
        None if high is None else _scale(high, q.value, value),
        q.noun,
        q.noun_end,
        q.bare,
        q.factor,
    )


def _scale(bound: float, converted: float, raw: float) -> float:
    return bound * (converted / raw) if raw else bound


_SPAN_WORDS = frozenset(["next", "following", "past"])


_SPAN_LEADS = frozenset(["over", "in", "during", "for", "within", "across", "throughout"])


def _duration_article(tokens: list[Token], i: int) -> Number | None:
    """ "a year and a half", "half an hour", "an hour": article-led durations."""
    n = len(tokens)
    low = tokens[i].low
    half = low == "half" and i + 2 < n and tokens[i + 1].low in ("a", "an")
    if half and tokens[i + 2].low in SECONDS:
        return Number(0.5, i, i + 2, spelled=True)
    if low in _SPAN_WORDS and i >= 2 and i + 1 < n and tokens[i - 1].low == "the":
        unit = tokens[i + 1].low
        if unit in SECONDS and not unit.endswith("s") and tokens[i - 2].low in _SPAN_LEADS:
            return Number(1.0, i, i + 1, spelled=True)  # "over the next year"
    whole = i + 2 < n and tokens[i + 1].low in ("whole", "full", "entire")
    if low in ("a", "an") and whole and tokens[i + 2].low in SECONDS:
        unit = tokens[i + 2].low
        if not unit.endswith("s"):
            return Number(1.0, i, i + 2, spelled=True)  # "a whole day"
    if low in ("a", "an") and i + 1 < n and tokens[i + 1].low in SECONDS:
        prev = tokens[i - 1].low if i else ""
        after = tokens[i + 2] if i + 2 < n else None
        if after is not None and after.low == "and" and i + 4 < n and tokens[i + 4].low == "half":
            return Number(1.0, i, i + 1, spelled=True)
        if after is not None and (after.kind == "num" or after.low in RELATIVE_AFTER):
            return None
        if prev in ("for", "within", "in", "took", "over", "after", "spent", "lasted", "about",
                    "around", "nearly", "almost", "under", "than", "roughly", "of", "just",
                    "entire", "whole", "full", "with", "block", "blocked", "spend", "take",
                    "taking", "takes", "needed", "need", "only", "least"):  # fmt: skip
            return Number(1.0, i, i + 1, spelled=True)
        if after is not None and after.low in _MARGIN_AFTER:
            return Number(1.0, i, i + 1, spelled=True)  # "we finished a week early"
        if tokens[i + 1].text.lower().endswith(("'s", "’s")):
            return Number(1.0, i, i + 1, spelled=True)  # "a month's notice", "a year's salary"
    return None


_MARGIN_AFTER = frozenset(["early", "late", "ahead", "behind", "sooner", "later", "earlier"])


__all__ = ["Quantity", "read_quantity"]
