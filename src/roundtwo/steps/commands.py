"""The terminal command that takes each step: printed by `roundtwo opportunity show`, and shown
beside each step on the pages so a user of either face learns the other."""

from __future__ import annotations

from roundtwo.steps.service import Action, Step

COMMANDS = {
    Action.ADD_ROUND: "roundtwo round add {ref} --when 'YYYY-MM-DD HH:MM'",
    Action.MARK_ROUND_DONE: "roundtwo round done {ref} {round}",
    Action.DEBRIEF: "roundtwo debrief add {ref} {round}",
    Action.SEND_THANKS: "roundtwo task done {task}",
    Action.ADD_INTERVIEWER: "roundtwo interviewer add {ref} 'Full Name' --role 'Their title'",
    Action.RECONCILE_LEDGER: "roundtwo ledger show {ref}",
    Action.RESUME_MOCK: "roundtwo mock start --resume {session}",
    Action.START_MOCK: "roundtwo mock start {ref}",
}


def fill(template: str, step: Step) -> str:
    """A template with the step's opportunity (slug and id), round, task and session."""
    return template.format(
        ref=step.opportunity.slug, oid=step.opportunity.id, round=step.round,
        task=step.task_id, session=step.session_id,
    )  # fmt: skip


def command(step: Step) -> str:
    return fill(COMMANDS[step.action], step)
