"""The terminal command that takes each step: printed by `roundtwo opportunity show`, and shown
beside each step on the pages so a user of either face learns the other."""

from __future__ import annotations

from roundtwo.steps.service import Action, Step


def command(step: Step) -> str:
    ref = step.opportunity.slug
    match step.action:
        case Action.ADD_ROUND:
            return f"roundtwo round add {ref} --when 'YYYY-MM-DD HH:MM'"
        case Action.MARK_ROUND_DONE:
            return f"roundtwo round done {ref} {step.round}"
        case Action.DEBRIEF:
            return f"roundtwo debrief add {ref} {step.round}"
        case Action.SEND_THANKS:
            return f"roundtwo task done {step.task_id}"
        case Action.ADD_INTERVIEWER:
            return f"roundtwo interviewer add {ref} 'Full Name' --role 'Their title'"
        case Action.RECONCILE_LEDGER:
            return f"roundtwo ledger show {ref}"
        case Action.RESUME_MOCK:
            return f"roundtwo mock start --resume {step.session_id}"
        case Action.START_MOCK:
            return f"roundtwo mock start {ref}"
