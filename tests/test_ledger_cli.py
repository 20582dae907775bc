"""`roundtwo ledger …` as a user types it (CliRunner against a real SQLite file)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import one_line
from roundtwo.cli.main import app

runner = CliRunner()
REF = "northwind-backend-engineer"


def rt(*args: str, input: str | None = None, code: int = 0) -> str:
    result = runner.invoke(app, list(args), input=input)
    output = result.stdout + (result.stderr or "")
    assert result.exit_code == code, output
    if code == 1:
        assert one_line(result.stderr), result.stderr
        assert result.stderr.startswith("Error: ")
    return output


def _debriefed(second: str = "At Northwind my team was 7 engineers.") -> None:
    rt("opportunity", "add", "--company", "Northwind", "--role", "Backend Engineer")
    rt("round", "add", REF, "--done")
    rt("round", "add", REF, "--done")
    first = "At Northwind I led a team of five engineers. I'm targeting 85 to 95k base."
    rt("debrief", "add", REF, "1", "--question", "Your team?", "--answer", first, "--by", "Dana")
    rt("debrief", "add", REF, "2", "--question", "Your team?", "--answer", second, "--by", "Priya")


def _id(shown: str, text: str) -> str:
    match = re.search(r"([0-9a-f]{8}) " + re.escape(text), shown)
    assert match, shown
    return match.group(1)


def test_show_lists_contradictions_first_then_facts_and_salary() -> None:
    _debriefed()
    shown = rt("ledger", "show", REF)
    assert "1 contradiction." in shown
    assert shown.index("✗ team size at Northwind") < shown.index("Facts you stated")
    assert "“At Northwind I led a team of five engineers.”" in shown
    assert "“At Northwind my team was 7 engineers.”" in shown
    assert "In round 1 you told Dana" in shown and "Fix:" in shown
    assert shown.index("Facts you stated") < shown.index("Salary figures you stated")
    assert "expectation: 85 to 95k" in shown and "round 1, to Dana" in shown
    assert "Asked again (round 1 → 2)" in shown
    assert "Next: reconcile each contradiction" in shown


def test_lock_correct_retract_reactivate() -> None:
    _debriefed()
    shown = rt("ledger", "show", REF)
    five, seven = _id(shown, "five engineers"), _id(shown, "7 engineers")
    assert "Locked: team size at Northwind" in rt("ledger", "lock", seven)
    assert "Corrected to 7" in rt("ledger", "correct", five, "7")
    after = rt("ledger", "show", REF)
    assert "0 contradictions" in after and "five engineers → 7" in after
    assert "corrected · round 1, to Dana" in after
    assert "Retracted" in rt("ledger", "retract", five)
    assert "Back to active" in rt("ledger", "reactivate", five)
    assert "1 contradiction." in rt("ledger", "show", REF)


def test_unknown_entries_and_bad_corrections_are_one_line_errors() -> None:
    _debriefed()
    out = rt("ledger", "lock", "deadbeef", code=1)
    assert "No ledger entry 'deadbeef'" in out and "roundtwo ledger show" in out
    rt("ledger", "retract", "nope", code=1)
    five = _id(rt("ledger", "show", REF), "five engineers")
    assert "Cannot read 'many' as a count" in rt("ledger", "correct", five, "many", code=1)
    assert "No opportunity matches" in rt("ledger", "show", "globex", code=1)


def test_check_exits_3_on_a_contradiction_and_0_when_consistent(tmp_path: Path) -> None:
    _debriefed(second="We shipped it.")
    answer = tmp_path / "answer.txt"
    answer.write_text("At Northwind I had 9 engineers on my team.", encoding="utf-8")
    out = rt("ledger", "check", REF, str(answer), code=3)
    assert "1 thing to fix before you say this" in out and "five engineers" in out
    assert "this answer" in out
    fine = rt("ledger", "check", REF, "-", input="At Northwind I had 5 engineers.")
    assert "Consistent with the ledger" in fine
    assert "the answer is empty" in rt("ledger", "check", REF, "-", input="")


def test_check_json_is_a_stable_object(tmp_path: Path) -> None:
    _debriefed(second="We shipped it.")
    out = rt("ledger", "check", REF, "--json", input="At Northwind I had 9 engineers.", code=3)
    result = json.loads(out)
    assert result["schema"] == 1 and result["opportunity"] == REF
    [found] = result["contradictions"]
    assert found["kind"] == "conflict" and not found["hard"]
    assert found["values"] == ["five engineers", "9 engineers"]
    assert found["rounds"] == [1, None] and found["interviewers"] == ["Dana", None]
    assert found["entries"][0] and found["entries"][1] is None
    missing = runner.invoke(app, ["ledger", "check", REF, str(tmp_path / "no.txt"), "--json"])
    assert missing.exit_code == 1
    assert "No such file" in json.loads(missing.stdout)["error"]


def test_a_retracted_claim_said_again_is_flagged_in_check_and_debrief_show() -> None:
    _debriefed(second="We shipped it.")
    rt("debrief", "add", REF, "1", "--question", "Impact?", "--answer", "We saved $500k.")
    rt("ledger", "retract", _id(rt("ledger", "show", REF), r"$500k"))
    out = rt("ledger", "check", REF, "-", input="That project saved $500k.", code=3)
    assert "Retracted, said again:" in out and "(1 retracted, said again)" in out
    rt("debrief", "add", REF, "2", "--question", "Impact?", "--answer", "It saved $500k.")
    shown = rt("debrief", "show", REF, "2")
    assert "Ledger, retracted and said again:" in shown and "roundtwo ledger show" in shown


def test_a_10_mb_answer_is_refused_in_one_line(tmp_path: Path) -> None:
    _debriefed()
    big = tmp_path / "big.txt"
    big.write_bytes(b"I led five engineers. " * (10 * 1024 * 1024 // 22))
    out = rt("ledger", "check", REF, str(big), code=1)
    assert "check one answer at a time" in out
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81" * 100)
    assert "not UTF-8" in rt("ledger", "check", REF, str(binary), code=1)


def test_an_empty_ledger_says_what_to_do_and_unicode_survives() -> None:
    rt("opportunity", "add", "--company", "Northwind", "--role", "Backend Engineer")
    assert "Empty: every figure you type" in rt("ledger", "show", REF)
    rt("round", "add", REF, "--done")
    answer = "בצוות שלי at Zürich Bank I led 5 engineers [bold]🚀[/bold]."
    rt("debrief", "add", REF, "1", "--question", "Team?", "--answer", answer)
    shown = rt("ledger", "show", REF)
    assert "Zürich" in shown and "🚀" in shown and "[bold]🚀[/bold]" in shown


def _older_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The debriefed opportunity as an export from before the ledger (no ledger entries),
    imported into a fresh data folder."""
    _debriefed()
    export = tmp_path / "old-export.json"
    rt("export", "--output", str(export))
    document = json.loads(export.read_text(encoding="utf-8"))
    assert document.pop("ledger_entries")
    export.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("ROUNDTWO_HOME", str(tmp_path / "fresh-home"))
    rt("import", str(export))


def test_sync_reads_answers_imported_from_an_older_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_export(tmp_path, monkeypatch)
    before = rt("ledger", "show", REF)
    assert "0 facts, 0 contradictions." in before
    assert "You have 2 answers with figures the ledger has not read" in before
    assert f"roundtwo ledger sync {REF}" in before

    out = rt("ledger", "sync", REF)
    assert "3 facts in the ledger, 1 contradiction." in out
    after = rt("ledger", "show", REF)
    assert "3 facts, 1 contradiction." in after and "not read" not in after
    assert "In round 1 you told Dana" in after and "expectation: 85 to 95k" in after


def test_sync_keeps_what_the_user_locked_corrected_or_retracted() -> None:
    _debriefed()
    rt("debrief", "add", REF, "1", "--question", "Impact?", "--answer", "We saved $500k.")
    shown = rt("ledger", "show", REF)
    five, seven, saved = (_id(shown, t) for t in ("five engineers", "7 engineers", r"$500k"))
    rt("ledger", "correct", five, "7")
    rt("ledger", "lock", seven)
    rt("ledger", "retract", saved)
    out = rt("ledger", "sync", REF)
    assert "4 facts in the ledger, 0 contradictions." in out
    again = rt("ledger", "show", REF)
    assert f"{five} five engineers → 7  corrected · round 1, to Dana" in one_row(again, five)
    assert "locked · round 2, to Priya" in one_row(again, seven)
    assert "retracted · round 1" in one_row(again, saved)
    assert "4 facts in the ledger" in rt("ledger", "sync", REF)  # twice is the same
    assert "No opportunity matches" in rt("ledger", "sync", "globex", code=1)


def one_row(shown: str, entry_id: str) -> str:
    [row] = [line for line in shown.splitlines() if entry_id in line]
    return row
