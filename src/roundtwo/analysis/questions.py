"""What the question asks for, and whether the answer gives it.

``question_type`` places a question in one of the types of docs/analysis.md, each graded on
its own rubric (docs/rubric.md). ``relevance`` says whether the answer is about what was asked:
a story question names its theme ("disagreed with your manager", "failed") and the answer must
show it — a success told for a failure is ``partly``, a billing migration told for a
disagreement is ``off_topic``; the other types ask for a kind of content (a figure, a plan, a
reason to join, questions back) the answer either gives or talks past.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.evidence import WEAK, family, said_stems
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.reading import stem
from roundtwo.analysis.screen import quotations
from roundtwo.analysis.text import quote, sentences

BEHAVIOURAL, SITUATIONAL, PRACTICE_Q, TECHNICAL, FACTUAL = (
    "behavioural", "situational", "practice", "technical", "factual",
)  # fmt: skip
MOTIVATION_Q, COMPENSATION, LOGISTICS, CANDIDATE_QUESTIONS, OPEN = (
    "motivation", "compensation", "logistics", "candidate_questions", "open",
)  # fmt: skip
QUESTION_TYPES = (
    BEHAVIOURAL, SITUATIONAL, PRACTICE_Q, TECHNICAL, FACTUAL, MOTIVATION_Q, COMPENSATION,
    LOGISTICS, CANDIDATE_QUESTIONS, OPEN,
)  # fmt: skip
ON_TOPIC, PARTLY, OFF_TOPIC = "on_topic", "partly", "off_topic"
_SHORT_STORY = 12  # words: too little to be a story about anything else
_SHORT = 25  # words: too little for an answer to another question


@cache
def _types() -> tuple[tuple[str, data.Folded], ...]:
    return data.named_regexes("questions", "types")


def question_type(question: str) -> str:
    """The type of the question's last ask ("Thanks. Why us?" asks why us)."""
    text = " ".join(question.split())
    if not text:
        return OPEN
    if _HANDLE_SOMEONE.search(text):
        return SITUATIONAL  # "How would you handle a parent who says they're going to the paper?"
    if _STORY_ASK.search(text):
        return BEHAVIOURAL  # "Tell me about a time you stopped work on site": a story, whatever of
    for name, pattern in _types():
        if pattern.search(text):
            knowledge = _HOW_WOULD.search(text) and (
                _JARGON.search(text) or _ON_A_THING.search(text)
            )
            if name == SITUATIONAL and knowledge and not _CONDUCT.search(text):
                return TECHNICAL  # "How would you recognise revenue under IFRS 15?", "How would
                # you tell a real earthquake from cultural noise?" (not "…handle a supplier")
            return name
    return OPEN


# the unmistakable ask for a story, before any word of its subject ("…on site", "…salary")
_STORY_ASK = compiled(
    r"\b(?:tell|talk) (?:me|us) about a (?:time|moment|occasion|situation) (?:when|where|that|"
    r"you)\b|"
    r"\b(?:give|share with) (?:me|us) an example of (?:a time|when|how you)\b|\bdescribe a (?:time|"
    r"situation|moment|occasion) (?:when|where|you)\b",
    re.IGNORECASE,
)
# "How would you <do something to a thing>": knowledge, unless it is about people or conduct
_ON_A_THING = compiled(r"^(?:(?!\bwhat would you do\b).)*\bhow (?:would|should|could) you\b", re.I)
_CONDUCT = compiled(
    r"\bhow (?:would|should|could) you (?:\w+ )?(?:handle|deal with|manage|approach|respond to|"
    r"support|talk to|work with|tell (?:someone|somebody|him|her|them|your \w+)\b|prioriti[sz]e|"
    r"plan|organi[sz]e|lead|motivate|onboard|build|balance|juggle|spend|"
    r"go about (?:your|the first)|"
    r"get (?:to know|up to speed|buy-in)|introduce yourself|earn|win|persuade|convince|"
    r"break (?:the|bad) news|give (?:feedback|bad news)|run your)|\bif\b|\bfirst (?:\d+|thirty|"
    r"sixty|ninety|hundred|few) (?:days|weeks|months)\b|\b(?:colleague|customer|client|manager|"
    r"boss|team|patient|parent|student|pupil|guest|staff|stakeholder|someone|somebody|person|"
    r"people|member|supplier|partner|family)s?\b",
    re.IGNORECASE,
)


_HANDLE_SOMEONE = compiled(
    r"\b[Hh]ow (?:would|should|could|do) you (?:handle|deal with|manage|approach|respond to|"
    r"support|talk to|work with) (?:a|an|the|your|someone|somebody) (?:[\w-]+ ){0,3}?(?:who|that|"
    r"whose)\b"
)
# A term of art in the question (an acronym: IFRS, VLAN, SQL, A/B) makes "how would you…" a
# question of knowledge, not of conduct. Acronyms of people and places do not.
_HOW_WOULD = compiled(r"\b[Hh]ow (?:would|should|could|do) you\b")
# A term of art or a figure of the problem ("40 vans", "IFRS 15", "A/B") in "how would you…".
_JARGON = compiled(
    r"\d|\b(?!(?:HR|CEO|CFO|CTO|COO|VP|PM|GP|UK|US|EU|NHS|OK|ID|TV)\b)[A-Z]{2,}\d*\b|\bA/B\b"
)


@dataclass(frozen=True, slots=True)
class Relevance:
    verdict: str = ON_TOPIC
    reason: str = ""


@cache
def _themes() -> tuple[tuple[str, data.Folded, data.Folded, bool], ...]:
    table = data.load("questions")["themes"]
    return tuple(
        (
            name,
            _Asked("|".join(f"(?:{p})" for p in entry["question"]), entry.get("unless")),
            data.regex_at("questions", "themes", name, "answer"),
            bool(entry.get("polar")),
        )
        for name, entry in table.items()
        if not name.startswith("_")
    )


class _Asked(data.Folded):
    """A theme's question cues, not asked when its ``unless`` matches ("a process that was
    failing" that the candidate turned around asks for a success, not a failure)."""

    def __init__(self, pattern: str, unless: str | None) -> None:
        super().__init__(pattern)
        self.unless = data.Folded(unless) if unless else None

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        if self.unless is not None and self.unless.search(text):
            return None
        return super().search(text, pos, endpos)


@cache
def _counterparts() -> tuple[tuple[str, data.Folded, data.Folded], ...]:
    table = data.load("questions")["counterparts"]
    return tuple(
        (
            name,
            data.regex_at("questions", "counterparts", name, "question"),
            data.regex_at("questions", "counterparts", name, "answer"),
        )
        for name in table
    )


@cache
def _scaffold() -> frozenset[str]:
    """Words every question of its kind uses ("tell me about a time"): not its subject."""
    return frozenset(stem(w) for w in data.load("questions")["scaffold"]) | WEAK


def subject_stems(question: str) -> frozenset[str]:
    """The stems of what the question is about, without its scaffolding."""
    stop = data.words("lexicon", "stopwords_en")
    return frozenset(
        s for s in said_stems(question.lower()) if s not in _scaffold() and s not in stop
    )


def shares_subject(question: str, answer: str) -> bool:
    """Does the answer use a word of the question's subject (one word family counts)?"""
    asked = subject_stems(question)
    said = said_stems(answer.lower())
    return any(a in said or any(family(a, s) for s in said) for a in asked)


def relevance(
    question: str,
    q_type: str,
    answer: str,
    claims: list[Claim],
    answer_kind: str,
    non_answer: bool,
) -> Relevance:
    """Is the answer about what was asked? (docs/analysis.md, relevance). Too little to be
    about anything else, a non-answer or a question back is on topic: the score deals with it.
    Off topic is an answer plainly about something else: a story or a speech about passion
    where a fact, a plan or an explanation was asked, notice periods for "why us", what draws
    the candidate for a salary question."""
    if not question.strip() or non_answer or answer_kind == "clarification":
        return Relevance()
    words = len(answer.split())
    if q_type == BEHAVIOURAL:
        if answer_kind == "motivation" and words >= _SHORT_STORY:
            return _off(_asked(question), "says why you want the job instead")
        if words < _SHORT_STORY or answer_kind != "story":
            return Relevance()  # a plan or a practice for a story is graded as such
        return _story_relevance(question, answer)
    if q_type == FACTUAL and _whole_for_part(question, answer):
        return Relevance(
            PARTLY, f"The question asked {_asked(question)}; the answer gives a figure for the "
            "whole organisation, not for your own part of it.",
        )  # fmt: skip
    if q_type == FACTUAL and _counts_no_one(question, answer, claims):
        return Relevance(
            PARTLY, f"The question asked {_asked(question)}; the answer gives figures, but "
            "none counts the people it asked about.",
        )  # fmt: skip
    if words < _SHORT or q_type == OPEN:
        return Relevance()
    asks = _asked(question)
    talks_of = _talks_of(answer, answer_kind)
    off = _off(asks, _MISSING.get(q_type, "is about something else"))
    if q_type == MOTIVATION_Q:
        practical = _talks_of(answer, "") in (LOGISTICS, COMPENSATION)
        if (practical and not _gives("why_words", answer)) or (
            answer_kind == "story" and not _gives("why_words", answer)
        ):
            return off
        return Relevance()
    if q_type in (LOGISTICS, COMPENSATION):
        own = "logistics_words" if q_type == LOGISTICS else "pay_words"
        given = _gives(own, answer) or talks_of == q_type
        given = given or (q_type == COMPENSATION and any(c.kind == "money" for c in claims))
        elsewhere = talks_of not in (None, q_type) or answer_kind == "motivation"
        return off if elsewhere and not given else Relevance()  # "Oh I've wanted this since I
        # was a kid!" for "when could you join?"
    if q_type == CANDIDATE_QUESTIONS:
        return Relevance() if "?" in answer or _gives("asking_words", answer) else off
    if talks_of is not None:  # a speech about motivation or pay where a fact or a plan was asked
        return off
    if answer_kind in ("story", "motivation") and not shares_subject(question, answer):
        return off
    if q_type == FACTUAL and answer_kind == "story" and _opens_without_a_figure(question, answer):
        return off  # "How many covers on a Saturday?" — "What I'd like you to know is the rota…"
    return Relevance()


_WITHOUT_AUTHORITY = compiled(
    r"\bwithout (?:formal |any |direct )?authority|\bno (?:formal |direct )?authority|\b(?:didn't|"
    r"did not|don't|do not) report to you\b|\bhad no (?:say|power|control) over\b",
    re.IGNORECASE,
)
# The candidate directing their own people: "as branch manager I decided…", "I set each of them
# a target", "my direct reports".
_OWN_AUTHORITY = compiled(
    r"\bas (?:their |the |a |an )?(?:[\w-]+ )?(?:manager|supervisor|boss|head|director)\b[^.]{0,40}"
    r"\bi (?:decided|told|instructed|set|made)\b|\bi set (?:each of )?them (?:a )?targets?\b|"
    r"\bmy (?:direct )?reports\b",
    re.IGNORECASE,
)
# the candidate saying the story is not quite the one asked for: "the closest I've come", "the
# hardest feedback conversation I've had was one I gave", "the biggest change… was one I started"
_DEFLECTS = compiled(
    r"\b(?:the closest (?:i've|i have|i've ever|i) (?:come|got|had)|(?:was|is) (?:actually )?one "
    r"(?:i|that i) (?:gave|started|led|ran|made|chose|introduced|caused|drove)\b|"
    r"i (?:can't|cannot|don't) "
    r"(?:really )?(?:think of|remember|recall) (?:a|an|one|any) (?:time|failure|mistake|"
    r"(?:[\w-]+ ){1,2}(?:who|that|which|when|where)\b)|(?:not sure|don't think) there'?s "
    r"(?:much|anything) i'?d (?:change|do differently)|i (?:wouldn't|would not) change "
    r"(?:much|anything|a thing)\b|i (?:haven't|have "
    r"not|never) really (?:failed|had (?:a|one))\b|(?:was|is) actually (?:my|our) (?:own )?"
    r"(?:proposal|idea|suggestion|decision|doing)\b|could (?:easily |so easily )?have gone "
    r"wrong\b|\bit (?:wasn't|was not) (?:a |an |the )?[\w -]{1,30}? as such\b|"
    r"\bcan't think of (?:a|an) [\w-]+ as such\b|"
    r"\b[\w-]+ is (?:maybe |probably |perhaps )?(?:a|too) strong (?:a )?word\b|"
    r"\bthere (?:wasn't|was not|weren't) (?:really )?(?:much|anything) to (?:argue|disagree|"
    r"complain|fall out) about\b|\bnot (?:mine|my (?:own )?(?:mistake|call|fault)) exactly\b|"
    r"\bwe(?:'re| are| were|'ve always been) (?:pretty |quite |very |really |usually )?(?:aligned|"
    r"on the same page)\b|\b(?:can|could|may) i (?:give|tell) you (?:a different|another) one\b|"
    r"\bwe(?:'re| are| were) peers\b|\bcould(?:'ve| have) been (?:a )?(?:disaster|nightmare|"
    r"catastrophe|much worse)\b)",
    re.IGNORECASE,
)
# the premise of the question denied, before another story: "I'm pretty easy to work with, I
# don't really get into disagreements. The thing I'm proudest of…", "Not really, to be honest"
_DENIES = compiled(
    r"^\W*(?:(?:honestly|to be honest|truthfully|um|well),?\s+)?(?:not really\b|no,? not really\b|"
    r"i (?:don't|do not) really (?:[\w-]+ ){0,3}(?:disagreements|conflicts?|arguments?|complaints?|"
    r"mistakes|failures?|problems?|pressure)\b|"
    r"i'?m (?:pretty|quite|very|really) easy to work with\b)",
    re.IGNORECASE,
)
# the question swapped for another one: "Can I give you a different one?"
_SWAPS = compiled(r"\b(?:can|could|may) i (?:give|tell) you (?:a different|another) one\b", re.I)
_PROUDEST = compiled(
    r"\b(?:the (?:[\w-]+ )?one|the thing|what|the [\w-]+) (?:that )?i'?m (?:most |really |still )?"
    r"proud(?:est)? of\b|\bone (?:i|we) (?:got|called) right\b|"
    r"\b(?:i|we) got (?:it|that one) right\b",
    re.I,
)


def _asks_theme(question: str, theme: str) -> bool:
    return any(name == theme and asked.search(question) for name, asked, _, _ in _themes())


_PEER = compiled(r"\b(?:another|the other|other|fellow|co-|my peer,?)\s*(?:senior |junior )?[\w-]+")


def _opens_without_a_figure(question: str, answer: str) -> bool:
    """A question asking how many or how much, answered by a story whose opening sentence
    carries no figure at all."""
    if not re.search(r"\bhow (?:many|much|big|large|long|often)\b", question, re.IGNORECASE):
        return False
    first = next(iter(sentences(answer)), None)
    return (
        first is not None
        and _FIGURE.search(first.text) is None
        and not re.search(
            r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)\b",
            first.text,
            re.IGNORECASE,
        )
    )


def _whole_for_part(question: str, answer: str) -> bool:
    """ "How many were on your team?" — "The company was about 4,200 people": a figure for the
    whole where the question asked about the candidate's own part, which is never named."""
    asked = _regex("whose", "asked").search(question)
    if asked is None or not _regex("whose", "whole").search(answer):
        return False
    part = asked.group().split()[-1]
    return part not in data.fold(answer) and _FIGURE.search(answer) is not None


_PEOPLE_ASKED = compiled(
    r"\bhow many [\w-]+s? (?:reported to you|did you (?:manage|lead|supervise|line-manage)|worked "
    r"(?:for|under) you|were (?:on|in) your)\b|\bhow (?:big|large) (?:was|is|were|are) "
    r"(?:the |your |that )?(?:\w+ )?(?:team|crew|staff|squad|department|unit|workforce|shift|"
    r"group)\b|\bhow many (?:\w+ )?(?:people|staff|reports|heads|members|crew|employees|engineers|"
    r"nurses|operators)\b",
    re.IGNORECASE,
)
_OF_US = compiled(r"^\W*(?:[a-z]+ ){0,2}?(?:of us|of them|on board|on shift|including me|in total)")


@cache
def _people_nouns() -> frozenset[str]:
    lists = ("generic_people", "people_roles", "count_nouns_people")
    return frozenset().union(*(data.words("lexicon", name) for name in lists))


def _counts_no_one(question: str, answer: str, claims: list[Claim]) -> bool:
    """ "How big was the crew?" — "She was a 6,000-TEU boxship, 280 metres long": figures,
    and none of them counts people, where the question asked how many people."""
    if _PEOPLE_ASKED.search(question) is None:
        return False
    counts = [c for c in claims if c.kind in ("count", "team_size", "rate", "money", "percent")]
    if not counts:
        return False
    people = _people_nouns()
    asked = data.fold(question)
    for claim in counts:
        if claim.kind == "count" and (not claim.unit or data.fold(claim.unit) in asked):
            return False  # "Twenty-two on average": a bare figure counts what was asked
        after = data.fold(answer[claim.start : claim.end + 40])
        said = [w.rstrip("s") for w in _WORDS_OF.findall(after)[1:4]]
        if any(w in people or f"{w}s" in people for w in said):
            return False
        if _OF_US.search(data.fold(answer[claim.end : claim.end + 30])):
            return False
    return True


_WORDS_OF = compiled(r"[a-z]+|\d[\d,.]*")
_FIGURE = compiled(r"\d|\b(?:hundred|thousand|million|dozen)s?\b", re.IGNORECASE)


def _regex(table: str, key: str) -> data.Folded:
    return data.regex_at("questions", table, key)


def _talks_of(answer: str, answer_kind: str) -> str | None:
    """The type whose content the answer plainly carries, when it carries one."""
    if answer_kind == "motivation":
        return MOTIVATION_Q
    found = {name: len(pattern.findall(answer)) for name, pattern in _answer_types()}
    name, hits = max(found.items(), key=lambda item: item[1])
    needed = 1 if name == MOTIVATION_Q else 2
    return name if hits >= needed else None


@cache
def _answer_types() -> tuple[tuple[str, data.Folded], ...]:
    return tuple(
        (name, pattern)
        for name, pattern in data.named_regexes("questions", "answer_types")
        if not name.startswith("_")
    )


_MISSING = {
    COMPENSATION: "says nothing about pay",
    LOGISTICS: "does not give it",
    CANDIDATE_QUESTIONS: "asks nothing back",
    MOTIVATION_Q: "gives no reason",
    FACTUAL: "does not give the fact",
}


def gives_reasons(answer: str) -> bool:
    """Does the answer give a reason ("because", "that's why", "what draws me")?"""
    return _gives("why_words", answer)


def _gives(key: str, answer: str) -> bool:
    return data.phrases_pattern("questions", key).search(answer) is not None


def _asked(question: str, theme: data.Folded | None = None) -> str:
    """The ask itself, without the preamble before it: the sentence that names the theme, or
    else the last sentence that asks."""
    parts = [p.text for p in sentences(question)] or [question]
    named = [p for p in parts if theme is not None and theme.search(p)]
    asks = named or [p for p in parts if p.rstrip().endswith("?")] or parts
    return f"“{quote(asks[-1], 90)}”"


def _off(asks: str, what: str) -> Relevance:
    return Relevance(OFF_TOPIC, f"The question asked {asks}; the answer {what}.")


def _theme(name: str) -> data.Folded | None:
    return next((shown for n, _, shown, _ in _themes() if n == name), None)


_WORD_REST = compiled(r"\w*")


def _without_themes(question: str, only: str | None = None) -> str:
    """The question with the words that name its themes blanked out."""
    text = data.fold(question)
    spans = [
        (match.start(), (_WORD_REST.match(text, match.end()) or match).end())
        for name, asked, _, _ in _themes()
        if only is None or name == only
        for match in asked.pattern.finditer(text)
    ]
    for start, stop in spans:
        text = text[:start] + " " * (stop - start) + text[stop:]
    return text


# Themes a quoted insult or threat shows by itself ("The first thing he said was, 'You're a
# useless waste of space'"): the screen's own patterns read the quotation.
_ABUSE_SHOWS = frozenset(("difficult", "complaint", "conflict", "feedback", "feedback_received"))


def _quoted_abuse(answer: str) -> bool:
    pattern, _ = data.labelled_regex("screen", "terminate")
    return any(pattern.search(quoted) for quoted in quotations(answer))


_ECHO = compiled(r"^\W*((?:[\w'’-]+[ ,]+){0,5}[\w'’-]+)\s*(?:\.\.\.|…|—|–|:|\?)")


def _without_echo(question: str, answer: str) -> str:
    """The answer without its opening echo of the question ("Tough feedback... the one that
    comes to mind is the irrigation changeover"): repeating the theme does not show it."""
    echo = _ECHO.match(answer)
    if echo is None or not shares_subject(question, echo.group(1)):
        return answer
    return answer[echo.end() :]


def _story_relevance(question: str, answer: str) -> Relevance:
    """A story question's themes must show in the story. A theme rarely said in words
    (pressure, leading) is not judged; a missing pole (a failure, feedback received) makes the
    story partly on topic when it shows the other pole, off topic when it is also about
    another subject; any other theme missing makes it off topic."""
    denied = _DENIES.search(answer) or _SWAPS.search(answer)
    if denied and _PROUDEST.search(answer) and not shares_subject(question, answer):
        return Relevance(
            OFF_TOPIC,
            f"The question asked {_asked(question)}; the answer sets it aside "
            f"(“{denied.group().strip()}”) for another story.",
        )
    deflected = _DEFLECTS.search(answer) or denied
    if deflected is None and _asks_theme(question, "failure"):
        deflected = _PROUDEST.search(answer)  # "Tell me about a show that lost money" — "The
        # one I'm proudest of is…"
    if deflected:
        return Relevance(
            PARTLY,
            f"The question asked {_asked(question)}; the answer tells another kind of story "
            f"instead (“{deflected.group().strip()}”).",
        )
    answer = _without_echo(question, answer)  # "Tough feedback... the one that comes to mind"
    table = data.load("questions")["themes"]
    for name, asked, shown, polar in _themes():
        entry = table[name]
        if entry.get("weak") or not asked.search(question) or shown.search(answer):
            continue
        if name in _ABUSE_SHOWS and _quoted_abuse(answer):
            continue  # "'You're a useless waste of space,' he said": the difficulty, quoted
        asks = _asked(question, asked)
        missing = f"The question asked {asks}; the story never shows {entry['say']}."
        opposite = _theme(entry.get("opposite", ""))
        if opposite is not None and opposite.search(answer) is not None:
            return Relevance(PARTLY, missing)  # a success for a failure, feedback given for
            # feedback received, people who got on for a conflict: the other pole of the same
            # subject, whatever else it is about
        if not polar:
            return Relevance(OFF_TOPIC, missing)
        rest = _without_themes(question, name)  # "a deadline" in "you missed a deadline"
        elsewhere = entry.get("rest", True) and bool(subject_stems(rest))
        elsewhere = elsewhere and not shares_subject(rest, answer)
        if elsewhere:
            return Relevance(OFF_TOPIC, f"The question asked {asks}; the story is about "
                             "something else.")  # fmt: skip
        # neither pole shown: not judged
    if _WITHOUT_AUTHORITY.search(question) and _OWN_AUTHORITY.search(answer):
        return Relevance(
            PARTLY,
            f"The question asked {_asked(question)}; in the story the people reported to you.",
        )
    others = _PEER.sub(" ", data.fold(answer))  # "the other senior technician" is no manager
    for name, asked, shown in _counterparts():
        if asked.search(question) and not shown.search(others):
            return Relevance(
                PARTLY,
                f"The question asked {_asked(question, asked)}; the story never involves your "
                f"{name}.",
            )
    return Relevance()
