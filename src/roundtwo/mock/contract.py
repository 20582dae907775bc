"""The scriptable contract of the director (`roundtwo next`, docs/mock.md), as pure functions.

``decide(payload)`` takes the documented input — a transcript so far, the question cap and an
optional context — and returns ``{"schema": 1, "action", "probe", "question", "reason", …}``.
A transcript does not have to say which turns were probes: a question that opens a new topic
("Tell me about a time…", "Why this team?") is told apart from a follow-up ("What did you do
yourself?"), and a follow-up's kind is read from its words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from roundtwo.analysis.precompiled import compiled
from roundtwo.mock.data import persona
from roundtwo.mock.director import Action, FollowUp, next_action
from roundtwo.mock.language import Language, normalise
from roundtwo.mock.ledger_link import find_contradictions
from roundtwo.mock.plan import infer_category, plan_topics, values_of
from roundtwo.mock.state import (
    CATEGORIES,
    FOLLOW_UP_KINDS,
    LEVELS,
    Contradiction,
    InterviewState,
    Persona,
    Topic,
    Turn,
)

SCHEMA = 1
MAX_TURNS = 500
MAX_QUESTIONS = 200
OPENING = compiled(
    r"^\W*(?:(?:ok(?:ay)?|thanks?(?: you)?|great|right|good|next(?: topic)?|moving on|"
    r"let'?s (?:switch|move on|change)[^.?!]*|switching gears|now)[.,!:;—-]?\s+)*"
    r"(?:tell me about (?:a |an |the |your (?:biggest|hardest|proudest|greatest))|"
    r"describe (?:a |an |the |your approach)|give me an example|walk me through (?:your first|"
    r"a time|how you would)|why (?:do you|us|this|here|would you|did you apply|are you "
    r"interested)|what would you do in your first|imagine |how would you (?:approach|handle|"
    r"design)|what (?:is|was) (?:the|your) (?:hardest|biggest|most)|have you ever |"
    r"what do you know about|.{0,60}\bis one of our values\b)",
    re.IGNORECASE,
)
# a new story asked under the same category label ("Another value is 'Say it straight'. Tell me
# about a time you gave someone news they didn't want.")
_STORY_ASKED = compiled(
    r"(?:^|[.!?]\s+)(?:tell me about (?:a|another) (?:time|moment|occasion)|describe "
    r"(?:a|another) (?:time|moment|occasion))\b",
    re.IGNORECASE,
)
_ANOTHER_VALUE = compiled(
    r"\b(?:another|our (?:second|third|other)) (?:of our )?values? is\b|\btell me about another "
    r"(?:time|moment|occasion)\b",
    re.IGNORECASE,
)
PROBE_CUES = (
    (
        "contradiction",
        r"\b(?:reconcile|square those|which is it|first conversation you|"
        r"last time you (?:said|mentioned|told)|earlier you (?:said|mentioned))",
    ),
    (
        "ownership",
        r"\b(?:yourself|your (?:own )?part|you personally|which decisions were yours|"
        r"your role|without you|what did you do\b|which (?:of (?:those|these|the) )?(?:\w+ ){0,2}"
        r"(?:was|were) (?:yours|you)\b|(?:was|were) (?:yours|down to you)\b)",
    ),
    (
        "assumption_challenge",
        r"\b(?:isolate|baseline|how did you (?:measure|know)|how do you "
        r"know|other factors|attribut\w*|pressure-test|how did you (?:get|arrive at|"
        r"calculate|work out|come up with) (?:those|that|the|these) (?:\w+ )?(?:numbers?|"
        r"figures?|results?|savings?|percentages?|data))",
    ),
    (
        "retrospective",
        r"\b(?:differently|looking back|in hindsight|carry forward|what did you "
        r"learn|get wrong|change first|reverse|would you change)",
    ),
    (
        "values_conflict",
        r"\b(?:suppose|what if|pull(?:ed)? against|against your judgement|"
        r"cost you|bend on|conflict with)\b",
    ),
    (
        "metric",
        r"\b(?:put a number|the numbers?|how much|how many|figure|measure success|"
        r"before and after|metric)",
    ),
    (
        "result",
        r"\b(?:outcome|how did it end|how did it turn out|what changed|where did things "
        r"stand)",
    ),
    ("situation", r"\b(?:set the scene|context|what was at stake|before you stepped in)"),
)
_PROBE_CUES = tuple((kind, compiled(p, re.IGNORECASE)) for kind, p in PROBE_CUES)


class ContractError(ValueError):
    """Input that does not follow the documented contract (one line: what and how to fix)."""


def decide(payload: Any, language: Language | None = None) -> dict[str, Any]:
    """The director's next action for a documented ``roundtwo next`` input."""
    from roundtwo.mock.interview import phrase

    state = state_from(payload)
    action = next_action(state)
    return result(action, phrase(state, action, language))


def result(action: Action, question: str) -> dict[str, Any]:
    topic = getattr(action, "topic", None)
    return {
        "schema": SCHEMA,
        "action": action.action,
        "probe": action.probe if isinstance(action, FollowUp) else None,
        "question": question,
        "reason": action.reason,
        "topic": None if topic is None else {"id": topic.id, "category": topic.category},
        "persona": getattr(action, "persona", None) or None,
    }


def state_from(payload: Any) -> InterviewState:
    """An InterviewState from the contract's input; ContractError on anything malformed."""
    if not isinstance(payload, Mapping):
        raise ContractError('The input must be a JSON object with a "transcript" list.')
    transcript = payload.get("transcript", [])
    if not isinstance(transcript, list):
        raise ContractError('"transcript" must be a list of {"question", "answer"} objects.')
    if len(transcript) > MAX_TURNS:
        raise ContractError(f'"transcript" has {len(transcript)} turns; at most {MAX_TURNS}.')
    cap = payload.get("max_questions", 20)
    if isinstance(cap, bool) or not isinstance(cap, int) or not 1 <= cap <= MAX_QUESTIONS:
        raise ContractError(f'"max_questions" must be a whole number from 1 to {MAX_QUESTIONS}.')
    context = payload.get("context") or {}
    if not isinstance(context, Mapping):
        raise ContractError('"context" must be a JSON object.')
    level = context.get("level", "mid")
    if level not in LEVELS:
        raise ContractError(f'"context.level" must be one of {", ".join(LEVELS)}.')
    seed = context.get("seed", 0)
    topics = plan_topics(context, seed if isinstance(seed, int) else 0)
    items = [_item(i, raw) for i, raw in enumerate(transcript)]
    if "contradictions" in context:
        contradictions = _contradictions(context.get("contradictions"), items)
    else:  # only text to go on: ask the ledger what the answers contradict
        contradictions = find_contradictions(
            _dicts(context.get("round_one", context.get("exchanges"))),
            _dicts(context.get("ledger_facts", context.get("facts"))),
            [
                ("", "") if _squares(item) else (item["question"], item["answer"]) for item in items
            ],  # an answer squaring a confronted pair explains it: it raises no new one
        )
    topics, turns = _turns(items, topics, contradictions, str(level))
    min_topics = context.get("min_topics", 5)
    return InterviewState(
        topics=tuple(topics),
        turns=tuple(turns),
        max_questions=cap,
        personas=_personas(context),
        contradictions=tuple(contradictions),
        values=tuple(values_of(context)),
        level=str(level),
        min_topics=min_topics if isinstance(min_topics, int) and min_topics >= 0 else 5,
    )


def _item(index: int, raw: Any) -> dict[str, Any]:
    where = f"transcript[{index}]"
    if not isinstance(raw, Mapping):
        raise ContractError(f'{where} must be an object with "question" and "answer".')
    question, answer = raw.get("question"), raw.get("answer")
    if not isinstance(question, str) or not question.strip():
        raise ContractError(f'{where} needs a "question" (non-empty text).')
    if not isinstance(answer, str):
        raise ContractError(f'{where} needs an "answer" (text; "" for no answer).')
    topic, probe = raw.get("topic"), raw.get("probe")
    if topic is not None and not isinstance(topic, str):
        raise ContractError(f'{where}: "topic" must be text.')
    if probe is not None and probe not in FOLLOW_UP_KINDS:
        raise ContractError(f'{where}: "probe" must be one of {", ".join(FOLLOW_UP_KINDS)}.')
    seconds = raw.get("response_seconds")
    if seconds is not None and (
        isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0
    ):
        raise ContractError(f'{where}: "response_seconds" must be a number of seconds.')
    return {
        "question": question,
        "answer": answer,
        "topic": (topic or "").strip(),
        "probe": probe,
        "response_seconds": seconds,
    }


def _personas(context: Mapping[str, Any]) -> tuple[Persona, ...]:
    chosen = context.get("personas", context.get("persona"))
    if chosen is None:
        return ()
    names = [chosen] if isinstance(chosen, str) else chosen
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names) or not names:
        raise ContractError('"context.persona" must be a persona id or a list of two to four.')
    try:
        return tuple(persona(name) for name in names[:4])
    except ValueError as exc:
        raise ContractError(str(exc)) from None


def _squares(item: Mapping[str, Any]) -> bool:
    """Is this turn's question a confrontation ("…today I heard 32. Help me reconcile those")?"""
    return item["probe"] == "contradiction" or (
        not item["probe"] and _CONFRONTS.search(item["question"]) is not None
    )


_CONFRONTS = compiled(
    r"\b(?:reconcile|square (?:those|that|these|the two)|which (?:one )?is (?:it|right|correct)|"
    r"(?:today|now|just now) (?:i heard|you said|you've said)|(?:doesn't|does not|don't|do not) "
    r"(?:match|add up|square))\b",
    re.IGNORECASE,
)


def _contradictions(raw: Any, items: Sequence[Mapping[str, Any]]) -> list[Contradiction]:
    """Contradictions as this module documents them, or as the ledger reports them."""
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(c, Mapping) for c in raw):
        raise ContractError('"context.contradictions" must be a list of objects.')
    found = []
    for c in raw:
        values = c.get("values") if isinstance(c.get("values"), list) else []
        quotes = c.get("quotes") if isinstance(c.get("quotes"), list) else []
        earlier = _first(c, ("earlier_value", "earlier", "before", "previous", "old_value"))
        now = _first(c, ("new_value", "new", "now", "current", "after"))
        earlier = values[0] if earlier is None and values else earlier
        now = values[-1] if now is None and len(values) > 1 else now
        if earlier in ("", None) or now in ("", None):
            raise ContractError("Each contradiction needs an earlier and a new value.")
        new_quote = str(c.get("new_quote", quotes[-1] if len(quotes) > 1 else ""))
        turn = c.get("turn")
        if not isinstance(turn, int) or isinstance(turn, bool):
            said = [i for i, it in enumerate(items) if new_quote and new_quote in it["answer"]]
            turn = said[0] if said else None
        round_ = c.get("round", 1)
        found.append(
            Contradiction(
                subject=str(c.get("subject", "")),
                earlier_quote=str(c.get("earlier_quote", quotes[0] if quotes else "")),
                earlier_value=_shown(earlier),
                new_value=_shown(now),
                round=round_ if isinstance(round_, int) and not isinstance(round_, bool) else 1,
                interviewer=str(c.get("interviewer", "")),
                new_quote=new_quote,
                turn=turn,
            )
        )
    return found


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _first(mapping: Mapping[str, Any], keys: Sequence[str]) -> Any:
    return next((mapping[k] for k in keys if mapping.get(k) not in (None, "")), None)


def _shown(value: Any) -> str:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    return str(value)


def _turns(
    items: Sequence[Mapping[str, Any]],
    topics: list[Topic],
    contradictions: Sequence[Contradiction],
    level: str,
) -> tuple[list[Topic], list[Turn]]:
    from roundtwo.analysis import analyze

    planned = {normalise(t.question): t for t in topics}
    claimed: dict[str, str] = {}  # a label → the topic id it stands for
    turns: list[Turn] = []
    current = ""
    for item in items:
        question, label = item["question"], item["topic"]
        if label:
            topic_id = claimed.get(label) or _claim(label, question, topics, claimed)
            value_story = label == "culture_values" and _STORY_ASKED.search(question) is not None
            if topic_id == current and (value_story or _ANOTHER_VALUE.search(question)):
                topic_id = _claim(label, question, topics, claimed)  # the second value, say
        elif normalise(question) in planned:
            topic_id = planned[normalise(question)].id
        elif not current or (item["probe"] is None and OPENING.search(question)):
            topic_id = _adhoc(f"topic-{len({t.topic for t in turns}) + 1}", question, topics)
        else:
            topic_id = current
        opens = topic_id != current and all(t.topic != topic_id for t in turns)
        probe = item["probe"] or (None if opens else _follow_up(question, contradictions, turns))
        target = _target(probe, question, contradictions, turns) if probe else ""
        analysis = analyze(item["answer"], question, level).to_json()
        turns.append(
            Turn(
                question,
                item["answer"],
                topic_id,
                None if opens else probe,
                analysis,
                item["response_seconds"],
                target,
            )
        )
        current = topic_id
    return topics, turns


def _claim(label: str, question: str, topics: list[Topic], claimed: dict[str, str]) -> str:
    """The planned topic a transcript's label stands for: its id, or its category."""
    taken = set(claimed.values())
    match = next((t for t in topics if t.id == label), None)
    if match is None and label in CATEGORIES:
        match = next((t for t in topics if t.category == label and t.id not in taken), None)
    topic_id = match.id if match else _adhoc(label, question, topics)
    claimed[label] = topic_id
    return topic_id


def _adhoc(topic_id: str, question: str, topics: list[Topic]) -> str:
    """A topic the plan did not hold, added to it (its category read from the words)."""
    while any(t.id == topic_id for t in topics):
        topic_id += "'"
    category = topic_id if topic_id in CATEGORIES else infer_category(question)
    topics.append(Topic(topic_id, category, question))
    return topic_id


def _follow_up(
    question: str, contradictions: Sequence[Contradiction], turns: Sequence[Turn]
) -> str:
    """A follow-up's kind: a nudge after a screened reply, a rephrasing after a clarifying
    question, else read from its words."""
    if turns and turns[-1].screen == "redirect":
        return "nudge"
    if turns and turns[-1].allowed and turns[-1].analysis.get("kind") == "clarification":
        return "clarify"
    return infer_probe(question, bool(contradictions))


def infer_probe(question: str, contradictions: bool = True) -> str:
    """The kind of a follow-up question, from its words (tell_me_more when nothing else fits)."""
    for kind, pattern in _PROBE_CUES:
        if kind == "contradiction" and not contradictions:
            continue
        if pattern.search(question):
            return kind
    return "tell_me_more"


def _target(
    probe: str, question: str, contradictions: Sequence[Contradiction], turns: Sequence[Turn]
) -> str:
    if probe == "contradiction":
        raised = {t.target for t in turns if t.probe == "contradiction"}
        text = question.lower()
        for c in contradictions:
            mentioned = c.earlier_value.lower() in text or c.new_value.lower() in text
            if c.key not in raised and mentioned:
                return c.key
        return next((c.key for c in contradictions if c.key not in raised), "")
    if probe == "assumption_challenge":
        text = question.lower()
        for turn in reversed(turns):
            for quote in turn.analysis.get("claims_worth_chasing") or []:
                if str(quote).lower()[:24] in text:
                    return str(quote)
    return ""
