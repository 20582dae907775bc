"""Numbers that are labels, not quantities: "p95", "COVID-19", "9:30", "24/7", "one-on-one",
"the under-16s"."""

from __future__ import annotations

from roundtwo.analysis.lexicon import STOP, VERBS
from roundtwo.analysis.numbers import Number
from roundtwo.analysis.reading import is_verb
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
    if prev is not None and prev.low in LABEL_WORDS and prev.low not in ("the", "top", "no"):
        named = nxt is None or nxt.kind != "word" or nxt.low == "of"  # "year two of the deal"
        if number.spelled and number.end == i + 1 and named:
            return True  # "in round eleven", "by phase three,": a name, not a count
    after = number.end + 1
    if (
        nxt is not None
        and nxt.kind == "word"
        and after < len(tokens)
        and tokens[after].low == "ago"
    ):
        return True  # "two summers ago": a time relative to today, whose reference moves
    if prev is not None and _numbered_thing(tokens, i, number):
        return True  # "the compressor on chamber 4", "into bay 12, which": a name, not a count
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


# what comes before "<noun> <number>" when the noun is named by its number
_BEFORE_NAMED = frozenset(["on", "in", "into", "onto", "at", "to", "from", "for", "of", "by",
                           "near", "past", "behind", "inside", "outside", "through", "across",
                           "off", "with", "and", "or", ",", "(", "—", "–",
                           "was", "is", "it's", "called", "named"])  # fmt: skip
_AFTER_NAMED = frozenset([",", ".", ";", ":", ")", "—", "–", "!", "?", "and", "or", "which",
                          "where", "was", "were", "had", "has", "is", "went", "got", "tripped",
                          "failed", "kept", "needed"])  # fmt: skip


def _numbered_thing(tokens: list[Token], i: int, number: Number) -> bool:
    """ "on chamber 4", "into chamber 2, which had space", "Chamber 4 tripped": a singular
    noun right before a bare whole number, after a preposition (or opening the sentence), with
    no counted noun after: the number names the thing. "hired 12 nurses" counts them."""
    prev, token = tokens[i - 1], tokens[i]
    if token.kind != "num" or not token.low.isdigit() or len(token.low) > 4 or number.end > i + 1:
        return False
    word = prev.low
    if prev.kind != "word" or not word.isalpha() or len(word) < 3 or word.endswith("s"):
        return False
    if word in STOP or word in VERBS or is_verb(prev, tokens[i - 2] if i >= 2 else None):
        return False
    before = tokens[i - 2].low if i >= 2 else "."
    opens = before in (".", "!", "?") and prev.text[:1].isupper()
    nxt = tokens[number.end].low if number.end < len(tokens) else "."
    return (before in _BEFORE_NAMED or opens) and nxt in _AFTER_NAMED


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
