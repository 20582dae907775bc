"""The one bridge from the mock interview to the fact ledger (roundtwo.ledger).

The director never imports the ledger: it is given the contradictions already found. This
adapter finds them for callers that only have text — `roundtwo next` with round-one answers
or ledger facts in its context — through the ledger's documented JSON contract
(``roundtwo.ledger.contract.consistency``, docs/ledger.md). Without the ledger installed, or
if it refuses the input, there are simply no contradictions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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
    try:
        from roundtwo.ledger.contract import consistency
    except ImportError:
        return []
    earlier: dict[str, Mapping[str, Any]] = {}
    statements: list[dict[str, Any]] = []
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
    now = max(int(s["round"]) for s in statements) + 1
    statements += [{"id": f"m{n}", "round": now, "text": a} for n, a in enumerate(answers)]
    try:
        report = consistency({"statements": statements})
    except (ValueError, TypeError, KeyError, AttributeError):  # the ledger refused the input
        return []
    found = []
    for c in report.get("contradictions", []):
        ids, values, quotes = c.get("ids", []), c.get("values", []), c.get("quotes", [])
        if len(ids) != 2 or ids[0] not in earlier or not str(ids[1]).startswith("m"):
            continue
        said = earlier[ids[0]]
        before = str(values[0]) if values else ""
        now_said = str(values[1]) if len(values) > 1 else ""
        if c.get("kind") == "retracted" and before and now_said:  # a withdrawn claim, repeated
            before, now_said = f"{before}, a figure you took back", f"{now_said} again"
        found.append(
            Contradiction(
                subject=str(c.get("subject", "")),
                earlier_quote=str(quotes[0]) if quotes else "",
                earlier_value=before,
                new_value=now_said,
                round=_round(said),
                interviewer=str(said.get("interviewer") or ""),
                new_quote=str(quotes[1]) if len(quotes) > 1 else "",
                turn=int(str(ids[1])[1:]),
            )
        )
    return [c for c in found if c.earlier_value and c.new_value]


def _round(item: Mapping[str, Any]) -> int:
    value = item.get("round", 1)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1


def _statement(ident: str, text: str, item: Mapping[str, Any]) -> dict[str, Any]:
    interviewer = item.get("interviewer")
    question = item.get("question")
    statement = {
        "id": ident,
        "round": _round(item),
        "interviewer": interviewer if isinstance(interviewer, str) else "",
        "question": question if isinstance(question, str) else "",
        "text": text,
    }
    if item.get("status") in ("locked", "retracted"):  # a retracted claim repeated: a hard flag
        statement["status"] = item["status"]
    return statement
