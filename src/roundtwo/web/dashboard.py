"""The dashboard's links: where in the app each next step is taken."""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.steps.commands import command, fill
from roundtwo.steps.service import Action, Step

LINKS = {
    Action.ADD_ROUND: "/o/{oid}#add-round",
    Action.MARK_ROUND_DONE: "/o/{oid}/rounds/{round}",
    Action.DEBRIEF: "/o/{oid}/rounds/{round}",
    Action.SEND_THANKS: "/o/{oid}#tasks",
    Action.ADD_INTERVIEWER: "/o/{oid}#interviewers",
    Action.RECONCILE_LEDGER: "/o/{oid}/ledger",
    Action.RESUME_MOCK: "/mock/{session}",
    Action.START_MOCK: "/o/{oid}#rehearse",
}


@dataclass(frozen=True)
class ShownStep:
    """A step as a page shows it: the text, the link, the terminal equivalent."""

    text: str
    href: str
    command: str
    urgent: bool


def href(step: Step) -> str:
    return fill(LINKS[step.action], step)


def shown(steps: list[Step]) -> list[ShownStep]:
    return [ShownStep(s.text, href(s), command(s), s.urgent) for s in steps]
