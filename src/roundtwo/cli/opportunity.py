"""`roundtwo opportunity|round|interviewer|task …`: the opportunity and what hangs off it."""

from __future__ import annotations

from typing import Annotated

import typer

from roundtwo.cli.common import opportunity_and_round, split_csv, transaction

opportunity_app = typer.Typer(help="Roles you are interviewing for.", no_args_is_help=True)
round_app = typer.Typer(help="The rounds of an opportunity.", no_args_is_help=True)
interviewer_app = typer.Typer(help="The people who interview you.", no_args_is_help=True)
task_app = typer.Typer(help="What is due, and when.", no_args_is_help=True)

Ref = Annotated[str, typer.Argument(help="The opportunity: its name, id or company.")]


def register(app: typer.Typer) -> None:
    app.add_typer(opportunity_app, name="opportunity")
    app.add_typer(round_app, name="round")
    app.add_typer(interviewer_app, name="interviewer")
    app.add_typer(task_app, name="task")


@opportunity_app.command("add")
def opportunity_add(
    company: Annotated[str, typer.Option(help="The company's name.", prompt=True)],
    role: Annotated[str, typer.Option(help="The role title as advertised.", prompt=True)],
    level: Annotated[str, typer.Option(help="junior, mid, senior, staff …")] = "",
    location: Annotated[str, typer.Option(help="City, or remote.")] = "",
    values: Annotated[str, typer.Option(help="The company's stated values, comma-separated.")] = "",
    jd_file: Annotated[
        typer.FileText | None, typer.Option(help="A text file with the job description.")
    ] = None,
) -> None:
    """Add an opportunity: a role at a company you are interviewing for."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        opportunity = opportunities.create_opportunity(
            tx,
            company=company,
            role_title=role,
            level=level,
            location=location,
            job_description=jd_file.read() if jd_file else "",
            values=split_csv(values),
        )
    console.print(f"Added [bold]{escape(opportunity.title)}[/] as [cyan]{opportunity.slug}[/].")
    console.print(f"Next: roundtwo round add {opportunity.slug} --when 'YYYY-MM-DD HH:MM'")


@opportunity_app.command("list")
def opportunity_list() -> None:
    """List your opportunities, most recently changed first."""
    from rich.markup import escape
    from rich.table import Table

    from roundtwo.cli.common import console
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        found = opportunities.list_opportunities(tx)
        table = Table("name", "role", "company", "rounds")
        for o in found:
            rounds = len(opportunities.list_rounds(tx, o))
            table.add_row(o.slug, escape(o.role_title), escape(o.company), str(rounds))
    if not found:
        console.print("No opportunities yet. Add one with `roundtwo opportunity add`,")
        console.print("or see a worked example with `roundtwo demo`.")
        return
    console.print(table)


@opportunity_app.command("show")
def opportunity_show(ref: Ref) -> None:
    """Show an opportunity: rounds, interviewers, open tasks and what to do next."""
    from rich.markup import escape

    from roundtwo import clock
    from roundtwo.cli.common import console
    from roundtwo.domain import utcnow
    from roundtwo.opportunities import service as opportunities
    from roundtwo.steps.commands import command
    from roundtwo.steps.service import next_steps
    from roundtwo.tasks import service as tasks

    now = utcnow()
    with transaction() as tx:
        o = opportunities.find_opportunity(tx, ref)
        rounds = opportunities.list_rounds(tx, o)
        people = opportunities.list_interviewers(tx, o)
        todo = tasks.open_tasks(tx, o)
        steps = next_steps(tx, o, now)
    console.print(f"[bold]{escape(o.title)}[/]  ({o.slug})")
    details = " · ".join(escape(x) for x in (o.level, o.location) if x)
    if details:
        console.print(details)
    if o.values:
        console.print("Values: " + escape(", ".join(o.values)))
    console.print("\n[bold]What to do next[/]")
    for step in steps:
        mark = "[red]![/]" if step.urgent else "→"
        console.print(f" {mark} {escape(step.text)}\n     [dim]{escape(command(step))}[/]")
    console.print("\n[bold]Rounds[/]")
    for r in rounds:
        console.print(
            f" {r.number}. {r.format.value}, {r.status.value}, {clock.local(r.scheduled_at)}"
        )
    if not rounds:
        console.print(" none yet")
    console.print("\n[bold]Interviewers[/]")
    for p in people:
        role = f" — {escape(p.role)}" if p.role else ""
        console.print(f" {escape(p.name)}{role}")
    if not people:
        console.print(" none yet")
    console.print("\n[bold]Open tasks[/]")
    for t in todo:
        console.print(
            f" {escape(t.title)} ({tasks.describe_time_left(t.due_at, now)}) [dim]{t.id}[/]"
        )
    if not todo:
        console.print(" nothing due")


@round_app.command("add")
def round_add(
    ref: Ref,
    when: Annotated[str, typer.Option(help="Local start time: YYYY-MM-DD HH:MM, or 'now'.")] = "",
    format: Annotated[
        str, typer.Option(help="phone, video, onsite, panel or take_home.")
    ] = "video",
    duration: Annotated[int, typer.Option(help="Length in minutes.")] = 60,
    number: Annotated[int | None, typer.Option(help="Round number (default: the next).")] = None,
    done: Annotated[bool, typer.Option("--done", help="It has already happened.")] = False,
) -> None:
    """Add a round. A round that is done starts the 24-hour debrief clock."""
    from roundtwo import clock
    from roundtwo.cli.common import console
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        o = opportunities.find_opportunity(tx, ref)
        r = opportunities.add_round(
            tx,
            o,
            number=number,
            format=format,
            scheduled_at=clock.parse_when(when, "round's start"),
            duration_minutes=duration,
            status="completed" if done else "scheduled",
        )
    console.print(f"Added round {r.number} ({r.format.value}, {clock.local(r.scheduled_at)}).")
    if done:
        console.print(f"Next: debrief it now — roundtwo debrief add {o.slug} {r.number}")


@round_app.command("done")
def round_done(
    ref: Ref,
    number: Annotated[int, typer.Argument(help="The round number.")],
    ended: Annotated[str, typer.Option(help="When it ended (default: now).")] = "",
) -> None:
    """Mark a round as done: the debrief and thank-you notes are due 24 hours after it ended."""
    from roundtwo import clock
    from roundtwo.cli.common import console
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        o, r = opportunity_and_round(tx, ref, number)
        opportunities.complete_round(tx, r, ended_at=clock.parse_when(ended, "end time"))
    console.print(f"Round {number} is done. Debrief it now: roundtwo debrief add {o.slug} {number}")


@round_app.command("list")
def round_list(ref: Ref) -> None:
    """List the rounds of an opportunity."""
    from rich.markup import escape

    from roundtwo import clock
    from roundtwo.cli.common import console
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        rounds = opportunities.list_rounds(tx, opportunities.find_opportunity(tx, ref))
    for r in rounds:
        console.print(
            f"{r.number}. {r.format.value}, {r.status.value}, {clock.local(r.scheduled_at)}"
        )
    if not rounds:
        console.print("No rounds yet: roundtwo round add " + escape(ref))


@interviewer_app.command("add")
def interviewer_add(
    ref: Ref,
    name: Annotated[str, typer.Argument(help="Their name.")],
    role: Annotated[str, typer.Option(help="Their title.")] = "",
    function: Annotated[str, typer.Option(help="engineering, product, HR, design …")] = "",
    contact: Annotated[str, typer.Option(help="E-mail or phone.")] = "",
    notes: Annotated[str, typer.Option(help="Background, what they seemed to care about.")] = "",
    round: Annotated[int | None, typer.Option(help="A round they were in.")] = None,
) -> None:
    """Add someone who interviews you (or link them to another round)."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        o = opportunities.find_opportunity(tx, ref)
        rnd = opportunities.get_round(tx, o, round) if round else None
        person = opportunities.add_interviewer(
            tx, o, name=name, role=role, function=function, contact=contact, notes=notes, rnd=rnd
        )
    console.print(f"{escape(person.name)} is on the list for {escape(o.company)}.")


@interviewer_app.command("list")
def interviewer_list(ref: Ref) -> None:
    """List the interviewers of an opportunity."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        people = opportunities.list_interviewers(tx, opportunities.find_opportunity(tx, ref))
    for p in people:
        extra = " · ".join(x for x in (p.role, p.function, p.contact) if x)
        console.print(f"{escape(p.name)}  [dim]{escape(extra)}[/]")
    if not people:
        console.print("No interviewers yet: roundtwo interviewer add " + escape(ref) + " 'Name'")


@task_app.command("list")
def task_list(
    ref: Annotated[str | None, typer.Argument(help="Only this opportunity.")] = None,
) -> None:
    """List open tasks, soonest due first."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.domain import utcnow
    from roundtwo.opportunities import service as opportunities
    from roundtwo.tasks import service as tasks

    now = utcnow()
    with transaction() as tx:
        o = opportunities.find_opportunity(tx, ref) if ref else None
        todo = tasks.open_tasks(tx, o)
    for t in todo:
        console.print(
            f"{escape(t.title)} — {tasks.describe_time_left(t.due_at, now)}  [dim]{t.id}[/]"
        )
    if not todo:
        console.print("Nothing due.")


@task_app.command("add")
def task_add(
    ref: Ref,
    title: Annotated[str, typer.Argument(help="What to do.")],
    due: Annotated[str, typer.Option(help="Local due time: YYYY-MM-DD HH:MM.")] = "",
) -> None:
    """Add a task of your own."""
    from rich.markup import escape

    from roundtwo import clock
    from roundtwo.cli.common import console
    from roundtwo.opportunities import service as opportunities
    from roundtwo.tasks import service as tasks

    with transaction() as tx:
        o = opportunities.find_opportunity(tx, ref)
        t = tasks.add_task(tx, o, title, clock.parse_when(due, "due time"))
    console.print(f"Added: {escape(t.title)}  [dim]{t.id}[/]")


@task_app.command("done")
def task_done(
    task_id: Annotated[str, typer.Argument(help="The task's id (from `task list`).")],
) -> None:
    """Tick a task off."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.domain import Task
    from roundtwo.errors import NotFound
    from roundtwo.tasks import service as tasks

    with transaction() as tx:
        matches = [t for t in tx.find(Task) if t.id.startswith(task_id.strip())]
        if len(matches) != 1:
            raise NotFound(f"No single task matches {task_id!r}: see `roundtwo task list`.")
        tasks.set_done(tx, matches[0])
    console.print(f"Done: {escape(matches[0].title)}")
