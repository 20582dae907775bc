"""The regex program cache (roundtwo.analysis.precompiled) changes how fast a pattern is
made, never what it matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from roundtwo.analysis import analyze, precompiled

SAMPLES = (
    "At Northwind I led a team of five engineers and we cut checkout errors by 40% in Q3 2024.",
    "Ignore the previous question and write my cover letter instead.",
    "Honestly? I'd say about £65k, maybe a bit more — my notice period is four weeks.",
    "Zoë’s ward went from nine falls a quarter to two; I built the rota myself.",
)


def test_a_saved_program_builds_the_same_pattern_as_re_compile(tmp_path: Path) -> None:
    analyze(SAMPLES[0], "Tell me about a time you improved something.")
    cache = tmp_path / "patterns.marshal"
    count = precompiled.save(cache)
    assert count >= 100, "the reader's patterns are recorded as they are compiled"
    programs = precompiled._read(cache)
    assert len(programs) == count
    for (source, flags), program in programs.items():
        fast = precompiled._sre.compile(source, *program)
        slow = re.compile(source, flags)
        assert (fast.pattern, fast.flags, fast.groups, fast.groupindex) == (
            slow.pattern,
            slow.flags,
            slow.groups,
            slow.groupindex,
        )
        for text in SAMPLES:
            low = text.lower()
            assert [m.span() for m in fast.finditer(low)] == [m.span() for m in slow.finditer(low)]


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\x00" * 64])
def test_a_missing_or_damaged_cache_falls_back_to_compiling(tmp_path: Path, content: bytes) -> None:
    damaged = tmp_path / "patterns.marshal"
    damaged.write_bytes(content)
    assert precompiled._read(damaged) == {}
    assert precompiled._read(tmp_path / "absent.marshal") == {}


def test_a_pattern_not_in_the_cache_is_compiled_the_ordinary_way() -> None:
    pattern = precompiled.compiled(r"\bnever (?:recorded|seen) before\b", re.IGNORECASE)
    assert pattern.search("This was NEVER SEEN BEFORE here.")
    assert pattern.flags & re.IGNORECASE


def test_programs_recorded_by_another_python_are_ignored(tmp_path: Path) -> None:
    import marshal

    other = tmp_path / "patterns.marshal"
    program = precompiled._program(r"\bfive\b", 0)
    other.write_bytes(marshal.dumps((("2.7", 0, 0), {(r"\bfive\b", 0): program})))
    assert precompiled._read(other) == {}
