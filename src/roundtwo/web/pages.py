"""Opportunities, rounds, interviewers, tasks, and your data as a whole."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from roundtwo import clock, domain
from roundtwo.archive import service as archive
from roundtwo.demo.service import load_demo
from roundtwo.domain import Opportunity, RoundFormat, Task
from roundtwo.errors import NotFound
from roundtwo.opportunities import service as opportunities
from roundtwo.steps.service import next_steps
from roundtwo.tasks import service as tasks
from roundtwo.web import dashboard, mock_view
from roundtwo.web.render import go, render, store_of

router = APIRouter()
Text = Annotated[str, Form()]


def split_values(text: str) -> list[str]:
    return [v.strip() for v in re.split(r"[\n,;]", text) if v.strip()]


@router.get("/")
def home(request: Request) -> Response:
    now = domain.utcnow()
    with store_of(request).transaction() as tx:
        items = []
        for o in opportunities.list_opportunities(tx):
            steps = dashboard.shown(next_steps(tx, o, now))
            items.append({"o": o, "next": steps[0] if steps else None})
    return render(request, "home.html", {"items": items})


@router.post("/demo")
def demo(request: Request) -> Response:
    with store_of(request).transaction() as tx:
        opportunity, _ = load_demo(tx)
    return go(request, f"/o/{opportunity.id}")


@router.post("/opportunities")
def create_opportunity(
    request: Request,
    company: Text = "",
    role_title: Text = "",
    level: Text = "",
    location: Text = "",
    values: Text = "",
    job_description: Text = "",
) -> Response:
    with store_of(request).transaction() as tx:
        o = opportunities.create_opportunity(
            tx,
            company=company,
            role_title=role_title,
            level=level,
            location=location,
            values=split_values(values),
            job_description=job_description,
        )
    return go(request, f"/o/{o.id}")


def _opportunity(tx: object, oid: str) -> Opportunity:
    from roundtwo.store import Tx

    assert isinstance(tx, Tx)
    found = tx.first(Opportunity, id=oid)
    if found is None:
        raise NotFound("There is no such opportunity: go back to your list of opportunities.")
    return found


@router.get("/o/{oid}")
def opportunity_page(request: Request, oid: str) -> Response:
    now = domain.utcnow()
    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        context = {
            "o": o,
            "rounds": opportunities.list_rounds(tx, o),
            "people": opportunities.list_interviewers(tx, o),
            "todo": tasks.open_tasks(tx, o),
            "steps": dashboard.shown(next_steps(tx, o, now)),
            **mock_view.section(tx, o),
            "formats": list(RoundFormat),
            "now": now,
            "time_left": tasks.describe_time_left,
        }
    return render(request, "opportunity.html", context)


@router.post("/o/{oid}/edit")
def edit_opportunity(
    request: Request,
    oid: str,
    company: Text = "",
    role_title: Text = "",
    level: Text = "",
    location: Text = "",
    values: Text = "",
    job_description: Text = "",
    notes: Text = "",
) -> Response:
    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        opportunities.update_opportunity(
            tx,
            o,
            company=company,
            role_title=role_title,
            level=level,
            location=location,
            values=split_values(values),
            job_description=job_description,
            notes=notes,
        )
    return go(request, f"/o/{oid}")


@router.post("/o/{oid}/rounds")
def add_round(
    request: Request,
    oid: str,
    when: Text = "",
    format: Text = "video",
    duration_minutes: Annotated[int, Form()] = 60,
    happened: Text = "",
) -> Response:
    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        r = opportunities.add_round(
            tx,
            o,
            format=format,
            scheduled_at=clock.parse_when(when, "round's start"),
            duration_minutes=duration_minutes,
            status="completed" if happened else "scheduled",
        )
    return go(request, f"/o/{oid}/rounds/{r.number}" if happened else f"/o/{oid}")


@router.post("/o/{oid}/rounds/{number}/done")
def round_done(request: Request, oid: str, number: int) -> Response:
    with store_of(request).transaction() as tx:
        r = opportunities.get_round(tx, _opportunity(tx, oid), number)
        opportunities.complete_round(tx, r)
    return go(request, f"/o/{oid}/rounds/{number}")


@router.post("/o/{oid}/interviewers")
def add_interviewer(
    request: Request,
    oid: str,
    name: Text = "",
    role: Text = "",
    function: Text = "",
    contact: Text = "",
    notes: Text = "",
) -> Response:
    with store_of(request).transaction() as tx:
        o = _opportunity(tx, oid)
        opportunities.add_interviewer(
            tx, o, name=name, role=role, function=function, contact=contact, notes=notes
        )
    return go(request, f"/o/{oid}#interviewers")


@router.post("/o/{oid}/tasks")
def add_task(request: Request, oid: str, title: Text = "", due: Text = "") -> Response:
    with store_of(request).transaction() as tx:
        tasks.add_task(tx, _opportunity(tx, oid), title, clock.parse_when(due, "due time"))
    return go(request, f"/o/{oid}#tasks")


@router.post("/tasks/{tid}/done")
def task_done(request: Request, tid: str) -> Response:
    with store_of(request).transaction() as tx:
        task = tx.get(Task, tid)
        tasks.set_done(tx, task, task.is_open)
    return go(request, f"/o/{task.opportunity_id}#tasks")


@router.get("/data")
def data_page(request: Request) -> Response:
    return render(request, "data.html", {})


@router.get("/export")
def export(request: Request) -> Response:
    with store_of(request).transaction() as tx:
        text = archive.dumps(archive.export_document(tx))
    stamp = domain.utcnow().strftime("%Y%m%d-%H%M")
    return Response(
        text,
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="roundtwo-export-{stamp}.json"'},
    )


@router.post("/import")
def import_(request: Request, file: Annotated[UploadFile, File()]) -> Response:
    document = archive.load_document(file.file.read(archive.MAX_IMPORT_BYTES + 1))
    with store_of(request).transaction() as tx:
        report = archive.import_document(tx, document)
    return render(request, "data.html", {"report": report.summary()})
