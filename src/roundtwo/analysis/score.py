"""The 1–5 score at the target level (docs/rubric.md), the one gap to fix first, and whether a
good interviewer would move on.

Stories: a real miss (no action, no result, "we" throughout, generalities, no context) costs a
point each from 4; a complete story with only refinement gaps is a 4; a complete story with
none is a 5; a complete, quantified story below the level's scope loses a point. Practices,
motivations and plans are graded for what they are. Clarifications are not graded.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.analysis import data, questions, rubrics
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.delivery import Delivery
from roundtwo.analysis.kind import CLARIFICATION, MOTIVATION, PRACTICE, STORY, Kind
from roundtwo.analysis.ownership import Action
from roundtwo.analysis.relevance import SPECIFICS, told_of_them
from roundtwo.analysis.specificity import Specificity
from roundtwo.analysis.star import Star

LEVELS = {"junior": 0, "mid": 1, "senior": 2, "staff": 3}
GAP_CODES = (
    "action", "ownership_unclear", "result", "specificity_low", "situation", "quantify",
    "ownership_mixed", "specificity_medium", "situation_brief", "scope", "ramble", "hedging",
    "specific_example", "practice_steps", "practice_example", "motivation_generic",
    "motivation_link", "motivation_depth", "non_answer", "hypothetical", "plan_specific",
    "plan_experience", "too_short", "clarification", "redirect", "terminate", "non_english",
    "empty", "relevance_off", "relevance_partly", "technical_mechanism", "technical_tradeoffs",
    "technical_depth", "fact_missing", "fact_hedged", "pay_figure", "pay_basis", "pay_room",
    "logistics_clear", "logistics_open", "questions_none", "questions_specific",
    "reflection_change", "reflection_why",
)  # fmt: skip
# The question types graded on their own rubric (docs/rubric.md, Question types).
_RUBRICS = {
    questions.SITUATIONAL: rubrics.plan,
    questions.TECHNICAL: rubrics.technical,
    questions.FACTUAL: rubrics.fact,
    questions.COMPENSATION: rubrics.pay,
    questions.LOGISTICS: rubrics.logistics,
    questions.CANDIDATE_QUESTIONS: rubrics.own_questions,
}
# An answer to another question scores at most this (docs/rubric.md, rule 7).
_RELEVANCE_CAP = {
    questions.OFF_TOPIC: (2, "relevance_off"),
    questions.PARTLY: (3, "relevance_partly"),
}


@dataclass(frozen=True, slots=True)
class Grade:
    score: int | None
    gap_code: str
    weak_or_missing: tuple[str, ...]
    scope: int
    misses: tuple[str, ...] = ()
    refinements: tuple[str, ...] = ()

    @property
    def gap(self) -> str:
        if not self.gap_code:
            return ""
        gaps: dict[str, str] = data.load("feedback")["gaps"]
        return gaps[self.gap_code]

    @property
    def sufficient_signal(self) -> bool:
        return self.score is not None and self.score >= 4


def scope_level(text: str, claims: list[Claim], actions: list[Action]) -> int:
    """0 own task, 1 own project, 2 leads people or a project with others, 3 cross-org."""
    signals = dict(data.named_regexes("lexicon", "scope_signals"))
    staff_hits = len(signals["staff"].findall(text))
    big_team = any(
        c.kind == "count"
        and c.unit in data.words("lexicon", "count_nouns_people")
        and float(c.value) >= 15
        for c in claims
    )
    big_money = any(c.kind == "money" and float(c.value) >= 1e6 for c in claims)
    if staff_hits >= 2 or any(c.kind == "scope" for c in claims) or (staff_hits and big_money):
        return 3
    if staff_hits or signals["senior"].search(text) or big_team or big_money:
        return 2
    if signals["mid"].search(text) or sum(1 for a in actions if a.who == "i") >= 3:
        return 1
    return 0


def _from_counts(misses: list[str], refinements: list[str]) -> int:
    if not misses:
        return 4 if refinements else 5
    return max(1, 4 - len(misses))


def _story(
    star: Star, spec: Specificity, own: str, delivery: Delivery
) -> tuple[list[str], list[str]]:
    misses: list[str] = []
    refinements: list[str] = []
    if not star.action:
        misses.append("action")
    elif own == "unclear":
        misses.append("ownership_unclear")
    if not star.result:
        misses.append("result")
    if spec.level == "low":
        misses.append("specificity_low")
    if not star.situation and not star.task:
        misses.append("situation")
    if star.result and not star.quantified_result:
        refinements.append("quantify")
    if own == "mixed":
        refinements.append("ownership_mixed")
    if spec.level == "medium":
        refinements.append("specificity_medium")
    if star.task and not star.situation:
        refinements.append("situation_brief")
    if delivery.words > 450 or delivery.fillers_per_100_words >= 6:
        refinements.append("ramble")
    if delivery.hedges_per_100_words >= 4:
        refinements.append("hedging")
    return misses, refinements


def _practice(
    star: Star, spec: Specificity, own: str, actions: list[Action]
) -> tuple[list[str], list[str]]:
    misses: list[str] = []
    refinements: list[str] = []
    if not actions:
        misses.append("practice_steps")
    elif own == "unclear":
        misses.append("ownership_unclear")
    if spec.level == "low":
        misses.append("specificity_low")
    if not any(a.past for a in actions) and spec.level != "high":
        refinements.append("practice_example")
    if own == "mixed":
        refinements.append("ownership_mixed")
    if spec.level == "medium":
        refinements.append("specificity_medium")
    return misses, refinements


def _motivation(spec: Specificity, text: str, delivery: Delivery) -> tuple[list[str], list[str]]:
    misses: list[str] = []
    refinements: list[str] = []
    if delivery.words < 25:
        misses.append("too_short")
    level = spec.level
    told_them = told_of_them(text)  # "your project is redating…", "the system you use"
    if told_them >= SPECIFICS:
        level = "high" if level != "low" or told_them > SPECIFICS else "medium"
    if level == "low":
        misses.append("motivation_generic")
    experience = any(
        marker in text.lower()
        for marker in (
            " i've ",
            " i have ",
            " i led",
            " i built",
            " my last",
            " my previous",
            " i spent",
            " i worked",
            " i ran",
            " in my ",
            " at my ",
        )
    )
    if not experience:
        refinements.append("motivation_link")
    if level == "medium":
        refinements.append("motivation_depth")
    return misses, refinements


def grade(
    kind: Kind,
    star: Star,
    own: str,
    level: str,
    reading: rubrics.Reading,
    q_type: str = questions.OPEN,
    relevance: str = questions.ON_TOPIC,
) -> Grade:
    """The score on the rubric of the question's type, capped when the answer is about
    something else."""
    graded = _by_type(kind, star, own, level, reading, q_type)
    cap = _RELEVANCE_CAP.get(relevance)
    if cap is None or graded.score is None or graded.score <= cap[0]:
        return graded
    return Grade(cap[0], cap[1], graded.weak_or_missing, graded.scope, graded.misses,
                 graded.refinements)  # fmt: skip


def _by_type(
    kind: Kind, star: Star, own: str, level: str, reading: rubrics.Reading, q_type: str
) -> Grade:
    text, claims, actions = reading.text, reading.claims, reading.actions
    spec, delivery = reading.spec, reading.delivery
    scope = scope_level(text, claims, actions)
    if kind.kind == CLARIFICATION:
        return Grade(None, "clarification", (), scope)
    if kind.non_english:
        return Grade(None, "non_english", (), scope)
    if delivery.words == 0 and not claims:
        return Grade(None, "empty", (), scope)  # "85.000." for a salary question is an answer
    rubric = _RUBRICS.get(q_type)
    if q_type == questions.BEHAVIOURAL and rubrics.is_reflection(reading.question):
        rubric = rubrics.reflection
    if rubric is not None:
        score, gap = rubric(reading)
        return Grade(score, gap if score < 5 else "", (), scope)
    if kind.kind == STORY:
        misses, refinements = _story(star, spec, own, delivery)
    elif kind.kind == PRACTICE:
        misses, refinements = _practice(star, spec, own, actions)
    elif kind.kind == MOTIVATION:
        misses, refinements = _motivation(spec, " " + text, delivery)
    else:
        return _other(kind, spec, delivery, actions, scope)
    score = _from_counts(misses, refinements)
    gap = (misses or refinements or [""])[0]
    if kind.kind == STORY and not misses and star.quantified_result and scope < LEVELS[level]:
        gap = "scope" if score == 5 else gap
        score = max(1, score - 1)
        refinements.append("scope")
    if kind.kind == PRACTICE and kind.question == "behavioural" and score > 3:
        score, gap = 3, "specific_example"
    if kind.kind == STORY and delivery.words < 20 and score > 2:
        score, gap = 2, "too_short"
    weak = _weak_or_missing(kind.kind, star, own)
    return Grade(score, gap if score < 5 else "", weak, scope, tuple(misses), tuple(refinements))


def _other(
    kind: Kind, spec: Specificity, delivery: Delivery, actions: list[Action], scope: int
) -> Grade:
    if delivery.words == 0:
        return Grade(None, "empty", (), scope)
    if kind.non_answer:
        return Grade(1, "non_answer", (), scope)
    if kind.hypothetical and kind.question == "hypothetical":
        score = {"low": 2, "medium": 3, "high": 4}[spec.level]
        gap = "plan_specific" if spec.level != "high" else "plan_experience"
        if any(a.past for a in actions) and spec.level == "high":
            score, gap = 5, ""
        return Grade(score, gap, (), scope)
    if kind.hypothetical:
        return Grade(2, "hypothetical", ("situation", "action", "result"), scope)
    if delivery.words < 15:
        return Grade(1, "too_short", (), scope)
    return Grade(2, "too_short", (), scope)


def _weak_or_missing(kind: str, star: Star, own: str) -> tuple[str, ...]:
    if kind not in (STORY, PRACTICE):
        return ()
    weak: list[str] = []
    if kind == STORY:
        if not star.situation:
            weak.append("situation")
        if not star.task:
            weak.append("task")
    if not star.action or own in ("unclear", "mixed"):
        weak.append("action")
    if kind == STORY and (not star.result or not star.quantified_result):
        weak.append("result")
    return tuple(weak)
