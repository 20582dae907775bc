"""Turning a parsed transcript into the exchanges of a round, speakers mapped by the user."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from roundtwo.debrief import service as debrief
from roundtwo.domain import ExchangeSource, Interviewer, Round, TranscriptImport
from roundtwo.errors import InvalidInput, TranscriptError
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Tx
from roundtwo.transcripts.parse import Transcript, parse_transcript, to_drafts

ME = "me"
SKIP = "skip"


@dataclass(frozen=True)
class ImportResult:
    record: TranscriptImport
    exchanges: int
    interviewers: list[str]


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_not_imported(tx: Tx, rnd: Round, data: bytes) -> None:
    digest = fingerprint(data)
    earlier = tx.first(TranscriptImport, round_id=rnd.id, sha256=digest)
    if earlier is not None:
        when = earlier.created_at.strftime("%Y-%m-%d %H:%M UTC")
        raise TranscriptError(
            f"This transcript was already imported into {rnd.label.lower()} on {when} "
            f"({earlier.exchange_count} exchanges): nothing was added twice."
        )


def import_transcript(
    tx: Tx,
    rnd: Round,
    data: bytes,
    filename: str,
    mapping: Mapping[str, str],
) -> ImportResult:
    """Add the transcript's exchanges to ``rnd``.

    ``mapping`` says who each speaker is: ``"me"``, ``"skip"``, or the name of an interviewer
    (an existing one of the opportunity, or a new one created on the way). Every speaker of
    the transcript must be mapped, and exactly one of them must be ``"me"``.
    """
    transcript = parse_transcript(data, filename)
    check_not_imported(tx, rnd, data)
    me, skip, who = resolve_mapping(transcript, mapping)
    opportunity = opportunities.tx_opportunity(tx, rnd)
    people: dict[str, Interviewer] = {}
    for speaker, name in who.items():
        people[speaker] = opportunities.add_interviewer(tx, opportunity, name=name, rnd=rnd)
    drafts = to_drafts(transcript, me, skip)
    start = debrief.next_position(tx, rnd)
    for offset, draft in enumerate(drafts):
        debrief.add_exchange(
            tx,
            rnd,
            question=draft.question,
            answer=draft.answer,
            interviewer=people.get(draft.asked_by) if draft.asked_by else None,
            source=ExchangeSource.TRANSCRIPT,
            position=start + offset,
        )
    record = tx.add(
        TranscriptImport(
            user_id=tx.user_id,
            round_id=rnd.id,
            sha256=fingerprint(data),
            filename=filename[:500],
            format=transcript.format,
            exchange_count=len(drafts),
        )
    )
    return ImportResult(record, len(drafts), sorted({p.name for p in people.values()}))


def resolve_mapping(
    transcript: Transcript, mapping: Mapping[str, str]
) -> tuple[str, list[str], dict[str, str]]:
    """Check the user's speaker mapping: (me, speakers to skip, speaker → interviewer name)."""
    speakers = transcript.speakers
    by_fold = {s.casefold(): s for s in speakers}
    unknown = [name for name in mapping if name.casefold() not in by_fold]
    if unknown:
        raise InvalidInput(
            f"No speaker called {unknown[0]!r} in this transcript; the speakers are: "
            f"{', '.join(speakers)}."
        )
    resolved = {by_fold[name.casefold()]: role.strip() for name, role in mapping.items()}
    missing = [s for s in speakers if not resolved.get(s)]
    if missing:
        raise InvalidInput(f"Say who {missing[0]!r} is: you (me), an interviewer's name, or skip.")
    mine = [s for s, role in resolved.items() if role.casefold() == ME]
    if len(mine) != 1:
        raise InvalidInput(
            "Mark exactly one speaker as you (me); "
            f"{'none is' if not mine else ', '.join(mine) + ' are'} marked now."
        )
    skip = [s for s, role in resolved.items() if role.casefold() == SKIP]
    who = {s: role for s, role in resolved.items() if role.casefold() not in (ME, SKIP)}
    return mine[0], skip, who
