"""The CLI as a user types it (Typer's CliRunner against a real SQLite file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import one_line
from roundtwo.cli.main import app

runner = CliRunner()


def rt(*args: str, input: str | None = None, ok: bool = True) -> str:
    result = runner.invoke(app, list(args), input=input)
    output = result.stdout + (result.stderr or "")
    if ok:
        assert result.exit_code == 0, output
    else:
        assert result.exit_code == 1, output
        assert one_line(result.stderr), result.stderr
        assert result.stderr.startswith("Error: ")
    return output


def command_paths() -> list[list[str]]:
    import typer.main

    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(cmd: object, prefix: list[str]) -> None:
        paths.append(prefix)
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, [*prefix, name])

    walk(root, [])
    return paths


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "roundtwo")
def test_every_command_has_help(path: list[str]) -> None:
    out = rt(*path, "--help")
    assert "Usage" in out


def _opportunity() -> str:
    rt(
        "opportunity",
        "add",
        "--company",
        "Northwind",
        "--role",
        "Backend Engineer",
        "--values",
        "Own it, Customers first",
        "--level",
        "senior",
    )
    return "northwind-backend-engineer"


def test_a_debrief_from_the_command_line() -> None:
    ref = _opportunity()
    assert "Added round 1" in rt("round", "add", ref, "--done", "--when", "2026-11-20 14:00")
    rt("interviewer", "add", ref, "Dana Whitfield", "--role", "Engineering Manager", "--round", "1")
    rt(
        "debrief",
        "add",
        ref,
        "1",
        "--question",
        "Walk me through a system you owned.",
        "--answer",
        "I led a team of five for two years.",
        "--by",
        "Dana Whitfield",
        "--rating",
        "strong",
    )
    rt(
        "debrief",
        "add",
        ref,
        "1",
        "--question",
        "A conflict with your manager?",
        "--answer",
        "We talked and it got better.",
        "--weak",
        "--pushed-back",
        "--rating",
        "rough",
    )
    shown = rt("debrief", "show", ref, "1")
    assert "Walk me through a system you owned." in shown
    assert "I led a team of five for two years." in shown
    assert "Dana Whitfield · strong" in shown
    assert "rough · weak moment · pushed back" in shown
    assert "2 exchanges, 1 flagged" in shown
    show = rt("opportunity", "show", ref)
    assert "What to do next" in show and "Debrief round 1" in show
    assert "Own it, Customers first" in show


def test_interactive_debrief_saves_each_exchange() -> None:
    ref = _opportunity()
    rt("round", "add", ref, "--done")
    typed = "Why us?\nYour payouts product.\nPriya\nokay\nws\nWhat went wrong?\n\n\n\n\n\n"
    out = rt("debrief", "add", ref, "1", input=typed)
    assert "2 exchange(s) saved" in out
    shown = rt("debrief", "show", ref, "1")
    assert "Priya · okay · weak moment · surprise" in shown
    assert "What went wrong?" in shown and "(no answer yet)" in shown


def test_edit_delete_and_finish() -> None:
    ref = _opportunity()
    rt("round", "add", ref, "--done")
    rt("debrief", "add", ref, "1", "--question", "Q one")
    shown = rt("debrief", "show", ref, "1")
    exchange_id = shown.split("1. ")[1].split()[0]
    rt("debrief", "edit", exchange_id[:6], "--answer", "A better answer", "--weak")
    assert "A better answer" in rt("debrief", "show", ref, "1")
    rt("debrief", "done", ref, "1")
    assert "debrief done" in rt("debrief", "show", ref, "1")
    rt("debrief", "delete", exchange_id)
    assert "No exchanges yet" in rt("debrief", "show", ref, "1")


def test_tasks_list_and_done() -> None:
    ref = _opportunity()
    rt("round", "add", ref, "--done")
    rt("task", "add", ref, "Send the case study", "--due", "2030-01-01 09:00")
    listed = rt("task", "list")
    assert "Debrief round 1 — due in" in listed and "Send the case study" in listed
    task_id = listed.split("Send the case study")[1].split()[-1]
    rt("task", "done", task_id)
    assert "Send the case study" not in rt("task", "list", ref)


def test_demo_loads_once_and_export_import_round_trips(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Loaded the demo" in rt("demo")
    assert "Already loaded" in rt("demo")
    first = rt("export")
    document = json.loads(first)
    assert document["format"] == "roundtwo-export" and len(document["exchanges"]) == 6
    path = tmp_path / "export.json"
    rt("export", "-o", str(path))
    monkeypatch.setenv("ROUNDTWO_HOME", str(tmp_path / "elsewhere"))
    assert "added" in rt("import", str(path))
    assert "0 added" in rt("import", str(path))
    assert rt("export") == first


def test_rich_markup_in_user_text_is_printed_literally() -> None:
    rt("opportunity", "add", "--company", "[red]Acme[/red] <script>x</script>", "--role", "Dev")
    out = rt("opportunity", "list")
    assert "[red]Acme[/red]" in out and "<script>x</script>" in out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["opportunity", "show", "nowhere"], "No opportunity matches 'nowhere'"),
        (["round", "add", "nowhere"], "No opportunity matches"),
        (["debrief", "show", "northwind", "9"], "has no round 9"),
        (["debrief", "edit", "ffffffff", "--answer", "x"], "No exchange"),
        (["round", "add", "northwind", "--when", "next tuesday"], "YYYY-MM-DD HH:MM"),
        (["round", "add", "northwind", "--format", "pigeon"], "choose one of"),
        (["import", "/no/such/file.json"], "No file at"),
        (["task", "done", "zzz"], "No single task"),
    ],
)
def test_mistakes_get_one_line_and_exit_1(args: list[str], says: str) -> None:
    _opportunity()
    assert says in rt(*args, ok=False)


def test_where_says_nothing_leaves_the_machine(home: Path) -> None:
    out = rt("where")
    assert str(home) in out and "nothing is sent" in out
