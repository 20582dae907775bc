"""Write docs/cli.md from the CLI itself, so the reference can never drift from the code.

`python scripts/cli_docs.py` rewrites the file; `python scripts/cli_docs.py --check` exits 1
when it is out of date (a test runs the check).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer.main

from roundtwo.cli.main import app

TARGET = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
HEADER = """# Command-line reference

Every command of `roundtwo`, with its `--help`. This page is generated from the code by
`scripts/cli_docs.py`; a test fails when it is out of date.

Start with `roundtwo demo` to load a worked example, or `roundtwo opportunity add`.
Errors are one line on stderr with exit code 1; nothing is half-written.
"""


def _help(command: Any, path: list[str]) -> str:
    info_name = " ".join(["roundtwo", *path])
    ctx = command.context_class(
        command, info_name=info_name, max_content_width=96, terminal_width=96
    )
    return str(command.get_help(ctx))


def render() -> str:
    root = typer.main.get_command(app)
    sections = [HEADER]

    def walk(command: Any, path: list[str]) -> None:
        title = " ".join(["roundtwo", *path])
        sections.append(f"\n## `{title}`\n\n```text\n{_help(command, path).rstrip()}\n```\n")
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, name])

    walk(root, [])
    return "".join(sections)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print("docs/cli.md is out of date: run `python scripts/cli_docs.py`.")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"Wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
