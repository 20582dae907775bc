"""What an interviewer would ask next, and which claims they would chase."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Any

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.kind import MOTIVATION, PRACTICE, STORY
from roundtwo.analysis.lexicon import simple_past
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.reading import lemma
from roundtwo.analysis.score import Grade
from roundtwo.analysis.star import Star
from roundtwo.analysis.text import Sentence

IMPACT_KINDS = frozenset({"percent", "money", "rate", "count"})
_CLAUSE_EDGE = compiled(r"[,;:—–]\s+|\s+(?:and|but|which|so)\s+")
_STAKES = compiled(
    r"\b(?:customer|client|patient|deadline|target|quota|quarter|budget|quality|safety|"
    r"parent|student|launch|pressure|escalat)\w*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Probe:
    kind: str
    question: str
    why: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "question": self.question, "why": self.why}


def _clause(text: str, sentence: Sentence, claim: Claim) -> str:
    """The clause of ``sentence`` around ``claim``: an exact substring of ``text``."""
    start, end = sentence.start, sentence.end
    for edge in _CLAUSE_EDGE.finditer(text, sentence.start, sentence.end):
        if edge.end() <= claim.start:
            start = edge.end()
        elif edge.start() >= claim.end:
            end = edge.start()
            break
    return text[start:end].strip().rstrip(".!?")


_METHOD_TAIL = compiled(
    r"^\W*(?:as |and )?(?:measured|tracked|counted|checked|audited|based on|according to|going by|"
    r"(?:that|this|those|these)(?:'s|’s| is| was| are| were) (?:from|off|based on|according to)|"
    r"compared|from (?:the|our|their)|per (?:the|our)|using|on (?:the|our|their) (?:own )?|where|"
    r"whereas|while|against|versus|vs\b)"
)


_CONTROL = compiled(r"^\W*(?:where|whereas|while|compared (?:to|with)|against|versus)\b", re.I)
_METHOD_NEXT = compiled(
    r"^\W*(?:that(?:'s|’s| is| was) (?:off|from|on|based on) (?:the|our|their)|(?:we|i) "
    r"(?:measured|tracked|compared|checked) (?:it|that|this)|measured (?:on|from|against)|"
    r"nothing else changed)"
)


_LOW_BASELINE = compiled(r"\b(?:only|just|barely|a mere|less than|under)\s+(?:about |around |~)?$")
# the candidate saying how they measured it, earlier in the same sentence
_METHOD_BEFORE = compiled(
    r"\b(?:looking at|going by|according to|from|in|on) (?:the|our|their|my) (?:[\w'’-]+ ){0,3}"
    r"(?:logs?|data|figures|reports?|records|system|dashboards?|registers?|returns|audits?)\b|"
    r"\b(?:i|we) (?:measured|tracked|timed|counted|compared|audited|logged|benchmarked)\b|"
    r"\bbefore and after\b|\bsame (?:\w+ ){0,2}(?:weeks|months|period) (?:before|the year before)"
)


def _backed(clause: str, text: str, sentence: Sentence, method: data.Folded) -> bool:
    """Does the claim carry its own method: in its clause ("…fell 40%, by our own count"), or
    told right after it ("…to 0.6%, measured on the client's own returns data")? A method
    word elsewhere in the sentence ("…and we didn't lose a single audit") is not its method."""
    if method.search(clause):
        return True
    at = text.find(clause, sentence.start, sentence.end)
    lead = data.fold(text[sentence.start : at]) if at > sentence.start else ""
    if _METHOD_BEFORE.search(lead):
        return True  # "I measured it from the RIS timestamps, before and after, and the wait…"
    tail = text[at + len(clause) : sentence.end] if at >= 0 else ""
    if _METHOD_TAIL.search(data.fold(tail)) is not None:
        return True  # "…under 3%, where the blocks we didn't net lost about 20%"
    after = text[sentence.end : sentence.end + 160]  # "That's off the same arrears report…"
    return _METHOD_NEXT.search(data.fold(after)) is not None


def claims_worth_chasing(
    text: str, sentences: list[Sentence], claims: list[Claim], star: Star
) -> list[str]:
    """Impact claims with no method or baseline, big numbers, and vague boasts."""
    method = data.regex("lexicon", "method_cues")
    vague = data.phrases_pattern("lexicon", "vague_impact")
    result_idx = set(star.result_sentences)
    chased: list[str] = []
    for sentence in sentences:
        in_result = sentence.index in result_idx
        has_method = bool(method.search(sentence.text))
        for claim in claims:
            if not sentence.start <= claim.start < sentence.end:
                continue
            big = (claim.kind == "money" and float(claim.value) >= 1e6) or (
                claim.kind == "percent" and float(claim.value) >= 50
            )
            impact = in_result and (
                claim.kind in IMPACT_KINDS
                or (claim.kind == "duration" and _changed_in_time(sentence.text.lower()))
            )  # "reading ages had gone up by 14 months": a change told in time is an impact
            low_start = _LOW_BASELINE.search(
                data.fold(text[max(sentence.start, claim.start - 16) : claim.start])
            )  # "Only ~55% of our drawings passed first time": how bad it was, not a claim
            if low_start and not in_result:
                continue
            if impact or big or (claim.kind == "rate" and claim.unit == "x"):
                clause = _clause(text, sentence, claim)
                control = _CONTROL.match(clause) is not None  # "…, where the unnetted lost 20%"
                if (
                    _claims_an_outcome(clause)
                    and not control
                    and not _backed(clause, text, sentence, method)
                ):
                    chased.append(clause)
        if in_result and not has_method:
            match = vague.search(sentence.text)
            if match:
                fake = _at(sentence.start + match.start(), match.end() - match.start())
                chased.append(_clause(text, sentence, fake))
    unique: list[str] = []
    for quote_ in chased:
        if quote_ and quote_ not in unique:
            unique.append(quote_)
    return unique[:5]


_MULTIPLIED = compiled(r"\b(?:doubled|tripled|trebled|quadrupled|halved)\b")


def _at(start: int, length: int) -> Claim:
    """A span of the answer as a claim with no value, for quoting its clause."""
    return Claim("", start, start + length, "", "", None, "", False)


_STEP = compiled(r"^\W*(?:and |so |then |but )?(?:i|we)(?:'ve| have| had)? (?:just )?([a-z]+)\b")
_HAD = compiled(r"(\w)['’]d ([a-z]+)")
_PARTICIPLES = frozenset(
    ("grown", "taken", "gone", "been", "done", "seen", "won", "got", "made", "built", "brought",
     "kept", "lost", "sold", "halved", "doubled", "tripled")
)  # fmt: skip


def _had_or_would(match: re.Match[str]) -> str:
    """ "we'd increased yield by 9%" is had (an outcome); "I'd cut pages by 30%" is would."""
    verb = match.group(2)
    participle = (verb.endswith("ed") and not verb.endswith("eed")) or verb in _PARTICIPLES
    return f"{match.group(1)} had {verb}" if participle else match.group()


_HEDGE_LEAD = compiled(
    r"^\W*(?:and |so |but )?(?:i(?:'d| would) (?:say|estimate|guess)|i (?:think|reckon|believe|"
    r"guess)|probably|roughly|honestly),?\s+"
)
_GOAL = compiled(
    r"\b(?:want|wanted|would|will|'d|'ll|plan|planned|aim|aimed|hope|hoped|goal|intend\w*|"
    r"expect|should|could|might|target(?:ed|ing)?)\b"
)


def _claims_an_outcome(clause: str) -> bool:
    """An impact claim says what changed ("errors fell from 120 to 15", "we cut costs by 30%"),
    not a step taken ("we agreed to launch to 10% of merchants first") or a goal ("by day
    ninety I want pages down by 30%"): only outcomes are challenged."""
    low = _HEDGE_LEAD.sub("", clause.lower())  # "I'd say the changes cut errors by 80%"
    low = _HAD.sub(_had_or_would, low)
    if _GOAL.search(low):
        return False
    if _MULTIPLIED.search(low):
        return True  # "…and tripled our digital subscriptions": a change told as a multiple
    step = _STEP.match(low) or _bare_step(low)  # "…, cut four of the eleven checks"
    verbs = data.words("lexicon", "outcome_verbs")
    if step is None:  # "errors fell from 120 to 15" is an outcome; "it was $1.2M all in" a cost
        said = set(re.findall(r"[a-z]+", low))
        going = {lemma(w) for w in said if w.endswith("ing")}  # "it was saving us €40k a year":
        gaining = bool(going & _GAINED_LEMMAS) and _MONEY.search(low) is not None  # money
        return bool(said & verbs) or gaining or _MOVED.search(low) is not None
    if step.group(1) not in verbs and step.group(1) not in ("hit", "got", "brought", "took"):
        return False
    if step.group(1) in _GAINED and _MONEY.search(low):
        return True  # "I saved the cedant $4 million": money saved or won is the outcome itself
    # "we cut costs by 30%" is an outcome; "we cut four of the eleven items" is a step
    return _CHANGE.search(low) is not None


_GAINED = frozenset(("saved", "won", "earned", "generated", "raised", "recovered", "secured"))
_GAINED_LEMMAS = frozenset(lemma(v) for v in _GAINED)  # saving, earning…
_MONEY = compiled(r"[£$€¥]\s?\d|\d\s?(?:k|m|bn|million|billion|thousand|grand)\b|\bpounds\b")


# A clause that starts on its verb and acts on things continues the candidate's own steps
# ("I mapped the flow, cut four of the eleven checks…").
_BARE_STEP = compiled(
    r"^\W*(?:and |then |also )?([a-z]+)\s+(?=(?:the|a|an|our|my|their|his|her|all|every|some|"
    r"most|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
)


def _bare_step(low: str) -> re.Match[str] | None:
    found = _BARE_STEP.match(low)
    return found if found is not None and simple_past(found.group(1)) else None


# a figure sooner or cheaper than before: "two days sooner", "a third cheaper"
_SOONER_WORDS = r"(?:sooner|earlier|faster|quicker|shorter|cheaper|fewer|less time|ahead of)"
_MOVED = compiled(
    r"\bfrom\b.{1,40}\bto\b|\bby (?:about |around |roughly |over |nearly )?\d|"
    # "the discount had narrowed to 8%", "the synergy case came out at $40M": any verb of change
    # or of landing, with the figure it reached
    r"\b[a-z]{3,}(?:ed|en) (?:to|by|from) (?:about |around |roughly |nearly |over |under |just )?"
    r"[£$€]?\d|\b(?:came|come|ended up|landed|settled|finished|closed) (?:out |in )?at\b|"
    # "three times our normal throughput": a multiple of a baseline
    r"\btimes (?:our|the|their|its|my) (?:normal|usual|previous|old|average|typical)\b|"
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of|"
    rf"several|half an?)\b)[^,.;]{{0,24}}\b{_SOONER_WORDS}\b|"
    r"\b(?:up|down|rose|fell|dropped|climbed|jumped|grew|went) (?:to|by|from)\b|"
    r"\b(?:up|down|rose|fell|dropped|climbed|jumped|grew) "
    r"(?:about |around |nearly |over |almost )?\d"
)
_BY_TIME = compiled(
    r"\b(?:up|down|rose|fell|improved|grew|increased|decreased|jumped|dropped) by\b"
)


def _changed_in_time(low: str) -> bool:
    """ "Reading ages had gone up by 14 months", "turnaround went from about 19 days to 6",
    "plans start treatment two days sooner"."""
    return (
        _BY_TIME.search(low) is not None
        or _FROM_TO.search(low) is not None
        or _SOONER.search(low) is not None
    )


_SOONER = compiled(rf"\b{_SOONER_WORDS}\b")


_FROM_TO = compiled(r"\bfrom (?:about |around |roughly |nearly |over |almost )?\S+ (?:\S+ )?to\b")
_CHANGE = compiled(r"\b(?:by|from|to|down|up|under|below|over|above)\b|%|\bpercent\b")


def _pick(kind: str, seed: int, quote_: str = "") -> Probe:
    options: list[dict[str, str]] = data.load("probes")["probes"][kind]
    option = options[seed % len(options)]
    short = quote_ if len(quote_) <= 80 else quote_[:77].rsplit(" ", 1)[0] + "…"
    return Probe(kind, option["question"].replace("{quote}", short), option["why"])


def probes(
    text: str, kind: str, star: Star, own: str, grade: Grade, chase: list[str]
) -> list[Probe]:
    """Up to three follow-ups, the most useful first."""
    seed = zlib.crc32(text.encode("utf-8", "replace"))
    wanted: list[tuple[str, str]] = []
    if kind == STORY:
        if not star.action or own == "unclear":
            wanted.append(("ownership", ""))
        if not star.result:
            wanted.append(("result", ""))
        if "specificity_low" in grade.misses:
            wanted.append(("tell_me_more", ""))
        if not star.situation and not star.task:
            wanted.append(("situation", ""))
        if star.result and not star.quantified_result:
            wanted.append(("metric", ""))
        if own == "mixed":
            wanted.append(("ownership", ""))
        wanted.extend(("assumption_challenge", c) for c in chase[:1])
        if star.action and star.result:
            if _STAKES.search(text):
                wanted.append(("values_conflict", ""))
            wanted.append(("retrospective", ""))
        wanted.append(("tell_me_more", ""))
    elif kind == PRACTICE:
        wanted.append(("tell_me_more", ""))
        wanted.extend(("assumption_challenge", c) for c in chase[:1])
        if own in ("unclear", "mixed"):
            wanted.append(("ownership", ""))
        wanted.append(("values_conflict", ""))
    elif kind == MOTIVATION:
        wanted.append(("tell_me_more", ""))
        wanted.append(("values_conflict", ""))
    elif grade.score is not None:
        wanted.append(("tell_me_more", ""))
        wanted.append(("situation", ""))
    result: list[Probe] = []
    seen: set[str] = set()
    for probe_kind, quote_ in wanted:
        if probe_kind in seen:
            continue
        seen.add(probe_kind)
        result.append(_pick(probe_kind, seed, quote_))
        if len(result) == 3:
            break
    return result
