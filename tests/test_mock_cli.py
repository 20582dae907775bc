"""`roundtwo next FILE --json` as a script calls it (docs/mock.md), on a local Typer app."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from helpers import one_line
from roundtwo.cli.errors import FriendlyGroup
from roundtwo.cli.next import register
from roundtwo.mock.contract import decide

ROOT = Path(__file__).resolve().parent.parent
THIN = "We had a project that was hard. We worked on it together and it went well in the end."
runner = CliRunner()


def make_app() -> typer.Typer:
    app = typer.Typer(cls=FriendlyGroup, pretty_exceptions_enable=False)

    @app.callback()
    def main() -> None:
        """roundtwo (test app)."""

    register(app)
    return app


def invoke(*args: str, payload: Any = None, raw: str | None = None) -> tuple[int, str, str]:
    text = raw if raw is not None else json.dumps(payload)
    result = runner.invoke(make_app(), ["next", *args], input=text)
    return result.exit_code, result.stdout, result.stderr


def test_an_empty_transcript_opens_a_topic() -> None:
    code, out, _ = invoke("-", "--json", payload={"transcript": []})
    result = json.loads(out)
    assert code == 0
    assert result["schema"] == 1 and result["action"] == "new_topic" and result["probe"] is None
    assert result["question"].endswith("?") and result["reason"]
    assert set(result) >= {"schema", "action", "probe", "question", "reason"}


def test_a_thin_answer_gets_a_probe_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "session.json"
    payload = {
        "transcript": [{"question": "Tell me about a time you led a project.", "answer": THIN}],
        "max_questions": 20,
        "context": {"level": "senior", "persona": "skeptic", "values": ["Ownership"]},
    }
    path.write_text(json.dumps(payload), encoding="utf-8")
    code, out, _ = invoke(str(path), "--json")
    result = json.loads(out)
    assert code == 0 and result["action"] == "follow_up"
    assert result["probe"] in ("ownership", "tell_me_more") and result["persona"] == "skeptic"


def test_a_contradiction_in_the_context_is_confronted() -> None:
    payload = {
        "transcript": [
            {
                "question": "Tell me about the migration.",
                "answer": "I led a team of eight engineers and we shipped in eleven weeks.",
            }
        ],
        "context": {
            "contradictions": [
                {
                    "subject": "engineers",
                    "earlier_quote": "a team of five",
                    "earlier_value": "five engineers",
                    "new_value": "eight engineers",
                    "round": 1,
                }
            ]
        },
    }
    result = json.loads(invoke("-", "--json", payload=payload)[1])
    assert result["probe"] == "contradiction"
    assert "five" in result["question"] and "eight engineers" in result["question"]


def test_the_cap_wraps_up() -> None:
    payload = {"transcript": [{"question": "Why us?", "answer": THIN}], "max_questions": 1}
    result = json.loads(invoke("-", "--json", payload=payload)[1])
    assert result["action"] == "wrap_up" and result["probe"] is None and result["question"]


def test_a_readable_line_without_json() -> None:
    code, out, _ = invoke("-", payload={"transcript": [{"question": "Why us?", "answer": THIN}]})
    assert code == 0 and out.startswith("follow up (") and "why:" in out


BAD = [
    ("not json", "{", "not valid JSON"),
    ("an array", "[]", "JSON object"),
    ("transcript not a list", '{"transcript": {}}', '"transcript"'),
    ("a turn not an object", '{"transcript": [3]}', "transcript[0]"),
    ("no question", '{"transcript": [{"answer": "x"}]}', '"question"'),
    ("answer not text", '{"transcript": [{"question": "Q?", "answer": 4}]}', '"answer"'),
    ("cap zero", '{"transcript": [], "max_questions": 0}', "max_questions"),
    ("cap a bool", '{"transcript": [], "max_questions": true}', "max_questions"),
    ("cap text", '{"transcript": [], "max_questions": "20"}', "max_questions"),
    ("context not an object", '{"transcript": [], "context": [1]}', '"context"'),
    ("unknown level", '{"transcript": [], "context": {"level": "cto"}}', "level"),
    ("unknown persona", '{"transcript": [], "context": {"persona": "yoda"}}', "persona"),
    ("contradictions", '{"transcript": [], "context": {"contradictions": 5}}', "contradictions"),
    ("bad probe", '{"transcript": [{"question": "Q?", "answer": "a", "probe": "x"}]}', "probe"),
    ("deep nesting", "[" * 100000 + "]" * 100000, "nested"),
]


@pytest.mark.parametrize(("what", "raw", "says"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_still_json_with_json(what: str, raw: str, says: str) -> None:
    code, out, _ = invoke("-", "--json", raw=raw)
    result = json.loads(out)
    assert code == 1 and result["schema"] == 1 and says in result["error"], result
    assert one_line(result["error"])


@pytest.mark.parametrize(("what", "raw", "says"), BAD[:4], ids=[b[0] for b in BAD[:4]])
def test_bad_input_is_one_line_without_json(what: str, raw: str, says: str) -> None:
    code, out, err = invoke("-", raw=raw)
    assert code == 1 and out == "" and err.startswith("Error: ") and one_line(err)


def test_a_missing_file_and_binary_input() -> None:
    code, out, _ = invoke("/no/such/file.json", "--json", payload={})
    assert code == 1 and "No such file" in json.loads(out)["error"]
    result = runner.invoke(make_app(), ["next", "-", "--json"], input=b"\xff\xfe\x00")
    assert result.exit_code == 1 and "UTF-8" in json.loads(result.stdout)["error"]


def test_every_eval_situation_is_a_valid_input_and_the_director_agrees() -> None:
    spec = importlib.util.spec_from_file_location("director_eval", ROOT / "evals/director/run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases = module.dev_cases()
    assert len(cases) >= 40 and len({c["id"] for c in cases}) == len(cases)
    for case in cases:  # every situation, open or not, is a valid input with a valid answer
        assert decide(case["input"])["action"] in ("follow_up", "new_topic", "wrap_up")
    # Held-out misses retired to dev and not yet fixed are listed in evals/director/open.txt;
    # every other dev situation is one the director was tuned to and must keep, and a fixed
    # one leaves the list (a ratchet: the open list only shrinks).
    listed = (ROOT / "evals/director/open.txt").read_text(encoding="utf-8").splitlines()
    still_open = {line.strip() for line in listed if line.strip() and not line.startswith("#")}
    failing = {c["id"] for c in module.failing(cases)}
    assert failing - still_open == set(), "dev situations the director no longer agrees with"
    assert still_open - failing == set(), "fixed: remove them from evals/director/open.txt"
    tuned = {c["id"] for c in cases if not c.get("retired_from")}
    assert still_open & tuned == set(), "only retired held-out misses may be listed as open"


def test_without_contradictions_given_the_ledger_finds_them() -> None:
    pytest.importorskip("roundtwo.ledger.contract")
    round_one = [
        {
            "question": "Tell me about the migration.",
            "interviewer": "Priya",
            "answer": "At Northwind I led a team of five engineers on the billing migration.",
        }
    ]
    said = "At Northwind I led the billing migration with a team of eight engineers."
    payload = {
        "transcript": [{"question": "Take me through the migration again.", "answer": said}],
        "context": {"round_one": round_one},
    }
    result = json.loads(invoke("-", "--json", payload=payload)[1])
    assert result["probe"] == "contradiction" and "Priya" in result["question"]
    same = json.loads(
        invoke(
            "-",
            "--json",
            payload={
                **payload,
                "transcript": [{"question": "Again?", "answer": said.replace("eight", "5")}],
            },
        )[1]
    )
    assert same["probe"] != "contradiction"
