"""Who each clause of a sentence is about: a step of the candidate's own, the team's, an
ending (someone or something in a new state, or the team's outcome against a baseline), or an
aside (how it felt, a sign-off). STAR reads the result from these roles."""

from __future__ import annotations

import re
from collections.abc import Iterator

from roundtwo.analysis import data
from roundtwo.analysis.lexicon import simple_past
from roundtwo.analysis.ownership import NOT_NOTED
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.text import Sentence

_CLAUSES = compiled(
    r",\s*(?:and|but|so|which)\s+|;\s*|\s+and\s+(?=(?:i|we|she|he|it|they|the|our|his|her|"
    r"their|my)\b)|,\s+(?=(?:i|we|she|he|it|they|the|our|his|her|their)\b)"
)
_CLAUSE_SPLIT = compiled(f"({_CLAUSES.pattern})")
_OWN = compiled(
    r"(?:(?:so|then|and|also|um|uh|er|erm|well|me personally|personally)\W+)*(?:(?:with|after|"
    r"before|on|at|by|in|when|once|as soon as|for|while|during)\s+(?!i\b)[^,]{0,60}?\s|"
    r"(?:before|after|when|once|"
    r"while|until|as soon as) i \w+(?: \w+){0,4}?,?\s+(?=i\b)|(?:every|each) \w+,?\s+|(?:first "
    r"thing|(?:that|the next|the following|later that|early|late) (?:morning|afternoon|evening|"
    r"night|day)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    r"(?: (?:morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday))?,?\s+)?"
    r"(?:i|i'd|i've|i'm)\b"
)  # "…and with his permission I rang his daughter": still the candidate's step
# "between us we worked out…", "together we…", "with the engineer we…": still the team's step
_SHARED = compiled(
    r"(?:so |then |and )?(?:(?:between us|together|with (?:the |my |our |his |her )?"
    r"[\w-]+),? )?we\b"
)
_COMPARE = compiled(
    r"\b(?:instead of|rather than|than (?:before|ever|anything|we|the|last|planned|expected|"
    r"usual|our)|compared (?:to|with)|against|above|below|under|zero|no more|no longer|none|"
    r"not a single|the (?:year|week|month|season|night|shift|day) before|(?:as|what) (?:we|i) "
    r"(?:did|had) (?:before|last)|fewer|less than|more than|down to|up to|still|"
    r"(?:days?|weeks?|months?|hours?) (?:early|ahead|late|behind)|ahead of (?:schedule|time|plan|"
    r"the deadline))\b|"
    r"\b(?:in|within) (?:just |only |under |about |less than )?(?:the (?:last|final|next|first) )?"
    r"(?:\d+|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|ninety) "
    r"(?:minutes?|hours?|days?|weeks?|months?)\b"
)  # "we had the queue cleared in forty minutes": the team's outcome, measured by its time


def closing(sentence: Sentence) -> bool:
    """Does the last sentence say how things stood after the story, not one more step of it:
    someone or something else in a new state ("the client didn't apply the damages clause",
    "mass error stayed under 2 ppm"), or the team's outcome against a baseline ("we handed over
    three weeks late rather than six")? Steps of the candidate's own are not an ending."""
    return any(role == "ending" for _, role in _clause_roles(sentence))


def ends_after_its_steps(sentence: Sentence) -> bool:
    """Does a sentence of steps close on how things ended ("We moved to booked slots, we
    trained volunteers on a booking line, and the queues went", "I talked to the workers, and
    after a while output came back to normal")? Its last clause is an ending: what became of
    the thing worked on, or anything after two steps; one step and a person's reaction ("I
    asked if I could show the limp, and she loved the idea") is a moment of the story."""
    parts = [(part, role) for part, role in _clause_roles(sentence) if role != "aside"]
    if len(parts) < 2 or parts[-1][1] != "ending":
        return False
    if not all(role in ("own", "shared") for _, role in parts[:-1]):
        return False
    return len(parts) > 2 or _REACTION.match(parts[-1][0]) is None


_REACTION = compiled(r"(?:(?:and|so|but|then)\s+)*(?:she|he|they|you|everyone|everybody)\b")


def delivered_with_margin(low: str) -> bool:
    """ "…by Tuesday morning, two days before it was needed": the job done against its deadline."""
    margin = _MARGIN.search(low)
    return margin is not None and _DONE.search(low, 0, margin.start()) is not None


def steps_only(sentence: Sentence) -> bool:
    """Is the sentence all the candidate's own steps ("I rewrote the reminders so they went out
    48 hours before instead of the day before, and I moved the first slot from eight to half
    eight")? An outcome verb inside a step ("…showing them how the app saved them the
    write-up") says what a step was for, not how the story ended; a step that is itself an
    outcome ("I cut costs by 30%", "I won the account") is one."""
    verbs = data.words("lexicon", "outcome_verbs")
    roles = list(_clause_roles(sentence))
    if not any(role == "own" for _, role in roles) and not _team_steps(roles):
        return False
    for part, role in roles:
        if role == "ending":
            return False
        said = _WORDS.findall(part)
        first = next((w for w in said[1:4] if w not in _SUBJECT_WORDS), "")
        if role == "own" and first in verbs and _AGAINST.search(part) and _FIGURE.search(part):
            return False  # "I finished it in five weeks against the eight allowed": measured
        if role == "own" and delivered_with_margin(part):
            return False  # "…had the suit on the rail by Tuesday, two days before it was needed"
        achieved = first in verbs and (first in _ACHIEVED or _BY_HOW_MUCH.search(part))
        # "I got recall bookings up to 41%": a level brought to a figure is where it ended
        achieved = achieved or BROUGHT_TO.search(part) is not None
        if role in ("own", "shared") and achieved:  # "…, and we cut fuel spend by £90,000"
            return False  # "I won the account", "I cut costs by 30%"; not "I stopped taking…"
    return True


def _team_steps(roles: list[tuple[str, str]]) -> bool:
    """ "We got the sprayer out, we changed the mowing, we brushed the dew off…": a list of the
    team's steps (three or more, nothing else) is steps too, however it ends."""
    told = [role for _, role in roles if role != "aside"]
    return len(told) >= 3 and all(role == "shared" for role in told)


# delivered with time to spare (or late): how the job ended against its deadline
_MARGIN = compiled(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few) (?:full )?"
    r"(?:days?|hours?|weeks?|minutes?) (?:before (?:it was|they were|the|we were) (?:needed|due|"
    r"deadline|opening|launch|event)|ahead of (?:schedule|time|the deadline|plan)|early|late)\b"
)
_DONE = compiled(
    r"\b(?:had (?:the|it|them|everything|all)|finished|delivered|shipped|completed|handed "
    r"(?:it|them|the|over)|went live|(?:was|were) (?:ready|done|finished|live|delivered)|got "
    r"(?:it|them|the|everything) (?:done|out|delivered|finished|there))\b"
)
_AGAINST = compiled(r"\b(?:against|compared (?:to|with)|versus|vs)\b")  # not "instead of": a step
_FIGURE = compiled(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|half|zero|none)\b"
)
_ACHIEVED = frozenset(
    ("won", "passed", "hit", "beat", "achieved", "exceeded", "secured", "landed", "earned",
     "delivered", "shipped", "launched", "closed", "saved", "doubled", "tripled", "halved")
)  # fmt: skip
_BY_HOW_MUCH = compiled(
    r"\b(?:by|from|to|under|below|over)\s+(?:about |around |nearly )?[£$€]?\d|%"
)
# "I got recall bookings up to 41%": a level brought to a figure, where it ended
BROUGHT_TO = compiled(
    r"\b(?:got|brought|pushed|pulled|took|drove) (?:[\w'’-]+ ){1,4}(?:up|down|back) (?:to|under|"
    r"below|over|above) (?:about |around |nearly )?[£$€]?\d"
)
_SUBJECT_WORDS = frozenset(
    ("i", "we", "so", "then", "and", "also", "just", "finally", "eventually")
)


def ending_clauses(sentence: Sentence) -> list[str]:
    """The clauses of the sentence that say how things ended (folded text)."""
    return [part for part, role in _clause_roles(sentence) if role == "ending"]


def _clause_roles(sentence: Sentence) -> Iterator[tuple[str, str]]:
    """Each clause of the sentence with its role: ``own`` (a step of the candidate's), ``shared``
    (the team's, told without a baseline), ``ending`` (someone or something in a new state, or
    the team's outcome against a baseline) or ``aside`` (how it felt, a sign-off, no verb)."""
    own = False  # a clause with no subject of its own continues the one before it
    pieces = _CLAUSE_SPLIT.split(data.fold(sentence.text))
    for at in range(0, len(pieces), 2):
        part = _OPINION.sub("", pieces[at].strip(" ,.!\"'"), count=1)
        if not part:
            continue
        if _STANDS_NOW.search(part) or _GOT_THERE.match(part):
            own = False
            yield part, "ending"  # "today it's one community", "she trusts me now"
            continue
        relative = at > 0 and "which" in pieces[at - 1]  # "…a line in the policy, which the
        # partners signed off": what became of the candidate's step, still the step
        if (
            _OWN.match(part)
            or (own and (_starts_on_past_verb(part) or _coordinated(part)))
            or (own and relative)
            or (at == 0 and _noted(part))  # "Narrowed the search to 3 miles": a note of a step
        ):
            own = True  # "I reorganised the stockroom, put a runner on the floor, retrained…"
            yield part, "own"
            continue
        own = False
        if _SHARED.match(part):
            yield part, "ending" if _COMPARE.search(part) else "shared"
        elif _WENT_WELL.search(part) and not _ONLY_FELT.match(part):
            yield part, "ending"  # "the bell cast fine", "the second pour went without a hitch"
        elif _ONLY_FELT.match(part) or _SIGN_OFF.match(part):
            yield part, "aside"  # "yeah, it was an intense couple of days": how it felt
        elif _STATIVE.match(part) or _DUTY.search(part) or _attributed(part, sentence.text):
            yield part, "aside"  # "everyone knew what they were doing", "pastry was my section"
        elif _AUXILIARY.search(part) or any(simple_past(w) for w in _WORDS.findall(part)):
            yield part, "ending"  # "the client didn't apply the clause", "she ate the same meal"
        else:
            yield part, "aside"


# a thing worked on, then how it came out: "the bell cast fine", "the lift ran cleanly"
_WENT_WELL = compiled(
    r"^(?:(?:and|so|but|then)\s+)*(?:the|it|they|everything|all|both|each|every) ?[\w' -]{0,30}?"
    r"\b\w+ (?:fine|perfectly|cleanly|smoothly|flawlessly|without (?:a|any) (?:hitch|problem|"
    r"issue|scratch|fault|defect|complaint)s?|first time|on time|in time)$"
)


# "I feel like she trusts me now": the candidate's view of how things ended, read as the ending
_OPINION = compiled(
    r"^(?:(?:and|so|but|yeah|honestly)\W+)*(?:i|we) (?:feel|think|believe|reckon|guess|would "
    r"say|'d say)(?: like| that)?\s+(?=(?:she|he|they|it|the|everyone|people|we|i'm|i am)\b)"
)
# how things stand after the story: "now I'm fine on it", "today it's one community"
_STANDS_NOW = compiled(
    r"^(?:(?:and|so|but|yeah)\W+)*(?:(?:now|today|these days|nowadays)\W+)?(?:i|she|he|they|it|we|"
    r"the [\w-]+|everyone|everybody)(?:'m|'s|'re| am| is| are| trusts| knows| runs| works| uses| "
    r"gets| has| have)\b[^,;]*\b(?:now|today|these days|nowadays)\b|^(?:(?:and|so|but)\W+)*(?:now|"
    r"today|these days|nowadays),?\s+(?:i|she|he|they|it|we|the [\w-]+)(?:'m|'s|'re| am| is| are)\b"
)
_GOT_THERE = compiled(
    r"(?:(?:but|and|so)\s+)*we (?:did |finally |eventually )?(?:get|got|made) (?:there|it)"
    r"(?=\s*$|\s*[,.!;]|\s+(?:in the end|in time|on time|done|over the line)\b)|"
    # "we got the trains back for the evening peak", "we got it all in", "we got the flat back"
    r"(?:(?:but|and|so|then)\s+)*we (?:finally |eventually |still )?(?:got|had) "
    r"(?:it|them|him|her|everything|everyone|all|the [\w-]+(?: [\w-]+)?) (?:all in|back|"
    r"done|through|sorted|finished|home|open|running|live|approved|signed off|submitted|"
    r"over the line|across the line|up and running)"
    r"(?=\s*$|\s*[,.!;]|\s+(?:for|by|and|in time|on time|before|within|the same|that|soon|in "
    r"the end|again)\b)"
)
# whose it was to do: the task, not how the story ended
_DUTY = compiled(
    r"\b(?:was|were|is) (?:my|our) (?:own )?(?:section|job|area|responsibility|call|patch|remit|"
    r"department|team|shift|account|client|problem|decision)\b|\bwas (?:on|down to) me\b"
)
# whose part of the work it was: "the 3D stuff was Tomasz", "pricing was the commercial team's"
_WHOSE = compiled(
    r"^(?:(?:and|but|so)\s+)?(?:[\w'-]+\s+){1,5}(?:was|were)\s+(?:all\s+|mostly\s+|really\s+)?"
    r"(?:(?P<owner>[\w-]+'s|his|hers|theirs|mine|ours|someone else's|(?:the|our|their|my)\s+"
    r"[\w-]+(?:\s+[\w-]+)?'s|down to [\w-]+)|(?P<name>[\w-]+))$"
)


def _attributed(part: str, original: str) -> bool:
    """Is the clause whose part of the work it was ("the 3D stuff was Tomasz", "the pricing was
    the commercial team's")? A bare name is told by its capital in the original words."""
    found = _WHOSE.match(part)
    if found is None:
        return False
    if found.group("owner"):
        return True
    name = re.search(rf"\b{re.escape(found.group('name'))}\b", original, re.IGNORECASE)
    return name is not None and name.group()[0].isupper() and name.start() > 0


_STATIVE = compiled(
    r"^\S+(?: \S+)? (?:knew|thought|felt|believed|seemed|wanted|liked|hoped|wondered)\b"
)


def _coordinated(part: str) -> bool:
    """ "…briefed the partner and [the client the same evening and instructed a valuer]": a
    clause whose first verb follows "and" shares the subject before it."""
    said = _WORDS.findall(part)
    for index, word in enumerate(said):
        if simple_past(word) or _AUXILIARY.fullmatch(word):
            return index > 0 and said[index - 1] in ("and", "then", "or")
    return False


_ONLY_FELT = compiled(
    r"(?:(?:yeah|so|well|honestly|overall|looking back|all in all)\W+)*(?:it|that|this)(?: was|'s"
    r"| had been| has been)(?: (?:a|an|such a|quite|really|very|pretty|so|incredibly|bit|little|"
    r"of a|bit of a))* (?:intense|stressful|hard|tough|difficult|busy|long|crazy|mad|hectic|"
    r"exhausting|tiring|scary|nerve-?wracking|challenging|full-on|rough|draining|emotional|fun|"
    r"interesting|great|good|learning|a lot|a nightmare|a blur|chaos|madness|mental)\b(?!.*\d)|"
    # "it was a tricky one because…": what kind of job it was, in any adjective
    r"(?:(?:yeah|so|and|but|well|honestly)\W+)*(?:it|that|this)(?: was|'s| had been| has been) "
    r"(?:a|an) (?:[\w-]+ ){1,2}(?:one|job|time|day|week|case|situation|piece of work)\b(?!.*\d)"
)
# "Yeah, that's basically how I handled it", "so that was that": the end of the telling.
_SIGN_OFF = compiled(
    r"(?:(?:yeah|so|and|well|anyway|basically)\W+)*(?:that's|that is|that was|this is|and that's)"
    r"(?: (?:basically|pretty much|more or less|roughly|really|about|kind of|sort of))* "
    r"(?:how|what|it|that|the (?:story|gist|long and short))\b"
)
_LEAD_IN = compiled(r"(?:and |then |also )?([a-z]+)")
_WORDS = compiled(r"[a-z']+")
_AUXILIARY = compiled(
    r"\b(?:was|were|is|are|had|has|have|did(?:n't)?|does(?:n't)?|won't|wasn't|weren't)\b|"
    r"\b(?:they|he|she|it|we|you)(?:'ve|’ve|'d|’d|'s been|’s been)\b"
)  # "they've done the whole season since on the same rota"


def _noted(clause: str) -> bool:
    """A sentence that opens on a verb in the past, with no subject: a step in note form."""
    first = _LEAD_IN.match(clause)
    return _starts_on_past_verb(clause) and first is not None and first.group(1) not in NOT_NOTED


def _starts_on_past_verb(clause: str) -> bool:
    """A clause that opens on a verb in the past continues the subject before it."""
    first = _LEAD_IN.match(clause)
    return first is not None and simple_past(first.group(1))
