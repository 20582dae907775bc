"""Whether the answer gives what the question asks for (docs/analysis.md, relevance): a story
question's themes are read in ``themes``; the other types ask for a kind of content (a figure,
a plan, a reason to join, questions back) the answer either gives or talks past."""

from __future__ import annotations

import re
from functools import cache

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.questions import (
    BEHAVIOURAL,
    CANDIDATE_QUESTIONS,
    COMPENSATION,
    FACTUAL,
    LOGISTICS,
    MOTIVATION_Q,
    OFF_TOPIC,
    OPEN,
    PARTLY,
    SITUATIONAL,
    Relevance,
    quoted_ask,
    shares_subject,
)
from roundtwo.analysis.rubrics import asks_own_part, is_reflection, names_change
from roundtwo.analysis.subjects import is_people, normal
from roundtwo.analysis.text import sentences
from roundtwo.analysis.themes import story_relevance

_SHORT_STORY = 12  # words: too little to be a story about anything else


_SHORT = 25  # words: too little for an answer to another question


# a question after the candidate's best work, and the work set aside for something else
_PRIDE_ASKED = compiled(
    r"\b(?:proud|proudest|achievement|accomplishment|best (?:piece of )?work)\b", re.IGNORECASE
)
_NOT_AT_WORK = compiled(
    r"\b(?:not really|nothing|no)\b[^.!?]{0,25}\bat work\b|"
    r"\bat work\W{1,3}(?:\w+\W{1,3}){0,2}?(?:not really|nothing|no|nah|nope|honestly not|"
    r"not (?:so|that|very) much)\b|\boutside (?:of )?work\b|"
    r"\bnot (?:really )?(?:anything )?(?:from|at|in) (?:my )?(?:work|job)\b",
    re.IGNORECASE,
)


# An answer that plans: "I'd…", "I would…", "first I'd…", "my first step"
_PLANS = compiled(
    r"\b(?:i'?d|i would|i'll|i will|i'm going to|i am going to|we'd|we would|my first (?:step|"
    r"move|job)|first,? i|(?:first|second|third|final) (?:month|week|step|thing)|by (?:day|week|"
    r"month) \w+|(?:week|day|month) (?:one|1)|start (?:by|with))\b",
    re.IGNORECASE,
)


# What a why-us answer says of them, told to them: "you do the synchronised shows", "the firing
# system you use", "your project is redating…", "you're one of the few places still milling" —
# not praise ("you're a great company", "your culture").
_ABOUT_THEM = compiled(
    r"\byou(?:'ve got| do| use| run| have| make| build| sell| serve| offer| still| just| "
    r"recently| opened| launched| moved| put| ship| supply| source| mill| grow)\b|"
    r"\byou(?:'re| are) (?:one of|the only|the first|still)\b|\byour (?!own\b|"
    r"time\b|question\b|culture\b|values\b|company\b|team\b|brand\b|reputation\b|mission\b|"
    r"people\b|growth\b|success\b|work\b|business\b|organi[sz]ation\b|vision\b|name\b)[a-z]",
    re.IGNORECASE,
)
# this many things said of them make a why-us answer specific: its reason, in whatever words
SPECIFICS = 2


def told_of_them(text: str) -> int:
    """How many things a why-us answer says of the company, told to them."""
    return len(_ABOUT_THEM.findall(text))


def relevance(
    question: str,
    q_type: str,
    answer: str,
    claims: list[Claim],
    answer_kind: str,
    non_answer: bool,
    ownership: str = "",
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
            return _off(quoted_ask(question), "says why you want the job instead")
        if _PRIDE_ASKED.search(question) and (away := _NOT_AT_WORK.search(answer)):
            return Relevance(
                OFF_TOPIC, f"The question asked {quoted_ask(question)}; the answer sets work "
                f"aside (“{away.group().strip()}”) for something outside it.",
            )  # fmt: skip
        if words >= _SHORT_STORY and is_reflection(question) and not names_change(answer):
            return Relevance(
                PARTLY, f"The question asked {quoted_ask(question)}; the answer says how it "
                "went, but names nothing you would change or learned.",
            )  # fmt: skip
        if words < _SHORT_STORY or answer_kind != "story":
            return Relevance()  # a plan or a practice for a story is graded as such
        if asks_own_part(question) and ownership == "unclear":
            return Relevance(
                PARTLY, f"The question asked {quoted_ask(question)}; the answer tells what the "
                "team did, not your own part.",
            )  # fmt: skip
        return story_relevance(question, answer)
    if q_type == FACTUAL and _whole_for_part(question, answer):
        return Relevance(
            PARTLY, f"The question asked {quoted_ask(question)}; the answer gives a figure for the "
            "whole organisation, not for your own part of it.",
        )  # fmt: skip
    if q_type == FACTUAL and _other_figures(question, answer, claims):
        return Relevance(
            PARTLY, f"The question asked {quoted_ask(question)}; the answer gives figures, but "
            "not the one it asked for.",
        )  # fmt: skip
    if q_type == FACTUAL and _counts_no_one(question, answer, claims):
        return Relevance(
            PARTLY, f"The question asked {quoted_ask(question)}; the answer gives figures, but "
            "none counts the people it asked about.",
        )  # fmt: skip
    if q_type == MOTIVATION_Q and words >= _SHORT_STORY:  # "I can start in March and I have a
        # car" for "what draws you to us?": short, and plainly the answer to another question
        practical = _talks_of(answer, "") in (LOGISTICS, COMPENSATION)
        why = _gives("why_words", answer) or told_of_them(answer) >= SPECIFICS
        if (practical or (answer_kind == "story" and words >= _SHORT)) and not why:
            return _off(quoted_ask(question), _MISSING.get(q_type, "is about something else"))
        return Relevance()
    if words < _SHORT or q_type == OPEN:
        return Relevance()
    asks = quoted_ask(question)
    talks_of = _talks_of(answer, answer_kind)
    off = _off(asks, _MISSING.get(q_type, "is about something else"))
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
    if q_type == SITUATIONAL and not _PLANS.search(answer) and not shares_subject(question, answer):
        return off  # "What would you do if a student struck too hard?" — "Our class grew…": no
        # step of the candidate's, planned or done, and nothing of the scenario
    if q_type == FACTUAL and answer_kind == "story" and _opens_without_a_figure(question, answer):
        return off  # "How many covers on a Saturday?" — "What I'd like you to know is the rota…"
    return Relevance()


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
        unit = claim.unit or ""  # as said: "eleven of them" is read as people, not said so
        if claim.kind == "count" and unit in claim.text and is_people(normal(unit)):
            return False  # "four stockpeople", "two part-timers": people, however named
        if _OF_US.search(data.fold(answer[claim.end : claim.end + 30])):
            return False
    return True


_WORDS_OF = compiled(r"[a-z]+|\d[\d,.]*")


_SUM_ASKED = compiled(
    r"\b(?:what|how much)\b[^?]{0,40}\b(?:revenue|turnover|budget|costs?|spend|sales|income|"
    r"profits?|price|fees?|takings)\b",
    re.IGNORECASE,
)
_SUM_SAID = compiled(
    r"[$€£¥₹]|\d\s*(?:k|m|bn)\b|\b(?:grand|quid|bucks|euros?|dollars?|pounds)\b", re.I
)


def _other_figures(question: str, answer: str, claims: list[Claim]) -> bool:
    """ "What was the centre's annual revenue?" — "About 400,000 visitors a year": figures,
    every one of them counting something, where a sum of money was asked for."""
    if not _SUM_ASKED.search(question) or _SUM_SAID.search(answer):
        return False
    figures = [c for c in claims if c.kind in ("count", "money", "percent", "rate")]
    return bool(figures) and all(c.kind in ("count", "rate") and c.unit for c in figures)


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


def _off(asks: str, what: str) -> Relevance:
    return Relevance(OFF_TOPIC, f"The question asked {asks}; the answer {what}.")
