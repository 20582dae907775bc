"""The last pass of the number grammar: a group's size with no noun ("a team of five"), a
headcount "every night shift" (a count, not a rate), "40 nurses in 2022" (a count and a year,
not a share), and a percentage or a half the token grammar leaves ("Last year 85% of my
students passed", "Half of my pipeline…")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from roundtwo.analysis.lexicon import GENERIC_PEOPLE, PEOPLE_ROLES
from roundtwo.analysis.numbers import digit_value, to_number
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.reading import lemma

if TYPE_CHECKING:
    from roundtwo.analysis.claims import Claim

_GROUP_OF = compiled(
    r"\b(?:team|squad|group|crew|department|org|organisation|organization|rotation|pod|"
    r"staff)\s+of\s+((?:[a-z]+-)?[a-z]+|\d+)\b(?!\s*(?:%|percent|people|engineers))",
    re.IGNORECASE,
)
_SHARE_IN_YEAR = compiled(r"^(\S+)\s+(\w+)\s+in\s+((?:19|20)\d\d)$")
_HALF = compiled(
    r"\b((about|around|roughly|nearly|almost|over|just\s+over|just\s+under|under)\s+)?"
    r"half(?=\s+(?:of\s+)?(?:my|our|the|their|his|her|all|its)\b)",
    re.IGNORECASE,
)
_PERCENT = compiled(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(?:%|percent\b|per\s+cent\b)", re.I)


def claims(text: str, found: list[Claim]) -> list[Claim]:
    from roundtwo.analysis.claims import Claim

    result = [fixed for claim in found for fixed in _fix(claim)]
    for match in _GROUP_OF.finditer(text):
        start, end = match.span(1)
        if any(c.start < end and start < c.end for c in result):
            continue
        value = to_number(match.group(1))
        if value is None or value < 2:
            continue
        result.append(Claim(match.group(1), start, end, "count", value, None, "", False))
    for match in _PERCENT.finditer(text):  # "Last year 85% of my students…"
        start, end = match.span()
        if any(c.start < end and start < c.end for c in result):
            continue
        value = digit_value(match.group(1))
        if value is not None:
            result.append(Claim(match.group(), start, end, "percent", value, "%", "", False))
    for match in _HALF.finditer(text):  # "Half of my pipeline came from referrals"
        start, end = match.span()
        if not any(c.start < end and start < c.end for c in result):
            approximate = match.group(1) is not None
            result.append(Claim(match.group(), start, end, "percent", 50.0, "%", "",
                                approximate))  # fmt: skip
    result.sort(key=lambda c: c.start)
    return result


def _fix(claim: Claim) -> list[Claim]:
    from roundtwo.analysis.claims import Claim

    if claim.kind == "rate" and claim.unit and "/" in claim.unit:
        noun = lemma(claim.unit.split("/")[0])
        people = noun in PEOPLE_ROLES or noun in GENERIC_PEOPLE or noun == "people"
        words = claim.text.lower().split()
        if people and ("every" in words or "each" in words):
            at = words.index("every" if "every" in words else "each")
            kept = " ".join(claim.text.split()[:at])
            return [replace(claim, kind="count", unit=claim.unit.split("/")[0], text=kept,
                            end=claim.start + len(kept))]  # fmt: skip
    if claim.kind == "percent":
        match = _SHARE_IN_YEAR.match(claim.text)
        value = to_number(match.group(1)) if match else None
        if match is not None and value is not None:
            head = f"{match.group(1)} {match.group(2)}"
            year_at = claim.start + match.start(3)
            return [
                Claim(head, claim.start, claim.start + len(head), "count", value,
                      match.group(2).lower(), match.group(2).lower(), False),
                Claim(match.group(3), year_at, year_at + 4, "date", match.group(3), None, "",
                      False),
            ]  # fmt: skip
    return [claim]
