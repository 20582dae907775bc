"""Building the FastAPI app: templates, static files, error pages and the routers."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from roundtwo.errors import InvalidInput, NotFound, RoundtwoError, StoreError
from roundtwo.store import Store, open_store
from roundtwo.web import debrief_routes, ledger_routes, mock_routes, pages
from roundtwo.web.render import is_htmx, render

HERE = Path(__file__).parent
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


class SameOriginOnly(BaseHTTPMiddleware):
    """Refuse writes sent by another site's page (the app listens on localhost)."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        origin = request.headers.get("origin")
        host = request.headers.get("host")
        foreign = origin and origin != "null" and urlsplit(origin).netloc != host
        if request.method in UNSAFE and foreign:
            return PlainTextResponse("Refused: this request came from another site.", 403)
        return await call_next(request)


def create_app(store: Store | None = None) -> FastAPI:
    app = FastAPI(title="roundtwo", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store or open_store()
    app.add_middleware(SameOriginOnly)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(debrief_routes.router)
    app.include_router(ledger_routes.router)
    app.include_router(mock_routes.router)

    @app.exception_handler(RoundtwoError)
    async def friendly_error(request: Request, exc: RoundtwoError) -> Response:
        status = 404 if isinstance(exc, NotFound) else 400 if isinstance(exc, InvalidInput) else 409
        if isinstance(exc, StoreError):
            status = 503
        return error_response(request, str(exc), status)

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Any) -> Response:
        return error_response(request, "There is no such page: go back to your opportunities.", 404)

    return app


def error_response(request: Request, message: str, status: int) -> Response:
    if is_htmx(request):
        return PlainTextResponse(message, status_code=status)
    page = render(request, "error.html", {"message": message}, status_code=status)
    assert isinstance(page, HTMLResponse)
    return page
