"""STAR: which of situation, task, action and result the answer shows, whether the result is
measured, and the quote that shows each part. The scene and the task are read in ``scene``,
the ending in ``endings``, the measure in ``measured``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.clauses import closing, ending_clauses, ends_after_its_steps
from roundtwo.analysis.endings import (
    ending_told_first,
    is_result_sentence,
    unsettled,
)
from roundtwo.analysis.measured import measured
from roundtwo.analysis.ownership import Action, same_in_present
from roundtwo.analysis.precompiled import compiled
from roundtwo.analysis.scene import situation_and_task
from roundtwo.analysis.text import Sentence, quote, words

PARTS = ("situation", "task", "action", "result")


# A past-tense instance or a change that lasts: what makes a practice show a result.
_INSTANCE = compiled(
    r"\b(?:was|were|had|did|went|got|came|took|ran|now|since|used to|last "
    r"(?:week|month|year|quarter|term|spring|summer|autumn|winter)|for example|once)\b"
)


_ECHO_STEM = 5
_EXAMPLE = compiled(
    r"^\W*(?:(?:and|so|but)\W+)?(?:last (?:week|month|year|quarter|term|spring|summer|autumn|"
    r"winter|season|night|shift)|recently|the other (?:day|week)|(?:just )?this (?:week|month|"
    r"year)|once|for example|for instance)\b"
)


def _told_example(sentence: Sentence) -> bool:
    """An example told in the past that ends somewhere ("Last month a guest … told me at
    checkout that the room move was why she'd be booking with us again")."""
    return bool(_EXAMPLE.search(data.fold(sentence.text))) and bool(ending_clauses(sentence))


@dataclass(frozen=True, slots=True)
class Star:
    situation: bool = False
    task: bool = False
    action: bool = False
    result: bool = False
    quantified_result: bool = False
    evidence: dict[str, str] = field(default_factory=dict)
    result_sentences: tuple[int, ...] = ()

    def to_json(self) -> dict[str, bool]:
        return {
            "situation": self.situation,
            "task": self.task,
            "action": self.action,
            "result": self.result,
            "quantified_result": self.quantified_result,
        }

    def evidence_json(self) -> dict[str, Any]:
        return dict(self.evidence)


def _echoes(actions: list[Action], question: str) -> bool:
    """Do these actions only restate the event the question names ("Tell me about a launch …"
    answered "We launched a redesign …")?"""
    asked = {w[:_ECHO_STEM] for w in words(question) if len(w) >= 4}
    return bool(asked) and all(a.verb[:_ECHO_STEM] in asked for a in actions)


def star(
    sentences: list[Sentence],
    actions: list[Action],
    claims: list[Claim],
    practice: bool = False,
    question: str = "",
) -> Star:
    """STAR parts of a story; for an ongoing practice (``practice``), the results of the
    instances it cites count too, though its actions are in the present tense."""
    if not sentences:
        return Star()
    evidence: dict[str, str] = {}
    total = len(sentences)
    past_actions = [a for a in actions if a.past and not (practice and same_in_present(a.verb))]
    if (
        past_actions
        and total > 1
        and {a.sentence for a in past_actions} == {0}
        and _echoes(past_actions, question)
    ):
        past_actions = []  # the opening restates the question's event: no action of their own
    first_action = past_actions[0].sentence if past_actions else total
    situation_and_task(sentences, past_actions, claims, first_action, evidence)
    if past_actions:
        evidence["action"] = quote(sentences[past_actions[0].sentence].text)

    if practice and actions:
        first_action = min(first_action, actions[0].sentence)  # the practice is told first
    elif not past_actions and not practice:
        first_action = min(1, total - 1)  # a story told without actions can still end somewhere
    mine = [a.sentence for a in past_actions if a.who == "i"]
    last_action = mine[-1] if mine else -1  # the candidate's own last step
    result_idx = tuple(
        s.index
        for s in sentences
        if is_result_sentence(s, total, first_action, claims, last_action)
        and (not practice or past_actions or _INSTANCE.search(data.fold(s.text)))
    )
    if not result_idx and not past_actions and _headline(sentences[0]):
        result_idx = (0,)
    told_first = ending_told_first(sentences, first_action)
    if told_first is not None and told_first not in result_idx:
        result_idx = (told_first, *result_idx)
    last = sentences[-1]
    if practice and not result_idx and total > 1 and _told_example(last):
        result_idx = (last.index,)  # "Last month that floater covered a deep clean…, and the
        # client never knew anyone was off": the practice's instance, and how it ended
    ends = past_actions and last.index not in result_idx and total > 1
    if (
        ends
        and not unsettled(last.text)
        and (
            (0 < last.index > first_action and closing(last))
            or (last.index == first_action and ends_after_its_steps(last))
        )
    ):
        result_idx = (*result_idx, last.index)  # it ends on how things stood after it
    quantified = False
    if result_idx:
        evidence["result"] = quote(sentences[result_idx[-1]].text)
        for index in result_idx:
            if measured(sentences[index], claims):
                quantified = True
                evidence["result"] = quote(sentences[index].text)
                break
    return Star(
        situation="situation" in evidence,
        task="task" in evidence,
        action=bool(past_actions),
        result=bool(result_idx),
        quantified_result=quantified,
        evidence=evidence,
        result_sentences=result_idx,
    )


def with_implied_task(value: Star, ownership: str, specificity: str) -> Star:
    """A specific story whose scene sets a problem the candidate then acts on in their own name
    implies what was theirs to do: the trouble they met was the task, said or not ("a rider
    brought in a saddle that was giving her horse sore patches. I checked the fit…"); some
    specifics are enough (medium). A story told in "we" or in generalities leaves the task
    unsaid."""
    if value.task or not (value.situation and value.action):
        return value
    if ownership not in ("clear", "mixed") or specificity not in ("high", "medium"):
        return value
    return replace(value, task=True)


def _headline(sentence: Sentence) -> bool:
    """A CV line for an answer ("Reduced invoice processing time."): it opens on an outcome
    verb, with no subject."""
    low = data.fold(sentence.text)
    found = data.phrases_pattern("lexicon", "outcome_verbs").pattern.match(low)
    return found is not None
