"""`roundtwo web`: the web app on localhost."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("web")(web)


def web(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Start the web app (http://127.0.0.1:8000 by default). Ctrl+C stops it."""
    import uvicorn

    from roundtwo.cli.common import console
    from roundtwo.store import open_store
    from roundtwo.web.app import create_app

    store = open_store()
    store.migrate()
    console.print(f"roundtwo is running at [bold]http://{host}:{port}[/]  (Ctrl+C to stop)")
    console.print(f"Your data: {store.settings.where} — it stays on this machine.")
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
