"""The words of a contradiction: a one-line explanation and how to reconcile it before the
next round. Plain, second person, never a script.

"In round 1 you told Dana the team size at Northwind was five engineers; here it is seven
engineers." — "If it grew, say so: “we started at five engineers and grew to seven
engineers”. If not, settle on the right number and use it every time."
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from roundtwo.analysis.lexicon import VERBS

if TYPE_CHECKING:
    from roundtwo.analysis.subjects import Subject
    from roundtwo.ledger.statements import StatedFact

EVENT_NOUNS = {
    "join": "the date you joined",
    "leave": "the date you left",
    "ship": "the launch date",
    "promote": "the date you were promoted",
    "graduate": "the date you graduated",
    "start": "the start date",
    "finish": "the finish date",
    "complete": "the completion date",
    "hire": "the date you were hired",
    "move": "the date you moved",
}
TITLES = {
    "title:start": "the title you started with",
    "title:current": "your current title",
    "title:promotion": "the title you were promoted to",
    "title:held": "the title you held",
}


def topic(fact: StatedFact, other: StatedFact | None = None) -> str:
    """What the two facts are about, as the subject of a sentence: "the team size at
    Northwind", "the cut in p99 latency", "your salary expectation", "the date you joined"."""
    subject = richer(fact, other)
    where = fact.entity.where() or (other.entity.where() if other is not None else "")
    if subject is None:
        return "this figure"
    label = subject.label()
    if subject.head == "salary":
        text, where = f"your {label}", ""
    elif subject.caption and subject.kind == "duration":
        # "how long you owned the service", "the time taken (cleared the backlog)"
        text = label if label.startswith("how long") else f"the {label}"
    elif subject.kind == "date":
        text = EVENT_NOUNS.get(subject.head, f"the date of “{subject.head}”")
        if subject.phrase:
            text += f" ({subject.phrase})"
        company = fact.entity.company
        if subject.head in ("join", "leave") and company and where.startswith(f"at {company}"):
            text, where = f"{text} {company}", where[len(f"at {company}") :].strip()
    elif subject.kind == "title":
        text = TITLES.get(subject.head, "your title")
    elif subject.kind == "duration" and subject.head in ("work",):
        text = "how long you were there"
    elif subject.kind == "duration" and subject.head == "experience":
        text = f"your {label}"
    elif subject.kind == "duration" and subject.head.endswith(("time", "outstanding")):
        text = _phase(fact.phase, label)
    elif subject.kind == "duration" and subject.head in VERBS:
        text = f"how long you spent {_gerund(subject.head)}"
        if subject.mods:
            text += " " + " ".join(sorted(subject.mods))
    elif subject.kind == "duration" and label.split()[0] in VERBS and len(label.split()) > 1:
        verb, *rest = label.split()
        text = f"how long it took to {verb} the {' '.join(rest)}"
    elif subject.kind == "duration":
        text = _phase(fact.phase, f"length of the {label}")
    else:
        text = _phase(fact.phase, label)
    return f"{text} {where}".strip()


def _gerund(verb: str) -> str:
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


def _phase(phase: str, label: str) -> str:
    if phase == "delta":
        return f"the change in {label}"
    if phase == "start":
        return f"the starting {label}"
    if phase == "end":
        return f"the final {label}"
    return f"the {label}"


def richer(fact: StatedFact, other: StatedFact | None) -> Subject | None:
    """Of two matching subjects, the one that says more (a container, modifiers)."""
    if other is None or other.subject is None:
        return fact.subject
    if fact.subject is None:
        return other.subject
    score_a = bool(fact.subject.container) * 2 + len(fact.subject.mods)
    score_b = bool(other.subject.container) * 2 + len(other.subject.mods)
    return other.subject if score_b > score_a else fact.subject


def _said_to(fact: StatedFact) -> str:
    """ "In round 1 you told Dana" / "Earlier you told Dana" / "Earlier you said"."""
    when = f"In round {fact.round}" if fact.round is not None else "Earlier"
    return f"{when} you told {fact.interviewer}" if fact.interviewer else f"{when} you said"


def _origin(fact: StatedFact) -> str:
    parts = []
    if fact.round is not None:
        parts.append(f"round {fact.round}")
    if fact.interviewer:
        parts.append(f"to {fact.interviewer}")
    return ", ".join(parts) or "earlier"


def _where(first: StatedFact, second: StatedFact) -> str:
    if second.round is not None and second.round != first.round:
        return f"in round {second.round}" + (
            f", to {second.interviewer}," if second.interviewer else ""
        )
    if second.interviewer and second.interviewer != first.interviewer:
        return f"to {second.interviewer}"
    return "later"


def explain(first: StatedFact, second: StatedFact, kind: str, here: bool = False) -> str:
    """One line: what was said before, and what is said now."""
    about = topic(second, first)
    where = "here" if here else _where(first, second)
    if kind == "retracted":
        return (
            f"You retracted “{first.text}” for {about} ({_origin(first)}), "
            f"and {where} it is said again."
        )
    if first.status == "locked":
        return (
            f"You locked {about} at {first.text} ({_origin(first)}); {where} it is {second.text}."
        )
    if second.status == "locked":
        return (
            f"You locked {about} at {second.text} ({_origin(second)}); "
            f"{_origin(first)} it was {first.text}."
        )
    if first.statement_id == second.statement_id and not here:
        return f"In one answer you gave {about} as both {first.text} and {second.text}."
    return f"{_said_to(first)} {about} was {first.text}; {where} it is {second.text}."


def suggest(first: StatedFact, second: StatedFact, kind: str) -> str:
    """How to reconcile the two before the next round."""
    a, b = first.text, second.text
    subject = richer(second, first)
    head = subject.head if subject is not None else ""
    quals = dict(subject.quals) if subject is not None else {}
    if kind == "retracted":
        return (
            f"Leave “{a}” out: you took it back. Use the figure you settled on instead, "
            "and if you are unsure of it, say so rather than reach for the old one."
        )
    locked = first if first.status == "locked" else second if second.status == "locked" else None
    if locked is not None:
        other = b if locked is first else a
        return (
            f"Use your locked figure, {locked.text}, every time. If {other} is the right one, "
            "correct the ledger entry first so every round hears the same number."
        )
    if head == "salary" and quals.get("salary") == "expectation":
        return (
            "Give every interviewer the same target range. If your expectations changed, "
            f"say why: “having learned more about the scope, I'm now targeting {b}”."
        )
    if head == "salary":
        return (
            "State your current pay the same way every time, and say whether it is base "
            "or total compensation; it can be checked."
        )
    if second.kind == "date":
        return (
            "Check the date against your CV and LinkedIn and use the same one everywhere; "
            "if you are unsure, say “early 2021” rather than a precise month."
        )
    if second.kind == "title":
        return "Use the title on your CV and offer letter, every time."
    if second.kind == "duration" and not second.phase:
        return (
            "Say what each length covers (the build, the rollout, the whole project), or "
            f"settle on one — {a} or {b} — and use it every time."
        )
    if second.phase == "delta":
        return (
            "Check how you measured it and quote one figure, with its baseline, every time "
            f"(“from X to Y”). If {a} and {b} measure different things, say which is which."
        )
    grows = subject is not None and subject.verb in ("", "have") and bool(subject.container)
    if second.kind == "count" and grows and not second.phase:
        return (
            f"If it grew, say so: “we started at {a} and grew to {b}”. If not, settle on "
            "the right number and use it every time."
        )
    caution = ""
    if first.approximate or second.approximate:
        caution = " If you are not sure, give a range you can defend and keep to it."
    return (
        f"If both are true at different times, say when: “{a} at the start, {b} by the end”. "
        f"If not, settle on the right figure and use it every time.{caution}"
    )
