"""'What to do next' for an opportunity: typed steps, in the order to take them.

A :class:`Step` says what to do (its :class:`Action`), in the user's words, and what it is
about (a round, a task, a mock session); the web app and the terminal each say where to do it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from roundtwo import domain
from roundtwo.debrief import service as debrief
from roundtwo.domain import MockStatus, Opportunity, Round, RoundStatus, TaskKind
from roundtwo.ledger import service as ledger
from roundtwo.mock import service as mock
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Tx
from roundtwo.tasks import service as tasks

URGENT = timedelta(hours=6)


class Action(StrEnum):
    ADD_ROUND = "add_round"
    MARK_ROUND_DONE = "mark_round_done"
    DEBRIEF = "debrief"
    SEND_THANKS = "send_thanks"
    ADD_INTERVIEWER = "add_interviewer"
    RECONCILE_LEDGER = "reconcile_ledger"
    RESUME_MOCK = "resume_mock"
    START_MOCK = "start_mock"


@dataclass(frozen=True)
class Step:
    """One thing to do next: ``text`` for the user, ``action`` and what it is about for the
    face that links or names the place to do it."""

    action: Action
    text: str
    opportunity: Opportunity
    urgent: bool = False
    round: int | None = None
    task_id: str | None = None
    session_id: str | None = None


def next_steps(tx: Tx, opportunity: Opportunity, now: datetime | None = None) -> list[Step]:
    """The steps to take next, the urgent ones first."""
    now = now or domain.utcnow()
    o = opportunity
    rounds = opportunities.list_rounds(tx, o)
    if not rounds:
        return [
            Step(Action.ADD_ROUND, "Add round one: when it was (or will be) and its format.", o)
        ]
    steps: list[Step] = []
    for rnd in rounds:
        if rnd.status is RoundStatus.SCHEDULED and rnd.ends_at and rnd.ends_at <= now:
            text = f"Did {rnd.label.lower()} happen? Mark it done to start the debrief clock."
            steps.append(Step(Action.MARK_ROUND_DONE, text, o, round=rnd.number))
        if rnd.status is RoundStatus.COMPLETED:
            steps.extend(_round_steps(tx, o, rnd, now))
    if not opportunities.list_interviewers(tx, o):
        text = "Add who interviewed you: name, role, and what they seemed to care about."
        steps.append(Step(Action.ADD_INTERVIEWER, text, o))
    steps.extend(_ledger_steps(tx, o))
    steps.extend(_mock_steps(tx, o, rounds, now))
    if all(r.status is not RoundStatus.SCHEDULED for r in rounds):
        text = f"Add round {rounds[-1].number + 1} as soon as it is scheduled."
        steps.append(Step(Action.ADD_ROUND, text, o))
    return sorted(steps, key=lambda s: not s.urgent)


def _round_steps(tx: Tx, o: Opportunity, rnd: Round, now: datetime) -> list[Step]:
    """A completed round: its debrief while the clock runs, then its thank-you notes."""
    steps: list[Step] = []
    status = debrief.debrief_status(tx, rnd, now)
    task = status.task
    if task is not None and task.is_open:
        urgent = task.due_at is not None and task.due_at - now <= URGENT
        if status.exchanges == 0:
            text = (
                f"Debrief {rnd.label.lower()} ({status.time_left}): write down every "
                "question you were asked while it is fresh."
            )
        elif status.flagged == 0:
            text = (
                f"Finish the debrief of {rnd.label.lower()} ({status.time_left}): "
                "mark the weak moments and what they pushed back on."
            )
        else:
            text = (
                f"Finish the debrief of {rnd.label.lower()} ({status.time_left}): "
                "check every answer has its examples and numbers, then mark it done."
            )
        steps.append(Step(Action.DEBRIEF, text, o, urgent, round=rnd.number))
    thanks = tasks.round_task(tx, rnd, TaskKind.THANK_YOU)
    if thanks is not None and thanks.is_open:
        text = (
            f"Send a thank-you note to each interviewer of {rnd.label.lower()} "
            f"({tasks.describe_time_left(thanks.due_at, now)})."
        )
        urgent = thanks.due_at is not None and thanks.due_at - now <= URGENT
        steps.append(Step(Action.SEND_THANKS, text, o, urgent, rnd.number, task_id=thanks.id))
    return steps


def _ledger_steps(tx: Tx, o: Opportunity) -> list[Step]:
    """Contradictions in the fact ledger: reconcile them before the next round."""
    found = ledger.contradictions(tx, o.id)
    if not found:
        return []
    hard = sum(1 for c in found if c.hard)
    what = f"{len(found)} contradiction{'s' if len(found) != 1 else ''}"
    if hard:
        what += f" ({hard} retracted claim{'s' if hard != 1 else ''} said again)"
    text = (
        f"Reconcile {what} in your fact ledger before the next round: "
        "lock the right figure, correct or retract the other."
    )
    return [Step(Action.RECONCILE_LEDGER, text, o, urgent=bool(hard))]


def _mock_steps(tx: Tx, o: Opportunity, rounds: list[Round], now: datetime) -> list[Step]:
    """Once a round is debriefed: rehearse the next one (or resume the mock left open)."""
    debriefed = []  # done, or with weak moments marked: enough to rehearse
    for r in rounds:
        status = debrief.debrief_status(tx, r, now) if r.status is RoundStatus.COMPLETED else None
        if status is not None and (status.done or status.flagged):
            debriefed.append(r)
    if not debriefed:
        return []
    found = mock.sessions(tx, o.id)
    open_one = next((s for s in reversed(found) if s.status is MockStatus.ACTIVE), None)
    if open_one is not None:
        text = "Resume your mock interview where you stopped."
        return [Step(Action.RESUME_MOCK, text, o, session_id=open_one.id)]
    if any(s.feedback for s in found):
        return []
    number = debriefed[-1].number + 1
    text = (
        f"Rehearse round {number}: a mock interviewer who has read your round-"
        f"{debriefed[-1].number} notes probes the weak moments."
    )
    return [Step(Action.START_MOCK, text, o, round=number)]
