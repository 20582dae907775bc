"""What a quantity counts or measures: "five engineers on the payments team" → "engineers on
the payments team"; "cut checkout latency by 40%" → "checkout latency"."""

from __future__ import annotations

from roundtwo.analysis.lexicon import STOP
from roundtwo.analysis.text import Token

# fmt: off
DETERMINERS = frozenset([
    "the", "a", "an", "our", "my", "their", "his", "her", "its", "your", "this", "that",
    "these", "those"
])
# fmt: on
# fmt: off
NUMBER_WORDS = frozenset([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "dozen", "half"
])
# fmt: on
# fmt: off
PREPOSITIONS = frozenset([
    "on", "in", "at", "across", "for", "from", "at"
])
# fmt: on
# fmt: off
CHANGE_VERBS = frozenset([
    "reduced", "reduce", "cut", "cuts", "increased", "increase", "improved", "improve",
    "grew", "grow", "raised", "raise", "lowered", "lower", "dropped", "boosted", "boost",
    "brought", "trimmed", "shrank", "shrunk", "lifted", "slashed", "halved", "doubled",
    "tripled", "decreased", "decrease", "sped", "accelerated", "saved", "save", "generated",
    "generate", "drove", "drive", "recovered", "recover", "won", "closed", "close",
    "delivered", "shortened", "lengthened", "expanded", "expand", "scaled", "scale", "moved",
    "got", "get", "took"
])
# fmt: on
# fmt: off
LINK_VERBS = frozenset([
    "went", "fell", "dropped", "rose", "grew", "increased", "decreased", "improved",
    "climbed", "jumped", "declined", "was", "were", "is", "are", "stood", "hit", "reached",
    "sat", "averaged", "totalled", "totaled", "came", "shrank", "doubled", "tripled",
    "halved", "moved", "sits", "stands"
])
# fmt: on
# fmt: off
SKIPPABLE = frozenset([
    "by", "to", "from", "of", "at", "around", "about", "approximately", "roughly", "nearly",
    "almost", "over", "under", "than", "more", "less", "some", "up", "down", "just", "only",
    "well", "close"
])
# fmt: on


# Words after a number that say when or how, never what it counts ("twenty-eight thousand
# now", "ten, reliably", "six apiece").
_NOT_COUNTED = frozenset(["now", "today", "then", "currently", "ago", "before", "after",
                          "overall", "altogether", "apiece", "each", "reliably", "roughly",
                          "tops", "max", "minimum", "odd", "ish", "plus", "or", "and",
                          "yesterday", "tomorrow", "since", "already", "still", "too"])  # fmt: skip


def _is_noun_like(token: Token, first: bool) -> bool:
    if token.kind != "word" or token.low in STOP or token.low in _NOT_COUNTED:
        return False
    return first or not token.low.endswith(("ly", "ed"))


def noun_phrase_after(tokens: list[Token], j: int, limit: int) -> tuple[list[str], int]:
    """Up to three words of the noun phrase at ``j`` (stopping at the sentence edge ``limit``)."""
    found: list[str] = []
    while j < limit and len(found) < 3:
        token = tokens[j]
        if token.low == "-" and found and j + 1 < limit and tokens[j + 1].kind == "word":
            found[-1] += "-" + tokens[j + 1].text
            j += 2
            continue
        if not _is_noun_like(token, not found):
            break
        if found and token.low.endswith("ing") and len(found) >= 1:
            break
        found.append(token.text)
        j += 1
    return found, j


def attachment(tokens: list[Token], j: int, limit: int) -> str:
    """A prepositional tail that says which ones: "on the payments team", "in the ICU"."""
    if j >= limit or tokens[j].low not in PREPOSITIONS:
        return ""
    words = [tokens[j].low]
    k = j + 1
    while k < limit and len(words) < 5:
        token = tokens[k]
        if token.kind != "word":
            break
        if token.low in DETERMINERS:
            words.append(token.low)
        elif _is_noun_like(token, False) or token.text[:1].isupper():
            words.append(token.text if token.text[:1].isupper() else token.low)
        else:
            break
        k += 1
    if len(words) < 2 or words[-1] in DETERMINERS:
        return ""
    return " ".join(words)


def _phrase_before(tokens: list[Token], end: int, start: int) -> str:
    """The noun phrase that ends just before ``end`` (not crossing ``start``)."""
    found: list[str] = []
    k = end - 1
    while k >= start and len(found) < 4:
        token = tokens[k]
        if _glued_label(tokens, k, start):  # "p99 latency", "p50"
            found.append(tokens[k - 1].low + token.text)
            k -= 2
            continue
        if token.kind != "word" or token.low in STOP or token.low in NUMBER_WORDS:
            break
        found.append(token.low if not token.text[:2].isupper() else token.text)
        k -= 1
    return " ".join(reversed(found))


def _glued_label(tokens: list[Token], k: int, start: int) -> bool:
    """A number glued to the word before it is part of a name ("p99", "Q4", "GPT4")."""
    return (
        k > start
        and tokens[k].kind == "num"
        and tokens[k - 1].kind == "word"
        and tokens[k - 1].end == tokens[k].start
    )


def subject_before(tokens: list[Token], claim_start: int, sentence_start: int) -> str:
    """Look left in the sentence: "cut X by", "X went from", "a X of"."""
    k = claim_start - 1
    while k >= sentence_start and (tokens[k].low in SKIPPABLE or tokens[k].low in ("~", "$")):
        k -= 1
    if k < sentence_start:
        return ""
    if tokens[k].low in LINK_VERBS:
        return _phrase_before(tokens, k, sentence_start)
    if tokens[k + 1].low == "of" if k + 1 < claim_start else False:
        return _phrase_before(tokens, k + 1, sentence_start)
    # transitive: VERB <object> by|to|from NUM
    prep = k + 1
    for v in range(k, max(sentence_start, k - 6) - 1, -1):
        if tokens[v].low in CHANGE_VERBS:
            phrase = _phrase_before(tokens, prep, v + 1)
            if phrase:
                return phrase
            break
        if _glued_label(tokens, v, sentence_start) or (
            v > sentence_start and _glued_label(tokens, v + 1, sentence_start)
        ):
            continue
        if tokens[v].kind != "word" or tokens[v].low in NUMBER_WORDS:
            break
    return ""
