"""What a date is the date of (joining, a launch, leaving), and when a length of time is how
long you were at a place of work — read from the words of the figure's clause.
"""

from __future__ import annotations

import re

from roundtwo.analysis.entities import Entity
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.subjects import Subject, normal

_JOINED = compiled(
    r"\b(?:join(?:ed)?|start(?:ed)?\s+(?:at|with)|(?:been|worked|working)\s+(?:at|with|in|for)"
    r"\b.*\bsince|hired\s+(?:at|by|into)|came\s+(?:to|on\s+board)|moved\s+to|"
    r"took\s+up\s+(?:the|a|my)\s+(?:[\w-]+\s+){0,3}(?:post|role|job|position))\b|\bsince\s*$",
    re.IGNORECASE,
)
_LAUNCHED = compiled(
    r"\b(?:launch(?:ed)?|went\s+live|go(?:es)?\s+live|go-live|cut\s*over|cutover|"
    r"rolled\s+out|released|shipped|(?:re-?)?open(?:ed)?|handed\s+over|handover|delivered|"
    r"completed|"
    r"came\s+out|(?:put|go|went)\s+(?:\w+\s+){0,4}?on\s+sale|debuted|premiered|published|aired)\b",
    re.IGNORECASE,
)
_LEFT = compiled(
    r"\b(?:left|leaving|quit|resigned|moved\s+on|finish(?:ed)?\s+(?:at|with|up\s+at))\b",
    re.IGNORECASE,
)


def event(before: str, subject: Subject | None) -> Subject | None:
    """What a date is the date of, from the verbs of its clause before it: "joined Hope Street
    … in 2017", "been at Hope Street since 2019" (joining); "went live in Q1 2022", "handed
    over … in November 2021" (a launch); "left in 2020" (leaving)."""
    for pattern, head in ((_JOINED, "join"), (_LAUNCHED, "ship"), (_LEFT, "leave")):
        if pattern.search(before):
            return Subject(kind="date", head=head)
    return subject


_THERE = compiled(
    r"\b(?:was|been|were|worked|stayed|spent)\s+(?:\w+\s+){0,2}?there\b", re.IGNORECASE
)
_TENURE_LINK = compiled(r"\b(?:at|with|for|in|joined|within)\s+(?:the\s+)?$", re.IGNORECASE)


def tenure(clause: str, subject: Subject | None, entity: Entity) -> Subject | None:
    """ "I was with Coastline Freight for six years", "in my two years at the Lisbon Grand":
    a length told of a place of work and nothing else is how long you were there."""
    name = entity.company or entity.site
    if not name:
        return None
    if _MY_TIME.search(clause):
        return Subject(kind="duration", head="work", caption="tenure")  # "In my thirty months
        # on the AW139 line at Northsea Rotor": my time there, whatever post is named with it
    if subject is not None and subject.head != "work":
        said = {normal(w) for w in name.split()}
        if not {subject.head, *subject.mods} <= said:
            return None  # "the lobby renovation took eight months": another length
    found = clause.lower().find(name.lower())
    there = _THERE.search(clause)  # "I was there six years in total"
    noted = 0 <= found <= 2 and _NOTE_OF.match(clause, found + len(name))
    if (found < 0 or not _TENURE_LINK.search(clause[:found])) and not there and not noted:
        return None
    return Subject(kind="duration", head="work", caption="tenure")


_MY_TIME = compiled(
    r"\b(?:in|during|over|across|after|throughout) my (?:first |last |whole |entire )?"
    r"(?:[\w-]+ ){1,4}(?:years?|months?|yrs?)\b(?! (?:of|as|doing|running|managing|teaching))",
    re.IGNORECASE,
)


# "Helix Health IT: 6 yrs, 2nd line → desk lead", "Larder — only there ~18 months"
_NOTE_OF = compiled(r"\s*(?:\([^)]*\)\s*)?[:—–-]")
