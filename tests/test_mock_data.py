"""The mock interviewer's data files (data/mock/personas.json, templates.json) have the shape
the code expects: every persona, category, probe kind, wrap-up cause, hint beat, dimension."""

from __future__ import annotations

import json
import string

import pytest

from roundtwo.mock import coach, data
from roundtwo.mock.director import WRAP_CAUSES
from roundtwo.mock.state import CATEGORIES, DIMENSIONS, FOLLOW_UP_KINDS, PROBE_KINDS

FUNCTIONS = {"product", "engineering", "hr", "leadership", "business"}
SLOTS = {
    "openings": {
        "exchange",
        "quote",
        "interviewer",
        "subject",
        "value",
        "role",
        "keyword",
        "company",
        "team",
    },
    "probes": {"quote", "value", "question", "when", "earlier", "now", "earlier_quote"},
    "wrap_up": set(),
    "hint": {"story", "fact"},
}


def slots_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def strings(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


@pytest.mark.parametrize("name", data.FILES)
def test_every_file_is_a_json_object_with_schema_1(name: str) -> None:
    with (data.DATA_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        loaded = json.load(handle)
    assert isinstance(loaded, dict) and loaded["schema"] == 1


def test_personas_have_every_field_and_sane_values() -> None:
    raw = data.load("personas")
    ids = [p["id"] for p in raw["personas"]]
    assert len(ids) >= 5 and len(set(ids)) == len(ids) and raw["default"] in ids
    for p in raw["personas"]:
        for key in ("name", "title", "style", "tone", "function", "concern"):
            assert isinstance(p[key], str) and p[key].strip(), (p["id"], key)
        assert 3 <= p["appetite"] <= 5, p["id"]
        assert p["function"] in FUNCTIONS, p["id"]
        assert set(p["weights"]) == set(DIMENSIONS), p["id"]
        assert all(w > 0 for w in p["weights"].values()), p["id"]
        assert set(p["prefers"]) <= set(PROBE_KINDS), p["id"]
        assert set(p["categories"]) <= set(CATEGORIES), p["id"]
        assert strings(p["priorities"]), p["id"]
        for key in ("greetings", "lead_ins", "openers"):
            assert strings(p["phrasing"][key]), (p["id"], key)


def test_the_personas_cover_the_styles_the_product_names() -> None:
    styles = {p.style for p in data.personas().values()}
    assert {"direct", "conversational", "technical", "behavioural", "skeptic"} <= styles
    assert "hr_partner" in styles


def test_each_function_weighs_its_own_concern_highest() -> None:
    by_function = {p.function: p for p in data.personas().values()}

    def top(function: str) -> set[str]:
        weights = by_function[function].weights
        return {d for d, w in weights.items() if w == max(weights.values())}

    assert "results" in top("product")  # customer impact
    assert top("engineering") & {"specificity", "depth"}  # rigour
    assert "communication" in top("hr")  # collaboration and communication


def test_every_category_has_opening_questions_with_known_slots() -> None:
    openings = data.load("templates")["openings"]
    assert set(openings) == set(CATEGORIES)
    for category, variants in openings.items():
        assert strings(variants) and len(variants) >= 3, category
        assert any(not slots_of(v) - {"value"} for v in variants) or category in (
            "weak_moment",
            "pushed_back",
            "ledger_recheck",
            "culture_values",
        ), category
        for variant in variants:
            assert slots_of(variant) <= SLOTS["openings"], variant


def test_every_follow_up_kind_has_default_phrasings_and_known_tones() -> None:
    probes = data.load("templates")["probes"]
    tones = {p.tone for p in data.personas().values()} | {"default"}
    assert set(probes) == set(FOLLOW_UP_KINDS)
    for kind, by_tone in probes.items():
        assert (strings(by_tone["default"]) and len(by_tone["default"]) >= 3) or kind in (
            "situation",
            "clarify",
        ), kind
        assert set(by_tone) <= tones, kind
        for variants in by_tone.values():
            assert strings(variants)
            for variant in variants:
                assert slots_of(variant) <= SLOTS["probes"], variant
                assert variant.strip().endswith(("?", ".", "}")), variant
    # a slot-free variant always exists, so a probe can be phrased without its quote or value
    for kind in PROBE_KINDS:
        assert any(not slots_of(v) for v in probes[kind]["default"]), kind


def test_category_specific_probes_use_known_kinds() -> None:
    special = data.load("templates")["probes_by_category"]
    assert set(special) <= set(CATEGORIES)
    for by_kind in special.values():
        assert set(by_kind) <= set(PROBE_KINDS)
        assert all(strings(v) for v in by_kind.values())


def test_every_wrap_up_cause_has_a_closing_line() -> None:
    wrap = data.load("templates")["wrap_up"]
    assert set(wrap) == set(WRAP_CAUSES)
    for cause, by_tone in wrap.items():
        assert strings(by_tone["default"]), cause
        assert all(not slots_of(v) for v in by_tone["default"]), cause


def test_every_hint_beat_the_coach_uses_exists_and_reads_as_coaching() -> None:
    hints = data.load("templates")["hint"]
    used = set(coach.STAR_BEATS) | set(coach.PROBE_BEATS.values())
    used |= set(coach.CATEGORY_BEATS.values()) | {"start", "quantify", "ownership", "trim"}
    assert used <= set(hints["beats"])
    for beat, variants in hints["beats"].items():
        assert strings(variants), beat
        for text in variants:
            assert " I " not in f" {text} " and len(text.split()) < 30, text
    assert all("{story}" in v for v in hints["story"])
    assert all("{fact}" in v for v in hints["fact"])


def test_every_dimension_has_a_gap_and_notes_both_ways() -> None:
    feedback = data.load("templates")["feedback"]
    assert set(feedback) == set(DIMENSIONS)
    for dimension, entry in feedback.items():
        assert isinstance(entry["gap"], str) and entry["gap"].strip(), dimension
        assert strings(entry["well"]) and strings(entry["improve"]), dimension
