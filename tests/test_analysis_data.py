"""The curated word lists under data/analysis/ have the shape the engine expects."""

from __future__ import annotations

import json
import re

import pytest

from roundtwo.analysis import data, lexicon
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


def test_irregular_verbs_map_a_base_to_its_forms() -> None:
    table = {k: v for k, v in data.load("lexicon")["irregular_verbs"].items() if k[0] != "_"}
    assert table and all(k.isalpha() and forms for k, forms in table.items())
    assert all(
        isinstance(f, str) and f.replace("'", "").isalpha() for v in table.values() for f in v
    )
    assert lexicon.PAST["lead"] == "led" and lexicon.IRREGULAR["led"] == "lead"


@pytest.mark.parametrize(
    "name",
    [
        "STOP",
        "VERBS",
        "NOT_VERBS",
        "CHANGE_VERBS",
        "LINK_VERBS",
        "GENERIC_PEOPLE",
        "PEOPLE_ROLES",
        "SALARY_WORDS",
    ],
)
def test_lexicon_word_sets_are_lower_case_words(name: str) -> None:
    words = getattr(lexicon, name)
    assert words and all(w == w.lower() and w.strip() == w for w in words)


@pytest.mark.parametrize(
    "name", ["VERB_CLASS", "VERB_MEASURES", "CONTAINERS", "QUALIFIERS", "SYNONYMS"]
)
def test_lexicon_tables_map_words_to_words(name: str) -> None:
    table = getattr(lexicon, name)
    assert table and all(k == k.lower() and v and isinstance(v, str) for k, v in table.items())


@pytest.mark.parametrize(
    "name", ["EXPECTATION_CUES", "CURRENT_CUES", "START_MARKERS", "TAIL_MARKERS", "END_MARKERS"]
)
def test_lexicon_cue_patterns_compile(name: str) -> None:
    assert re.compile(getattr(lexicon, name))


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


def test_the_shared_word_boundary_changes_nothing_that_matches() -> None:
    import re

    from roundtwo.analysis.data import alternation

    patterns = [r"\bfoo", r"\bbar|\bbaz\b", r"x|\by", r"\b(?:a|b)c", r"[|(]\bq", r"\b[]|]z"]
    hoisted = re.compile(alternation(patterns))
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    texts = ["foo", "afoo", "bar baz", "xbaz", "y", "ay", "ac bc", "|q", "]z |z", "(q", "nothing"]
    for text in texts:
        assert [m.span() for m in hoisted.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
    assert alternation([r"\bfoo", r"\bbar"]).startswith(r"\b(?:")
