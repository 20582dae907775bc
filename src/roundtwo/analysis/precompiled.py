"""Regular expressions compiled once per installation, not once per process.

The reader's curated patterns take Python's ``re`` about a quarter of a second to parse and
compile, which every short-lived ``roundtwo`` command would pay again. Like ``compileall``
for bytecode, ``make install`` (``scripts/compile_patterns.py``) records each pattern's
compiled program in ``__pycache__/patterns.<python tag>.marshal`` beside this module; a later
process builds its patterns straight from that program. The record is keyed by the pattern's
text and flags and stamped with the interpreter's regex engine version, so an edited pattern,
another Python or a missing or unreadable file simply falls back to ``re.compile``: the cache
changes how fast a pattern is made, never what it matches.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path

try:  # the engine's own entry points; another interpreter falls back to re.compile
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not CPython
    _sre = None

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

CACHE = (
    Path(__file__).resolve().parent
    / "__pycache__"
    / f"patterns.{sys.implementation.cache_tag}.marshal"
)
_STAMP = (
    f"{sys.version_info[0]}.{sys.version_info[1]}",
    getattr(_sre, "MAGIC", 0),
    getattr(_sre, "CODESIZE", 0),
)

_programs: dict[tuple[str, int], Program] | None = None
_seen: set[tuple[str, int]] = set()  # what this process compiled, for ``save``


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the installation's recorded program when it has one."""
    key = (source, int(flags))
    _seen.add(key)
    program = _stored().get(key)
    if program is not None:
        try:
            pattern: re.Pattern[str] = _sre.compile(source, *program)
            return pattern
        except (TypeError, ValueError, RuntimeError):  # a record from another engine build
            pass
    return re.compile(source, flags)


def _stored() -> dict[tuple[str, int], Program]:
    global _programs
    if _programs is None:
        _programs = _read(CACHE)
    return _programs


def _read(path: Path) -> dict[tuple[str, int], Program]:
    if _sre is None:
        return {}
    try:
        stamp, programs = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return programs if stamp == _STAMP and isinstance(programs, dict) else {}


def _program(source: str, flags: int) -> Program:
    """What ``re._compiler.compile`` hands the engine for ``source`` (CPython 3.11+)."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def save(path: Path = CACHE) -> int:
    """Write the program of every pattern this process has compiled; return how many."""
    if _sre is None:
        return 0
    programs = {key: _program(*key) for key in sorted(_seen)}
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(marshal.dumps((_STAMP, programs)))
    os.replace(partial, path)
    return len(programs)
