"""`roundtwo export | import | demo | migrate | where`: your data as a whole."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from roundtwo.cli.common import transaction


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("import")(import_)
    app.command("demo")(demo)
    app.command("migrate")(migrate)
    app.command("where")(where)


def export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Print everything you own as one versioned JSON document."""
    import sys

    from rich.markup import escape

    from roundtwo.archive import service as archive
    from roundtwo.cli.common import console

    with transaction() as tx:
        text = archive.dumps(archive.export_document(tx))
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    console.print(f"Exported to {escape(str(output))}.")


def import_(
    file: Annotated[
        Path, typer.Argument(help="A file written by `roundtwo export` (- for stdin).")
    ],
) -> None:
    """Restore an export. Records already here are kept once; nothing is duplicated."""
    import sys

    from rich.markup import escape

    from roundtwo.archive import service as archive
    from roundtwo.cli.common import console
    from roundtwo.errors import ImportFailed

    if str(file) == "-":
        data = sys.stdin.buffer.read()
    elif file.is_file():
        data = file.read_bytes()
    else:
        raise ImportFailed(f"No file at {file}: check the path.")
    document = archive.load_document(data)
    with transaction() as tx:
        report = archive.import_document(tx, document)
    console.print(f"Imported {escape(str(file))}: {report.summary()}.")


def demo() -> None:
    """Load a sample opportunity with a debriefed first round, to see roundtwo at work."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.demo.service import load_demo

    with transaction() as tx:
        opportunity, new = load_demo(tx)
    verb = "Loaded" if new else "Already loaded:"
    console.print(f"{verb} the demo, [bold]{escape(opportunity.title)}[/].")
    console.print(f"Look around: roundtwo opportunity show {opportunity.slug}   (or roundtwo web)")


def migrate() -> None:
    """Create or upgrade the database schema (run by `make run`; safe to run again)."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.store import open_store

    store = open_store()
    try:
        revision = store.migrate()
    finally:
        store.close()
    console.print(f"Database ready at {escape(store.settings.where)} (schema {revision}).")


def where() -> None:
    """Where your data lives, and what leaves this machine (nothing, by default)."""
    from rich.markup import escape

    from roundtwo.cli.common import console
    from roundtwo.config import load_settings

    settings = load_settings()
    console.print(f"Data folder (ROUNDTWO_HOME): {escape(str(settings.home))}")
    console.print(f"Database: {escape(settings.where)}")
    console.print("Language engine: built-in (runs on this machine; nothing is sent anywhere).")
