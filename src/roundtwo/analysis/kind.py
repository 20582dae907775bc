"""What kind of answer this is — a story, an ongoing practice, a motivation, a clarifying
question, or something else (a non-answer, a hypothetical, too little to read) — and what the
question asked for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from roundtwo.analysis import data, questions, relevance
from roundtwo.analysis.ownership import Action
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.questions import ASKS_BACK, TAG_QUESTION
from roundtwo.analysis.text import Sentence

STORY, PRACTICE, MOTIVATION, CLARIFICATION, OTHER = (
    "story",
    "ongoing_practice",
    "motivation",
    "clarification",
    "other",
)
_ABOUT_WORK = compiled(
    r"\b(?:company|team|role|job|culture|mission|product|values|you|your|you're|here|career|"
    r"grow|work|pay|salary|people)\b",
    re.IGNORECASE,
)
_WORD = compiled(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


@dataclass(frozen=True, slots=True)
class Kind:
    kind: str
    question: str  # behavioural | practice | hypothetical | motivation | open
    non_answer: bool = False
    hypothetical: bool = False
    non_english: bool = False


_AS_ANSWER_KIND = {
    questions.BEHAVIOURAL: "behavioural",
    questions.SITUATIONAL: "hypothetical",
    questions.PRACTICE_Q: "practice",
    questions.MOTIVATION_Q: "motivation",
}


_ANSWERED_PLAIN = (
    questions.FACTUAL,
    questions.COMPENSATION,
    questions.LOGISTICS,
    questions.CANDIDATE_QUESTIONS,
)


_NOT_STORIES = (*_ANSWERED_PLAIN, questions.TECHNICAL, questions.SITUATIONAL)


def question_type(question: str) -> str:
    """What the question asks for, as the answer's kind reads it: a story (behavioural), a
    plan (hypothetical), a practice, a motivation; every other type is open here."""
    return _AS_ANSWER_KIND.get(questions.question_type(question), "open")


def looks_non_english(text: str) -> bool:
    tokens = [w.lower() for w in _WORD.findall(text)]
    if not text.isascii():
        letters = sum(1 for ch in text if ch.isalpha())
        foreign = sum(1 for ch in text if ch.isalpha() and not ch.isascii())
        if letters and foreign / letters > 0.3:
            return True
    if len(tokens) < 6:
        return False
    common = data.words("lexicon", "stopwords_en")
    return sum(1 for w in tokens if w in common) / len(tokens) < 0.1


_SHORT_ASK = 40  # words: a question back this short, opening the reply, is a clarification


def _clarifying(
    text: str, sentences: list[Sentence], past_actions: int, cued_only: bool = False
) -> bool:
    """A question back to the interviewer. To a question that asks for a fact, a figure or the
    candidate's own questions, a reply ending "?" is a hedge or the answer itself: only a
    clarifying cue ("do you mean…") makes it a clarification there."""
    stripped = text.strip()
    if not stripped:
        return False
    first = sentences[0].text.rstrip() if sentences else ""
    cue = data.regex("lexicon", "clarification_cues")
    if first.endswith("?") and cue.search(first) and len(stripped.split()) < _SHORT_ASK:
        return True  # "Just to check before I answer, do you want a time I stopped the line
        # myself, or one where I recommended it? I have both.": the steps are the options
    if past_actions >= 2:
        return False
    asks = sum(
        1
        for s in sentences
        if s.text.rstrip().endswith("?")
        and not TAG_QUESTION.search(s.text)
        and (ASKS_BACK.search(data.fold(s.text)) or cue.search(s.text))
    )  # "D'ye mean just my shift, or the whole site?" asks back; "…a really positive time for
    # everyone, you know?" and "Then I guess it's not better?" ask nothing back
    if not asks:
        return False
    words = len(stripped.split())
    if cue.search(text):
        return words < 80
    return not cued_only and words < 30 and asks * 2 >= len(sentences)


_NARRATIVE = compiled(r"\b(?:was|were|had|went|did|got|came|took|told|said|[a-z]{3,}ed)\b")
_ONCE_UPON = compiled(
    r"\b(?:there (?:was|were) (?:this|one|a)(?: one)? (?:time|day|night|week|shift|moment|"
    r"occasion)|there (?:was|were) (?:this|one|a|an|someone|somebody)(?: [\w'’-]+){0,4} "
    r"(?:where|when|at|in|on|who|that)\b|"
    r"(?:this|one) time(?: when| at| in| with|,)|one (?:day|night|shift|morning|evening) "
    r"(?:when|at|in|last)|once,|i remember (?:when|a time|one|this))"
)
_HEADLINE_VERB = compiled(r"^\W*[a-z]{3,}ed\b")


def _narrated(text: str, words: int) -> bool:
    """A story told without a verb of action, opened as one and told in the past ("there was
    this time … in the end we went with what he wanted"), or a CV line for an answer
    ("Reduced invoice processing time."). A scene with neither is a half-told answer."""
    low = data.fold(text)
    if _HEADLINE_VERB.search(low) and words < 12:
        return data.phrases_pattern("lexicon", "outcome_verbs").pattern.match(low) is not None
    opened = _ONCE_UPON.search(low) is not None
    return opened and words >= 12 and len(_NARRATIVE.findall(low)) >= 2


_NOWADAYS = compiled(r"\b(?:now|since then|these days|ever since|from then on|nowadays)\b")


def _lesson(sentences: list[Sentence], action: Action) -> bool:
    return action.sentence > 0 and bool(
        _NOWADAYS.search(data.fold(sentences[action.sentence].text))
    )


def classify(
    text: str,
    question: str,
    sentences: list[Sentence],
    actions: list[Action],
    asked: str | None = None,
) -> Kind:
    """``asked`` is the question's type (``questions.question_type``), when already known."""
    asked = questions.question_type(question) if asked is None else asked
    q_type = _AS_ANSWER_KIND.get(asked, "open")
    words = len(text.split())
    if not _WORD.search(text):
        return Kind(OTHER, q_type)
    if looks_non_english(text):
        return Kind(OTHER, q_type, non_english=True)
    past = sum(1 for a in actions if a.past)
    present = sum(1 for a in actions if not a.past)
    if past:  # "… and we test migrations differently now": the lesson of a story, not a practice
        present -= sum(1 for a in actions if not a.past and _lesson(sentences, a))
    if _clarifying(text, sentences, past, asked in _ANSWERED_PLAIN):
        return Kind(CLARIFICATION, q_type)
    if past < 2 and words < 80 and data.regex("lexicon", "non_answer_cues").search(text):
        return Kind(OTHER, q_type, non_answer=True)
    hypothetical_hits = len(data.regex("lexicon", "hypothetical_cues").findall(text))
    if asked in _NOT_STORIES:
        # An explanation, a plan, a fact: a story only when one is plainly told.
        told = past >= 3 and past > hypothetical_hits
        if not told and q_type != "hypothetical":
            motivated = len(data.regex("lexicon", "motivation_cues").findall(text)) >= 2
            if motivated and past <= 1:  # talking past a technical question about passion
                return Kind(MOTIVATION, q_type)
        return Kind(STORY if told else OTHER, q_type, hypothetical=hypothetical_hits > 0)
    practice_hits = len(data.regex("lexicon", "practice_cues").findall(text)) + present
    motivation_hits = len(data.regex("lexicon", "motivation_cues").findall(text))
    if q_type == "motivation" and (motivation_hits or words >= 20 or _ABOUT_WORK.search(text)):
        if past >= 3 and motivation_hits == 0 and not relevance.gives_reasons(text):
            return Kind(STORY, q_type)  # a story told for "why us", with no reason given
        return Kind(MOTIVATION, q_type)
    if hypothetical_hits >= 2 and past <= 1 and hypothetical_hits > practice_hits // 2:
        return Kind(OTHER, q_type, hypothetical=True)
    if motivation_hits >= 2 and past <= 1 and practice_hits <= motivation_hits:
        return Kind(MOTIVATION, q_type)
    if past >= 2 and (past >= practice_hits or q_type == "behavioural"):
        if q_type == "practice" and practice_hits > past:
            return Kind(PRACTICE, q_type)
        return Kind(STORY, q_type)
    narrated = len(_NARRATIVE.findall(data.fold(text)))
    if q_type == "behavioural" and past >= 1 and narrated >= 3 and present <= past + 1:
        return Kind(STORY, q_type)  # "…kept filing letters wrong. I had a word with her, showed
        # her the guide we use. She got better after that": a time, told in the past
    if practice_hits >= 1 and (present >= 1 or past == 0):
        return Kind(PRACTICE, q_type)
    if past >= 1 and words >= 12:
        return Kind(STORY, q_type)
    if q_type in ("behavioural", "open") and _narrated(text, words):
        return Kind(STORY, q_type)
    if hypothetical_hits >= 1 and q_type == "hypothetical":
        return Kind(OTHER, q_type, hypothetical=True)
    return Kind(OTHER, q_type)
