"""The web app through the in-process ASGI client: pages, autosave, errors, escaping."""

from __future__ import annotations

import re

from helpers import WebClient
from roundtwo.debrief import service as debrief
from roundtwo.domain import Exchange, Opportunity
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Store

HX = {"HX-Request": "true"}


def _make(client: WebClient, **fields: str) -> str:
    data = {"company": "Northwind", "role_title": "Backend Engineer", **fields}
    response = client.post("/opportunities", data=data, headers=HX)
    assert response.status_code == 204, response.text
    location = response.headers["HX-Redirect"]
    assert re.fullmatch(r"/o/[0-9a-f]{16}", location)
    return location


def _new_exchange(client: WebClient, url: str) -> str:
    """A blank exchange added to round one of ``url``; its id."""
    fragment = client.post(f"{url}/rounds/1/exchanges", headers=HX)
    assert fragment.status_code == 200 and 'class="exchange card"' in fragment.text
    found = re.search(r'data-id="([0-9a-f]{16})"', fragment.text)
    assert found is not None
    return found[1]


def test_empty_home_offers_the_demo_and_a_form(web: tuple[WebClient, Store]) -> None:
    client, _ = web
    page = client.get("/").text
    assert "loads a demo" in page and 'name="company"' in page
    assert "stays on this machine" in page


def test_demo_in_one_click(web: tuple[WebClient, Store]) -> None:
    client, _ = web
    response = client.post("/demo", follow_redirects=True)
    assert "Northwind Payments" in response.text and "What to do next" in response.text
    debrief_page = client.get(response.url.path + "/rounds/1").text
    assert debrief_page.count('class="exchange card"') == 6


def test_create_opportunity_round_and_debrief(web: tuple[WebClient, Store]) -> None:
    client, store = web
    url = _make(client, values="Own it\nCustomers first")
    page = client.get(url).text
    assert "Add round one" in page
    response = client.post(
        f"{url}/rounds",
        data={"format": "video", "happened": "1", "duration_minutes": "60"},
        headers=HX,
    )
    assert response.headers["HX-Redirect"] == f"{url}/rounds/1"
    page = client.get(f"{url}/rounds/1").text
    assert "Debrief" in page and re.search(r"due in 2[34] h", page)
    exchange_id = _new_exchange(client, url)
    saved = client.post(
        f"/exchanges/{exchange_id}",
        data={
            "question": "Why us?",
            "answer": "Payouts for 40,000 merchants.",
            "self_rating": "okay",
            "weak_moment": "1",
        },
        headers=HX,
    )
    assert saved.status_code == 200  # the answer's analysis, swapped in beside it
    assert '<mark class="claim count"' in saved.text and "40,000" in saved.text
    with store.transaction() as tx:
        e = tx.get(Exchange, exchange_id)
    assert (e.question, e.answer, e.weak_moment, e.pushed_back) == (
        "Why us?",
        "Payouts for 40,000 merchants.",
        True,
        False,
    )
    assert "Payouts for 40,000 merchants." in client.get(f"{url}/rounds/1").text


def test_an_answer_to_another_question_is_named_off_topic(web: tuple[WebClient, Store]) -> None:
    client, _ = web
    url = _make(client)
    client.post(f"{url}/rounds", data={"format": "video", "happened": "1"}, headers=HX)
    exchange_id = _new_exchange(client, url)
    saved = client.post(
        f"/exchanges/{exchange_id}",
        data={
            "question": "Tell me about a time you disagreed with your manager.",
            "answer": "Last year our billing system moved to Stripe. I led the migration: I "
            "mapped 40 edge cases and ran a two-week parallel run. Failed invoices went from 3% "
            "to 0.4% and we finished a week early.",
        },
        headers=HX,
    )
    assert "Off topic:" in saved.text and "never shows a disagreement" in saved.text
    assert "asked for a story" in saved.text and "2/5" in saved.text
    fact = client.post(
        f"/exchanges/{exchange_id}",
        data={"question": "How big was the team?", "answer": "Nine of us, including me."},
        headers=HX,
    )
    assert "asked for a fact" in fact.text and "Off topic" not in fact.text
    assert 'aria-label="STAR coverage"' not in fact.text  # STAR is for stories


def test_html_and_script_are_escaped_everywhere(web: tuple[WebClient, Store]) -> None:
    client, store = web
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    url = _make(client, company=evil, role_title=evil, location=evil, values=evil)
    client.post(f"{url}/interviewers", data={"name": evil, "notes": evil}, headers=HX)
    client.post(f"{url}/rounds", data={"happened": "1"}, headers=HX)
    with store.transaction() as tx:
        o = tx.find(Opportunity)[0]
        r = opportunities.get_round(tx, o, 1)
        debrief.add_exchange(tx, r, question=evil, answer=evil, notes=evil)
    for path in ("/", url, f"{url}/rounds/1"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;" in page


def test_mistakes_come_back_as_one_line_and_keep_the_form(web: tuple[WebClient, Store]) -> None:
    client, _ = web
    response = client.post("/opportunities", data={"company": " ", "role_title": "x"}, headers=HX)
    assert response.status_code == 400
    assert response.text == "The company name is empty: type it in and try again."
    plain = client.post("/opportunities", data={"company": "", "role_title": "x"})
    assert plain.status_code == 400 and "Go back" in plain.text
    url = _make(client)
    bad = client.post(f"{url}/rounds", data={"when": "tomorrowish"}, headers=HX)
    assert bad.status_code == 400 and "YYYY-MM-DD HH:MM" in bad.text


def test_unknown_pages_say_where_to_go(web: tuple[WebClient, Store]) -> None:
    client, _ = web
    assert client.get("/o/doesnotexist").status_code == 404
    assert "your opportunities" in client.get("/nowhere").text
    assert client.post("/exchanges/nope", data={}, headers=HX).status_code == 404


def test_writes_from_another_site_are_refused(web: tuple[WebClient, Store]) -> None:
    client, _ = web
    response = client.post("/demo", headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert client.post("/demo", headers={"Origin": "http://testserver"}).status_code == 303


def test_export_download_and_import_upload(web: tuple[WebClient, Store]) -> None:
    client, _ = web
    client.post("/demo")
    exported = client.get("/export")
    assert exported.headers["content-disposition"].startswith("attachment")
    again = client.post("/import", files={"file": ("export.json", exported.content)})
    assert "0 added" in again.text
    broken = client.post("/import", files={"file": ("x.json", b"{not json")})
    assert broken.status_code == 409 and "not valid JSON" in broken.text


def test_tasks_tick_off(web: tuple[WebClient, Store]) -> None:
    client, _ = web
    url = _make(client)
    client.post(
        f"{url}/tasks", data={"title": "Send the portfolio", "due": "2030-01-02T09:00"}, headers=HX
    )
    page = client.get(url).text
    task_id = re.search(r"/tasks/([0-9a-f]{16})/done", page)
    assert task_id is not None and "Send the portfolio" in page
    client.post(f"/tasks/{task_id[1]}/done", headers=HX)
    assert "Send the portfolio" not in client.get(url).text


def test_only_a_round_whose_time_has_come_offers_it_happened(
    web: tuple[WebClient, Store],
) -> None:
    from datetime import timedelta

    from roundtwo.domain import utcnow

    client, store = web
    with store.transaction() as tx:
        o = opportunities.create_opportunity(tx, company="Northwind", role_title="Engineer")
        opportunities.add_round(tx, o, scheduled_at=utcnow() - timedelta(hours=2))
        opportunities.add_round(tx, o, scheduled_at=utcnow() + timedelta(days=3))
    page = client.get(f"/o/{o.id}").text
    assert page.count("It happened") == 1
    assert f"/o/{o.id}/rounds/1/done" in page and f"/o/{o.id}/rounds/2/done" not in page
