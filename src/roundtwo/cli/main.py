"""The ``roundtwo`` command line. Each command module imports its heavy dependencies lazily."""

from __future__ import annotations

import typer

from roundtwo.cli import analyze, consistency, data_commands, debrief, opportunity, web_command
from roundtwo.cli import ledger as ledger_commands
from roundtwo.cli import mock as mock_commands
from roundtwo.cli import next as next_command
from roundtwo.cli.errors import FriendlyGroup

app = typer.Typer(
    cls=FriendlyGroup,
    name="roundtwo",
    help="Get through the second interview: debrief round one, lock the facts, rehearse round two.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

web_command.register(app)
opportunity.register(app)
debrief.register(app)
data_commands.register(app)
analyze.register(app)
consistency.register(app)
ledger_commands.register(app)
next_command.register(app)
mock_commands.register(app)


def run() -> None:
    app()
