"""How the director reads the turns of one topic: what was asked, what held up, what is missing.

A probe's answer is judged for what the probe asked (an ownership probe wants "I", a metric
probe a number), not by the rubric for a whole story: follow-up answers are short by nature.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.rubrics import names_a_measure
from roundtwo.analysis.specificity import generic_words
from roundtwo.mock.state import PROBE_KINDS, Contradiction, InterviewState, Topic, Turn

SPECIFICITY = {"low": 0, "medium": 1, "high": 2}
OWNERSHIP_RANK = {"unclear": 0, "mixed": 1, "clear": 2}
REFUSAL = compiled(
    r"\b(?:(?:can'?t|cannot) (?:really )?(?:say|remember|recall|think|share|go into|tell|discuss|"
    r"answer|comment)|rather not|"
    r"prefer not|don'?t (?:really )?(?:remember|recall|know)|not sure|no idea|confidential|"
    r"no comment|nothing (?:much|really|comes to mind)|not much|i forget|"
    r"(?:^\W*|\bi'?ll |\bi will |\bi'?d (?:like to |rather )?|\bcan (?:i|we) )(?:pass|skip)\b|"
    r"next question|moving on|doesn'?t matter|not relevant)",
    re.IGNORECASE,
)
METHOD = compiled(
    r"\b(?:measur|compar|baseline|control group|a/b|ab test|cohort|isolat|attribut|tracked|"
    r"dashboard|data|survey|before|after|benchmark|experiment|holdout|split|sample|"
    r"finance (?:team )?(?:confirmed|signed)|audited|verified|"
    r"log(?:s|ged|book)?\b|register\b|records?\b|counter\b|meter\b|weigh|scales?\b|"
    r"counted\b|sensors?\b|readings?\b|invoices?\b|timesheets?\b|cameras?\b)",
    re.IGNORECASE,
)
OUTCOME = compiled(
    r"\b(?:ended|outcome|as a result|in the end|result(?:ed)?|shipped|launched|delivered|saved|"
    r"cut|reduced|grew|increased|dropped|fell|improved|won|lost|renewed|kept|stopped|fixed)\b",
    re.IGNORECASE,
)
CULTURE = compiled(
    r"\b(?:culture|values?|integrity|ethic(?:s|al)?|honest(?:y|ly)?|principles?|the right thing|"
    r"transparen(?:t|cy)|speak(?:ing)? up)\b",
    re.IGNORECASE,
)
IMPACT = compiled(
    r"%|\bpercent|[$€£¥]|\b\d+(?:\.\d+)?\s*x\b|\b(?:doubl|tripl|halv|quadrupl)\w*|"
    r"\b(?:million|billion|thousand)\b|\d\s*[kmb]\b|\b(?:increas|decreas|reduc|sav|grew|"
    r"grow|boost|improv|cut|drop|fell|fall|rais|lift|shrank|slash|doubl|revenue|cost|profit|"
    r"churn|conversion|retention|faster|quicker)\w*|\b(?:gone|went|go) (?:up|down)\b|"
    r"\bfrom\b.{1,40}\bto\b",
    re.IGNORECASE,
)
STORY_CATEGORIES = frozenset(
    {
        "weak_moment",
        "pushed_back",
        "round_one_followup",
        "behavioural_deep_dive",
        "technical_depth",
        "culture_values",
        "ledger_recheck",
    }
)


def words(turn: Turn) -> int:
    said = turn.analysis.get("delivery") or {}
    count = said.get("words") if isinstance(said, Mapping) else None
    return int(count) if isinstance(count, int) else len(turn.answer.split())


def _star(turn: Turn) -> Mapping[str, Any]:
    star = turn.analysis.get("star") or {}
    return star if isinstance(star, Mapping) else {}


def _claims(turn: Turn) -> list[Any]:
    claims = turn.analysis.get("claims") or []
    return list(claims) if isinstance(claims, list) else []


def refused(turn: Turn) -> bool:
    """A short non-answer: "I can't say", "I don't remember", "it's confidential"."""
    return bool(REFUSAL.search(turn.answer)) and words(turn) < 30


# Words that evade: a hedge or a blur where a fact or a moment was asked for.
_PLANS = frozenset(("why_us", "first_90_days"))
# topics whose probes a plain, concrete line answers: a plan, a reason, a design's trade-off
_PLAIN_LINES = _PLANS | {"technical_depth"}
_PLAN_OR_FACT = frozenset(("situational", "technical", "motivation", "factual", "practice"))
_TEAM_DODGE = compiled(
    r"\b(?:as a team|team effort|we all|hard to (?:say|pull apart|separate|split)|it was all of "
    r"us|between us)\b",
    re.IGNORECASE,
)
# a reply that stays in generalities when one moment or one concrete step was asked for
GENERAL = compiled(
    r"\bevery (?:\w+(?: is|'s|’s)|is|'s) (?:a bit |really |totally )?different\b|"
    r"\b(?:really |it's |it is )?(?:all |more )?about (?:applying|getting|making sure|having) "
    r"the\b|"
    r"\b(?:it|that) (?:all )?depends\b|"
    r"\bdepends on (?:the|what|how|who)\b|\blots of (?:ways|different)\b|\bhard to (?:pick|say|"
    r"choose) (?:one|just one)?|\b(?:a bit of )?a blur\b|\bblur (?:together|into one)\b|"
    r"\bin general\b|\bgenerally\b|\blisten and learn\b|\b(?:there were |there's )?(?:loads|lots|"
    r"so many) of them\b|\bmostly about communication\b|\bsee how it goes\b|\bbe flexible\b|"
    r"\badd value\b|\bget a feel\b|\bthe main thing\b|\bthey'?re all (?:different|similar)\b|"
    r"\bi suppose\b|\beveryone(?:'s| is)? (?:happy|really)\b|\bpeople person\b|\bjust chat\b",
    re.IGNORECASE,
)
EVASION = compiled(
    r"\b(?:i think|i guess|maybe|probably|kind of|sort of|i don'?t (?:know|remember|recall)|"
    r"can'?t (?:really )?(?:remember|recall|think)|not sure|it went (?:ok|okay|fine|well)|"
    r"it was (?:ok|okay|fine|good)|went fine|as a team|we all|hard to say|(?:didn't|did not) "
    r"(?:really )?follow (?:it|up)|no idea|couldn't (?:tell|say) you|(?:normally|usually) works? "
    r"out)\b",
    re.IGNORECASE,
)


# a probe about someone else ("How did she find it by the end?", "What did the client say?"):
# answered about them, with no "I" needed
_ABOUT_THEM = compiled(
    r"\b(?:did|does|was|were|is|would) (?:she|he|they|the (?:client|customer|patient|team|"
    r"family|owner|board|panel|manager|buyer|guest|resident|pupil|student)s?)\b",
    re.IGNORECASE,
)


_RESTATED = compiled(r"\W*(?:\w+,?\s+)?(?:like|as) i (?:said|mentioned|told you)\b", re.IGNORECASE)


HELD_UP = 2  # probes answered in full: a sound answer that held up is a strong topic
_OWN_LINE = frozenset(("contradiction", "ownership"))  # asked of the candidate's own words
_SOURCED = 8  # words: a method named with its source is an answer, however short


def adequate(turn: Turn, probe: str | None, plan: bool = False) -> bool:
    """Did this allowed answer give what ``probe`` asked for? (None: the opening question.)
    On a plan or a reason (``plan``: why us, the first 90 days) a probe is answered by a plain,
    concrete line ("Tracing the systems. Nobody can do that for you.")."""
    if not turn.allowed or turn.analysis.get("kind") == "clarification":
        return False
    measured = probe != "metric" or names_a_measure(turn.answer)
    if plan and probe not in _OWN_LINE and measured and words(turn) >= 8 and not refused(turn):
        # "Because our family pans are small…", "The weather, and the permits… I'd apply in
        # week one", "Batches out of spec in the lab register, per week": a plain line answers
        reply = turn.answer
        if not (EVASION.search(reply) or GENERAL.search(reply) or generic_words(reply)):
            return True
    count = words(turn)
    if count < 6 or refused(turn):
        return False
    star, claims = _star(turn), _claims(turn)
    specific = turn.analysis.get("specificity", "low") != "low"
    said = turn.analysis.get("delivery") or {}
    if probe is None:
        return bool(turn.analysis.get("sufficient_signal")) or (turn.score or 0) >= 3
    if probe == "tell_me_more":
        mine, ours = int(said.get("i", 0)), int(said.get("we", 0))
        # plain: told as their own ("you just learn to read the animals" is everyone's habit)
        # a reason or a plan is told in fewer words than a story ("Because I keep seeing sites
        # I dug sit unpublished. I want to be the one who gets them out.")
        asked = turn.analysis.get("question_type")
        reason = turn.analysis.get("kind") == "motivation" or (
            turn.analysis.get("kind") == "other" and asked in _PLAN_OR_FACT
        )  # a reason, a plan or a fact: not a story asked for and told as "other"
        reason = reason and not generic_words(turn.answer)  # "we moved some stuff"
        enough = 12 if reason else 20
        about_them = _ABOUT_THEM.search(turn.question) is not None  # "How did she find it?"
        owned = (
            reason or about_them or (mine >= 1 and ours <= mine)
        )  # "One imaging technician, and a decision
        # on the database before we start": what a plan needs is said without an "I"
        plain = count >= enough and not EVASION.search(turn.answer) and owned
        if GENERAL.search(turn.answer) and not claims and (turn.score or 0) < 4:
            return False  # "Every show is different really…", "it depends on the requirements"
        if turn.analysis.get("relevance", "on_topic") == "on_topic" and (
            (turn.score or 0) >= 4 or plain
        ):
            return True  # a full answer on its rubric, or a plain one that neither evades nor
            # hides in "we" ("we sorted it out for her and she was fine")
        fillers = float(said.get("fillers_per_100_words", 0) or 0)
        story = turn.analysis.get("kind") == "story" and bool(star.get("action"))
        owned = ours <= mine  # a moment told all in "we" is still the team's, not theirs
        return specific or bool(claims) or (story and owned and count >= 25 and fillers < 5)
    if probe == "ownership":
        mine, ours = int(said.get("i", 0)), int(said.get("we", 0))
        acted = bool(star.get("action")) or bool(claims) or specific  # not "I was involved…"
        if _TEAM_DODGE.search(turn.answer) or GENERAL.search(turn.answer):
            return False  # "…or maybe the decal one. We sorted it out as a team, like I said"
        return mine >= 1 and mine >= ours and acted
    if probe == "assumption_challenge":
        if METHOD.search(turn.answer):
            return count >= _SOURCED  # "From the bagging counter, every shift, for a month."
        # "Like I said, … came down by about 30 percent": the claim again, not how it is known
        return count >= 12 and bool(claims) and not _RESTATED.match(turn.answer)
    if probe == "result":
        if claims:
            return True
        told = bool(star.get("result")) or bool(OUTCOME.search(turn.answer))
        return told and not EVASION.search(turn.answer)  # "I think so, I moved on around then"
    if probe == "metric":
        return bool(claims)
    if probe == "situation":
        return count >= 12 and (specific or bool(star.get("situation")) or bool(claims))
    return count >= 10  # retrospective, values_conflict, contradiction: a genuine attempt


@dataclass(frozen=True)
class TopicView:
    """One topic's turns, read together."""

    topic: Topic
    turns: tuple[Turn, ...]
    answers: tuple[tuple[Turn, str | None], ...]  # allowed answers with the probe they answer
    probes: int  # depth probes asked on this topic
    asked: Counter[str] = field(default_factory=Counter)  # depth probes by kind
    star: Mapping[str, bool] = field(default_factory=dict)  # STAR parts found in any answer
    best_score: int = 0
    best_specificity: int = 0
    ownership: str = "not_applicable"  # the clearest reading among the answers
    kind: str = "other"  # of the first allowed answer
    chased: frozenset[str] = frozenset()  # quotes already challenged
    worth_chasing: tuple[str, ...] = ()  # quotes not yet challenged, in order
    vague_streak: int = 0  # trailing probe answers that did not give what was asked
    held: int = 0  # probe answers that gave what was asked
    culture: bool = False  # the topic or its answers touch on values

    @property
    def story(self) -> bool:
        opening = self.answers[0][0].analysis.get("question_type") if self.answers else None
        if opening in _NO_STORY_ASKED:
            return False  # "What are you hoping for in this post?": pay, not a story to probe
        return self.kind == "story" or (
            self.kind in ("other", "ongoing_practice") and self.topic.category in STORY_CATEGORIES
        )

    @property
    def complete_story(self) -> bool:
        s = self.star
        return bool(s.get("action") and s.get("result") and (s.get("situation") or s.get("task")))

    @property
    def strong(self) -> bool:
        """Sufficient signal: a 4 or 5, or for a plan or a motivation (which the rubric grades
        more strictly) a 3 that is specific, or a sound 3 whose probes were answered; and
        nothing left vague after probing."""
        if self.vague_streak:
            return False
        if self.story and self.asked["ownership"] and self.ownership in ("unclear", "mixed"):
            return False  # "it was really a team thing": the candidate's part never came
        if self.best_score >= 4:
            return True
        if (
            self.best_score >= 3
            and self.held >= HELD_UP
            and (self.complete_story or self.kind != "story")
        ):
            return True  # a sound, whole story (or plan, or reason) that answered its probes
        return not self.story and self.best_score >= 3 and self.best_specificity >= 1


# Question types whose answers are graded as plain facts: a 5 there ("which decisions were
# yours?" — "I chose the cache keys") says the fact was given, not that the story is strong.
_PLAIN = ("factual", "logistics", "compensation", "candidate_questions")


def _best_score(answers: Sequence[tuple[Turn, str | None]]) -> int:
    """The best grade on the topic's own rubric: when a story topic is probed with a question of
    fact or a look back ("what would you do differently?"), that answer's grade does not make
    the story strong."""
    if not answers:
        return 0
    plain_topic = _plain(answers[0][0])
    return max(
        (
            t.score or 0
            for t, probe in answers
            if (_plain(t) == plain_topic and probe != "ownership")
            or t is answers[0][0]
            or probe in _COMPLETING
        ),
        default=0,
    )


# Questions about pay or the job's conditions open a topic that is no story, whatever
# category a scripted transcript's label falls back to.
_NO_STORY_ASKED = frozenset(("compensation", "logistics"))


# Probes whose answer completes the story itself (its outcome, its number, its evidence): a
# strong one makes the topic strong, whatever rubric its question is graded on.
_COMPLETING = frozenset(("assumption_challenge", "metric", "result"))


def _plain(turn: Turn) -> bool:
    from roundtwo.analysis.rubrics import is_reflection

    return turn.analysis.get("question_type") in _PLAIN or is_reflection(turn.question)


def answered_probe(turns: Sequence[Turn], index: int) -> str | None:
    """The probe an answer responds to: after a nudge or a rephrasing, the one before it."""
    for turn in reversed(turns[: index + 1]):
        if turn.probe not in ("nudge", "clarify"):
            return turn.probe
    return None


def read_topic(state: InterviewState, topic: Topic) -> TopicView:
    turns = tuple(t for t in state.turns if t.topic == topic.id)
    answers = tuple(
        (t, answered_probe(turns, i))
        for i, t in enumerate(turns)
        if t.allowed and t.analysis.get("kind") != "clarification"
    )
    star: dict[str, bool] = {}
    ownership = "not_applicable"
    chase: list[str] = []
    for turn, probe in answers:
        if probe == "contradiction":
            continue  # squaring a figure ("22 was my own caseload…") tells no part of the story
        for part, found in _star(turn).items():
            star[part] = bool(star.get(part)) or bool(found)
        reading = str(turn.analysis.get("ownership"))
        if reading in ("mixed", "unclear") and not _says_we(turn):
            reading = "not_applicable"  # no "we" to untangle: a thin answer, not a blurred one
        if reading == "mixed" and "action" not in (turn.analysis.get("weak_or_missing") or []):
            reading = "clear"  # mixed, but the candidate's own steps are plain
        if OWNERSHIP_RANK.get(reading, -1) > OWNERSHIP_RANK.get(ownership, -1):
            ownership = reading  # the clearest the topic got: "we" in a later answer is fine
        chase += [q for q in _impact_claims(turn) if q not in chase]
    chased = frozenset(t.target for t in turns if t.probe == "assumption_challenge")
    plain_line = topic.category in _PLAIN_LINES
    gave = [adequate(turn, probe, plain_line) for turn, probe in answers]
    streak = 0
    for (_, probe), ok in zip(reversed(answers), reversed(gave), strict=True):
        if probe not in PROBE_KINDS or ok:
            break
        streak += 1
    held = sum(1 for (_, p), ok in zip(answers, gave, strict=True) if p in PROBE_KINDS and ok)
    values = [v.lower() for v in state.values]
    text = " ".join(t.answer for t, _ in answers).lower()
    return TopicView(
        topic=topic,
        turns=turns,
        answers=answers,
        probes=sum(1 for t in turns if t.probe in PROBE_KINDS),
        asked=Counter(t.probe for t in turns if t.probe in PROBE_KINDS),
        star=star,
        best_score=_best_score(answers),
        best_specificity=max(
            (SPECIFICITY.get(str(t.analysis.get("specificity")), 0) for t, _ in answers), default=0
        ),
        ownership=ownership,
        kind=_kind(answers),
        chased=chased,
        worth_chasing=tuple(q for q in chase if not _chased(q, chased, turns)),
        vague_streak=streak,
        held=held,
        culture=bool(values)
        and (
            topic.category == "culture_values"
            or bool(topic.value)
            or bool(CULTURE.search(text))
            or any(v and v in text for v in values)
        ),
    )


def _says_we(turn: Turn) -> bool:
    said = turn.analysis.get("delivery") or {}
    return isinstance(said, Mapping) and int(said.get("we", 0) or 0) > 0


def _impact_claims(turn: Turn) -> list[str]:
    """Claims worth chasing that claim an impact (a change, a saving, a percentage), less
    those in an opening sentence that only sets the scene ("the queue doubled after a pricing
    change" is context, not the candidate's impact)."""
    chase = turn.analysis.get("claims_worth_chasing") or []
    quotes = [str(q) for q in chase if IMPACT.search(str(q))]
    parts = [p for p in re.split(r"(?<=[.!?])\s+", turn.answer.strip()) if p]
    if len(parts) < 3 or not turn.analysis.get("star", {}).get("situation"):
        return quotes
    return [q for q in quotes if q not in parts[0]]


def _kind(answers: Sequence[tuple[Turn, str | None]]) -> str:
    """A story if any answer told one (a thin opening can turn into a story when probed); the
    answer squaring a figure ("since our first talk I passed the exam…") tells none."""
    kinds = [str(t.analysis.get("kind", "other")) for t, p in answers if p != "contradiction"]
    return "story" if "story" in kinds else (kinds[0] if kinds else "other")


def _chased(quote: str, targets: frozenset[str], turns: Sequence[Turn]) -> bool:
    if quote in targets:
        return True
    head = quote.lower()[:24]
    return any(t.probe == "assumption_challenge" and head in t.question.lower() for t in turns)


def contradictions_in(state: InterviewState, topic_id: str) -> list[Contradiction]:
    """The contradictions found in this topic's answers."""
    found = []
    for c in state.contradictions:
        index = c.turn
        if index is None:
            raised = [
                i
                for i, t in enumerate(state.turns)
                if t.probe == "contradiction" and t.target == c.key
            ]
            index = raised[0] - 1 if raised else len(state.turns) - 1
        if 0 <= index < len(state.turns) and state.turns[index].topic == topic_id:
            found.append(c)
    return found


def explained(state: InterviewState, c: Contradiction) -> bool:
    """Did the candidate answer the confrontation with an explanation?"""
    for turn in state.turns:
        if turn.probe == "contradiction" and turn.target == c.key:
            return adequate(turn, "contradiction")
    return False
