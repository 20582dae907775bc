"""One reader per transcript format: decoded text in, speaker pieces out.

A ``Piece`` whose speaker is ``None`` carries on with whoever spoke before it; ``parse``
resolves those, merges consecutive turns and builds the public dataclasses.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from roundtwo.analysis.precompiled import compiled
from roundtwo.errors import TranscriptError


class Piece(NamedTuple):
    speaker: str | None
    text: str
    start: float | None


Split = Callable[[str], tuple[str, str] | None]
Head = Callable[[str], Piece | None]

# -- speaker names ----------------------------------------------------------------------------

_BIDI = compiled("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_COLON_PREFIX = compiled(r"(?P<name>[^\W\d_][^:：]{0,44}?)\s*[:：](?:\s+(?P<rest>.*)|$)")
_BRACKET_PREFIX = compiled(r"\[(?P<name>[^\[\]]{1,44})\]\s*(?P<rest>.*)")
_WORD = compiled(r"[^\W_][\w.'’\-]*")
_ROLE_SUFFIX = compiled(r"\s*\([^()]{1,30}\)$")
# Lower-case words inside names: Ludwig van Beethoven, Ana de la Cruz.
_PARTICLES_WORDS = "al bin da das de del della der di dos du el ibn la le ten ter van von y"
_PARTICLES = frozenset(_PARTICLES_WORDS.split())
# Capitalised words that open a line with a colon in notes without being anybody's name.
_NOT_NAMES_WORDS = (
    "agenda attendees company date duration edit example fyi interviewers location note "
    "notes participants place position ps re role step subject summary tip title todo "
    "update warning"
)
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())
# Bracketed caption annotations that are not speakers: [Laughter], [inaudible] …
_SOUNDS_WORDS = (
    "applause background cough coughs crosstalk inaudible laughing laughs laughter music "
    "noise pause silence sighs static unintelligible"
)
_SOUNDS = frozenset(_SOUNDS_WORDS.split())


def clean_name(name: str) -> str:
    """A speaker name without direction marks and with single spaces."""
    return " ".join(_BIDI.sub("", html.unescape(name)).split())


def _name_kind(name: str) -> int:
    """0: not a name; 1: could be one (lower case); 2: written like a name."""
    words = _ROLE_SUFFIX.sub("", name).split()
    if not 1 <= len(words) <= 5 or len(name) > 40 or not name[:1].isalpha():
        return 0
    if not all(_WORD.fullmatch(word) for word in words):
        return 0
    if len(words) == 1 and words[0].casefold().rstrip(".") in _NOT_NAMES | _SOUNDS:
        return 0
    proper = all(not w[0].islower() or w.casefold() in _PARTICLES for w in words)
    return 2 if proper else 1


def _raw_prefix(line: str, brackets: bool) -> tuple[str, str] | None:
    if brackets:
        bracket = _BRACKET_PREFIX.fullmatch(line)
        if bracket and bracket["name"].strip().casefold() in _SOUNDS:
            line = bracket["rest"]
        elif bracket:
            return clean_name(bracket["name"]), bracket["rest"]
    match = _COLON_PREFIX.fullmatch(line)
    if match is None:
        return None
    return clean_name(match["name"]), match["rest"] or ""


def prefix_splitter(lines: Iterable[str], brackets: bool = False) -> Split:
    """A function splitting ``Name: text`` (or ``[Name] text``) into name and text.

    A lower-case candidate counts as a name only when it opens two lines or more, so a
    sentence like ``the plan was: ship it`` stays text.
    """
    counts: Counter[str] = Counter()
    for line in lines:
        found = _raw_prefix(line, brackets)
        if found:
            counts[found[0]] += 1
    kinds = {name: _name_kind(name) for name in counts}
    accepted = {n for n, kind in kinds.items() if kind == 2 or (kind == 1 and counts[n] > 1)}

    def split(line: str) -> tuple[str, str] | None:
        found = _raw_prefix(line, brackets)
        return found if found and found[0] in accepted else None

    return split


# -- WebVTT and SRT -----------------------------------------------------------------------------

_VTT_STAMP = r"(?:\d+:)?[0-5]?\d:[0-5]?\d\.\d{1,3}"
_VTT_TIMING = compiled(rf"\s*{_VTT_STAMP}\s*-->\s*{_VTT_STAMP}(?:\s|$)")
_SRT_STAMP = r"\d+:[0-5]?\d:[0-5]?\d[,.]\d{1,3}"
_SRT_TIMING = compiled(rf"\s*{_SRT_STAMP}\s*-->\s*{_SRT_STAMP}(?:\s|$)")
_LOOKS_TIMED = compiled(r"\s*\d+:\d")
_VOICE = compiled(r"<v(?:\.[^\s>]*)*[ \t]+([^>]*)>")
_VTT_TAGS = compiled(r"</?(?:c|i|b|u|v|lang|ruby|rt)(?:\.[^\s>]*)?(?:[ \t][^>]*)?>|<[\d:.]+>")
_SRT_TAGS = compiled(r"</?(?:i|b|u|font)(?:\s[^>]*)?>|\{\\[^{}]*\}", re.IGNORECASE)
_SRT_LINE_START = compiled(r"^[ \t]*>>[ \t]*", re.MULTILINE)
_VTT_EXAMPLE = "a cue timing like 00:00:01.000 --> 00:00:04.000"
_SRT_EXAMPLE = "a cue number, then a timing like 00:00:01,000 --> 00:00:04,000"


def bad_webvtt(subject: str, line: int, expected: str = _VTT_EXAMPLE) -> TranscriptError:
    return TranscriptError(
        f"{subject} is not valid WebVTT (line {line}: {expected} was expected): "
        "export it again from Teams or Zoom, or save it as plain text."
    )


def bad_srt(subject: str, line: int) -> TranscriptError:
    return TranscriptError(
        f"{subject} is not valid SRT (line {line}: {_SRT_EXAMPLE} was expected): "
        "export it again, or save it as plain text."
    )


def _blocks(lines: Sequence[str], vtt: bool) -> list[tuple[int, list[str]]]:
    """Blocks between empty lines, each with the number of its first line.

    For WebVTT a timing line can also open a block, as webvtt-py reads it.
    """
    blocks: list[tuple[int, list[str]]] = []
    block: list[str] = []
    first = 1
    for number, line in enumerate(lines, start=1):
        if block and (not line or (vtt and _opens_block(block, line, header=not blocks))):
            blocks.append((first, block))
            block = []
        if line:
            first = number if not block else first
            block.append(line)
    if block:
        blocks.append((first, block))
    return blocks


def _opens_block(block: Sequence[str], line: str, header: bool) -> bool:
    """A timing line that cannot belong to the block before it starts a new one."""
    return "-->" in line and (header or len(block) > 1 or "-->" in block[0])


def _untimed(
    blocks: Iterable[tuple[int, list[str]]], timing: re.Pattern[str], other: tuple[str, ...] = ()
) -> int | None:
    """The number of the first line where a cue timing was expected and is missing.

    Blocks opening with one of ``other`` (WebVTT's NOTE, STYLE, REGION) are not cues.
    """
    for first, block in blocks:
        if "-->" not in block[0] and block[0].startswith(other):
            continue
        at = 0 if "-->" in block[0] or _LOOKS_TIMED.match(block[0]) else 1
        if at >= len(block) or not timing.match(block[at]):
            return first + min(at, len(block) - 1)
    return None


def _vtt_text(raw: str) -> str:
    return html.unescape(_VTT_TAGS.sub("", raw))


def read_webvtt(text: str, subject: str) -> tuple[str, list[Piece]]:
    """Teams (voice tags) gives ``webvtt``; Zoom (``Name: text`` cues) gives ``zoom``."""
    import webvtt

    lines = [line if line.strip() else "" for line in text.split("\n")]
    skipped = next((i for i, line in enumerate(lines) if line), 0)
    lines = lines[skipped:]
    if not re.match(r"WEBVTT(?:[ \t]|$)", lines[0]):
        raise bad_webvtt(subject, skipped + 1, "the WEBVTT header")
    problem = _untimed(_blocks(lines, vtt=True)[1:], _VTT_TIMING, ("NOTE", "STYLE", "REGION"))
    if problem is not None:
        raise bad_webvtt(subject, problem + skipped)
    try:
        captions = webvtt.from_string("\n".join(lines)).captions
        cues = [(c.start_time.in_milliseconds() / 1000, c.raw_text) for c in captions]
    except Exception as exc:  # the library's own errors, translated for the user
        raise bad_webvtt(subject, skipped + 1, "a WebVTT file") from exc
    if any(_VOICE.search(raw) for _, raw in cues):
        return "webvtt", _voice_pieces(cues)
    clean = [(start, _vtt_text(raw).split("\n")) for start, raw in cues]
    split = prefix_splitter(line for _, cue_lines in clean for line in cue_lines)
    pieces = _cue_pieces(clean, split)
    return ("zoom" if any(p.speaker for p in pieces) else "webvtt"), pieces


def _voice_pieces(cues: Iterable[tuple[float, str]]) -> list[Piece]:
    pieces: list[Piece] = []
    for start, raw in cues:
        speaker: str | None = None
        at = 0
        for voice in _VOICE.finditer(raw):
            pieces.append(Piece(speaker, _vtt_text(raw[at : voice.start()]), start))
            speaker, at = clean_name(voice[1]) or None, voice.end()
        pieces.append(Piece(speaker, _vtt_text(raw[at:]), start))
    return pieces


def _cue_pieces(cues: Iterable[tuple[float, list[str]]], split: Split) -> list[Piece]:
    """One piece per speaker change inside each cue; lines without a name continue."""
    pieces: list[Piece] = []
    for start, lines in cues:
        speaker: str | None = None
        words: list[str] = []
        for line in lines:
            found = split(line.strip())
            if found:
                if speaker or words:
                    pieces.append(Piece(speaker, " ".join(words), start))
                speaker, words = found[0], [found[1]]
            else:
                words.append(line)
        pieces.append(Piece(speaker, " ".join(words), start))
    return pieces


def looks_like_srt(text: str) -> bool:
    """A cue timing among the first lines that hold anything."""
    lines = [line for line in text.split("\n", 200)[:200] if line.strip()][:12]
    return any(re.match(r"\s*\d+:\d{1,2}:\d{1,2}[,.]\d{1,3}\s*-->", line) for line in lines)


def read_srt(text: str, subject: str) -> list[Piece]:
    """SubRip captions, speakers from ``Name:``, ``[Name]`` or ``>> Name:`` when present."""
    import pysrt

    lines = [line if line.strip() else "" for line in text.split("\n")]
    problem = _untimed(_blocks(lines, vtt=False), _SRT_TIMING)
    if problem is not None:
        raise bad_srt(subject, problem)
    try:
        items = pysrt.from_string(text, error_handling=pysrt.ERROR_RAISE)
        cues = [(item.start.ordinal / 1000, str(item.text)) for item in items]
    except pysrt.Error as exc:
        raise bad_srt(subject, _srt_line(exc.args)) from exc
    except Exception as exc:  # anything else from the library, translated for the user
        raise bad_srt(subject, 1) from exc
    clean = [
        (start, _SRT_LINE_START.sub("", _SRT_TAGS.sub("", raw)).split("\n")) for start, raw in cues
    ]
    split = prefix_splitter((line for _, lines in clean for line in lines), brackets=True)
    return _cue_pieces(clean, split)


def _srt_line(args: tuple[object, ...]) -> int:
    """The line of the bad timing, from pysrt's (index of the blank line after, …, block)."""
    if len(args) < 2 or not isinstance(args[0], int) or not isinstance(args[-1], str):
        return 1
    block = args[-1].splitlines()
    first = args[0] - len(block) + 1
    has_number = len(block) > 1 and "-->" not in block[0]
    return max(first + (1 if has_number else 0), 1)


# -- plain text: Zoom, Otter, Q/A, named lines --------------------------------------------------

_ZOOM_HEAD = compiled(r"\[(?P<name>[^\[\]]{1,60})\][ \t]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?)")
_ZOOM_HEAD_REST = compiled(rf"{_ZOOM_HEAD.pattern}(?:[ \t]+(?P<rest>.*))?")
_OTTER_HEAD = compiled(r"(?P<name>[^\W\d_].{0,59}?)[ \t]{2,}(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})")
_QA_HEAD = compiled(
    r"(?:(?P<q>question|q)|answer|a)[ \t]*\d*[ \t]*(?:[:：][ \t]*|[.)](?:[ \t]+|$))(?P<rest>.*)",
    re.IGNORECASE,
)
_OTTER_FOOTER = compiled(r"Transcribed by https?://otter\.ai\S*", re.IGNORECASE)
_LEADING_MARKS = compiled("^[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\\s]+")


def _seconds(stamp: str) -> float:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return float(total)


def _zoom_head(line: str) -> Piece | None:
    match = _ZOOM_HEAD_REST.fullmatch(line)
    if match is None or not clean_name(match["name"]):
        return None
    return Piece(clean_name(match["name"]), match["rest"] or "", _seconds(match["time"]))


def _otter_head(line: str) -> Piece | None:
    match = _OTTER_HEAD.fullmatch(line)
    if match is None or not _name_kind(clean_name(match["name"])):
        return None
    return Piece(clean_name(match["name"]), "", _seconds(match["time"]))


def _qa_head(line: str) -> Piece | None:
    match = _QA_HEAD.fullmatch(line)
    if match is None:
        return None
    return Piece("Interviewer" if match["q"] else "Me", match["rest"] or "", None)


def _named_head(lines: Iterable[str]) -> Head:
    split = prefix_splitter(lines)

    def head(line: str) -> Piece | None:
        found = split(line)
        return Piece(found[0], found[1], None) if found else None

    return head


def read_plain(text: str) -> tuple[str, list[Piece]] | None:
    """The text format whose speaker lines match most often, or None when none match."""
    lines = [_LEADING_MARKS.sub("", line).rstrip() for line in text.split("\n")]
    lines = [line for line in lines if not _OTTER_FOOTER.fullmatch(line)]
    heads: dict[str, Head] = {
        "zoom": _zoom_head,
        "otter": _otter_head,
        "qa": _qa_head,
        "named": _named_head(lines),
    }
    counts = {name: sum(1 for line in lines if head(line)) for name, head in heads.items()}
    best = max(heads, key=lambda name: counts[name])
    if not counts[best]:
        return None
    pieces = _read_lines(lines, heads[best])
    return best, (_from_first(pieces) if best == "zoom" else pieces)


def _read_lines(lines: Iterable[str], head: Head) -> list[Piece]:
    """Each speaker line opens a piece; the lines after it join it. A preamble is skipped."""
    pieces: list[Piece] = []
    current: Piece | None = None
    words: list[str] = []
    for line in lines:
        found = head(line)
        if found:
            if current:
                pieces.append(current._replace(text=" ".join(words)))
            current, words = found, [found.text]
        elif current:
            words.append(line)
    if current:
        pieces.append(current._replace(text=" ".join(words)))
    return pieces


def _from_first(pieces: list[Piece]) -> list[Piece]:
    """Zoom's clock times (10:02:13) as seconds since the first speaker line."""
    if not pieces or pieces[0].start is None:
        return pieces
    origin = pieces[0].start
    return [
        p._replace(start=(p.start - origin) % 86400) if p.start is not None else p for p in pieces
    ]
