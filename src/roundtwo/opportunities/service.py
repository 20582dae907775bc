"""Creating and finding opportunities, rounds and interviewers."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from typing import TypeVar

from roundtwo import domain
from roundtwo.domain import Interviewer, Opportunity, Round, RoundFormat, RoundStatus
from roundtwo.errors import InvalidInput, NotFound
from roundtwo.store import Tx
from roundtwo.tasks import service as tasks
from roundtwo.validate import LONG_TEXT, NOTE_TEXT, clean_line, clean_list, clean_text


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or "opportunity"


def create_opportunity(
    tx: Tx,
    *,
    company: str,
    role_title: str,
    level: str = "",
    location: str = "",
    job_description: str = "",
    values: list[str] | None = None,
    notes: str = "",
) -> Opportunity:
    company = clean_line(company, "company name", required=True)
    role_title = clean_line(role_title, "role title", required=True)
    base = slugify(f"{company} {role_title}")
    taken = {o.slug for o in tx.find(Opportunity)}
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return tx.add(
        Opportunity(
            user_id=tx.user_id,
            company=company,
            role_title=role_title,
            slug=slug,
            level=clean_line(level, "level"),
            location=clean_line(location, "location"),
            job_description=clean_text(job_description, "job description", limit=LONG_TEXT),
            values=clean_list(values, "company values"),
            notes=clean_text(notes, "notes", limit=NOTE_TEXT),
        )
    )


def update_opportunity(tx: Tx, opportunity: Opportunity, **changes: object) -> Opportunity:
    for name, value in changes.items():
        if value is None:
            continue
        if name in ("company", "role_title"):
            label = "company name" if name == "company" else "role title"
            value = clean_line(str(value), label, required=True)
        elif name in ("level", "location"):
            value = clean_line(str(value), name)
        elif name == "job_description":
            value = clean_text(str(value), "job description", limit=LONG_TEXT)
        elif name == "notes":
            value = clean_text(str(value), "notes", limit=NOTE_TEXT)
        elif name == "values":
            value = clean_list(list(value), "company values")  # type: ignore[call-overload]
        else:
            raise InvalidInput(f"An opportunity has no field {name!r}.")
        setattr(opportunity, name, value)
    return tx.save(opportunity)


def list_opportunities(tx: Tx) -> list[Opportunity]:
    return sorted(tx.find(Opportunity), key=lambda o: o.updated_at, reverse=True)


def find_opportunity(tx: Tx, ref: str) -> Opportunity:
    """By id, slug, or an unambiguous start of either (or of the company name)."""
    ref = ref.strip()
    everything = tx.find(Opportunity)
    for o in everything:
        if ref in (o.id, o.slug):
            return o
    wanted = ref.casefold()
    matches = [
        o
        for o in everything
        if o.id.startswith(wanted)
        or o.slug.startswith(slugify(ref))
        or o.company.casefold().startswith(wanted)
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = ", ".join(o.slug for o in everything) or "none yet"
        raise NotFound(
            f"No opportunity matches {ref!r}. Known: {known}. "
            "List them with `roundtwo opportunity list`."
        )
    raise InvalidInput(
        f"{ref!r} matches several opportunities ({', '.join(o.slug for o in matches)}): "
        "use the full name shown by `roundtwo opportunity list`."
    )


def tx_opportunity(tx: Tx, rnd: Round) -> Opportunity:
    """The opportunity a round belongs to."""
    return tx.get(Opportunity, rnd.opportunity_id)


# Rounds -------------------------------------------------------------------------------------


def list_rounds(tx: Tx, opportunity: Opportunity) -> list[Round]:
    return tx.find(Round, order_by="number", opportunity_id=opportunity.id)


def get_round(tx: Tx, opportunity: Opportunity, number: int) -> Round:
    found = tx.first(Round, opportunity_id=opportunity.id, number=number)
    if found is None:
        have = ", ".join(str(r.number) for r in list_rounds(tx, opportunity)) or "none yet"
        raise NotFound(
            f"{opportunity.company} has no round {number} (rounds: {have}). "
            "Add it with `roundtwo round add`."
        )
    return found


E = TypeVar("E", RoundFormat, RoundStatus)


def parse_choice(enum: type[E], value: str | E, field: str) -> E:
    try:
        return enum(str(value).strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        choices = ", ".join(e.value for e in enum)
        raise InvalidInput(f"Unknown {field} {value!r}: choose one of {choices}.") from None


def add_round(
    tx: Tx,
    opportunity: Opportunity,
    *,
    number: int | None = None,
    format: str | RoundFormat = RoundFormat.VIDEO,
    status: str | RoundStatus = RoundStatus.SCHEDULED,
    scheduled_at: datetime | None = None,
    duration_minutes: int = 60,
    notes: str = "",
) -> Round:
    existing = list_rounds(tx, opportunity)
    if number is None:
        number = max((r.number for r in existing), default=0) + 1
    if not 1 <= number <= 20:
        raise InvalidInput(f"Round number {number} is out of range: use 1 to 20.")
    if any(r.number == number for r in existing):
        raise InvalidInput(
            f"Round {number} already exists for {opportunity.company}: edit it instead."
        )
    if not 5 <= duration_minutes <= 16 * 60:
        raise InvalidInput("A round lasts between 5 minutes and 16 hours: check the duration.")
    rnd = tx.add(
        Round(
            user_id=tx.user_id,
            opportunity_id=opportunity.id,
            number=number,
            format=parse_choice(RoundFormat, format, "round format"),
            status=parse_choice(RoundStatus, status, "round status"),
            scheduled_at=scheduled_at,
            duration_minutes=duration_minutes,
            notes=clean_text(notes, "notes", limit=NOTE_TEXT),
        )
    )
    if rnd.status is RoundStatus.COMPLETED:
        return complete_round(tx, rnd)
    tasks.plan_round_tasks(tx, opportunity, rnd)
    return rnd


def complete_round(tx: Tx, rnd: Round, *, ended_at: datetime | None = None) -> Round:
    """Mark a round as done; the debrief and thank-you clocks start when it ended."""
    ended_at = ended_at or domain.utcnow()
    if rnd.scheduled_at is None or rnd.ends_at is None or rnd.ends_at > ended_at:
        rnd.scheduled_at = ended_at - timedelta(minutes=rnd.duration_minutes)
    rnd.status = RoundStatus.COMPLETED
    tx.save(rnd)
    opportunity = tx.get(Opportunity, rnd.opportunity_id)
    tasks.plan_round_tasks(tx, opportunity, rnd)
    return rnd


def update_round(tx: Tx, rnd: Round, **changes: object) -> Round:
    for name, value in changes.items():
        if value is None:
            continue
        if name == "format":
            value = parse_choice(RoundFormat, str(value), "round format")
        elif name == "status":
            value = parse_choice(RoundStatus, str(value), "round status")
        elif name == "notes":
            value = clean_text(str(value), "notes", limit=NOTE_TEXT)
        elif name not in ("scheduled_at", "duration_minutes"):
            raise InvalidInput(f"A round has no field {name!r}.")
        setattr(rnd, name, value)
    tx.save(rnd)
    tasks.plan_round_tasks(tx, tx.get(Opportunity, rnd.opportunity_id), rnd)
    return rnd


# Interviewers -------------------------------------------------------------------------------


def list_interviewers(tx: Tx, opportunity: Opportunity) -> list[Interviewer]:
    found = tx.find(Interviewer, opportunity_id=opportunity.id)
    return sorted(found, key=lambda p: (p.created_at, p.name.casefold()))


def find_interviewer(tx: Tx, opportunity: Opportunity, ref: str) -> Interviewer | None:
    """By id or name (case-insensitive); None when nobody matches."""
    wanted = " ".join(ref.split()).casefold()
    for person in list_interviewers(tx, opportunity):
        if wanted in (person.id, person.name.casefold()):
            return person
    return None


def add_interviewer(
    tx: Tx,
    opportunity: Opportunity,
    *,
    name: str,
    role: str = "",
    function: str = "",
    contact: str = "",
    notes: str = "",
    rnd: Round | None = None,
) -> Interviewer:
    name = clean_line(name, "interviewer's name", required=True)
    person = find_interviewer(tx, opportunity, name)
    if person is None:
        person = tx.add(
            Interviewer(
                user_id=tx.user_id,
                opportunity_id=opportunity.id,
                name=name,
                role=clean_line(role, "interviewer's role"),
                function=clean_line(function, "interviewer's function"),
                contact=clean_line(contact, "contact"),
                notes=clean_text(notes, "notes", limit=NOTE_TEXT),
            )
        )
    if rnd is not None:
        link_interviewer(tx, rnd, person)
    return person


def update_interviewer(tx: Tx, person: Interviewer, **changes: str | None) -> Interviewer:
    for name, value in changes.items():
        if value is None:
            continue
        if name == "notes":
            setattr(person, name, clean_text(value, "notes", limit=NOTE_TEXT))
        elif name in ("name", "role", "function", "contact"):
            setattr(
                person, name, clean_line(value, f"interviewer's {name}", required=name == "name")
            )
        else:
            raise InvalidInput(f"An interviewer has no field {name!r}.")
    return tx.save(person)


def link_interviewer(tx: Tx, rnd: Round, person: Interviewer) -> None:
    if tx.first(domain.RoundInterviewer, round_id=rnd.id, interviewer_id=person.id) is None:
        tx.add(
            domain.RoundInterviewer(user_id=tx.user_id, round_id=rnd.id, interviewer_id=person.id)
        )


def round_interviewers(tx: Tx, rnd: Round) -> list[Interviewer]:
    linked = {link.interviewer_id for link in tx.find(domain.RoundInterviewer, round_id=rnd.id)}
    everyone = list_interviewers(tx, tx.get(Opportunity, rnd.opportunity_id))
    return [p for p in everyone if p.id in linked]
