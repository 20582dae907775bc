"""STAR: which of situation, task, action and result the answer shows, whether the result is
measured, and the quote that shows each part."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from roundtwo.analysis import data
from roundtwo.analysis.claims import Claim
from roundtwo.analysis.ownership import Action
from roundtwo.analysis.text import Sentence, quote

PARTS = ("situation", "task", "action", "result")
MEASURED_KINDS = frozenset({"percent", "money", "count", "duration", "rate"})
_CONTEXT_VERBS = re.compile(
    r"\b(?:was|were|had|wasn't|weren't|kept|used to|\w{3,}ed|came|went|got|told|said|began|saw|"
    r"made|took|gave|brought|felt|knew|lost|left|sent|ran|led|found|became|wrote|sold|grew)\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(r"\b(?:by|to|from|down|up|under|within)\b", re.IGNORECASE)
_NONE_SINCE = re.compile(r"\b(?:since|without|no longer|zero|not had|no)\b", re.IGNORECASE)
_DELIVERY = re.compile(
    r"\b(?:shipped|delivered|finished|completed|launched|closed|went live|done|resolved|released|"
    r"signed|migrated|cleared|recovered|came|finishes|finished|takes|took|runs|ran|completes|"
    r"loads|responds|answered|turnaround)\b",
    re.IGNORECASE,
)


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


def _claims_in(sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if sentence.start <= c.start < sentence.end]


def _is_result_sentence(
    sentence: Sentence, total: int, first_action: int, claims: list[Claim]
) -> bool:
    text = sentence.text
    if data.regex("lexicon", "result_markers").search(text):
        return sentence.index >= first_action or total == 1
    outcome = data.phrases_pattern("lexicon", "outcome_verbs").search(text)
    if not outcome:
        return False
    found = [c for c in _claims_in(sentence, claims) if c.kind in MEASURED_KINDS]
    hard = any(c.kind in ("money", "percent") for c in found)
    if found and (hard or _CHANGE.search(text)):
        return sentence.index >= first_action or total == 1
    late = sentence.index >= max(1, first_action + 1, (total * 3) // 5)
    return late


def _measured(sentence: Sentence, claims: list[Claim]) -> bool:
    """A measured result: a number for the outcome; a duration alone counts only for delivery
    ("shipped in four weeks"), not as a timeframe ("within a year she was leading")."""
    found = [c for c in _claims_in(sentence, claims) if c.kind in MEASURED_KINDS]
    if any(c.kind != "duration" for c in found):
        return True
    compared = len(found) >= 2 or bool(_NONE_SINCE.search(sentence.text))
    return bool(found) and (compared or bool(_DELIVERY.search(sentence.text)))


def star(
    sentences: list[Sentence], actions: list[Action], claims: list[Claim], practice: bool = False
) -> Star:
    """STAR parts of a story; for an ongoing practice (``practice``), the results of the
    instances it cites count too, though its actions are in the present tense."""
    if not sentences:
        return Star()
    evidence: dict[str, str] = {}
    total = len(sentences)
    past_actions = [a for a in actions if a.past]
    first_action = past_actions[0].sentence if past_actions else total
    situation_re = data.regex("lexicon", "situation_cues")
    task_re = data.regex("lexicon", "task_cues")
    action_sentences = {a.sentence for a in past_actions}

    for sentence in sentences:
        if "situation" not in evidence and situation_re.search(sentence.text):
            evidence["situation"] = quote(sentence.text)
        if "task" not in evidence and task_re.search(sentence.text):
            evidence["task"] = quote(sentence.text)
    if "situation" not in evidence and total > 1:
        first = sentences[0]
        dated = any(c.kind == "date" for c in _claims_in(first, claims))
        if dated or (first.index not in action_sentences and len(first.text.split()) >= 5):
            evidence["situation"] = quote(first.text)  # the opening sets the scene
    if past_actions:
        evidence["action"] = quote(sentences[past_actions[0].sentence].text)

    if practice and not past_actions and actions:
        first_action = 0
    result_idx = tuple(
        s.index
        for s in sentences
        if (past_actions or (practice and actions))
        and _is_result_sentence(s, total, first_action, claims)
    )
    quantified = False
    if result_idx:
        evidence["result"] = quote(sentences[result_idx[-1]].text)
        for index in result_idx:
            if _measured(sentences[index], claims):
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
