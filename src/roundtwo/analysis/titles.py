"""Claims that are not numbers: job titles ("promoted to senior engineer") and scope
("company-wide", "across the whole district")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from roundtwo.analysis import data
from roundtwo.analysis.precompiled import compiled

if TYPE_CHECKING:
    from roundtwo.analysis.claims import Claim

_TITLE_LEAD = (
    r"promoted\s+to|hired\s+as|worked\s+as|joined\s+as|started\s+as|came\s+in\s+as|"
    r"stepped\s+up\s+as|moved\s+up\s+to|"
    r"(?:job\s+)?title(?:\s+(?:at|with)(?:\s+[A-Z][\w&'’.-]*){1,4})?\s+(?:was|is)|title\s*:|"
    r"(?:role|position)(?:\s+(?:at|with)(?:\s+[A-Z][\w&'’.-]*){1,4})?\s+(?:was|is)|"
    r"i\s+was|i['’]m|i\s+am|became|as|position\s+of"
)
_LEAD = compiled(
    rf"\b(?:{_TITLE_LEAD})\s+(?:(?:a|an|the|our|their|acting|interim|currently|now|still)\s+)*"
    rf"(?:(?:[\w-]+\s+){{0,2}}[\w-]+['’]s\s+)?",
    re.IGNORECASE,
)
_TOKEN = compiled(r"[A-Za-z](?:[\w&'’-]|\.(?=\w))*|\([^)]{1,40}\)")
_ROMAN = compiled(r"(?:II|III|IV)$")
# A Capitalised word is a post's head by its ending ("Underwriter", "Pharmacist", "Curator").
_ROLE_ENDING = compiled(r"(?:er|or|ist|ian|ant|ent|ee|ive|ic)$")
_CONNECT = frozenset(["of", "in", "and", "&", "for"])
_NOT_MODIFIER = compiled(r"(?:ly|ed|ing)$")


def _post(text: str, start: int, capital_only: bool) -> tuple[int, int] | None:
    """The post said from ``start``: up to five words ending in a head noun, Title Case or
    lowercase ("Duty Operations Manager", "Pharmacist in Charge", "Case Manager II", "relief
    pharmacist", "senior responsible owner"); None when the words there are not a post."""
    from roundtwo.analysis.lexicon import STOP

    heads = data.words("lexicon", "title_heads")
    mods = data.words("lexicon", "title_modifiers")
    words = []
    for match in _TOKEN.finditer(text, start):
        if match.start() != start and text[start : match.start()].strip(" -"):
            break  # punctuation between: the phrase has ended
        words.append(match)
        start = match.end()
        if len(words) == 7:
            break
    best = None
    for i, match in enumerate(words[:6]):
        word = match.group()
        low = word.lower()
        capital = word[:1].isupper()
        titled = all(w.group()[:1].isupper() for w in words[:i])  # a Title Case run so far
        if low in _CONNECT and not (i > 0 and titled):
            break
        if capital_only and not capital and low not in _CONNECT:
            break
        if low in heads or (capital and _ROLE_ENDING.search(low) and low not in STOP):
            best = i
            continue
        if low in mods or (capital and low not in STOP) or low in _CONNECT:
            continue
        if (
            not capital
            and best is None
            and i < 2
            and low not in STOP
            and len(low) > 2
            and (not _NOT_MODIFIER.search(low))
        ):
            continue  # an unlisted lowercase modifier before the head ("relief", "lab")
        break
    if best is None:
        return None
    last = best
    rest = words[best + 1 :]
    # "Pharmacist in Charge", "Case Manager II", "Vice Principal (Administration)"
    if rest and (_ROMAN.match(rest[0].group()) or rest[0].group().startswith("(")):
        last += 1
    elif len(rest) > 1 and rest[0].group().lower() == "in" and rest[1].group()[:1].isupper():
        last += 2
    first_word = words[0].group().lower()
    if first_word in _CONNECT or (first_word in STOP and not words[0].group()[:1].isupper()):
        return None
    return words[0].start(), words[last].end()


# "head of sales enablement", "director of nursing", "VP of Engineering": what the post heads.
_OF_HEADS = ("head", "director", "vp", "chief", "manager", "lead", "principal", "president")
_OF_WORDS = compiled(r"\s+of((?:\s+[A-Za-z&][\w&'-]*){1,3})")


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


_GROWING = compiled(
    r"\b(?:grow|develop|improve|progress|thrive|mature|evolve|learn|succeed|better myself)\s+as\b",
    re.IGNORECASE,
)


def title_claims(text: str) -> list[Claim]:
    """The posts the candidate says they hold or held: after a lead ("I was", "my title at
    Castlegate is", "promoted to", "Current title:") or as a note ("Hangar Shift Supervisor at
    Skyline.", "— Administrative Officer, 2016–2020")."""
    from roundtwo.analysis.claims import Claim

    found: list[Claim] = []
    taken: set[int] = set()
    for start, capital_only in _starts(text):
        if start in taken:
            continue
        if _GROWING.search(text, max(0, start - 20), start + 3):
            continue  # "where I can grow as a teacher": a hope, not a post held
        span = _post(text, start, capital_only)
        noted = _NOTE_AFTER.match(text, span[1]) if span else None
        if span is None or (capital_only and not noted and not _years_before(text, start)):
            continue
        begin, end = span
        if _NOT_A_POST.match(text, end):
            continue  # "the lab manager post", "the associate director role", "Sam's"
        title = " ".join(text[begin:end].lower().replace("-", " ").split())
        if title.split()[-1] in _OF_HEADS:
            field_ = _of_field(text, end)
            if field_ is not None:
                title, end = f"{title} of {field_[0]}", field_[1]
        taken.add(start)
        found.append(Claim(text[begin:end], begin, end, "title", title, None, "job title", False))
    return found


# After a post told as a note: its company, or the years it was held.
_NOTE_AFTER = compiled(r"\s+at\s+[A-Z]|\s*[,(]\s*(?:19|20)\d\d|\s*,\s*[A-Z][\w ]*\(")
_NOT_A_POST = compiled(
    r"(?:['’]s\b|s?\s+(?:team|role|post|position|job|vacancy|office)s?\b)", re.IGNORECASE
)


def _years_before(text: str, start: int) -> bool:
    """ "Brackley DC 2016–2020: Senior Planning Officer": a post after the years it was held."""
    return bool(YEARS_HELD.search(text, max(0, start - 40), start))


# "2016–2020:", "(2020–23):" just before a post: the years it was held.
YEARS_HELD = compiled(
    r"(?:19|20)\d\d\s*[–-]\s*(?:(?:19|20)?\d\d|now|present)\)?\s*:\s*$", re.IGNORECASE
)


def _starts(text: str) -> list[tuple[int, bool]]:
    """Where a post may begin: after a lead (any case), or at the start of a sentence or a
    note (Title Case only)."""
    found = [(m.end(), False) for m in _LEAD.finditer(text)]
    found += [(m.end(), True) for m in _NOTE_START.finditer(text)]
    return sorted(found)


_NOTE_START = compiled(r"(?:^|(?<=[.!?;:])\s+|\s[—–-]\s+|\n\s*)(?=[A-Z])")


def scope_claims(text: str) -> list[Claim]:
    from roundtwo.analysis.claims import Claim

    found = []
    pattern, labels = data.labelled_regex("lexicon", "scope_phrases")
    for match in pattern.finditer(text):
        label = labels[int((match.lastgroup or "g0")[1:])]
        start, end = match.span()
        found.append(Claim(text[start:end], start, end, "scope", label, None, "scope", False))
    return found


# The rank a post's words give it among posts of one line of work: "assistant supervisor" <
# "supervisor" < "senior supervisor" < "principal"/"chief"/"head" of it.
_RANKS = (
    (frozenset(["trainee", "apprentice", "assistant", "junior", "deputy", "associate",
                "second", "sous", "under"]), 0),
    (frozenset(["senior", "charge"]), 2),
    (frozenset(["principal", "lead", "chief", "head", "director", "master"]), 3),
)  # fmt: skip


def rank(title: str) -> int:
    """How senior a post is told (1 when its words say nothing of rank): the first rank word
    before its head noun ("assistant chief engineer" is an assistant; "harbour master" and
    "team lead" name a post, not a rank of it)."""
    words = title.lower().replace("-", " ").split()
    for word in words[:-1]:
        for names, level in _RANKS:
            if word in names:
                return level
    return 1


def outranks(held: str, current: str) -> bool:
    """Is a post told in a story above the one the candidate said they hold now, in the same
    line of work ("chief surveyor" / "senior surveyor"; a "senior quality engineer" and a
    "quality engineering manager" are two lines, not two ranks)?"""
    head_held, head_now = held.lower().split()[-1:], current.lower().split()[-1:]
    return bool(head_held) and head_held == head_now and rank(held) > rank(current)
