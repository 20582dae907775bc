"""The mock interviewer's curated data: personas and phrasing templates (data/mock/*.json).

Read lazily, once per process; nothing is loaded at import time.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from roundtwo.domain import MockSession
from roundtwo.mock.state import Persona

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "mock"
FILES = ("personas", "templates")


@cache
def load(name: str) -> dict[str, Any]:
    if name not in FILES:
        raise ValueError(f"unknown mock data file {name!r}")
    with (DATA_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _persona(raw: dict[str, Any]) -> Persona:
    phrasing = raw.get("phrasing", {})
    return Persona(
        id=raw["id"],
        name=raw["name"],
        title=raw["title"],
        style=raw["style"],
        tone=raw["tone"],
        function=raw["function"],
        appetite=int(raw["appetite"]),
        concern=raw["concern"],
        priorities=tuple(raw.get("priorities", ())),
        prefers=tuple(raw.get("prefers", ())),
        categories=tuple(raw.get("categories", ())),
        weights={k: float(v) for k, v in raw.get("weights", {}).items()},
        greetings=tuple(phrasing.get("greetings", ())),
        lead_ins=tuple(phrasing.get("lead_ins", ("",))),
        openers=tuple(phrasing.get("openers", ("",))),
    )


@cache
def personas() -> dict[str, Persona]:
    """Every built-in persona by id, in file order."""
    return {raw["id"]: _persona(raw) for raw in load("personas")["personas"]}


def persona(persona_id: str) -> Persona:
    """A built-in persona by id (or by style, e.g. ``hr_partner``); ValueError if unknown."""
    known = personas()
    if persona_id in known:
        return known[persona_id]
    for candidate in known.values():
        if persona_id in (candidate.style, candidate.tone):
            return candidate
    raise ValueError(f"unknown persona {persona_id!r}: use one of {', '.join(known)}")


def default_persona() -> Persona:
    return personas()[load("personas")["default"]]


def session_label(session: MockSession) -> str:
    """ "With Sam" or "Panel Sam, Ana": who a session was with, by persona name."""
    known = personas()
    names = [known[i].name if i in known else i for i in session.personas]
    kind = "Panel" if len(names) > 1 else "With"
    return f"{kind} {', '.join(names)}"
