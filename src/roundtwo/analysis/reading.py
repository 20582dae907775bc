"""Reading the words around a claim: its clause, the noun phrase it measures, its verb.

A light, rule-based reading over the analysis engine's tokens — no tagger: verbs come from a
closed list plus regular inflections, noun phrases are runs of content words.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from roundtwo.analysis.lexicon import IRREGULAR, NOT_VERBS, STOP, VERBS
from roundtwo.analysis.text import Sentence, Token, sentences, tokenize

DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "my",
        "their",
        "his",
        "her",
        "its",
        "your",
        "this",
        "that",
        "these",
        "those",
    ]
)  # fmt: skip
PRONOUNS = frozenset(["it", "this", "that", "they", "them", "we", "us", "i", "me", "he", "she",
                      "him", "everything", "which", "what", "things", "those"])  # fmt: skip
APPROXIMATORS = frozenset(["about", "around", "roughly", "nearly", "almost", "approximately",
                           "~", "some", "over", "under", "just", "only", "close", "more",
                           "less", "than", "at", "least", "well", "upwards", "of", "up",
                           "to", "something", "like", "approx", "circa", "shy", "north",
                           "fewer", "barely", "exactly", "precisely", "all"])  # fmt: skip
CLAUSE_WORDS = frozenset(["and", "but", "while", "so", "because", "which", "who", "whereas",
                          "although", "though", "where", "when", "then", "since",
                          "plus", "yet", "whilst", "unless"])  # fmt: skip
CLAUSE_MARKS = frozenset([",", ";", ":", "(", ")", "—", "–", ".", "!", "?"])
INNER_PREPOSITIONS = frozenset(["of", "for", "to", "on", "in"])
# Adverbs that follow a noun phrase without being part of it.
TRAILING = frozenset(["first", "initially", "today", "instead", "again", "too", "ago",
                      "afterwards", "before", "overall", "tomorrow", "yesterday"])  # fmt: skip


@cache
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-case word: "savings", "saved" → "save";
    "consultations" → "consult". For matching words of one family; never shown."""
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A crude lemma: "engineers" → "engineer", "hired" → "hire", "cutting" → "cut"."""
    low = word.lower().replace("’", "'")
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low.endswith("'s"):
        low = low[:-2]
    for suffix, repl in (("ies", "y"), ("ied", "y")):
        if low.endswith(suffix) and len(low) > 4:
            return low[: -len(suffix)] + repl
    if low.endswith("ed") and len(low) > 4:
        base = low[:-2]
        candidates = [base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else base]
        for candidate in candidates:
            if candidate in VERBS:
                return candidate
        return base + "e" if base.endswith(("at", "iz", "is", "ur", "as", "v", "ag", "c")) else base
    if low.endswith("ing") and len(low) > 5:
        base = low[:-3]
        doubled = base[:-1] if base[-1:] == base[-2:-1] else base  # "running" → "run"
        for candidate in (base, base + "e", doubled):
            if candidate in VERBS:
                return candidate
        return base
    if low.endswith(("sses", "xes", "ches", "shes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return low[:-1]
    return low


SUBJECT_WORDS = frozenset(["i", "we", "they", "you", "it", "he", "she", "who", "which",
                           "to", "will", "would", "can", "could",
                           "should", "did", "didn't", "don't", "i'd", "we'd", "must", "might",
                           "helped", "help", "let", "made",
                           # a perfect: "I've run the Harbour Inn", "we'd cut it", "had set"
                           "i've", "we've", "they've", "you've", "have", "has", "had"])  # fmt: skip


def is_verb(token: Token, before: Token | None = None) -> bool:
    """A verb form; a bare base form ("close", "cost") counts only after I/we/to/would…"""
    if token.kind != "word":
        return False
    if token.low in NOT_VERBS:  # "teaching": a noun, unless "I've been teaching"
        return token.low.endswith("ing") and before is not None and before.low in BE_FORMS
    low = token.low
    if low in IRREGULAR:
        return low != "ship" or _after_subject(before)
    base = lemma(low)
    if before is not None and before.low == "-":
        return False  # "self-serve", "month-end"
    if base in VERBS and low not in STOP:
        if low == base or (low.endswith("s") and not low.endswith("ss")):
            return _after_subject(before)  # "close", "falls", "costs": nouns unless after I/it
        return low.endswith(("ed", "ing"))
    return low.endswith("ed") and len(low) > 4


BE_FORMS = frozenset(["been", "was", "were", "am", "is", "are", "be", "i'm", "we're", "i've",
                      "they're", "you're", "started", "kept", "spent"])  # fmt: skip


NOT_ADVERBS = frozenset(["supply", "family", "assembly", "anomaly", "reply", "apply", "ally",
                         "rally", "july", "italy", "fly", "monthly", "weekly", "daily",
                         "quarterly", "yearly", "hourly", "early", "only", "holy",
                         "friendly", "elderly", "nightly", "biweekly"])  # fmt: skip


def is_adverb(word: str) -> bool:
    """ "currently", "roughly", "significantly": not part of a noun phrase."""
    return word.endswith("ly") and len(word) > 4 and word not in NOT_ADVERBS


def _after_subject(before: Token | None) -> bool:
    if before is None or before.low in (".", "!", "?", ":", ";"):
        return False  # "Average handle time…", "Cost savings…": a sentence opens with a noun
    if before.kind != "word":
        return True
    return before.low in SUBJECT_WORDS or (before.low.endswith("ly") and len(before.low) > 4)


@dataclass
class Reading:
    """A statement, tokenised once, with fast look-ups by character position."""

    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> Reading:
        tokens = tokenize(text)
        parts = sentences(text) or [Sentence(text, 0, len(text), 0)]
        return cls(text, tokens, parts, [t.start for t in tokens])

    def index(self, position: int) -> int:
        """The index of the first token starting at or after ``position``."""
        return bisect_left(self._starts, position)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Token range [first, last) covering characters [start, end)."""
        first = self.index(start)
        last = first
        while last < len(self.tokens) and self.tokens[last].start < end:
            last += 1
        return first, max(last, first + 1)

    def sentence(self, position: int) -> Sentence:
        for part in self.sentences:
            if part.start <= position < part.end:
                return part
        return self.sentences[-1]

    def sentence_tokens(self, position: int) -> tuple[int, int]:
        part = self.sentence(position)
        return self.index(part.start), self.index(part.end)

    def clause_start(self, i: int, floor: int) -> int:
        """The first token of the clause that token ``i`` is in (not before ``floor``)."""
        k = i - 1
        while k >= floor:
            token = self.tokens[k]
            if (token.low in CLAUSE_MARKS or token.low in CLAUSE_WORDS) and not self._initial(k):
                return k + 1
            k -= 1
        return floor

    def clause_end(self, i: int, ceiling: int) -> int:
        k = i
        while k < ceiling:
            token = self.tokens[k]
            if (token.low in CLAUSE_MARKS or token.low in CLAUSE_WORDS) and not self._initial(k):
                return k
            k += 1
        return ceiling

    def _initial(self, k: int) -> bool:
        """The stop of an initial inside a name: "E. coli", "J. Smith" end no clause."""
        tokens = self.tokens
        if tokens[k].text != "." or k == 0 or k + 1 >= len(tokens):
            return False
        letter = tokens[k - 1]
        return len(letter.text) == 1 and letter.text.isupper() and letter.end == tokens[k].start

    def word(self, k: int) -> str:
        """Token ``k`` as a word, gluing "p" + "99" into "p99"."""
        token = self.tokens[k]
        if token.kind == "num" and k > 0:
            prev = self.tokens[k - 1]
            if prev.kind == "word" and prev.end == token.start:
                return prev.low + token.low
        return token.low

    def glued(self, k: int) -> bool:
        """Token ``k`` is the letter part of a glued "p99"."""
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        return nxt is not None and nxt.kind == "num" and nxt.start == self.tokens[k].end

    def skip_left(self, k: int, floor: int, words: frozenset[str]) -> int:
        while k >= floor and self.tokens[k].low in words:
            k -= 1
        return k

    def phrase_left(self, k: int, floor: int) -> tuple[list[str], list[str], int]:
        """The noun phrase ending at token ``k``: (main words, complement words, first index).
        "travel time for pickers" → (["travel", "time"], ["pickers"], …)."""
        main, first = self._run_left(k, floor)
        complement: list[str] = []
        j = first - 1
        if main and j >= floor:
            d = j
            if self.tokens[d].low in DETERMINERS:
                d -= 1
            if d > floor and self.tokens[d].low in INNER_PREPOSITIONS:
                before, start = self._run_left(d - 1, floor)
                if before:
                    complement, main, first = main, before, start
        g = first - 1
        if main and g >= floor and self.tokens[g].low in DETERMINERS:
            g -= 1
        gerund = main and floor <= g < first - 1 and self.tokens[g].low.endswith("ing")
        if gerund and (g == floor or self.tokens[g - 1].low in (",", ";", ":")):
            main = [self.tokens[g].low, *main]  # "Migrating the database took…"
            first = g
        return main, complement, first

    def _run_left(self, k: int, floor: int) -> tuple[list[str], int]:
        found: list[str] = []
        while k >= floor and len(found) < 4:
            token = self.tokens[k]
            if token.kind == "num":
                word = self.word(k)
                if word == token.low:
                    break
                found.append(word)
                k -= 2
                continue
            if token.low == "-" and found and k - 1 >= floor and self.tokens[k - 1].kind == "word":
                found[-1] = self.tokens[k - 1].low + "-" + found[-1]
                k -= 2
                continue
            before = self.tokens[k - 1] if k > 0 else None
            if token.kind != "word" or token.low in STOP or is_verb(token, before):
                break
            if is_adverb(token.low):
                break
            found.append(token.low)
            k -= 1
        found.reverse()
        return found, k + 1

    def phrase_right(self, k: int, ceiling: int) -> list[str]:
        """Content words of the noun phrase starting at token ``k``."""
        while k < ceiling and self.tokens[k].low in DETERMINERS:
            k += 1
        found: list[str] = []
        while k < ceiling and len(found) < 4:
            token = self.tokens[k]
            if token.low == "-" and found and k + 1 < ceiling:
                found[-1] += "-" + self.tokens[k + 1].low
                k += 2
                continue
            before = self.tokens[k - 1] if k > 0 else None
            if token.kind != "word" or token.low in STOP or is_verb(token, before):
                break
            if is_adverb(token.low) or (found and token.low in TRAILING):
                break  # "10% of traffic first": "first" says when, not what
            found.append(token.low)
            k += 1
        return found

    def verb_left(self, k: int, floor: int, reach: int = 7) -> tuple[str, int] | None:
        """The nearest verb at or before token ``k`` (within ``reach`` tokens): (lemma, index)."""
        stop = max(floor, k - reach)
        while k >= stop:
            token = self.tokens[k]
            if token.low in CLAUSE_MARKS:
                return None
            if is_verb(token, self.tokens[k - 1] if k > 0 else None):
                return lemma(token.low), k
            k -= 1
        return None
