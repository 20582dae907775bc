"""Templates and the small helpers every route shares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from roundtwo import clock
from roundtwo.store import Store

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.filters["local"] = clock.local
templates.env.filters["local_input"] = clock.local_input
templates.env.filters["iso"] = lambda v: v.isoformat() if v else ""


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    store: Store = request.app.state.store
    context = {"where": store.settings.where, **context}
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def go(request: Request, url: str) -> Response:
    """After a successful form: HTMX follows HX-Redirect, a plain form a 303."""
    if is_htmx(request):
        return Response(status_code=204, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store
