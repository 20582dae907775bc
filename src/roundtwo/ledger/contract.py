"""The JSON contract of ``roundtwo consistency`` (docs/ledger.md), as pure functions.

Input: ``{"statements": [{"id": "a", "round": 1, "interviewer": "Dana", "text": "…",
"question": "…" (optional), "status": "active|locked|retracted" (optional)}, …]}``.

Output: ``{"schema": 1, "claims": […], "contradictions": […], "recycled": […]}``; on bad
input the CLI prints ``{"schema": 1, "error": "…"}``. A :class:`ContractError` carries the
one-line message.
"""

from __future__ import annotations

from typing import Any

from roundtwo.ledger.check import contradictions_among
from roundtwo.ledger.recycled import pairs
from roundtwo.ledger.statements import STATUSES, StatedFact, Statement, facts_from_statement

SCHEMA = 1
MAX_STATEMENTS = 100_000
_EXAMPLE = '{"statements": [{"id": "a", "round": 1, "interviewer": "Dana", "text": "…"}]}'


class ContractError(ValueError):
    """The input does not follow the contract: one line saying what is wrong and what to do."""


def read_statements(payload: Any) -> list[Statement]:
    """Validate ``payload`` (parsed JSON) and return its statements, in order."""
    if not isinstance(payload, dict):
        raise ContractError(f"Expected a JSON object like {_EXAMPLE}.")
    raw = payload.get("statements")
    if raw is None:
        raise ContractError(f'Missing "statements": give a list like {_EXAMPLE}.')
    if not isinstance(raw, list):
        raise ContractError('"statements" must be a list of objects, each with an id and a text.')
    if len(raw) > MAX_STATEMENTS:
        raise ContractError(
            f"{len(raw):,} statements is more than {MAX_STATEMENTS:,}: split the file."
        )
    statements: list[Statement] = []
    seen: set[str] = set()
    for position, item in enumerate(raw, start=1):
        statement = _statement(item, position)
        if statement.id in seen:
            raise ContractError(
                f'Statement {position} repeats the id "{statement.id}": every id must be unique.'
            )
        seen.add(statement.id)
        statements.append(statement)
    return statements


def _statement(item: Any, position: int) -> Statement:
    where = f"Statement {position}"
    if not isinstance(item, dict):
        raise ContractError(f'{where} is not an object: give {{"id": …, "text": …}}.')
    for name in ("id", "text"):
        if name not in item:
            raise ContractError(f'{where} has no "{name}": every statement needs an id and a text.')
    ident = item["id"]
    if isinstance(ident, bool) or not isinstance(ident, str | int) or str(ident).strip() == "":
        raise ContractError(f'{where}: "id" must be a non-empty string.')
    label = f'Statement "{ident}"'
    text = item["text"]
    if not isinstance(text, str):
        raise ContractError(f'{label}: "text" must be a string.')
    round_ = item.get("round")
    if round_ is not None and (isinstance(round_, bool) or not isinstance(round_, int)):
        raise ContractError(f'{label}: "round" must be a whole number (1, 2, 3…) or null.')
    interviewer = item.get("interviewer") or ""
    question = item.get("question") or ""
    for name, value in (("interviewer", interviewer), ("question", question)):
        if not isinstance(value, str):
            raise ContractError(f'{label}: "{name}" must be a string.')
    status = item.get("status") or "active"
    if status not in STATUSES:
        raise ContractError(f'{label}: "status" must be one of {", ".join(STATUSES)}.')
    return Statement(str(ident), text, round_, interviewer, question, status)


def consistency(payload: Any) -> dict[str, Any]:
    """The whole contract: claims, contradictions and recycled pairs of ``payload``."""
    statements = read_statements(payload)
    facts_by_id: dict[str, list[StatedFact]] = {s.id: facts_from_statement(s) for s in statements}
    facts = [fact for s in statements for fact in facts_by_id[s.id]]
    contradictions = contradictions_among(facts)
    recycled = pairs(statements, lambda ident: facts_by_id.get(ident, []))
    return {
        "schema": SCHEMA,
        "claims": [fact.to_json() for fact in facts],
        "contradictions": [c.to_json() for c in contradictions],
        "recycled": [r.to_json() for r in recycled],
    }


def error(message: str) -> dict[str, Any]:
    return {"schema": SCHEMA, "error": message}
