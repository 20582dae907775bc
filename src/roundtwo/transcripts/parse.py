"""Read a transcript file into speaker turns, and turns into question/answer drafts.

    parse_transcript(data, filename)  bytes → Transcript (format, merged turns)
    speaker_summary(transcript)       who said how much, and how they started
    to_drafts(transcript, me, skip)   turns → Draft(question, answer, asked_by)

Every problem with the file is a ``TranscriptError`` whose message is one line: what is
wrong and what to do. No library exception gets out.
"""

from __future__ import annotations

import codecs
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from roundtwo.analysis.precompiled import compiled
from roundtwo.errors import TranscriptError
from roundtwo.transcripts import formats

MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024
UNKNOWN_SPEAKER = "Unknown speaker"
SUPPORTED = (
    "WebVTT (.vtt from Teams or Zoom), SRT, Zoom and Otter.ai text exports, "
    "Q:/A: lines, and 'Name: text' lines"
)
_CONTROL = compiled(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Turn:
    speaker: str
    text: str
    start: float | None


@dataclass(frozen=True)
class Transcript:
    format: str
    turns: list[Turn]

    @property
    def speakers(self) -> list[str]:
        """Distinct speakers in order of first appearance."""
        return list(dict.fromkeys(turn.speaker for turn in self.turns))


@dataclass(frozen=True)
class Draft:
    question: str
    answer: str
    asked_by: str | None


def parse_transcript(data: bytes, filename: str | None = None) -> Transcript:
    """Detect the format from the content (the file's extension is only a hint) and read it."""
    name = re.split(r"[\\/]", filename)[-1].strip() if filename else ""
    subject = name or "The transcript"
    text = _decode(data, subject)
    kind, pieces = _read(text, subject, name.rpartition(".")[2].lower() if "." in name else "")
    turns = _merge(_resolve(pieces))
    if not turns:
        raise TranscriptError(
            f"No speaker turns found in {name or 'the transcript'}: roundtwo reads {SUPPORTED}. "
            "Export it in one of these formats, or type it as 'Name: what they said' lines."
        )
    return Transcript(kind, turns)


def _decode(data: bytes, subject: str) -> str:
    """Text from UTF-8, UTF-16 with a BOM, or cp1252, with plain newlines."""
    if len(data) > MAX_TRANSCRIPT_BYTES:
        limit, size = MAX_TRANSCRIPT_BYTES // 2**20, len(data) / 2**20
        shown = round(size, 1) if round(size, 1) > limit else math.ceil(size * 10) / 10
        raise TranscriptError(
            f"{subject} is {shown:.1f} MB, over the {limit} MB "
            "limit for a transcript: split it into smaller files and import them one by one."
        )
    text = _text_or_none(data)
    if text is not None and not text.strip():
        raise TranscriptError(
            f"{subject} is empty: export the transcript again, or paste the conversation "
            "as 'Name: what they said' lines."
        )
    if text is None or len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise TranscriptError(
            f"{subject} is not a text file (it looks like a recording, document or other "
            "binary data): export the transcript as .vtt, .srt or .txt and import that."
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _text_or_none(data: bytes) -> str | None:
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        if b"\x00" in data:
            return None
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _read(text: str, subject: str, extension: str) -> tuple[str, list[formats.Piece]]:
    if text.lstrip().startswith("WEBVTT"):
        return formats.read_webvtt(text, subject)
    if formats.looks_like_srt(text):
        return "srt", formats.read_srt(text, subject)
    plain = formats.read_plain(text)
    if plain is not None:
        return plain
    if extension == "srt":  # names the line where the first cue goes wrong
        return "srt", formats.read_srt(text, subject)
    if extension == "vtt":
        first = 1 + next(i for i, line in enumerate(text.split("\n")) if line.strip())
        raise formats.bad_webvtt(subject, first, "the WEBVTT header")
    return "named", []


def _resolve(pieces: Iterable[formats.Piece]) -> list[Turn]:
    """Give every piece a speaker (the one before it, if it has none) and tidy its text.

    Names that differ only in case are one speaker, written as first seen.
    """
    spelled: dict[str, str] = {}
    speaker = UNKNOWN_SPEAKER
    turns: list[Turn] = []
    for piece in pieces:
        if piece.speaker:
            speaker = spelled.setdefault(piece.speaker.casefold(), piece.speaker)
        text = " ".join(piece.text.split())
        if text:
            turns.append(Turn(speaker, text, piece.start))
    return turns


def _merge(turns: Iterable[Turn]) -> list[Turn]:
    """Consecutive turns by one speaker become one, starting when the first did."""
    merged: list[Turn] = []
    for turn in turns:
        if merged and merged[-1].speaker == turn.speaker:
            last = merged[-1]
            merged[-1] = Turn(last.speaker, f"{last.text} {turn.text}", last.start)
        else:
            merged.append(turn)
    return merged


def speaker_summary(t: Transcript) -> list[tuple[str, int, str]]:
    """(speaker, number of turns, the first ~80 characters they said), in order of appearance."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for turn in t.turns:
        counts[turn.speaker] = counts.get(turn.speaker, 0) + 1
        first.setdefault(turn.speaker, _preview(turn.text))
    return [(speaker, counts[speaker], first[speaker]) for speaker in counts]


def _preview(text: str, width: int = 80) -> str:
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] or text[: width - 1]
    return cut.rstrip(" ,;:-–") + "…"


def to_drafts(t: Transcript, me: str, skip: Iterable[str] = ()) -> list[Draft]:
    """Interviewer turns become questions, the candidate's (``me``) following turns answers.

    Several interviewer turns in a row are one question, asked by the last of them.
    """
    skipped = _check_speakers(t, me, skip)
    drafts: list[Draft] = []
    question: list[str] = []
    answer: list[str] = []
    asked_by: str | None = None
    for turn in t.turns:
        if turn.speaker in skipped:
            continue
        if turn.speaker == me:
            answer.append(turn.text)
            continue
        if answer:
            drafts.append(Draft(" ".join(question), " ".join(answer), asked_by))
            question, answer = [], []
        question.append(turn.text)
        asked_by = turn.speaker
    if question or answer:
        drafts.append(Draft(" ".join(question), " ".join(answer), asked_by if question else None))
    return drafts


def _check_speakers(t: Transcript, me: str, skip: Iterable[str]) -> set[str]:
    speakers = t.speakers
    listed = ", ".join(speakers)
    if me not in speakers:
        raise TranscriptError(
            f"No speaker called {me!r} in this transcript; the speakers are: {listed}. "
            "Pick yourself from that list."
        )
    skipped = set(skip)
    unknown = sorted(skipped - set(speakers))
    if unknown:
        raise TranscriptError(
            f"No speaker called {unknown[0]!r} to skip in this transcript; the speakers are: "
            f"{listed}. Skip only names from that list."
        )
    if me in skipped:
        raise TranscriptError(
            f"{me!r} is marked both as you and as a speaker to skip: keep yourself, "
            "and skip only other people."
        )
    return skipped
