"""`roundtwo consistency FILE [--json]`: every fact stated across rounds, the contradictions
between them and the recycled answers. The JSON is the contract in docs/ledger.md."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

MAX_BYTES = 50 * 1024 * 1024
FILE_HELP = 'A JSON file {"statements": [{"id", "round", "interviewer", "text"}, …]}, or -.'


def register(app: typer.Typer) -> None:
    app.command("consistency")(consistency_command)


def consistency_command(
    file: Annotated[str, typer.Argument(help=FILE_HELP)] = "-",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON (docs/ledger.md).")
    ] = False,
) -> None:
    """Check statements from several rounds for contradictions and recycled answers."""
    import json

    from roundtwo.errors import InvalidInput
    from roundtwo.ledger.contract import ContractError, consistency, error

    try:
        result = consistency(_load(file))
    except (InvalidInput, ContractError) as exc:
        message = " ".join(str(exc).split())
        if as_json:
            typer.echo(json.dumps(error(message), ensure_ascii=False))
            raise typer.Exit(1) from None
        raise InvalidInput(message) from None
    except Exception as exc:  # a bug: with --json the caller still gets JSON
        import os

        if not as_json or os.environ.get("ROUNDTWO_DEBUG"):
            raise
        message = f"unexpected {type(exc).__name__}: {exc}. Run with ROUNDTWO_DEBUG=1 for details."
        typer.echo(json.dumps(error(message), ensure_ascii=False))
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    from roundtwo.cli.common import console

    _print_summary(console, result)


def _load(file: str) -> Any:
    """The parsed JSON of ``file`` (or stdin for ``-``); InvalidInput when it cannot be."""
    import json

    from roundtwo.cli.inputs import read_input
    from roundtwo.errors import InvalidInput

    raw = read_input(file, MAX_BYTES, "a JSON file")
    if len(raw) > MAX_BYTES:
        raise InvalidInput(f"{file} is over {MAX_BYTES // (1024 * 1024)} MB: split it.")
    if not raw.strip():
        raise InvalidInput(f'{file} is empty: give {{"statements": […]}} as JSON.')
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidInput(f"{file} is not UTF-8 text: save it as UTF-8 JSON.") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{file} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "fix it and run again."
        ) from None


def _print_summary(console: Console, result: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.table import Table

    claims, found, recycled = result["claims"], result["contradictions"], result["recycled"]
    statements = len({c["statement"] for c in claims})
    console.print(
        f"[bold]{len(claims)}[/bold] facts in {statements} statements with numbers; "
        f"[bold]{len(found)}[/bold] contradiction{'s' if len(found) != 1 else ''}, "
        f"{len(recycled)} recycled answer{'s' if len(recycled) != 1 else ''}."
    )
    for item in found:
        hard = "[red]retracted, said again[/red]" if item["kind"] == "retracted" else "[red]✗[/red]"
        ids = " vs ".join(escape(str(i)) for i in item["ids"])
        console.print(f"\n{hard} [bold]{escape(item['subject'])}[/bold]  [dim]({ids})[/dim]")
        for quote in item["quotes"]:
            console.print(f"   “{escape(quote)}”")
        console.print(f"   {escape(item['explanation'])}")
        console.print(f"   [green]Fix:[/green] {escape(item['suggestion'])}")
    if recycled:
        table = Table("statements", "verdict", "overlap", title="Recycled answers")
        for pair in recycled:
            verdict = pair["verdict"].replace("_", " ")
            table.add_row(escape(" / ".join(map(str, pair["ids"]))), verdict,
                          f"{pair['overlap']:.0%}")  # fmt: skip
        console.print(table)
    if claims and not found:
        console.print("[green]No contradictions.[/green]")
