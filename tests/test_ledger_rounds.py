"""A realistic round one and round two: the ledger catches every planted contradiction and
raises none inside round one, nor over the part/whole figures, complements, growth, rates and
paraphrases of round two.

The fixtures were written blind (from docs/ alone): a 43-minute Teams transcript of a senior
product manager's first round (fixtures/transcripts/ledger_round_one_teams.vtt) and eight
round-two answers with their labels (fixtures/ledger_round_two.json).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers import FIXTURES, read_fixture
from roundtwo.ledger import service as ledger
from roundtwo.ledger.service import LedgerContradiction
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Store, Tx
from roundtwo.transcripts import service as transcripts

ROUND_TWO = json.loads((FIXTURES / "ledger_round_two.json").read_text(encoding="utf-8"))
SPEAKERS = {"Jordan Okafor": "me", "Priya Raman": "Priya Raman", "Tom Becker": "Tom Becker"}


def _round_one(tx: Tx) -> str:
    o = opportunities.create_opportunity(tx, company="Lattice Commerce", role_title="Senior PM")
    rnd = opportunities.add_round(tx, o, status="completed")
    data = read_fixture("ledger_round_one_teams.vtt")
    transcripts.import_transcript(tx, rnd, data, "round-one.vtt", SPEAKERS)
    return o.id


def _check(tx: Tx, oid: str, answer: dict[str, Any]) -> list[LedgerContradiction]:
    return ledger.check_text(
        tx, oid, answer["answer"], answer["question"], round=2, interviewer=answer["interviewer"]
    )


def _is(found: LedgerContradiction, earlier: str, later: str) -> bool:
    """The contradiction quotes the planted round-one figure and the new one."""
    first, second = found.values
    said_before = found.quotes[0].rstrip("….") in earlier or first in earlier
    return said_before and second in later


def test_round_one_contradicts_nothing_in_itself(store: Store) -> None:
    with store.transaction() as tx:
        oid = _round_one(tx)
        found = ledger.contradictions(tx, oid)
        facts = sum(len(group.entries) for group in ledger.entries(tx, oid))
    assert facts >= 60, facts  # a figure-heavy round: every figure is in the ledger
    assert [(c.values, c.quotes) for c in found] == []


@pytest.mark.parametrize("answer", ROUND_TWO["round_two"], ids=lambda a: a["id"])
def test_round_two_flags_exactly_the_planted_contradictions(
    answer: dict[str, Any], store: Store
) -> None:
    with store.transaction() as tx:
        oid = _round_one(tx)
    with store.transaction() as tx:
        found = _check(tx, oid, answer)
    for planted in answer["planted"]:
        hits = [c for c in found if _is(c, planted["round_one_quote"], planted["answer_quote"])]
        assert hits, f"missed: {planted['why']} — got {[c.values for c in found]}"
    planted_count = len(answer["planted"])
    assert len(found) == planted_count, [(c.values, c.quotes) for c in found]
