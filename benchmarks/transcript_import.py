"""How long a two-hour interview transcript takes to import (parse + exchanges into SQLite).

A generated Teams-style WebVTT of about 20,000 words (two hours of talk) is parsed, mapped and
written as exchanges into a fresh SQLite store in a temporary ROUNDTWO_HOME. Prints figures.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from roundtwo.config import Settings
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Store
from roundtwo.transcripts import service as transcripts
from roundtwo.transcripts.parse import parse_transcript

ANSWER = (
    "At my last company I led a team of five engineers for about eighteen months and we cut "
    "the settlement batch from four hours to forty minutes, which saved roughly 1.2 million "
    "dollars a year in penalties, and I owned the rollout plan and the on-call rota myself"
)
QUESTION = "Tell me more about how you measured that and what you would do differently now"


def two_hour_vtt(words_target: int = 20_000) -> bytes:
    lines, words, second, cue = ["WEBVTT", ""], 0, 0.0, 0

    def stamp(t: float) -> str:
        ms = round(t * 1000)
        h, ms = divmod(ms, 3_600_000)
        m, ms = divmod(ms, 60_000)
        return f"{h:02d}:{m:02d}:{ms // 1000:02d}.{ms % 1000:03d}"

    while words < words_target:
        for speaker, text in (
            ("Dana Whitfield", QUESTION),
            ("Alex Rivera", ANSWER),
            ("Alex Rivera", ANSWER),
        ):
            length = len(text.split()) / 2.6  # about 155 words a minute
            cue += 1
            lines += [f"guid-{cue}/0", f"{stamp(second)} --> {stamp(second + length)}"]
            lines += [f"<v {speaker}>{text} (part {cue})</v>", ""]
            second += length
            words += len(text.split()) + 2
    return "\n".join(lines).encode()


def main() -> None:
    data = two_hour_vtt()
    parse_times, import_times = [], []
    exchanges = 0
    for _ in range(5):
        start = time.perf_counter()
        transcript = parse_transcript(data, "two-hours.vtt")
        parse_times.append(time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as home:
            store = Store(Settings(home=Path(home), database_url=f"sqlite:///{home}/bench.db"))
            store.migrate()
            with store.transaction() as tx:
                o = opportunities.create_opportunity(tx, company="Bench", role_title="Engineer")
                rnd = opportunities.add_round(tx, o, status="completed")
            start = time.perf_counter()
            with store.transaction() as tx:
                result = transcripts.import_transcript(
                    tx,
                    rnd,
                    data,
                    "two-hours.vtt",
                    {"Alex Rivera": "me", "Dana Whitfield": "Dana Whitfield"},
                )
            import_times.append(time.perf_counter() - start)
            exchanges = result.exchanges
            store.close()
    words = sum(len(t.text.split()) for t in transcript.turns)
    last_cue = transcript.turns[-1].start or 0
    print(
        f"Two-hour transcript: {len(data) / 1024:.0f} KiB, {words:,} words, "
        f"{last_cue / 3600:.1f} h of talk, {exchanges} exchanges"
    )
    print(f"  parse only             median {statistics.median(parse_times) * 1000:7.0f} ms")
    print(f"  parse + import (SQLite) median {statistics.median(import_times) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
