"""What a number is: a percent, a sum of money, a length of time, a rate or a count of
something — read from the words and signs around it (``classify``)."""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.analysis.lexicon import STOP
from roundtwo.analysis.numbers import Number, parse_number
from roundtwo.analysis.phrases import noun_phrase_after
from roundtwo.analysis.text import Token
from roundtwo.analysis.units import (
    ADJACENT_UNITS,
    COMPARATIVES,
    COUNTRY_MONEY,
    CURRENCY_NAMES,
    CURRENCY_WORDS,
    GROUP_NOUNS,
    MONEY_CONTEXT,
    MONEY_NOUNS,
    RATE_UNITS,
    RELATIVE_AFTER,
    SCALE_WORDS,
    SECONDS,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    kind: str
    value: float
    unit: str | None
    start: int
    end: int
    approximate: bool
    low: float | None = None
    high: float | None = None
    noun: str = ""
    noun_end: int = 0
    bare: bool = False
    factor: float = 1.0


# A currency said as an adjective after a scaled sum ("a two-point-four-million-pound budget");
# "a 10-pound bag" is a weight.
_CURRENCY_ADJECTIVES = {"pound": "GBP", "dollar": "USD", "euro": "EUR"}


def touching(tokens: list[Token], j: int) -> bool:
    return tokens[j].start == tokens[j - 1].end


# Words between a number and its unit of time that leave it a length
_LENGTH_WORDS = frozenset(["full", "whole", "entire", "solid", "long", "straight", "clear",
                         "working", "calendar", "consecutive", "short"])  # fmt: skip


def classify(
    tokens: list[Token],
    start: int,
    i: int,
    j: int,
    value: float,
    number: Number,
    currency: str | None,
    limit: int,
) -> Quantity | None:
    n = len(tokens)
    nxt = tokens[j].low if j < n else ""
    nxt2 = tokens[j + 1].low if j + 1 < n else ""
    if nxt in ("%", "percent", "pct") or (nxt == "per" and nxt2 == "cent"):
        end = j + (2 if nxt == "per" else 1)
        unit = "%"
        if end + 1 < n and tokens[end].low == "percentage" and tokens[end + 1].low == "points":
            unit, end = "pp", end + 2
        return _with_noun(tokens, "percent", value, unit, start, end, limit)
    if nxt == "percentage" and nxt2 == "points":
        return _with_noun(tokens, "percent", value, "pp", start, j + 2, limit)
    if nxt == "grand" and not number.factor > 1:  # "a hundred and twenty grand": thousands
        return _with_noun(tokens, "money", value * 1000, currency, start, j + 1, limit)
    if currency is None and nxt in COUNTRY_MONEY and nxt2 in CURRENCY_NAMES:
        currency, j = COUNTRY_MONEY[nxt], j + 2  # "eighteen thousand Namibian dollars"
    elif currency is None and nxt in CURRENCY_WORDS:
        currency, j = CURRENCY_WORDS[nxt], j + 1
    elif currency is None and number.factor >= 1e3:
        k = j + 1 if nxt == "-" and j + 1 < n else j
        if k < n and tokens[k].low in _CURRENCY_ADJECTIVES:  # "a 2.4 million pound feature"
            currency, j = _CURRENCY_ADJECTIVES[tokens[k].low], k + 1
    if currency is not None:
        return _with_noun(tokens, "money", value, currency, start, j, limit)
    if number.multiplier:
        return Quantity("rate", value, "x", start, j, False)
    if nxt == "times" and nxt2 in COMPARATIVES:
        return Quantity("rate", value, "x", start, j + 1, False)
    hyphen = 1 if nxt == "-" and j + 1 < n else 0
    unit_token = tokens[j + hyphen] if j + hyphen < n else None
    if unit_token is not None:
        at = j + hyphen
        if unit_token.low in _LENGTH_WORDS and at + 1 < n and _seconds(tokens, at + 1) is not None:
            at += 1  # "two full days", "three whole weeks", "ten working days": a length
        seconds = _seconds(tokens, at)
        if seconds is not None:
            return _duration(tokens, start, at, value * seconds, seconds, limit)
    if tokens[i].low in ("once", "twice", "thrice"):
        rate = _rate_unit(tokens, j)
        if rate is None:
            return None
        return Quantity("rate", value, "times/" + rate[0], start, rate[1], False)
    noun_start = j + 1 if nxt == "-" and touching(tokens, j) else j
    noun_words, noun_end = noun_phrase_after(tokens, noun_start, limit)
    if not noun_words and nxt in ("more", "extra", "additional", "fewer", "other", "new"):
        noun_words, noun_end = noun_phrase_after(tokens, j + 1, limit)
    if noun_words and noun_words[0].lower() == "times":
        rate = _rate_unit(tokens, noun_end)
        if rate is not None:
            return Quantity("rate", value, "times/" + rate[0], start, rate[1], False)
    rate = _rate_unit(tokens, noun_end if noun_words else j)
    if rate is not None:
        head = noun_words[-1].lower() if noun_words else ""
        return Quantity(
            "rate",
            value,
            (head + "/" + rate[0]) if head else "/" + rate[0],
            start,
            rate[1],
            False,
            noun=" ".join(noun_words).lower(),
        )
    early_ratio = _one_in(tokens, j, noun_words, noun_end, value)
    if early_ratio is not None:
        return Quantity("percent", early_ratio[0], "%", start, early_ratio[1], False)
    if _money(tokens, start, i, j, value, noun_words, noun_start > j):
        return _with_noun(tokens, "money", value, None, start, j, limit)
    if noun_words and noun_words[0].lower() in ("point", "points", "pts", "pt"):
        # "a four-point lift", "up 7 points": percentage points
        return Quantity("percent", value, "pp", start, noun_start + 1, False)
    if noun_words:
        head = noun_words[0 if noun_start > j else -1].lower()
        return Quantity(
            "count",
            value,
            head,
            start,
            noun_end,
            False,
            noun=" ".join(noun_words).lower(),
            noun_end=noun_end,
        )
    if nxt == "of" and nxt2 in ("us", "them", "we"):
        them = _antecedent(tokens, start) if nxt2 == "them" else None
        return Quantity(
            "count",
            value,
            them or "people",
            start,
            j + 2,
            False,
            noun=them or "people",
            noun_end=j + 2,
        )  # "the ambulances I'm responsible for, all 38 of them": ambulances
    if nxt == "of" and nxt2 in ("my", "our", "the", "their", "his", "her", "those", "these"):
        whole = parse_number(tokens, j + 2) if j + 2 < n else None
        if whole is not None:  # "four of our eleven sites": the eleven is a claim of its own
            words, end = noun_phrase_after(tokens, whole.end, limit)
            noun = " ".join(words).lower()
            counted = words[-1].lower() if words else None
            return Quantity("count", value, counted, start, j, False, noun=noun, noun_end=j)
        words, end = noun_phrase_after(tokens, j + 2, limit)
        if words:
            head = words[-1].lower()
            return Quantity(
                "count", value, head, start, end, False, noun=" ".join(words).lower(), noun_end=end
            )
    prev = tokens[start - 1] if start else None
    named = prev is not None and prev.kind == "word" and prev.text[:1].isupper()
    if named and not number.spelled and start >= 2 and tokens[start - 2].low not in (".", "!", "?"):
        return None  # "Elasticsearch 5", "Year 9"
    if start >= 2 and tokens[start - 1].low == "of" and tokens[start - 2].low in GROUP_NOUNS:
        group = tokens[start - 2].low  # "a team of five"
        return Quantity("count", value, None, start, j, False, noun=group, noun_end=-1)
    part = nxt == "of" and j + 1 < n and parse_number(tokens, j + 1) is not None  # "four of 11"
    bare = number.spelled and number.value < 10 and not number.scaled and not part
    return Quantity("count", value, None, start, j, False, bare=bare)


_CLAUSE_END = frozenset([".", "!", "?", ";"])


_NOT_ANTECEDENTS = frozenset(["us", "its", "this", "has", "was", "is", "yes", "thus", "plus",
                              "less", "unless", "across", "as", "always", "perhaps", "sometimes",
                              "process", "business", "access", "success", "status", "bonus",
                              "campus", "focus", "analysis", "basis", "series",
                              "news", "seconds", "minutes", "hours", "days", "weeks", "months",
                              "years", "times"])  # fmt: skip


def _antecedent(tokens: list[Token], start: int) -> str | None:
    """What "them" stands for: the nearest plural noun before it in its sentence ("The
    ambulances that I'm responsible for, all 38 of them"); None when there is none."""
    k = start - 1
    while k >= 0 and tokens[k].low not in (".", "!", "?"):
        word = tokens[k].low
        plural = word.endswith("s") and not word.endswith("ss") and len(word) > 3
        if (
            tokens[k].kind == "word"
            and plural
            and word not in STOP
            and word not in _NOT_ANTECEDENTS
        ):
            return word
        k -= 1
    return None


def _money(
    tokens: list[Token],
    start: int,
    i: int,
    j: int,
    value: float,
    noun_words: list[str],
    hyphenated: bool,
) -> bool:
    """A scaled number with no currency is money when the talk is of money: "my base is 78k",
    "85 to 95k", "a 500k deal", "worth 1,5 million". No currency is invented for it."""
    if value < 1000:
        return False
    if noun_words:
        head = noun_words[0 if hyphenated else -1].lower()
        if head not in MONEY_NOUNS:
            return False
    scaled = any(t.low in SCALE_WORDS for t in tokens[i:j])
    reach = 10 if scaled else 4
    if not scaled and noun_words:
        return False
    for k in range(start - 1, max(-1, start - 1 - reach), -1):
        if tokens[k].low in _CLAUSE_END:
            break
        if tokens[k].low in MONEY_CONTEXT:
            return True
    return scaled and bool(noun_words)


def _one_in(
    tokens: list[Token], j: int, noun_words: list[str], noun_end: int, value: float
) -> tuple[float, int] | None:
    """ "one in five", "1 in 4 patients": a share, as a percentage."""
    k = noun_end if noun_words else j
    if k + 1 < len(tokens) and tokens[k].low == "in":
        whole = parse_number(tokens, k + 1)
        if whole is not None and whole.value > value > 0:
            return 100 * value / whole.value, whole.end
    out_of = k + 2 < len(tokens) and tokens[k].low == "out" and tokens[k + 1].low == "of"
    if out_of and not noun_words:  # "two out of three people": a share, not a count
        whole = parse_number(tokens, k + 2)
        if whole is not None and whole.value > value > 0 and whole.value <= 10:
            return 100 * value / whole.value, whole.end
    return None


def _seconds(tokens: list[Token], k: int) -> float | None:
    token = tokens[k]
    if token.low in ("quarter", "quarters") and k + 1 < len(tokens) and tokens[k + 1].low == "of":
        return None
    if token.low in SECONDS:
        return float(SECONDS[token.low])
    if token.low in ADJACENT_UNITS and touching(tokens, k) and tokens[k - 1].kind == "num":
        return float(ADJACENT_UNITS[token.low])
    return None


def _duration(
    tokens: list[Token], start: int, k: int, total: float, unit_seconds: float, limit: int
) -> Quantity | None:
    n = len(tokens)
    end = k + 1
    and_a = end + 2 < n and tokens[end].low == "and" and tokens[end + 1].low in ("a", "an")
    if and_a and tokens[end + 2].low == "half":
        total += unit_seconds / 2
        end += 3
    if end < n and tokens[end].low in RELATIVE_AFTER:
        return None
    if end + 1 < n and tokens[end].low == "-" and tokens[end + 1].low in RELATIVE_AFTER:
        return None
    if end < n and tokens[end].kind == "num":
        return None  # "Year 9", "week 3": a label, not a length of time
    rate = _rate_unit(tokens, end)
    if rate is not None:
        end = rate[1]  # "two hours a day": how long, and how often
    noun = ""
    if tokens[k - 1].low == "-" or (end < n and tokens[end].low == "of"):
        noun_start = end + (1 if end < n and tokens[end].low == "of" else 0)
        words, _ = noun_phrase_after(tokens, noun_start, limit)
        noun = " ".join(words).lower()
    return Quantity("duration", total, "s", start, end, False, noun=noun, factor=unit_seconds)


def _rate_unit(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """ "per day", "a week", "each shift", "/month" → ("day", index after)."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].low not in ("per", "a", "an", "each", "every", "/"):
        return None
    word = tokens[j + 1].low
    singular = word[:-1] if word.endswith("s") and word[:-1] in RATE_UNITS else word
    if singular not in RATE_UNITS:
        return None
    if j + 2 < n and tokens[j + 2].low in ("ago", "later", "earlier", "before"):
        return None
    return RATE_UNITS[singular], j + 2


def _with_noun(
    tokens: list[Token],
    kind: str,
    value: float,
    unit: str | None,
    start: int,
    end: int,
    limit: int,
) -> Quantity:
    """ "40% of tickets", "$2M budget": the noun right after names what is measured."""
    n = len(tokens)
    noun = ""
    if end < n and tokens[end].low == "of":
        words, _ = noun_phrase_after(tokens, end + 1, limit)
        if not words and end + 2 < n and tokens[end + 1].low in ("our", "the", "my", "their"):
            words, _ = noun_phrase_after(tokens, end + 2, limit)
        noun = " ".join(words).lower()
    elif end < n and tokens[end].kind == "word" and tokens[end].low not in STOP:
        words, _ = noun_phrase_after(tokens, end, limit)
        if words and not words[-1].lower().endswith(("ed", "ly")):
            noun = " ".join(words).lower()
    return Quantity(kind, value, unit, start, end, False, noun=noun)
