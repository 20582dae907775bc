"""`roundtwo mock …`: rehearse round two in the terminal, or through a pipe for scripting.

In a terminal the questions come in Rich panels. When standard input is not a terminal the
session speaks a plain protocol (docs/mock.md, "In the app"): an answer is a paragraph —
lines up to a blank line or the end of input — and the interviewer's lines are printed as
``Q<n> <name>: <question>``. A paragraph that is just ``/hint`` (optionally followed by the
answer so far), ``/finish`` or ``/quit`` is a command. Every answer is saved as it is given.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from roundtwo.domain import MockSession
    from roundtwo.store import Store

mock_app = typer.Typer(
    help="Rehearse round two against a mock interviewer who has read your round-one notes.",
    no_args_is_help=True,
)

Ref = Annotated[str, typer.Argument(help="The opportunity: its name, id or company.")]
SessionRef = Annotated[str, typer.Argument(help="The session id (or its first characters).")]
COMMANDS = ("/hint", "/finish", "/quit")


def register(app: typer.Typer) -> None:
    app.add_typer(mock_app, name="mock")


@mock_app.command("start")
def start(
    ref: Annotated[
        str | None, typer.Argument(help="The opportunity: its name, id or company.")
    ] = None,
    round_number: Annotated[
        int | None, typer.Option("--round", help="The round you are preparing for.")
    ] = None,
    persona: Annotated[
        list[str] | None,
        typer.Option(help="An interviewer persona (repeat for a panel); see `mock personas`."),
    ] = None,
    panel: Annotated[
        bool, typer.Option("--panel", help="A panel of two to four (a default one if needed).")
    ] = False,
    timed: Annotated[
        int | None, typer.Option("--timed", help="Seconds per answer: an answer timer.")
    ] = None,
    max_questions: Annotated[int, typer.Option(help="The question cap (1–200).")] = 20,
    resume: Annotated[
        str | None, typer.Option("--resume", help="Resume this session where it stopped.")
    ] = None,
) -> None:
    """Start a mock interview (or --resume one). Answer with a paragraph ended by a blank line;
    /hint asks the coach, /finish wraps up with feedback, /quit pauses (resume any time)."""
    from roundtwo.errors import InvalidInput
    from roundtwo.mock import service as mock
    from roundtwo.opportunities import service as opportunities
    from roundtwo.store import open_store

    store = open_store()
    try:
        with store.transaction() as tx:
            if resume:
                session = mock.resume(tx, resume).session
            elif ref is None:
                raise InvalidInput(
                    "Name the opportunity (`roundtwo mock start ACME`) or --resume a session."
                )
            else:
                o = opportunities.find_opportunity(tx, ref)
                rnd = opportunities.get_round(tx, o, round_number) if round_number else None
                session = mock.start_session(
                    tx,
                    o.id,
                    rnd.id if rnd else None,
                    persona or [],
                    timed_seconds=timed,
                    max_questions=max_questions,
                    panel=panel,
                )
        _run(store, session, plain=not _is_terminal(), resumed=bool(resume))
    finally:
        store.close()


def _is_terminal() -> bool:
    return sys.stdin.isatty()


def _run(store: Store, session: MockSession, *, plain: bool, resumed: bool) -> None:
    from roundtwo.domain import MockStatus

    out = _Plain() if plain else _Rich()
    out.opening(session, resumed)
    if session.status is not MockStatus.ACTIVE:
        out.finished(session)
        return
    out.question(session)
    try:
        _converse(store, session, out, plain)
    except KeyboardInterrupt:  # Ctrl+C: every answer given so far is saved
        out.paused(session)


def _converse(store: Store, session: MockSession, out: _Plain, plain: bool) -> None:
    from rich.markup import escape

    from roundtwo.cli.common import err_console
    from roundtwo.errors import InvalidInput
    from roundtwo.mock import service as mock

    asked_at = time.monotonic()
    for paragraph in _paragraphs(plain):
        command, _, rest = paragraph.partition(" ")
        if command == "/quit":
            break
        try:
            with store.transaction() as tx:
                if command == "/hint":
                    out.hint(mock.hint(tx, session.id, rest).text)
                    continue
                if command == "/finish":
                    out.finished(mock.finish(tx, session.id))
                    return
                reply = mock.answer(tx, session.id, paragraph, time.monotonic() - asked_at)
        except InvalidInput as exc:  # nothing was saved; the same question is on the table
            err_console.print(f"Error: {escape(str(exc))}")
            continue
        session = reply.session
        out.answered(reply.turn.response_seconds, session.timed_seconds)
        if reply.finished:
            out.finished(session)
            return
        out.question(session)
        asked_at = time.monotonic()
    out.paused(session)


def _paragraphs(plain: bool) -> Iterator[str]:
    """Answers from standard input: the lines up to a blank line (or the end of input)."""
    lines: list[str] = []
    while True:
        try:
            line = sys.stdin.readline() if plain else input("> " if not lines else "  ")
        except EOFError:
            line = ""
            plain = True  # Ctrl+D in a terminal ends like the end of a pipe
        if plain and line == "":  # the end of input
            if lines:
                yield "\n".join(lines)
            return
        line = line.rstrip("\r\n")
        if line.strip():
            lines.append(line)
            if not plain and len(lines) == 1 and line.strip().split(" ")[0] in COMMANDS:
                yield lines.pop()
            continue
        if lines:
            yield "\n".join(lines)
            lines = []


class _Plain:
    """The pipe protocol: one line per thing the interviewer says, easy to parse."""

    def opening(self, session: MockSession, resumed: bool) -> None:
        how = "resumed" if resumed else "started"
        if session.feedback is not None:
            how = f"{session.status.value} (read-only)"
        print(f"session {session.id} {how}", flush=True)

    def question(self, session: MockSession) -> None:
        from roundtwo.mock import service as mock

        pending = session.pending or {}
        name = mock.persona_of(pending.get("persona") or "direct").name
        print(f"Q{_position(session)} {name}: {_one_line(pending.get('question', ''))}", flush=True)

    def hint(self, text: str) -> None:
        print(f"hint: {_one_line(text)}", flush=True)

    def answered(self, seconds: float | None, limit: int | None) -> None:
        if limit and seconds is not None and seconds > limit:
            print(f"time: {seconds:.0f} s, over the {limit} s limit", flush=True)

    def finished(self, session: MockSession) -> None:
        closing = str(session.plan.get("closing", ""))
        if closing:
            print(f"closing: {_one_line(closing)}")
        feedback = session.feedback or {}
        overall = feedback.get("overall")
        focus = feedback.get("focus") or {}
        line = f"feedback: overall {overall}/5" if overall is not None else "feedback: not graded"
        if focus.get("dimension"):
            line += f"; work on first: {focus['dimension']} ({_one_line(focus.get('gap', ''))})"
        print(line)
        print(f"see: roundtwo mock feedback {session.id}", flush=True)

    def paused(self, session: MockSession) -> None:
        print(f"paused: resume with roundtwo mock start --resume {session.id}", flush=True)


class _Rich(_Plain):
    """The terminal: panels for the interviewer, the timer, the feedback table."""

    def opening(self, session: MockSession, resumed: bool) -> None:
        from rich.markup import escape

        from roundtwo.cli.common import console
        from roundtwo.mock.data import session_label

        what = "Resuming" if resumed else "Mock round two"
        console.print(f"[bold]{what}[/] · {escape(session_label(session))} [dim]({session.id})[/]")
        if session.timed_seconds:
            console.print(f"Timed: {session.timed_seconds} s an answer.")
        console.print(
            "[dim]Answer, then press Enter on an empty line. /hint asks the coach, /finish "
            "wraps up with feedback, /quit pauses (everything is saved).[/]"
        )

    def question(self, session: MockSession) -> None:
        from rich.markup import escape
        from rich.panel import Panel

        from roundtwo.cli.common import console
        from roundtwo.mock import service as mock

        pending = session.pending or {}
        who = mock.persona_of(pending.get("persona") or "direct")
        probe = pending.get("probe")
        title = f"Q{_position(session)} · {who.name}, {who.title}"
        if probe:
            title += f" · {probe.replace('_', ' ')}"
        console.print(Panel(escape(str(pending.get("question", ""))), title=escape(title)))

    def hint(self, text: str) -> None:
        from rich.markup import escape

        from roundtwo.cli.common import console

        console.print(f"[yellow]Coach:[/] {escape(text)}")

    def answered(self, seconds: float | None, limit: int | None) -> None:
        from roundtwo.cli.common import console

        if limit and seconds is not None:
            over = seconds > limit
            colour = "red" if over else "green"
            console.print(f"[{colour}]{seconds:.0f} s[/] of {limit} s")

    def finished(self, session: MockSession) -> None:
        from rich.markup import escape

        from roundtwo.cli.common import console

        closing = str(session.plan.get("closing", ""))
        if closing:
            console.print(f"[italic]{escape(closing)}[/]")
        print_feedback(session.feedback or {}, session.id)

    def paused(self, session: MockSession) -> None:
        from roundtwo.cli.common import console

        console.print(
            f"Paused. Resume with [bold]roundtwo mock start --resume {session.id}[/] "
            f"or in the web app at /mock/{session.id}."
        )


def _position(session: MockSession) -> int:
    return int((session.pending or {}).get("position", 0))


def _one_line(text: Any) -> str:
    return " ".join(str(text).split())


@mock_app.command("list")
def list_sessions(ref: Ref) -> None:
    """The mock sessions of an opportunity, oldest first, with their scores."""
    from rich.markup import escape
    from rich.table import Table

    from roundtwo.cli.common import console, transaction
    from roundtwo.clock import local
    from roundtwo.mock import service as mock
    from roundtwo.mock.data import session_label
    from roundtwo.opportunities import service as opportunities

    with transaction() as tx:
        o = opportunities.find_opportunity(tx, ref)
        found = mock.sessions(tx, o.id)
        counts = {s.id: len(mock.turns_of(tx, s)) for s in found}
    if not found:
        console.print(f"No mock sessions yet. Start one: roundtwo mock start {o.slug}")
        return
    table = Table("#", "id", "started", "interviewers", "answers", "status", "score")
    for n, s in enumerate(found, start=1):
        score = (s.feedback or {}).get("overall")
        table.add_row(
            str(n),
            s.id,
            local(s.created_at),
            escape(session_label(s)),
            str(counts[s.id]),
            s.status.value,
            "–" if score is None else f"{score}",
        )
    console.print(table)


@mock_app.command("feedback")
def feedback(
    session_ref: SessionRef,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the stored feedback as JSON.")
    ] = False,
) -> None:
    """The graded feedback of a finished session: per topic, the focus, the comparison."""
    import json

    from roundtwo.cli.common import transaction
    from roundtwo.mock import service as mock

    with transaction() as tx:
        session = mock.get_session(tx, session_ref)
        stored = mock.feedback_of(tx, session.id)
    if as_json:
        typer.echo(json.dumps(stored, ensure_ascii=False, indent=2))
        return
    print_feedback(stored, session.id)


@mock_app.command("personas")
def list_personas() -> None:
    """The interviewer personas you can rehearse with (--persona ID)."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.mock.data import personas

    for p in personas().values():
        console.print(
            f"[bold]{p.id}[/] — {escape(p.name)}, {escape(p.title)} ({p.style}, {p.function})"
        )


def print_feedback(feedback: dict[str, Any], session_id: str) -> None:
    """Feedback in the terminal (every quote is the candidate's words: escaped)."""
    from rich.markup import escape

    from roundtwo.cli.common import console

    overall = feedback.get("overall")
    if overall is None:
        console.print("Nothing was graded: no answer in this session was on the interview.")
        return
    console.print(f"[bold]Overall {overall}/5[/] [dim]({session_id})[/]")
    focus = feedback.get("focus") or {}
    if focus.get("dimension"):
        quote = (
            f' You said: "{escape(focus.get("shown") or focus["quote"])}"'
            if focus.get("quote")
            else ""
        )
        console.print(
            f"[bold]Work on this first: {focus['dimension']}.[/] {escape(focus['gap'])}{quote}"
        )
    else:
        console.print("Every dimension scored 5: rehearse again in a day or two to keep it fresh.")
    dims = feedback.get("dimensions") or {}
    console.print("  ".join(f"{d} {v}" for d, v in dims.items()))
    comparison = feedback.get("comparison")
    if comparison and comparison.get("overall") is not None:
        console.print(f"Since the last session: overall {comparison['overall']:+.2f}.")
    for topic in feedback.get("topics", []):
        console.print(
            f"\n[bold]{topic['score']}/5[/] {topic['category'].replace('_', ' ')}: "
            f"{escape(topic['question'])}"
        )
        if topic.get("gap"):
            console.print(f"  gap: {escape(topic['gap'])}")
        for side, label in (("went_well", "+"), ("to_improve", "-")):
            for note in topic.get(side, []):
                said = escape(note.get("shown") or note["quote"])
                console.print(f'  {label} {escape(note["text"])} "{said}"')
