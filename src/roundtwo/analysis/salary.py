"""Salary figures: what the candidate expects and what they are paid now.

"I'm targeting 85 to 95k", "I currently earn 78k", "my range is $85,000 to $95,000": money
facts with the subject "salary expectation" or "current salary", so a later round that names
another figure is caught. The engine may read "85 to 95k base" as a count; here it is money.
"""

from __future__ import annotations

import re
from functools import cache

from roundtwo.analysis.claims import Claim
from roundtwo.analysis.lexicon import CURRENT_CUES, EXPECTATION_CUES, SALARY_WORDS
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.subjects import Subject, normal

# Verbs a salary is stated with; "we wanted to save $200k" is not a salary.
SALARY_VERBS = frozenset(["", "be", "have", "target", "look", "expect", "earn", "make", "pay",
                          "get", "want", "need", "ask", "seek", "aim", "hope", "accept",
                          "consider", "work", "receive", "take", "sit", "land", "come",
                          "stand", "start"])  # fmt: skip
_PAY = compiled(
    r"\b(base|total\s+comp(?:ensation)?|total|ote|on[- ]target|bonus|equity)\b", re.IGNORECASE
)
_BREAK = compiled(r"[,;:—–]|\b(?:and|but|plus|with)\b", re.IGNORECASE)
_HOURLY = compiled(
    r"^\s*(?:(?:gross|net|before tax|after tax|pre-tax)\s+)?"
    r"(?:(?:an|a|per|/)\s*(hour|hr|month|week)\b|(hourly|monthly))\b"
)
_GROSS = frozenset(["gross", "net"])  # "2,900 gross monthly": pay before or after tax


# What money figures measure when they are not the candidate's pay.
_OTHER_MONEY = frozenset(["revenue", "budget", "profit", "cost", "savings", "arr", "mrr", "quota",
                          "pipeline", "funding", "fund", "deal", "contract", "spend", "ebitda",
                          "income", "bookings", "business", "sales", "portfolio", "aum", "grant",
                          "award", "donation", "gift", "price", "fee", "loan", "gmv", "value",
                          "fine", "penalty", "claim", "premium"])  # fmt: skip


@cache
def _salary_words() -> frozenset[str]:
    return (
        frozenset(normal(w) for w in SALARY_WORDS)
        | {"salary", "earning", "basic", "base"}
        | (_GROSS)
    )


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return compiled(EXPECTATION_CUES, re.IGNORECASE), compiled(CURRENT_CUES, re.IGNORECASE)


def asked(question: str) -> str:
    """ "expectation" or "current" when the question asks about the candidate's pay ("What
    are your salary expectations?", "What are you on now?"), else ""."""
    if not _ASKS_PAY.search(question):
        return ""
    if _ASKS_EXPECTED.search(question):
        return "expectation"  # "What are your expectations on pay?", "What would it take?"
    return "current" if _ASKS_CURRENT.search(question) else "expectation"


_ASKS_PAY = compiled(
    r"\b(?:salary|pay|compensation|comp|package|base|earn\w*|remuneration|expectations?|"
    r"(?:what|how\s+much)\s+(?:are|were)\s+you\s+(?:on|making|paid))\b",
    re.IGNORECASE,
)
_ASKS_CURRENT = compiled(
    r"\b(?:current\w*|now|today|at\s+the\s+moment|(?:are|were)\s+you\s+on|you['’]re\s+on|"
    r"making)\b",
    re.IGNORECASE,
)
_ASKS_EXPECTED = compiled(
    r"\b(?:expect\w*|looking\s+for|want\w*|target\w*|would\s+it\s+take|ask\w*|hoping|"
    r"need)\b",
    re.IGNORECASE,
)


def which(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    words: list[str],
    verb: str = "",
    asked: str = "",
) -> str:
    """ "expectation", "current" or "" for a claim in the sentence text[start:end]."""
    rate_unit = (claim.unit or "").split("/")
    per_period = claim.kind == "rate" and len(rate_unit) == 2 and rate_unit[0] in ("", *_GROSS)
    # "54,000 a year", "2,900 gross monthly"
    if claim.kind not in ("money", "count") and not per_period:
        return ""
    if claim.kind == "count" and claim.unit and normal(claim.unit) not in _salary_words():
        return ""
    if words and normal(words[-1]) not in _salary_words() and normal(words[-1]) in _OTHER_MONEY:
        return ""  # "a budget of 150k", "savings of 90k": money, but not your pay
    if verb not in SALARY_VERBS:
        return ""
    value = float(claim.high if claim.high is not None else claim.value)
    thousands = in_thousands(text, claim)
    if value < 1000 and not _period(text, claim.end) and not thousands:
        return ""
    if claim.kind == "count" and value < 1000 and not thousands:
        return ""
    expect, current = _cues()
    sentence = text[start:end]
    found = [(m.start(), "current") for m in current.finditer(sentence)]
    found += [(m.start(), "expectation") for m in expect.finditer(sentence)]
    if not found:
        return asked  # "What are your salary expectations?" — "70 to 75 thousand."
    offset = claim.start - start
    before = [f for f in found if f[0] < offset]
    return max(before)[1] if before else min(found)[1]


_BASE_AFTER = compiled(r"^\s*(?:k\b|thousand\b|base\b|salary\b|basic\b|total\b|ote\b)", re.I)


def in_thousands(text: str, claim: Claim) -> bool:
    """ "targeting 165 to 175 base", "I'm on 148 base": pay said in thousands, the "k" left
    unsaid (a year's pay of 20 to 999 units would be a day's or an hour's)."""
    value = float(claim.high if claim.high is not None else claim.value)
    if not 20 <= value < 1000 or not float(claim.value).is_integer():
        return False
    said_base = (claim.unit or "").lower() in ("base", "basic", "salary", "k")
    return said_base or bool(_BASE_AFTER.match(text[claim.end : claim.end + 12]))


def _period(text: str, end: int) -> str:
    match = _HOURLY.match(text[end : end + 16].lower())
    if match is None:
        return ""
    word = match.group(1) or match.group(2)
    return {"hr": "hour", "hourly": "hour", "monthly": "month"}.get(word, word)


def _rate_period(claim: Claim) -> str:
    """The period of pay read as a rate ("2,900 gross monthly" → month)."""
    unit = (claim.unit or "").split("/")
    return unit[1] if claim.kind == "rate" and len(unit) == 2 else ""


def subject(text: str, claim: Claim, which: str, start: int, end: int) -> Subject:
    """The salary subject: which salary, base or total pay, per year or per hour."""
    quals = [("salary", which)]
    sentence = text[start:end]
    offset = claim.start - start
    after = claim.end - start
    pays = [
        (abs(m.start() - offset), m.group(1).lower())
        for m in _PAY.finditer(sentence)
        if m.start() < offset or not _BREAK.search(sentence, after, m.start())
    ]  # "my base right now is 145k, and the bonus target…": the base
    if pays:
        pay = min(pays)[1]
        pay = "total" if pay.startswith("total") else "ote" if "target" in pay else pay
        quals.append(("pay", pay))
    unit = claim.unit if claim.kind == "money" and claim.unit else "?"
    return Subject(
        kind="money",
        head="salary",
        quals=tuple(sorted(quals)),
        period=_period(text, claim.end) or _rate_period(claim) or "year",
        unit=unit,
    )
