"""One quantity at a token: the number, its approximation, range, currency and unit."""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.analysis.lexicon import STOP
from roundtwo.analysis.numbers import Number, parse_number
from roundtwo.analysis.phrases import noun_phrase_after
from roundtwo.analysis.shares import fraction, fraction_of_scale
from roundtwo.analysis.text import Token
from roundtwo.analysis.units import (
    ADJACENT_UNITS,
    APPROX_ONE,
    APPROX_TWO,
    COMPARATIVES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_PREFIXES,
    GROUP_NOUNS,
    LABEL_WORDS,
    MONEY_CONTEXT,
    MONEY_NOUNS,
    ONE_NOUNS,
    RATE_UNITS,
    RELATIVE_AFTER,
    SCALE_WORDS,
    SECONDS,
)

# Words before "over" or "under" that make it a preposition of authority, not a bound.
OVERSEERS = frozenset([
    "supervisor", "manager", "lead", "leader", "head", "charge", "boss", "director",
    "responsible", "responsibility", "authority", "control", "oversight", "coordinator",
    "foreman", "forewoman", "superintendent", "chief", "captain", "sergeant", "officer",
    "nurse", "editor", "me",
])  # fmt: skip


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


def _excluded(tokens: list[Token], i: int, number: Number) -> bool:
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
        if currency == "USD" and prefix in DOLLAR_PREFIXES and _touching(tokens, i):
            currency = DOLLAR_PREFIXES[prefix]  # "AU$165,000"
        i += 1
    elif tokens[i].low in CURRENCY_CODES and i + 1 < n and tokens[i + 1].kind == "num":
        currency = CURRENCY_CODES[tokens[i].low]
        i += 1
    elif tokens[i].low in DOLLAR_PREFIXES and i + 2 < n and tokens[i + 1].low == "$":
        if tokens[i].low != "us" and not _touching(tokens, i + 1):
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
    if number is None or _excluded(tokens, i, number):
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
    if j < n and currency is None and tokens[j].low in CURRENCY_SYMBOLS and _touching(tokens, j):
        currency, j = CURRENCY_SYMBOLS[tokens[j].low], j + 1
    j = _approx_after(tokens, j)
    approximate = low is not None or (
        j > number.end and tokens[j - 1].low in ("+", "plus", "ish", "odd", "so")
    )
    q = _classify(tokens, start, i, j, value, number, currency, limit)
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


# A currency said as an adjective after a scaled sum ("a two-point-four-million-pound budget");
# "a 10-pound bag" is a weight.
_CURRENCY_ADJECTIVES = {"pound": "GBP", "dollar": "USD", "euro": "EUR"}


def _touching(tokens: list[Token], j: int) -> bool:
    return tokens[j].start == tokens[j - 1].end


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
    return None


def _classify(
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
    if currency is None and nxt in CURRENCY_WORDS:
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
        seconds = _seconds(tokens, j + hyphen)
        if seconds is not None:
            return _duration(tokens, start, j + hyphen, value * seconds, seconds, limit)
    if tokens[i].low in ("once", "twice", "thrice"):
        rate = _rate_unit(tokens, j)
        if rate is None:
            return None
        return Quantity("rate", value, "times/" + rate[0], start, rate[1], False)
    noun_start = j + 1 if nxt == "-" and _touching(tokens, j) else j
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
        return Quantity(
            "count", value, "people", start, j + 2, False, noun="people", noun_end=j + 2
        )
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
    if token.low in ADJACENT_UNITS and _touching(tokens, k) and tokens[k - 1].kind == "num":
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
