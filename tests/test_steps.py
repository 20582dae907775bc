"""Every next step has a place in the app and a command in the terminal."""

from __future__ import annotations

from roundtwo.domain import Opportunity
from roundtwo.steps.commands import COMMANDS, command
from roundtwo.steps.service import Action, Step
from roundtwo.web.dashboard import LINKS, href


def test_every_action_has_a_link_and_a_command() -> None:
    assert set(COMMANDS) == set(LINKS) == set(Action)
    o = Opportunity(
        user_id="u", company="Northwind", role_title="Engineer", slug="northwind-engineer"
    )
    step = Step(Action.DEBRIEF, "Debrief round 1", o, round=1, task_id="t1", session_id="s1")
    assert href(step) == f"/o/{o.id}/rounds/1"
    assert command(step) == "roundtwo debrief add northwind-engineer 1"
    for action in Action:
        shown = Step(action, "", o, round=2, task_id="t1", session_id="s1")
        assert "None" not in href(shown) and "None" not in command(shown)
