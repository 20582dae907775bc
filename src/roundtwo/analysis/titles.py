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


# "head of sales enablement", "director of nursing", "VP of Engineering": what the post heads.
_OF_HEADS = ("head", "director", "vp", "chief", "manager", "lead", "principal", "president")
_OF_WORDS = re.compile(r"\s+of((?:\s+[A-Za-z&][\w&'-]*){1,3})")


def _of_field(text: str, end: int) -> tuple[str, int] | None:
    """The field after "head of": up to three words, stopping at a function word."""
    from roundtwo.analysis.lexicon import STOP
    from roundtwo.analysis.phrases import NUMBER_WORDS

    match = _OF_WORDS.match(text, end)
    if match is None:
        return None
    kept: list[str] = []
    stop = end
    for word in re.finditer(r"[A-Za-z&][\w&'-]*", match.group(1)):
        low = word.group().lower()
        if low in STOP or low in NUMBER_WORDS or low.endswith("ed"):
            break
        kept.append(low)
        stop = match.start(1) + word.end()
    return (" ".join(kept), stop) if kept else None


_GROWING = re.compile(
    r"\b(?:grow|develop|improve|progress|thrive|mature|evolve|learn|succeed|better myself)\s+as\b",
    re.IGNORECASE,
)


def title_claims(text: str) -> list[Claim]:
    from roundtwo.analysis.claims import Claim

    found = []
    for match in _title_pattern().finditer(text):
        if _GROWING.search(text, max(0, match.start() - 12), match.start() + 3):
            continue  # "where I can grow as a teacher": a hope, not a post held
        title = " ".join(match.group(1).lower().replace("-", " ").split())
        start, end = match.span(1)
        if title.split()[-1] in _OF_HEADS and match.end() == end:
            field_ = _of_field(text, end)
            if field_ is not None:
                title, end = f"{title} of {field_[0]}", field_[1]
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
