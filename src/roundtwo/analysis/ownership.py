"""Who did it: the actions the answer reports, by "I", by "we", or by the team; and the
ownership verdict (clear, mixed, unclear, not_applicable). Handing a decision that was not the
candidate's to the person whose call it was ("I escalated to my manager") is an action of the
candidate's, not a lack of ownership."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from roundtwo.analysis import data, lexicon
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.text import Sentence

_ADVERBS = (
    r"(?:\s+(?:then|also|first|just|quickly|immediately|personally|finally|eventually|later|"
    r"actually|really|initially|ultimately|both|all|myself|ourselves|together|instead|again|"
    r"carefully|directly|simply|still|even|proactively|manually|gradually|each|literally|"
    r"basically|always|usually|typically|normally|generally|often|now|jointly|collectively|"
    r"successfully|next|second|third|right away|straight away|so|and|never|specifically))"
)
_PARTICIPLES = {
    "write": "written",
    "take": "taken",
    "give": "given",
    "speak": "spoken",
    "drive": "driven",
    "choose": "chosen",
    "begin": "begun",
    "run": "run",
    "break": "broken",
    "grow": "grown",
    "draw": "drawn",
    "show": "shown",
}


def _past(verb: str, irregular: dict[str, str]) -> str:
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    vowels = "aeiou"
    if (
        len(verb) <= 4
        and verb[0] not in vowels
        and verb[-1] not in vowels + "wxy"
        and verb[-2] in vowels
        and verb[-3] not in vowels
    ):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def _present_forms(verb: str) -> list[str]:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb, verb + "es"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies"]
    return [verb, verb + "s"]


@dataclass(frozen=True, slots=True)
class _Grammar:
    past: frozenset[str]
    present: frozenset[str]
    past_re: re.Pattern[str]
    present_re: re.Pattern[str]
    coordinated: re.Pattern[str]


@cache
def _grammar() -> _Grammar:
    """Verb forms as sets; the patterns capture any word and the sets decide (fast)."""
    irregular: dict[str, str] = lexicon.PAST
    verbs = sorted(
        (data.words("lexicon", "action_verbs") | set(irregular))
        - data.words("lexicon", "non_action_verbs")
        - {"do", "go", "come"}
    )
    past = {_past(v, irregular) for v in verbs} | {
        _PARTICIPLES[v] for v in verbs if v in _PARTICIPLES
    }
    past -= data.words("lexicon", "non_action_past")
    present = {form for v in verbs for form in _present_forms(v)}
    subject = r"\b(i|we|the team|my team|our team|the two of us|together we)"
    aux = r"(?:\s+(?:'ve|have|had|did|also|then))?"
    return _Grammar(
        frozenset(past),
        frozenset(present),
        # the verb is read ahead, so that a match consumes only its subject: in "I make sure
        # I check" the second "I" still starts a match of its own
        compiled(rf"{subject}(?={aux}{_ADVERBS}{{0,3}}\s+({_VERB}))"),
        compiled(
            rf"{subject}(?={_ADVERBS}{{0,3}}\s+(?:try to\s+|make sure (?:to\s+)?|tend to\s+|"
            rf"like to\s+)?({_VERB}))"
        ),
        compiled(rf"(?:,\s*(?:and\s+|then\s+)?|\band\s+|\bthen\s+)(?:also\s+|then\s+)?({_VERB})"),
    )


# a verb, with a prefix of its own kept ("re-flocked", "co-signed", "double-checked")
_VERB = r"[a-z]+(?:-[a-z]+)?\b"
_PREFIXES = frozenset(
    ("re", "co", "pre", "de", "un", "mis", "over", "under", "cross", "double", "hand", "spot",
     "back", "fast", "sub", "out")
)  # fmt: skip


# what follows a step in a list ("…, added a gusset", "…, re-flocked both panels")
_OBJECT = compiled(
    r"\s+(?:a|an|the|my|our|his|her|their|its|it|them|him|me|us|this|that|these|those|both|all|"
    r"every|each|some|any|up|out|back|down|off|over|with|to|for|into|through|everything|"
    r"everyone|\d)\b|\s*[,.;]"
)


def _verb(word: str) -> str:
    """The verb to look up: "re-flocked" is read as "flocked", "double-checked" as "checked"."""
    head, _, rest = word.partition("-")
    return rest if rest and head in _PREFIXES else word


# participles that are also present forms: the past only after "have"/"had"
_BARE_PARTICIPLES = frozenset(v for k, v in _PARTICIPLES.items() if v == k)
# a sentence told as a habit: a verb whose past is its present ("cut", "put", "set") is present
_HABIT = compiled(
    r"\b(?:always|usually|normally|typically|generally|every (?:time|day|job|morning|week)|"
    r"whenever|each time|tend to)\b"
)
_HAD = compiled(r"\b(?:'ve|have|had)\b")
_SUBJECT = compiled(r"\b(i|we|he|she|they|the team|my team|our team)\b")
_EMBEDS = compiled(r"\b(?:what|which|who|whom|than)\s+$")
# a note-style step with no subject, at the start of a sentence or after a colon: "Pulled the
# harbour CCTV", "My actions: rang the two clubs"
_NOTED = compiled(r"(?:^|:\s*)(?:then\s+|also\s+|and\s+)?([a-z]+(?:-[a-z]+)?)(?=\s)")


def _noted_step(low: str, past: frozenset[str]) -> re.Match[str] | None:
    for match in _NOTED.finditer(low):
        verb = _verb(match.group(1))
        step = (verb in past or _regular_past(verb)) and verb not in NOT_NOTED
        if step and _OBJECT.match(low, match.end()):
            return match
    return None


# past forms that open a sentence as something other than a step ("Turned out…", "Used to…")
NOT_NOTED = frozenset(
    ("turned", "used", "based", "called", "named", "born", "said", "told", "ended", "happened")
)


@dataclass(frozen=True, slots=True)
class Action:
    who: str  # "i" or "we"
    verb: str
    sentence: int
    past: bool
    start: int


def find_actions(sentences: list[Sentence]) -> list[Action]:
    grammar = _grammar()
    found: list[Action] = []
    for sentence in sentences:
        low = data.fold(sentence.text)  # the patterns are lower case: faster than IGNORECASE
        noted = _noted_step(low, grammar.past)
        if noted is not None:  # "My actions: pulled the CCTV, rang the clubs, …"
            found.append(Action("i", noted.group(1), sentence.index, True,
                                sentence.start + noted.start(1)))  # fmt: skip
        for match in grammar.coordinated.finditer(low):
            verb = _verb(match.group(1))
            if verb not in grammar.past and not (
                _regular_past(verb) and _OBJECT.match(low, match.end())
            ):
                continue  # ", deferred revenue": a participle before its noun, not a step
            subjects = [  # not the subject of a clause inside ("…against what we'd baked, cut…")
                m for m in _SUBJECT.finditer(low, 0, match.start())
                if not _EMBEDS.search(low, max(0, m.start() - 9), m.start())
            ]  # fmt: skip
            if not subjects and noted is not None and noted.start() < match.start():
                found.append(Action("i", match.group(1), sentence.index, True,
                                    sentence.start + match.start(1)))  # fmt: skip
                continue
            if not subjects:
                continue
            who = subjects[-1].group(1).lower()
            if who in ("i", "we", "the team", "my team", "our team"):
                found.append(
                    Action(
                        "i" if who == "i" else "we",
                        match.group(1).lower(),
                        sentence.index,
                        True,
                        sentence.start + match.start(1),
                    )
                )
        habit = _HABIT.search(low) is not None
        for pattern, forms, is_past in (
            (grammar.past_re, grammar.past, True),
            (grammar.present_re, grammar.present, False),
        ):
            for match in pattern.finditer(low):
                verb = _verb(match.group(2))
                if verb not in forms and not (is_past and _regular_past(verb)):
                    continue
                if is_past and verb in _BARE_PARTICIPLES and not _HAD.search(match.group()):
                    continue  # "I run the job club": the present; "I've run it" is the past
                if is_past and verb in forms and verb in grammar.present and habit:
                    continue  # "I always check it before I cut": "cut" is the present here
                who = "i" if match.group(1).lower() == "i" else "we"
                if _negated_or_modal(sentence.text, match.start()):
                    continue
                if _PREPOSITION.search(low, max(0, match.start() - 6), match.start()):
                    continue  # "two of my team leads": the object of "of", not a subject
                if _RELATIVE_LEAD.search(low, max(0, match.start() - 12), match.start()):
                    continue  # "…through what I found": what the step is about, not a step
                found.append(
                    Action(
                        who,
                        match.group(2).lower(),
                        sentence.index,
                        is_past,
                        sentence.start + match.start(),
                    )
                )
        for cleft in _CLEFT.finditer(low):  # "What I actually did was push the firmware…"
            who = "i" if cleft.group(1) == "i" else "we"
            found.append(Action(who, cleft.group(2), sentence.index, True,
                                sentence.start + cleft.start(2)))  # fmt: skip
        told = sentence.index > 0 and bool(
            _NARRATED.search(data.fold(sentences[sentence.index - 1].text))
        )
        found.extend(_habitual(sentence, low, grammar.present, told))
    found.sort(key=lambda a: (a.start, not a.past))
    unique: list[Action] = []
    for action in found:
        if not unique or unique[-1].start != action.start:
            unique.append(_joint(action, unique, sentences))
    return unique


# the step told as what was done: "what I actually did was push…", "what we did was to call…"
_CLEFT = compiled(
    r"\bwhat (i|we) (?:actually |really |then |first |finally )?did (?:was|is) (?:to )?([a-z]+)"
)


def told_in_the_present(sentences: list[Sentence], actions: list[Action]) -> list[Action]:
    """A story asked for and told in the present ("So it's August, 41 degrees… I make the call,
    I move two engines up"): one occasion anchored in the past, two or more steps of the
    candidate's in the present, hardly one in the past and no habit ("usually", "every time").
    Its steps are the story's steps, as if told in the past."""
    same = _grammar().present  # "I split the techs", "I put it in front of him": either tense
    present = [a for a in actions if not a.past or _verb(a.verb) in same]
    past = [a for a in actions if a.past and _verb(a.verb) not in same]
    mine = any(a.who == "i" for a in present)
    if len({a.verb for a in present}) < _PRESENT_STEPS or len(past) > 1 or not mine:
        return actions
    text = " ".join(data.fold(s.text) for s in sentences)
    habit = any(not _EACH_STEP.match(text, m.start()) for m in _HABIT.finditer(text))
    if habit or not _OCCASION.search(text):
        return actions
    return [replace(a, past=True) if not a.past else a for a in actions]


# "I train the farmers in small groups, eight people each time.": how one step went, not a habit
_EACH_STEP = compiled(r"(?:each|every) time\s*[.,;]")
_PRESENT_STEPS = 2  # "I start the pumps…, I call in Luis…": the occasion says it is one time


# one occasion, in the past: "picture it", "it's the October campaign", "last harvest", "one
# Monday", "three days before trial", "in 2022"
_OCCASION = compiled(
    r"\bpicture (?:it|this)\b|\bit'?s (?:the )?(?:[\w-]+ ){0,2}(?:campaign|season|shift|night|"
    r"morning|evening|week|weekend|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"christmas|easter)\b|\blast (?:year|harvest|season|summer|winter|spring|autumn|fall|week|"
    r"month|christmas|easter|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b|\bone (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|night|morning|evening|day|shift)\b|\b(?:a|\w+) (?:days?|weeks?|months?) before\b|"
    r"\b(?:in|back in) (?:19|20)\d\d\b|\b(?:a few|two|three|some) (?:years|months) (?:ago|back)\b|"
    r"^\W*(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|winter) )?(?:19|20)\d\d\b"
)


_RELATIVE_LEAD = compiled(r"\b(?:what|whatever|everything|anything|all)\s+$")
_PREPOSITION = compiled(r"\b(?:of|to|for|with|from|on|at|by|in)\s+$")


def same_in_present(verb: str) -> bool:
    """Is the verb's past the same word as its present ("put", "cut", "set")? In an answer told
    as a habit, it is the present."""
    grammar = _grammar()
    return verb in grammar.past and verb in grammar.present


def _regular_past(word: str) -> bool:
    """A verb the lexicon does not list, told in the regular past right after "I" or "we"
    ("I issued an amendment", "we re-torqued them"): a step taken, unless it is a state of mind
    or a linking verb ("I needed", "I seemed", "I used")."""
    if len(word) < 5 or not word.endswith("ed") or word.endswith("eed"):
        return False
    if word in data.words("lexicon", "non_action_past") or word in _STATES:
        return False
    stems = {word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else word[:-2]}
    return not stems & data.words("lexicon", "non_action_verbs")


_STATES = frozenset(
    ("needed", "wanted", "liked", "loved", "hated", "seemed", "appeared", "believed", "hoped",
     "wished", "used", "owned", "lived", "worked", "started", "joined", "moved", "stayed",
     "remained", "belonged", "preferred", "enjoyed", "felt", "realised", "realized", "arrived",
     "wondered", "assumed", "expected", "supposed", "guessed", "reckoned", "noticed", "learned",
     "learnt", "agreed", "disagreed", "inherited", "tended", "happened", "managed", "decided",
     "tried", "planned", "intended", "aimed", "continued", "finished", "ended")
)  # fmt: skip
# "I'd have to check", "I'd say about 120": the present, hedged, not what used to be done
_MODAL_ONLY = frozenset(
    ("have", "need", "say", "like", "love", "guess", "think", "imagine", "want", "prefer",
     "rather", "be", "hope", "expect", "estimate")
)  # fmt: skip
_EVERY = compiled(
    r"\b(?:every|each) (?:day|morning|evening|night|week|shift|time|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|\bwhenever\b"
)
_HABITUAL = compiled(
    r"\b(i|we)(?:,?\s+would|['’]d)(?:,?\s+(?:um|uh|erm|often|sometimes|usually|always|also|then|just|"
    r"still|even))*,?\s+([a-z]+)\b"
)
_NARRATED = compiled(r"\b(?:was|were|had|used to)\b")
_CONDITION = compiled(r"\b(?:if|whether|unless)\b")
# The one other person the candidate turned to ("I sat with her", "I went straight to the head
# chef, we checked…", "I rang the supplier and we…").
_WITH_SOMEONE = compiled(
    r"\b(?:with|to|called|rang|phoned|asked|met|grabbed|pulled in|brought in) (?:him|her|them|"
    r"each other|both|the [\w-]+(?: [\w-]+)?|my [\w-]+|our [\w-]+)\b"
)


def _habitual(
    sentence: Sentence, low: str, present: frozenset[str], told: bool = False
) -> list[Action]:
    """ "I would sit with her on my break" told of the past ("there was this patient …", in
    this sentence or the one before, or "every Friday") is what the candidate used to do, not
    a hypothetical."""
    found: list[Action] = []
    if not ("would" in low or "'d " in low or "’d " in low) or _CONDITION.search(low):
        return found
    for match in _HABITUAL.finditer(low):
        said_would = "would" in match.group()  # "I'd" is as often a plan: it needs the past told
        narrated = told or bool(_NARRATED.search(low, 0, match.start()))
        narrated = narrated or (said_would and _EVERY.search(low) is not None)
        if match.group(2) in present and narrated and match.group(2) not in _MODAL_ONLY:
            who = "i" if match.group(1) == "i" else "we"
            found.append(
                Action(who, match.group(2), sentence.index, True, sentence.start + match.start())
            )
    return found


def _joint(action: Action, before: list[Action], sentences: list[Sentence]) -> Action:
    """ "I sat down with her and we agreed a plan": that "we" is the candidate and one other
    person, not a team hiding who did what."""
    if action.who != "we":
        return action
    sentence = sentences[action.sentence]
    for mine in reversed(before):
        if mine.sentence != action.sentence:
            break
        between = data.fold(
            sentence.text[mine.start - sentence.start : action.start - sentence.start]
        )
        if mine.who == "i" and _WITH_SOMEONE.search(between):
            return Action("i", action.verb, action.sentence, action.past, action.start)
    lead = data.fold(sentence.text[: action.start - sentence.start])
    if _I_WENT_TO.search(lead):  # "I went straight to the head chef, we checked…"
        return Action("i", action.verb, action.sentence, action.past, action.start)
    return action


_I_WENT_TO = compiled(
    r"\bi (?:\w+ ){0,2}?(?:went|turned|spoke|talked|sat down|got on the phone|rang|called|asked|"
    r"met|grabbed|pulled in|brought in)\b[^.;]{0,20}?\b(?:to|with)?\s*(?:him|her|the [\w-]+"
    r"(?: [\w-]+)?|my [\w-]+|our [\w-]+)[,;]?\s*(?:and\s+)?$"
)


def _negated_or_modal(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].lower()
    return bool(re.search(r"\b(?:if|would|could|should|might)\s*$", before))


NOT_APPLICABLE_KINDS = frozenset({"motivation", "clarification", "other"})


def ownership(kind: str, actions: list[Action], outcomes: tuple[int, ...] = ()) -> str:
    """The I-versus-we line, drawn on the steps taken: a shared outcome told after them ("in
    the end we got every truck out", in one of the ``outcomes`` sentences) does not blur who
    did what."""
    if kind in NOT_APPLICABLE_KINDS:
        return "not_applicable"
    if kind == "story" and any(a.past for a in actions):
        actions = [a for a in actions if a.past]  # "…a question I find pointless": an aside
    first = min((a.sentence for a in actions), default=0)
    steps = [
        a for a in actions if a.who == "i" or a.sentence <= first or a.sentence not in outcomes
    ]
    actions = steps if any(a.who == "i" for a in steps) else actions
    mine = sum(1 for a in actions if a.who == "i")
    ours = sum(1 for a in actions if a.who == "we")
    if mine == 0:
        return "unclear"
    share = mine / (mine + ours)
    if share >= 0.6:
        return "clear"
    if share >= 0.25:
        return "mixed"
    return "unclear"
