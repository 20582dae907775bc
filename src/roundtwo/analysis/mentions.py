"""Where a statement names a company, team, project or site ("At Northwind", "joined Acme",
"on the payments team", "in the Lumen project", "at my previous company"), and which of them a
figure is about: the nearest named before it in its sentence, else after it in its clause, else
the last one before the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from roundtwo.analysis.entities import COMPONENTS, OTHER, Entity
from roundtwo.analysis.precompiled import compiled

# fmt: off
_NOT_NAMES = frozenset([
    "I", "The", "A", "An", "My", "Our", "We", "This", "That", "It", "He", "She", "They",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Christmas", "Easter", "Q1", "Q2",
    "Q3", "Q4", "Year", "Grade", "Covid", "COVID", "First", "Last", "Night", "Day", "When",
    "Then", "So", "And", "But", "Because", "After", "Before", "During", "In", "On", "At",
    "Level", "Band", "Stage", "Key", "Phase", "Step", "Round", "Term", "Semester", "Head",
])
# fmt: on
_NAME_WORD = (
    r"(?:[A-Z][\w&'’.-]*|St\.?|of|and|&|de|do|da|di|du|del|della|des|la|le|van|von|der|den)"
)
# lowercase particles inside a name: "Herdade do Sobral", "Depuradora Ría de Arousa"
_PARTICLES = frozenset(["of", "and", "de", "do", "da", "di", "du", "del", "della", "des", "la",
                        "le", "van", "von", "der", "den"])  # fmt: skip
_COMPANY = compiled(
    r"\b(?i:at|joined|join|joining|left|leaving|for|from|(?:moved|switched|went|came)\s+to|"
    r"(?:was|been|worked|stayed|spent\s+\w+\s+years?)\s+with)"
    rf"\s+((?:the\s+)?[A-Z][\w&'’.-]*(?:(?<![a-z]{{3}}\.)\s+{_NAME_WORD}){{0,6}})"
)
_KIND_NOUNS = {
    "team": "team", "squad": "team", "group": "team", "pod": "team", "tribe": "team",
    "project": "project", "programme": "project", "program": "project",
    "initiative": "project", "migration": "project", "launch": "project",
    "ward": "site", "unit": "site", "department": "site", "clinic": "site",
    "school": "site", "warehouse": "site", "depot": "site", "site": "site",
    "plant": "site", "office": "site", "store": "site", "branch": "site", "region": "site",
    "territory": "site", "hospital": "site", "centre": "site", "center": "site",
    "practice": "site", "account": "site", "property": "site", "hotel": "site",
    "resort": "site", "restaurant": "site", "venue": "site", "campus": "site",
    "station": "site", "airport": "site", "hub": "site", "mine": "site", "port": "site",
    "terminal": "site", "lab": "site", "laboratory": "site", "block": "site", "estate": "site",
    "pharmacy": "site", "library": "site", "stadium": "site", "yard": "site",
    "route": "site", "line": "site", "corridor": "site", "circuit": "site", "studio": "site",
    "gym": "site", "club": "site", "shop": "site", "factory": "site", "farm": "site",
    "park": "site", "garden": "site", "theatre": "site", "museum": "site", "zoo": "site",
    "marina": "site", "brewery": "site", "kitchen": "site", "court": "site", "prison": "site",
    "cross-dock": "site", "dock": "site", "fulfilment": "site", "sortation": "site",
    "vineyard": "site", "orchard": "site", "quarry": "site", "mill": "site", "workshop": "site",
    "plaza": "site", "toll": "site", "market": "site", "camp": "site", "base": "site",
    "foundry": "site", "bakery": "site", "dairy": "site", "slaughterhouse": "site",
    "pipeline": "project", "sale": "project", "tour": "project", "festival": "project",
    "pilot": "project", "campaign": "project", "appeal": "project", "drive": "project",
    "scheme": "project", "job": "project", "build": "project", "development": "project",
    "contract": "project", "production": "project", "trial": "project", "study": "project",
    "rollout": "project", "tender": "project", "fund": "project", "season": "project",
    "company": "company", "startup": "company", "firm": "company", "agency": "company",
    "bank": "company", "retailer": "company", "consultancy": "company",
    "insurer": "company", "nonprofit": "company", "charity": "company",
    "university": "company", "manufacturer": "company", "airline": "company",
    "scaleup": "company", "enterprise": "company", "corporation": "company",
}  # fmt: skip
_SAME = frozenset(["same", "whole", "entire", "own", "current", "main"])
_GENERIC = frozenset(
    ["whole", "entire", "same", "new", "small", "big", "large", "core", "wider", "broader",
     "own", "other", "first", "second", "main", "local", "full", "old", "current"]
)  # fmt: skip
_NAMED_THING = compiled(
    r"\b(?:on|in|at|for|with|of|joined|lead|led|ran|run|managed|manage|into|across)\s+"
    r"(?:the|our|my|a|their)\s+((?:[\w'’]+[\s-]){1,2}?)(team|squad|group|pod|tribe|project|"
    r"programme|program|initiative|migration|launch|ward|unit|department|clinic|school|"
    r"warehouse|depot|site|plant|office|store|branch|region|territory|hospital|centre|"
    r"center|practice|account|company|startup|firm|agency|bank|retailer|consultancy|insurer|"
    r"nonprofit|charity|university|manufacturer|airline|scaleup|enterprise|corporation)\b",
    re.IGNORECASE,
)
_PLACE = r"([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)"
_NAME_WITH_NUMBER = compiled(
    _PLACE + r"\s+(?:with|had|has|hit|reached|ran|employed|employs|did|does|was\s+at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+|just\s+)?[$€£]?\d"
)
_NAME_IS_SITE = compiled(
    _PLACE + r"\s+(?:was|is)\s+(?:the|our|my|a)\s+(?:\w+\s+)?(?:site|store|office|warehouse|"
    r"depot|plant|hospital|school|branch|team|unit|ward|region|clinic|campus|location)\b"
)
_NAME_POSSESSIVE = compiled(
    r"\b(?:[Mm]y|[Oo]ur)\s+" + _PLACE + r"\s+(?:team|squad|office|org|organisation|"
    r"days|years|role|job|colleagues|manager|boss|time|group|department|tenure|quota|budget|"
    r"customers|clients|account|contract)\b"
)
# Kinds read after a name ("the Kingsmoor route"); not the ones that are what is measured ("the
# Postgres migration took…", "the Acme launch") or too loose to name a place.
_NOT_AFTER_NAMES = frozenset(["migration", "launch", "account", "tribe", "territory"])
_KINDS = "|".join(
    sorted(
        (k for k, v in _KIND_NOUNS.items() if v != "company" and k not in _NOT_AFTER_NAMES),
        key=len,
        reverse=True,
    )
)
# "the Southgate distribution centre", "The Northern pilot", "our Leeds office": a name
# before the kind of thing it names (with at most one plain word between).
_NAME_BEFORE_KIND = compiled(
    r"\b(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]his|[Tt]hat)\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+((?:[a-z][\w-]+\s+)?)(" + _KINDS + r")\b"
)
# "the resort in Madeira", "a hotel in Lisbon": the kind, then where it is.
# A people's or a country's adjective ("Italian", "Danish", "Chinese", "Swiss")
_DEMONYM = compiled(
    r"[A-Z][a-z]+(?:ian|ean|ese|ish)|(?:German|French|Dutch|Swiss|Greek|Thai|American|Mexican|"
    r"Korean|African|European|Asian|Arab|Czech|Slovak|Basque|Welsh|Scots|Belgian|Moroccan|"
    r"Kenyan|Ghanaian|Nigerian|Chilean|Peruvian|Cuban|Nepali|Pakistani|Bangladeshi|Israeli|"
    r"Iraqi|Saudi|Omani|Emirati|Qatari|Kuwaiti|Filipino|Maori|Inuit|Sami|Nordic|Baltic|Latin)"
)
_KIND_IN_NAME = compiled(
    r"\b(?:the|a|an|our|my)\s+(" + _KINDS + r")\s+(?:in|at|on)\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_MID_CAPITAL = compiled(r"(?<=[a-z,;:]\s)([A-Z][a-z][\w'’-]*)")
_PROJECT_NAME = compiled(r"\b(?:[Pp]roject|[Oo]peration)\s+([A-Z][\w-]+)")
_SITE_ACRONYM = compiled(r"\b(?i:in|on|at)\s+(?:the\s+)?(ICU|NICU|PICU|ED|ER|OR|A&E|PACU|CCU)\b")
_RELATIVE = compiled(
    r"\b(?:at|in|with|on|from|for)\s+(?:my|our)\s+(previous|last|former|old|current|present|"
    r"first|prior)\s+(company|job|employer|role|firm|hospital|school|team|practice|agency|"
    r"startup|org|organisation|organization|position|workplace|trust|council|charity|bank|"
    r"club|store|shop|branch|plant|site|restaurant|hotel|lab|clinic|ward|mill|depot|yard)\b",
    re.IGNORECASE,
)
_ANOTHER = compiled(
    r"\b(?:at|in|on|with|for)\s+(?:another|a\s+different|a\s+separate|the\s+other|"
    r"a\s+sister|an\s+other)\s+(company|team|project|job|employer|hospital|school|ward|"
    r"unit|site|store|firm)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: Entity


_NOT_A_NAME_END = frozenset(["of", "and", "&", "i", "the", "de", "do", "da", "di", "du", "del",
                             "della", "des", "la", "le", "van", "von", "der", "den", "i've",
                             "i'm", "i'd", "i'll", "we're",
                             "we've", "we'd", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                             "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
                             "april", "june", "july", "august", "september", "october",
                             "november", "december"])  # fmt: skip


def _clean(name: str) -> str:
    words = name.replace("’", "'").split()
    while words and words[-1].lower() in _NOT_A_NAME_END:
        words.pop()
    for n, word in enumerate(words[:-1]):
        if word.endswith((".", "!", "?")) and word.lower() not in ("st.", "co.", "&"):
            words = words[: n + 1]  # "Pembury Lane. Two of them…": the name ends there
            break
    if words and words[-1].lower().endswith("'s") and len(words[-1]) > 3:
        words[-1] = words[-1][:-2]  # "Calloway Firth's legal ops team"
    if words and words[0].lower() == "the":
        words = words[1:]
    for suffix in ("inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "plc", "gmbh"):
        if len(words) > 1 and words[-1].lower() == suffix:
            words.pop()
    return " ".join(words).strip(".,'")


# "From the PO to the first user samples": a span between two milestones, not an employer
_MILESTONE_SPAN = compiled(r"(?i:from)\s+the\s+\S+(?:\s+\S+)?\s+to\s+(?:the|a|an|our|their)\b")


def _company(match: re.Match[str]) -> Entity | None:
    words = match.group(1).split()
    if _MILESTONE_SPAN.match(match.string, match.start()):
        return None
    if words and words[0].lower() == "the":
        words = words[1:]
    kept: list[str] = []
    for word in words:
        if word in _NOT_NAMES and not (kept and word in ("of", "and", "&")):
            break
        if word[:1].islower() and word not in _PARTICLES:
            break
        kept.append(word)
    name = _clean(" ".join(kept))
    if not name or name.lower() == "the" or name.isdigit():
        return None
    rest = match.string[match.start(1) + len(match.group(1)) :].split(None, 2)
    if len(kept) < len(words) and words[len(kept)].lower() in _KIND_NOUNS:
        return None  # "at the Leeds warehouse": the named place is read as one
    if rest and len(kept) == len(words) and rest[0].lower().strip(".,;") in _KIND_NOUNS:
        return None
    last = name.split()[-1]
    kind = _KIND_NOUNS.get(last.lower())
    if kind in ("team", "project"):
        return Entity(**{kind: " ".join(name.split()[:-1]) or name})
    if kind == "site":
        return Entity(**{kind: name})
    return Entity(company=name)


@cache
def _relative_kind() -> dict[str, str]:
    kinds = dict.fromkeys(
        ["company", "job", "employer", "role", "firm", "agency", "startup", "org",
         "organisation", "organization", "position", "workplace"], "company"
    )  # fmt: skip
    kinds.update(team="team", hospital="site", school="site", practice="site")
    kinds.update(dict.fromkeys(["trust", "council", "charity", "bank", "club"], "company"))
    kinds.update(
        dict.fromkeys(
            [
                "store",
                "shop",
                "branch",
                "plant",
                "site",
                "restaurant",
                "hotel",
                "lab",
                "clinic",
                "ward",
                "mill",
                "depot",
                "yard",
            ],
            "site",
        )
    )
    return kinds


def _org_names(text: str) -> list[Mention]:
    """Places and organisations named without a preposition: "Leeds with 120 staff",
    "Leeds had 120", "Bradford was the smaller site". A capitalised word that starts a
    sentence counts only when the statement also capitalises it mid-sentence."""
    mid = {m.group(1) for m in _MID_CAPITAL.finditer(text)} - _NOT_NAMES
    found = []
    for pattern in (_NAME_WITH_NUMBER, _NAME_IS_SITE, _NAME_POSSESSIVE):
        for match in pattern.finditer(text):
            name = match.group(1)
            if name.split()[0] in _NOT_NAMES or name.isupper():
                continue
            starts = match.start(1) == 0 or text[: match.start(1)].rstrip()[-1:] in ".!?:"
            if starts and pattern is _NAME_WITH_NUMBER and name.split()[0] not in mid:
                continue
            found.append(Mention(match.start(1), match.end(1), Entity(company=name)))
    return found


# A note that opens with a place of work and how long: "Helix Health IT: 6 yrs", "Kingsmead
# Library: 2 yrs as library assistant"
_NOTE_NAME = compiled(
    r"(?:^|(?<=[.!?\n])\s*)((?:[A-Z][\w&'’.-]*)(?:\s+[A-Z0-9][\w&'’.-]*){1,4})\s*(?:\([^)]*\)\s*)?:"
    r"(?=\s*(?:~|about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:yrs?|years?|months?|mos?)\b)"
)  # only before a length of time there: "Persistent Absence: 22%" is a measure, not a place
_LABEL_WORDS = frozenset(["Current", "Title", "Team", "Salary", "Base", "Book", "Notes", "Note",
                          "Said", "Told", "Role", "Budget", "Revenue", "Total", "Q1", "Q2", "Q3",
                          "Q4", "FY", "Pay", "Expectation", "Expectations"])  # fmt: skip


def _note_names(text: str) -> list[Mention]:
    found = []
    for match in _NOTE_NAME.finditer(text):
        words = match.group(1).split()
        if any(w in _NOT_NAMES or w in _LABEL_WORDS for w in words) or words[-1].isdigit():
            continue
        found.append(Mention(match.start(1), match.end(1), Entity(company=_clean(match.group(1)))))
    return found


def mentions(text: str) -> list[Mention]:
    """Every entity named in ``text``, in order."""
    found: list[Mention] = _org_names(text) + _note_names(text)
    for match in _COMPANY.finditer(text):
        entity = _company(match)
        if entity is not None:
            found.append(Mention(match.start(1), match.end(1), entity))
    for match in _NAMED_THING.finditer(text):
        words = [w for w in re.split(r"[\s]+", match.group(1).strip()) if w]
        kind = _KIND_NOUNS[match.group(2).lower()]
        skip = _SAME if kind == "company" else _GENERIC
        if not words or any(w.lower() in skip or any(ch.isdigit() for ch in w) for w in words):
            continue
        if words[0].lower() in ("my", "our", "the", "a", "an", "this", "that"):
            continue
        name = " ".join(w if w[:1].isupper() else w.lower() for w in words)
        value = name if kind in ("team", "project") else f"{name} {match.group(2).lower()}"
        if kind == "company" and match.group(0).split()[1].lower() in ("my", "our"):
            continue  # "at my previous company" is read below
        found.append(Mention(match.start(1), match.end(2), Entity(**{kind: value})))
    for match in _NAME_BEFORE_KIND.finditer(text):
        name, noun = match.group(1), match.group(3).lower()
        kind = _KIND_NOUNS.get(noun, "site")
        middle = match.group(2).strip().lower()
        if kind == "team" and _KIND_NOUNS.get(middle) == "site":
            kind, noun = "site", middle  # "the Cheras plaza team": the team of a place
        if name.split()[0] in _NOT_NAMES or (kind == "team" and not match.group(2)):
            continue  # "my Northwind team" is read as the company's team below
        if _DEMONYM.fullmatch(name):
            continue  # "the Italian contract", "our Norwegian buyers": where from, not a name
        value = name if kind in ("team", "project") else f"{name} {noun}"
        found.append(Mention(match.start(1), match.end(3), Entity(**{kind: value})))
    for match in _KIND_IN_NAME.finditer(text):
        name = match.group(2)
        if name.split()[0] in _NOT_NAMES:
            continue
        kind = _KIND_NOUNS.get(match.group(1).lower(), "site")
        value = name if kind in ("team", "project") else f"{name} {match.group(1).lower()}"
        found.append(Mention(match.start(1), match.end(2), Entity(**{kind: value})))
    for match in _PROJECT_NAME.finditer(text):
        found.append(Mention(match.start(), match.end(), Entity(project=match.group(1))))
    for match in _SITE_ACRONYM.finditer(text):
        found.append(Mention(match.start(1), match.end(1), Entity(site=match.group(1))))
    for match in _RELATIVE.finditer(text):
        kind = _relative_kind()[match.group(2).lower()]
        age = match.group(1).lower()
        age = "current" if age in ("current", "present") else "previous"
        if age == "previous" and match.group(1).lower() == "first":
            age = "first"
        value = f"{age} {match.group(2).lower()}" if kind != "company" else f"{age} company"
        found.append(Mention(match.start(), match.end(), Entity(**{kind: value})))
    for match in _ANOTHER.finditer(text):
        kind = _relative_kind().get(match.group(1).lower(), "site")
        if match.group(1).lower() == "project":
            kind = "project"
        found.append(Mention(match.start(), match.end(), Entity(**{kind: OTHER})))
    found.sort(key=lambda m: m.start)
    return _dedupe(found)


def _dedupe(found: list[Mention]) -> list[Mention]:
    """Overlapping mentions of the same kind: keep the first (the longer of two at a spot)."""
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end and _kinds(mention) == _kinds(kept[-1]):
            continue
        kept.append(mention)
    return kept


def _kinds(mention: Mention) -> tuple[str, ...]:
    return tuple(n for n in COMPONENTS if getattr(mention.entity, n))


def entity_at(
    all_mentions: list[Mention], position: int, sentence: tuple[int, int], clause_end: int
) -> Entity:
    """The entity a claim at ``position`` is about: for each component, the nearest mention
    before it in its sentence, else after it in its clause, else the last one before the
    sentence, else the only one the statement names."""
    result = Entity()
    start, end = sentence
    inside = [m for m in all_mentions if start <= m.start < end]
    before_in = [m for m in inside if m.start <= position]
    after_in = [m for m in inside if position < m.start < clause_end]
    earlier = [m for m in all_mentions if m.start < start]
    later = [m for m in all_mentions if m.start >= end]
    placed = any(m.entity.company or m.entity.site for m in inside)
    for pool in (reversed(before_in), after_in, reversed(earlier)):
        for mention in pool:
            if placed and pool is not after_in and mention.start < start:
                mention = Mention(mention.start, mention.end, _unplaced(mention.entity))
            result = _fill(result, mention.entity)
    if result.company in ("current company", "previous company"):
        named = [m.entity.company for m in inside if m.entity.company not in ("", OTHER)
                 and not m.entity.company.endswith(" company")]  # fmt: skip
        if named:  # "in my current job as Senior Registrar at Wexcombe": Wexcombe is it
            result = replace(result, company=named[0])
    for name in COMPONENTS:
        # a later sentence names the entity only when the whole statement names just one
        values = {getattr(m.entity, name) for m in all_mentions} - {""}
        if not getattr(result, name) and len(values) == 1 and later:
            result = replace(result, **{name: values.pop()})
    return result


def _unplaced(entity: Entity) -> Entity:
    """An earlier sentence's entity without its place: a sentence that names where it
    happened ("the firing… in the gas kiln at Zhenyao") is not at the place named before it
    ("the order for the hotel in Shanghai")."""
    return replace(entity, company="", site="")


def _fill(result: Entity, entity: Entity) -> Entity:
    updates = {}
    for name in COMPONENTS:
        if not getattr(result, name) and getattr(entity, name):
            updates[name] = getattr(entity, name)
    return replace(result, **updates) if updates else result
