"""The tasks a round sets in motion, and how long is left on each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from roundtwo import domain
from roundtwo.domain import Opportunity, Round, RoundStatus, Task, TaskKind
from roundtwo.store import Tx
from roundtwo.validate import clean_line

ROUND_TASKS = {
    TaskKind.DEBRIEF: ("Debrief {label}", domain.DEBRIEF_WINDOW),
    TaskKind.THANK_YOU: ("Send thank-you notes for {label}", domain.THANK_YOU_WINDOW),
}


def plan_round_tasks(tx: Tx, opportunity: Opportunity, rnd: Round) -> list[Task]:
    """Keep the round's debrief and thank-you tasks in step with its time and status.

    The clocks start when a round is done: a scheduled or cancelled round has no such tasks.
    """
    planned = []
    for kind, (title, window) in ROUND_TASKS.items():
        task = tx.first(Task, round_id=rnd.id, kind=kind.value)
        due = rnd.ends_at + window if rnd.ends_at else None
        if rnd.status is not RoundStatus.COMPLETED:
            if task is not None and task.is_open:
                tx.delete(task)
            continue
        if task is None:
            task = tx.add(
                Task(
                    user_id=tx.user_id,
                    opportunity_id=opportunity.id,
                    round_id=rnd.id,
                    kind=kind,
                    title=title.format(label=rnd.label.lower()),
                    due_at=due,
                )
            )
        elif task.due_at != due and task.is_open:
            task.due_at = due
            tx.save(task)
        planned.append(task)
    return planned


def add_task(tx: Tx, opportunity: Opportunity, title: str, due_at: datetime | None = None) -> Task:
    return tx.add(
        Task(
            user_id=tx.user_id,
            opportunity_id=opportunity.id,
            kind=TaskKind.CUSTOM,
            title=clean_line(title, "task", required=True),
            due_at=due_at,
        )
    )


def open_tasks(tx: Tx, opportunity: Opportunity | None = None) -> list[Task]:
    where = {"opportunity_id": opportunity.id} if opportunity else {}
    found = [t for t in tx.find(Task, **where) if t.is_open]
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(found, key=lambda t: (t.due_at or far, t.created_at))


def round_task(tx: Tx, rnd: Round, kind: TaskKind) -> Task | None:
    return tx.first(Task, round_id=rnd.id, kind=kind.value)


def set_done(tx: Tx, task: Task, done: bool = True, *, now: datetime | None = None) -> Task:
    task.done_at = (now or domain.utcnow()) if done else None
    return tx.save(task)


def describe_time_left(due_at: datetime | None, now: datetime) -> str:
    """'due in 21 h 14 min', 'overdue by 3 h', or 'no due time' — as the user reads it."""
    if due_at is None:
        return "no due time yet"
    left = due_at - now
    if left >= timedelta(0):
        return f"due in {_span(left)}"
    return f"overdue by {_span(-left)}"


def _span(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes >= 48 * 60:
        days, rest = divmod(minutes, 24 * 60)
        return f"{days} d {rest // 60} h"
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{max(minutes, 1)} min"
