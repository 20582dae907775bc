"""Dates and quarters: "Q2 2023", "May 2023", "March 14, 2022", "in 2019", "FY23", "2019–2021".

Values are ISO-like strings: "2023-Q2", "2023-05", "2022-03-14", "2019", "--05" (a month with
no year), "Q3" (a quarter with no year), "FY2023", and "2019/2021" for a span of years.
Relative dates ("last year", "three years ago") are not claims: their reference moves.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.text import Token

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
YEAR_PREPOSITIONS = {
    "in", "since", "by", "of", "during", "until", "till", "from", "early", "late", "mid",
    "end", "summer", "winter", "spring", "autumn", "fall", "around", "before", "after", "through",
}  # fmt: skip
APPROXIMATE_BEFORE = {"early", "late", "mid", "around", "circa", "about"}
SEASONS = {"summer", "winter", "spring", "autumn", "fall"}
AFTER_YEAR = {
    "when", "i", "we", "and", "or", "to", "the", "my", "our", "after", "before", "until",
    "where", "there", "while", "as", "so", "because", "but", "it", "is", "was", "that", "in",
    "on", "at", "with", "for", "through", "they", "he", "she", "a", "an", "this", "onwards",
    "onward", "if", "then", "which", "had", "right", "just", "i've", "we've", "i'd", "we'd",
    "i'm", "we're", "they've", "they're", "you", "your", "his", "her", "their", "from", "by",
    "up", "since", "already", "actually", "um", "uh",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateMatch:
    value: str
    start: int
    end: int
    approximate: bool


def _year(token: Token) -> int | None:
    if token.kind != "num" or len(token.text) != 4 or not token.text.isdigit():
        return None
    year = int(token.text)
    return year if 1950 <= year <= 2039 else None


def _short_year(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """A year after a month or quarter: "2023", "'23", "of 2023"; returns (year, next index)."""
    n = len(tokens)
    if j < n and tokens[j].low == "of":
        j += 1
    if j < n and tokens[j].text == "," and j + 1 < n:
        j += 1
    if j < n and (year := _year(tokens[j])):
        return year, j + 1
    if j < n and tokens[j].kind == "word" and (spoken := _spoken(tokens, j)):
        return spoken  # "March twenty nineteen"
    quoted = j + 1 < n and tokens[j].text in ("'", "’")
    if quoted and len(tokens[j + 1].text) == 2 and tokens[j + 1].kind == "num":
        return 2000 + int(tokens[j + 1].text), j + 2
    return None


def _quarter(tokens: list[Token], i: int) -> DateMatch | None:
    token = tokens[i]
    if token.text not in ("Q", "q") or i + 1 >= len(tokens):
        return None
    digit = tokens[i + 1]
    if digit.start != token.end or digit.text not in ("1", "2", "3", "4"):
        return None
    found = _short_year(tokens, i + 2)
    if found:
        year, end = found
        return DateMatch(f"{year}-Q{digit.text}", i, end, False)
    return DateMatch(f"Q{digit.text}", i, i + 2, False)


def _fiscal(tokens: list[Token], i: int) -> DateMatch | None:
    token = tokens[i]
    n = len(tokens)
    if token.text in ("FY", "fy") and i + 1 < n and tokens[i + 1].kind == "num":
        digits = tokens[i + 1].text
        if digits.isdigit() and len(digits) in (2, 4):
            year = int(digits) + (2000 if len(digits) == 2 else 0)
            return DateMatch(f"FY{year}", i, i + 2, False)
    if token.low == "fiscal" and i + 1 < n and (fiscal := _year(tokens[i + 1])):
        return DateMatch(f"FY{fiscal}", i, i + 2, False)
    return None


def _day(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens) or tokens[j].kind != "num" or not tokens[j].text.isdigit():
        return False
    return len(tokens[j].text) <= 2 and 1 <= int(tokens[j].text) <= 31


def _month(tokens: list[Token], i: int) -> DateMatch | None:
    token = tokens[i]
    month = MONTHS.get(token.low)
    if month is None or not token.text[0].isupper() or token.kind != "word":
        return None
    n = len(tokens)
    prev = tokens[i - 1].low if i > 0 else ""
    anchored = prev in YEAR_PREPOSITIONS or _day(tokens, i + 1) or _short_year(tokens, i + 1)
    if token.low in ("may", "march") and not anchored:
        return None  # "we may", "a march": not months
    day = None
    j = i + 1
    if _day(tokens, j):
        day = int(tokens[j].text)
        j += 1
        if j < n and tokens[j].low in ("st", "nd", "rd", "th"):
            j += 1
    start = i
    if day is None and i >= 1 and _day(tokens, i - 1):
        day, start = int(tokens[i - 1].text), i - 1
    found = _short_year(tokens, j)
    if found:
        year, end = found
        value = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
        return DateMatch(value, start, end, False)
    if day:
        return DateMatch(f"--{month:02d}-{day:02d}", start, j, False)
    return DateMatch(f"--{month:02d}", i, i + 1, False)


_LABELLING = frozenset(("the", "that", "this", "our", "my", "their", "his", "her"))


def _plain_year(tokens: list[Token], i: int) -> DateMatch | None:
    year = _year(tokens[i])
    if year is None:
        return None
    n = len(tokens)
    prev = tokens[i - 1].low if i > 0 else ""
    if prev in ("$", "€", "£", "¥", "₹"):
        return None
    approximate = prev in APPROXIMATE_BEFORE or (
        prev == "-" and i > 1 and tokens[i - 2].low == "mid"
    )
    j = i + 1
    end = _year(tokens[j + 1]) if j + 1 < n and tokens[j].low in ("-", "–", "to", "—") else None
    if end is not None and end > year:
        return DateMatch(f"{year}/{end}", i, j + 2, approximate)
    opener = prev in ("in", "since", "during", "until", "by") and (
        i < 2 or tokens[i - 2].kind != "word" or not _counted_before(tokens[i - 2])
    )  # "In 2019 cryptosporidium turned up", "the two who returned horses in 2023 never rode":
    # a year after "in" is when, whatever comes next — unless a count is before it ("one in
    # 2000 patients")
    label = prev in _LABELLING and j < n and not tokens[j].low.endswith("s")
    # "the 2023 build", "our 2019 season": the year names one of several (not "the 2000 staff")
    named = j < n and tokens[j].kind == "word" and tokens[j].low not in AFTER_YEAR
    if named and not opener and not label:
        return None
    if j < n and tokens[j].low in ("%", "+"):
        return None
    return DateMatch(str(year), i, j, approximate)


def _counted_before(token: Token) -> bool:
    """A number said in words before "in": "one in 2000", "nine in 2024 did"."""
    return token.low in _UNITS or token.low in _TENS or token.low in ("a", "an", "hundred")


_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}  # fmt: skip


def _two_digits(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """ "twenty-one", "ninety eight", "nineteen", "oh nine": a year's last two digits."""
    n = len(tokens)
    if j < n and tokens[j].low in ("oh", "o") and j + 1 < n and tokens[j + 1].low in _UNITS:
        return _UNITS[tokens[j + 1].low], j + 2
    if j >= n or tokens[j].low not in _TENS:
        return None
    value, k = _TENS[tokens[j].low], j + 1
    if value >= 20:
        k2 = k + 1 if k < n and tokens[k].text == "-" else k
        if k2 < n and tokens[k2].low in _UNITS:
            value, k = value + _UNITS[tokens[k2].low], k2 + 1
    return value, k


def _spoken(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A year in words at token ``i`` ("twenty twenty-one", "nineteen ninety-eight", "two
    thousand and nine"): (year, next index)."""
    n, low = len(tokens), tokens[i].low
    if low in ("twenty", "nineteen"):
        rest = _two_digits(tokens, i + 1)
        if rest is None:
            return None
        year, end = (2000 if low == "twenty" else 1900) + rest[0], rest[1]
    elif low == "two" and i + 1 < n and tokens[i + 1].low == "thousand":
        k = i + 2 + (1 if i + 2 < n and tokens[i + 2].low == "and" else 0)
        rest = _two_digits(tokens, k) or (
            (_UNITS[tokens[k].low], k + 1) if k < n and tokens[k].low in _UNITS else None
        )
        if rest is None:
            return None
        year, end = 2000 + rest[0], rest[1]
    else:
        return None
    return (year, end) if 1950 <= year <= 2039 else None


def _spoken_year(tokens: list[Token], i: int) -> DateMatch | None:
    """A year said in words after "in", "since" or a season: "autumn twenty twenty-one", "in
    nineteen ninety-eight", "since two thousand and nine"."""
    prev = tokens[i - 1].low if i > 0 else ""
    if prev not in YEAR_PREPOSITIONS and prev not in SEASONS:
        return None
    found = _spoken(tokens, i)
    if found is None:
        return None
    return DateMatch(str(found[0]), i, found[1], prev in APPROXIMATE_BEFORE)


def date_at(tokens: list[Token], i: int) -> DateMatch | None:
    """The date that starts at token ``i``, or None."""
    if _day(tokens, i) and i + 1 < len(tokens) and tokens[i + 1].low in MONTHS:
        found = _month(tokens, i + 1)  # "31 October": the day before its month
        if found is not None and found.start == i:
            return found
    return (
        _quarter(tokens, i)
        or _fiscal(tokens, i)
        or _month(tokens, i)
        or _plain_year(tokens, i)
        or _spoken_year(tokens, i)
    )


_SPAN = compiled(r"^(FY)?(\d{4})(?:-(Q[1-4]|\d{2}))?(?:-\d{2})?(?:/(\d{4}))?$")


def date_span(value: str, approximate: bool = False) -> tuple[int, int] | None:
    """A date value as months since year 0: "2023-Q2" → (24279, 24281). None without a year."""
    match = _SPAN.match(value)
    if match is None:
        return None
    fiscal, year_text, part, until = match.groups()
    year = int(year_text)
    if until:
        start, end = year * 12, int(until) * 12 + 11
    elif part and part.startswith("Q"):
        quarter = int(part[1])
        start = year * 12 + (quarter - 1) * 3
        end = start + 2
    elif part:
        start = end = year * 12 + int(part) - 1
    else:
        start, end = year * 12, year * 12 + 11
    if fiscal:
        start -= 9  # fiscal years start anywhere from April to October of the year before
    if approximate:
        widen = 6 if part else 12
        start, end = start - widen, end + widen
    return start, end
