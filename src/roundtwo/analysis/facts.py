"""Claims that are not numbers: job titles ("promoted to senior engineer") and scope
("company-wide", "across the whole district")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from roundtwo.analysis import data

if TYPE_CHECKING:
    from roundtwo.analysis.claims import Claim

_TITLE_LEAD = (
    r"promoted\s+to|hired\s+as|worked\s+as|joined\s+as|started\s+as|stepped\s+up\s+as|"
    r"(?:job\s+)?title\s+(?:was|is)|role\s+(?:was|is)|i\s+was|i'm|i\s+am|became|as|"
    r"position\s+(?:was|of)"
)


@cache
def _title_pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(data.words("lexicon", "title_heads"), key=len, reverse=True))
    mods = "|".join(sorted(data.words("lexicon", "title_modifiers"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{_TITLE_LEAD})\s+(?:(?:a|an|the|our|their|acting|interim)\s+)?"
        rf"((?:(?:{mods})[\s-]+){{0,3}}(?:{heads}))(?:s)?\b(?!['’]s|\s+(?:team|role)s?\b)",
        re.IGNORECASE,
    )


def title_claims(text: str) -> list[Claim]:
    from roundtwo.analysis.claims import Claim

    found = []
    for match in _title_pattern().finditer(text):
        title = " ".join(match.group(1).lower().replace("-", " ").split())
        start, end = match.span(1)
        found.append(Claim(text[start:end], start, end, "title", title, None, "job title", False))
    return found


def scope_claims(text: str) -> list[Claim]:
    from roundtwo.analysis.claims import Claim

    found = []
    pattern, labels = data.labelled_regex("lexicon", "scope_phrases")
    for match in pattern.finditer(text):
        label = labels[int((match.lastgroup or "g0")[1:])]
        start, end = match.span()
        found.append(Claim(text[start:end], start, end, "scope", label, None, "scope", False))
    return found
