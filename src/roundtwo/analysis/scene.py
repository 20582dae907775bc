"""The scene and the task of a story: where and when it was set, the post the candidate held,
what was theirs to do — before or where the action starts."""

from __future__ import annotations

import re
from functools import cache

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.endings import claims_in
from roundtwo.analysis.ownership import Action
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.text import Sentence, quote


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
        and not claims_in(sentence, claims)
    )


# "…, because every squad had its own buttons": the state of things that made the story
_BECAUSE_STATE = compiled(
    r"\b(?:because|since|as) (?:[\w'’-]+ ){1,6}(?:was|were|had|kept|didn't|couldn't|wasn't|"
    r"weren't|hadn't)\b"
)


_WHERE_WHEN = compiled(
    r"\W*(?:at|in|during|on|when|while|back in|last|after|before|as|\w+ (?:days|weeks|months|"
    r"years) into|(?:[\w-]+ ){1,3}ago)\b"  # "Two summers ago I…"
)


_SCENE_VERBS = compiled(
    r"\b(?:was|were|had|told|said|asked|gave|came|went|got|kept|noticed|saw|found|\w{3,}ed)\b"
)


def _post_held(sentence: Sentence, claims: list[Claim]) -> bool:
    """Does the sentence say the post the candidate held in the story ("I was the contractor's
    project manager", "when I became KS1 lead", "I was the only Polish translator")? The post
    implies what was theirs to do."""
    if any(c.kind == "title" for c in claims_in(sentence, claims)):
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


_PLUPERFECT = compiled(
    r"\b(?:i|we)(?:'d|’d| had) (?:already |just |all )?[a-z]+(?:ed|en|lt|ilt|ought|ung)\b", re.I
)


def situation_and_task(
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
        dated = any(c.kind == "date" for c in claims_in(first, claims))
        opening = first.index not in action_sentences and len(first.text.split()) >= 5
        why = _BECAUSE_STATE.search(data.fold(first.text)) is not None
        if dated or opening or why or _scene_before(first, past_actions):
            evidence["situation"] = quote(first.text)  # the opening sets the scene
