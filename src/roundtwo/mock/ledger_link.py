"""The one bridge from the mock interview to the fact ledger (roundtwo.ledger).

The director never imports the ledger: it is given the contradictions already found. This
adapter finds them for callers that only have text — `roundtwo next` with round-one answers
or ledger facts in its context — with the ledger's typed checks (``Statement`` in,
``Contradiction`` out). A ledger error is an error: it is never read as "no contradictions".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from roundtwo.ledger.check import contradictions_among
from roundtwo.ledger.statements import Statement, facts_from_statement
from roundtwo.mock.state import Contradiction


def find_contradictions(
    round_one: Sequence[Mapping[str, Any]],
    ledger_facts: Sequence[Mapping[str, Any]],
    answers: Sequence[str],
) -> list[Contradiction]:
    """Contradictions between this session's ``answers`` and what was said before (the
    round-one exchanges' answers and the ledger facts' quotes), the earlier fact first.

    A fact with ``"status": "retracted"`` was taken back: saying it again is confronted
    ("five engineers, a figure you took back" / "five engineers again"); a new value is not."""
    earlier: dict[str, Mapping[str, Any]] = {}
    statements: list[Statement] = []
    for prefix, items, key in (("r", round_one, "answer"), ("f", ledger_facts, "quote")):
        for n, item in enumerate(items):
            text = (item.get(key) or item.get("text")) if isinstance(item, Mapping) else None
            if not isinstance(text, str) or not text.strip():
                continue
            ident = f"{prefix}{n}"
            earlier[ident] = item
            statements.append(_statement(ident, text, item))
    if not statements:
        return []
    now = max(s.round or 1 for s in statements) + 1
    statements += [Statement(f"m{n}", a, now) for n, a in enumerate(answers)]
    facts = [f for s in statements for f in facts_from_statement(s)]
    found = []
    for c in contradictions_among(facts):
        first, second = c.facts
        if first.statement_id not in earlier or not second.statement_id.startswith("m"):
            continue
        said = earlier[first.statement_id]
        before, now_said = c.values
        if c.kind == "retracted" and before and now_said:  # a withdrawn claim, repeated
            before, now_said = f"{before}, a figure you took back", f"{now_said} again"
        found.append(
            Contradiction(
                subject=c.subject,
                earlier_quote=c.quotes[0],
                earlier_value=before,
                new_value=now_said,
                round=_round(said),
                interviewer=str(said.get("interviewer") or ""),
                new_quote=c.quotes[1],
                turn=int(second.statement_id[1:]),
            )
        )
    return [c for c in found if c.earlier_value and c.new_value]


def _round(item: Mapping[str, Any]) -> int:
    value = item.get("round", 1)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1


def _statement(ident: str, text: str, item: Mapping[str, Any]) -> Statement:
    interviewer = item.get("interviewer")
    question = item.get("question")
    status = item.get("status")  # a retracted claim repeated: a hard flag
    return Statement(
        ident,
        text,
        _round(item),
        interviewer if isinstance(interviewer, str) else "",
        question if isinstance(question, str) else "",
        status if status in ("locked", "retracted") else "active",
    )
