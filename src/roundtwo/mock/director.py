"""The director: a pure policy ``next_action(state) -> FollowUp | NewTopic | WrapUp``.

No model, no I/O: it reads the interview state (the plan, the turns with the analysis of each
answer, the contradictions the ledger found) and decides what the interviewer does next, with
a reason. The rules, in the order they apply:

1. A reply screened ``terminate`` ends the session politely.
2. Never more than ``max_questions`` questions.
3. A ledger contradiction not yet raised is confronted next, before anything else.
4. A reply screened ``redirect`` gets a nudge back to the same question (not a probe, no score);
   three in a row end the session. A clarifying question gets the question rephrased.
5. Within a topic: stop at the persona's appetite (3–5 probes); move past a topic that stays
   vague after two probes; keep enough questions to cover the minimum number of topics; stop
   after two probes once the topic is strong. Otherwise probe what is missing. A thin topic:
   ownership when "we" blurs it, tell me more when it stays general, the missing result, the
   assumption challenge on an impact claim with no method, the missing number, the missing
   context, then the persona's preferred depth probe. A strong topic: ownership, the
   assumption challenge, the values-conflict scenario (the company has values and the topic
   is about them), the missing result or number, the retrospective (after a complete story).
6. Moving on: wrap up a strong session once the minimum topics are covered; otherwise open the
   next planned topic; wrap up when none is left.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from roundtwo.analysis.precompiled import compiled
from roundtwo.mock.panel import persona_for
from roundtwo.mock.plan import infer_category
from roundtwo.mock.reading import STORY_CATEGORIES, TopicView, read_topic
from roundtwo.mock.state import Contradiction, InterviewState, Persona, Topic

MAX_NUDGES = 2  # a third screened reply in a row ends the session
MAX_SAME_KIND = {"tell_me_more": 2}  # every other kind: once a topic
STRONG_PROBES = 2  # a strong topic gets this many probes, then the interview moves on
VAGUE_STREAK = 2  # probe answers in a row that gave nothing: stop belabouring the topic


@dataclass(frozen=True)
class FollowUp:
    """Stay on the topic: a probe of kind ``probe`` (or a nudge, rephrasing, confrontation)."""

    topic: Topic
    probe: str
    reason: str
    target: str = ""  # the quote challenged, or the contradiction's key
    persona: str = ""
    contradiction: Contradiction | None = None
    repeat: str = ""  # nudge and clarify: the question to come back to
    action: ClassVar[str] = "follow_up"


@dataclass(frozen=True)
class NewTopic:
    """Open the next topic of the plan."""

    topic: Topic
    reason: str
    persona: str = ""
    action: ClassVar[str] = "new_topic"


@dataclass(frozen=True)
class WrapUp:
    """End the session; ``cause`` is one of WRAP_CAUSES."""

    reason: str
    cause: str
    action: ClassVar[str] = "wrap_up"


Action = FollowUp | NewTopic | WrapUp
WRAP_CAUSES = ("complete", "covered", "cap", "terminated", "off_topic", "nothing_planned")


def next_action(state: InterviewState) -> Action:
    """What the interviewer does next, and why."""
    if not state.turns:
        if state.max_questions <= 0:
            return WrapUp("No questions allowed in this session (max_questions is 0).", "cap")
        return _open_next(state, "The session opens with the first planned topic.")
    last = state.turns[-1]
    if last.screen == "terminate":
        return WrapUp(
            "The last reply was abusive: the session ends politely, and it is not scored.",
            "terminated",
        )
    if len(state.turns) >= state.max_questions:
        return WrapUp(f"The question cap ({state.max_questions}) is reached.", "cap")
    topic = current_topic(state)
    persona = persona_for(state, topic.id)
    contradiction = unconfronted(state)
    if contradiction is not None:
        return FollowUp(
            topic,
            "contradiction",
            f"The answer contradicts an earlier fact ({contradiction.subject or 'a figure'}: "
            f"{contradiction.earlier_value} before, {contradiction.new_value} now); "
            "interviewers compare notes, so it is raised at once.",
            target=contradiction.key,
            persona=persona.id,
            contradiction=contradiction,
        )
    if last.screen == "redirect":
        if _trailing(state, "redirect") > MAX_NUDGES:
            return WrapUp(
                "Three replies in a row were off the interview: the session ends.", "off_topic"
            )
        return FollowUp(
            topic,
            "nudge",
            "The reply was screened (off topic or an attempt to steer the tool): a nudge back to "
            "the same question. It is not a probe and moves no score.",
            persona=persona.id,
            repeat=_question_on_the_table(state),
        )
    if last.analysis.get("kind") == "clarification" and last.probe != "clarify":
        return FollowUp(
            topic,
            "clarify",
            "The candidate asked a clarifying question: rephrase, then ask again.",
            persona=persona.id,
            repeat=_question_on_the_table(state),
        )
    view = read_topic(state, topic)
    choice = _probe(state, view, persona)
    if isinstance(choice, str):
        return _move_on(state, choice)
    kind, target, reason = choice
    return FollowUp(topic, kind, reason, target=target, persona=persona.id)


def current_topic(state: InterviewState) -> Topic:
    """The topic of the last turn (one the plan did not hold is rebuilt from the transcript)."""
    return topic_of(state, state.turns[-1].topic)


def topic_of(state: InterviewState, topic_id: str) -> Topic:
    """A planned topic by id, or one rebuilt from the first question asked under that id."""
    known = state.topic(topic_id)
    if known is not None:
        return known
    first = next((t.question for t in state.turns if t.topic == topic_id), topic_id)
    return Topic(topic_id, infer_category(first), first)


def unconfronted(state: InterviewState) -> Contradiction | None:
    """The first contradiction already said (its turn is in) and not yet raised."""
    raised = {t.target for t in state.turns if t.probe == "contradiction"}
    for contradiction in state.contradictions:
        if contradiction.turn is not None and contradiction.turn >= len(state.turns):
            continue
        if contradiction.key not in raised:
            return contradiction
    return None


def coverage_target(state: InterviewState) -> int:
    """How many topics a session opens before it may wrap up early."""
    known = {t.id for t in state.topics} | set(state.opened())
    return max(0, min(state.min_topics, len(known)))


def _probe(state: InterviewState, view: TopicView, persona: Persona) -> tuple[str, str, str] | str:
    """A probe (kind, target, reason), or why the topic is done."""
    if view.probes >= persona.appetite:
        return (
            f"{view.probes} probes on this topic already ({persona.name}'s limit is "
            f"{persona.appetite})."
        )
    if view.vague_streak >= VAGUE_STREAK:
        return "The topic stayed vague after probing: moving on rather than belabouring it."
    if not view.answers:
        return "No usable answer on this topic: moving on."
    needed = coverage_target(state) - len(state.opened())
    if needed > 0 and state.max_questions - len(state.turns) <= needed:
        return "Keeping the remaining questions for the topics not yet covered."
    if view.strong and view.probes >= STRONG_PROBES:
        return "A strong answer that held up under probing: moving on."
    for kind, target, reason in _warranted(state, view, persona):
        if view.asked[kind] < MAX_SAME_KIND.get(kind, 1):
            return kind, target, reason
    return "The topic has what it needs: moving on."


def _warranted(
    state: InterviewState, view: TopicView, persona: Persona
) -> list[tuple[str, str, str]]:
    """The probes this topic warrants, most important first.

    A thin topic is probed for what is missing (your part, one concrete moment, the outcome,
    the method behind a claim, the number, the context) before any depth probe; a strong one
    goes to depth first (the claim's method, the values scenario, the retrospective) and only
    then to refinements (a number, the context).
    """
    star = view.star
    found: dict[str, tuple[str, str, str]] = {}
    opening = view.answers[0][0].analysis.get("kind") if view.answers else None
    design = view.topic.category == "technical_depth" and opening != "story"
    if view.ownership in ("unclear", "mixed") and not design:  # "we admit from the front…"
        # in a design told in "we" is the system's voice, not a blurred part
        found["ownership"] = (
            "ownership",
            "",
            'The answer says "we": the candidate\'s own part is not clear.',
        )
    elif view.story and not star.get("action") and view.best_score <= 3 and _happened(view):
        found["ownership"] = (
            "ownership",
            "",
            'Things happened but no one is doing them ("book split, checklist built"): the '
            "candidate's own part is not told.",
        )
    figures = any(
        _measure(claim) for turn, _ in view.answers for claim in turn.analysis.get("claims") or []
    )  # "It cut the checking time by 70%": short, but not general
    drilled = design and view.probes >= STRONG_PROBES  # a design probed twice and answered
    if (
        view.best_specificity == 0
        and view.best_score <= 3
        and not (figures and not view.vague_streak)
        and not drilled
    ):
        general = "The answer stays general (specificity low): asking for one concrete moment."
        found["tell_me_more"] = ("tell_me_more", "", general)
    elif view.kind == "ongoing_practice" and view.topic.category in STORY_CATEGORIES:
        habit = "A time was asked for and the answer tells a habit: asking for one occasion."
        found["tell_me_more"] = ("tell_me_more", "", habit)
    for quote in view.worth_chasing[:1] if view.topic.category not in _NOT_STORY_TOPICS else ():
        found["assumption_challenge"] = (
            "assumption_challenge",
            quote,
            f'An impact claim with no method or baseline: "{quote}".',
        )
    story = view.kind == "story" and view.topic.category not in _NOT_STORY_TOPICS
    if story and star.get("action") and not star.get("result"):
        found["result"] = ("result", "", "The story has no outcome yet.")
    unmeasured = story and star.get("result") and not star.get("quantified_result")
    if (unmeasured and _of_degree(view)) or (
        view.topic.category == "first_90_days" and not _measured(view)
    ):
        found["metric"] = (
            "metric",
            "",
            "The outcome has no number: before and after, or a target.",
        )
    if story and not (star.get("situation") or star.get("task")):
        found["situation"] = (
            "situation",
            "",
            "The story starts with no context: what was at stake.",
        )
    if view.culture:
        found["values_conflict"] = (
            "values_conflict",
            "",
            "The company has stated values and the topic is about them: a values-conflict "
            "scenario tests how they hold under pressure.",
        )
    if (
        view.topic.category == "technical_depth"
        and view.kind != "story"
        and view.probes < STRONG_PROBES
    ):
        found.setdefault(
            "tell_me_more",
            (
                "tell_me_more",
                "",
                "A technical answer: one level deeper — the trade-off, the failure mode, why not "
                "the alternative.",
            ),
        )
    if view.story and view.complete_story and view.topic.category not in _NOT_STORY_TOPICS:
        found["retrospective"] = (
            "retrospective",
            "",
            "A complete story: the retrospective shows judgement and learning.",
        )
    depth = sorted(
        ("values_conflict", "retrospective"),
        key=lambda kind: persona.prefers.index(kind) if kind in persona.prefers else 9,
    )
    values_first = ["values_conflict"] if view.topic.category == "culture_values" else []
    if view.strong:
        order = [
            "ownership",
            *(["situation"] if "situation" in found else []),  # the stakes before the method
            *values_first,  # a story about a stated value: how the value holds under pressure
            "assumption_challenge",
            "values_conflict",
            "result",
            "metric",
            "retrospective",
            "situation",
            "tell_me_more",  # a technical answer that held up: one level deeper
        ]
    else:
        told_a_habit = view.kind == "ongoing_practice" and "tell_me_more" in found
        order = [
            *(["tell_me_more"] if told_a_habit else []),  # a habit for a story: one occasion first,
            # before whose part it was ("generally, when a completion falls through, I…")
            "ownership",
            "tell_me_more",
            "result",
            *(["situation"] if "situation" in found else []),  # the stakes before the method
            "assumption_challenge",
            "metric",
            "situation",
            *depth,
        ]
    return [found[kind] for kind in dict.fromkeys(order) if kind in found]


# Topics that ask for a reason or a plan: an example told inside one is not probed as a story.
_NOT_STORY_TOPICS = frozenset({"why_us", "first_90_days"})


def _measured(view: TopicView) -> bool:
    """A measure of success among the answers: a percent, money or a rate, or words that say
    how success would be known; scope counts ("eight CSMs") and dates ("by day sixty") are
    not."""
    from roundtwo.analysis.rubrics import says_how_measured

    return any(
        _measure(claim) for turn, _ in view.answers for claim in turn.analysis.get("claims") or []
    ) or any(says_how_measured(turn.answer) for turn, _ in view.answers)


def _happened(view: TopicView) -> bool:
    """Do the answers tell events, in the past ("Book split by jurisdiction, checklist built…
    cleared on time"), for all that no one is said to do them?"""
    asked = view.answers[0][0].analysis.get("question_type") if view.answers else None
    story = asked == "behavioural" or view.topic.category in _ROUND_ONE_STORIES
    return story and any(
        _EVENTS.search(t.answer)
        and not _ME.search(t.answer)
        and not _YOU.search(t.answer)  # "you go back and you sort it out": a habit, not events
        and t.analysis.get("kind") != "ongoing_practice"
        for t, _ in view.answers
    )  # told in notes, or all about others ("the engineer hadn't finished, the charter came
    # back late"): the candidate does nothing in it


# round one's stories asked again: what went wrong, what was pushed back on
_ROUND_ONE_STORIES = frozenset({"weak_moment", "pushed_back", "round_one_followup"})
_YOU = compiled(r"\byou(?:'d|'ll)?\b", re.IGNORECASE)


_ME = compiled(r"\b(?:i|i'm|i've|i'd|me|my|myself)\b", re.IGNORECASE)
_EVENTS = compiled(r"\b[a-z]{3,}(?:ed|en|lt|ilt)\b.*\b[a-z]{3,}(?:ed|en|lt|ilt)\b", re.IGNORECASE)


def _of_degree(view: TopicView) -> bool:
    """Is the outcome one a number could measure ("uptake improved"), not an event ("he came
    back and apologised")? Only then is the missing number worth asking for."""
    from roundtwo.analysis.measured import measurable

    return any(
        measurable(str((turn.analysis.get("evidence") or {}).get("result") or ""))
        for turn, probe in view.answers
        if probe not in _BESIDE_THE_STORY  # "…not winning the argument": a maxim, no outcome
    )


# probes whose answers are about the story, not part of it: a scenario, a look back, a squaring
_BESIDE_THE_STORY = frozenset(("values_conflict", "retrospective", "contradiction"))


def _measure(claim: object) -> bool:
    return isinstance(claim, Mapping) and claim.get("kind") in ("percent", "money", "rate")


def _move_on(state: InterviewState, why: str) -> Action:
    opened = state.opened()
    if len(opened) >= coverage_target(state) and _all_strong(state, opened):
        return WrapUp(
            f"{why} Every topic so far ({len(opened)}) was strong and fully probed: the session "
            "wraps up early rather than running to the cap.",
            "complete",
        )
    return _open_next(state, why)


def _open_next(state: InterviewState, why: str) -> Action:
    opened = set(state.opened())
    for topic in state.topics:
        if topic.id not in opened:
            persona = persona_for(state, topic.id)
            return NewTopic(
                topic,
                f"{why} Next: {topic.category.replace('_', ' ')}.".strip(),
                persona=persona.id,
            )
    if not state.turns:
        return WrapUp("There is nothing planned to ask.", "nothing_planned")
    return WrapUp(f"{why} Every planned topic has been covered.", "covered")


def _all_strong(state: InterviewState, opened: tuple[str, ...]) -> bool:
    return all(read_topic(state, topic_of(state, topic_id)).strong for topic_id in opened)


def _trailing(state: InterviewState, screen: str) -> int:
    count = 0
    for turn in reversed(state.turns):
        if turn.screen != screen:
            break
        count += 1
    return count


def _question_on_the_table(state: InterviewState) -> str:
    """The last real question on the current topic (not a nudge or rephrasing of it)."""
    topic = state.turns[-1].topic
    for turn in reversed(state.turns):
        if turn.topic == topic and turn.probe not in ("nudge", "clarify"):
            # an opening is repeated as planned, without the greeting or lead-in it came with
            return topic_of(state, topic).question if turn.probe is None else turn.question
    return state.turns[-1].question
