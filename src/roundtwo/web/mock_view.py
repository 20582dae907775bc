"""What the mock pages show besides the session itself: the score chart (inline SVG, drawn
here on the server) and the "Rehearse round two" section of the opportunity page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from roundtwo.domain import Opportunity
from roundtwo.mock import service as mock
from roundtwo.mock.data import personas, session_label
from roundtwo.mock.state import DIMENSIONS
from roundtwo.store import Tx

COLOURS = {
    "structure": "#1b6ac9",
    "specificity": "#c2410c",
    "ownership": "#15803d",
    "results": "#7c3aed",
    "depth": "#b91c1c",
    "consistency": "#0e7490",
    "communication": "#a16207",
}
WIDTH, HEIGHT = 560, 220
LEFT, RIGHT, TOP, BOTTOM = 36, 130, 14, 30


def chart_svg(history: Sequence[mock.Scores]) -> Markup:
    """Scores per rubric dimension across sessions: one line a dimension, 1–5 upwards."""
    if not history:
        return Markup("")
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(1, len(history) - 1)

    def x(i: int) -> float:
        return LEFT + (i * step if len(history) > 1 else plot_w / 2)

    def y(score: float) -> float:
        return TOP + plot_h - (score - 1) / 4 * plot_h

    parts = [
        f'<svg class="score-chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">',
        '<title id="chart-title">Scores per dimension across your mock sessions (1 to 5)</title>',
    ]
    for score in range(1, 6):
        parts.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y(score):.1f}" y2="{y(score):.1f}" '
            f'stroke="#ddd" stroke-width="1"/><text x="{LEFT - 8}" y="{y(score) + 4:.1f}" '
            f'text-anchor="end" font-size="11" fill="#666">{score}</text>'
        )
    for i, point in enumerate(history):
        parts.append(
            f'<text x="{x(i):.1f}" y="{HEIGHT - 10}" text-anchor="middle" font-size="11" '
            f'fill="#666">#{point.number}</text>'
        )
    legend = 0
    for dimension in DIMENSIONS:
        points = [
            (i, p.dimensions[dimension]) for i, p in enumerate(history) if dimension in p.dimensions
        ]
        if not points:
            continue
        colour = COLOURS[dimension]
        coords = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in points)
        parts.append(
            f'<polyline class="dim-{dimension}" points="{coords}" fill="none" '
            f'stroke="{colour}" stroke-width="2"/>'
        )
        for i, v in points:
            parts.append(
                f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}">'
                f"<title>{escape(dimension)} {v:g} (session #{history[i].number})</title></circle>"
            )
        ly = TOP + 4 + legend * 18
        parts.append(
            f'<rect x="{WIDTH - RIGHT + 12}" y="{ly}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{WIDTH - RIGHT + 28}" y="{ly + 9}" font-size="11" fill="#333">'
            f"{escape(dimension)}</text>"
        )
        legend += 1
    parts.append("</svg>")
    return Markup("".join(parts))


def persona_choices() -> list[dict[str, str]]:
    return [
        {"id": p.id, "name": p.name, "title": p.title, "style": p.style, "function": p.function}
        for p in personas().values()
    ]


def section(tx: Tx, opportunity: Opportunity) -> dict[str, Any]:
    """The context of the "Rehearse round two" section (the opportunity and mock pages)."""
    found = mock.sessions(tx, opportunity.id)
    history = mock.score_history(tx, opportunity.id)
    counts = {s.id: len(mock.turns_of(tx, s)) for s in found}
    return {
        "sessions": list(reversed(found)),
        "numbers": {s.id: n for n, s in enumerate(found, start=1)},
        "answered": counts,
        "label": session_label,
        "history": history,
        "chart": chart_svg(history),
        "personas": persona_choices(),
        "dimensions": DIMENSIONS,
    }
