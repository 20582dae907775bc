"""The themes a story question names ("disagreed with your manager", "failed") and whether
the story shows them: a success told for a failure is ``partly``, a billing migration told for
a disagreement is ``off_topic``; deflections ("the closest I've come…"), the other pole of a
theme, the counterpart named (a manager, a client)."""

from __future__ import annotations

import re
from functools import cache

from roundtwo.analysis import data
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.questions import (
    OFF_TOPIC,
    PARTLY,
    Relevance,
    quoted_ask,
    shares_subject,
    subject_stems,
)
from roundtwo.analysis.screen import quotations
from roundtwo.analysis.text import sentences


@cache
def _themes() -> tuple[tuple[str, data.Folded, data.Folded, bool], ...]:
    table = data.load("questions")["themes"]
    return tuple(
        (
            name,
            _Asked("|".join(f"(?:{p})" for p in entry["question"]), entry.get("unless")),
            data.regex_at("questions", "themes", name, "answer"),
            bool(entry.get("polar")),
        )
        for name, entry in table.items()
        if not name.startswith("_")
    )


class _Asked(data.Folded):
    """A theme's question cues, not asked when its ``unless`` matches ("a process that was
    failing" that the candidate turned around asks for a success, not a failure)."""

    def __init__(self, pattern: str, unless: str | None) -> None:
        super().__init__(pattern)
        self.unless = data.Folded(unless) if unless else None

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        if self.unless is not None and self.unless.search(text):
            return None
        return super().search(text, pos, endpos)


@cache
def _counterparts() -> tuple[tuple[str, data.Folded, data.Folded], ...]:
    table = data.load("questions")["counterparts"]
    return tuple(
        (
            name,
            data.regex_at("questions", "counterparts", name, "question"),
            data.regex_at("questions", "counterparts", name, "answer"),
        )
        for name in table
    )


_WITHOUT_AUTHORITY = compiled(
    r"\bwithout (?:formal |any |direct )?authority|\bno (?:formal |direct )?authority|\b(?:didn't|"
    r"did not|don't|do not) report to you\b|\bhad no (?:say|power|control) over\b",
    re.IGNORECASE,
)


# The candidate directing their own people: "as branch manager I decided…", "I set each of them
# a target", "my direct reports".
_OWN_AUTHORITY = compiled(
    r"\bas (?:their |the |a |an )?(?:[\w-]+ )?(?:manager|supervisor|boss|head|director)\b[^.]{0,40}"
    r"\bi (?:decided|told|instructed|set|made)\b|\bi set (?:each of )?them (?:a )?targets?\b|"
    r"\bmy (?:direct )?reports\b",
    re.IGNORECASE,
)


# the candidate saying the story is not quite the one asked for: "the closest I've come", "the
# hardest feedback conversation I've had was one I gave", "the biggest change… was one I started"
_DEFLECTS = compiled(
    r"\b(?:the closest (?:i've|i have|i've ever|i) (?:come|got|had)|(?:was|is) (?:actually )?one "
    r"(?:i|that i) (?:gave|started|led|ran|made|chose|introduced|caused|drove)\b|"
    r"i (?:can't|cannot|don't) "
    r"(?:really )?(?:think of|remember|recall) (?:a|an|one|any) (?:time|failure|mistake|"
    r"(?:[\w-]+ ){1,2}(?:who|that|which|when|where)\b)|(?:not sure|don't think) there'?s "
    r"(?:much|anything) i'?d (?:change|do differently)|i (?:wouldn't|would not) change "
    r"(?:much|anything|a thing)\b|i (?:haven't|have "
    r"not|never) really (?:failed|had (?:a|one))\b|(?:was|is) actually (?:my|our) (?:own )?"
    r"(?:proposal|idea|suggestion|decision|doing)\b|could (?:easily |so easily )?have gone "
    r"wrong\b|\bit (?:wasn't|was not) (?:a |an |the )?[\w -]{1,30}? as such\b|"
    r"\bcan't think of (?:a|an) [\w-]+ as such\b|"
    r"\b[\w-]+ is (?:maybe |probably |perhaps )?(?:a|too) strong (?:a )?word\b|"
    r"\bthere (?:wasn't|was not|weren't) (?:really )?(?:much|anything) to (?:argue|disagree|"
    r"complain|fall out) about\b|"
    r"(?:not|\w+n't) (?:mine|my (?:own )?(?:mistake|call|fault)) exactly\b|"
    r"\b(?:rarely|never|hardly ever|seldom|don't really|do not really) (?:disagree|clash|argue|"
    r"fall out)\b|"
    r"\bwe(?:'re| are| were|'ve always been) (?:pretty |quite |very |really |usually )?(?:aligned|"
    r"on the same page)\b|\b(?:can|could|may) i (?:give|tell) you (?:a different|another) one\b|"
    r"\bwe(?:'re| are| were) peers\b|\bi (?:would not|wouldn't|won't|will not|can't|cannot|"
    r"couldn't|could not|don't|do not) (?:really )?(?:say|call (?:it|that|this))\b[^.!?]{0,30}"
    r"\bexactly\b|\bi (?:wouldn't|would not) (?:really )?(?:say|call (?:it|that)) (?:i |we |it )?"
    r"(?:failed|was a failure|a failure|a mistake|a conflict|a disagreement)\b|"
    r"\bcould(?:'ve| have) been (?:a )?(?:disaster|nightmare|catastrophe|much worse)\b)",
    re.IGNORECASE,
)


# the premise of the question denied, before another story: "I'm pretty easy to work with, I
# don't really get into disagreements. The thing I'm proudest of…", "Not really, to be honest"
_DENIES = compiled(
    r"^\W*(?:(?:honestly|to be honest|truthfully|um|well),?\s+)?(?:not really\b|no,? not really\b|"
    r"i (?:don't|do not) really (?:[\w-]+ ){0,3}(?:disagreements|conflicts?|arguments?|complaints?|"
    r"mistakes|failures?|problems?|pressure)\b|"
    r"i'?m (?:pretty|quite|very|really) easy to work with\b|"
    r"i(?:'ve| have) been (?:really |very |quite )?lucky\b)",
    re.IGNORECASE,
)


# the question swapped for another one: "Can I give you a different one?"
_SWAPS = compiled(
    r"\b(?:can|could|may) i (?:give|tell) you (?:a different|another) one\b|"
    r"\bwhat i'?d (?:rather|prefer to) (?:tell you|talk) about\b",
    re.I,
)


_PROUDEST = compiled(
    r"\b(?:the (?:[\w-]+ )?one|the thing|what|the [\w-]+) (?:that )?i'?m (?:most |really |still )?"
    r"proud(?:est)? of\b|\bthe best thing (?:i|we) (?:did|have done|ever did|'ve done)\b|"
    r"\bone (?:i|we) (?:got|called) right\b|"
    r"\b(?:i|we) got (?:it|that one) right\b",
    re.I,
)


def _asks_theme(question: str, theme: str) -> bool:
    return any(name == theme and asked.search(question) for name, asked, _, _ in _themes())


# the other party named as a peer: "Sí, with my colleague Andrés, the other cupper"
_PEER_PARTY = compiled(
    r"\b(?:with|against) (?:my|a|one of my|another|the other|a fellow) (?:fellow |senior |junior |"
    r"other )?(?:colleague|co-?worker|peer|teammate|team-?mate|counterpart|opposite number)s?\b|"
    r"\b(?:with|against) \w[\w-]*,? (?:the other|another|a fellow|my fellow) [\w-]+",
    re.IGNORECASE,
)


_PEER = compiled(r"\b(?:another|the other|other|fellow|co-|my peer,?)\s*(?:senior |junior )?[\w-]+")


def _theme(name: str) -> data.Folded | None:
    return next((shown for n, _, shown, _ in _themes() if n == name), None)


def _another_kind(question: str, said: re.Match[str]) -> Relevance:
    """Partly on topic: the answer tells another kind of story than the one asked for."""
    return Relevance(
        PARTLY,
        f"The question asked {quoted_ask(question)}; the answer tells another kind of story "
        f"instead (“{said.group().strip()}”).",
    )


def _someone_speaks(answer: str) -> bool:
    """Does someone speak or act toward the candidate in the story (a person said, rang, sent
    it back, rated it; the candidate told or sat with them; words quoted)?"""
    return bool(quotations(answer)) or _speaks().search(answer) is not None


@cache
def _speaks() -> re.Pattern[str]:
    """Read as written, not folded: a name is capitalised ("Suzuki-san rated…")."""
    return compiled(
        "|".join(f"(?:{p})" for p in data.load("questions")["someone_speaks"]["patterns"])
    )


def _opposite_shown(name: str) -> data.Folded | None:
    """A theme's other pole told in words of its own (teaching others for learning)."""
    entry = data.load("questions")["themes"][name]
    return (
        data.regex_at("questions", "themes", name, "opposite_shown")
        if ("opposite_shown" in entry)
        else None
    )


_WORD_REST = compiled(r"\w*")


def _without_themes(question: str, only: str | None = None) -> str:
    """The question with the words that name its themes blanked out."""
    text = data.fold(question)
    spans = [
        (match.start(), (_WORD_REST.match(text, match.end()) or match).end())
        for name, asked, _, _ in _themes()
        if only is None or name == only
        for match in asked.pattern.finditer(text)
    ]
    for start, stop in spans:
        text = text[:start] + " " * (stop - start) + text[stop:]
    return text


# Themes a quoted insult or threat shows by itself ("The first thing he said was, 'You're a
# useless waste of space'"): the screen's own patterns read the quotation.
_ABUSE_SHOWS = frozenset(("difficult", "complaint", "conflict", "feedback", "feedback_received"))


def _quoted_abuse(answer: str) -> bool:
    pattern, _ = data.labelled_regex("screen", "terminate")
    return any(pattern.search(quoted) for quoted in quotations(answer))


_ECHO = compiled(r"^\W*((?:[\w'’-]+[ ,]+){0,5}[\w'’-]+)\s*(?:\.\.\.|…|—|–|:|\?)")


def _without_echo(question: str, answer: str) -> str:
    """The answer without its opening echo of the question ("Tough feedback... the one that
    comes to mind is the irrigation changeover"): repeating the theme does not show it."""
    echo = _ECHO.match(answer)
    if echo is None or not shares_subject(question, echo.group(1)):
        return answer
    return answer[echo.end() :]


_IMPERATIVE = compiled(
    r"^\W*(?:(?:so|now|ok(?:ay)?|right|great|thanks|and),?\s+)*(?:please\s+)?(?:tell|talk|walk|"
    r"describe|give|share|take|explain|think|pick|name|show|recall|paint|go)\b",
    re.IGNORECASE,
)


def the_ask(question: str) -> str:
    """The question without a preamble that only tells ("Eilidh pushed back on the audit
    last time. What went wrong, and how did you correct it?" asks what went wrong): from the
    first sentence that asks ("…?") or bids ("Tell me…", "Take me deeper…")."""
    parts = sentences(question)
    if len(parts) < 2 or not any(p.text.rstrip().endswith("?") for p in parts):
        return question
    for part in parts:
        if part.text.rstrip().endswith("?") or _IMPERATIVE.match(part.text):
            return question[part.start :]
    return question


# words: a story this short leaves the question's subject implied ("I called the school, moved
# the shipment date…" for a relocation); a longer one names its own subject
_NAMES_ITS_OWN = 30


_PARTICIPLE = compiled(r"\b\w{3,}ed(?:\s+(?:to|for)\s+\w+)?\s+by\b")


def story_relevance(question: str, answer: str) -> Relevance:
    """A story question's themes must show in the story. A theme rarely said in words
    (pressure, leading) is not judged; a missing pole (a failure, feedback received) makes the
    story partly on topic when it shows the other pole, off topic when it is also about
    another subject; any other theme missing makes it off topic."""
    told, question = question, the_ask(question)  # "Eilidh pushed back on the audit. What
    # went wrong?" asks what went wrong, about the audit
    denied = _DENIES.search(answer) or _SWAPS.search(answer)
    swapped = _PROUDEST.search(answer) or _SWAPS.search(answer)
    if denied and swapped and not shares_subject(told, answer):
        return Relevance(
            OFF_TOPIC,
            f"The question asked {quoted_ask(question)}; the answer sets it aside "
            f"(“{denied.group().strip()}”) for another story.",
        )
    deflected = _DEFLECTS.search(answer) or denied
    if deflected is None and _asks_theme(question, "failure"):
        deflected = _PROUDEST.search(answer)  # "Tell me about a show that lost money" — "The
        # one I'm proudest of is…"
    if deflected:
        return _another_kind(question, deflected)
    whole, answer = answer, _without_echo(question, answer)  # "Tough feedback... the one that
    # comes to mind": the echo shows no theme, but it does tie the story to the question
    table = data.load("questions")["themes"]
    for name, asked, shown, polar in _themes():
        entry = table[name]
        if entry.get("weak") or not asked.search(question) or shown.search(answer):
            continue
        if not polar and asked.search(answer):
            continue  # the answer names it in the question's own terms ("we didn't see eye to
            # eye about the inventories"), past the echo of the question
        if name in _ABUSE_SHOWS and _quoted_abuse(answer):
            continue  # "'You're a useless waste of space,' he said": the difficulty, quoted
        asks = quoted_ask(question, asked)
        missing = f"The question asked {asks}; the story never shows {entry['say']}."
        opposite = _theme(entry.get("opposite", "")) or _opposite_shown(name)
        if opposite is not None and opposite.search(answer) is not None:
            return Relevance(PARTLY, missing)  # a success for a failure, feedback given for
            # feedback received, people who got on for a conflict: the other pole of the same
            # subject, whatever else it is about
        if not polar and entry.get("person") and _someone_speaks(whole):
            pride = _PROUDEST.search(whole)
            if pride is not None:  # "bad news to a customer?" — "the job I'm proudest of…"
                return _another_kind(question, pride)
            continue  # "a farmer rang at six going mad…", "'lukewarm rubbish'": the difficult
            # customer shown in a scene of theirs, not in the theme's words
        if not polar:
            return Relevance(OFF_TOPIC, missing)
        rest = _without_themes(told, name)  # "a deadline" in "you missed a deadline"
        for other, other_asked, _, _ in _themes():
            if table[other].get("person") and other_asked.search(question):
                rest = _without_themes(rest, other)  # "raised by a member of the public": a
                # party to the story, shown by their scene, not another subject
        rest = _PARTICIPLE.sub(" ", rest)  # "raised by": how, not another subject
        elsewhere = entry.get("rest", True) and bool(subject_stems(rest))
        elsewhere = elsewhere and not shares_subject(rest, whole)
        if elsewhere and len(whole.split()) >= _NAMES_ITS_OWN:
            return Relevance(OFF_TOPIC, f"The question asked {asks}; the story is about "
                             "something else.")  # fmt: skip
        if _PROUDEST.search(whole):  # "bad news for the team?" — "The best thing I did last
            return Relevance(  # year was opening our branch": the question set aside
                OFF_TOPIC, f"The question asked {asks}; the answer tells its best moment instead."
            )
        # neither pole shown: not judged
    if _WITHOUT_AUTHORITY.search(question) and _OWN_AUTHORITY.search(answer):
        return Relevance(
            PARTLY,
            f"The question asked {quoted_ask(question)}; in the story the people reported to you.",
        )
    others = _PEER.sub(" ", data.fold(answer))  # "the other senior technician" is no manager
    for name, asked, shown in _counterparts():
        peer = _PEER_PARTY.search(answer) if name == "manager" else None
        if asked.search(question) and peer is not None:
            return Relevance(
                PARTLY,
                f"The question asked {quoted_ask(question, asked)}; the story is with a peer "
                f"(“{peer.group().strip()}”), not your {name}.",
            )
        if asked.search(question) and not shown.search(others):
            return Relevance(
                PARTLY,
                f"The question asked {quoted_ask(question, asked)}; the story never involves your "
                f"{name}.",
            )
    return Relevance()
