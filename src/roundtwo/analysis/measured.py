"""Whether a result is measured (a number for the outcome, not a timeframe, an attribute or a
lesson), and whether an unmeasured one is an outcome of degree that a number could measure."""

from __future__ import annotations

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.endings import (
    MEASURED_KINDS,
    NONE_SINCE,
    claims_in,
    compares,
    ends_a_change,
    tells_outcome,
)
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.text import Sentence

# A change told with its size ("his reading age had gone up by 14 months"): measured.
_CHANGED_BY = compiled(
    r"\b(?:gone|went|go|come|came|moved|jumped|climbed|fell|fallen|dropped|rose|risen|grown|"
    r"grew|improved|increased|decreased|shrunk|shrank) (?:up |down )?by\b"
)


_DELIVERY = compiled(
    r"\b(?:shipped|delivered|finished|completed|launched|closed|went live|done|resolved|released|"
    r"signed|migrated|cleared|recovered|came|finishes|takes|took|runs|ran|completes|"
    r"loads|responds|answered|turnaround|returned|back (?:to|on|up|in)|late|early|delayed|"
    r"overran|lost|saved|cleared|handed (?:back|over)|before (?:the|his|her|their|our|my|it was)|"
    r"ahead of|inside (?:the|our|their|its) (?:\w+ )?(?:date|deadline|window|target|limit))\b"
)
# a thing done in a length: "the hooks were replaced in 30 hours", "rebuilt in under a week"
_DONE_IN = compiled(
    r"\b(?:\w+ed|done|made|built|rebuilt|sold|dug|laid|run|won|set up)\s+"
    r"(?:\w+\s+)?in\s+(?:about\s+|under\s+|just\s+|only\s+|less than\s+)?$"
)


# A duration used as an adjective ("a ten-minute call") describes a thing, not an outcome.
_ATTRIBUTE = compiled(r"-(?:second|minute|hour|day|week|month|quarter|year)s?$")


_LESSON = compiled(
    r"\b(?:i|we) learn(?:ed|t)\b|\blesson\b|\bnext time\b|\bwould have\b|['’]d have\b"
)


# "…against the six we'd have lost", "…where full planting would have lost money": what did
# not happen, as the measure of what did
_COUNTERFACTUAL = compiled(r"\b(?:instead of|against|than|where|whereas|rather than|compared)\b")


def _lesson(low: str) -> bool:
    """A lesson told in the result ("I'd have asked for help after an hour"), not a measure;
    "would have" after a comparison is the measure's other side."""
    for found in _LESSON.finditer(low):
        if "have" in found.group() and _COUNTERFACTUAL.search(low, 0, found.start()):
            continue
        return True
    return False


def measured(sentence: Sentence, claims: list[Claim]) -> bool:
    """A measured result: a number for the outcome; a duration alone counts only for delivery
    ("shipped in four weeks") or a before and after, not as a timeframe ("within a year she was
    leading") or an attribute ("a ten-minute call")."""
    low = data.fold(sentence.text)
    if _lesson(low):
        return False  # "I learned to ask after an hour rather than a day": a lesson, not a measure
    found = [
        c
        for c in claims_in(sentence, claims)
        if c.kind in MEASURED_KINDS
        and not (
            c.kind == "duration"
            and (
                _ATTRIBUTE.search(c.text)
                or _window(sentence, c)
                or _anchor(sentence, c)
                or _lag(sentence, c)
            )
        )
    ]
    if any(c.kind != "duration" for c in found):
        return True
    if compares(low) or (found and _CHANGED_BY.search(low)):
        return True
    if any(ends_a_change(sentence, c, low) for c in found):
        return True  # "by June the queue was down to twelve days"
    compared = len(found) >= 2 or bool(NONE_SINCE.search(low))
    done_in = any(
        _DONE_IN.search(data.fold(sentence.text[: c.start - sentence.start])) for c in found
    )
    return bool(found) and (compared or done_in or bool(_DELIVERY.search(low)))


def _lag(sentence: Sentence, claim: Claim) -> bool:
    """ "It took a couple of weeks to bed in, but losses improved": the time the change took to
    work, not a measure of the outcome."""
    start = claim.start - sentence.start
    before = data.fold(sentence.text[max(0, start - 20) : start])
    after = data.fold(sentence.text[claim.end - sentence.start : claim.end - sentence.start + 12])
    return bool(_TOOK.search(before)) and after.lstrip().startswith("to ")


_TOOK = compiled(
    r"\b(?:took|takes|take)\s+(?:us\s+|me\s+|them\s+)?(?:about\s+|around\s+|a good\s+)?$"
)


_WINDOW = compiled(
    r"\b(?:over|within|during|across|in|for|by) (?:the )?(?:next|following|first)?\s*$"
)


_AFTER = compiled(r"\b(?:after|for)\s+(?:about |around |roughly |nearly )?$")


_LATER = compiled(r"\s*(?:later|ago|earlier|afterwards|after that|on)\b")


def _anchor(sentence: Sentence, claim: Claim) -> bool:
    """ "…took his business elsewhere a couple of months later": when it happened, not how much
    (but "he recovered and went home ten days later" measures the recovery)."""
    low = data.fold(sentence.text)
    before = low[max(0, claim.start - sentence.start - 12) : claim.start - sentence.start]
    if _AFTER.search(before):
        return True  # "After a couple of months I rolled it out": when, not how much
    return _LATER.match(low, claim.end - sentence.start) is not None and not tells_outcome(
        sentence, low
    )


def _window(sentence: Sentence, claim: Claim) -> bool:
    """ "Over the next year a lot more donors came back": the time the change took place in,
    not a measure of it."""
    offset = claim.start - sentence.start
    before = data.fold(sentence.text)[max(0, offset - 30) : offset]
    opens = claim.text.lower().split()[0] in ("next", "following", "first")
    told = opens or before.rstrip().endswith(("next", "following", "first"))
    if told and before.rstrip().endswith(("the", "the next", "the following", "the first")):
        return True  # "the next two days went much better": the time it went better in
    return told and _WINDOW.search(before) is not None


# an outcome of degree, which a number could measure: "uptake improved", "waste went right down"
_DEGREE = compiled(
    r"\b(?:improv|increas|decreas|reduc|rais|rose|risen|grew|grow|drop|fell|fallen|cut|sav|"
    r"doubl|halv|tripl|shrank|shrunk|climb|jump|boost|lift)\w*|\b(?:went|gone|came|come|"
    r"going) (?:\w+ )?(?:up|down)\b|\b(?:better|worse|faster|quicker|slower|higher|lower|bigger|"
    r"smaller|cheaper|shorter|longer|fewer|more|less)\b|\b(?:much|far|a lot|way|significantly|"
    r"noticeably|visibly|even) \w+(?:er|ier)\b|\b(?:cleared|picked|perked|tailed) up a lot\b|"
    r"\b(?:a lot|massively|hugely|dramatically|significantly|noticeably|loads) (?:better|worse|"
    r"fewer|less|more|down|up)\b|\b(?:way|right|well|a fair bit|quite a bit|a bit) (?:up|down)\b|"
    r"\b(?:sales|revenue|uptake|waste|costs?|"
    r"errors?|complaints|turnover|attendance|conversion|retention|churn|footfall|margin|"
    r"throughput|backlog|queue|wait(?:ing)? times?|incidents?|losses|calls|bookings|diary|"
    r"complaints?)\b|\b(?:re-?order|renew|order|contract|deal|won|win)\w*|\b(?:stopp?(?:ed|ing)|"
    r"dried up|fill(?:ed|ing) up|picked up|tailed off|dropped off|came back (?:to us|for)|the "
    r"(?:new )?standard|a regular thing)\b"
)  # a sale's size is a number too: "…signed it off and reordered for their autumn range"


def measurable(result: str) -> bool:
    """Is the result an outcome of degree that a number could measure ("uptake improved", "waste
    went right down"), not an event ("he came back the following week and apologised")?"""
    low = data.fold(result)
    for match in _DEGREE.finditer(low):
        if _DECIDED.search(low, max(0, match.start() - 24), match.start()):
            continue  # "the consultant agreed to reduce the dose": a decision, an event
        if _WHEN_AFTER.match(low, match.end()):
            continue  # "it went up that evening": the dose was given, not a level that rose
        return True
    return False


_DECIDED = compiled(
    r"\b(?:agreed|decided|chose|asked|told|allowed|approved|signed off)\s+(?:\w+\s+)?to\s+$"
)


_WHEN_AFTER = compiled(
    r"\s+(?:that|the same|this|on the|by)\s+(?:evening|night|morning|afternoon|day|weekend|week)\b"
)
