"""Reading answers into ledger entries and keeping them in step (every add and save of a
debrief answer), and the entries back into stated facts for the checks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from roundtwo.analysis.facts import ECHO
from roundtwo.domain import Exchange, Interviewer, LedgerEntry, LedgerStatus, Opportunity, Round
from roundtwo.ledger import stored
from roundtwo.ledger.check import Contradiction
from roundtwo.ledger.statements import StatedFact, Statement, facts_from_statement, facts_from_text
from roundtwo.ledger.views import EntryView, LedgerContradiction
from roundtwo.store import Tx


def round_names(tx: Tx, opportunity_id: str) -> tuple[dict[str, int], dict[str, str]]:
    rounds = {r.id: r.number for r in tx.find(Round, opportunity_id=opportunity_id)}
    people = {p.id: p.name for p in tx.find(Interviewer, opportunity_id=opportunity_id)}
    return rounds, people


def _match_key(kind: str, text: str, subject: str) -> tuple[str, str, str]:
    return kind, " ".join(text.casefold().split()), subject.casefold()


def kept(fact: StatedFact) -> bool:
    """A fact the ledger keeps: stated (or said back from the question), and saying what it
    counts — not a question, goal or frame, not a bare number."""
    return fact.stance in ("", ECHO) and not fact.bare


def sync_exchange(
    tx: Tx, exchange: Exchange, rnd: Round | None = None, interviewer: Interviewer | None = None
) -> list[LedgerEntry]:
    """Read ``exchange``'s answer into ledger entries and return them (with the kept ones).

    Active entries follow the answer: new claims are added, claims no longer said are
    dropped. Entries the user locked, corrected or retracted keep their status when the
    claim is said again (matched by its words, kind and subject, by its words and place in
    the answer when an improved reading relabels it, or by its value) and stay
    when it is not."""
    rnd = rnd if rnd is not None else tx.get(Round, exchange.round_id)
    if interviewer is None and exchange.interviewer_id:
        interviewer = tx.first(Interviewer, id=exchange.interviewer_id)
    name = interviewer.name if interviewer is not None else ""
    said = Statement(exchange.id, exchange.answer, rnd.number, name, exchange.question)
    facts = facts_from_statement(said) if exchange.answer else []
    wanted = [stored.entry_fields(f) for f in facts if kept(f)]
    existing = tx.find(LedgerEntry, order_by="claim_index", exchange_id=exchange.id)
    held = [e for e in existing if e.status is not LedgerStatus.ACTIVE]
    active = [e for e in existing if e.status is LedgerStatus.ACTIVE]
    place: dict[str, Any] = {
        "round_id": rnd.id,
        "interviewer_id": exchange.interviewer_id,
        "opportunity_id": rnd.opportunity_id,
    }
    result: list[LedgerEntry] = []
    for fields in wanted:
        entry = _take(held, fields) or _take(active, fields)
        if entry is None:
            result.append(
                tx.add(LedgerEntry(user_id=tx.user_id, exchange_id=exchange.id, **place, **fields))
            )
        else:
            result.append(_refresh(tx, entry, {**fields, **place}))
    for entry in active:
        tx.delete(entry)
    for entry in held:  # no longer said: kept, with where it was said kept current
        result.append(_refresh(tx, entry, place))
    return result


def _take(pool: list[LedgerEntry], fields: dict[str, Any]) -> LedgerEntry | None:
    """The entry of ``pool`` that is this claim (same words, or the same value), removed."""
    key = _match_key(fields["kind"], fields["text"], fields["subject"])
    for entry in pool:
        if _match_key(entry.kind, entry.text, entry.subject) == key:
            pool.remove(entry)
            return entry
    for entry in pool:  # the same claim of the same answer, labelled by an older reading
        if (entry.kind, entry.start, entry.end, entry.text) == (
            fields["kind"],
            fields["start"],
            fields["end"],
            fields["text"],
        ):
            pool.remove(entry)
            return entry
    for entry in pool:
        same = (entry.kind, entry.value, entry.subject.casefold())
        if same == (fields["kind"], fields["value"], fields["subject"].casefold()):
            pool.remove(entry)
            return entry
    return None


def _refresh(tx: Tx, entry: LedgerEntry, fields: dict[str, Any]) -> LedgerEntry:
    data = fields.get("data")
    if isinstance(data, dict) and "corrected" in entry.data:
        fields = {**fields, "data": {**data, "corrected": entry.data["corrected"]}}
    changed = {k: v for k, v in fields.items() if getattr(entry, k) != v}
    if not changed:
        return entry
    for name, value in changed.items():
        setattr(entry, name, value)
    return tx.save(entry)


def forget_exchange(tx: Tx, exchange: Exchange) -> None:
    """Before an exchange is deleted: drop its active entries. Locked, corrected and
    retracted ones stay (a retracted claim must never come back unnoticed)."""
    for entry in tx.find(LedgerEntry, exchange_id=exchange.id, status=LedgerStatus.ACTIVE.value):
        tx.delete(entry)


def sync_opportunity(tx: Tx, opportunity: Opportunity) -> int:
    """Re-read every answer of ``opportunity`` into the ledger — answers saved before the
    ledger existed, imported from an older export, or read by an older engine. Entries the
    user locked, corrected or retracted keep their status (see :func:`sync_exchange`).
    Returns how many entries the ledger has now, as the Ledger page counts them."""
    people = {p.id: p for p in tx.find(Interviewer, opportunity_id=opportunity.id)}
    for rnd in tx.find(Round, opportunity_id=opportunity.id):
        for exchange in tx.find(Exchange, order_by="position", round_id=rnd.id):
            sync_exchange(tx, exchange, rnd, people.get(exchange.interviewer_id or ""))
    return len(tx.find(LedgerEntry, opportunity_id=opportunity.id))


def answers_to_read(tx: Tx, opportunity_id: str) -> int:
    """How many answers the ledger has not read: every answer of the opportunity when its
    ledger has no entry at all yet one of them states a figure the ledger compares (saved
    before the ledger existed, or imported from an older export); otherwise 0. Reads only:
    :func:`sync_opportunity` fills the ledger."""
    if tx.first(LedgerEntry, opportunity_id=opportunity_id) is not None:
        return 0
    answers = [
        e.answer
        for r in tx.find(Round, opportunity_id=opportunity_id)
        for e in tx.find(Exchange, round_id=r.id)
        if e.answer.strip()
    ]
    stated = any(kept(f) for a in answers for f in facts_from_text(a))
    return len(answers) if stated else 0


def entry_views(tx: Tx, opportunity_id: str) -> list[EntryView]:
    rounds, people = round_names(tx, opportunity_id)
    views = [
        EntryView(e, rounds.get(e.round_id or ""), people.get(e.interviewer_id or "", ""))
        for e in tx.find(LedgerEntry, opportunity_id=opportunity_id)
    ]
    positions = {
        x.id: x.position for r in rounds for x in tx.find(Exchange, round_id=r)
    }  # the order things were said in
    return sorted(
        views,
        key=lambda v: (
            v.round if v.round is not None else 0,
            positions.get(v.entry.exchange_id or "", 10**6),
            v.entry.claim_index,
            v.entry.created_at,
            v.entry.id,
        ),
    )


def stated_facts(
    views: Sequence[EntryView],
) -> tuple[list[StatedFact], dict[tuple[str, int], EntryView]]:
    """The entries as facts for the pure checks, and which entry each fact is."""
    facts: list[StatedFact] = []
    which: dict[tuple[str, int], EntryView] = {}
    counts: dict[str, int] = {}
    for view in views:
        statement = view.entry.exchange_id or f"entry-{view.entry.id}"
        index = counts.get(statement, 0)
        counts[statement] = index + 1
        facts.append(stored.fact_of(view.entry, statement, index, view.round, view.interviewer))
        which[statement, index] = view
    return facts, which


def reported(
    items: Iterable[Contradiction], which: dict[tuple[str, int], EntryView]
) -> list[LedgerContradiction]:
    result = []
    for c in items:
        first, second = c.facts
        result.append(
            LedgerContradiction(
                kind=c.kind,
                subject=c.subject,
                values=c.values,
                quotes=c.quotes,
                explanation=c.explanation,
                suggestion=c.suggestion,
                earlier=which.get((first.statement_id, first.index)),
                later=which.get((second.statement_id, second.index)),
            )
        )
    return sorted(result, key=lambda c: not c.hard)
