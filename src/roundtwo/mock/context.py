"""What the mock interviewer knows about an opportunity, read from the store.

``context_for(tx, opportunity)`` builds the ``plan_topics`` context (docs/mock.md): the
opportunity, the exchanges of its completed rounds and the facts of the ledger. The session
service keeps it with the session, so a resumed session asks and checks the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from roundtwo.domain import (
    Exchange,
    Interviewer,
    LedgerEntry,
    LedgerStatus,
    Opportunity,
    Round,
    RoundStatus,
)
from roundtwo.store import Tx


def context_for(tx: Tx, opportunity: Opportunity, before: int | None = None) -> dict[str, Any]:
    """What the interviewer knows: the opportunity, its completed rounds (before round
    ``before``, when given) and the facts of the ledger."""
    from roundtwo.debrief.insight import target_level

    people = {p.id: p for p in tx.find(Interviewer, opportunity_id=opportunity.id)}
    rounds = {
        r.id: r
        for r in tx.find(Round, order_by="number", opportunity_id=opportunity.id)
        if r.status is RoundStatus.COMPLETED and (before is None or r.number < before)
    }
    facts = tx.find(LedgerEntry, order_by="created_at", opportunity_id=opportunity.id)
    in_ledger = {f.exchange_id for f in facts if f.exchange_id}
    exchanges: list[dict[str, Any]] = []
    for rnd in rounds.values():
        for e in tx.find(Exchange, order_by="position", round_id=rnd.id):
            if e.is_blank or not e.question.strip():
                continue
            person = people.get(e.interviewer_id or "")
            exchanges.append(
                {
                    "question": e.question,
                    "answer": e.answer,
                    "weak_moment": e.weak_moment,
                    "pushed_back": e.pushed_back,
                    "surprise": e.surprise,
                    "interviewer": person.name if person else "",
                    "function": person.function if person else "",
                    "round": rnd.number,
                    "in_ledger": e.id in in_ledger,  # its facts are checked through the ledger
                }
            )
    numbers = {r.id: r.number for r in tx.find(Round, opportunity_id=opportunity.id)}
    ledger = [_fact(f, numbers, people) for f in facts]
    return {
        "company": opportunity.company,
        "role": opportunity.role_title,
        "level": target_level(opportunity),
        "values": list(opportunity.values),
        "job_description": opportunity.job_description,
        "round_one": exchanges,
        "ledger_facts": [f for f in ledger if f["status"] != "retracted"],
        "retracted": [f for f in ledger if f["status"] == "retracted"],
    }


def _fact(
    entry: LedgerEntry, numbers: Mapping[str, int], people: Mapping[str, Interviewer]
) -> dict[str, Any]:
    person = people.get(entry.interviewer_id or "")
    corrected = entry.status is LedgerStatus.CORRECTED and entry.correction.strip()
    return {
        "subject": entry.subject,
        "text": entry.correction if corrected else entry.text,
        "quote": entry.correction if corrected else entry.quote,
        "round": numbers.get(entry.round_id or "", 1),
        "interviewer": person.name if person else "",
        "status": entry.status.value,
        "recheck": entry.status is LedgerStatus.LOCKED,
    }
