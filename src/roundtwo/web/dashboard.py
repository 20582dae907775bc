"""The dashboard's links: where in the app each next step is taken."""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.steps.commands import command
from roundtwo.steps.service import Action, Step


@dataclass(frozen=True)
class ShownStep:
    """A step as a page shows it: the text, the link, the terminal equivalent."""

    text: str
    href: str
    command: str
    urgent: bool


def href(step: Step) -> str:
    base = f"/o/{step.opportunity.id}"
    match step.action:
        case Action.ADD_ROUND:
            return f"{base}#add-round"
        case Action.MARK_ROUND_DONE | Action.DEBRIEF:
            return f"{base}/rounds/{step.round}"
        case Action.SEND_THANKS:
            return f"{base}#tasks"
        case Action.ADD_INTERVIEWER:
            return f"{base}#interviewers"
        case Action.RECONCILE_LEDGER:
            return f"{base}/ledger"
        case Action.RESUME_MOCK:
            return f"/mock/{step.session_id}"
        case Action.START_MOCK:
            return f"{base}#rehearse"


def shown(steps: list[Step]) -> list[ShownStep]:
    return [ShownStep(s.text, href(s), command(s), s.urgent) for s in steps]
