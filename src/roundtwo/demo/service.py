"""Loading the demo opportunity (Northwind Payments) with a debriefed first round."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any

from roundtwo import domain
from roundtwo.debrief import service as debrief
from roundtwo.domain import Opportunity, RoundFormat, RoundStatus
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Tx


def demo_data() -> dict[str, Any]:
    text = resources.files("roundtwo").joinpath("data/demo.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_demo(tx: Tx, now: datetime | None = None) -> tuple[Opportunity, bool]:
    """Add the demo opportunity; returns it and whether it was new (it is never added twice)."""
    now = now or domain.utcnow()
    data = demo_data()
    spec = data["opportunity"]
    for existing in opportunities.list_opportunities(tx):
        if (existing.company, existing.role_title) == (spec["company"], spec["role_title"]):
            return existing, False
    opportunity = opportunities.create_opportunity(tx, **spec)
    people = {
        p["name"]: opportunities.add_interviewer(tx, opportunity, **p) for p in data["interviewers"]
    }
    first = data["round_one"]
    ended = now - timedelta(hours=first["ended_hours_ago"])
    rnd = opportunities.add_round(
        tx,
        opportunity,
        format=RoundFormat(first["format"]),
        status=RoundStatus.COMPLETED,
        scheduled_at=ended - timedelta(minutes=first["duration_minutes"]),
        duration_minutes=first["duration_minutes"],
    )
    for item in first["exchanges"]:
        debrief.add_exchange(
            tx,
            rnd,
            question=item["question"],
            answer=item["answer"],
            interviewer=people[item["by"]],
            self_rating=item.get("rating"),
            weak_moment=item.get("weak_moment", False),
            pushed_back=item.get("pushed_back", False),
            surprise=item.get("surprise", False),
            notes=item.get("notes", ""),
        )
    second = data["round_two"]
    day = (now + timedelta(days=second["in_days"])).astimezone()
    start = day.replace(hour=second["hour"], minute=0, second=0)
    opportunities.add_round(
        tx,
        opportunity,
        format=RoundFormat(second["format"]),
        scheduled_at=start.astimezone(UTC),
        duration_minutes=second["duration_minutes"],
    )
    return opportunity, True
