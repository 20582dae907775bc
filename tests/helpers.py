"""Small helpers the tests share (importable as `helpers`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def read_fixture(name: str) -> bytes:
    return (FIXTURES / "transcripts" / name).read_bytes()


def one_line(message: Any) -> bool:
    """A message a user can read: one line, no traceback."""
    text = str(message).strip()
    return bool(text) and "\n" not in text and "Traceback" not in text


class WebClient:
    """A synchronous face on ``httpx.AsyncClient(transport=ASGITransport(app))``: no server."""

    def __init__(self, app: Any, base_url: str = "http://testserver") -> None:
        import asyncio

        import httpx

        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url)

    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        return self._loop.run_until_complete(self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> Any:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> Any:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


def fake_analysis(
    *,
    kind: str = "story",
    score: int | None = 3,
    specificity: str = "medium",
    ownership: str = "clear",
    star: str = "STAR",
    quantified: bool = False,
    screen: str = "allow",
    claims: tuple[dict[str, Any], ...] = (),
    chase: tuple[str, ...] = (),
    words: int = 60,
    i: int = 3,
    we: int = 0,
    fillers: float = 0.0,
    weak: tuple[str, ...] = (),
) -> dict[str, Any]:
    """An analysis in the shape of ``analyze(...).to_json()`` (docs/analysis.md), built by hand
    so that the mock director's rules can be tested without the engine. ``star`` lists the
    parts found: "STAR" all four, "SA" situation and action, "" none."""
    parts = {"S": "situation", "T": "task", "A": "action", "R": "result"}
    found = {name: letter in star for letter, name in parts.items()}
    return {
        "schema": 1,
        "level": "mid",
        "screen": screen,
        "screen_reason": "" if screen == "allow" else "off_topic",
        "question_type": "open",
        "relevance": "on_topic" if screen == "allow" else "off_topic",
        "relevance_reason": "",
        "kind": kind,
        "star": {**found, "quantified_result": quantified and found["result"]},
        "specificity": specificity,
        "ownership": ownership,
        "score": score if screen == "allow" else None,
        "gap": "" if score == 5 else "Something to fix.",
        "weak_or_missing": list(weak),
        "sufficient_signal": screen == "allow" and (score or 0) >= 4,
        "claims": list(claims),
        "claims_worth_chasing": list(chase),
        "probes": [],
        "evidence": {"result": "Sign-ups went up after that."} if found["result"] else {},
        "delivery": {
            "words": words,
            "fillers": 0,
            "fillers_per_100_words": fillers,
            "hedges": 0,
            "we": we,
            "i": i,
        },
        "notice": None,
    }
