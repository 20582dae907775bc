"""When two stated values agree: the tolerance policy.

- Exact values must match after normalisation ("five" = 5, "$1.2M" = 1.2 million dollars,
  "18 months" = "a year and a half").
- Durations said in different units agree within 10% ("a month" / "four weeks",
  "three months" / "90 days"): calendars do not divide evenly.
- An approximate value ("about 40", "roughly $2M", "around 30%") stands for ±15% of itself
  (at least ±1 for counts and ±1 point for percentages); an approximate salary for ±5% (a
  salary is an anchor: "targeting 165–175k" then "around 150k" is a lower ask).
- A bound reads as a one-sided interval: "more than 40" / "over 40" is 40 to 60; "under 40",
  "up to 40", "nearly 40" is 34 to 40.
- A range ("between 30 and 50", "85 to 95k") is everything inside it.
- Two values agree when their intervals overlap.
- Dates agree when the periods they name overlap: "Q2 2023" holds "May 2023"; "2023" holds
  both; an approximate date ("early 2023", "around 2019") widens by six months or a year.
- Titles and other words agree when they are the same words.
"""

from __future__ import annotations

import re
from typing import Protocol

from roundtwo.analysis.dates import date_span
from roundtwo.analysis.precompiled import compiled

APPROXIMATE = 0.15
# A pay figure is an anchor, not an estimate: "around 150k" after "165 to 175k" is a new
# number, so "around" widens pay by 5% only.
SALARY_APPROXIMATE = 0.05
UNIT_SLACK = 0.10
FLOOR = {"count": 1.0, "percent": 1.0}
_LOWER_BOUND = compiled(
    r"^(?:more\s+than|over|at\s+least|upwards\s+of|north\s+of|well\s+over|just\s+over|"
    r"in\s+excess\s+of|\d[\d.,]*\s*\+|.*\+$)",
    re.IGNORECASE,
)
_UPPER_BOUND = compiled(
    r"^(?:less\s+than|under|fewer\s+than|up\s+to|shy\s+of|just\s+under|nearly|almost|"
    r"close\s+to|approaching)\b",
    re.IGNORECASE,
)


class Valued(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> float | str: ...
    @property
    def text(self) -> str: ...
    @property
    def approximate(self) -> bool: ...
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...
    @property
    def factor(self) -> float: ...


def interval(fact: Valued) -> tuple[float, float]:
    """The values ``fact`` allows, as a closed interval."""
    if isinstance(fact.value, str):
        raise TypeError("interval() needs a number")
    value = float(fact.value)
    if fact.low is not None and fact.high is not None:
        return min(fact.low, fact.high), max(fact.low, fact.high)
    if not fact.approximate:
        return value, value
    text = fact.text.strip()
    share = SALARY_APPROXIMATE if getattr(fact, "salary", "") else APPROXIMATE
    slack = max(abs(value) * share, FLOOR.get(fact.kind, 0.0))
    if _LOWER_BOUND.search(text):
        return value, value + max(abs(value) * 0.5, slack)
    if _UPPER_BOUND.search(text):
        return value - slack, value
    return value - slack, value + slack


def agree(a: Valued, b: Valued) -> bool:
    """Do the two stated values agree under the tolerance policy?"""
    if a.kind == "date" and b.kind == "date":
        return dates_agree(str(a.value), a.approximate, str(b.value), b.approximate)
    if isinstance(a.value, str) or isinstance(b.value, str):
        return _words(a.value) == _words(b.value)
    low_a, high_a = interval(a)
    low_b, high_b = interval(b)
    eps = 1e-9 * max(1.0, abs(high_a), abs(high_b))
    if a.kind == "duration" and abs(a.factor - b.factor) > 1e-9:
        eps += UNIT_SLACK * max(abs(high_a), abs(high_b))
    return low_a <= high_b + eps and low_b <= high_a + eps


def agree_values(a: Valued, value: float, approximate: bool = False) -> bool:
    """Does ``a`` agree with a plain ``value`` (itself approximate or not)?"""
    low, high = interval(a)
    slack = max(abs(value) * APPROXIMATE, FLOOR.get(a.kind, 0.0)) if approximate else 0.0
    eps = 1e-9 * max(1.0, abs(high), abs(value))
    return low <= value + slack + eps and value - slack - eps <= high


def _words(value: float | str) -> str:
    return " ".join(str(value).lower().replace("-", " ").split())


def dates_agree(a: str, approx_a: bool, b: str, approx_b: bool) -> bool:
    span_a, span_b = date_span(a, approx_a), date_span(b, approx_b)
    if span_a is None or span_b is None:
        return True  # a month with no year cannot be checked against a year
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]
