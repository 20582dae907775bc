"""STAR: which of situation, task, action and result the answer shows, whether the result is
measured, and the quote that shows each part."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.clauses import (
    closing,
    delivered_with_margin,
    ends_after_its_steps,
    steps_only,
)
from roundtwo.analysis.ownership import Action, same_in_present
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.text import Sentence, quote, words

PARTS = ("situation", "task", "action", "result")
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
# A change told with its size ("his reading age had gone up by 14 months"): measured.
_CHANGED_BY = compiled(
    r"\b(?:gone|went|go|come|came|moved|jumped|climbed|fell|fallen|dropped|rose|risen|grown|"
    r"grew|improved|increased|decreased|shrunk|shrank) (?:up |down )?by\b"
)
_NUMBERS = compiled(rf"\b{_NUMBER}\b")
_MULTIPLE = compiled(r"\b(?:double|triple|halved|doubled|tripled)\b")
_NONE_SINCE = compiled(
    r"\b(?:since|without|no longer|zero|not had|no|not (?:a|one) single|(?:didn't|did not|hasn't|"
    r"haven't|never) (?:miss|missed|had|have|lose|lost|get|got|need|needed) (?:a|any|one)\b)"
)
_DELIVERY = compiled(
    r"\b(?:shipped|delivered|finished|completed|launched|closed|went live|done|resolved|released|"
    r"signed|migrated|cleared|recovered|came|finishes|takes|took|runs|ran|completes|"
    r"loads|responds|answered|turnaround|returned|back (?:to|on|up|in)|late|early|delayed|"
    r"overran|lost|saved|cleared|handed (?:back|over)|before (?:the|his|her|their|our|my|it was)|"
    r"ahead of)\b"
)
# A duration used as an adjective ("a ten-minute call") describes a thing, not an outcome.
_ATTRIBUTE = compiled(r"-(?:second|minute|hour|day|week|month|quarter|year)s?$")
# A past participle used as an adjective after an article ("a slipped deal") is not a verb.
_ARTICLE = compiled(
    r"\b(?:a|an|the|any|every|each|our|my|their|his|her|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|many|some|all|no|\d+)\s+$"
)
# A past-tense instance or a change that lasts: what makes a practice show a result.
_INSTANCE = compiled(
    r"\b(?:was|were|had|did|went|got|came|took|ran|now|since|used to|last "
    r"(?:week|month|year|quarter|term|spring|summer|autumn|winter)|for example|once)\b"
)
_ECHO_STEM = 5
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


@dataclass(frozen=True, slots=True)
class Star:
    situation: bool = False
    task: bool = False
    action: bool = False
    result: bool = False
    quantified_result: bool = False
    evidence: dict[str, str] = field(default_factory=dict)
    result_sentences: tuple[int, ...] = ()

    def to_json(self) -> dict[str, bool]:
        return {
            "situation": self.situation,
            "task": self.task,
            "action": self.action,
            "result": self.result,
            "quantified_result": self.quantified_result,
        }

    def evidence_json(self) -> dict[str, Any]:
        return dict(self.evidence)


def _claims_in(sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if sentence.start <= c.start < sentence.end]


def _changed(sentence: Sentence, claim: Claim, low: str) -> bool:
    """Is the claim the end of a change ("by 40%", "to 350 ms")?"""
    offset = claim.start - sentence.start
    return bool(_CHANGE_BEFORE.search(low, max(0, offset - 24), offset))


def _compared(low: str) -> bool:
    return len(_NUMBERS.findall(low)) >= 2 and bool(_COMPARED.search(low))


def _outcome(sentence: Sentence, low: str) -> bool:
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
    return bool(_MULTIPLE.search(low) or _BROUGHT_TO.search(low))


# "I got recall bookings up to 41%": a level brought to a figure
_BROUGHT_TO = compiled(
    r"\b(?:got|brought|pushed|pulled|took|drove) (?:[\w'’-]+ ){1,4}(?:up|down|back) (?:to|under|"
    r"below|over|above) (?:about |around |nearly )?[£$€]?\d"
)
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
    r"(?:other|different) story\b|\bbut anyway\W*$"
)
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


def _is_result_sentence(
    sentence: Sentence, total: int, first_action: int, claims: list[Claim]
) -> bool:
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
    if steps_only(sentence):
        return False
    found = [c for c in _claims_in(sentence, claims) if c.kind in MEASURED_KINDS]
    if not _outcome(sentence, low):
        # The last sentence, after the steps, measuring where things stood: "We got all 312
        # people off the lift in 25 minutes, with no one hurt."
        last = sentence.index == total - 1 and sentence.index > first_action
        changed = _compared(low) or _NONE_SINCE.search(low) or _NOW_ON.search(low)
        return last and len(found) >= 2 and bool(changed)
    hard = any(c.kind in ("money", "percent") for c in found)
    if found and (hard or any(_changed(sentence, c, low) for c in found) or _compared(low)):
        return after
    return sentence.index >= max(1, first_action + 1, (total * 3) // 5)


_ENDING_FIRST = compiled(
    r"^\W*(?:(?:so|well|ok(?:ay)?|right|basically)\W+)?(?:the (?:end|upshot|long and short|short "
    r"version|bottom line|final result) of it (?:is|was)|(?:the )?upshot (?:is|was)|(?:to cut a )?"
    r"long story short|spoiler(?: alert)?|(?:the|my) (?:end|final) result (?:is|was)|the way it "
    r"ended|how it ended|it ended with|it all ended with|in the end|ultimately|at the end of it)\b"
)
_FLASHBACK = compiled(
    r"^\W*(?:(?:but|so|anyway|now)\W+)?(?:going back|(?:to )?go back|back up|rewind|let me "
    r"(?:go back|start|back up|rewind)|to start (?:at|from) the (?:beginning|start)|how (?:we|i) "
    r"got there|how it happened)\b"
)


def _ending_told_first(sentences: list[Sentence], first_action: int) -> int | None:
    """A story told from its end ("So the end of it was the episode passed QC first time…
    But going back: …"): the opening says how things ended, the rest how they got there."""
    opening = [s for s in sentences[: max(1, first_action)] if s.index < len(sentences) - 1]
    for sentence in opening[:2]:
        low = data.fold(sentence.text)
        after = sentences[sentence.index + 1].text if sentence.index + 1 < len(sentences) else ""
        if _ENDING_FIRST.search(low) or (
            _FLASHBACK.search(data.fold(after)) and _outcome(sentence, low)
        ):
            return sentence.index
    return None


def _measured(sentence: Sentence, claims: list[Claim]) -> bool:
    """A measured result: a number for the outcome; a duration alone counts only for delivery
    ("shipped in four weeks") or a before and after, not as a timeframe ("within a year she was
    leading") or an attribute ("a ten-minute call")."""
    low = data.fold(sentence.text)
    if _lesson(low):
        return False  # "I learned to ask after an hour rather than a day": a lesson, not a measure
    found = [
        c
        for c in _claims_in(sentence, claims)
        if c.kind in MEASURED_KINDS
        and not (
            c.kind == "duration"
            and (_ATTRIBUTE.search(c.text) or _window(sentence, c) or _anchor(sentence, c))
        )
    ]
    if any(c.kind != "duration" for c in found):
        return True
    if _compared(low) or (found and _CHANGED_BY.search(low)):
        return True
    if any(_changed(sentence, c, low) for c in found):
        return True  # "by June the queue was down to twelve days"
    compared = len(found) >= 2 or bool(_NONE_SINCE.search(low))
    return bool(found) and (compared or bool(_DELIVERY.search(low)))


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
    return _LATER.match(low, claim.end - sentence.start) is not None and not _outcome(sentence, low)


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


def _echoes(actions: list[Action], question: str) -> bool:
    """Do these actions only restate the event the question names ("Tell me about a launch …"
    answered "We launched a redesign …")?"""
    asked = {w[:_ECHO_STEM] for w in words(question) if len(w) >= 4}
    return bool(asked) and all(a.verb[:_ECHO_STEM] in asked for a in actions)


def _scene_before(sentence: Sentence, actions: list[Action]) -> bool:
    """Does the opening sentence set a scene before its first action ("My manager told me my
    specs were too long, so I started …")?"""
    first = min((a.start for a in actions if a.sentence == sentence.index), default=None)
    if first is None:
        return False
    lead = sentence.text[: first - sentence.start]
    if len(lead.split()) >= 3 and _WHERE_WHEN.match(data.fold(lead)):
        return True  # "At Halden Building Society I led…", "In March 2023 I…": the scene
    return len(lead.split()) >= 4 and bool(_SCENE_VERBS.search(data.fold(lead)))


_ACKNOWLEDGE = compiled(r"\W*(?:sure|yes|yeah|yep|ok(?:ay)?|right|of course|absolutely|so)\W*")


def _acknowledges(sentence: Sentence, actions: list[Action], claims: list[Claim]) -> bool:
    """Is this opening only a word to the interviewer ("Sure.", "Okay, fair.", "OK, properly
    this time.") — at most four words, no step of the story and no figure in it?"""
    if _ACKNOWLEDGE.fullmatch(data.fold(sentence.text).strip()):
        return True
    return (
        len(sentence.text.split()) <= 4
        and not any(a.sentence == sentence.index for a in actions)
        and not _claims_in(sentence, claims)
    )


# "…, because every squad had its own buttons": the state of things that made the story
_BECAUSE_STATE = compiled(
    r"\b(?:because|since|as) (?:[\w'’-]+ ){1,6}(?:was|were|had|kept|didn't|couldn't|wasn't|"
    r"weren't|hadn't)\b"
)
_WHERE_WHEN = compiled(
    r"\W*(?:at|in|during|on|when|while|back in|last|after|before|as|\w+ (?:days|weeks|months|"
    r"years) into)\b"
)


_SCENE_VERBS = compiled(
    r"\b(?:was|were|had|told|said|asked|gave|came|went|got|kept|noticed|saw|found|\w{3,}ed)\b"
)


def star(
    sentences: list[Sentence],
    actions: list[Action],
    claims: list[Claim],
    practice: bool = False,
    question: str = "",
) -> Star:
    """STAR parts of a story; for an ongoing practice (``practice``), the results of the
    instances it cites count too, though its actions are in the present tense."""
    if not sentences:
        return Star()
    evidence: dict[str, str] = {}
    total = len(sentences)
    past_actions = [a for a in actions if a.past and not (practice and same_in_present(a.verb))]
    if (
        past_actions
        and total > 1
        and {a.sentence for a in past_actions} == {0}
        and _echoes(past_actions, question)
    ):
        past_actions = []  # the opening restates the question's event: no action of their own
    first_action = past_actions[0].sentence if past_actions else total
    _situation_and_task(sentences, past_actions, claims, first_action, evidence)
    if past_actions:
        evidence["action"] = quote(sentences[past_actions[0].sentence].text)

    if practice and actions:
        first_action = min(first_action, actions[0].sentence)  # the practice is told first
    elif not past_actions and not practice:
        first_action = min(1, total - 1)  # a story told without actions can still end somewhere
    result_idx = tuple(
        s.index
        for s in sentences
        if _is_result_sentence(s, total, first_action, claims)
        and (not practice or past_actions or _INSTANCE.search(data.fold(s.text)))
    )
    if not result_idx and not past_actions and _headline(sentences[0]):
        result_idx = (0,)
    told_first = _ending_told_first(sentences, first_action)
    if told_first is not None and told_first not in result_idx:
        result_idx = (told_first, *result_idx)
    last = sentences[-1]
    ends = past_actions and last.index not in result_idx and total > 1
    low_last = data.fold(last.text)
    unsettled = _TRAILS_OFF.search(low_last) or _GOAL.search(low_last)
    unsettled = unsettled or _SINCE_WE_SPOKE.search(low_last)
    if (
        ends
        and not unsettled
        and (
            (0 < last.index > first_action and closing(last))
            or (last.index == first_action and ends_after_its_steps(last))
        )
    ):
        result_idx = (*result_idx, last.index)  # it ends on how things stood after it
    quantified = False
    if result_idx:
        evidence["result"] = quote(sentences[result_idx[-1]].text)
        for index in result_idx:
            if _measured(sentences[index], claims):
                quantified = True
                evidence["result"] = quote(sentences[index].text)
                break
    return Star(
        situation="situation" in evidence,
        task="task" in evidence,
        action=bool(past_actions),
        result=bool(result_idx),
        quantified_result=quantified,
        evidence=evidence,
        result_sentences=result_idx,
    )


# an outcome of degree, which a number could measure: "uptake improved", "waste went right down"
_DEGREE = compiled(
    r"\b(?:improv|increas|decreas|reduc|rais|rose|risen|grew|grow|drop|fell|fallen|cut|sav|"
    r"doubl|halv|tripl|shrank|shrunk|climb|jump|boost|lift)\w*|\b(?:went|gone|came|come|"
    r"going) (?:\w+ )?(?:up|down)\b|\b(?:better|worse|faster|quicker|slower|higher|lower|bigger|"
    r"smaller|cheaper|shorter|longer|fewer|more|less)\b|\b(?:much|far|a lot|way|significantly|"
    r"noticeably|visibly|even) \w+(?:er|ier)\b|\b(?:cleared|picked|perked|tailed) up a lot\b|"
    r"\b(?:a lot|massively|hugely|dramatically|significantly|noticeably|loads) (?:better|worse|"
    r"fewer|less|more|down|up)\b|\b(?:sales|revenue|uptake|waste|costs?|"
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


def with_implied_task(value: Star, ownership: str, specificity: str) -> Star:
    """A specific story whose scene sets a problem the candidate then acts on in their own name
    implies what was theirs to do: the trouble they met was the task, said or not ("a rider
    brought in a saddle that was giving her horse sore patches. I checked the fit…"). A story
    told in "we" or in generalities leaves the task unsaid."""
    if value.task or not (value.situation and value.action):
        return value
    if ownership not in ("clear", "mixed") or specificity != "high":
        return value
    return replace(value, task=True)


def _post_held(sentence: Sentence, claims: list[Claim]) -> bool:
    """Does the sentence say the post the candidate held in the story ("I was the contractor's
    project manager", "when I became KS1 lead", "I was the only Polish translator")? The post
    implies what was theirs to do."""
    if any(c.kind == "title" for c in _claims_in(sentence, claims)):
        return True
    return _role_said().search(_unfilled(data.fold(sentence.text))) is not None


@cache
def _role_said() -> re.Pattern[str]:
    heads = "|".join(sorted(map(re.escape, data.words("lexicon", "title_heads")), key=len)[::-1])
    return compiled(
        rf"\bi was (?:the|a|an|his|her|their|its|our)\s+(?:[\w'-]+\s+){{0,3}}?(?:{heads})s?\b"
    )


_FILLERS = compiled(r"\b(?:um+|uh+|er+|erm|like|you know|i mean|sort of|kind of),?\s+")


def _unfilled(low: str) -> str:
    """The words without spoken fillers ("that was, um, my job" reads "that was my job")."""
    return re.sub(r",\s+,", ", ", _FILLERS.sub("", low)).replace(", my", " my")


def _headline(sentence: Sentence) -> bool:
    """A CV line for an answer ("Reduced invoice processing time."): it opens on an outcome
    verb, with no subject."""
    low = data.fold(sentence.text)
    found = data.phrases_pattern("lexicon", "outcome_verbs").pattern.match(low)
    return found is not None


_PLUPERFECT = compiled(
    r"\b(?:i|we)(?:'d|’d| had) (?:already |just |all )?[a-z]+(?:ed|en|lt|ilt|ought|ung)\b", re.I
)


def _situation_and_task(
    sentences: list[Sentence],
    past_actions: list[Action],
    claims: list[Claim],
    first_action: int,
    evidence: dict[str, str],
) -> None:
    """The situation is set, and the task stated, before or where the action starts."""
    situation_re = data.regex("lexicon", "situation_cues")
    task_re = data.regex("lexicon", "task_cues")
    # a step told in the past perfect ("the vote we'd built the episode round") is the scene
    action_sentences = {
        a.sentence for a in past_actions if not _PLUPERFECT.search(sentences[a.sentence].text)
    }
    total = len(sentences)
    for sentence in sentences:
        closing = sentence.index == total - 1 and sentence.index > first_action
        early = sentence.index <= max(first_action, 1) and not closing  # the ending is no scene
        if early and "situation" not in evidence and situation_re.search(sentence.text):
            evidence["situation"] = quote(sentence.text)
        if "task" not in evidence and (
            task_re.search(sentence.text) or task_re.search(_unfilled(data.fold(sentence.text)))
        ):
            evidence["task"] = quote(sentence.text)
        if "task" not in evidence and early and _post_held(sentence, claims):
            evidence["task"] = quote(sentence.text)  # "I was the senior physio there": the post
    if "situation" not in evidence and total > 1:
        first = sentences[0]
        if _acknowledges(first, past_actions, claims) and total > 2:
            first = sentences[1]  # "Sure. At Harland Mutual the monthly pack took four days…"
        dated = any(c.kind == "date" for c in _claims_in(first, claims))
        opening = first.index not in action_sentences and len(first.text.split()) >= 5
        why = _BECAUSE_STATE.search(data.fold(first.text)) is not None
        if dated or opening or why or _scene_before(first, past_actions):
            evidence["situation"] = quote(first.text)  # the opening sets the scene
