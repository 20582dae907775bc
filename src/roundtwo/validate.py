"""Checks on what the user typed, shared by every service: one-line errors that say the fix."""

from __future__ import annotations

from roundtwo.errors import InvalidInput

SHORT_TEXT = 300
LONG_TEXT = 50_000
NOTE_TEXT = 20_000


def clean_text(value: str | None, field: str, *, limit: int, required: bool = False) -> str:
    """Strip surrounding whitespace and NUL characters; refuse empty (if required) or too long."""
    text = (value or "").replace("\x00", "").strip()
    if required and not text:
        raise InvalidInput(f"The {field} is empty: type it in and try again.")
    if len(text) > limit:
        raise InvalidInput(
            f"The {field} is {len(text):,} characters long; the limit is {limit:,}. "
            "Shorten it (keep the core of it) and try again."
        )
    return text


def clean_line(value: str | None, field: str, *, required: bool = False) -> str:
    """A one-line field (a name, a title): newlines become spaces."""
    return " ".join(clean_text(value, field, limit=SHORT_TEXT, required=required).split())


def clean_list(values: list[str] | None, field: str) -> list[str]:
    seen: dict[str, str] = {}
    for raw in values or []:
        item = clean_line(raw, field)
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    if len(seen) > 50:
        raise InvalidInput(f"Too many {field} ({len(seen)}); keep at most 50.")
    return list(seen.values())
