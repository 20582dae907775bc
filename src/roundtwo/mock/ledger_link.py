"""The one bridge from the mock interview to the fact ledger (roundtwo.ledger).

The director never imports the ledger: it is given the contradictions already found. This
adapter finds them for callers that only have text — `roundtwo next` with round-one answers
or ledger facts in its context — with the ledger's typed checks (``Statement`` in,
``Contradiction`` out). A ledger error is an error: it is never read as "no contradictions".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from roundtwo.ledger.check import check
from roundtwo.ledger.index import FactIndex
from roundtwo.ledger.statements import Statement, facts_from_statement
from roundtwo.mock.state import Contradiction


Answer = str | tuple[str, str]  # an answer, or (the question asked, the answer)


def find_contradictions(
    round_one: Sequence[Mapping[str, Any]],
    ledger_facts: Sequence[Mapping[str, Any]],
    answers: Sequence[Answer],
) -> list[Contradiction]:
    """Contradictions between this session's ``answers`` and what was said before (the
    round-one exchanges' answers and the ledger facts' quotes), the earlier fact first. Each
    answer is read with the question it answers and checked the way the ledger checks a new
    answer (``roundtwo.ledger.check``); a pair already found is not found again, in either
    order.

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
    index = FactIndex([f for s in statements for f in facts_from_statement(s)])
    now = max(s.round or 1 for s in statements) + 1
    found: list[Contradiction] = []
    pairs: set[frozenset[str]] = set()
    for n, given in enumerate(answers):
        question, answer = given if isinstance(given, tuple) else ("", given)
        new = facts_from_statement(Statement(f"m{n}", answer, now, "", question))
        for c in check(new, index):
            first, second = c.facts
            if first.statement_id not in earlier or not second.statement_id.startswith("m"):
                continue
            before, now_said = c.values
            pair = frozenset((f"{c.subject}|{before}", f"{c.subject}|{now_said}"))
            if not before or not now_said or pair in pairs:
                continue  # "52% … 67%" and later "67% … 52%": one pair, confronted once
            pairs.add(pair)
            said = earlier[first.statement_id]
            if c.kind == "retracted":  # a withdrawn claim, repeated
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
                    turn=n,
                )
            )
    return found


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
