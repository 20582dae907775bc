"""Reading the times users type and showing times the way they read them (local time)."""

from __future__ import annotations

from datetime import UTC, datetime

from roundtwo.errors import InvalidInput

FORMATS_HINT = "YYYY-MM-DD HH:MM (for example 2026-11-20 14:30)"


def parse_when(text: str | None, field: str = "date and time") -> datetime | None:
    """A local date and time as typed ('2026-11-20 14:30', ISO 8601, or 'now') → aware UTC."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    if value.lower() == "now":
        return datetime.now(UTC).replace(microsecond=0)
    try:
        parsed = datetime.fromisoformat(value.replace("/", "-"))
    except ValueError:
        raise InvalidInput(
            f"Cannot read the {field} {value!r}: write it as {FORMATS_HINT}."
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()  # the machine's local time zone
    return parsed.astimezone(UTC).replace(microsecond=0)


def local(value: datetime | None) -> str:
    """'Fri 20 Nov 2026, 14:30' in the machine's time zone; '—' when unknown."""
    if value is None:
        return "—"
    return value.astimezone().strftime("%a %d %b %Y, %H:%M")


def local_input(value: datetime | None) -> str:
    """The value for an <input type=datetime-local>."""
    return "" if value is None else value.astimezone().strftime("%Y-%m-%dT%H:%M")
