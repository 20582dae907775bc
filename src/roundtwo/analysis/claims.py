"""Every quantity and factual claim in an answer, normalised so that paraphrases compare equal.

Kinds and their normalised ``value`` / ``unit``:

- ``count``    5 / the counted noun ("engineers") or None
- ``percent``  40 / "%"  (or "pp" for percentage points)
- ``money``    1200000 / an ISO currency code ("USD" for "$")
- ``duration`` seconds / "s"  (a month is 1/12 of 365.25 days)
- ``rate``     40 / "calls/day"; a multiplier ("3x", "doubled") is 3 / "x"
- ``date``     "2023-Q2", "2023-05", "2019", "--05" / None
- ``title``    "senior engineer" / None;  ``scope`` "company-wide" / None
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Any

from roundtwo.analysis import groups
from roundtwo.analysis.dates import date_at
from roundtwo.analysis.numbers import Number, parse_number
from roundtwo.analysis.phrases import attachment, subject_before
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.quantities import Quantity, read_quantity
from roundtwo.analysis.text import Token, sentences, tokenize
from roundtwo.analysis.titles import scope_claims, title_claims
from roundtwo.analysis.units import GROUP_NOUNS, PERIOD_WORDS


@dataclass(frozen=True, slots=True)
class Claim:
    text: str
    start: int
    end: int
    kind: str
    value: float | str
    unit: str | None
    subject: str
    approximate: bool
    low: float | None = None
    high: float | None = None
    factor: float = 1.0  # what one unit of the stated number is worth (86400 for "days")

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": [self.start, self.end],
            "kind": self.kind,
            "value": _plain(self.value),
            "unit": self.unit,
            "subject": self.subject,
            "approximate": self.approximate,
            "range": None if self.low is None else [_plain(self.low), _plain(self.high or 0.0)],
        }


def _plain(value: float | str) -> float | int | str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, float):
        return round(value, 6)
    return value


def extract_claims(text: str) -> list[Claim]:
    """The claims of ``text`` in order of appearance."""
    tokens = tokenize(text)
    bounds = _sentence_bounds(text, tokens)
    claims: list[Claim] = []
    i = 0
    starts = _starters()
    while i < len(tokens):
        if tokens[i].kind != "num" and tokens[i].low not in starts:
            i += 1
            continue
        found = _claim_at(text, tokens, i, bounds, claims)
        if found is None:
            i += 1
            continue
        claim, i = found
        if _PHYSICAL.match(text, claim.start) and claim.kind in ("count", "rate"):
            continue  # "six 11kV joints", "a 5kW heat pump", "3mm off the edge": a rating or a
            # size of a thing, not a figure of the candidate's work
        claims.append(claim)
    claims = _rates(text, _forward(text, claims))
    claims.extend(_spans(text, claims))
    claims.extend(title_claims(text))
    claims.extend(scope_claims(text))
    claims.sort(key=lambda c: c.start)
    return groups.claims(text, claims)


# a number glued to a physical unit: a rating, a size, a voltage
_PHYSICAL = compiled(
    r"\d[\d.,]*(?:\s?(?:kv|kva|kw|kwh|mw|mwh|hz|khz|mhz|ghz|mm|cm|km|kg|mg|ml|nm|psi|db|lux|"
    r"amps)|(?:v|w))\b",
    re.IGNORECASE,
)
_TO = compiled(r"\s*(?:to|-|–|—|and)\s*")
# "1,200 tonnes of mixed dry recyclables a week": a count told over a calendar period, what it
# counts said in between.
_SPREAD = compiled(
    r"\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:(?:a|an|per|each|every)\s+(day|week|month|year|quarter)\b"
    r"(?!\s+(?:ago|later|before|after|earlier))|(annually|yearly|per\s+annum|monthly|weekly|daily)\b)",
    re.IGNORECASE,
)


_MONTH = 2629800.0  # seconds in an average month
SPAN = "span between two dates"  # the subject of a length read from two dates
_MONTH_VALUE = compiled(r"^(?:(\d{4})|-)-(\d{2})$")
_SPAN_FROM = compiled(
    r"\bfrom\s+(?:the\s+(?:start|beginning|middle|end|first\s+week|last\s+week|first\s+days?|"
    r"last\s+days?)\s+of\s+)?$",
    re.IGNORECASE,
)
_SPAN_TO = compiled(
    r"^\s*(?:,\s*)?(?:right\s+|all\s+the\s+way\s+)?(?:through\s+)?(?:to|till|until|into|through)"
    r"\s+(?:the\s+(?:start|beginning|middle|end|first\s+week|last\s+week)\s+of\s+)?"
    r"(?:the\s+(?:following|next)\s+)?$",
    re.IGNORECASE,
)
_SPAN_IN = compiled(r"\bin\s+(?:early\s+|late\s+|mid-?\s*)?$", re.IGNORECASE)
_SPAN_AND = compiled(r"^[^.!?;]{0,100}\band\b[^.!?;]{0,100}\bthe\s+(?:following|next)\s+$", re.I)
_FOLLOWING = compiled(r"\b(?:following|next)\s+$", re.IGNORECASE)
_END_OF = compiled(r"\bend\s+of\s+(?:the\s+(?:following|next)\s+)?$", re.IGNORECASE)


def _spans(text: str, claims: list[Claim]) -> list[Claim]:
    """How long between two months told as a span: "from March 2021 to June 2022", "from the
    first week of September to the end of the following August", "we hauled her out in March
    and she went back in the water the following June" — a length, besides the two dates."""
    dates = [c for c in claims if c.kind == "date" and _MONTH_VALUE.match(str(c.value))]
    found = []
    for first, second in pairwise(dates):
        between = text[first.end : second.start]
        before = text[max(0, first.start - 50) : first.start]
        spanned = _SPAN_FROM.search(before) and _SPAN_TO.match(between)
        joined = _SPAN_IN.search(before) and _SPAN_AND.match(between)
        if not (spanned or joined):
            continue
        months = _months_between(str(first.value), str(second.value), between)
        if months is None:
            continue
        found.append(Claim(text[first.start : second.end], first.start, second.end, "duration",
                           months * _MONTH, "s", SPAN, True, factor=_MONTH))  # fmt: skip
    return found


def _months_between(start: str, end: str, between: str) -> int | None:
    a, b = _MONTH_VALUE.match(start), _MONTH_VALUE.match(end)
    if a is None or b is None:
        return None
    months = int(b.group(2)) - int(a.group(2))
    if a.group(1) and b.group(1):
        months += 12 * (int(b.group(1)) - int(a.group(1)))
    elif _FOLLOWING.search(between) or months <= 0:
        months += 12  # "March … the following June"; "September to August" runs into next year
    if _END_OF.search(between):
        months += 1  # "to the end of August": August counted whole
    return months if 0 < months <= 120 else None


def _rates(text: str, claims: list[Claim]) -> list[Claim]:
    """Counts told over a calendar period a few words on are rates."""
    result = []
    for claim in claims:
        unit = claim.unit if claim.kind == "count" else None
        spread = _SPREAD.match(text, claim.end) if unit else None
        if unit == "strong":  # "the group was 16 strong"
            claim = replace(claim, unit="people", subject="people")
        elif spread is not None and "," not in spread.group():
            said = " ".join((spread.group(1) or spread.group(2)).lower().split())
            period = PERIOD_WORDS.get(said, said)
            claim = replace(claim, kind="rate", unit=f"{unit}/{period}")
        result.append(claim)
    return result


_ARROW = compiled(r"\s*(?:->|=>|[→⇒⟶➔])\s*")
_MEASURES = frozenset({"money", "percent", "duration", "rate"})


def _forward(text: str, claims: list[Claim]) -> list[Claim]:
    """ "from zero to $6M", "from two to 30%": the first end of a change is measured in the
    unit of the second."""
    result = list(claims)
    for k in range(len(result) - 1):
        first, second = result[k], result[k + 1]
        if first.kind != "count" or first.unit is not None or second.kind not in _MEASURES:
            continue
        arrow = _ARROW.fullmatch(text, first.end, second.start)
        if not arrow and not _TO.fullmatch(text, first.end, second.start):
            continue
        said_from = text[max(0, first.start - 6) : first.start].lower().rstrip().endswith("from")
        if not arrow and not said_from:
            continue
        result[k] = replace(
            first,
            kind=second.kind,
            value=float(first.value) * second.factor,
            unit=second.unit,
            factor=second.factor,
            subject=first.subject or second.subject,
        )
    return _backward(text, result)


# "from 120 hours a season to 30", "from $2M to 3": the bare end of a change is measured as its
# start was (what the start is per may be said between).
_TO_BARE = compiled(
    r"\s+(?:(?:a|an|per|each|every)\s+\w+\s+)?(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|roughly\s+)?",
    re.IGNORECASE,
)


def _backward(text: str, claims: list[Claim]) -> list[Claim]:
    """The bare end of a change takes the kind and unit of its start."""
    result = list(claims)
    measured = (*_MEASURES, "count")
    for k in range(1, len(result)):
        first, second = result[k - 1], result[k]
        if second.kind != "count" or second.unit is not None or first.kind not in measured:
            continue
        if first.kind == "count" and not first.unit:
            continue
        said_from = text[max(0, first.start - 6) : first.start].lower().rstrip().endswith("from")
        if not said_from or not _TO_BARE.fullmatch(text, first.end, second.start):
            continue
        factor = first.factor
        result[k] = replace(
            second,
            kind=first.kind,
            value=float(second.value) * factor,
            unit=first.unit,
            factor=factor,
            subject=second.subject or first.subject,
        )
    return result


@cache
def _starters() -> frozenset[str]:
    """The words and signs a claim can start with (a fast first filter)."""
    from roundtwo.analysis.dates import MONTHS
    from roundtwo.analysis.numbers import (
        ADVERB_COUNTS,
        MULTIPLIER_WORDS,
        POSSESSIVE_OR_WHAT,
        TENS,
        UNITS,
    )
    from roundtwo.analysis.units import CURRENCY_CODES, CURRENCY_SYMBOLS

    words = {"a", "an", "half", "double", "triple", "q", "fy", "fiscal", "us", "next",
             "following", "past"}  # fmt: skip
    words |= set(UNITS) | set(TENS) | set(MULTIPLIER_WORDS) | set(ADVERB_COUNTS)
    words |= set(CURRENCY_SYMBOLS) | set(CURRENCY_CODES) | set(MONTHS)
    return frozenset(words - set(POSSESSIVE_OR_WHAT))


def _sentence_bounds(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """For each token, the token range [start, end) of its sentence."""
    result: list[tuple[int, int]] = []
    spans = [(s.start, s.end) for s in sentences(text)] or [(0, len(text))]
    k = 0
    first = 0
    for idx, token in enumerate(tokens):
        while k < len(spans) - 1 and token.start >= spans[k][1]:
            k += 1
            first = idx
        result.append((first, -1))
    # fill sentence ends
    ends: dict[int, int] = {}
    for idx in range(len(result) - 1, -1, -1):
        start = result[idx][0]
        ends.setdefault(start, idx + 1)
    return [(start, ends[start]) for start, _ in result]


def _claim_at(
    text: str,
    tokens: list[Token],
    i: int,
    bounds: list[tuple[int, int]],
    previous: list[Claim],
) -> tuple[Claim, int] | None:
    date = date_at(tokens, i)
    if date is not None:
        start, end = tokens[date.start].start, tokens[date.end - 1].end
        claim = Claim(text[start:end], start, end, "date", date.value, None, "", date.approximate)
        return claim, date.end
    quantity = read_quantity(tokens, i, bounds[i][1])
    if quantity is None:
        return None
    sentence_start, sentence_end = bounds[i]
    subject = _subject(tokens, quantity, sentence_start, sentence_end)
    unit = quantity.unit
    kind, value, factor = quantity.kind, quantity.value, quantity.factor
    inherited = None
    if not subject or (kind == "count" and unit is None):
        inherited = _inherit(tokens, quantity, previous, bounds[i][0])
        if inherited is not None:
            subject = subject or inherited.subject
            if kind == "count" and unit is None:
                kind, unit, factor = inherited.kind, inherited.unit, inherited.factor
                value = quantity.value * factor
    if quantity.bare and inherited is None and not _from_to(tokens, quantity):
        return None
    start, end = tokens[quantity.start].start, tokens[quantity.end - 1].end
    low = None if quantity.low is None else quantity.low * (value / quantity.value or 1)
    high = None if quantity.high is None else quantity.high * (value / quantity.value or 1)
    claim = Claim(text[start:end], start, end, kind, value, unit, subject,
                  quantity.approximate, low, high, factor)  # fmt: skip
    return claim, quantity.end


def _subject(tokens: list[Token], q: Quantity, sentence_start: int, sentence_end: int) -> str:
    if q.kind == "count" and q.noun_end == -1:
        return q.noun  # "a team of five": the team
    if q.kind == "count" and q.noun and q.start >= 2:
        before = tokens[q.start - 1].low, tokens[q.start - 2].low
        if before[0] == "of" and before[1] in GROUP_NOUNS:  # "a team of five engineers"
            return f"{q.noun} on the {before[1]}"
    if q.kind == "count" and q.noun:
        return (q.noun + " " + attachment(tokens, q.noun_end, sentence_end)).strip()
    if q.noun:
        return q.noun
    return subject_before(tokens, q.start, sentence_start)


# fmt: off
CONNECTORS = frozenset([
    "to", "and", "or", "vs", "versus", "than", "rather", "instead", "of", "the", "usual",
    "compared", "with", "against", "from", "down", "up", "only", "just", "around", "about",
    "roughly", "nearly"
])
# fmt: on


def _inherit(
    tokens: list[Token], q: Quantity, previous: list[Claim], sentence_start: int
) -> Claim | None:
    """ "from four people to nine", "three weeks instead of six": the second number counts
    what the first did."""
    if not previous or q.start < 1:
        return None
    last = previous[-1]
    if last.kind in ("date", "title", "scope") or (last.kind != q.kind and q.unit is not None):
        return None
    k = q.start - 1
    gap = 0
    while k >= sentence_start and tokens[k].end > last.end:
        if tokens[k].low not in CONNECTORS:
            return None
        gap += 1
        k -= 1
    if gap == 0 or gap > 4 or k < sentence_start or tokens[k].end != last.end:
        return None
    return last


def _from_to(tokens: list[Token], q: Quantity) -> bool:
    """ "from nine to four": small spelled numbers that frame a change are claims."""
    before = tokens[q.start - 1].low if q.start else ""
    after = tokens[q.end].low if q.end < len(tokens) else ""
    return before == "from" and after == "to"


__all__ = ["Claim", "Number", "extract_claims", "parse_number"]
