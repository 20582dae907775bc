"""Reading transcripts: every supported format, the drafts they make, and every bad file."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from roundtwo.errors import InvalidInput, TranscriptError
from roundtwo.transcripts.parse import (
    MAX_TRANSCRIPT_BYTES,
    Draft,
    Transcript,
    Turn,
    parse_transcript,
    speaker_summary,
    to_drafts,
)

FIXTURES = Path(__file__).parent / "fixtures" / "transcripts"


def load(name: str) -> Transcript:
    return parse_transcript((FIXTURES / name).read_bytes(), name)


def error_for(data: bytes, filename: str | None = None) -> str:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, filename)
    message = str(caught.value)
    assert "\n" not in message
    return message


# -- formats ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "speakers", "turns"),
    [
        ("teams.vtt", "webvtt", ["Dana Whitfield", "Alex Rivera"], 9),
        ("zoom.vtt", "zoom", ["Marcus Chen", "Priya Patel"], 6),
        ("zoom.txt", "zoom", ["Tom Okafor", "Jamie Lee"], 6),
        ("otter.txt", "otter", ["Maria Gonzalez", "Sam Taylor"], 6),
        ("interview.srt", "srt", ["Ruth Adeyemi", "Chris Morgan"], 5),
        ("qa.txt", "qa", ["Interviewer", "Me"], 7),
        ("named.txt", "named", ["Helen Brooks", "Omar Haddad", "Lena Fischer"], 9),
        ("unicode_rtl.txt", "named", ["ليلى حداد", "Zoë Álvarez-Núñez"], 6),
    ],
)
def test_each_fixture_parses(name: str, kind: str, speakers: list[str], turns: int) -> None:
    transcript = load(name)
    assert transcript.format == kind
    assert transcript.speakers == speakers
    assert len(transcript.turns) == turns
    assert all(turn.speaker and turn.text for turn in transcript.turns)
    pairs = zip(transcript.turns, transcript.turns[1:], strict=False)
    assert all(a.speaker != b.speaker for a, b in pairs)


def test_teams_merges_consecutive_cues_and_strips_markup() -> None:
    turns = load("teams.vtt").turns
    assert turns[0] == Turn(
        "Dana Whitfield",
        "Thanks for coming back for the second round, Alex. Last time you mentioned the "
        "settlement service rewrite. Walk me through how you cut the batch time.",
        3.12,
    )
    assert turns[5].text.endswith(
        "we added circuit breakers per acquirer and cut the time to detect from 9 minutes to "
        "under 2."
    )
    assert turns[7].text == (
        "The first month pairing with each of the eight & reading the last 10 incident "
        "reviews. By day 90 I'd want to own one service end to end, probably the ledger API."
    )


def test_zoom_vtt_reads_name_prefixes_and_multi_line_cues() -> None:
    turns = load("zoom.vtt").turns
    assert turns[1] == Turn(
        "Priya Patel",
        "Before the redesign, 31% of new clinics finished setup in their first week. Six weeks "
        "after launch it was 47%, and setup tickets dropped by about a third.",
        12.8,
    )
    assert turns[5].text.startswith("Mostly the head of sales: she worried")


def test_zoom_text_times_count_from_the_first_line() -> None:
    turns = load("zoom.txt").turns
    assert [turn.start for turn in turns] == [0.0, 18.0, 52.0, 59.0, 108.0, 114.0]
    assert turns[1].text == (
        "My annual quota was $1.2M and I closed $1.38M, so 115% of target. "
        "Two of those deals were renewals I expanded by about 40%."
    )


def test_otter_merges_blocks_and_drops_the_footer() -> None:
    turns = load("otter.txt").turns
    assert turns[3].start == 36.0
    assert turns[3].text.endswith("since then we haven't run a shift more than one nurse short.")
    assert turns[-1].text == "Delegating. I still want to do the admission myself when it's busy."


def test_srt_reads_all_three_prefixes_and_drops_formatting() -> None:
    turns = load("interview.srt").turns
    assert turns[1] == Turn(
        "Chris Morgan",
        "We ran a phonics catch-up group of 6 pupils, three mornings a week for 10 weeks. "
        "By the spring assessment, five of the six were reading at age-related expectations.",
        11.5,
    )
    assert turns[2].text == "And how did you involve the parents?"
    assert turns[-1] == Turn("Ruth Adeyemi", "That's better than we manage.", 35.0)


def test_srt_without_names_is_one_unknown_speaker() -> None:
    data = (
        b"1\n00:00:01,000 --> 00:00:02,000\nhello there\n\n2\n00:00:03,000 --> 00:00:04,000\nok\n"
    )
    transcript = parse_transcript(data, "captions.srt")
    assert transcript.turns == [Turn("Unknown speaker", "hello there ok", 1.0)]


def test_qa_skips_the_title_and_joins_continuation_lines() -> None:
    turns = load("qa.txt").turns
    assert turns[1] == Turn(
        "Me",
        "It scored about 40,000 residential customers every month. "
        "The retention team called the top 5% each week.",
        None,
    )
    assert turns[3].text.startswith("We backtested it over 18 months")
    assert turns[-1] == Turn("Interviewer", "Do you have any questions for us?", None)


def test_named_lines_keep_times_and_urls_in_the_text() -> None:
    turns = load("named.txt").turns
    assert turns[0].text.startswith("Thanks for coming back, Lena.")
    assert turns[5].text == (
        "I sat with the two front-end developers every morning at 9:15 for the last sprint. "
        "The prototypes are still at https://example.com/checkout if you want to look."
    )


def test_right_to_left_names_emoji_and_accents_survive() -> None:
    turns = load("unicode_rtl.txt").turns
    assert turns[0].text == "أهلاً Zoë, welcome back to the pharmacy team 👋"
    assert turns[3].text == "Around 350 per shift, with three pharmacists — et deux préparateurs."


def test_the_content_decides_the_format_not_the_extension() -> None:
    data = (FIXTURES / "teams.vtt").read_bytes()
    assert parse_transcript(data, "notes.txt").format == "webvtt"
    assert parse_transcript(b"Jane Doe: hi\nSam Lee: hello\n", "x.vtt").format == "named"
    assert parse_transcript(data).format == "webvtt"


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.replace("\n", "\r\n").encode(),
        lambda text: b"\xef\xbb\xbf" + text.encode(),
        lambda text: text.encode("utf-16"),
    ],
    ids=["crlf", "utf-8-bom", "utf-16"],
)
def test_line_endings_and_encodings(encode: Callable[[str], bytes]) -> None:
    for name in ("teams.vtt", "interview.srt", "otter.txt", "qa.txt"):
        text = (FIXTURES / name).read_text(encoding="utf-8")
        assert parse_transcript(encode(text), name) == load(name)


def test_cp1252_text_is_read() -> None:
    transcript = parse_transcript("José Ruiz: the café\nAna: ok\n".encode("cp1252"), "a.txt")
    assert transcript.turns[0] == Turn("José Ruiz", "the café", None)


def test_script_in_plain_text_stays_literal_text() -> None:
    data = b"Jane Doe: <script>alert('x')</script> & <b>bold</b>\nSam Lee: ok\n"
    turns = parse_transcript(data, "notes.txt").turns
    assert turns[0].text == "<script>alert('x')</script> & <b>bold</b>"


def test_webvtt_markup_goes_but_other_text_stays() -> None:
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n"
        b"<v.loud Jane Doe><c.yellow>We</c> <b>shipped</b> <00:00:02.000><i>it</i> "
        b"<script>x()</script> &lt;3</v>\n"
    )
    turns = parse_transcript(data, "x.vtt").turns
    assert turns == [Turn("Jane Doe", "We shipped it <script>x()</script> <3", 1.0)]


def test_a_cue_with_two_voices_makes_two_turns() -> None:
    data = b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Jane>Why?</v>\n<v Sam>Because.</v>\n"
    turns = parse_transcript(data, "x.vtt").turns
    assert [(t.speaker, t.text) for t in turns] == [("Jane", "Why?"), ("Sam", "Because.")]


def test_lower_case_names_count_when_they_recur() -> None:
    data = b"jane: hi\nsam: hello\njane: so the plan was: ship it\nsam: ok\n"
    transcript = parse_transcript(data, "x.txt")
    assert transcript.speakers == ["jane", "sam"]
    assert transcript.turns[2].text == "so the plan was: ship it"


def test_names_that_differ_only_in_case_are_one_speaker() -> None:
    transcript = parse_transcript(b"Jane Doe: hi\nSam Lee: hello\nJANE DOE: bye\n", "x.txt")
    assert transcript.speakers == ["Jane Doe", "Sam Lee"]


# -- speaker summary and drafts ------------------------------------------------------------------


def test_speaker_summary() -> None:
    summary = speaker_summary(load("teams.vtt"))
    assert [(name, count) for name, count, _ in summary] == [
        ("Dana Whitfield", 5),
        ("Alex Rivera", 4),
    ]
    first = summary[0][2]
    assert first.startswith("Thanks for coming back for the second round, Alex.")
    assert first.endswith("…") and len(first) <= 81
    assert summary[1][2].startswith("Sure. The nightly settlement batch")


def test_teams_drafts_end_with_an_unanswered_question() -> None:
    drafts = to_drafts(load("teams.vtt"), "Alex Rivera")
    assert len(drafts) == 5
    assert drafts[2] == Draft(
        "Okay. Let's talk about on-call. What was the worst incident you handled, and what "
        "changed afterwards?",
        "A card-network timeout in March took authorisations down for 18 minutes; about 12% of "
        "checkout attempts failed. Afterwards we added circuit breakers per acquirer and cut the "
        "time to detect from 9 minutes to under 2.",
        "Dana Whitfield",
    )
    assert drafts[-1] == Draft("Great. That's all from me, thanks Alex.", "", "Dana Whitfield")


def test_panel_questions_go_to_the_last_interviewer_who_spoke() -> None:
    drafts = to_drafts(load("named.txt"), "Lena Fischer")
    assert [d.asked_by for d in drafts] == ["Helen Brooks", "Omar Haddad", "Omar Haddad"]
    assert drafts[0].question == (
        "Thanks for coming back, Lena. Omar and I will both ask questions today. Hi Lena. "
        "Walk us through the checkout redesign from your portfolio."
    )
    assert drafts[2].question == (
        "What would you change if you did it again? And what would you keep?"
    )


def test_skipped_speakers_are_left_out() -> None:
    drafts = to_drafts(load("named.txt"), "Lena Fischer", skip=["Omar Haddad"])
    assert [d.asked_by for d in drafts] == ["Helen Brooks", "Helen Brooks"]
    assert drafts[0].question.endswith(
        "ask questions today. Walk us through the checkout redesign from your portfolio."
    )
    assert drafts[0].answer.endswith("if you want to look.")
    assert drafts[1].question == "What would you change if you did it again?"


def test_candidate_speaking_first_gives_a_draft_without_question() -> None:
    transcript = parse_transcript(
        b"Alex: Sorry, my camera was off.\nDana: No problem. Why payments?\nAlex: The scale.\n"
    )
    assert to_drafts(transcript, "Alex") == [
        Draft("", "Sorry, my camera was off.", None),
        Draft("No problem. Why payments?", "The scale.", "Dana"),
    ]


def test_qa_drafts() -> None:
    drafts = to_drafts(load("qa.txt"), "Me")
    assert len(drafts) == 4
    assert drafts[-1] == Draft("Do you have any questions for us?", "", "Interviewer")


def test_unknown_me_lists_the_speakers() -> None:
    with pytest.raises(TranscriptError) as caught:
        to_drafts(load("zoom.vtt"), "Sam")
    assert str(caught.value) == (
        "No speaker called 'Sam' in this transcript; the speakers are: Marcus Chen, "
        "Priya Patel. Pick yourself from that list."
    )


def test_unknown_or_contradictory_skip_is_refused() -> None:
    transcript = load("zoom.vtt")
    with pytest.raises(TranscriptError, match="No speaker called 'Marc' to skip"):
        to_drafts(transcript, "Priya Patel", skip=["Marc"])
    with pytest.raises(TranscriptError, match="both as you and as a speaker to skip"):
        to_drafts(transcript, "Priya Patel", skip=["Priya Patel"])


def test_two_hour_transcript() -> None:
    lines = ["WEBVTT", ""]
    for i in range(1500):
        who = "Dana Whitfield" if i % 3 == 0 else "Alex Rivera"
        start, end = i * 4.8, i * 4.8 + 4.5
        lines += [
            f"3f2a9c1e-5b7d-4e2a-9c3f-1a2b3c4d5e6f/{i}-0",
            f"{stamp(start)} --> {stamp(end)}",
            f"<v {who}>cue {i} says the team of 8 shipped payouts 40% faster in six months</v>",
            "",
        ]
    transcript = parse_transcript("\n".join(lines).encode(), "two-hours.vtt")
    assert sum(len(turn.text.split()) for turn in transcript.turns) == 1500 * 14
    assert len(transcript.turns) == 1000
    assert transcript.turns[-1].start == pytest.approx(1498 * 4.8)  # cues 1498 and 1499
    assert len(to_drafts(transcript, "Alex Rivera")) == 500


def stamp(seconds: float) -> str:
    whole = int(seconds)
    millis = round((seconds - whole) * 1000)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}.{millis:03d}"


# -- bad files ------------------------------------------------------------------------------------


def test_transcript_error_is_invalid_input() -> None:
    assert issubclass(TranscriptError, InvalidInput)


def test_empty_files_are_refused() -> None:
    assert error_for((FIXTURES / "empty.vtt").read_bytes(), "empty.vtt") == (
        "empty.vtt is empty: export the transcript again, or paste the conversation as "
        "'Name: what they said' lines."
    )
    assert error_for(b" \r\n\t\n").startswith("The transcript is empty: export")
    assert error_for(b"\xef\xbb\xbf\n\n", "a.txt").startswith("a.txt is empty")


def test_binary_files_are_refused() -> None:
    message = error_for((FIXTURES / "binary.vtt").read_bytes(), "binary.vtt")
    assert message == (
        "binary.vtt is not a text file (it looks like a recording, document or other binary "
        "data): export the transcript as .vtt, .srt or .txt and import that."
    )
    assert "not a text file" in error_for(b"Jane: hi\x00\x01\x02", "a.txt")
    assert "not a text file" in error_for(b"\x81\x8d\x8f\x90\x9d" * 20, "a.txt")


def test_malformed_webvtt_names_the_line() -> None:
    assert error_for((FIXTURES / "malformed.vtt").read_bytes(), "malformed.vtt") == (
        "malformed.vtt is not valid WebVTT (line 3: a cue timing like 00:00:01.000 --> "
        "00:00:04.000 was expected): export it again from Teams or Zoom, or save it as plain text."
    )
    later = b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nJane: hi\n\n2\n00:00:03.000 --> 4\n"
    assert "(line 8: a cue timing" in error_for(later, "late.vtt")
    assert "(line 1: the WEBVTT header was expected)" in error_for(b"just words\n", "x.vtt")


def test_malformed_srt_names_the_line() -> None:
    data = b"1\r\n00:00:01,000 --> 00:00:02,000\r\nJane: hi\r\n\r\n2\r\n00:00:0x,000 --> 1\r\n"
    assert error_for(data, "C:\\Users\\sam\\round1.srt") == (
        "round1.srt is not valid SRT (line 6: a cue number, then a timing like 00:00:01,000 --> "
        "00:00:04,000 was expected): export it again, or save it as plain text."
    )
    assert "not valid SRT (line 1:" in error_for(b"no timings here\n", "x.srt")
    assert "not valid SRT (line 2:" in error_for(b"1\n00:00:01,000 -> 2\nhi\n", "x.srt")


def test_files_without_speakers_say_what_is_supported() -> None:
    message = error_for(b"We talked about the role for an hour.\nIt went well.\n", "notes.txt")
    assert message.startswith("No speaker turns found in notes.txt: roundtwo reads WebVTT")
    assert message.endswith("or type it as 'Name: what they said' lines.")
    assert "No speaker turns found in the transcript" in error_for(b"WEBVTT\n\nNOTE nothing\n")


def test_files_over_the_limit_are_refused() -> None:
    data = b"Jane: " + b"a" * (6 * 1024 * 1024)
    assert error_for(data, "huge.txt") == (
        "huge.txt is 6.0 MB, over the 5 MB limit for a transcript: split it into smaller "
        "files and import them one by one."
    )
    assert parse_transcript(b"Jane: " + b"a " * ((MAX_TRANSCRIPT_BYTES - 6) // 2))


def test_no_library_exception_escapes() -> None:
    base = (FIXTURES / "teams.vtt").read_text() + (FIXTURES / "interview.srt").read_text()
    rng = random.Random(2)
    alphabet = "\n\n-->:.,<>/v 0123456789WEBVTT[]"
    for _ in range(300):
        chars = list(base[: rng.randrange(20, 400)])
        for _ in range(rng.randrange(1, 12)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(alphabet))
        data = "".join(chars).encode()
        for name in ("x.vtt", "x.srt", "x.txt"):
            try:
                parse_transcript(data, name)
            except TranscriptError as exc:
                assert "\n" not in str(exc)
