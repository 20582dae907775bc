"""The fact ledger of an opportunity, kept in the store.

Every fact the candidate stated in a debrief answer becomes a :class:`LedgerEntry` tied to
the exchange, round and interviewer. ``sync_exchange`` keeps an exchange's entries in step
with its answer (the debrief service calls it on every add and save); entries the user
locked, corrected or retracted keep their status, and are kept even when the words go away.
The checks themselves are the pure functions of :mod:`roundtwo.ledger.check` and
:mod:`roundtwo.ledger.recycled`; this module only feeds them what the store holds.

Every function works inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from roundtwo.domain import Exchange, LedgerEntry, LedgerStatus, Round
from roundtwo.errors import InvalidInput, NotFound
from roundtwo.ledger import stored
from roundtwo.ledger.check import FactIndex, check, contradictions_among
from roundtwo.ledger.statements import Statement, facts_from_statement, facts_from_text
from roundtwo.ledger.sync import (
    answers_to_read,
    entry_views,
    forget_exchange,
    reported,
    stated_facts,
    sync_exchange,
    sync_opportunity,
)
from roundtwo.ledger.views import EntryView, LedgerContradiction, RecycledAnswer, SubjectGroup
from roundtwo.store import Tx

CHECK_TEXT = 200_000  # a new answer to check: a long answer, even a whole transcript
NEW = "new"  # the statement id of the text given to check_text

__all__ = [
    "CHECK_TEXT",
    "EntryView",
    "LedgerContradiction",
    "RecycledAnswer",
    "SubjectGroup",
    "answers_to_read",
    "check_text",
    "contradictions",
    "correct",
    "entries",
    "forget_exchange",
    "lock",
    "reactivate",
    "recycled",
    "retract",
    "salary_entries",
    "sync_exchange",
    "sync_opportunity",
]


# What the user sees --------------------------------------------------------------------------


def entries(tx: Tx, opportunity_id: str) -> list[SubjectGroup]:
    """Every entry of the opportunity, grouped by subject, in the order first said."""
    groups: dict[str, list[EntryView]] = {}
    for view in entry_views(tx, opportunity_id):
        groups.setdefault(view.entry.subject, []).append(view)
    return [SubjectGroup(subject, items) for subject, items in groups.items()]


def contradictions(tx: Tx, opportunity_id: str) -> list[LedgerContradiction]:
    """Every contradiction among the opportunity's entries (hard flags first): across rounds,
    across interviewers, within one answer; corrected entries count with their corrected
    value, and a retracted claim said again is a hard flag."""
    facts, which = stated_facts(entry_views(tx, opportunity_id))
    return reported(contradictions_among(facts), which)


def exchange_warnings(tx: Tx, exchange: Exchange) -> list[LedgerContradiction]:
    """The contradictions this exchange's answer is part of: what the debrief shows inline."""
    rnd = tx.get(Round, exchange.round_id)
    return warnings_by_exchange(tx, rnd.opportunity_id, [exchange.id])[exchange.id]


def warnings_by_exchange(
    tx: Tx, opportunity_id: str, exchange_ids: Sequence[str]
) -> dict[str, list[LedgerContradiction]]:
    """For each exchange, the contradictions its entries are part of (with other answers, or
    within itself) and the retracted claims it repeats — only its facts are checked, so an
    autosave stays quick however large the ledger is."""
    facts, which = stated_facts(entry_views(tx, opportunity_id))
    result: dict[str, list[LedgerContradiction]] = {}
    for exchange_id in exchange_ids:
        mine = [f for f in facts if f.statement_id == exchange_id]
        if not mine:
            result[exchange_id] = []
            continue
        others = FactIndex(f for f in facts if f.statement_id != exchange_id)
        result[exchange_id] = reported(check(mine, others), which)
    return result


def check_text(
    tx: Tx,
    opportunity_id: str,
    text: str,
    question: str = "",
    *,
    round: int | None = None,
    interviewer: str = "",
    exclude_exchange: str | None = None,
) -> list[LedgerContradiction]:
    """What a new answer would contradict in the ledger (and within itself), and every
    retracted claim it repeats (a hard flag). Nothing is stored. ``exclude_exchange`` leaves
    out the entries of the exchange the text is replacing."""
    if len(text) > CHECK_TEXT:
        raise InvalidInput(
            f"The answer is {len(text):,} characters long; the limit is {CHECK_TEXT:,}. "
            "Check one answer at a time."
        )
    if not text.strip():
        return []
    views = [v for v in entry_views(tx, opportunity_id) if v.entry.exchange_id != exclude_exchange]
    facts, which = stated_facts(views)
    new = facts_from_statement(
        Statement(NEW, text.replace("\x00", ""), round, interviewer, question)
    )
    return reported(check(new, FactIndex(facts)), which)


def salary_entries(tx: Tx, opportunity_id: str) -> list[EntryView]:
    """Every salary figure stated (expectation, current pay, a range), in the order said."""
    return [v for v in entry_views(tx, opportunity_id) if v.entry.salary]


def recycled(tx: Tx, opportunity_id: str) -> list[RecycledAnswer]:
    """Questions asked again in a later round, with how the later answer compares."""
    from roundtwo.ledger.recycled import compare, same_question

    rounds = sorted(tx.find(Round, opportunity_id=opportunity_id), key=lambda r: r.number)
    asked: list[tuple[Round, Exchange]] = [
        (r, e)
        for r in rounds
        for e in tx.find(Exchange, order_by="position", round_id=r.id)
        if e.question.strip() and e.answer.strip()
    ]
    found: list[RecycledAnswer] = []
    for i, (r1, e1) in enumerate(asked):
        for r2, e2 in asked[i + 1 :]:
            if r2.number <= r1.number or not same_question(e1.question, e2.question):
                continue
            result = compare(
                e1.answer,
                e2.answer,
                facts_from_text(e1.answer, e1.id, r1.number, question=e1.question),
                facts_from_text(e2.answer, e2.id, r2.number, question=e2.question),
            )
            found.append(
                RecycledAnswer(
                    e1, e2, r1.number, r2.number, result.verdict, result.overlap, result.story
                )
            )
    return found


# What the user does ---------------------------------------------------------------------------


def get_entry(tx: Tx, entry_id: str) -> LedgerEntry:
    """By id or an unambiguous start of it (the CLI shows the first 8 characters)."""
    ref = entry_id.strip()
    entry = tx.first(LedgerEntry, id=ref) if ref else None
    if entry is None and len(ref) >= 4:
        matches = [e for e in tx.find(LedgerEntry) if e.id.startswith(ref.lower())]
        entry = matches[0] if len(matches) == 1 else None
    if entry is None:
        raise NotFound(
            f"No ledger entry {ref!r}: see the ids with `roundtwo ledger show OPPORTUNITY`."
        )
    return entry


def _set(tx: Tx, entry: LedgerEntry, status: LedgerStatus) -> LedgerEntry:
    entry.status = status
    if status is not LedgerStatus.CORRECTED:
        entry.correction = ""
        entry.data = {k: v for k, v in entry.data.items() if k != "corrected"}
    return tx.save(entry)


def lock(tx: Tx, entry_id: str) -> LedgerEntry:
    """This is my number: its value wins over figures that disagree with it."""
    return _set(tx, get_entry(tx, entry_id), LedgerStatus.LOCKED)


def retract(tx: Tx, entry_id: str) -> LedgerEntry:
    """Taken back: saying it again in a later answer is a hard flag."""
    return _set(tx, get_entry(tx, entry_id), LedgerStatus.RETRACTED)


def reactivate(tx: Tx, entry_id: str) -> LedgerEntry:
    """Undo a lock, a correction or a retraction: the figure counts as said again."""
    return _set(tx, get_entry(tx, entry_id), LedgerStatus.ACTIVE)


def correct(tx: Tx, entry_id: str, value: str) -> LedgerEntry:
    """The right figure is ``value`` ("6", "six engineers", "$120k", "18 months"): it is
    checked from now on in place of what was said, and wins like a locked figure."""
    entry = get_entry(tx, entry_id)
    corrected = stored.read_correction(entry, value)
    entry.status = LedgerStatus.CORRECTED
    entry.correction = " ".join(value.split())
    entry.data = {
        **entry.data,
        "corrected": {**corrected, "text": stored.corrected_value_text(corrected)},
    }
    return tx.save(entry)


def mock_context_facts(tx: Tx, opportunity_id: str) -> list[dict[str, Any]]:
    """The ledger as the mock interviewer's plan takes it (``ledger_facts``): one dict per
    entry that is not retracted — ``subject``, ``quote``, ``value`` (the figure as it stands,
    the correction for a corrected entry), ``text``, ``round``, ``interviewer``, ``status``,
    ``id``, and ``recheck`` (True for figures in a contradiction, and corrected ones: worth
    asking again). Retracted claims are left out: check answers with :func:`check_text`,
    which flags their repetition."""
    views = entry_views(tx, opportunity_id)
    flagged = {
        v.entry.id for c in contradictions(tx, opportunity_id) for v in c.sides if v is not None
    }
    return [
        {
            "id": v.entry.id,
            "subject": v.entry.subject,
            "quote": v.entry.quote,
            "value": v.shown,
            "text": v.entry.text,
            "round": v.round,
            "interviewer": v.interviewer,
            "status": v.entry.status.value,
            "salary": v.entry.salary,
            "recheck": v.entry.id in flagged or v.entry.status is LedgerStatus.CORRECTED,
        }
        for v in views
        if v.entry.status is not LedgerStatus.RETRACTED
    ]
