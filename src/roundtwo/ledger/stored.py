"""Between the pure ledger and the store: a :class:`StatedFact` as the fields of a ledger entry, and
a stored entry back as a :class:`StatedFact` the checks can compare — without reading the answer
again, so an entry whose words were edited away (a locked or retracted one) still counts.

Pure functions over the domain objects: nothing here opens the store.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from roundtwo.analysis.entities import Entity
from roundtwo.analysis.subjects import Subject
from roundtwo.domain import LedgerEntry, LedgerStatus
from roundtwo.errors import InvalidInput
from roundtwo.ledger.statements import StatedFact

SUBJECT_LIMIT = 500
VALUE_LIMIT = 200
# The status a stored entry takes in the pure checks: a corrected value is the user's own
# number, so it wins like a locked one.
CHECK_STATUS = {
    LedgerStatus.ACTIVE: "active",
    LedgerStatus.LOCKED: "locked",
    LedgerStatus.CORRECTED: "locked",
    LedgerStatus.RETRACTED: "retracted",
}


def plain(value: float | str | None) -> str:
    """A value as text: 5.0 → "5", 0.125 → "0.125", "2023-Q2" as is."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


def value_text(fact: StatedFact) -> str:
    """The normalised value as text: "5", "1200000", "85000–95000"."""
    if fact.low is not None and fact.high is not None:
        return f"{plain(fact.low)}–{plain(fact.high)}"[:VALUE_LIMIT]
    return plain(fact.value)[:VALUE_LIMIT]


def subject_text(fact: StatedFact) -> str:
    """What the fact measures, tied to where: "team size at Northwind". Salary figures are
    about the candidate, whatever company the answer was about."""
    label = fact.label
    if fact.subject is not None and fact.subject.head == "salary":
        return label
    return f"{label} {fact.entity.where()}".strip()[:SUBJECT_LIMIT]


def salary_of(fact: StatedFact) -> str:
    """ "expectation", "current" or "" (not a salary figure)."""
    if fact.subject is None or fact.subject.head != "salary":
        return ""
    return dict(fact.subject.quals).get("salary", "expectation")


def entry_fields(fact: StatedFact) -> dict[str, Any]:
    """The fields of a :class:`LedgerEntry` that come from ``fact`` (not where it was said)."""
    subject = fact.subject
    return {
        "subject": subject_text(fact),
        "kind": fact.kind,
        "value": value_text(fact),
        "text": fact.text,
        "quote": fact.quote,
        "unit": fact.unit or "",
        "approximate": fact.approximate,
        "claim_index": fact.index,
        "start": fact.start,
        "end": fact.end,
        "salary": salary_of(fact),
        "data": {
            "entity": fact.entity.label(),
            "subject_label": fact.subject_label,
            "low": fact.low,
            "high": fact.high,
            "phase": fact.phase or "level",
            "when": fact.when,
            "pay": dict(subject.quals).get("pay", "") if subject is not None else "",
            "period": subject.period if subject is not None else "",
            "fact": {
                "value": fact.value,
                "unit": fact.unit,
                "low": fact.low,
                "high": fact.high,
                "factor": fact.factor,
                "phase": fact.phase,
                "when": fact.when,
                "partner": fact.partner,
                "about": fact.about,
                "stance": fact.stance,
                "salary": fact.salary,
                "part_of": fact.part_of,
                "complement": fact.complement,
                "context": sorted(fact.context),
                "subject": None if subject is None else _subject_json(subject),
                "entity": _entity_json(fact.entity),
            },
        },
    }


def _subject_json(subject: Subject) -> dict[str, Any]:
    return {
        "kind": subject.kind,
        "head": subject.head,
        "mods": sorted(subject.mods),
        "quals": [list(q) for q in subject.quals],
        "container": subject.container,
        "verb": subject.verb,
        "period": subject.period,
        "unit": subject.unit,
        "sole_people": subject.sole_people,
        "phrase": subject.phrase,
        "verb_said": subject.verb_said,
        "caption": subject.caption,
    }


def _entity_json(entity: Entity) -> dict[str, str]:
    return {
        "company": entity.company,
        "team": entity.team,
        "project": entity.project,
        "site": entity.site,
    }


def _subject_of(raw: Any) -> Subject | None:
    if not isinstance(raw, dict):
        return None
    try:
        return Subject(
            kind=str(raw["kind"]),
            head=str(raw["head"]),
            mods=frozenset(str(m) for m in raw.get("mods", [])),
            quals=tuple((str(a), str(b)) for a, b in raw.get("quals", [])),
            container=str(raw.get("container", "")),
            verb=str(raw.get("verb", "")),
            period=str(raw.get("period", "")),
            unit=str(raw.get("unit", "")),
            sole_people=bool(raw.get("sole_people", True)),
            phrase=str(raw.get("phrase", "")),
            verb_said=str(raw.get("verb_said", "")),
            caption=str(raw.get("caption", "")),
        )
    except (KeyError, TypeError, ValueError):
        return None  # an entry from an older or hand-edited export: kept, never compared


def _index(raw: Any) -> int | None:
    return raw if isinstance(raw, int) and not isinstance(raw, bool) else None


def _number(raw: Any) -> float | None:
    return float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else None


def fact_of(
    entry: LedgerEntry, statement_id: str, index: int, round: int | None, interviewer: str
) -> StatedFact:
    """The entry as a fact for the pure checks; a corrected entry carries its corrected value."""
    raw = entry.data.get("fact") if isinstance(entry.data.get("fact"), dict) else {}
    assert isinstance(raw, dict)
    entity_raw = raw.get("entity") if isinstance(raw.get("entity"), dict) else {}
    assert isinstance(entity_raw, dict)
    value: float | str = raw.get("value", entry.value)
    if not isinstance(value, int | float | str) or isinstance(value, bool):
        value = entry.value
    fact = StatedFact(
        statement_id=statement_id,
        index=index,
        round=round,
        interviewer=interviewer,
        salary=str(raw.get("salary", entry.salary or "")),
        part_of=_index(raw.get("part_of")),
        complement=bool(raw.get("complement", False)),
        context=frozenset(str(w) for w in raw.get("context", []) if isinstance(w, str)),
        about=str(raw.get("about", "")),
        stance=str(raw.get("stance", "")),
        text=entry.text,
        start=entry.start,
        end=entry.end,
        kind=entry.kind,
        value=float(value) if isinstance(value, int) else value,
        unit=raw.get("unit") if isinstance(raw.get("unit"), str) else (entry.unit or None),
        approximate=entry.approximate,
        low=_number(raw.get("low")),
        high=_number(raw.get("high")),
        factor=_number(raw.get("factor")) or 1.0,
        subject=_subject_of(raw.get("subject")),
        entity=Entity(**{k: str(entity_raw.get(k, "")) for k in _entity_json(Entity())}),
        phase=str(raw.get("phase", "")),
        when=str(raw.get("when", "")),
        partner=_number(raw.get("partner")),
        quote=entry.quote,
        status=CHECK_STATUS[entry.status],
    )
    corrected = entry.data.get("corrected")
    if entry.status is LedgerStatus.CORRECTED and isinstance(corrected, dict):
        fact = replace(
            fact,
            text=entry.correction or fact.text,
            value=corrected.get("value", fact.value),
            low=_number(corrected.get("low")),
            high=_number(corrected.get("high")),
            factor=_number(corrected.get("factor")) or fact.factor,
            approximate=bool(corrected.get("approximate", False)),
        )
    return fact


def read_correction(entry: LedgerEntry, said: str) -> dict[str, Any]:
    """The corrected value the user typed ("6", "six engineers", "$120k", "18 months",
    "2021"), read like the original claim; InvalidInput when it cannot be read as one."""
    from roundtwo.analysis.claims import extract_claims

    text = " ".join(said.split())
    if not text:
        raise InvalidInput("The corrected value is empty: type the right figure, e.g. '6'.")
    if len(text) > VALUE_LIMIT:
        raise InvalidInput(
            f"The corrected value is {len(text):,} characters long: give just the figure "
            f"(at most {VALUE_LIMIT})."
        )
    if entry.kind in ("title", "scope"):
        return {"value": text.lower(), "low": None, "high": None, "approximate": False}
    kinds = {entry.kind, "count"} if entry.kind in ("money", "rate") else {entry.kind}
    attempts = [text]
    if entry.unit and entry.kind in ("count", "rate"):
        attempts.append(f"{text} {entry.unit}")
    for attempt in attempts:
        for claim in extract_claims(attempt):
            if claim.kind not in kinds:
                continue
            values = [claim.value, claim.low, claim.high]
            if any(isinstance(v, float) and not math.isfinite(v) for v in values):
                continue
            return {
                "value": claim.value,
                "low": claim.low,
                "high": claim.high,
                "factor": claim.factor,
                "approximate": claim.approximate,
            }
    example = {
        "duration": "'18 months'",
        "date": "'2021' or 'Q2 2023'",
        "money": "'$120k'",
        "percent": "'45%'",
    }.get(entry.kind, "'6'")
    raise InvalidInput(
        f"Cannot read {text!r} as a {entry.kind}: write the figure as you would say it, "
        f"e.g. {example}."
    )


def corrected_value_text(corrected: dict[str, Any]) -> str:
    low, high = corrected.get("low"), corrected.get("high")
    if isinstance(low, int | float) and isinstance(high, int | float):
        return f"{plain(low)}–{plain(high)}"[:VALUE_LIMIT]
    value = corrected.get("value")
    return plain(value if isinstance(value, int | float | str) else None)[:VALUE_LIMIT]
