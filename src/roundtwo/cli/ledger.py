"""`roundtwo ledger …`: every fact you stated, the contradictions between them, and checking
a new answer against them before you give it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from roundtwo.cli.common import transaction

if TYPE_CHECKING:
    from roundtwo.domain import LedgerEntry
    from roundtwo.ledger.service import LedgerContradiction

ledger_app = typer.Typer(
    help="The fact ledger: every figure you stated, by round and interviewer, and the "
    "contradictions between them.",
    no_args_is_help=True,
)

Ref = Annotated[str, typer.Argument(help="The opportunity: its name, id or company.")]
Entry = Annotated[str, typer.Argument(help="The entry id (the first 8 characters will do).")]
FOUND_EXIT = 3  # `ledger check` found a contradiction or a retracted claim said again
MAX_BYTES = 1024 * 1024


def register(app: typer.Typer) -> None:
    app.add_typer(ledger_app, name="ledger")


@ledger_app.command("show")
def show(ref: Ref) -> None:
    """Contradictions first, then every fact by subject, the salary figures and the questions
    asked again."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.ledger import service as ledger
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        o = opportunities.find_opportunity(tx, ref)
        found = ledger.contradictions(tx, o.id)
        groups = ledger.entries(tx, o.id)
        salary = ledger.salary_entries(tx, o.id)
        recycled = ledger.recycled(tx, o.id)
        count = sum(len(g.entries) for g in groups)
        unread = 0 if count else ledger.answers_to_read(tx, o.id)
    console.print(
        f"[bold]Fact ledger: {escape(o.role_title)} at {escape(o.company)}[/] — {count} "
        f"fact{'s' if count != 1 else ''}, {len(found)} "
        f"contradiction{'s' if len(found) != 1 else ''}."
    )
    if unread:
        console.print(
            f"You have {unread} answer{'s' if unread != 1 else ''} with figures the ledger has "
            "not read (saved before it existed, or imported from an older export). "
            f"Read them: roundtwo ledger sync {o.slug}"
        )
        return
    if not count:
        console.print(
            "Empty: every figure you type in a debrief answer lands here. "
            f"Debrief a round first: roundtwo debrief add {o.slug} 1"
        )
        return
    for c in found:
        print_contradiction(c)
    console.print("\n[bold]Facts you stated[/]")
    for group in groups:
        console.print(f"\n  [bold]{escape(group.subject)}[/]")
        for view in group.entries:
            e = view.entry
            figure = (
                f"[strike]{escape(e.text)}[/] → {escape(e.correction)}"
                if e.correction
                else escape(e.text)
            )
            console.print(
                f"    [dim]{e.id[:8]}[/] {figure}  [dim]{e.status.value} · {escape(view.where)}[/]"
            )
            console.print(f"      “{escape(e.quote)}”", style="dim")
    if salary:
        console.print("\n[bold]Salary figures you stated[/]")
        for view in salary:
            which = "current pay" if view.entry.salary == "current" else "expectation"
            console.print(
                f"  {which}: {escape(view.shown)}  [dim]{escape(view.where)} · "
                f"{view.entry.status.value}[/]"
            )
    for r in recycled:
        console.print(
            f"\n[bold]Asked again[/] (round {r.earlier_round} → {r.later_round}): "
            f"“{escape(r.later.question)}” — {r.verdict.replace('_', ' ')}, "
            f"wording overlap {r.overlap:.0%}. {escape(r.advice)}"
        )
    console.print(_next(o.slug, found))


@ledger_app.command("sync")
def sync(ref: Ref) -> None:
    """Re-read every answer of the opportunity into the ledger: for answers saved before the
    ledger existed or imported from an older export. What you locked, corrected or retracted
    is kept."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.ledger import service as ledger
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        o = opportunities.find_opportunity(tx, ref)
        count = ledger.sync_opportunity(tx, o)
        found = len(ledger.contradictions(tx, o.id))
    console.print(
        f"Re-read every answer of {escape(o.role_title)} at {escape(o.company)}: {count} "
        f"fact{'s' if count != 1 else ''} in the ledger, {found} "
        f"contradiction{'s' if found != 1 else ''}."
    )
    console.print(f"Next: roundtwo ledger show {o.slug}")


def _next(slug: str, found: list[LedgerContradiction]) -> str:
    if found:
        return (
            "\nNext: reconcile each contradiction — `roundtwo ledger lock ID` the right figure, "
            "`roundtwo ledger correct ID VALUE` or `roundtwo ledger retract ID` the other."
        )
    return (
        "\nNext: lock the figures you are sure of (`roundtwo ledger lock ID`), then check "
        f"what you plan to say: roundtwo ledger check {slug} answer.txt"
    )


def print_contradiction(c: LedgerContradiction) -> None:
    from rich.markup import escape

    from roundtwo.cli.common import console

    head = "[red]Retracted, said again:[/]" if c.hard else "[red]✗[/]"
    console.print(f"\n{head} [bold]{escape(c.subject)}[/]")
    for side, quote, value in zip(c.sides, c.quotes, c.values, strict=True):
        where = f"{side.where}, {side.entry.id[:8]}" if side is not None else "this answer"
        console.print(f"   “{escape(quote)}”  [dim]({escape(value)}; {escape(where)})[/]")
    console.print(f"   {escape(c.explanation)}")
    console.print(f"   [green]Fix:[/] {escape(c.suggestion)}")


def _done(entry: LedgerEntry, what: str) -> None:
    from rich.markup import escape

    from roundtwo.cli.common import console

    console.print(f"{what}: {escape(entry.subject)} — {escape(entry.text)} [dim]({entry.id})[/]")


@ledger_app.command("lock")
def lock(entry_id: Entry) -> None:
    """This is my number: later answers are checked against it, and it wins."""
    from roundtwo.ledger import service as ledger

    with transaction() as tx:
        _done(ledger.lock(tx, entry_id), "Locked")


@ledger_app.command("correct")
def correct(
    entry_id: Entry,
    value: Annotated[str, typer.Argument(help="The right figure: '6', '$120k', '18 months'.")],
) -> None:
    """The right figure is another one: it is checked from now on instead."""
    from rich.markup import escape

    from roundtwo.ledger import service as ledger

    with transaction() as tx:
        entry = ledger.correct(tx, entry_id, value)
    _done(entry, f"Corrected to {escape(entry.correction)}")


@ledger_app.command("retract")
def retract(entry_id: Entry) -> None:
    """Taken back: saying it again in a later answer is flagged as a hard error."""
    from roundtwo.ledger import service as ledger

    with transaction() as tx:
        _done(ledger.retract(tx, entry_id), "Retracted (never say it again)")


@ledger_app.command("reactivate")
def reactivate(entry_id: Entry) -> None:
    """Undo a lock, correction or retraction."""
    from roundtwo.ledger import service as ledger

    with transaction() as tx:
        _done(ledger.reactivate(tx, entry_id), "Back to active")


@ledger_app.command("check")
def check(
    ref: Ref,
    file: Annotated[
        str, typer.Argument(help="A text file with the answer, or - to read standard input.")
    ] = "-",
    question: Annotated[str, typer.Option(help="The question the answer responds to.")] = "",
    round_: Annotated[
        int | None, typer.Option("--round", help="The round you will say it in.")
    ] = None,
    interviewer: Annotated[str, typer.Option(help="Who you will say it to.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Check an answer against the ledger before you give it. Exit code 0: consistent;
    3: a contradiction or a retracted claim said again; 1: an error."""
    import json

    from roundtwo.cli.common import console
    from roundtwo.errors import RoundtwoError
    from roundtwo.ledger import service as ledger
    from roundtwo.opportunities import service as opportunities

    try:
        text = _read(file)
        with transaction() as tx:
            o = opportunities.find_opportunity(tx, ref)
            found = ledger.check_text(
                tx, o.id, text, question, round=round_, interviewer=interviewer.strip()
            )
    except RoundtwoError as exc:
        if not as_json:
            raise
        typer.echo(json.dumps({"schema": 1, "error": str(exc)}, ensure_ascii=False))
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "schema": 1,
                    "opportunity": o.slug,
                    "contradictions": [c.to_json() for c in found],
                },
                ensure_ascii=False,
            )
        )
    elif not text.strip():
        console.print("Nothing to check: the answer is empty.")
    elif not found:
        console.print(
            "[green]Consistent with the ledger:[/] no contradictions, no retracted claims."
        )
    else:
        hard = sum(1 for c in found if c.hard)
        console.print(
            f"[bold]{len(found)} thing{'s' if len(found) != 1 else ''} to fix before you say "
            f"this[/]{f' ({hard} retracted, said again)' if hard else ''}:"
        )
        for c in found:
            print_contradiction(c)
    if found:
        raise typer.Exit(FOUND_EXIT)


def _read(file: str) -> str:
    """The answer in ``file`` (or stdin for ``-``); InvalidInput when it cannot be read."""
    from roundtwo.cli.inputs import read_input
    from roundtwo.errors import InvalidInput

    raw = read_input(file, MAX_BYTES, "a text file")
    if len(raw) > MAX_BYTES:
        raise InvalidInput(
            f"{file} is over {MAX_BYTES // 1024} KB: check one answer at a time, not a whole file."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{file} is not UTF-8 text: save it as UTF-8 and try again.") from None
