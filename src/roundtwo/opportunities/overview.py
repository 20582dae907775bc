"""'What to do next' for an opportunity: the one list every screen can lead with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from roundtwo import domain
from roundtwo.debrief import service as debrief
from roundtwo.domain import MockStatus, Opportunity, Round, RoundStatus, TaskKind
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Tx
from roundtwo.tasks import service as tasks

URGENT = timedelta(hours=6)


@dataclass(frozen=True)
class NextStep:
    text: str
    href: str
    command: str
    urgent: bool = False


def next_steps(tx: Tx, opportunity: Opportunity, now: datetime | None = None) -> list[NextStep]:
    now = now or domain.utcnow()
    ref = opportunity.slug
    base = f"/o/{opportunity.id}"
    rounds = opportunities.list_rounds(tx, opportunity)
    steps: list[NextStep] = []
    if not rounds:
        return [
            NextStep(
                "Add round one: when it was (or will be) and its format.",
                f"{base}#add-round",
                f"roundtwo round add {ref} --when 'YYYY-MM-DD HH:MM'",
            )
        ]
    for rnd in rounds:
        round_url = f"{base}/rounds/{rnd.number}"
        if rnd.status is RoundStatus.SCHEDULED and rnd.ends_at and rnd.ends_at <= now:
            steps.append(
                NextStep(
                    f"Did {rnd.label.lower()} happen? Mark it done to start the debrief clock.",
                    round_url,
                    f"roundtwo round done {ref} {rnd.number}",
                )
            )
        if rnd.status is not RoundStatus.COMPLETED:
            continue
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
            steps.append(
                NextStep(text, round_url, f"roundtwo debrief add {ref} {rnd.number}", urgent)
            )
        thanks = tasks.round_task(tx, rnd, TaskKind.THANK_YOU)
        if thanks is not None and thanks.is_open:
            steps.append(
                NextStep(
                    f"Send a thank-you note to each interviewer of {rnd.label.lower()} "
                    f"({tasks.describe_time_left(thanks.due_at, now)}).",
                    f"{base}#tasks",
                    f"roundtwo task done {thanks.id}",
                    thanks.due_at is not None and thanks.due_at - now <= URGENT,
                )
            )
    if not opportunities.list_interviewers(tx, opportunity):
        steps.append(
            NextStep(
                "Add who interviewed you: name, role, and what they seemed to care about.",
                f"{base}#interviewers",
                f"roundtwo interviewer add {ref} 'Full Name' --role 'Their title'",
            )
        )
    steps.extend(_ledger_steps(tx, opportunity, base))
    steps.extend(_mock_steps(tx, opportunity, base, rounds, now))
    if all(r.status is not RoundStatus.SCHEDULED for r in rounds):
        steps.append(
            NextStep(
                f"Add round {rounds[-1].number + 1} as soon as it is scheduled.",
                f"{base}#add-round",
                f"roundtwo round add {ref} --when 'YYYY-MM-DD HH:MM'",
            )
        )
    return sorted(steps, key=lambda s: not s.urgent)


def _ledger_steps(tx: Tx, opportunity: Opportunity, base: str) -> list[NextStep]:
    """Contradictions in the fact ledger: reconcile them before the next round."""
    from roundtwo.ledger import service as ledger

    found = ledger.contradictions(tx, opportunity.id)
    if not found:
        return []
    hard = sum(1 for c in found if c.hard)
    what = f"{len(found)} contradiction{'s' if len(found) != 1 else ''}"
    if hard:
        what += f" ({hard} retracted claim{'s' if hard != 1 else ''} said again)"
    return [
        NextStep(
            f"Reconcile {what} in your fact ledger before the next round: "
            "lock the right figure, correct or retract the other.",
            f"{base}/ledger",
            f"roundtwo ledger show {opportunity.slug}",
            urgent=bool(hard),
        )
    ]


def _mock_steps(
    tx: Tx, opportunity: Opportunity, base: str, rounds: list[Round], now: datetime
) -> list[NextStep]:
    """Once a round is debriefed: rehearse the next one (or resume the mock left open)."""
    from roundtwo.mock import service as mock

    debriefed = []  # done, or with weak moments marked: enough to rehearse
    for r in rounds:
        status = debrief.debrief_status(tx, r, now) if r.status is RoundStatus.COMPLETED else None
        if status is not None and (status.done or status.flagged):
            debriefed.append(r)
    if not debriefed:
        return []
    found = mock.sessions(tx, opportunity.id)
    open_one = next((s for s in reversed(found) if s.status is MockStatus.ACTIVE), None)
    if open_one is not None:
        return [
            NextStep(
                "Resume your mock interview where you stopped.",
                f"/mock/{open_one.id}",
                f"roundtwo mock start --resume {open_one.id}",
            )
        ]
    if any(s.feedback for s in found):
        return []
    number = debriefed[-1].number + 1
    return [
        NextStep(
            f"Rehearse round {number}: a mock interviewer who has read your round-"
            f"{debriefed[-1].number} notes probes the weak moments.",
            f"{base}#rehearse",
            f"roundtwo mock start {opportunity.slug}",
        )
    ]
