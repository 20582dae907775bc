"""Reading a command's input file, or standard input for ``-``, with one-line errors."""

from __future__ import annotations


def read_input(file: str, limit: int, expected: str) -> bytes:
    """At most ``limit + 1`` bytes of ``file`` (stdin for ``-``), so callers can tell a file
    over ``limit`` from one at it. ``expected`` names what to give instead ("a JSON file")."""
    import sys
    from pathlib import Path

    from roundtwo.errors import InvalidInput

    try:
        if file == "-":
            return sys.stdin.buffer.read(limit + 1)
        path = Path(file)
        if not path.is_file():
            raise InvalidInput(f"No such file: {file}. Give {expected}, or - for stdin.")
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise InvalidInput(f"Cannot read {file}: {exc.strerror or exc}.") from exc
