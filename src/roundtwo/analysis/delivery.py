"""How the answer was said: length, fillers, hedges, and the I-versus-we count."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from roundtwo.analysis import data
from roundtwo.analysis.precompiled import compiled

_LIKE_FILLER = compiled(r"(?:,\s*like\s*,|\blike,\s)", re.IGNORECASE)
_WORD = compiled(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


@dataclass(frozen=True, slots=True)
class Delivery:
    words: int
    fillers: int
    hedges: int
    we: int
    i: int

    @property
    def fillers_per_100_words(self) -> float:
        return round(100 * self.fillers / self.words, 1) if self.words else 0.0

    @property
    def hedges_per_100_words(self) -> float:
        return round(100 * self.hedges / self.words, 1) if self.words else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "fillers": self.fillers,
            "fillers_per_100_words": self.fillers_per_100_words,
            "hedges": self.hedges,
            "we": self.we,
            "i": self.i,
        }


def delivery(text: str) -> Delivery:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    we_words = data.words("lexicon", "we_words")
    i_words = data.words("lexicon", "i_words")
    fillers = len(data.phrases_pattern("lexicon", "fillers").findall(text))
    fillers += len(_LIKE_FILLER.findall(text))
    hedges = len(data.phrases_pattern("lexicon", "hedges").findall(text))
    return Delivery(
        words=len(words),
        fillers=fillers,
        hedges=hedges,
        we=sum(1 for w in words if w in we_words),
        i=sum(1 for w in words if w in i_words),
    )
