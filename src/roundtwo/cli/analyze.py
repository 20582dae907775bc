"""`roundtwo analyze [FILE|-] [--json] [--question TEXT] [--level …]`: read one answer the way an
experienced interviewer would. The JSON is the contract in docs/analysis.md."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

LEVEL_HELP = "The level you are interviewing for: junior, mid, senior or staff."
MAX_BYTES = 10 * 1024 * 1024


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)


def analyze_command(
    file: Annotated[
        str, typer.Argument(help="A text file with the answer, or - to read standard input.")
    ] = "-",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the analysis as JSON (docs/analysis.md).")
    ] = False,
    question: Annotated[str, typer.Option(help="The question the answer responds to.")] = "",
    level: Annotated[str, typer.Option(help=LEVEL_HELP)] = "mid",
) -> None:
    """Analyse one interview answer: STAR, specificity, ownership, score, gap, probes, claims."""
    import json

    from roundtwo.analysis import LEVELS, analyze
    from roundtwo.errors import InvalidInput

    if level not in LEVELS:
        raise InvalidInput(f"Unknown level {level!r}: use one of {', '.join(LEVELS)}.")
    answer = _read(file)
    result = analyze(answer, question, level).to_json()
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    from roundtwo.cli.common import console

    _print_summary(console, result)


def _read(file: str) -> str:

    from roundtwo.cli.inputs import read_input
    from roundtwo.errors import InvalidInput

    raw = read_input(file, MAX_BYTES, "a text file")
    if b"\x00" in raw[:4096]:
        raise InvalidInput(f"{file} looks binary: give the answer as plain text.")
    return raw[:MAX_BYTES].decode("utf-8", errors="replace")


def _print_summary(console: Console, result: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.table import Table

    score = result["score"]
    shown = "not graded" if score is None else f"{score}/5"
    console.print(
        f"[bold]{escape(result['kind'].replace('_', ' '))}[/bold] at {result['level']} level: "
        f"[bold]{shown}[/bold]"
        + ("" if result["screen"] == "allow" else f"  (screened: {result['screen']})")
    )
    asked = result["question_type"].replace("_", " ")
    console.print(f"Question type: {asked}   Relevance: {result['relevance'].replace('_', ' ')}")
    if result["relevance_reason"]:
        console.print(f"[yellow]{escape(result['relevance_reason'])}[/yellow]")
    if result["notice"]:
        console.print(f"[yellow]{escape(result['notice'])}[/yellow]")
    star = "  ".join(
        f"{'[green]✓[/green]' if found else '[red]✗[/red]'} {part.replace('_', ' ')}"
        for part, found in result["star"].items()
    )
    console.print(f"STAR: {star}")
    console.print(
        f"Specificity: {result['specificity']}   Ownership: "
        f"{result['ownership'].replace('_', ' ')}   "
        f"Move on: {'yes' if result['sufficient_signal'] else 'no, dig deeper'}"
    )
    for part, quote in result["evidence"].items():
        console.print(f"  [dim]{part}:[/dim] “{escape(quote)}”")
    if result["gap"]:
        console.print(f"[bold]Fix first:[/bold] {escape(result['gap'])}")
    for probe in result["probes"]:
        console.print(f"  [cyan]?[/cyan] {escape(probe['question'])}  [dim]({probe['kind']})[/dim]")
    if result["claims"]:
        table = Table("claim", "kind", "value", "subject", title="Claims", title_justify="left")
        for claim in result["claims"]:
            value = f"{claim['value']}" + (f" {claim['unit']}" if claim["unit"] else "")
            if claim["approximate"]:
                value = "≈ " + value
            table.add_row(escape(claim["text"]), claim["kind"], escape(value),
                          escape(claim["subject"]))  # fmt: skip
        console.print(table)
    for quote in result["claims_worth_chasing"]:
        console.print(f"  [magenta]chase:[/magenta] “{escape(quote)}”")
    said = result["delivery"]
    console.print(
        f"[dim]{said['words']} words, {said['fillers_per_100_words']} fillers per 100 words, "
        f"{said['hedges']} hedges, I ×{said['i']}, we ×{said['we']}[/dim]"
    )
