"""The predicted round-two set: which topics the mock interviewer opens, in which order.

``plan_topics(context)`` reads a plain dict (nothing from the store) and returns topics:
the round-one weak moments and push-backs first, then ledger facts worth re-checking, deeper
versions of what round one asked, the company's values as scenario questions, and the
standard round-two categories. Deterministic: the same context and seed give the same plan.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from roundtwo.analysis.precompiled import compiled
from roundtwo.mock.data import load
from roundtwo.mock.state import Topic

MAX_TOPICS = 12
STANDARD = (  # the order a round two asks them in (docs/mock.md)
    "why_us",
    "first_90_days",
    "culture_values",
    "technical_depth",
    "behavioural_deep_dive",
    "round_one_followup",
)
_FORMATTER = string.Formatter()
_CATEGORY_CUES = tuple(
    (category, compiled(pattern, re.IGNORECASE))
    for category, pattern in (
        ("round_one_followup", r"\b(?:last time|round one|first (?:conversation|interview))\b"),
        (
            "first_90_days",
            r"\b(?:first (?:90|ninety|30|thirty|60|sixty|hundred) days|first "
            r"(?:month|weeks?|quarter)|day one|by day \d+)\b",
        ),
        (
            "why_us",
            r"\bwhy (?:us|this|here|do you want|would you want|join|\w+ specifically)|"
            r"\b(?:interest(?:ed|s you)? in (?:us|this|the role|joining)|what do you "
            r"know about (?:us|our|the team))",
        ),
        (
            "culture_values",
            r"\b(?:our values?|the values?|culture|integrity|ethical|disagreed "
            r"with a decision)\b",
        ),
        (
            "technical_depth",
            r"\b(?:technical(?:ly)?|architecture|system design|trade-?offs?|"
            r"debug\w*|algorithm|from first principles|latency|schema)\b",
        ),
    )
)
_SENTENCE_END = compiled(r"(?<=[.!?])\s+")
_WORD = compiled(r"[A-Za-z][A-Za-z+#-]{4,}")
_STOP = frozenset(
    re.findall(
        r"\w+",
        "about above after again against among being below between could doing during every "
        "experience other their there these those through under until which while would years "
        "strong ability skills working teams including across within using should candidate "
        "role team company will have with that this from your what when where more most must",
    )
)


def plan_topics(context: Mapping[str, Any] | None = None, seed: int = 0) -> list[Topic]:
    """The topics of a round-two session, most important first (at most MAX_TOPICS).

    ``context`` keys (all optional): ``round_one`` (exchanges: question, answer, weak_moment,
    pushed_back, surprise, interviewer, function, round), ``ledger_facts`` (subject, quote,
    value, round, interviewer, recheck), ``values`` (names or {"name": …}), ``role``,
    ``company``, ``team``, ``keywords`` or ``job_description``. ``seed`` rotates the phrasing
    so a second session on the same opportunity does not open with the same words.
    """
    context = context or {}
    builder = _Builder(seed)
    exchanges = [e for e in _list(context, "round_one", "exchanges") if _text(e, "question")]
    flagged = [e for e in exchanges if e.get("weak_moment")]
    pushed = [
        e for e in exchanges if e not in flagged and (e.get("pushed_back") or e.get("surprise"))
    ]
    for exchange in flagged:
        builder.exchange("weak_moment", exchange)
    for exchange in pushed:
        builder.exchange("pushed_back", exchange)
    for fact in _facts_to_recheck(_list(context, "ledger_facts", "facts")):
        builder.fact(fact)
    rest = [e for e in exchanges if e not in flagged and e not in pushed]
    for exchange in [e for e in rest if _text(e, "answer")][:2]:
        builder.exchange("round_one_followup", exchange)
    for value in values_of(context)[:2]:
        builder.add("culture_values", {"value": value}, value=value)
    slots = {
        "role": _role(context),
        "company": _text(context, "company"),
        "team": _text(context, "team"),
        "keyword": next(iter(_keywords(context)), ""),
    }
    for category in STANDARD:
        if category in _FROM_CONTEXT and category not in builder.categories():
            continue  # no values given, no round one: nothing of the company's or theirs to ask
        if category not in builder.categories():
            builder.add(category, slots)
    return _interleaved(builder.topics)[:MAX_TOPICS]


HISTORY = frozenset({"weak_moment", "pushed_back", "ledger_recheck"})
# standard topics asked only from what the context gives: the company's values, round one
_FROM_CONTEXT = frozenset({"culture_values", "round_one_followup"})
# Round two always asks why us and the first 90 days: they come early, between the topics
# from round one, so that a session that goes deep on history still covers them.
_EARLY = ("why_us", "first_90_days", "culture_values", "technical_depth")


def _interleaved(topics: list[Topic]) -> list[Topic]:
    """Round one's weak moments and push-backs first, one at a time, each followed by one of
    the standard round-two topics (why us, first 90 days, values, technical depth), then the
    rest in order. Without a history, the plan keeps its own order."""
    history = [t for t in topics if t.category in HISTORY]
    if not history:  # the company's own values first, then the standard order
        return sorted(topics, key=lambda t: 0 if t.category == "culture_values" and t.value else 1)
    rank = {c: n for n, c in enumerate(_EARLY)}
    standard = sorted(
        (t for t in topics if t.category not in HISTORY),
        key=lambda t: rank.get(t.category, len(rank)),
    )
    ordered: list[Topic] = []
    while history or standard:
        if history:
            ordered.append(history.pop(0))
        if standard:
            ordered.append(standard.pop(0))
    return ordered


def infer_category(question: str) -> str:
    """The category of a question asked outside the plan (a scripted transcript's own)."""
    for category, pattern in _CATEGORY_CUES:
        if pattern.search(question):
            return category
    return "behavioural_deep_dive"


def values_of(context: Mapping[str, Any]) -> list[str]:
    """The company's values as names, from strings or {"name": …} objects."""
    names: list[str] = []
    for value in _list(context, "values"):
        name = value.get("name", "") if isinstance(value, Mapping) else value
        if isinstance(name, str) and name.strip() and name.strip() not in names:
            names.append(name.strip())
    return names


_FILLER_OPENING = compiled(
    r"^(?:(?:sure|yeah|yes|yep|ok(?:ay)?|so|um+|uh+|er+|well|right|honestly|good question|"
    r"great question|that's a good question|i mean|like|you know)[,.!:;—–-]*\s+)+",
    re.IGNORECASE,
)
_CLAUSE_CUT = compiled(r"[,;:—–](?=\s)")
# Small talk is not something the candidate "told us": greetings, sound checks, thanks.
_SMALL_TALK = compiled(
    r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you|nice to|great to|"
    r"lovely to)\b|\b(?:can you hear me|i can hear you|can you see me|i can see you|you're on "
    r"mute|thanks for having me|nice to meet you|good to meet you)\b",
    re.IGNORECASE,
)
MIN_QUOTE_WORDS = 5  # fewer than this is filler ("Sure."), not something the candidate told


def shorten(text: str, words: int = 14, least: int = MIN_QUOTE_WORDS) -> str:
    """What the candidate said, to quote back: the first sentence with substance (filler
    openers like "Sure, so" dropped; "Sure." alone is not a quote), cut at a clause boundary
    within ``words`` words with "…" where cut; "" when nothing is worth quoting."""
    text = " ".join(text.split())
    for sentence in _SENTENCE_END.split(text):
        said = _FILLER_OPENING.sub("", sentence.strip()).rstrip(" .!?")
        parts = said.split(" ")
        if len(parts) < least or (least > 1 and _SMALL_TALK.search(said)):
            continue
        if len(parts) <= words:
            return said
        head = " ".join(parts[:words])
        cuts = [m.start() for m in _CLAUSE_CUT.finditer(head)]
        if cuts and len(head[: cuts[-1]].split()) >= least:
            head = head[: cuts[-1]]
        return head.rstrip(",;: ") + "…"
    return ""


def around(quote: str, figure: str, words: int = 16) -> str:
    """The words of ``quote`` that carry ``figure``, cut at word boundaries with "…" where
    cut: a re-check must quote the figure it asks about, not the preamble before it."""
    flat = " ".join(quote.split())
    at = flat.lower().find(figure.lower()) if figure else -1
    if at < 0:
        return shorten(flat, words, least=1)
    parts = flat.split(" ")
    index = len(flat[:at].split(" ")) - 1  # the word the figure starts in
    end = min(len(parts), index + max(4, len(figure.split())) + 2)
    start = max(0, end - words)
    said = " ".join(parts[start:end]).strip(" ,;:")
    return ("…" if start else "") + said + ("…" if end < len(parts) else "")


class _Builder:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.topics: list[Topic] = []
        self._used: set[str] = set()

    def categories(self) -> set[str]:
        return {t.category for t in self.topics}

    def exchange(self, category: str, exchange: Mapping[str, Any]) -> None:
        question = _text(exchange, "question")
        answer = _text(exchange, "answer")
        interviewer = _text(exchange, "interviewer")
        round_ = exchange.get("round", 1)
        source = f'round {round_}{", " + interviewer if interviewer else ""}: "{question}"'
        slots = {
            "exchange": shorten(question, 12, least=1),
            "quote": shorten(answer) if answer else "",
            "interviewer": interviewer,
        }
        self.add(category, slots, source=source, quote=slots["quote"], interviewer=interviewer)

    def fact(self, fact: Mapping[str, Any]) -> None:
        quote = _text(fact, "quote") or _text(fact, "text")
        interviewer = _text(fact, "interviewer")
        source = f"ledger, round {fact.get('round', 1)}: {_text(fact, 'subject') or quote}"
        slots = {"quote": around(quote, _text(fact, "text")), "subject": _text(fact, "subject")}
        self.add("ledger_recheck", slots, source=source, quote=quote, interviewer=interviewer)

    def add(self, category: str, slots: Mapping[str, str], **extra: str) -> None:
        question = self._phrase(category, slots)
        if question is None or len(self.topics) >= 2 * MAX_TOPICS:  # cut after ordering
            return
        number = sum(1 for t in self.topics if t.category == category) + 1
        self._used.add(question)
        self.topics.append(Topic(f"{category}-{number}", category, question, **extra))

    def _phrase(self, category: str, slots: Mapping[str, str]) -> str | None:
        variants = [
            v
            for v in load("templates")["openings"][category]
            if all(slots.get(name) for name in _fields(v))
        ]
        if not variants:
            return None
        start = (self.seed + sum(1 for t in self.topics if t.category == category)) % len(variants)
        for offset in range(len(variants)):
            question = str(variants[(start + offset) % len(variants)]).format(**slots)
            if question not in self._used:
                return question
        return None


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in _FORMATTER.parse(template) if name]


def _list(context: Mapping[str, Any], *keys: str) -> list[Any]:
    for key in keys:
        value = context.get(key)
        if isinstance(value, list):
            return [v for v in value if isinstance(v, Mapping | str)]
    return []


def _text(mapping: Any, key: str) -> str:
    value = mapping.get(key, "") if isinstance(mapping, Mapping) else ""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _facts_to_recheck(facts: Sequence[Any]) -> list[Mapping[str, Any]]:
    """At most two facts, one per subject: those flagged ``recheck`` first, then in order."""
    usable = [
        f for f in facts if isinstance(f, Mapping) and (_text(f, "quote") or _text(f, "text"))
    ]
    ordered = [f for f in usable if f.get("recheck")] + [f for f in usable if not f.get("recheck")]
    chosen: list[Mapping[str, Any]] = []
    subjects: set[str] = set()
    for fact in ordered:
        subject = _text(fact, "subject").lower() or _text(fact, "quote").lower()
        if subject not in subjects:
            subjects.add(subject)
            chosen.append(fact)
    return chosen[:2]


def _role(context: Mapping[str, Any]) -> str:
    role = _text(context, "role")
    if not role:
        return ""
    return role if role.lower().startswith(("a ", "an ", "the ", "our ")) else f"our {role}"


def _keywords(context: Mapping[str, Any]) -> list[str]:
    given = [k.strip() for k in _list(context, "keywords") if isinstance(k, str) and k.strip()]
    if given:
        return given
    words = [w.lower() for w in _WORD.findall(_text(context, "job_description"))]
    counts = Counter(w for w in words if w not in _STOP)
    return [w for w, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))][:3]
