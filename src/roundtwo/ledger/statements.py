"""What the ledger adds to a fact: the statement it was said in, the round and interviewer who
heard it, and its status (active, locked, retracted).

``facts_from_statement(statement)`` asks the one reader (``analysis.reader.read_facts``) for the
facts of a statement and ties each to where it was said; nothing here reads the words again.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from roundtwo.analysis.facts import ECHO, Fact
from roundtwo.analysis.mentions import mentions
from roundtwo.analysis.reader import read_facts

STATUSES = ("active", "locked", "retracted")


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing the candidate said: an answer, a recalled line, a debrief note."""

    id: str
    text: str
    round: int | None = None
    interviewer: str = ""
    question: str = ""
    status: str = "active"


@dataclass(frozen=True, slots=True)
class StatedFact(Fact):
    """A fact as said: in statement ``statement_id``, in ``round``, to ``interviewer``."""

    statement_id: str = ""
    round: int | None = None
    interviewer: str = ""
    status: str = "active"

    @property
    def id(self) -> str:
        return f"{self.statement_id}#{self.index}"

    def with_status(self, status: str) -> StatedFact:
        _check_status(status)
        return replace(self, status=status)

    def to_json(self) -> dict[str, Any]:
        return {
            "statement": self.statement_id,
            "round": self.round,
            "interviewer": self.interviewer,
            **Fact.to_json(self),
            "status": self.status,
        }

    @classmethod
    def of(
        cls,
        fact: Fact,
        statement_id: str,
        round: int | None = None,
        interviewer: str = "",
        status: str = "active",
    ) -> StatedFact:
        values = {f.name: getattr(fact, f.name) for f in fields(Fact)}
        return cls(**values, statement_id=statement_id, round=round, interviewer=interviewer,
                   status=status)  # fmt: skip


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")


def facts_from_statement(statement: Statement) -> list[StatedFact]:
    """Every fact stated in ``statement``, in order of appearance. A fact that names no company
    is about the one the question named ("What does your role at Tessellate look like?")."""
    found = facts_from_text(
        statement.text,
        statement.id,
        statement.round,
        statement.interviewer,
        statement.status,
        statement.question,
    )
    question = " ".join(statement.question.lower().split())
    if not question or not found:
        return found
    asked = asked_about(statement.question)
    result = []
    for fact in found:
        if asked and not fact.entity.company and not fact.salary:
            fact = replace(fact, entity=replace(fact.entity, company=asked))
        if not fact.stance and " ".join(fact.text.lower().split()) in question:
            fact = replace(fact, stance=ECHO)  # the interviewer's own figure, said back
        result.append(fact)
    return result


def asked_about(question: str) -> str:
    """The one company a question names ("… your role at Tessellate …"), or ""."""
    names = {m.entity.company for m in mentions(question) if m.entity.company}
    return names.pop() if len(names) == 1 else ""


def facts_from_text(
    text: str,
    statement_id: str = "",
    round: int | None = None,
    interviewer: str = "",
    status: str = "active",
    question: str = "",
) -> list[StatedFact]:
    _check_status(status)
    facts = read_facts(text, question=question)
    return [StatedFact.of(f, statement_id, round, interviewer, status) for f in facts]


__all__ = ["STATUSES", "StatedFact", "Statement", "facts_from_statement", "facts_from_text"]
