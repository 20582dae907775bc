"""The rubrics of the question types that are not stories (docs/rubric.md, Question types):
a plan, a technical answer, a fact, a salary answer, a logistics answer and the candidate's own
questions are each graded for what the question asked, never for a STAR shape they never had.

Each grader reads the signals its rubric names — in the answer's structure (a question mark,
a figure, a sequence, a clause that explains) more than in its vocabulary — and returns the
score with the one gap to fix first.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.delivery import Delivery
from roundtwo.analysis.ownership import Action
from roundtwo.analysis.specificity import Specificity
from roundtwo.analysis.text import Sentence


@dataclass(frozen=True, slots=True)
class Reading:
    """What every rubric may look at in one answer."""

    text: str
    question: str
    sentences: list[Sentence]
    claims: list[Claim]
    actions: list[Action]
    spec: Specificity
    delivery: Delivery
    non_answer: bool


def _cue(key: str) -> data.Folded:
    return data.regex_at("questions", "rubric_cues", key)


def _hits(key: str, text: str) -> int:
    return len(_cue(key).findall(text))


def _built(r: Reading) -> bool:
    """Backed by a real time: the candidate's own steps told in the past."""
    return sum(1 for a in r.actions if a.past) >= 1 and _hits("experience", r.text) >= 1


_STAGES = 3  # steps told in order: a plan laid out in stages is concrete by its shape


def plan(r: Reading) -> tuple[int, str]:
    """A plan or a hypothetical: concrete (who first, what in what order, what is measured)
    and backed by a time it was done."""
    if r.non_answer or r.delivery.words < 6:
        return 1, "plan_specific"
    staged = _hits("sequence", r.text) >= _STAGES  # "Month one… Month two… By day ninety…"
    concrete = (
        sum(1 for key in ("sequence", "people", "measure", "reasons") if _hits(key, r.text))
        + int(r.spec.level == "high" or staged)
        - int(r.spec.level == "low" and not staged)
    )
    backed = _built(r) or sum(1 for a in r.actions if a.past) >= 2
    if r.delivery.words < 15 or (concrete == 0 and r.spec.level == "low"):
        return 2, "plan_specific"
    if concrete < 2:
        return 3, "plan_specific"
    if backed:
        return 5, ""
    return 4, "plan_experience"


def reflection(r: Reading) -> tuple[int, str]:
    """A look back at a story ("what would you do differently?"): "I would have…" is the
    right form here, not a hypothetical. Graded on a concrete change and why it matters."""
    if r.non_answer or (_hits("same_again", r.text) and r.delivery.words < 25):
        return 1, "reflection_change"
    if r.delivery.words < 8 or not names_change(r.text):
        return 2, "reflection_change"  # "Honestly, I think it went very well…": nothing to change
    concrete = r.spec.level != "low" or bool(r.claims)
    reasoned = _hits("reasons", r.text) > 0
    if concrete and reasoned:
        return 5, ""
    if concrete or reasoned:
        return 4, "reflection_why" if concrete else "reflection_change"
    return 3, "reflection_change"


def says_how_measured(text: str) -> bool:
    """Does a plan say how success would be measured ("renewals from 82% to 90%", "I'd track
    time to first value")? Scope counts ("eight CSMs", "40 accounts") do not."""
    return _hits("success_measure", text) > 0


def names_a_measure(text: str) -> bool:
    """Does the text name something counted or tracked ("batches out of spec in the lab
    register, per week", "days of lost harvest, counted in the crew log")? "Everyone happy"
    does not."""
    return _hits("measure", text) > 0 or says_how_measured(text)


def names_change(text: str) -> bool:
    """Does a look back name something changed, learned or regretted ("I'd have…", "next
    time", "the lesson", "earlier")? Praise of how it went does not."""
    return _hits("change_named", text) > 0


def asks_own_part(question: str) -> bool:
    """Does the question ask for the candidate's own part ("what did you personally do?")?"""
    return _hits("own_part", question) > 0


def is_reflection(question: str) -> bool:
    """A look back at the story on the table, not a request for a new story."""
    return _cue("reflection_question").search(question) is not None and not _cue(
        "story_ask"
    ).search(question)


_DEVELOPED = 50  # words: below this a technical answer can be right but not deep


def technical(r: Reading) -> tuple[int, str]:
    """Correctness signals (a mechanism explained), trade-offs and depth."""
    if r.non_answer or (_hits("unsure", r.text) and r.delivery.words < 40):
        return 1, "technical_mechanism"
    if r.delivery.words < 8:
        return 2, "technical_mechanism"
    explains = _hits("explains", r.text)
    buzz = _hits("buzzwords", r.text)
    if explains == 0 or (buzz >= 2 and explains < 2) or r.delivery.words < 15:
        concrete = r.delivery.words >= 8 and buzz == 0 and r.spec.level != "low"
        concrete = concrete or (explains >= 1 and buzz == 0)
        return (3 if concrete else 2), "technical_mechanism"
    if r.delivery.words < _DEVELOPED:
        return 3, "technical_depth"  # right in two lines, but no room for trade-offs or depth
    trade = _hits("tradeoffs", r.text) > 0
    deep = (
        _hits("failure_cases", r.text) > 0
        or any(c.kind in ("count", "percent", "duration", "rate", "money") for c in r.claims)
        or _built(r)
    )
    if trade and deep:
        return 5, ""
    if trade or deep:
        return 4, "technical_depth" if trade else "technical_tradeoffs"
    return 3, "technical_tradeoffs"


def fact(r: Reading) -> tuple[int, str]:
    """The fact asked for, plainly: complete without any story."""
    if r.non_answer or _hits("withheld", r.text):
        return 1, "fact_missing"
    if not _gives_fact(r):
        return 2, "fact_missing"
    hedged = _hits("hedged_fact", r.text) > 0
    buried = r.delivery.words > 90 and not _gives_fact(_first(r))
    if hedged or buried:
        return 4, "fact_hedged"
    return 5, ""


def _first(r: Reading) -> Reading:
    head = r.sentences[0].text if r.sentences else ""
    claims = [c for c in r.claims if r.sentences and c.end <= r.sentences[0].end]
    return Reading(head, r.question, r.sentences[:1], claims, [], r.spec, r.delivery, False)


def _gives_fact(r: Reading) -> bool:
    """Does the answer carry the form of fact the question asks for?"""
    wanted = _fact_form(r.question)
    if wanted == "quantity":
        return bool(r.claims) or _hits("quantity_words", r.text) > 0
    if wanted == "time":
        return any(c.kind in ("date", "duration") for c in r.claims) or (
            _hits("time_words", r.text) > 0
        )
    if wanted == "title":  # a post held: said as a claim, or a post's head word said plainly
        heads = data.words("lexicon", "title_heads")
        said = {w.strip(".,;:!?").lower() for w in r.text.split()}
        return any(c.kind == "title" for c in r.claims) or bool(said & heads)
    if wanted == "yes_no":
        return _hits("yes_no", r.text) > 0 or r.delivery.words >= 4
    return r.delivery.words >= 2


def _fact_form(question: str) -> str:
    for form in ("title", "quantity", "time", "yes_no"):
        if _cue(f"asks_{form}").search(question):
            return form
    return "name"


def pay(r: Reading) -> tuple[int, str]:
    """A figure or range grounded in something, with room left; or a reasoned deferral."""
    if r.non_answer or _hits("pay_unsure", r.text):
        return 1, "pay_figure"
    figure = any(c.kind == "money" for c in r.claims) or _hits("pay_figure", r.text) > 0
    basis = _hits("pay_basis", r.text) > 0
    room = _hits("pay_room", r.text) > 0
    if figure:
        if basis and room:
            return 5, ""
        if basis or room:
            return 4, "pay_room" if basis else "pay_basis"
        return 3, "pay_basis"
    if _hits("pay_defer", r.text):
        return 4, "pay_figure"
    return 2, "pay_figure"


def logistics(r: Reading) -> tuple[int, str]:
    """A clear answer with its constraint."""
    if r.non_answer:
        return 1, "logistics_clear"
    dated = _cue("asks_when").search(r.question) is not None  # a date or a notice answers it
    clear = (dated and any(c.kind in ("duration", "date") for c in r.claims)) or (
        _hits("clear_answer", r.text) > 0
    )
    if not clear:
        return (3 if r.delivery.words >= 12 else 2), "logistics_clear"
    open_ends = _hits("open_end", r.text)
    if open_ends >= 2:
        # "hopefully, yeah… we'll see": a yes that is not one; with no figure and nothing
        # else said ("Hopefully, yes. I'll have to see."), a hedge
        told = r.delivery.words >= 12 or any(c.kind in ("duration", "date") for c in r.claims)
        return (3 if told else 2), "logistics_open"
    if open_ends:
        return 4, "logistics_open"
    return 5, ""


def own_questions(r: Reading) -> tuple[int, str]:
    """Questions about this team, role and its problems that show preparation."""
    asked = [s.text for s in r.sentences if s.text.rstrip().endswith("?") or _hits("asks", s.text)]
    if not asked:
        return (1 if r.delivery.words < 6 else 2), "questions_none"
    if _hits("declines", r.text) and len(asked) == 1:
        return 2, "questions_none"
    specific = sum(1 for q in asked if _hits("specific_question", q))
    if specific >= 2:
        return 5, ""
    if specific == 1 or len(asked) >= 2:
        return 4, "questions_specific"
    return 3, "questions_specific"
