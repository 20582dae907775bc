"""When a fact holds, and where it was said: phase markers ("initially", "by the end"), the
date or period of its clause ("In 2022,", "in my first year", "last year"), its clause, and
the quote that shows it."""

from __future__ import annotations

import re
from typing import Any

from roundtwo.analysis.claims import Claim
from roundtwo.analysis.lexicon import END_MARKERS, START_MARKERS, TAIL_MARKERS
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.reading import Reading

_START = compiled(START_MARKERS, re.IGNORECASE)
_END = compiled(END_MARKERS, re.IGNORECASE)
_TAIL = compiled(TAIL_MARKERS, re.IGNORECASE)
_CLAUSE_END = compiled(r"[,;:()—–]|\s(?:and|but|while|whereas|so|because)\s", re.IGNORECASE)
_ORDINAL = compiled(
    r"\b(?:in|during|by|for)\s+(?:my|our|the|his|her|their)\s+(first|second|third|fourth|"
    r"fifth|final|last)\s+(year|month|quarter|week|term|semester|season|sprint)\b",
    re.IGNORECASE,
)
_RELATIVE = compiled(
    r"\b(last|this|next|previous|prior)\s+(year|quarter|month|week|term|semester|summer|"
    r"spring|autumn|fall|winter|season)\b",
    re.IGNORECASE,
)
_QUOTE_LIMIT = 220


def marker(r: Reading, claim: Claim, sentence: Any) -> str:
    """ "initially", "when I joined" → start; "now", "by the end", "when I left" → end."""
    window = r.text[sentence.start : sentence.end]
    offset = claim.start - sentence.start
    best = ""
    best_at = -1
    for phase, pattern in (("start", _START), ("end", _END)):
        for found in pattern.finditer(window):
            if best_at < found.start() < offset:
                best, best_at = phase, found.start()
    if best:
        return best
    tail = _CLAUSE_END.split(r.text[claim.end : sentence.end], maxsplit=1)[0]
    match = _TAIL.search(tail)
    if match is None:
        return ""
    return "start" if _START.fullmatch(match.group()) else "end"


def when(r: Reading, claim: Claim, claims: list[Claim], start: int, end: int) -> str:
    """The time a claim holds at: a date, "first year" or "last year" in its clause, or one
    that opens its sentence ("In 2022, I closed $2.4M")."""
    if claim.kind == "date":
        return ""
    options: list[tuple[int, str]] = []
    for other in claims:
        if other.kind == "date" and start <= other.start < end and other is not claim:
            options.append((other.start, str(other.value)))
    window = r.text[start:end]
    for pattern in (_ORDINAL, _RELATIVE):
        for match in pattern.finditer(window):
            label = f"{match.group(1).lower()} {match.group(2).lower()}"
            options.append((start + match.start(), label.replace("previous", "last")))
    if not options:
        return ""
    clause_start, clause_end = clause(r.text, claim, start, end)
    near = [o for o in options if clause_start <= o[0] < clause_end]
    opening = [o for o in options if o[0] < clause_start and _opens(r.text[start : o[0]])]
    before = [o for o in near + opening if o[0] < claim.start]
    if before:
        return max(before)[1]
    return min(near)[1] if near else ""


def clause(text: str, claim: Claim, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the clause around ``claim`` (split at commas, "and", "but"…)."""
    begin = start
    for match in _CLAUSE_END.finditer(text, start, claim.start):
        begin = match.end()
    after = _CLAUSE_END.search(text, claim.end, end)
    return begin, after.start() if after else end


def _opens(prefix: str) -> bool:
    """A time said at the start of the sentence ("In 2022,", "Back in Q3,") covers it all."""
    return len(prefix.split()) <= 2


def quote(r: Reading, claim: Claim) -> str:
    """The sentence the claim was said in; its clause when the sentence is long."""
    sentence = r.sentence(claim.start)
    text = " ".join(sentence.text.split())
    if len(text) <= _QUOTE_LIMIT:
        return text
    first, last = r.span(claim.start, claim.end)
    s_first, s_last = r.sentence_tokens(claim.start)
    c_first = r.clause_start(first, s_first)
    c_last = r.clause_end(last, s_last)
    begin = r.tokens[c_first].start
    finish = r.tokens[c_last - 1].end if c_last > c_first else claim.end
    clause = " ".join(r.text[begin:finish].split())
    return ("…" if begin > sentence.start else "") + clause + ("…" if finish < sentence.end else "")


_HEDGED = (
    r"say|estimate|guess|reckon|put\s+it|think|typically|usually|normally|often|always|"
    r"generally|regularly|routinely"
)
# "I'd" + a participle is "I had" ("once I'd rebuilt the CIP regime"), not "I would".
_PARTICIPLE = (
    r"\w+ed|built|run|grown|led|taken|done|been|had|made|spent|got|gone|seen|set|put|won|lost|"
    r"left|brought|bought|sold|taught|kept|held|cut|hit|shut|begun|become|written|given|"
    r"already|never|just|only|worked|joined|have"
)
_HYPOTHETICAL = compiled(
    r"\b(?:(?:if|unless|suppose|imagine|would|could|might|should|will|i'll|we'll)\b"
    rf"(?!\s+(?:{_HEDGED})\b)|(?:i|we)'d\b(?!\s+(?:{_HEDGED}|(?:re|over|out|un)?(?:{_PARTICIPLE}))\b))",
    re.IGNORECASE,
)
_SUPPOSING = compiled(r"\b(?:would|(?:i|we)['’]d)\b", re.IGNORECASE)
_GOAL_IS = compiled(
    r"\b(?:goal|target|aim|objective|ambition|forecast|plan)\b[^.;!?]{0,40}?"
    r"\b(?:was|is|were|are|of|at)\s*(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_MET = compiled(r"\b(?:hit|met|beat|exceeded|reached|achieved|smashed|missed)\b", re.IGNORECASE)
_INTENT = compiled(
    r"\b(?:(?:goal|target|aim|plan|objective|ambition|mandate|brief|hope|idea)(?:\s+[\w-]+){0,6}?"
    r"\s+(?:was|is)\s+to|"
    r"(?:aimed|aiming|planned|planning|wanted|want|hoped|hoping|tried|trying|expected|"
    r"expecting|going|asked|tasked|intend|intended|need|needed)\s+to)\b",
    re.IGNORECASE,
)
_CONTRAST_WORDS = (
    r"(?:compared\s+(?:to|with)|versus|vs\.?|instead\s+of|rather\s+than|as\s+opposed\s+to)"
)
_CONTRAST = compiled(r"^\s*" + _CONTRAST_WORDS + r"\b", re.IGNORECASE)
_CONTRAST_GAP = compiled(r"\s*" + _CONTRAST_WORDS + r"\s*(?:just\s+|only\s+)?", re.IGNORECASE)


def unreal(text: str, claim: Claim, start: int, end: int, target: bool) -> bool:
    """A figure in a question ("Would a team of 8 be typical?") or a hypothetical ("If I had a
    team of 10…", "I would hire five") is not a fact the candidate stated; nor is a
    ``target`` figure (a change, a percentage, a sum, a length) in a goal or a task ("our goal
    was to grow revenue by 30%", "I was asked to cut costs by 20%"). "I was asked to lead a
    team of eight" still states the team."""
    if text[start:end].rstrip().endswith("?"):
        return True
    begin, _ = clause(text, claim, start, end)
    before = text[begin : claim.start]
    if _HYPOTHETICAL.search(before) or (target and _INTENT.search(before)):
        return True
    if target and _GOAL_IS.search(before) and not _MET.search(before):
        return True  # "Our goal at Pawsbury was 90% occupancy": aimed at, not stated as done
    opening = text[start : claim.start]
    if re.match(r"\s*(?:if|unless|suppose|imagine)\b", opening, re.IGNORECASE):
        return True
    # "With ten mechanics I would put four on the gondola": a figure the sentence supposes
    supposed = re.match(r"\s*(?:with|given)\b", opening, re.IGNORECASE)
    return bool(supposed) and bool(_SUPPOSING.search(text, claim.end, end))


def contrasted(text: str, claim: Claim, end: int) -> bool:
    """ "40 minutes compared to 5 minutes after the change": a before/after pair."""
    return bool(_CONTRAST.match(text[claim.end : end]))


def contrasting(text: str, previous_end: int, start: int) -> bool:
    """The claim at ``start`` is the second of a contrast: "… compared to 5 minutes"."""
    between = text[previous_end:start]
    return len(between) < 40 and bool(_CONTRAST_GAP.fullmatch(between))
