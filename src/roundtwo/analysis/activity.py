"""The activity a length measures: "owned the card authorisation service for two years",
"compared the two groups on the same hosts for two weeks" — how long that activity went on,
never the length of the noun that happens to stand before "for"; and who did it."""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.analysis.lexicon import STOP
from roundtwo.analysis.numbers import to_number
from roundtwo.analysis.reading import PRONOUNS, Reading, is_verb, lemma
from roundtwo.analysis.text import Token

PREPOSITIONS = frozenset(["on", "in", "at", "behind", "with", "across", "to", "from", "into",
                          "onto", "under", "through", "alongside", "inside", "within",
                          "without", "between", "among", "via", "by", "against", "near",
                          "beside", "after", "before", "during", "throughout", "for",
                          "around", "over"])  # fmt: skip
NOT_ACTIVITIES = frozenset(["be", "have", "spend", "take", "last", "work", "stay", "serve",
                            "do", "get", "go"])  # fmt: skip
PEOPLE_LIKE = frozenset(["student", "pupil", "patient", "customer", "client", "user",
                         "candidate", "learner", "member", "employee"])  # fmt: skip
ACTIVITY_REACH = 10
ACTIVITY_WORDS = 8
DOERS = frozenset(["i", "we", "i've", "we've", "i'd", "we'd", "he", "she", "they",
                   "team", "someone", "nobody"])  # fmt: skip
_YOU = frozenset(["i", "we", "i've", "we've", "i'd", "we'd"])


@dataclass(frozen=True, slots=True)
class Activity:
    """The verb and what it acted on, as said: ``measured`` is its object when a place follows
    it ("compared the two groups | on the same hosts"), else empty."""

    measured: list[str]
    verb_said: str
    by_you: bool
    told: list[str]


def token_at(r: Reading, k: int) -> Token | None:
    return r.tokens[k] if 0 <= k < len(r.tokens) else None


def activity_before(r: Reading, anchor: int, floor: int) -> Activity | None:
    """The activity a length told with "for" at token ``anchor`` measures, or None when the
    verb is right before it ("the pilot ran for six weeks": what ran is said before it)."""
    if is_verb(r.tokens[anchor], token_at(r, anchor - 1)):
        return None
    v = anchor - 1
    stop = max(floor, anchor - ACTIVITY_REACH)
    while v >= stop and not _acts(r, v):
        v -= 1
    if v < stop or lemma(r.tokens[v].low) in NOT_ACTIVITIES:
        return None
    p = next((j for j in range(v + 1, anchor + 1) if r.tokens[j].low in PREPOSITIONS), None)
    end = anchor
    measured: list[str] = []
    if p is not None and p > v + 1:
        end = p - 1  # "compared the two groups | on the same hosts": the object, not the place
        content = [t.low for t in r.tokens[v + 1 : p]
                   if t.kind == "word" and t.low not in STOP and t.low not in PRONOUNS
                   and to_number(t.low) is None]  # fmt: skip
        measured = content or [r.tokens[v].low]
    words: list[str] = []
    for j in range(v, end + 1):
        token = r.tokens[j]
        said = r.text[token.start : token.end]
        glued = j > v and token.start == r.tokens[j - 1].end
        if glued and words:
            words[-1] += said  # "month-end", "p99"
        else:
            words.append(said)
    return Activity(measured, r.tokens[v].low, _doer(r, v) in _YOU, words)


def _doer(r: Reading, verb: int) -> str:
    """Who did it: the nearest subject word before the verb in its sentence ("we rolled it out
    … and compared the groups" is still "we")."""
    s_first, _ = r.sentence_tokens(r.tokens[verb].start)
    for k in range(verb - 1, max(s_first, verb - 24) - 1, -1):
        if r.tokens[k].low in DOERS:
            return r.tokens[k].low
    return ""


def _acts(r: Reading, k: int) -> bool:
    """Token ``k`` is the verb of an activity: "I qualified a supplier", not the "am" of
    "2am"."""
    token, before = r.tokens[k], token_at(r, k - 1)
    if before is not None and before.kind == "num" and before.end == token.start:
        return False
    if is_verb(token, before):
        return True
    return token.low.endswith("ed") and before is not None and before.low in ("i", "we", "they")
