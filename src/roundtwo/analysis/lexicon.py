"""The reader's word tables — verbs and their classes, people nouns, containers, qualifier
families, synonyms, salary cues, time markers and the one stop list — read from the one
lexicon (``data/analysis/lexicon.json``) on first use. Grammar, not curated knowledge: small
and closed; the schema test in tests/test_analysis_data.py keeps its shape.

The tables are module attributes (``from roundtwo.analysis.lexicon import VERBS``); the file
is read when the first of them is asked for, never at import of the package.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from roundtwo.analysis import data

IRREGULAR: dict[str, str]  # any irregular form → its base ("led" → "lead")
PAST: dict[str, str]  # base → simple past ("lead" → "led")
STOP: frozenset[str]
VERBS: frozenset[str]
NOT_VERBS: frozenset[str]
VERB_CLASS: dict[str, str]
CHANGE_VERBS: frozenset[str]
LINK_VERBS: frozenset[str]
VERB_MEASURES: dict[str, str]
GENERIC_PEOPLE: frozenset[str]
PEOPLE_ROLES: frozenset[str]
CONTAINERS: dict[str, str]
QUALIFIERS: dict[str, str]
SYNONYMS: dict[str, str]
EQUIVALENTS: dict[str, str]  # heads that measure one thing, kept in the user's words for labels
EXPECTATION_CUES: str
CURRENT_CUES: str
SALARY_WORDS: frozenset[str]
START_MARKERS: str
TAIL_MARKERS: str
END_MARKERS: str

_SETS = {
    "STOP": "stop_words",
    "VERBS": "fact_verbs",
    "NOT_VERBS": "not_verbs",
    "CHANGE_VERBS": "change_verbs",
    "LINK_VERBS": "link_verbs",
    "GENERIC_PEOPLE": "generic_people",
    "PEOPLE_ROLES": "people_roles",
    "SALARY_WORDS": "salary_words",
}
_MAPS = {
    "VERB_CLASS": "verb_classes",
    "VERB_MEASURES": "verb_measures",
    "CONTAINERS": "containers",
    "QUALIFIERS": "qualifiers",
    "SYNONYMS": "synonyms",
    "EQUIVALENTS": "equivalents",
}
_PATTERNS = {
    "EXPECTATION_CUES": "salary_expectation_cues",
    "CURRENT_CUES": "salary_current_cues",
    "START_MARKERS": "start_markers",
    "TAIL_MARKERS": "tail_markers",
    "END_MARKERS": "end_markers",
}


@cache
def _table(name: str) -> Any:
    raw = data.load("lexicon")
    if name in _SETS:
        return frozenset(str(w) for w in raw[_SETS[name]])
    if name in _MAPS:
        return {str(k): str(v) for k, v in raw[_MAPS[name]].items() if not k.startswith("_")}
    if name in _PATTERNS:
        return "|".join(f"(?:{p})" for p in raw[_PATTERNS[name]])
    forms: dict[str, list[str]] = {
        k: v for k, v in raw["irregular_verbs"].items() if not k.startswith("_")
    }
    if name == "PAST":
        return {base: said[0] for base, said in forms.items() if said}
    if name == "IRREGULAR":
        return {form: base for base, said in forms.items() for form in said}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def simple_past(word: str) -> bool:
    """Is ``word`` a verb in the simple past: regular ("rebuilt" no, "reorganised" yes) or one
    of the lexicon's irregular pasts ("cut", "led", "wrote")?"""
    if word.endswith("ed") and len(word) >= 4:
        return len(word) > 4 or word in ("used", "owed", "aged", "eyed", "iced", "axed")
    return word in _past_forms()


@cache
def _past_forms() -> frozenset[str]:
    return frozenset(_table("PAST").values())


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    return _table(name)
