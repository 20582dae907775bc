"""How the CLI turns any failure into one line on stderr and exit code 1."""

from __future__ import annotations

import os
import sys
from typing import Any

import typer
import typer.core


def _is_cli_control(exc: BaseException) -> bool:
    """Exit, Abort and usage errors belong to Typer: let it handle them as usual."""
    return isinstance(exc, typer.Exit | typer.Abort) or type(exc).__module__.startswith(
        ("typer", "click")
    )


class FriendlyGroup(typer.core.TyperGroup):
    """A command group that reports errors as one line, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        from roundtwo.errors import RoundtwoError

        try:
            return super().invoke(ctx)
        except RoundtwoError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            print("Interrupted: everything saved before this point is kept.", file=sys.stderr)
            raise typer.Exit(130) from None
        except Exception as exc:
            if _is_cli_control(exc) or os.environ.get("ROUNDTWO_DEBUG"):
                raise
            print(
                f"Error: unexpected {type(exc).__name__}: {exc}. Your saved data is intact; "
                "run again with ROUNDTWO_DEBUG=1 to see details.",
                file=sys.stderr,
            )
            raise typer.Exit(1) from None
