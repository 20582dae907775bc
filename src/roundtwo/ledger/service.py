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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from roundtwo.analysis.facts import ECHO
from roundtwo.domain import Exchange, Interviewer, LedgerEntry, LedgerStatus, Opportunity, Round
from roundtwo.errors import InvalidInput, NotFound
from roundtwo.ledger import stored
from roundtwo.ledger.check import RETRACTED, Contradiction, FactIndex, check, contradictions_among
from roundtwo.ledger.statements import StatedFact, Statement, facts_from_statement, facts_from_text
from roundtwo.store import Tx

CHECK_TEXT = 200_000  # a new answer to check: a long answer, even a whole transcript
NEW = "new"  # the statement id of the text given to check_text


@dataclass(frozen=True)
class EntryView:
    """A ledger entry with where it was said, for people to read."""

    entry: LedgerEntry
    round: int | None
    interviewer: str

    @property
    def where(self) -> str:
        said = f"round {self.round}" if self.round is not None else "an earlier round"
        return f"{said}, to {self.interviewer}" if self.interviewer else said

    @property
    def shown(self) -> str:
        """The figure as it stands: the correction when there is one."""
        e = self.entry
        return e.correction if e.status is LedgerStatus.CORRECTED and e.correction else e.text


@dataclass(frozen=True)
class LedgerContradiction:
    """Two figures that cannot both stand. ``earlier`` and ``later`` are the ledger entries;
    when checking a new answer, the new side has no entry (None)."""

    kind: str  # "conflict" | "retracted" (a retracted claim said again: a hard flag)
    subject: str
    values: tuple[str, str]
    quotes: tuple[str, str]
    explanation: str
    suggestion: str
    earlier: EntryView | None
    later: EntryView | None

    @property
    def hard(self) -> bool:
        return self.kind == RETRACTED

    @property
    def message(self) -> str:
        """One line: what is wrong (a hard flag says so first)."""
        if self.hard:
            return f"Retracted, said again: {self.explanation}"
        return self.explanation

    def involves(self, exchange_id: str) -> bool:
        return any(v is not None and v.entry.exchange_id == exchange_id for v in self.sides)

    @property
    def sides(self) -> tuple[EntryView | None, EntryView | None]:
        return self.earlier, self.later

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "hard": self.hard,
            "subject": self.subject,
            "values": list(self.values),
            "quotes": list(self.quotes),
            "explanation": self.explanation,
            "suggestion": self.suggestion,
            "entries": [None if v is None else v.entry.id for v in self.sides],
            "rounds": [None if v is None else v.round for v in self.sides],
            "interviewers": [None if v is None else v.interviewer for v in self.sides],
        }


@dataclass(frozen=True)
class SubjectGroup:
    subject: str
    entries: list[EntryView]


@dataclass(frozen=True)
class RecycledAnswer:
    """A question asked again in a later round, and how the answer compares."""

    earlier: Exchange
    later: Exchange
    earlier_round: int
    later_round: int
    verdict: str  # near_verbatim | same_story_deeper | different_story
    overlap: float
    story: float

    @property
    def advice(self) -> str:
        return {
            "near_verbatim": "Same words as before: it reads as rehearsed. Tell the same story "
            "deeper — the context, the challenge you left out, the longer-term outcome.",
            "same_story_deeper": "The same story told deeper: what round two wants.",
            "different_story": "A different story for the same question: a consistency risk. "
            "Be ready to say why you chose another example, or go back to the first one.",
        }[self.verdict]


# Reading and refreshing ----------------------------------------------------------------------


def _names(tx: Tx, opportunity_id: str) -> tuple[dict[str, int], dict[str, str]]:
    rounds = {r.id: r.number for r in tx.find(Round, opportunity_id=opportunity_id)}
    people = {p.id: p.name for p in tx.find(Interviewer, opportunity_id=opportunity_id)}
    return rounds, people


def _match_key(kind: str, text: str, subject: str) -> tuple[str, str, str]:
    return kind, " ".join(text.casefold().split()), subject.casefold()


def _kept(fact: StatedFact) -> bool:
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
    wanted = [stored.entry_fields(f) for f in facts if _kept(f)]
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
    stated = any(_kept(f) for a in answers for f in facts_from_text(a))
    return len(answers) if stated else 0


def _views(tx: Tx, opportunity_id: str) -> list[EntryView]:
    rounds, people = _names(tx, opportunity_id)
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


def _facts(views: Sequence[EntryView]) -> tuple[list[StatedFact], dict[tuple[str, int], EntryView]]:
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


def _found(
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


# What the user sees --------------------------------------------------------------------------


def entries(tx: Tx, opportunity_id: str) -> list[SubjectGroup]:
    """Every entry of the opportunity, grouped by subject, in the order first said."""
    groups: dict[str, list[EntryView]] = {}
    for view in _views(tx, opportunity_id):
        groups.setdefault(view.entry.subject, []).append(view)
    return [SubjectGroup(subject, items) for subject, items in groups.items()]


def contradictions(tx: Tx, opportunity_id: str) -> list[LedgerContradiction]:
    """Every contradiction among the opportunity's entries (hard flags first): across rounds,
    across interviewers, within one answer; corrected entries count with their corrected
    value, and a retracted claim said again is a hard flag."""
    facts, which = _facts(_views(tx, opportunity_id))
    return _found(contradictions_among(facts), which)


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
    facts, which = _facts(_views(tx, opportunity_id))
    result: dict[str, list[LedgerContradiction]] = {}
    for exchange_id in exchange_ids:
        mine = [f for f in facts if f.statement_id == exchange_id]
        if not mine:
            result[exchange_id] = []
            continue
        others = FactIndex(f for f in facts if f.statement_id != exchange_id)
        result[exchange_id] = _found(check(mine, others), which)
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
    views = [v for v in _views(tx, opportunity_id) if v.entry.exchange_id != exclude_exchange]
    facts, which = _facts(views)
    new = facts_from_statement(
        Statement(NEW, text.replace("\x00", ""), round, interviewer, question)
    )
    return _found(check(new, FactIndex(facts)), which)


def salary_entries(tx: Tx, opportunity_id: str) -> list[EntryView]:
    """Every salary figure stated (expectation, current pay, a range), in the order said."""
    return [v for v in _views(tx, opportunity_id) if v.entry.salary]


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
    views = _views(tx, opportunity_id)
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
