"""Where a claim sits in its clause — the words of what it measures, its verb, its role in a
change (a level, a delta "by 40%", the start "from 8%" or the end "to 5%"), the container of a
count ("on the team"), a period ("per shift", "a week"). ``naming.subject_of`` turns that
into the subject."""

from __future__ import annotations

from dataclasses import dataclass, field

from roundtwo.analysis.activity import PREPOSITIONS, activity_before, token_at
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.lexicon import (
    CHANGE_VERBS,
    CONTAINERS,
    LINK_VERBS,
    STOP,
    VERB_MEASURES,
    VERBS,
)
from roundtwo.analysis.reading import DETERMINERS, PRONOUNS, Reading, is_verb, lemma
from roundtwo.analysis.text import ARROW
from roundtwo.analysis.units import SECONDS

SOFT = frozenset(["only", "just", "exactly", "precisely", "barely", "all", "almost", "nearly",
                  "about", "around", "roughly", "approximately", "some", "easily", "bit",
                  "little"])  # fmt: skip
AUXILIARY = frozenset(["has", "had", "have", "been", "'ve", "'s", "also", "then", "finally",
                       "eventually", "now", "just", "already", "all", "steadily", "quickly",
                       "gradually", "significantly", "dramatically", "nearly", "almost",
                       "up", "down", "back", "sharply", "slowly", "only", "later", "even",
                       "ultimately", "actually", "really", "still", "itself", "themselves",
                       "is", "was", "were", "are"])  # fmt: skip
ENGINE_MISREADS = frozenset(["against", "versus", "vs", "compared", "across", "including",
                            "with", "from", "over", "under"])  # fmt: skip
SEASON_WORDS = frozenset(["early", "mid", "late", "end", "beginning", "start", "spring", "summer",
                          "autumn", "fall", "winter", "middle"])  # fmt: skip
STAT_NOUNS = frozenset(["average", "median", "mean", "total", "maximum", "minimum", "peak"])
INDIRECT = frozenset(["save", "give", "cost", "earn", "pay", "bring", "win", "generate",
                      "net", "make"])  # fmt: skip
OBJECT_PRONOUNS = frozenset(["us", "me", "them", "him", "her", "you", "everyone", "the"])
PERIODS = {
    "hour": "hour", "hr": "hour", "day": "day", "night": "night", "shift": "shift",
    "week": "week", "wk": "week", "month": "month", "quarter": "quarter", "year": "year",
    "yr": "year", "annum": "year", "semester": "semester", "term": "term", "sprint": "sprint",
    "weekend": "week",
}  # fmt: skip
PER = frozenset(["a", "an", "per", "each", "every", "/"])
LINKS = frozenset(["on", "in", "at", "for", "of", "across"])
CONTEXT_BEFORE_DURATION = frozenset(["over", "during", "across", "after", "before",
                                     "throughout", "past", "last", "next", "every", "each",
                                     "per", "ago", "about", "around"])  # fmt: skip
# "in the end", "in total", "in practice": how it is said, not what is measured
ADVERBIAL_NOUNS = frozenset(["end", "total", "all", "fact", "practice", "theory", "effect",
                             "turn", "short", "general", "particular", "person", "full",
                             "hindsight", "reality", "time", "summary", "aggregate"])  # fmt: skip
# a sum its thing fetched: "the whole sale made £900k", "the lot fetched £40k"
FETCH_VERBS = frozenset(["make", "fetch", "bring", "gross", "net", "total", "realise", "realize",
                         "raise", "generate", "sell"])  # fmt: skip
DELTA_NOUNS = frozenset(["reduction", "increase", "drop", "improvement", "growth", "uplift",
                         "lift", "gain", "decrease", "cut", "rise", "jump", "decline",
                         "boost", "fall", "saving", "savings", "raise"])  # fmt: skip


@dataclass
class Located:
    words: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    verb: str = ""
    role: str = "level"
    container: str = ""
    period: str = ""
    after_claim: bool = False  # "to 5%" right after "from 8%": the words are the other's
    context_only: bool = False  # "over two years": the period of a change, not a fact
    verb_said: str = ""  # the verb as said ("compared"), for labels: ``verb`` is a lemma
    share: bool = False  # "10% of traffic": a share of what follows
    activity: list[str] = field(default_factory=list)  # "owned the … service" for two years
    lead: str = ""  # the word before the figure: "for", "in", "of"…
    by_you: bool = True  # the activity's doer is "I" or "we", not "he" or "the team"
    by_work: list[str] = field(default_factory=list)  # "women making lace": lace makers


def locate(r: Reading, claim: Claim, claim_ends: frozenset[int] = frozenset()) -> Located:
    """Read the clause around ``claim``; ``claim_ends`` are where the statement's claims end."""
    first, last = r.span(claim.start, claim.end)
    s_first, s_last = r.sentence_tokens(claim.start)
    c_first = r.clause_start(first, s_first)
    c_last = r.clause_end(last, s_last)
    c_first = _label_before(r, c_first, s_first)
    found = Located()
    k = first - 1
    while k >= c_first and (
        r.tokens[k].low in SOFT or (r.tokens[k].low == "a" and r.tokens[k + 1].low in SOFT)
    ):
        k -= 1  # "about", "a bit under", "a little over"
    while k - 2 >= c_first and r.tokens[k].low == "of" and r.tokens[k - 1].low in STAT_NOUNS:
        if r.tokens[k - 2].low not in ("a", "an", "the"):
            break
        found.extra.append(r.tokens[k - 1].low)  # "rose by an average of 14 months"
        k -= 3
    prev = r.tokens[k].low if k >= c_first else ""
    change = _change_before(r, c_first, k)
    anchor = k
    moved_to = claim.text.lower().split()[:2] in (["up", "to"], ["down", "to"])
    if prev == "from":
        found.role, anchor = "start", k - 1
        if anchor - 1 >= c_first and r.tokens[anchor].low in ("down", "up", "back", "off"):
            anchor -= 1  # "came down from twelve percent": the verb, not its particle
    elif prev in ("to", ARROW) or (moved_to and k >= c_first):
        # "got retention up to 58 percent", "from 81 percent up to 89": where it got to
        change = change or prev == ARROW or (moved_to and _moved(r, c_first, k))
        j = k - 1 if prev in ("to", ARROW) else k
        if j >= c_first and r.tokens[j].low in ("down", "up", "back", "all", "way"):
            j -= 1
        found.after_claim = j >= s_first and r.tokens[j].end in claim_ends
        found.role = "end" if change or found.after_claim else "level"
        anchor = j
    elif prev == "by":
        moved = k - 1 >= c_first and r.tokens[k - 1].low in ("up", "down")
        found.role = "delta" if change or moved else "level"  # "came down by 35 percent"
        anchor = k - 1
        if anchor >= c_first and r.tokens[anchor].low in ("up", "down", "back", "out", "off"):
            anchor -= 1  # "went up by 12 points"
    elif prev in ("up", "down") and claim.kind != "duration" and not _phrasal(r, k, c_first):
        found.role, anchor = "delta", k - 1
    elif prev == "+" and r.tokens[k].end == claim.start:
        found.role = "delta"  # "+15% wheat yield"
    elif prev in ("of", "at", "in", "within", "for", "inside", "under", "worth", "on"):
        anchor = k - 1
        if prev == "worth" and anchor >= c_first and r.tokens[anchor].low in ("was", "is"):
            anchor -= 1
        if prev == "of" and claim.kind == "count":
            anchor = k  # "a team of five": the container, not the measure
        lifted = k - 1 >= c_first and r.tokens[k - 1].low in DELTA_NOUNS
        if prev == "of" and claim.kind in ("percent", "money") and lifted:
            found.role = "delta"  # "a lift of seven percentage points"
    elif claim.kind == "duration" and prev in CONTEXT_BEFORE_DURATION:
        found.context_only = True
    if claim.kind == "percent" and found.role == "level" and anchor == k and change:
        found.role = "delta"  # "dropped forty percent", "grew revenue 30%"
    _measure(r, claim, found, anchor, c_first, last, c_last)
    if claim.kind == "count" and last < c_last:
        doing = _doing_after(r, claim, last, c_last)
        if doing:  # "thirty-five women making lace": lace makers
            found.by_work = doing
    if claim.kind == "money":
        _money_measure(r, found, last, c_last)
    if claim.kind == "percent" and not found.after_claim:
        _share_of(r, found, last, c_last)
    found.lead = prev
    if claim.kind == "duration" and prev in ("for", "in", "within") and anchor >= c_first:
        _activity(r, found, anchor, c_first)
    elif claim.kind == "duration" and _adjective(claim) and last < c_last:
        length_of = r.phrase_right(last, c_last)  # "three 12-hour shifts": a shift's length
        if length_of:
            found.words, found.extra, found.lead = length_of, [], "-"
    found.period = _period(r, claim, last, c_last)
    if claim.kind in ("count", "rate"):
        found.container = _container(r, claim, first, last, c_first, c_last)
    if found.role == "level" and last < s_last and r.tokens[last].low == ARROW:
        found.role = "start"  # "4.1% → 2.6%"
    if found.role == "level" and found.verb in ("hit", "reach"):
        found.role = "end"  # "we hit $3M ARR", "reached 97%": where a change got to
    if claim.kind == "count" and found.role == "level" and _increment(r, first, last, prev):
        found.role = "delta"  # "we've taken on two more framers since", "another three nurses"
    if claim.kind in ("percent", "money") and found.role == "level":
        nxt = r.tokens[last].low if last < c_last else ""
        if nxt in DELTA_NOUNS:
            found.role = "delta"
            found.words = r.phrase_right(last + 2, c_last) if last + 1 < c_last else []
    return found


# people counted by who they are, whose work is said after them
_PLAIN_PEOPLE = frozenset(["women", "woman", "men", "man", "people", "ladies", "guys", "folk",
                           "folks", "lads", "girls", "boys", "staff", "workers",
                           "hands"])  # fmt: skip


# "-ing" words that say who is counted in, not what they do
_NOT_WORK = frozenset(["including", "excluding", "counting", "involving", "totalling", "totaling",
                       "comprising", "following", "regarding", "concerning", "according",
                       "during", "being", "having", "getting", "going", "coming", "waiting",
                       "working", "sitting", "standing", "living", "staying"])  # fmt: skip


def _doing_after(r: Reading, claim: Claim, last: int, ceiling: int) -> list[str]:
    """ "thirty-five women making lace", "twelve men driving the trucks": the people named by
    their work, as "lace makers" and "truck drivers" are ([] when not so told)."""
    if (claim.unit or "").lower() not in _PLAIN_PEOPLE:
        return []
    verb = r.tokens[last]
    if (
        not verb.low.endswith("ing")
        or verb.low in _NOT_WORK
        or not is_verb(verb, r.tokens[last - 1])
    ):
        return []
    base = lemma(verb.low)
    thing = [w for w in r.phrase_right(last + 1, ceiling) if w not in DETERMINERS]
    if not thing or len(base) < 3:
        return []
    agent = base + ("r" if base.endswith("e") else "er")
    return [*thing[-1:], agent + "s"]


_SINGULAR_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "night", "shift")


def _adjective(claim: Claim) -> bool:
    """ "a ten-minute call", "a two day job", "three 12-hour shifts": a length that
    describes the noun after it, not a length of its own."""
    if "-" in claim.text:
        return True
    last = claim.text.lower().split()[-1]
    return last in _SINGULAR_UNITS and claim.factor > 0 and float(claim.value) / claim.factor > 1


MOVERS = frozenset(["get", "take", "bring", "push", "move", "drive", "pull", "knock", "lift"])


# "made up 45%", "turning up six sites a day", "took up 30% of my time": "up" that is not a rise.
PHRASAL_UP = frozenset(["make", "turn", "show", "end", "set", "sign", "pick", "take", "open"])


def _phrasal(r: Reading, k: int, floor: int) -> bool:
    if k - 1 >= floor and r.tokens[k - 1].low == "-" and r.tokens[k - 1].end == r.tokens[k].start:
        return True  # "Gift Aid sign-up 38%", "start-up costs": a noun, not a rise
    return k - 1 >= floor and lemma(r.tokens[k - 1].low) in PHRASAL_UP


def _moved(r: Reading, floor: int, k: int) -> bool:
    """ "got retention up to 58%": a verb that moves its object up or down to a figure."""
    return any(lemma(r.tokens[j].low) in MOVERS for j in range(floor, k + 1))


_REPORTED = frozenset(["said", "told", "mentioned", "note", "notes", "re", "answered", "asked"])


def _label_before(r: Reading, c_first: int, s_first: int) -> int:
    """A note's label is part of the clause after its colon ("Persistent absence: 22% → 16%",
    "Tech TTH Q3 2024: 38 days avg")."""
    colon = c_first - 1
    if colon <= s_first or r.tokens[colon].low != ":":
        return c_first
    start = r.clause_start(colon, s_first)
    words = r.tokens[start:colon]
    if words and words[0].low in _REPORTED:
        return c_first  # "Said: 7 yrs at Calder Valley", "Told Tom: …": who was told, not what
    if 0 < len(words) <= 6 and all(t.kind in ("word", "num") for t in words):
        return start
    return c_first


_RELATIVE = frozenset(["which", "that"])


def _antecedent(r: Reading, floor: int) -> tuple[int, int]:
    """ "the freight budget, which was about £2.4 million": a relative clause measures the
    noun it hangs on, in the clause before. (last token of that noun, its clause's start);
    (floor - 1, floor) when the clause is not relative."""
    rel = floor - 1
    if rel < 0 or r.tokens[rel].low not in _RELATIVE:
        return floor - 1, floor
    k = rel - 1
    if k >= 0 and r.tokens[k].low == ",":
        k -= 1
    s_first, _ = r.sentence_tokens(r.tokens[rel].start)
    if k < s_first:
        return floor - 1, floor
    start = r.clause_start(k, s_first)
    _, _, first = r.phrase_left(k, start)
    p = first - 1  # "the budget at Hartwell, which…": the budget, not the place
    if start < p < k and r.tokens[p].low in PREPOSITIONS and r.tokens[p - 1].kind == "word":
        k = p - 1
    return k, start


def _change_before(r: Reading, floor: int, k: int) -> bool:
    for j in range(k, floor - 1, -1):
        token = r.tokens[j]
        if (
            token.kind == "word"
            and lemma(token.low) in CHANGE_VERBS
            and is_verb(token, r.tokens[j - 1] if j > 0 else None)
        ):
            return True
    return False


def _measure(
    r: Reading, claim: Claim, found: Located, anchor: int, floor: int, last: int, ceiling: int
) -> None:
    if found.after_claim or found.context_only:
        return
    if claim.kind == "duration" and last < ceiling and r.tokens[last].low == "of":
        words = r.phrase_right(last + 1, ceiling)  # "all 140 minutes of the Ember Isle score"
        if words and not all(w in PRONOUNS for w in words):
            found.words = words
            return
    owner = _owned_by(r, claim, last, ceiling)
    if owner:
        found.words = owner  # "a month's notice", "two weeks' leave": the length of the notice
        return
    a = anchor
    if a > floor and r.tokens[a].low == ":":
        a -= 1  # "Persistent absence: 22%": the note's label
    while a >= floor and r.tokens[a].low in OBJECT_PRONOUNS and a - 1 >= floor:
        if not is_verb(r.tokens[a - 1], token_at(r, a - 2)):
            break
        a -= 1  # "saved us $500k", "took us three months"
    if a < floor:
        _right(r, claim, found, last, ceiling)
        return
    token = r.tokens[a]
    if is_verb(token, token_at(r, a - 1)):
        found.verb, found.verb_said = lemma(token.low), token.low
        said_of = (
            claim.kind == "money" and found.verb in FETCH_VERBS and not _named_after(r, last)
        )  # "the whole sale made £900k"; not "brought in £14 million of revenue"
        if found.verb in LINK_VERBS or found.role in ("start", "end", "delta") or said_of:
            j = a - 1
            while j >= floor and r.tokens[j].low in AUXILIARY:
                j -= 1
            if j < floor:
                j, floor = _antecedent(r, floor)
            main, comp, _ = r.phrase_left(j, floor)
            found.words, found.extra = main, found.extra + comp
        if found.verb in ("spend", "take") and last < ceiling:
            gerund = r.tokens[last].low
            if gerund.endswith("ing") and gerund not in STOP:
                found.words = [gerund]  # "spent two weeks testing"
                found.verb, found.verb_said = lemma(gerund), gerund
    else:
        main, comp, start = r.phrase_left(a, floor)
        found.words, found.extra = main, found.extra + comp
        verb = r.verb_left(start - 1, floor, reach=1 if claim.kind != "count" else 7)
        if verb is not None:
            found.verb, found.verb_said = verb[0], r.tokens[verb[1]].low
            right_before = verb[1] == start - 1 or (
                verb[1] == start - 2 and r.tokens[start - 1].low in DETERMINERS
            )
            if right_before and verb[0] in INDIRECT and len(main) <= 2 and not comp:
                found.words, found.extra = [], []  # "saved the team 20 hours": not the team
                _indirect(found, claim)
    if not found.words or all(w in PRONOUNS for w in found.words):
        found.words = []
        _right(r, claim, found, last, ceiling)


def _owned_by(r: Reading, claim: Claim, last: int, ceiling: int) -> list[str]:
    """A length said in the possessive is the length of the noun after it ("one month's
    notice", "three weeks' paid leave", "a year's salary")."""
    if claim.kind != "duration" or last >= ceiling:
        return []
    k = last
    if r.tokens[k].text in ("'", "’") and r.tokens[k].start == claim.end:
        k += 1  # "two weeks' notice"
    elif not claim.text.lower().endswith(("'s", "’s")) and not _bare_owner(r, k, ceiling):
        return []
    if k >= ceiling or r.tokens[k].kind != "word":
        return []
    words = r.phrase_right(k, ceiling)
    return [] if not words or all(w in PRONOUNS for w in words) else words


# Words after a length that say when or how, not what it is the length of
_NOT_OWNED = frozenset(
    ["later", "ago", "earlier", "before", "after", "early", "late", "running", "straight",
     "ahead", "behind", "back", "long", "old", "overdue", "apart", "away", "out", "off", "on",
     "in", "of", "into", "together", "solid", "flat", "now", "then", "there", "here", "left",
     "more", "less"]
)  # fmt: skip


def _bare_owner(r: Reading, k: int, ceiling: int) -> bool:
    """ "one month notice", "three months notice": the possessive dropped, a lone noun after
    the length that ends its phrase ("…notice, so I can join in March")."""
    if k >= ceiling or r.tokens[k].kind != "word":
        return False
    word = r.tokens[k].low
    if word in STOP or word in _NOT_OWNED or word.endswith(("ly", "ing", "ed")):
        return False
    nxt = r.tokens[k + 1] if k + 1 < len(r.tokens) else None
    return nxt is None or nxt.kind == "punct" or k + 1 >= ceiling


def _share_of(r: Reading, found: Located, last: int, ceiling: int) -> None:
    """ "85% of my students passed", "115% of quota": the share is of what follows."""
    if last + 1 >= ceiling or r.tokens[last].low != "of":
        return
    words = r.phrase_right(last + 1, ceiling)
    if not words or all(w in PRONOUNS for w in words):
        return
    k = last + 1
    while k < ceiling and r.tokens[k].low not in words:
        k += 1
    after = k + len(words)
    for j in range(k + 1, after):
        told, plural = r.tokens[j].low, r.tokens[j - 1].low
        if plural.endswith("s") and not plural.endswith("ss") and told == lemma(told) in VERBS:
            words, after = words[: j - k], j  # "of our bulletins go out": the verb, not a noun
            break
    if after < ceiling and is_verb(r.tokens[after], r.tokens[after - 1]):
        found.verb = lemma(r.tokens[after].low)  # "of my students passed"
        found.verb_said = r.tokens[after].low
    found.words, found.extra, found.share = words, [], True


def _activity(r: Reading, found: Located, anchor: int, floor: int) -> None:
    """A length told with "for" after a verb measures that activity (``activity_before``)."""
    if not found.words and not found.verb:
        return  # nothing measured here before either: not made comparable now
    activity = activity_before(r, anchor, floor)
    if activity is None:
        return
    if activity.measured:
        found.words, found.extra = activity.measured, []
    found.verb_said, found.by_you = activity.verb_said, activity.by_you
    found.activity = activity.told


def _indirect(found: Located, claim: Claim) -> None:
    if claim.kind == "duration":
        found.words = ["saved", "time"] if found.verb == "save" else [found.verb_said]
    elif found.verb in VERB_MEASURES:
        found.words = [VERB_MEASURES[found.verb]]


def _named_after(r: Reading, last: int) -> bool:
    """A sum followed by what it is a sum of ("£14 million of revenue", "£2M in sales")."""
    if last + 1 >= len(r.tokens) or r.tokens[last].low not in ("of", "in"):
        return False
    nxt = r.tokens[last + 1]
    return nxt.kind == "word" and nxt.low not in ADVERBIAL_NOUNS and nxt.low != "the"


def _money_measure(r: Reading, found: Located, last: int, ceiling: int) -> None:
    """A sum followed by what it is a sum of: "a book of about $4 million ARR", "$7M in ARR",
    "~$25M GWP", "£900k in savings" — that noun is what is measured, not the container."""
    from roundtwo.analysis.naming import MONEY_HEADS

    k = last
    if k < ceiling and r.tokens[k].low == "in":
        k += 1
    if k >= ceiling or r.tokens[k].kind != "word":
        return
    word = r.tokens[k]
    acronym = len(word.text) >= 2 and word.text.isupper() and word.text.isalpha()
    if acronym or word.low in MONEY_HEADS:
        if found.words and found.words != [word.text]:
            found.extra = [*found.extra, *found.words]
        found.words = [word.text if acronym else word.low]


# Verbs of holding a post or a charge, told after a length ("two years running the kitchen")
_HELD = frozenset(["run", "manage", "lead", "head", "supervise", "oversee", "teach", "coach",
                   "captain", "skipper", "chair", "direct", "command", "farm"])  # fmt: skip


def _right(r: Reading, claim: Claim, found: Located, last: int, ceiling: int) -> None:
    """What is measured, said after the number: "$2.4M in new business", "40% of tickets",
    "it took three months to migrate the database"."""
    k = last
    if k + 1 < ceiling and r.tokens[k].low in PER and r.tokens[k + 1].low in PERIODS:
        k += 2
    if k < ceiling and r.tokens[k].low in ("of", "in", "on") and claim.kind != "count":
        words = r.phrase_right(k + 1, ceiling)
        adverbial = r.tokens[k].low != "of" and words[-1:] and words[-1] in ADVERBIAL_NOUNS
        if words and not all(w in PRONOUNS for w in words) and not adverbial:
            found.words = words
            return
    if claim.kind == "duration" and k + 1 < ceiling and r.tokens[k].low == "to":
        verb = r.tokens[k + 1]
        if verb.kind == "word" and verb.low not in STOP:
            found.verb, found.verb_said = lemma(verb.low), verb.low
            thing = r.phrase_right(k + 2, ceiling)  # "took 3 months to migrate the database"
            found.words, found.extra = (thing, [verb.low]) if thing else ([verb.low], [])
            return
    if claim.kind == "duration" and k + 1 < ceiling and r.tokens[k].low.endswith("ing"):
        verb = r.tokens[k]  # "in my five years running the cages": how long running them
        thing = r.phrase_right(k + 1, ceiling)
        if lemma(verb.low) in _HELD and thing:
            found.verb_said, found.words, found.extra = verb.low, thing, []
            return
    if claim.kind == "money" and found.verb in VERB_MEASURES:
        found.words = [VERB_MEASURES[found.verb]]  # "saved us $500k" → savings
    elif claim.kind in ("money", "percent", "duration") and claim.subject:
        words = claim.subject.split()
        if words[0].lower() not in ENGINE_MISREADS:
            found.words = words


def _period(r: Reading, claim: Claim, last: int, ceiling: int) -> str:
    """ "per shift", "a week", "every night", also inside the claim ("20 hours a week")."""
    if claim.kind == "count":
        return ""  # "20 nurses every night shift" is a headcount
    first, _ = r.span(claim.start, claim.end)
    for k in range(first + 1, min(last + 1, ceiling - 1)):
        per = r.tokens[k].low in PER and r.tokens[k + 1].low in PERIODS
        if per and (k == last or r.tokens[k - 1].low in SECONDS):
            return PERIODS[r.tokens[k + 1].low]
    if claim.kind == "rate" and claim.unit and "/" in claim.unit:
        return PERIODS.get(claim.unit.split("/")[-1], claim.unit.split("/")[-1])
    if last < ceiling and r.tokens[last].low in ("hourly", "monthly", "annually", "yearly"):
        return {"hourly": "hour", "monthly": "month"}.get(r.tokens[last].low, "year")
    return ""


_MORE = frozenset(("more", "extra", "additional", "further"))


def _increment(r: Reading, first: int, last: int, prev: str) -> bool:
    """A count told as an addition to what was there ("two more framers", "another three"),
    not as the level itself."""
    return prev in _MORE | {"another"} or any(t.low in _MORE for t in r.tokens[first:last])


def _container(r: Reading, claim: Claim, first: int, last: int, floor: int, ceiling: int) -> str:
    """ "a team of five", "my team was 7", "seven people on my team", "the squad had six"."""
    head = lemma(claim.unit or "")
    for k in range(first - 1, max(floor, first - 7) - 1, -1):
        word = r.tokens[k].low
        if word in CONTAINERS and lemma(word) != head:
            return word
    for k in range(last, min(ceiling, last + 6)):
        word = r.tokens[k].low
        linked = any(r.tokens[j].low in LINKS for j in range(last, k))
        if word in CONTAINERS and lemma(word) != head and k > last and linked:
            nxt = r.tokens[k + 1].low if k + 1 < ceiling else ""
            return nxt if nxt in CONTAINERS else word  # "the box office team": the team
    return ""
