"""How a story ends: whether a sentence tells an outcome, a result told first, and what leaves
the story open (a goal, a hope, news since the last interview). STAR reads its result here."""

from __future__ import annotations

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.clauses import (
    BROUGHT_TO,
    delivered_with_margin,
    ending_clauses,
    steps_only,
)
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.text import Sentence

MEASURED_KINDS = frozenset({"percent", "money", "count", "duration", "rate"})


_NUMBER = (
    r"(?:\d[\d,.]*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a third|a quarter)"
)


# A change word just before a number: "by 40%", "to 350 ms", "from nine", "down to six".
_CHANGE_BEFORE = compiled(
    r"(?:\b(?:by|to|from|down|up|under|below|within|over|above|than)|\b(?:increase|decrease|drop|"
    r"rise|growth|reduction|saving|improvement|fall|jump|uplift|cut|gain|loss)s? of)\s+(?:just |"
    r"only |about |around |roughly |nearly |almost |over |under |less than |more than |a )?$"
)  # "parties of six" is a size, "an increase of 40%" a change


# Two numbers compared: before and after, or one against another.
_COMPARED = compiled(
    rf"\bfrom (?:\S+ ){{0,3}}?{_NUMBER}\b.{{0,60}}?\bto\b|\b{_NUMBER}\b.{{0,40}}?\b(?:against|"
    rf"versus|vs\.?|compared (?:to|with)|instead of|rather than|down from|up from)\b|"
    rf"\b(?:was|were|ran|took|used to|had been)\b.{{0,40}}?\b{_NUMBER}\b.{{0,40}}?\bnow\b"
)


_NUMBERS = compiled(rf"\b{_NUMBER}\b")


_MULTIPLE = compiled(r"\b(?:double|triple|halved|doubled|tripled)\b")


NONE_SINCE = compiled(
    r"\b(?:since|without|no longer|zero|not had|no|not (?:a|one) single|(?:didn't|did not|hasn't|"
    r"haven't|never) (?:miss|missed|had|have|lose|lost|get|got|need|needed) (?:a|any|one)\b)"
)


# A past participle used as an adjective after an article ("a slipped deal") is not a verb.
_ARTICLE = compiled(
    r"\b(?:a|an|the|any|every|each|our|my|their|his|her|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|many|some|all|no|\d+)\s+$"
)


def claims_in(sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if sentence.start <= c.start < sentence.end]


def ends_a_change(sentence: Sentence, claim: Claim, low: str) -> bool:
    """Is the claim the end of a change ("by 40%", "to 350 ms")?"""
    offset = claim.start - sentence.start
    return bool(_CHANGE_BEFORE.search(low, max(0, offset - 24), offset))


def compares(low: str) -> bool:
    return len(_NUMBERS.findall(low)) >= 2 and bool(_COMPARED.search(low))


def tells_outcome(sentence: Sentence, low: str) -> bool:
    """An outcome verb used as a verb, not as an adjective ("a slipped deal")."""
    pattern = data.phrases_pattern("lexicon", "outcome_verbs").pattern
    for match in pattern.finditer(low):
        before = low[max(0, match.start() - 12) : match.start()]
        if _ARTICLE.search(low, max(0, match.start() - 8), match.start()):
            continue  # "a slipped deal": an adjective
        if _RELATIVE.search(before):
            continue  # "the students who missed the most": who they were, not how it ended
        if _UNREAL.search(low, max(0, match.start() - 40), match.start()):
            continue  # "…and we'd have had the job stopped": what did not happen
        return True
    return bool(_MULTIPLE.search(low) or BROUGHT_TO.search(low))


_UNREAL = compiled(
    r"\b(?:would|could|might|should|'d)(?:n't| not)? have (?:had |been |got )?(?:[\w'-]+ ){0,3}$"
)


# "the students who missed the most", "a policy line, which the partners signed off"
_NOW_ON = compiled(r"\b(?:now|these days|ever since|from then on)\b")  # "we're now testing…"


_RELATIVE = compiled(
    r"\b(?:(?:who|whom|whose|which|that)\s+(?:had\s+|have\s+)?|which\s+(?:the|my|our|his|her|their)"
    r"\s+\w+\s+(?:had\s+)?)$"
)


# markers that say the ending even inside a step of the candidate's ("in the end I rebuilt it")
_STRONG_MARKER = compiled(
    r"result|in the end|by the end|eventually|ended up|outcome|no longer|never again|went from|"
    r"since|took (?:away )?from|taught|takeaway|on time|on schedule|under budget|ahead of|"
    r"from\b|learn|lesson"
)


_TRAILS_OFF = compiled(
    r"\blost (?:my|the) (?:thread|train of thought)\b|\bwhere was i\b|\bwhich is a (?:whole )?"
    r"(?:other|different) story\b|\bbut anyway\W*$|"
    r"(?:\.\.\.|…)\s*(?:(?:yeah|so|um+|uh+|anyway|well|and|you know)\W*){1,3}$"
)  # "…because the mate, he... yeah."


_GOAL = compiled(
    r"\b(?:my|our|the) (?:goal|aim|target|objective|ambition) (?:was|is|had been)\b|\b(?:i|we) "
    r"(?:wanted|hoped|planned|aimed|set out|was aiming|were aiming) to\b|"
    # an ending still hoped for: "If it's approved, we're hoping it takes 140 homes out…"
    r"^\W*(?:and |but |so )?if (?:it|this|that|they|the \w+)(?:'s| is| are| gets?| goes)\b|"
    r"\b(?:i'm|i am|we're|we are) (?:hoping|expecting|aiming|planning|optimistic)\b|"
    r"\b(?:i|we) (?:hope|expect|intend) (?:to|that|it)\b|\bfingers crossed\b"
)


# news since the last interview ("Since we spoke the second berth has opened…"): how things
# stand today, not how the story ended
_SINCE_WE_SPOKE = compiled(
    r"\bsince (?:we|i|you) (?:last )?(?:spoke|talked|met|chatted)\b|\bsince (?:our|the|my) "
    r"(?:last|first) (?:conversation|interview|chat|call|round|meeting)\b"
)


def is_result_sentence(
    sentence: Sentence, total: int, first_action: int, claims: list[Claim], last_action: int = -1
) -> bool:
    """Does the sentence tell how the story ended? ``first_action`` and ``last_action`` are the
    sentences of the candidate's first and last steps."""
    low = data.fold(sentence.text)
    after = sentence.index >= first_action or total == 1
    if _GOAL.search(low) or _SINCE_WE_SPOKE.search(low):
        return False  # "my goal was to get us to 80% by the end": where it was meant to end
    if _TRAILS_OFF.search(low):
        return False  # "…there was the whole thing with their tank — sorry, I've lost my thread"
    marker = data.regex("lexicon", "result_markers").search(low)
    if marker and (_STRONG_MARKER.search(marker.group()) or not steps_only(sentence)):
        return after  # "…and how we change them into dry clothes afterwards": still a step
    if delivered_with_margin(low):
        return after
    if _NONE_AFTER.search(low) and sentence.index > first_action:
        return True  # "We had no late cases from them in the following year."
    last = sentence.index == total - 1 or sentence.index > max(first_action, last_action)
    if (
        last
        and sentence.index > first_action
        and _TIME_ON.match(low)
        and claims_in(sentence, claims)
    ):
        return True  # "After one month I lose only 4 from 100": time on, where things stood
    if steps_only(sentence):
        return False
    found = [c for c in claims_in(sentence, claims) if c.kind in MEASURED_KINDS]
    if not tells_outcome(sentence, low):
        # The last sentence, after the steps, measuring where things stood: "We got all 312
        # people off the lift in 25 minutes, with no one hurt."
        last = sentence.index == total - 1 and sentence.index > first_action
        changed = compares(low) or NONE_SINCE.search(low) or _NOW_ON.search(low)
        if last and len(found) >= 2 and bool(changed):
            return True
        # after the steps, in the story's last part, a clause measuring where things stood:
        # "We handed back at 05:05, the freight was delayed 22 minutes, and nobody was hurt."
        late = (
            sentence.index > max(first_action, last_action) and sentence.index >= (total * 3) // 5
        )
        return late and _measured_ending(sentence, found)
    hard = any(c.kind in ("money", "percent") for c in found)
    if found and (hard or any(ends_a_change(sentence, c, low) for c in found) or compares(low)):
        return after
    return sentence.index >= max(1, first_action + 1, (total * 3) // 5)


# time gone by, opening the story's last sentence: what follows is where things stood
_TIME_ON = compiled(
    r"^\W*(?:(?:and|so|then|but)\W+)?(?:(?:after|within|in) (?:a|one|two|three|four|five|six|"
    r"\d+|the first|a few|a couple of|the next|the following) (?:days?|weeks?|months?|years?|"
    r"seasons?|quarters?|terms?|shifts?)\b|(?:\w+ )?(?:days?|weeks?|months?|years?|seasons?) "
    r"later\b|by the end of (?:the|that|my|our) (?:day|week|month|year|season|quarter|term|"
    r"shift|summer|winter|harvest)\b|a (?:week|month|year|season) (?:on|later)\b)"
)


# a trouble that stopped, told after the steps: none of it since
_NONE_AFTER = compiled(
    r"\b(?:had|have had|'ve had|saw|seen|got|there (?:was|were|have been|has been|'s been)) "
    r"(?:no|zero|not a single|not one)\b(?! (?:idea|choice|option|clue|warning|time|way|one to|"
    r"notice|budget|say|answer|plan|help|support|other)\b)|\bwithout (?:a single|one|any)\b|"
    r"\bnot (?:a|one) single\b"
)  # not "I had no idea what to do": a state of the candidate's, not a trouble gone


def _measured_ending(sentence: Sentence, found: list[Claim]) -> bool:
    """A clause of the sentence that says how things ended holds one of its figures ("the
    freight was delayed 22 minutes"), not a step of the candidate's ("I briefed them at 8")."""
    if _STEPS_NOTED.match(data.fold(sentence.text)) or unsettled(sentence.text):
        return False  # "What I did: drafted…"; "…on day four things changed, he... yeah."
    endings = [part for part in ending_clauses(sentence) if not _FOUND_OUT.search(part)]
    said = [data.fold(c.text) for c in found if c.kind != "date"]
    return any(text in part for text in said for part in endings)


# a note that labels the steps; a finding, which is part of the story, not how it ended
_STEPS_NOTED = compiled(r"^\W*(?:what (?:i|we) did|actions?|steps?|approach|plan)\s*:")
_FOUND_OUT = compiled(
    r"\b(?:realis|realiz|noticed|discovered|found (?:out|that)|turned out|spotted|worked out|"
    r"figured out)"
)


_ENDING_FIRST = compiled(
    r"^\W*(?:(?:so|well|ok(?:ay)?|right|basically)\W+)?(?:the (?:end|upshot|long and short|short "
    r"version|bottom line|final result) of it (?:is|was)|(?:the )?upshot (?:is|was)|(?:to cut a )?"
    r"long story short|spoiler(?: alert)?|(?:the|my) (?:end|final) result (?:is|was)|the way it "
    r"ended|how it ended|it ended with|it all ended with|in the end|ultimately|at the end of it|"
    r"where (?:we|i|it|things) (?:ended up|landed|got to)|(?:the )?end result)\b"
)


_FLASHBACK = compiled(
    r"^\W*(?:(?:but|so|anyway|now)\W+)?(?:going back|(?:to )?go back|back up|rewind|let me "
    r"(?:go back|start|back up|rewind)|to start (?:at|from) the (?:beginning|start)|how (?:we|i) "
    r"got there|how it happened)\b"
)


def ending_told_first(sentences: list[Sentence], first_action: int) -> int | None:
    """A story told from its end ("So the end of it was the episode passed QC first time…
    But going back: …"): the opening says how things ended, the rest how they got there."""
    opening = [s for s in sentences[: max(1, first_action)] if s.index < len(sentences) - 1]
    for sentence in opening[:2]:
        low = data.fold(sentence.text)
        after = sentences[sentence.index + 1].text if sentence.index + 1 < len(sentences) else ""
        if _ENDING_FIRST.search(low) or (
            _FLASHBACK.search(data.fold(after)) and tells_outcome(sentence, low)
        ):
            return sentence.index
    return None


def unsettled(text: str) -> bool:
    """Does the sentence leave the story open: it trails off, names a goal or a hope, gives
    news since the last interview, or says what was still to do ("we still had eleven tonnes
    to go") rather than how things ended?"""
    low = data.fold(text)
    return bool(
        _TRAILS_OFF.search(low)
        or _GOAL.search(low)
        or _SINCE_WE_SPOKE.search(low)
        or _STILL_TO_GO.search(low)
    )


_STILL_TO_GO = compiled(
    r"\b(?:still|yet) (?:had|have|needed|need|had got|got) (?:about |around |another |over )?"
    r"(?:[\w,.]+ ){1,3}(?:to go|left to|to do|to (?:wash|clean|finish|process|clear|ship|sort))\b"
)
