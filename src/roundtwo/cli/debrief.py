"""`roundtwo debrief …`: capture round one while it is fresh, from the keyboard or a transcript."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from roundtwo.cli.common import opportunity_and_round, transaction

if TYPE_CHECKING:
    from roundtwo.debrief.insight import Insight
    from roundtwo.domain import Exchange, Interviewer

debrief_app = typer.Typer(
    help="Debrief a round: every question, the core of every answer, the weak moments.",
    no_args_is_help=True,
)

Ref = Annotated[str, typer.Argument(help="The opportunity: its name, id or company.")]
Number = Annotated[int, typer.Argument(help="The round number.")]


def register(app: typer.Typer) -> None:
    app.add_typer(debrief_app, name="debrief")


@debrief_app.command("add")
def add(
    ref: Ref,
    number: Number,
    question: Annotated[str | None, typer.Option(help="The question as it was asked.")] = None,
    answer: Annotated[str, typer.Option(help="The core of your answer as you gave it.")] = "",
    by: Annotated[str, typer.Option(help="Who asked it (added if new).")] = "",
    rating: Annotated[str, typer.Option(help="How it went: strong, okay or rough.")] = "",
    weak: Annotated[
        bool, typer.Option("--weak", help="A weak, vague or incomplete moment.")
    ] = False,
    pushed_back: Annotated[
        bool, typer.Option("--pushed-back", help="They pushed back or followed up.")
    ] = False,
    surprise: Annotated[bool, typer.Option("--surprise", help="It caught you off guard.")] = False,
    notes: Annotated[str, typer.Option(help="Anything else worth remembering.")] = "",
) -> None:
    """Add exchanges. Without --question, asks for one exchange after another (Enter on an
    empty question to stop); each is saved the moment you finish it."""
    from roundtwo.cli.common import console

    if question is None:
        _interactive(ref, number)
        return
    with transaction() as tx:
        o, r = opportunity_and_round(tx, ref, number)
        person = _interviewer(tx, o, r, by)
        from roundtwo.debrief import service as debrief

        e = debrief.add_exchange(
            tx,
            r,
            question=question,
            answer=answer,
            interviewer=person,
            self_rating=rating or None,
            weak_moment=weak,
            pushed_back=pushed_back,
            surprise=surprise,
            notes=notes,
        )
    console.print(f"Saved exchange {e.position} [dim]({e.id})[/].")


def _interviewer(tx: object, o: object, r: object, by: str) -> Interviewer | None:
    from roundtwo.opportunities import service as opportunities

    if not by.strip():
        return None
    return opportunities.add_interviewer(tx, o, name=by, rnd=r)  # type: ignore[arg-type]


def _interactive(ref: str, number: int) -> None:
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.debrief import service as debrief
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        o, r = opportunity_and_round(tx, ref, number)
        names = [p.name for p in opportunities.round_interviewers(tx, r)]
        status = debrief.debrief_status(tx, r)
    console.print(
        f"[bold]Debrief of round {number} at {escape(o.company)}[/] — {status.time_left}.\n"
        "One exchange at a time; each is saved as soon as you finish it. "
        "Press Enter on an empty question to stop."
    )
    if names:
        console.print("Interviewers so far: " + escape(", ".join(names)))
    count = 0
    while True:
        try:
            question = typer.prompt("\nQuestion (as asked)", default="", show_default=False)
            if not question.strip():
                break
            answer = typer.prompt("Core of your answer", default="", show_default=False)
            by = typer.prompt(
                "Asked by", default=names[-1] if names else "", show_default=bool(names)
            )
            rating = typer.prompt(
                "How did it go? strong/okay/rough", default="", show_default=False
            )
            flags = typer.prompt(
                "Flags: w=weak moment, p=pushed back, s=surprise (e.g. 'wp')",
                default="",
                show_default=False,
            ).lower()
        except (EOFError, typer.Abort):
            break
        with transaction() as tx:
            o, r = opportunity_and_round(tx, ref, number)
            person = _interviewer(tx, o, r, by)
            e = debrief.add_exchange(
                tx,
                r,
                question=question,
                answer=answer,
                interviewer=person,
                self_rating=rating or None,
                weak_moment="w" in flags,
                pushed_back="p" in flags,
                surprise="s" in flags,
            )
        if person and person.name not in names:
            names.append(person.name)
        count += 1
        console.print(f"[green]Saved[/] exchange {e.position}.")
    console.print(
        f"\n{count} exchange(s) saved. See them with: roundtwo debrief show {ref} {number}"
    )


@debrief_app.command("show")
def show(ref: Ref, number: Number) -> None:
    """Print the debrief of a round."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.debrief import insight
    from roundtwo.debrief import service as debrief
    from roundtwo.ledger import service as ledger
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        o, r = opportunity_and_round(tx, ref, number)
        items = debrief.list_exchanges(tx, r)
        people = {p.id: p.name for p in opportunities.list_interviewers(tx, o)}
        status = debrief.debrief_status(tx, r)
        warnings = ledger.warnings_by_exchange(tx, o.id, [e.id for e in items])
    level = insight.target_level(o)
    state = "done" if status.done else status.time_left
    console.print(
        f"[bold]Round {number} at {escape(o.company)}[/] — {status.exchanges} exchanges, "
        f"{status.flagged} flagged; debrief {state}."
    )
    for e in items:
        _print_exchange(e, people.get(e.interviewer_id or ""))
        _print_insight(insight.exchange_insight(e, level))
        for c in warnings[e.id]:
            head = "[red]Ledger, retracted and said again:[/]" if c.hard else "[red]Ledger:[/]"
            console.print(f"  {head} {escape(c.explanation)}")
            console.print(
                f"  [green]Fix:[/] {escape(c.suggestion)} (roundtwo ledger show {o.slug})"
            )
    if not items:
        console.print(f"No exchanges yet: roundtwo debrief add {o.slug} {number}")


def _print_exchange(e: Exchange, asked_by: str | None) -> None:
    from rich.markup import escape

    from roundtwo.cli.common import console

    flags = [
        label
        for flag, label in (
            (e.weak_moment, "weak moment"),
            (e.pushed_back, "pushed back"),
            (e.surprise, "surprise"),
        )
        if flag
    ]
    meta = " · ".join(
        x for x in (asked_by, e.self_rating.value if e.self_rating else "", *flags) if x
    )
    console.print(f"\n[bold]{e.position}.[/] [dim]{e.id}[/]  {escape(meta)}")
    console.print(f"  Q: {escape(e.question) or '[dim](no question)[/]'}")
    console.print(f"  A: {escape(e.answer) or '[dim](no answer yet)[/]'}")
    if e.notes:
        console.print(f"  Notes: {escape(e.notes)}")


def _print_insight(found: Insight | None) -> None:
    from rich.markup import escape

    from roundtwo.cli.common import console

    if found is None:
        return
    a = found.result
    if a["screen"] != "allow":
        console.print(f"  [yellow]Not an answer to grade:[/] {escape(a['screen_reason'])}")
        return
    parts = [f"score {a['score']}/5 at {a['level']} level" if a["score"] else ""]
    if found.applies_star:
        parts.append(
            "STAR "
            + " ".join(f"[green]{k}[/]" if ok else f"[red]{k}✗[/]" for k, _, ok in found.star)
        )
    else:
        parts.append(a["kind"].replace("_", " "))
    if found.asked_for:
        parts.append(f"asked for {found.asked_for}")
    parts.append(f"specificity {a['specificity']}")
    console.print("  " + " · ".join(p for p in parts if p))
    if found.off_topic:
        label = "Off topic" if a["relevance"] == "off_topic" else "Partly on topic"
        console.print(f"  [yellow]{label}:[/] {escape(found.off_topic)}")
    if a["gap"]:
        console.print(f"  [bold]Fix first:[/] {escape(a['gap'])}")
    if a["claims"]:
        facts = "".join(
            f"[reverse]{escape(text)}[/]" if kind else escape(text) for text, kind in found.segments
        )
        console.print(f"  Facts you stated: {facts}")
    for probe in a["probes"][:3]:
        console.print(f"  [dim]They may ask:[/] “{escape(probe['question'])}”")


@debrief_app.command("edit")
def edit(
    exchange_id: Annotated[str, typer.Argument(help="The exchange id (from `debrief show`).")],
    question: Annotated[str | None, typer.Option(help="New question text.")] = None,
    answer: Annotated[str | None, typer.Option(help="New answer text.")] = None,
    rating: Annotated[str | None, typer.Option(help="strong, okay, rough, or '' to clear.")] = None,
    weak: Annotated[bool | None, typer.Option("--weak/--not-weak")] = None,
    pushed_back: Annotated[bool | None, typer.Option("--pushed-back/--not-pushed-back")] = None,
    surprise: Annotated[bool | None, typer.Option("--surprise/--no-surprise")] = None,
    notes: Annotated[str | None, typer.Option(help="New notes.")] = None,
) -> None:
    """Change an exchange (only the fields you give)."""
    from roundtwo.cli.common import console
    from roundtwo.debrief import service as debrief

    changes = {
        k: v
        for k, v in {
            "question": question,
            "answer": answer,
            "self_rating": rating,
            "weak_moment": weak,
            "pushed_back": pushed_back,
            "surprise": surprise,
            "notes": notes,
        }.items()
        if v is not None
    }
    with transaction() as tx:
        e = debrief.update_exchange(tx, debrief.get_exchange(tx, exchange_id), **changes)
    console.print(f"Updated exchange {e.position}.")


@debrief_app.command("delete")
def delete(exchange_id: Annotated[str, typer.Argument(help="The exchange id.")]) -> None:
    """Delete one exchange."""
    from roundtwo.cli.common import console
    from roundtwo.debrief import service as debrief

    with transaction() as tx:
        e = debrief.get_exchange(tx, exchange_id)
        debrief.delete_exchange(tx, e)
    console.print(f"Deleted exchange {e.position}.")


@debrief_app.command("done")
def done(
    ref: Ref,
    number: Number,
    undo: Annotated[bool, typer.Option("--undo", help="Reopen the debrief.")] = False,
) -> None:
    """Mark the debrief of a round as finished."""
    from roundtwo.cli.common import console
    from roundtwo.debrief import service as debrief

    with transaction() as tx:
        _, r = opportunity_and_round(tx, ref, number)
        debrief.finish_debrief(tx, r, done=not undo)
    console.print("Debrief reopened." if undo else "Debrief marked done. Well remembered.")


@debrief_app.command("import")
def import_transcript(
    ref: Ref,
    number: Number,
    file: Annotated[
        Path, typer.Argument(help="A .vtt, .srt, Zoom, Otter or plain-text transcript.")
    ],
    me: Annotated[str, typer.Option(help="Your speaker name in the transcript.")] = "",
    speaker: Annotated[
        list[str] | None,
        typer.Option(help="Map a speaker: 'Name in file=Interviewer name' or 'Name=skip'."),
    ] = None,
) -> None:
    """Import a transcript: interviewer turns become questions, yours become answers."""
    from rich.markup import escape

    from roundtwo.cli.common import console, err_console
    from roundtwo.errors import InvalidInput, TranscriptError
    from roundtwo.transcripts import service as transcripts
    from roundtwo.transcripts.parse import parse_transcript, speaker_summary

    if not file.is_file():
        raise InvalidInput(f"No file at {file}: check the path.")
    data = file.read_bytes()
    transcript = parse_transcript(data, file.name)
    mapping: dict[str, str] = {}
    for item in speaker or []:
        name, sep, role = item.partition("=")
        if not sep:
            raise InvalidInput(f"Write --speaker as 'Name in file=Interviewer name', not {item!r}.")
        mapping[name.strip()] = role.strip()
    if me:
        mapping[me] = "me"
    unmapped = [
        s for s in transcript.speakers if s.casefold() not in {m.casefold() for m in mapping}
    ]
    if unmapped and not me:
        summary = speaker_summary(transcript)
        err_console.print("Speakers in this transcript:")
        for name, turns, sample in summary:
            err_console.print(f"  {escape(name)} ({turns} turns): “{escape(sample)}”")
        if not _can_prompt():
            raise TranscriptError("Say which speaker is you with --me 'Your name as in the file'.")
        mapping[typer.prompt("Which speaker is you?").strip()] = "me"
    for name in transcript.speakers:
        if name.casefold() not in {m.casefold() for m in mapping}:
            mapping[name] = name  # an interviewer, under the name the file gives
    with transaction() as tx:
        _, r = opportunity_and_round(tx, ref, number)
        result = transcripts.import_transcript(tx, r, data, file.name, mapping)
    people = ", ".join(result.interviewers) or "none"
    console.print(
        f"Imported {result.exchanges} exchanges from {escape(file.name)} "
        f"({result.record.format}); interviewers: {escape(people)}."
    )
    console.print(f"Now mark the weak moments: roundtwo debrief show {ref} {number}")


def _can_prompt() -> bool:
    import sys

    return sys.stdin.isatty()
