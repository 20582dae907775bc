"""`roundtwo consistency` as a user types it, on a local Typer app with the command registered."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from helpers import one_line
from roundtwo.cli.consistency import register
from roundtwo.cli.errors import FriendlyGroup

STATEMENTS = {
    "statements": [
        {"id": "a", "round": 1, "interviewer": "Dana",
         "text": "At Northwind I led a team of five engineers. We cut p99 latency by 40%.",
         "question": "Tell me about a system you improved."},
        {"id": "b", "round": 2, "interviewer": "Priya",
         "text": "At Northwind my team was 7 engineers, and we cut p99 latency by forty percent.",
         "question": "Tell me more about the system you improved."},
        {"id": "c", "round": 2, "interviewer": "Priya",
         "text": "I care about clear writing and fast feedback."},
    ]
}  # fmt: skip


def make_app() -> typer.Typer:
    app = typer.Typer(cls=FriendlyGroup, pretty_exceptions_enable=False)

    @app.callback()
    def main() -> None:
        """roundtwo (test app)."""

    register(app)
    return app


runner = CliRunner()


def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(make_app(), ["consistency", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def run_json(payload: Any) -> dict[str, Any]:
    code, out, _ = invoke("-", "--json", input=json.dumps(payload))
    assert code == 0, out
    result: dict[str, Any] = json.loads(out)
    return result


def test_json_is_the_documented_contract(tmp_path: Path) -> None:
    path = tmp_path / "statements.json"
    path.write_text(json.dumps(STATEMENTS), encoding="utf-8")
    code, out, _ = invoke(str(path), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["schema"] == 1
    assert {c["statement"] for c in result["claims"]} == {"a", "b"}
    claim = result["claims"][0]
    assert {"text", "span", "kind", "value", "unit", "subject", "approximate", "range"} <= set(
        claim
    )
    (found,) = result["contradictions"]
    assert found["ids"] == ["a", "b"] and found["kind"] == "conflict"
    assert found["subject"] == "team size at Northwind"
    assert found["values"] == ["five engineers", "7 engineers"]
    assert found["quotes"][0] == "At Northwind I led a team of five engineers."
    assert found["explanation"].startswith("In round 1 you told Dana")
    assert "grew" in found["suggestion"]
    (recycled,) = result["recycled"]
    assert recycled["ids"] == ["a", "b"] and recycled["verdict"] == "same_story_deeper"
    assert 0.0 <= recycled["overlap"] <= 1.0


def test_a_readable_summary_without_json() -> None:
    payload = {"statements": [
        {"id": "x[bold]", "round": 1, "interviewer": "[red]Dana",
         "text": "My team was 5 engineers [b]."},
        {"id": "y", "round": 2, "interviewer": "Sam", "text": "My team was 8 engineers."},
    ]}  # fmt: skip
    code, out, _ = invoke(input=json.dumps(payload))
    assert code == 0
    assert "1 contradiction" in out and "x[bold]" in out and "[b]" in out
    assert "Fix:" in out


def test_statements_with_no_numbers() -> None:
    payload = {"statements": [{"id": "a", "text": "I like hard problems."},
                              {"id": "b", "text": ""}]}  # fmt: skip
    result = run_json(payload)
    assert result["claims"] == [] and result["contradictions"] == []
    code, out, _ = invoke(input=json.dumps(payload))
    assert code == 0 and "0 facts" in out


def test_optional_fields_and_statuses() -> None:
    payload = {"statements": [
        {"id": 1, "text": "The audit covered 38 entities.", "status": "locked"},
        {"id": 2, "round": None, "text": "The audit covered 52 entities."},
        {"id": "3", "text": "The vendor saved us $500k.", "status": "retracted"},
        {"id": "4", "text": "The vendor saved us $500k."},
    ]}  # fmt: skip
    result = run_json(payload)
    kinds = {tuple(c["ids"]): c["kind"] for c in result["contradictions"]}
    assert kinds == {("1", "2"): "conflict", ("3", "4"): "retracted"}


def test_thousands_of_statements() -> None:
    statements = [
        {"id": f"s{n}", "round": n % 3 + 1, "interviewer": "Dana",
         "text": f"At Company{n % 301} my team was {5 if n % 2 else 6} engineers."}
        for n in range(2000)
    ]  # fmt: skip
    result = run_json({"statements": statements})
    assert len(result["claims"]) == 2000
    assert result["contradictions"]


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ("{not json", "not valid JSON"),
        ("", "empty"),
        ("[1, 2]", "JSON object"),
        ('{"items": []}', 'Missing "statements"'),
        ('{"statements": {"id": "a"}}', "must be a list"),
        ('{"statements": ["text"]}', "not an object"),
        ('{"statements": [{"id": "a"}]}', 'no "text"'),
        ('{"statements": [{"text": "hi"}]}', 'no "id"'),
        ('{"statements": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}', "repeats"),
        ('{"statements": [{"id": "a", "text": 5}]}', '"text" must be a string'),
        ('{"statements": [{"id": "a", "text": "x", "round": "one"}]}', '"round"'),
        ('{"statements": [{"id": "", "text": "x"}]}', '"id"'),
        ('{"statements": [{"id": "a", "text": "x", "status": "gone"}]}', '"status"'),
    ],
)
def test_bad_input_is_one_line_and_valid_json(raw: str, needle: str) -> None:
    code, out, _ = invoke("-", "--json", input=raw)
    assert code == 1
    result = json.loads(out)
    assert result["schema"] == 1 and needle in result["error"] and one_line(result["error"])
    code, out, err = invoke("-", input=raw)
    assert code == 1 and out == ""
    assert err.startswith("Error: ") and needle in err and one_line(err)


def test_a_missing_file(tmp_path: Path) -> None:
    code, out, _ = invoke(str(tmp_path / "nope.json"), "--json")
    assert code == 1 and "No such file" in json.loads(out)["error"]
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00junk")
    code, out, _ = invoke(str(binary), "--json")
    assert code == 1 and "error" in json.loads(out)


def test_the_documented_example_is_what_the_command_prints() -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "ledger.md").read_text("utf-8")
    example = docs.split("```json", 1)[1].split("```", 1)[0]
    result = run_json(json.loads(example))
    assert [c["ids"] for c in result["contradictions"]] == [
        ["r1-team", "r2-team"],
        ["r1-pay", "r2-pay"],
    ]
    for item in result["contradictions"][:1]:
        assert item["explanation"] in docs and item["suggestion"] in docs
    assert json.dumps(result["claims"][0]["quote"]) in docs
    (recycled,) = result["recycled"]
    assert f'"overlap": {recycled["overlap"]}' in docs


def test_figures_too_big_to_hold_still_give_valid_json() -> None:
    code, out, _ = invoke(
        "-",
        "--json",
        input=json.dumps({"statements": [{"id": "a", "text": "I earn 1e999 dollars."}]}),
    )

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} is not JSON")

    assert code == 0 and json.loads(out, parse_constant=refuse)["claims"] == []
