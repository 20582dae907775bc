"""The curated word lists under data/analysis/ have the shape the engine expects."""

from __future__ import annotations

import json
import re

import pytest

from roundtwo.analysis import data
from roundtwo.analysis.score import GAP_CODES

PROBE_KINDS = {
    "tell_me_more", "assumption_challenge", "values_conflict", "retrospective", "ownership",
    "result", "metric", "situation",
}  # fmt: skip
WORD_LISTS = [
    "fillers", "hedges", "generic_markers", "action_verbs", "non_action_past", "outcome_verbs",
    "title_heads", "title_modifiers", "vague_impact", "we_words", "i_words", "stopwords_en",
    "count_nouns_people",
]  # fmt: skip
REGEX_LISTS = [
    "situation_cues", "task_cues", "result_markers", "practice_cues", "motivation_cues",
    "motivation_question", "behavioural_question", "practice_question", "hypothetical_question",
    "clarification_cues", "non_answer_cues", "hypothetical_cues", "method_cues",
]  # fmt: skip


@pytest.mark.parametrize("name", data.FILES)
def test_every_data_file_is_valid_json_object(name: str) -> None:
    with (data.DATA_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        assert isinstance(json.load(handle), dict)


@pytest.mark.parametrize("key", WORD_LISTS)
def test_word_lists_are_non_empty_lowercase_strings(key: str) -> None:
    words = data.load("lexicon")[key]
    assert words and all(isinstance(w, str) and w == w.lower() and w.strip() for w in words)


@pytest.mark.parametrize("key", REGEX_LISTS)
def test_pattern_lists_compile(key: str) -> None:
    patterns = data.load("lexicon")[key]
    assert patterns
    for pattern in patterns:
        re.compile(pattern)
    data.regex("lexicon", key)


def test_irregular_pasts_map_verbs_to_words() -> None:
    table = data.load("lexicon")["irregular_past"]
    assert table and all(v.isalpha() and k.isalpha() for k, v in table.items())


@pytest.mark.parametrize("key", ["scope_signals", "scope_phrases"])
def test_named_pattern_tables_compile(key: str) -> None:
    table = data.load("lexicon")[key]
    assert table and all(isinstance(v, list) and v for v in table.values())
    assert len(data.named_regexes("lexicon", key)) == len(table)


def test_scope_signals_cover_every_level_above_junior() -> None:
    assert set(data.load("lexicon")["scope_signals"]) == {"mid", "senior", "staff"}


def test_screen_has_terminate_and_redirect_categories() -> None:
    screen = data.load("screen")
    assert set(screen["terminate"]) >= {"insult", "threat", "harassment"}
    assert set(screen["redirect"]) >= {
        "ignore_instructions", "reveal_prompt", "role_swap", "fake_system", "dictate_verdict",
        "off_topic",
    }  # fmt: skip
    for section in ("terminate", "redirect"):
        assert len(data.named_regexes("screen", section)) == len(screen[section])
    assert all(v.isalpha() for v in screen["quote_verbs"])


def test_probe_templates_cover_every_kind() -> None:
    probes = data.load("probes")["probes"]
    assert set(probes) == PROBE_KINDS
    for options in probes.values():
        assert len(options) >= 2
        for option in options:
            assert set(option) == {"question", "why"}
            assert option["question"].strip() and option["why"].strip()
    assert all("{quote}" in o["question"] for o in probes["assumption_challenge"])


def test_every_gap_has_plain_words() -> None:
    gaps = data.load("feedback")["gaps"]
    assert set(GAP_CODES) <= set(gaps)
    assert all(isinstance(text, str) and len(text) > 20 for text in gaps.values())
