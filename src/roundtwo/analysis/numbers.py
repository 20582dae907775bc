"""Numbers as people say and type them: "five", "a dozen", "twenty-one", "half a million",
"1,200", "1,5 million", "1.5e6", "40k", "$1.2M", "3x".

``parse_number(tokens, i)`` reads the number starting at token ``i``; ``to_number(text)`` is the
same for a whole string (handy in tests and for other modules).
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.analysis.text import Token, tokenize

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# The Indian numbering system: "28 lakh", "₹180 crore", "22 LPA" (lakh per annum).
INDIAN_SCALES = {"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lpa": 1e5, "crore": 1e7,
                 "crores": 1e7, "cr": 1e7}  # fmt: skip
SCALE_ABBREVIATIONS = {
    "k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6, "mio": 1e6, "b": 1e9, "bn": 1e9,
}  # fmt: skip
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th", "s", "am", "pm"}
MULTIPLIER_WORDS = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5}
POSSESSIVE_OR_WHAT = frozenset(["what", "the", "that", "our", "their", "its", "his", "her"])
ADVERB_COUNTS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in the tokens: its value and the tokens [start, end) it covers."""

    value: float
    start: int
    end: int
    spelled: bool = False
    multiplier: bool = False
    factor: float = 1.0

    @property
    def scaled(self) -> bool:
        return self.factor != 1.0


def digit_value(raw: str) -> float | None:
    """Read digits with thousands separators or decimal commas: 1,200 / 1,5 / 1.200.000."""
    s = raw
    try:
        if "e" in s.lower():
            return float(s.replace(",", "."))
        if "," in s and "." in s:
            if s.rfind(",") > s.rfind("."):
                return float(s.replace(".", "").replace(",", "."))
            return float(s.replace(",", ""))
        if "," in s:
            parts = s.split(",")
            if all(len(p) == 3 for p in parts[1:]):
                return float(s.replace(",", ""))
            if len(parts) == 2:
                return float(s.replace(",", "."))
            return None
        if "." in s:
            parts = s.split(".")
            if len(parts) > 2:
                if all(len(p) == 3 for p in parts[1:]):
                    return float(s.replace(".", ""))
                return None
            if parts[1] == "000" and parts[0] != "0":
                return float(s.replace(".", ""))  # "85.000": thousands, as written in Europe
        return float(s)
    except ValueError:
        return None


def _adjacent(tokens: list[Token], i: int) -> bool:
    return 0 < i < len(tokens) and tokens[i].start == tokens[i - 1].end


def _scale_after(tokens: list[Token], j: int) -> tuple[float, int]:
    """A scale word after a number ("1.2 million", "40k", "2 dozen"): (factor, next index)."""
    if j < len(tokens):
        low = tokens[j].low
        if tokens[j].kind == "word" and _adjacent(tokens, j) and low in SCALE_ABBREVIATIONS:
            return SCALE_ABBREVIATIONS[low], j + 1
        if low in SCALES:
            return SCALES[low], j + 1
        if low in INDIAN_SCALES:
            return INDIAN_SCALES[low], j + 1
        if low in ("bn", "mil", "mn", "mio", "k"):
            return SCALE_ABBREVIATIONS[low], j + 1
        if low == "hundred":
            return 100.0, j + 1
        if low == "dozen":
            return 12.0, j + 1
    return 1.0, j


def _parse_digits(tokens: list[Token], i: int) -> Number | None:
    value = digit_value(tokens[i].text)
    if value is None:
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].kind == "word" and _adjacent(tokens, j):
        low = tokens[j].low
        if low in ORDINAL_SUFFIXES:
            return None
        if low == "x":
            return Number(value, i, j + 1, multiplier=True)
    factor, j = _scale_after(tokens, j)
    return Number(value * factor, i, j, factor=factor)


def _is_number_word(low: str) -> bool:
    return low in UNITS or low in TENS or low in SCALES or low in ("hundred", "dozen")


def _parse_words(tokens: list[Token], i: int) -> Number | None:
    n = len(tokens)
    low = tokens[i].low
    nxt = tokens[i + 1].low if i + 1 < n else ""
    nxt2 = tokens[i + 2].low if i + 2 < n else ""
    if low == "half" and nxt in ("a", "an") and (nxt2 in SCALES or nxt2 in ("dozen", "hundred")):
        factor = SCALES.get(nxt2, 12.0 if nxt2 == "dozen" else 100.0)
        return Number(0.5 * factor, i, i + 3, spelled=True, factor=factor)
    if low in ("a", "an"):
        if nxt == "couple" and nxt2 == "of":
            inner = _parse_words(tokens, i + 3) if i + 3 < n else None
            if inner is not None and inner.value >= 100:
                return Number(2 * inner.value, i, inner.end, spelled=True, factor=inner.factor)
            return Number(2.0, i, i + 3, spelled=True)
        if not (nxt in SCALES or nxt in ("hundred", "dozen")):
            return None
        total, current, j = 0.0, 1.0, i + 1
    elif _is_number_word(low) and low not in SCALES and low not in ("hundred", "dozen"):
        total, current, j = 0.0, 0.0, i
    else:
        return None
    end = i
    while j < n:
        low = tokens[j].low
        if low in UNITS:
            if (current % 100 >= 20 and current % 10 == 0) or current % 100 == 0:
                current += UNITS[low]
            else:
                break
        elif low in TENS:
            if current % 100 == 0:
                current += TENS[low]
            else:
                break
        elif low == "hundred":
            current = (current or 1.0) * 100
        elif low == "dozen":
            current = (current or 1.0) * 12
        elif low in SCALES:
            total += (current or 1.0) * SCALES[low]
            current = 0.0
        elif low == "point" and current < 1000 and _hyphened(tokens, j + 1) < n:
            if tokens[_hyphened(tokens, j + 1)].low not in DIGITS:
                break
            return _decimal(tokens, i, j, total + current)  # "two point four million"
        elif low == "-" and _adjacent(tokens, j) and j + 1 < n and _adjacent(tokens, j + 1):
            if tokens[j + 1].low in UNITS and tokens[j - 1].low in TENS:
                j += 1
                continue
            if tokens[j + 1].low in _JOINED:
                j += 1  # "two-and-a-half-year", "two-point-four-million-pound"
                continue
            break
        elif low == "and" and j + 1 < n:
            a, half = _hyphened(tokens, j + 1), _hyphened(tokens, _hyphened(tokens, j + 1) + 1)
            after = tokens[a].low if a < n else ""
            if after in ("a", "an") and half < n and tokens[half].low == "half":
                half_end = _hyphened(tokens, half + 1)
                if half_end >= n or tokens[half_end].low not in SCALES:
                    half_end = half + 1
                factor, scale_end = 1.0, half_end
                if half_end < n and tokens[half_end].low in SCALES:
                    factor, scale_end = SCALES[tokens[half_end].low], half_end + 1
                if factor == 1.0 and total and not current:  # "a million and a half"
                    largest = _largest_scale(tokens, i, j)
                    return Number(total + 0.5 * largest, i, scale_end, spelled=True, factor=largest)
                value = (total + current + 0.5) * factor
                return Number(value, i, scale_end, spelled=True, factor=factor)
            if (after in UNITS or after in TENS) and current % 100 == 0 and current >= 100:
                j += 1
                continue
            break
        else:
            break
        j += 1
        end = j
    if end == i:
        return None
    value = total + current
    return Number(value, i, end, spelled=True, factor=_largest_scale(tokens, i, end))


_JOINED = frozenset(["and", "point", "a", "half", "hundred", "thousand", "million", "billion"])


def _hyphened(tokens: list[Token], k: int) -> int:
    """Token ``k``, or the one after it when ``k`` is a hyphen joining two words of a number."""
    if k + 1 < len(tokens) and tokens[k].low == "-" and _adjacent(tokens, k):
        return k + 1
    return k


def _unhyphened(tokens: list[Token], k: int) -> int:
    """Back over a hyphen ``_hyphened`` stepped past that turned out not to join a number."""
    return k - 1 if k - 1 >= 0 and k < len(tokens) + 1 and tokens[k - 1].low == "-" else k


DIGITS = {word: value for word, value in UNITS.items() if value < 10} | {"oh": 0}


def _decimal(tokens: list[Token], i: int, point: int, whole: float) -> Number:
    """ "one point six million dollars", "four point five percent": the digits after "point",
    then a scale."""
    k, digits = _hyphened(tokens, point + 1), ""
    while k < len(tokens) and tokens[k].low in DIGITS:
        digits += str(DIGITS[tokens[k].low])
        k = _hyphened(tokens, k + 1)
    if k >= len(tokens) or tokens[k].low not in SCALES:
        k = _unhyphened(tokens, k)
    factor = SCALES.get(tokens[k].low, 1.0) if k < len(tokens) else 1.0
    value = (whole + float("0." + digits)) * factor
    return Number(value, i, k + (factor != 1.0), spelled=True, factor=factor)


def _largest_scale(tokens: list[Token], start: int, end: int) -> float:
    factors = [SCALES[t.low] for t in tokens[start:end] if t.low in SCALES]
    return max(factors, default=1.0)


def parse_number(tokens: list[Token], i: int) -> Number | None:
    """The number that starts at token ``i``, or None."""
    token = tokens[i]
    if token.kind == "num":
        return _parse_digits(tokens, i)
    if token.kind != "word":
        return None
    if token.low in MULTIPLIER_WORDS:
        return Number(MULTIPLIER_WORDS[token.low], i, i + 1, spelled=True, multiplier=True)
    following = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if token.low in ("double", "triple") and following in POSSESSIVE_OR_WHAT:
        value = 2.0 if token.low == "double" else 3.0
        return Number(value, i, i + 1, spelled=True, multiplier=True)
    if token.low in ADVERB_COUNTS:
        return Number(ADVERB_COUNTS[token.low], i, i + 1, spelled=True)
    return _parse_words(tokens, i)


def to_number(text: str) -> float | None:
    """The value of ``text`` if the whole of it is one number ("twenty-one" → 21.0)."""
    tokens = tokenize(text)
    if not tokens:
        return None
    number = parse_number(tokens, 0)
    if number is None or number.end != len(tokens):
        return None
    return number.value
