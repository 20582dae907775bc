"""The subject a located claim makes — what it counts or measures, as a matching key and a
label in the user's own words ("engineers on the payments team", "how long you owned the
card authorisation service") — from where ``measure.locate`` found it in its clause."""

from __future__ import annotations

import re

from roundtwo.analysis.activity import ACTIVITY_WORDS, PEOPLE_LIKE, PREPOSITIONS
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.lexicon import LINK_VERBS, STOP, VERB_CLASS, simple_past
from roundtwo.analysis.links import told_as_whole
from roundtwo.analysis.measure import PERIODS, SEASON_WORDS, Located
from roundtwo.analysis.numbers import to_number
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.reading import DETERMINERS, Reading, lemma
from roundtwo.analysis.subjects import Subject, build, is_people, normal
from roundtwo.analysis.titles import YEARS_HELD

MONEY_HEADS = frozenset(["revenue", "budget", "profit", "cost", "savings", "arr", "mrr",
                         "quota", "pipeline", "funding", "deal", "contract", "spend",
                         "ebitda", "income", "bookings", "business", "sales", "earnings",
                         "portfolio", "fund", "aum", "salary"])  # fmt: skip
EVENTS = {"quit": "leave", "resign": "leave", "depart": "leave", "hire": "join"}
TENURE_VERBS = {"be": "work", "work": "work", "stay": "work", "serve": "work", "spend": "work",
                "do": "work"}  # fmt: skip  # "I did four years at Calder Valley"
# The work itself, not a measured thing: "the whole thing ran…", "it took…", "all of it lasted…"
PLACEHOLDERS = frozenset(["thing", "things", "everything", "whole", "lot", "it", "all"])
SPANS = frozenset(["run", "last", "drag"])  # a length of the work, said as "took"
WORK_LENGTH = "how long it took"
_PARTITIVE = compiled(r"\bof\s+(?:them|those|whom|which|these)\b|^\w+\s+of\s+us\b", re.I)


# "any account thirty days overdue", "a three-year-old van": an age or a threshold of a thing,
# not a measure of the work
_ON_IT = compiled(r"\s+(?:on|over) (?:them|it|that|this|those|these)\b", re.I)
_AGE = compiled(r"[\s-]*(?:overdue|past due|in arrears|old)\b", re.I)


def subject_of(r: Reading, claim: Claim, where: Located, drop: frozenset[str]) -> Subject | None:
    if where.context_only:
        return None
    if claim.kind == "duration" and (
        _AGE.match(r.text, claim.end) or _ON_IT.match(r.text, claim.end)
    ):
        return None  # "thirty days overdue"; "I'd spent four days on them": time on one part
    if claim.kind == "count":
        return _count_subject(r, claim, where, drop)
    if claim.kind == "rate":
        numerator = (claim.unit or "").split("/")[0]
        if numerator and numerator != "x":
            head = normal(numerator)
            if head in drop:
                return None
            return build(
                "rate",
                [],
                head=head,
                extra=_words(claim.text),
                drop=drop,
                container=where.container,
                verb=where.verb,
                period=where.period,
                verb_said=where.verb_said,
            )
        return build("rate", where.words, extra=where.extra, drop=drop, verb=where.verb,
                     verb_said=where.verb_said)  # fmt: skip
    if claim.kind == "date":
        return _date_subject(where, drop)
    if claim.kind == "title":
        return _title_subject(r.text, claim)
    if claim.kind == "scope":
        return None
    words = where.words
    caption = _caption(claim, where, drop)
    if claim.kind == "duration" and (
        not words or all(normal(w) in drop or w in PLACEHOLDERS for w in words)
    ):
        tenure = TENURE_VERBS.get(where.verb, where.verb)
        if tenure in SPANS and (where.lead != "for" or tenure == "last"):
            tenure = "take"  # "the whole thing ran two and a half years" = "it took 18 months"
        if tenure == "take":
            caption = caption or WORK_LENGTH  # the length of the work told about
        if not tenure or (tenure == "work" and where.verb == "be" and where.lead != "for"):
            return None  # "which was a two day job" says nothing of a stay; "was there for" does
        if not caption:
            said = where.verb_said if lemma(where.verb_said) == tenure else ""
            caption = "tenure" if tenure == "work" else _how_long(where.lead, said) if said else ""
        return build("duration", [tenure], extra=where.extra, drop=drop, period=where.period,
                     caption=caption)  # fmt: skip
    unit = (claim.unit or "") if claim.kind in ("money", "percent") else ""
    return build(claim.kind, words, extra=where.extra, drop=drop, verb=where.verb,
                 period=where.period, unit=unit, verb_said=where.verb_said,
                 caption=caption)  # fmt: skip


def _caption(claim: Claim, where: Located, drop: frozenset[str]) -> str:
    """A whole label in the words said, when the measured noun alone would mislead: "share of
    traffic" (10% of traffic), "how long you compared the two groups" (for two weeks)."""
    if claim.kind == "percent" and where.share and where.role == "level" and where.words:
        shown = [w for w in where.words if normal(w) not in drop]
        if not shown:
            return ""
        text = "share of " + " ".join(shown)
        said = where.verb_said
        if said and lemma(said) not in LINK_VERBS and lemma(said) != "have":
            who = is_people(normal(shown[-1])) or normal(shown[-1]) in PEOPLE_LIKE
            text += f" who {said}" if who else f" {said}"
        return text
    if claim.kind == "duration" and where.lead == "-":
        return f"duration ({' '.join(where.words)})"  # "12-hour shifts", "30-day readmissions"
    if (
        claim.kind == "duration"
        and where.verb_said.endswith("ing")
        and where.words == [where.verb_said]
    ):
        return f"time spent {where.verb_said}"  # "spent four years teaching"
    if claim.kind == "duration" and where.activity:
        kept = [w for w in where.activity if normal(w) not in drop]
        if not kept:
            return ""  # every word of the activity names the place or the firm already
        while len(kept) > 1 and kept[-1].lower() in PREPOSITIONS | DETERMINERS:
            kept.pop()  # "taught at Lincoln High" → "taught" (the entity follows the label)
        cut = kept.index("of", 1) if "of" in kept[1:] else 0
        if len(kept) > ACTIVITY_WORDS // 2 and cut >= 3:
            kept = kept[:cut]  # "cleared the backlog of 4,200 items"
        if len(kept) > ACTIVITY_WORDS:
            kept = [*kept[:3], "…", *kept[-3:]]
        return _how_long(where.lead, " ".join(kept), where.by_you)
    return ""


def _how_long(lead: str, activity: str, by_you: bool = True) -> str:
    """ "how long you owned the service" (for two years), "time spent teaching", "time taken
    (cleared the backlog)" (in three weeks): the words said, never a stem; "how long
    (carried the pages)" when someone else did it."""
    if activity.split()[0].lower().endswith("ing"):
        return f"time spent {activity}"
    if lead in ("in", "within"):
        return f"time taken ({activity})"
    return f"how long you {activity}" if by_you else f"how long ({activity})"


def _count_subject(
    r: Reading, claim: Claim, where: Located, drop: frozenset[str]
) -> Subject | None:
    if _PARTITIVE.search(claim.text) and not told_as_whole(r.text[: claim.start]):
        return None  # "two of them": a part of a group, not its size
    unit = (claim.unit or "").lower()
    if where.by_work:  # "thirty-five women making lace": counted as lace makers
        return build("count", where.by_work, drop=drop, container=where.container,
                     verb=where.verb, period=where.period, verb_said=where.verb_said)  # fmt: skip
    if unit and unit not in ("point", "points", "pts", "percentage"):
        head = normal(unit)  # the counted noun, even when the entity's name has it too
        extra = [w for w in _words(claim.text) if normal(w) != head]
        reports = unit in ("reports", "report") and not where.container
        container = "reports" if reports else where.container  # "six direct reports"
        return build("count", [], head=head, extra=[*extra, *where.extra], drop=drop,
                     container=container, verb=where.verb, period=where.period,
                     verb_said=where.verb_said)  # fmt: skip
    if unit:  # "12 points": what went up is said before
        return build("count", where.words, extra=where.extra, drop=drop, verb=where.verb,
                     unit=unit, verb_said=where.verb_said)  # fmt: skip
    if where.container:  # "a team of five"
        return build("count", [], head="people", container=where.container, verb=where.verb,
                     verb_said=where.verb_said)  # fmt: skip
    if where.words:  # "grew daily active users from 10k to 50k"
        return build("count", where.words, extra=where.extra, drop=drop, verb=where.verb,
                     verb_said=where.verb_said)  # fmt: skip
    return None


SPELLED = frozenset(["dozen", "half", "point", "hundred", "thousand", "million", "billion"])


def _words(text: str) -> list[str]:
    """The describing words of a claim's text: "about 40 enterprise customers" → enterprise,
    customers."""
    return [w for w in re.findall(r"[A-Za-z][\w-]+", text.lower())
            if w not in STOP and to_number(w) is None and w not in SPELLED
            and w not in PERIODS]  # fmt: skip


def _date_subject(where: Located, drop: frozenset[str]) -> Subject | None:
    verb = where.verb
    if not verb or verb in ("be", "have", "do", "get", "go"):
        return None
    event = VERB_CLASS.get(verb, verb) if VERB_CLASS.get(verb) == "ship" else verb
    objects = [w for w in where.words + where.extra if normal(w) not in drop | SEASON_WORDS]
    if event in ("start", "begin") and not objects:
        event = "join"  # "started at Contoso in 2020" is when you joined it
    return build("date", [], head=EVENTS.get(event, event), extra=objects, drop=drop,
                 verb_said=where.verb_said)  # fmt: skip


_ARTICLE = r"(?:(?:an?|the|our|acting|interim)\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+)?$"
_COMPANY = r"(?:\s+(?:at|with)(?:\s+[A-Z][\w&'’.-]*){1,4})?"
_TITLE_LEADS = (
    (
        "start",
        compiled(
            r"\b(?:hired|joined|started|brought\s+in|came\s+in)\s+as\s+" + _ARTICLE,
            re.IGNORECASE,
        ),
    ),
    (
        "promotion",
        compiled(
            r"\b(?:promoted\s+to|moved\s+up\s+to|stepped\s+up\s+(?:as|to)|became)\s+" + _ARTICLE,
            re.IGNORECASE,
        ),
    ),
    (
        "current",
        compiled(
            r"(?:\b(?:my\s+)?(?:current\s+)?(?:job\s+)?title" + _COMPANY + r"\s+is|"
            r"\b(?:current\s+(?:job\s+)?)?title\s*:|\b(?:role|position)" + _COMPANY + r"\s+is|"
            r"\bcurrent\s+(?:job|role|post|position)\s+as|"
            r"\bi['’]?m\s+(?:currently\s+|now\s+|still\s+)?|\bi\s+am\s+(?:currently\s+|now\s+)?|"
            r"\bcurrently\s+(?:work\s+as\s+)?)\s*" + _ARTICLE,
            re.IGNORECASE,
        ),
    ),
    (
        "held",
        compiled(
            r"\b(?:(?:my\s+)?(?:job\s+)?title"
            + _COMPANY
            + r"\s+was|(?:role|position)"
            + _COMPANY
            + r"\s+was|"
            r"i\s+was|worked\s+as|served\s+as|left(?:\s+[\w&'’.-]+){0,4}\s+as)\s+" + _ARTICLE,
            re.IGNORECASE,
        ),
    ),
)
# "As Underwriting Manager at Castlegate, I sign off…" (now) / "As duty manager, I ran…" (then)
_AS = compiled(r"(?:^|[.!?;:]\s+)as\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_PRESENT_AFTER = compiled(
    r"[^.!?]*?[,\s]\s*(?:i['’]m\b|i\s+am\b|"
    r"(?:i|we)\s+(?!was\b|were\b|had\b|did\b|used\b|would\b)([a-z]+)(?<!ed)\b)",
    re.IGNORECASE,
)
_SINCE = compiled(r"[^.!?,]{0,60}\bsince\s+(?:19|20)\d\d\b", re.IGNORECASE)
# A post told as a note: "Hangar Shift Supervisor at Skyline." / "— Administrative Officer, 2016"
_NOTE_NOW = compiled(r"\s+at\s+[A-Z]")
_NOTE_YEARS = compiled(r"\s*[,(]\s*(?:19|20)\d\d")


def _title_subject(text: str, claim: Claim) -> Subject | None:
    """Which post a title is: the one held now, the one started in, the one promoted to, or
    one held before ("I was", "my title at Gatwick was")."""
    before = text[max(0, claim.start - 48) : claim.start]
    for which, pattern in _TITLE_LEADS:
        if pattern.search(before):
            return Subject(kind="title", head=f"title:{which}")
    after = text[claim.end : claim.end + 160]
    if _AS.search(before):
        now = _PRESENT_AFTER.match(after)
        past = now is not None and bool(now.group(1)) and simple_past(now.group(1).lower())
        which = "current" if (now and not past) or _SINCE.match(after) else "held"
        # "As buyer at Haldane I ran…": then; "As ranger at Ura since 2020, I signed…": now
        return Subject(kind="title", head=f"title:{which}")
    if YEARS_HELD.search(before):
        return Subject(kind="title", head="title:held")  # "Saltline Audio (2020–23): Head of…"
    if not before.strip() or before.rstrip()[-1:] in ".!?—–-;\n":
        if _NOTE_YEARS.match(after):
            return Subject(kind="title", head="title:held")
        if _NOTE_NOW.match(after):
            return Subject(kind="title", head="title:current")
    return None
