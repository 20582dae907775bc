"""Adding, autosaving and reading the exchanges of a round's debrief."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from roundtwo import domain
from roundtwo.domain import Exchange, ExchangeSource, Interviewer, Round, SelfRating, Task, TaskKind
from roundtwo.errors import InvalidInput, NotFound
from roundtwo.ledger import service as ledger
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Tx
from roundtwo.tasks import service as tasks
from roundtwo.validate import NOTE_TEXT, clean_text

QA_TEXT = 20_000
FLAGS = ("weak_moment", "pushed_back", "surprise")
EDITABLE = ("question", "answer", "notes", "self_rating", "interviewer_id", *FLAGS)


def parse_rating(value: str | SelfRating | None) -> SelfRating | None:
    if value is None or value == "":
        return None
    try:
        return SelfRating(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(
            f"Unknown self-rating {value!r}: choose strong, okay or rough (or leave it empty)."
        ) from None


def list_exchanges(tx: Tx, rnd: Round) -> list[Exchange]:
    return tx.find(Exchange, order_by="position", round_id=rnd.id)


def get_exchange(tx: Tx, exchange_id: str) -> Exchange:
    exchange = tx.first(Exchange, id=exchange_id)
    if exchange is None:
        matches = [e for e in tx.find(Exchange) if e.id.startswith(exchange_id)]
        if len(matches) != 1:
            raise NotFound(
                f"No exchange {exchange_id!r}: see the ids with `roundtwo debrief show`."
            )
        exchange = matches[0]
    return exchange


def next_position(tx: Tx, rnd: Round) -> int:
    return max((e.position for e in list_exchanges(tx, rnd)), default=0) + 1


def add_exchange(
    tx: Tx,
    rnd: Round,
    *,
    question: str = "",
    answer: str = "",
    interviewer: Interviewer | None = None,
    self_rating: str | SelfRating | None = None,
    weak_moment: bool = False,
    pushed_back: bool = False,
    surprise: bool = False,
    notes: str = "",
    source: ExchangeSource = ExchangeSource.TYPED,
    position: int | None = None,
) -> Exchange:
    """Add an exchange at the end of the round (``position`` saves a look-up in bulk adds)."""
    if position is None:
        position = next_position(tx, rnd)
    exchange = Exchange(
        user_id=tx.user_id,
        round_id=rnd.id,
        position=position,
        question=clean_text(question, "question", limit=QA_TEXT),
        answer=clean_text(answer, "answer", limit=QA_TEXT),
        interviewer_id=interviewer.id if interviewer else None,
        self_rating=parse_rating(self_rating),
        weak_moment=weak_moment,
        pushed_back=pushed_back,
        surprise=surprise,
        notes=clean_text(notes, "notes", limit=NOTE_TEXT),
        source=source,
    )
    if interviewer is not None:
        _check_same_opportunity(rnd, interviewer)
        opportunities.link_interviewer(tx, rnd, interviewer)
    tx.add(exchange)
    ledger.sync_exchange(tx, exchange, rnd, interviewer)
    return exchange


def update_exchange(tx: Tx, exchange: Exchange, **changes: object) -> Exchange:
    """Apply only the fields given (autosave sends one field at a time)."""
    rnd = tx.get(Round, exchange.round_id)
    said = (exchange.answer, exchange.interviewer_id)
    for name, value in changes.items():
        if name not in EDITABLE:
            raise InvalidInput(f"An exchange has no editable field {name!r}.")
        if name in ("question", "answer"):
            value = clean_text(str(value or ""), name, limit=QA_TEXT)
        elif name == "notes":
            value = clean_text(str(value or ""), "notes", limit=NOTE_TEXT)
        elif name == "self_rating":
            value = parse_rating(value)  # type: ignore[arg-type]
        elif name == "interviewer_id":
            value = value or None
            if value is not None:
                person = tx.get(Interviewer, str(value))
                _check_same_opportunity(rnd, person)
                opportunities.link_interviewer(tx, rnd, person)
        else:
            value = bool(value)
        setattr(exchange, name, value)
    tx.save(exchange)
    if (exchange.answer, exchange.interviewer_id) != said:
        ledger.sync_exchange(tx, exchange, rnd)  # the ledger follows what was said, to whom
    return exchange


def delete_exchange(tx: Tx, exchange: Exchange) -> None:
    ledger.forget_exchange(tx, exchange)
    tx.delete(exchange)


def _check_same_opportunity(rnd: Round, person: Interviewer) -> None:
    if person.opportunity_id != rnd.opportunity_id:
        raise InvalidInput(f"{person.name} interviews for another opportunity.")


@dataclass(frozen=True)
class DebriefStatus:
    """What the debrief page and `debrief show` put at the top."""

    exchanges: int
    answered: int
    flagged: int
    task: Task | None
    time_left: str

    @property
    def done(self) -> bool:
        return self.task is not None and not self.task.is_open


def debrief_status(tx: Tx, rnd: Round, now: datetime | None = None) -> DebriefStatus:
    now = now or domain.utcnow()
    items = [e for e in list_exchanges(tx, rnd) if not e.is_blank]
    task = tasks.round_task(tx, rnd, TaskKind.DEBRIEF)
    return DebriefStatus(
        exchanges=len(items),
        answered=sum(1 for e in items if e.answer),
        flagged=sum(1 for e in items if e.weak_moment or e.pushed_back or e.surprise),
        task=task,
        time_left=tasks.describe_time_left(task.due_at if task else None, now),
    )


def finish_debrief(tx: Tx, rnd: Round, done: bool = True) -> Task | None:
    task = tasks.round_task(tx, rnd, TaskKind.DEBRIEF)
    if task is not None:
        tasks.set_done(tx, task, done)
    return task
