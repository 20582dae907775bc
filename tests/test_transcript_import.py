"""Transcripts becoming exchanges: through the service, the CLI and the web app."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import FIXTURES, WebClient, one_line, read_fixture
from roundtwo.config import Settings
from roundtwo.debrief import service as debrief
from roundtwo.domain import Exchange, ExchangeSource, Interviewer, Opportunity, Round
from roundtwo.errors import InvalidInput, TranscriptError
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Store, Tx
from roundtwo.transcripts import service as transcripts
from roundtwo.web.app import create_app

TEAMS = {"Alex Rivera": "me", "Dana Whitfield": "Dana Whitfield"}


def _round(tx: Tx) -> tuple[Opportunity, Round]:
    o = opportunities.create_opportunity(tx, company="Northwind Payments", role_title="SRE")
    return o, opportunities.add_round(tx, o, status="completed")


def test_teams_vtt_becomes_attributed_exchanges(store: Store) -> None:
    with store.transaction() as tx:
        _, rnd = _round(tx)
        result = transcripts.import_transcript(
            tx, rnd, read_fixture("teams.vtt"), "teams.vtt", TEAMS
        )
        items = debrief.list_exchanges(tx, rnd)
        dana = tx.first(Interviewer, name="Dana Whitfield")
    assert result.record.format == "webvtt" and result.exchanges == len(items) >= 3
    assert dana is not None and all(e.interviewer_id == dana.id for e in items if e.question)
    assert all(e.source is ExchangeSource.TRANSCRIPT for e in items)
    settlement = next(e for e in items if "cut the batch time" in e.question)
    assert "team of five engineers" in settlement.answer
    assert "40 minutes" in settlement.answer  # consecutive cues merged into one answer


def test_a_panel_maps_onto_existing_interviewers(sqlite_store: Store) -> None:
    with sqlite_store.transaction() as tx:
        o, rnd = _round(tx)
        opportunities.add_interviewer(tx, o, name="Helen B.", role="Head of Design")
        mapping = {"Lena Fischer": "me", "Helen Brooks": "Helen B.", "Omar Haddad": "Omar Haddad"}
        transcripts.import_transcript(tx, rnd, read_fixture("named.txt"), "named.txt", mapping)
        names = sorted(p.name for p in opportunities.round_interviewers(tx, rnd))
        people = {p.id: p.name for p in tx.find(Interviewer)}
        askers = {people[e.interviewer_id] for e in tx.find(Exchange) if e.interviewer_id}
    assert names == ["Helen B.", "Omar Haddad"] and askers == {"Helen B.", "Omar Haddad"}


def test_the_same_transcript_twice_adds_nothing(sqlite_store: Store) -> None:
    with sqlite_store.transaction() as tx:
        _, rnd = _round(tx)
        transcripts.import_transcript(tx, rnd, read_fixture("teams.vtt"), "teams.vtt", TEAMS)
        before = len(tx.find(Exchange))
        with pytest.raises(TranscriptError, match="already imported") as caught:
            transcripts.import_transcript(tx, rnd, read_fixture("teams.vtt"), "t.vtt", TEAMS)
        assert len(tx.find(Exchange)) == before and one_line(caught.value)


@pytest.mark.parametrize(
    ("mapping", "says"),
    [
        (
            {"Sam": "me"},
            "No speaker called 'Sam' in this transcript; the speakers are: Dana Whitfield, "
            "Alex Rivera.",
        ),
        ({"Dana Whitfield": "Dana"}, "Say who 'Alex Rivera' is"),
        ({"Alex Rivera": "Dana", "Dana Whitfield": "Dana"}, "Mark exactly one speaker as you"),
        ({"Alex Rivera": "me", "Dana Whitfield": "me"}, "Mark exactly one speaker as you"),
    ],
)
def test_speaker_mapping_mistakes(sqlite_store: Store, mapping: dict[str, str], says: str) -> None:
    with sqlite_store.transaction() as tx:
        _, rnd = _round(tx)
        with pytest.raises(InvalidInput) as caught:
            transcripts.import_transcript(tx, rnd, read_fixture("teams.vtt"), "t.vtt", mapping)
        assert says in str(caught.value)
        assert one_line(caught.value) and tx.find(Exchange) == []


# Through the CLI -------------------------------------------------------------------------------

runner = CliRunner()


def _cli(*args: str) -> tuple[int, str, str]:
    from roundtwo.cli.main import app

    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _cli_round() -> None:
    assert _cli("opportunity", "add", "--company", "Northwind", "--role", "SRE")[0] == 0
    assert _cli("round", "add", "northwind", "--done")[0] == 0


def test_cli_import_with_me(home: Path) -> None:
    _cli_round()
    code, out, err = _cli(
        "debrief",
        "import",
        "northwind",
        "1",
        str(FIXTURES / "transcripts" / "teams.vtt"),
        "--me",
        "Alex Rivera",
    )
    assert code == 0, err
    assert "exchanges from teams.vtt (webvtt); interviewers: Dana Whitfield" in out
    code, shown, _ = _cli("debrief", "show", "northwind", "1")
    assert "Dana Whitfield" in shown and "team of five engineers" in shown


def test_cli_import_without_me_lists_the_speakers(home: Path) -> None:
    _cli_round()
    code, _, err = _cli(
        "debrief", "import", "northwind", "1", str(FIXTURES / "transcripts" / "otter.txt")
    )
    assert code == 1 and "Maria Gonzalez (" in err and "--me" in err


def test_cli_skip_and_rename(home: Path) -> None:
    _cli_round()
    code, out, err = _cli(
        "debrief",
        "import",
        "northwind",
        "1",
        str(FIXTURES / "transcripts" / "named.txt"),
        "--me",
        "Lena Fischer",
        "--speaker",
        "Omar Haddad=skip",
        "--speaker",
        "Helen Brooks=Helen B.",
    )
    assert code == 0, err
    assert "interviewers: Helen B." in out and "Omar" not in out


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.vtt", None, "is empty"),
        ("binary.vtt", None, "not a text file"),
        ("malformed.vtt", None, "not valid WebVTT (line 3"),
        ("huge.txt", b"Interviewer: why?\n" + b"Me: " + b"word " * 2_100_000, "MB"),
        ("unknown.txt", b"just some words with no speakers at all", "No speaker turns found"),
    ],
)
def test_cli_bad_transcripts(
    home: Path, tmp_path: Path, name: str, content: bytes | None, says: str
) -> None:
    _cli_round()
    path = FIXTURES / "transcripts" / name
    if content is not None:
        path = tmp_path / name
        path.write_bytes(content)
    code, _, err = _cli("debrief", "import", "northwind", "1", str(path), "--me", "Me")
    assert code == 1 and one_line(err) and says in err
    assert "No exchanges yet" in _cli("debrief", "show", "northwind", "1")[1]


# Through the web app ---------------------------------------------------------------------------


@pytest.fixture
def client(home: Path) -> Iterator[WebClient]:
    store = Store(Settings(home=home, database_url=f"sqlite:///{home / 'roundtwo.db'}"))
    with store.transaction() as tx:
        o, _ = _round(tx)
    web = WebClient(create_app(store))
    web.base = f"/o/{o.id}/rounds/1"  # type: ignore[attr-defined]
    yield web
    web.close()
    store.close()


def test_web_upload_map_and_confirm(client: WebClient) -> None:
    base = client.base  # type: ignore[attr-defined]
    files = {"file": ("teams.vtt", read_fixture("teams.vtt"), "text/vtt")}
    uploaded = client.post(f"{base}/transcript", files=files, headers={"HX-Request": "true"})
    assert uploaded.status_code == 204, uploaded.text
    page = client.get(uploaded.headers["HX-Redirect"]).text
    assert "Who is who in teams.vtt" in page and "webvtt" in page
    assert re.search(r'<option value="me" selected>Me</option>', page)  # Alex talks most
    key = re.search(r'name="key" value="([0-9a-f]{64})"', page)
    assert key is not None
    confirmed = client.post(
        f"{base}/transcript/confirm",
        data={
            "key": key[1],
            "filename": "teams.vtt",
            "speaker:Alex Rivera": "me",
            "speaker:Dana Whitfield": "Dana Whitfield",
        },
        headers={"HX-Request": "true"},
    )
    assert confirmed.status_code == 204, confirmed.text
    debrief_page = client.get(base).text
    assert "team of five engineers" in debrief_page and "from transcript" in debrief_page
    assert '<option value="' in debrief_page and "selected>Dana Whitfield</option>" in debrief_page


def test_web_bad_upload_is_one_line(client: WebClient) -> None:
    base = client.base  # type: ignore[attr-defined]
    files = {"file": ("x.vtt", read_fixture("binary.vtt"), "text/vtt")}
    response = client.post(f"{base}/transcript", files=files, headers={"HX-Request": "true"})
    assert response.status_code == 400 and one_line(response.text)
    assert "not a text file" in response.text
    big = {"file": ("big.txt", b"A: " + b"x" * (11 * 1024 * 1024), "text/plain")}
    response = client.post(f"{base}/transcript", files=big, headers={"HX-Request": "true"})
    assert response.status_code == 400 and "11.0 MB" in response.text
