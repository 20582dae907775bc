"""`roundtwo next FILE [--json]`: what the mock interviewer does next, for a transcript so far.

The input and output are the contract in docs/mock.md (``"schema": 1``).
"""

from __future__ import annotations

from typing import Annotated

import typer

MAX_BYTES = 10 * 1024 * 1024


def register(app: typer.Typer) -> None:
    app.command("next")(next_command)


def next_command(
    file: Annotated[
        str,
        typer.Argument(
            help='A JSON file {"transcript": [...], "max_questions": 20, '
            '"context": {...}}, or - to read standard input.'
        ),
    ] = "-",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the decision as JSON (docs/mock.md).")
    ] = False,
) -> None:
    """Decide the mock interviewer's next move: follow up, open a new topic, or wrap up."""
    import json

    from roundtwo.errors import InvalidInput
    from roundtwo.mock.contract import SCHEMA, ContractError, decide

    try:
        payload = json.loads(_read(file))
        decision = decide(payload)
    except (ContractError, InvalidInput, json.JSONDecodeError, RecursionError) as exc:
        message = _message(exc)
        if as_json:
            typer.echo(json.dumps({"schema": SCHEMA, "error": message}, ensure_ascii=False))
            raise typer.Exit(1) from None
        raise InvalidInput(message) from None
    except Exception as exc:  # a bug, not bad input: --json still answers in JSON
        if not as_json:
            raise
        message = f"Unexpected {type(exc).__name__}: {' '.join(str(exc).split())}"
        typer.echo(json.dumps({"schema": SCHEMA, "error": message}, ensure_ascii=False))
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(decision, ensure_ascii=False))
        return
    probe = f" ({decision['probe']})" if decision["probe"] else ""
    typer.echo(f"{decision['action'].replace('_', ' ')}{probe}: {decision['question']}")
    typer.echo(f"  why: {decision['reason']}")


def _message(exc: BaseException) -> str:
    import json

    if isinstance(exc, json.JSONDecodeError):
        return f"The input is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}."
    if isinstance(exc, RecursionError):
        return "The input JSON is nested too deeply."
    return " ".join(str(exc).split())


def _read(file: str) -> str:

    from roundtwo.cli.inputs import read_input
    from roundtwo.errors import InvalidInput

    raw = read_input(file, MAX_BYTES, "a JSON file")
    if len(raw) > MAX_BYTES:
        raise InvalidInput(f"{file} is over 10 MB: a transcript so far is far smaller.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{file} is not UTF-8 text: give the input as JSON.") from None
