"""Relations between two figures about the same thing that are not contradictions, checked
before one is flagged (docs/ledger.md, "What is not a contradiction"):

- **parts that add up**: "two backend and three front-end engineers" / "a team of five";
- **complements**: "40% never finished" / "60% finished"; "a quarter churned" / "75% renewed";
- **rates over other periods**: "300 a week" / "15,000 a year" (within the slack of calendars).

A part and its whole ("two of the five engineers") never reach this far: the reader marks the
part (``Fact.part_of``) and parts are not compared as wholes. Ranges, approximations and
paraphrases are the tolerance policy's (:mod:`roundtwo.ledger.values`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from roundtwo.analysis.precompiled import compiled
from roundtwo.ledger.statements import StatedFact
from roundtwo.ledger.values import APPROXIMATE, agree_values

# How many of each period fit in a year: a range, because a week has five or seven days of
# work, a month four or five weeks. Only the calendar periods the matcher lets through
# (``analysis.similarity.CALENDAR``: a shift or a night is not a fixed share of a day).
PER_YEAR = {
    "day": (220.0, 365.0),
    "week": (48.0, 52.2),
    "month": (12.0, 12.0),
    "quarter": (4.0, 4.0),
    "year": (1.0, 1.0),
}


def explained(a: StatedFact, b: StatedFact, beside: Sequence[StatedFact] = ()) -> bool:
    """Is the difference between ``a`` and ``b`` one of the relations above? ``beside`` are
    the facts of ``a``'s statement (for parts that add up)."""
    return (
        _adds_up(a, b, beside)
        or _one_more(a, b)
        or _one_more(b, a)
        or _complement(a, b)
        or _same_rate(a, b)
    )


def _one_more(part: StatedFact, whole: StatedFact) -> bool:
    """ "Two patrols had retired over the summer and one had broken her wrist" / "we lost three
    patrols": a count and the ones said after it as words make the whole."""
    if part.kind != "count" or whole.kind != "count":
        return False
    if not isinstance(part.value, float) or not isinstance(whole.value, float):
        return False
    after = part.quote[part.quote.find(part.text) + len(part.text) :]
    more = len(_ONE_MORE.findall(after))
    return more > 0 and agree_values(whole, part.value + more, whole.approximate)


# one more of the same, said as a word that is no figure of its own: "…and one had broken her
# wrist", "…, another had moved away"
_ONE_MORE = compiled(
    r"(?:,|;|\band|\bwhile|\bplus)\s+(?:one|another)\s+(?:had|has|was|is|were|went|left|"
    r"retired|quit|moved|broke|got|became|'d)\b",
    re.IGNORECASE,
)


def _adds_up(a: StatedFact, b: StatedFact, beside: Sequence[StatedFact]) -> bool:
    """``b`` is the sum of ``a`` and the counts said with it in its sentence ("two backend
    and three front-end engineers" / "five engineers")."""
    if a.kind != "count" or b.kind != "count" or not isinstance(b.value, float):
        return False
    siblings = [f for f in beside if f.kind == "count" and f.quote == a.quote and f.part_of is None]
    values = [f.value for f in siblings if isinstance(f.value, float)]
    if len(values) < 2 or a not in siblings:
        return False
    rough = b.approximate or any(f.approximate for f in siblings)
    return agree_values(b, sum(values), rough)


def _complement(a: StatedFact, b: StatedFact) -> bool:
    """Two shares that make the whole: one told by what happened, the other by what did not
    (or by another outcome: "churned" / "renewed")."""
    if a.kind != "percent" or b.kind != "percent" or a.phase != b.phase:
        return False  # both levels, or both where it started ("when I joined") or ended
    if a.phase not in ("", "start", "end"):
        return False  # "cut by 30%" / "up by 70%" are changes, not shares of one whole
    if not isinstance(a.value, float) or not isinstance(b.value, float):
        return False
    if not agree_values(a, 100.0 - b.value, b.approximate):
        return False
    if a.complement != b.complement:  # one told by what did not happen (the reader says)
        return True
    same_words = a.subject is not None and b.subject is not None and a.subject.matches(b.subject)
    return not same_words or a.context != b.context


def _period_of(fact: StatedFact) -> str:
    """The period a rate is told over: its subject's, else its unit's ("24k/yr" → year)."""
    if fact.subject is not None and fact.subject.period:
        return fact.subject.period
    return (fact.unit or "").rpartition("/")[2]


def _same_rate(a: StatedFact, b: StatedFact) -> bool:
    """ "300 a week" / "15,000 a year": the same rate over another period."""
    if a.kind != b.kind or a.kind not in ("rate", "money"):
        return False
    if a.subject is None or b.subject is None:
        return False
    pa, pb = _period_of(a), _period_of(b)
    if pa == pb or pa not in PER_YEAR or pb not in PER_YEAR:
        return False
    if not isinstance(a.value, float) or not isinstance(b.value, float):
        return False
    low_a, high_a = (a.value * n for n in PER_YEAR[pa])
    low_b, high_b = (b.value * n for n in PER_YEAR[pb])
    slack = 1 + APPROXIMATE
    return low_a <= high_b * slack and low_b <= high_a * slack
