"""Whole mock round-two sessions over a realistic round one.

Round one is the 43-minute Teams transcript of a senior product manager
(fixtures/transcripts/ledger_round_one_teams.vtt), imported the way a user imports it, with
the debrief a user would do: two weak moments and one push-back flagged, two figures locked
in the ledger to re-check, the company's values, role and team. The interviewer's context is
read from the store exactly as the app reads it (``roundtwo.mock.context.context_for``).

Six scripted candidates answer every question; each session is played through the stateful
API (``start``/``next_action``/``ask``/``record``, with the ledger checked after every answer
as the app does) and replayed through the stateless contract (``roundtwo next``: ``decide`` on
the growing transcript). The assertions say what a good round-two interviewer does.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pytest

from helpers import FIXTURES, read_fixture
from roundtwo.config import Settings
from roundtwo.debrief import service as debrief
from roundtwo.domain import Exchange, LedgerEntry, Opportunity
from roundtwo.ledger import service as ledger
from roundtwo.mock import (
    Contradiction,
    FollowUp,
    InterviewState,
    NewTopic,
    TemplateLanguage,
    Topic,
    WrapUp,
    ask,
    next_action,
    plan_topics,
    record,
    session_feedback,
    start,
)
from roundtwo.mock.context import context_for
from roundtwo.mock.contract import decide, state_from
from roundtwo.mock.director import Action
from roundtwo.mock.language import normalise
from roundtwo.mock.ledger_link import find_contradictions
from roundtwo.mock.state import PROBE_KINDS
from roundtwo.opportunities import service as opportunities
from roundtwo.store import Store
from roundtwo.transcripts import service as transcripts

MAX_QUESTIONS = 20
SPEAKERS = {"Jordan Okafor": "me", "Priya Raman": "Priya Raman", "Tom Becker": "Tom Becker"}
ROUND_TWO = {
    a["id"]: a
    for a in json.loads((FIXTURES / "ledger_round_two.json").read_text(encoding="utf-8"))[
        "round_two"
    ]
}

# What the user flagged in the round-one debrief (matched by the start of the question).
WEAK_MOMENTS = ("That's a big jump, 31 to 52", "And how do you decide what not to build")
PUSHED_BACK = ("Can I push on that a bit",)
# Figures the user locked in the ledger: worth asking about again.
LOCKED = ("165 to 175 base", "seven percentage points")  # LedgerEntry.text


# -- the round-one context, as the app builds it ----------------------------------------------


def build_context(home: Path) -> dict[str, Any]:
    store = Store(Settings(home=home, database_url=f"sqlite:///{home / 'rt.db'}"))
    store.migrate()
    with store.transaction() as tx:
        o = opportunities.create_opportunity(
            tx, company="Larkspur", role_title="Senior Product Manager"
        )
        rnd = opportunities.add_round(tx, o, status="completed")
        data = read_fixture("ledger_round_one_teams.vtt")
        transcripts.import_transcript(tx, rnd, data, "round-one.vtt", SPEAKERS)
    with store.transaction() as tx:
        for exchange in tx.find(Exchange, round_id=rnd.id):
            if exchange.question.startswith(WEAK_MOMENTS):
                debrief.update_exchange(tx, exchange, weak_moment=True)
            if exchange.question.startswith(PUSHED_BACK):
                debrief.update_exchange(tx, exchange, pushed_back=True)
        for entry in tx.find(LedgerEntry, opportunity_id=o.id):
            if entry.text in LOCKED:
                ledger.lock(tx, entry.id)
    with store.transaction() as tx:
        opportunity = tx.get(Opportunity, o.id)
        context = context_for(tx, opportunity)
    context.update(
        team="checkout and payments",
        values=["Customers first", "Own the outcome"],
        keywords=["checkout conversion"],
    )
    # what a `roundtwo next` input file holds: plain JSON
    plain: dict[str, Any] = json.loads(json.dumps(context, default=str))
    return plain


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    found = build_context(tmp_path_factory.mktemp("round-one"))
    exchanges = found["round_one"]
    assert sum(bool(e["weak_moment"]) for e in exchanges) == len(WEAK_MOMENTS)
    assert sum(bool(e["pushed_back"]) for e in exchanges) == len(PUSHED_BACK)
    assert sum(bool(f["recheck"]) for f in found["ledger_facts"]) == len(LOCKED)
    return found


# -- the candidates ---------------------------------------------------------------------------
#
# Every strong answer stays consistent with round one: Tessellate checkout 60% -> 67% (seven
# points) in a four-week 50/50 A/B test of about 180,000 sessions, $3.2M GMV; a squad of eight
# with five engineers; Marlow Bank for three years with four engineers on onboarding, 31% ->
# 52%; cut four of eleven roadmap items; 148 base today, targeting 165 to 175.

STORIES = {
    "marlow": (
        "At Marlow Bank in 2020 I owned mobile onboarding with a team of four engineers, and "
        "completion went from 31% to 52%. Priya asked how much of that was me, so I broke the "
        "funnel down step by step and compared the steps we rebuilt with the ones we left alone. "
        "The rebuilt steps, ID capture and document upload, carried most of the gain, while the "
        "untouched steps moved by about three points, which I read as the pandemic pushing "
        "people to open accounts on their phones. So I credit roughly eighteen of the twenty-one "
        "points to the rebuild, and the rest to the branches closing."
    ),
    "roadmap": (
        "In the second half of 2023 at Tessellate I had to decide what not to build: eleven "
        "items on the checkout roadmap and room for about seven. I tied every item to one of our "
        "three metrics for the half, checkout completion, failed payments and support tickets, "
        "and I scored each one on impact against effort with our tech lead. I cut four of the "
        "eleven, including saved carts for teams, which a big account had asked for. What went "
        "wrong was that the account heard about the cut from their account manager before they "
        "heard it from me, and they escalated to our VP. I called them myself the next morning "
        "and walked them through a workaround, and they stayed. None of the four came back."
    ),
    "ab_test": (
        "Tom's question was whether the checkout lift at Tessellate came from the redesign or "
        "from the season. In September 2023 I set up a four-week A/B test with our analyst, a "
        "50/50 split over about 180,000 checkout sessions, so both arms saw the same season. "
        "What went wrong was the address autocomplete vendor timing out for users in Canada, "
        "and we missed it for three days because our dashboards only watched the US funnel. I "
        "restarted the test clock and added per-country alerts, and the clean result was a "
        "lift from 60% to 67% completion. We kept a 5% holdout through Q1 2024, our slowest "
        "quarter, and the gap held."
    ),
    "completion": (
        "The 60% to 67% comes from the A/B test I set up with our analyst, Wei, at Tessellate "
        "in the autumn of 2023. Completion was orders placed divided by checkout sessions "
        "started, and we wrote that primary metric and the sample size into the experiment "
        "brief before launch, so nobody could go fishing afterwards. The test ran four weeks "
        "on a 50/50 split, so the seven points are the difference between the two arms, not a "
        "before and after. Wei owned the statistics and I reviewed every query myself."
    ),
    "salary": (
        "The 165 to 175 is my own research, set up in three steps: I pulled the pay data for "
        "senior product managers in Chicago, I asked two friends who moved to bigger "
        "marketplaces this year, and I talked it through with a recruiter I trust. Then I "
        "weighed the scope here, two squads and a payments platform instead of one squad. Today "
        "I'm at 148 base with a 15% bonus target, so that range is a normal step for a bigger "
        "scope, and I'm open on the mix if there's a meaningful bonus or equity component."
    ),
    "discovery": (
        "When I took over checkout at Tessellate at the start of 2023, about 40% of people who "
        "started checkout abandoned it. I set up the discovery myself: I talked to between 30 "
        "and 40 shop owners, watched a few hundred session recordings, and sat with our support "
        "team for a couple of days reading tickets. The squad was five engineers, a designer, a "
        "QA and our analyst, and I brought finance in for the payment terms copy. That "
        "discovery found the two big problems, shipping costs showing up late and payment terms "
        "nobody understood, and it shaped the whole redesign."
    ),
    "outage": (
        "That was just the small talk, so let me use the time on something I owe you from round "
        "one: the payments outage at Tessellate last year. It lasted about 40 minutes, and I "
        "handled the comms with support and the account managers while the engineers fixed it. "
        "What went wrong was that a payment that timed out simply failed the order. Afterwards "
        "I ran the customer side of the post-mortem and called every buyer with a failed order, "
        "and I got the retry change prioritised, so a timed-out payment now puts the order in a "
        "pending state. We have not lost an order to a timeout since."
    ),
    "net90": (
        "That was where I was calling from, but the fuller story I left out is the net 90 "
        "terms at Tessellate. Sales wanted net 90 payment terms for a few big buyers and said it "
        "was blocking about $2 million in annual orders. I got finance and the sales lead in a "
        "room and we ran it as a pilot: net 90 for twelve buyers, with a credit limit, for one "
        "quarter. Only three of the twelve actually used the longer terms, so we kept it as an "
        "exception, sales closed their deals, and we never carried that credit risk at scale."
    ),
    "customers_first": (
        "In the spring of 2023 a big account asked us for saved carts for teams, and our sales "
        "lead wanted it built that quarter. I ran the numbers with engineering: two engineers "
        "for six weeks, which would have pushed back the shipping-cost fix that every shop owner "
        "was hitting. I chose the fix for all our customers, called the account myself and gave "
        "them a workaround. It cost me a tense month with sales, but the account renewed, and "
        "the fix went into the redesign that shipped in November."
    ),
    "own_outcome": (
        "In September 2023 our address autocomplete vendor was timing out for users in Canada "
        "during the checkout test, and nobody noticed for three days. The vendor wasn't mine "
        "and the dashboards belonged to analytics, but the test was mine, so I owned it: I told "
        "the team and our VP the same morning, restarted the test clock, and added per-country "
        "alerts with our analyst. It cost us a week on the timeline, and the clean test still "
        "showed a lift from 60% to 67%."
    ),
    "redesign": (
        "The hardest was the Tessellate checkout redesign in 2023. About 40% of shop owners who "
        "started checkout abandoned it. I led discovery with 30 to 40 shop owners, and then we "
        "moved shipping estimates into the cart and made the payment terms explicit. What went "
        "wrong was the Canadian autocomplete timeouts in the first days of the test; I restarted "
        "the clock and added per-country alerts. We went to 100% on November 6th, completion "
        "went from 60% to 67%, and we estimated about $3.2 million a year in additional GMV."
    ),
    "retries": (
        "The most technically demanding piece was the payment retry change at Tessellate after "
        "a 40-minute payments outage last year. A payment that timed out used to fail the "
        "order. I wrote the spec with our backend engineers: a timed-out authorization puts the "
        "order in a pending state, retries are idempotent on an order key, and capture only "
        "happens once authorization is confirmed. The trade-off was a slower confirmation for a "
        "few buyers against never charging anyone twice. Since it shipped, failed orders from "
        "timeouts have dropped to zero."
    ),
}
PLAN_90 = (
    "In the first month I'd meet every engineer on both squads and the designer one to one, sit "
    "in on support calls, and read every post-mortem from the last year. By day sixty I'd bring "
    "you and Tom a written point of view on the two or three biggest funnel problems, starting "
    "with the delivery date promises, each with a baseline. By day ninety I want one small test "
    "live, an agreed way of committing dates to sales, and checkout completion tracked end to end "
    "across both squads, with a target of two points of completion in the first half."
)
WHY_US = (
    "Larkspur's checkout and payments team is moving payments off the monolith, I read the "
    "engineering blog post from the spring, and Priya told us nobody owns the end-to-end funnel "
    "across the two squads. That's exactly what I fixed at Tessellate, where everybody owned a "
    "step and nobody owned the outcome, and the redesign took completion from 60% to 67%. As a "
    "Larkspur customer I've also seen that your delivery date promises are unclear, which is the "
    "kind of late surprise that made shop owners abandon checkout at Tessellate."
)
PROBE_ANSWERS = {
    "ownership": (
        "I personally wrote the experiment brief and the event tracking spec, I chose which two "
        "problems we fixed first, and I ran the calls with shop owners myself; the engineers "
        "owned the build and our analyst owned the statistics."
    ),
    "assumption_challenge": (
        "We measured it with a four-week 50/50 A/B test on about 180,000 checkout sessions, so "
        "both arms saw the same season, and we compared the same weeks in 2022, when completion "
        "was flat. Our analyst ran the numbers against the control arm, not a before and after."
    ),
    "metric": (
        "Completion went from 60% to 67%, which we estimated at about $3.2 million a year in "
        "additional GMV, or about $250K a year in net revenue for Tessellate."
    ),
    "result": (
        "We went to 100% on November 6th, completion went from 60% to 67%, and the gap held "
        "through the 5% holdout in Q1 2024."
    ),
    "retrospective": (
        "I would put per-country alerts in before launch instead of after, because losing three "
        "days of test data in Canada cost us a week, and I would bring finance into the payment "
        "terms copy in discovery rather than at the end."
    ),
    "values_conflict": (
        "I would have told my VP plainly that the customers come first, written down what missing "
        "the target would cost, and asked for the decision to be made explicitly rather than "
        "quietly trading the fix away."
    ),
    "situation": (
        "It was at Tessellate in 2023: about 40% of shop owners who started checkout abandoned "
        "it, and checkout touches every order on the marketplace, so it mattered a lot."
    ),
    "tell_me_more": (
        "On one call in March 2023 a shop owner in Ohio told me she had abandoned a cart three "
        "times because she thought she'd be charged on the spot; that afternoon I rewrote the "
        "terms copy with our designer to spell out the charge date."
    ),
}
# Probe answers that fit their topic better than the generic one.
TOPIC_PROBE_ANSWERS = {
    ("marlow", "retrospective"): (
        "I would agree the decision rule with the tech lead up front, what number would make us "
        "rewrite, instead of arguing from instinct, and I would ship the document upload fix in "
        "the first quarter instead of waiting for the full launch."
    ),
    ("marlow", "ownership"): (
        "I chose to break completion down per step, I wrote the comparison of rebuilt and "
        "untouched steps myself, and I presented the split to our head of digital."
    ),
    ("roadmap", "retrospective"): (
        "I would publish the scoring to sales before the half starts instead of after, because "
        "the big account heard about the cut from their account manager before they heard it "
        "from me."
    ),
    ("roadmap", "ownership"): (
        "I made the cut list myself, I defended it to our VP, and I made the call to the big "
        "account personally; the tech lead and I did the effort estimates together."
    ),
    ("outage", "metric"): (
        "The outage lasted about 40 minutes; since the retry change, orders lost to payment "
        "timeouts have gone to zero, and I called every buyer with a failed order that week."
    ),
    ("outage", "retrospective"): (
        "I would have pushed for the pending state before the outage, not after it, because the "
        "engineers had wanted it for ages and I let features win every planning round."
    ),
    ("net90", "metric"): (
        "Twelve buyers got net 90 with a credit limit for one quarter, only three of the twelve "
        "used the longer terms, and sales closed the orders they said were blocked."
    ),
    ("net90", "retrospective"): (
        "I would run the pilot from the start instead of arguing for a month first, because the "
        "data settled it in one quarter and the argument settled nothing."
    ),
    ("ab_test", "retrospective"): (
        "I would have built per-country dashboards before the test started, because the Canada "
        "timeouts went unnoticed for three days only because we watched the US funnel alone."
    ),
    ("completion", "retrospective"): (
        "I would write the per-country guardrails into the experiment brief, so the Canada "
        "timeouts would have stopped the test on day one instead of day three."
    ),
    ("discovery", "metric"): (
        "About 40% of people who started checkout abandoned it; discovery covered between 30 and "
        "40 shop owners and a few hundred session recordings."
    ),
    ("discovery", "retrospective"): (
        "I would bring an engineer onto the discovery calls from the first week, because hearing "
        "a shop owner get frustrated with the terms screen does more than any spec I write."
    ),
    ("salary", "retrospective"): (
        "I would have asked about the range for the role before giving mine, so we could both "
        "check we were in the same ballpark earlier."
    ),
    ("retries", "retrospective"): (
        "I would reverse the decision to ship retries behind a flag for only half the traffic; "
        "the split made the dashboards confusing for two weeks."
    ),
    ("marlow", "assumption_challenge"): (
        "We compared completion per step, not the headline: the steps we rebuilt against the "
        "steps we left alone over the same weeks, so the pandemic effect showed up in both and "
        "we could subtract it."
    ),
    ("marlow", "metric"): (
        "Completion went from 31% to 52% on about 2,000 applications a week, and the rebuilt "
        "steps moved by far more than the untouched ones."
    ),
    ("roadmap", "metric"): (
        "We cut four of the eleven items, which freed about a third of the half for the "
        "shipping-cost fix, and support tickets about payment terms fell after the redesign."
    ),
    ("salary", "assumption_challenge"): (
        "I compared the published pay data for senior product managers in Chicago with the two "
        "offers friends received this year, and both put base between 160 and 180."
    ),
    ("plan", "metric"): (
        "I'd measure checkout completion end to end across both squads, with a target of two "
        "points in the first half, and the number of date promises to sales made without "
        "engineering, with a target of zero."
    ),
    ("why", "tell_me_more"): (
        "Your payments squad only came together in the summer and nobody owns the funnel end to "
        "end; at Tessellate I took checkout from 60% to 67% completion by owning exactly that."
    ),
}
ROUTES = (  # words of the topic's question -> the story that answers it
    ("31 to 52", "marlow"),
    ("not to build", "roadmap"),
    ("push on that", "ab_test"),
    ("165 to 175", "salary"),
    ("seven percentage points", "completion"),
    ("60% to 67%", "completion"),
    ("took over checkout", "discovery"),
    ("can hear you", "outage"),
    ("Chicago", "net90"),
    ("Customers first", "customers_first"),
    ("Own the outcome", "own_outcome"),
)
CATEGORY_ROUTES = {
    "behavioural_deep_dive": "redesign",
    "technical_depth": "retries",
    "first_90_days": "plan",
    "why_us": "why",
    "culture_values": "customers_first",
}

Candidate = Callable[[Action, str], str]


def story_for(topic: Topic) -> str:
    """Which of the candidate's stories answers this topic's question."""
    said = f"{topic.question} {topic.quote}".lower()  # a re-checked fact: its whole quote
    for words, story in ROUTES:
        if words.lower() in said:
            return story
    return CATEGORY_ROUTES.get(topic.category, "redesign")


def opening(story: str) -> str:
    return {"plan": PLAN_90, "why": WHY_US}.get(story) or STORIES[story]


EXPLAINED = (
    "Those are two different things, from two different teams and projects, and each figure is "
    "right for what it describes; I should have said which one I meant."
)


def strong(action: Action, question: str) -> str:
    assert not isinstance(action, WrapUp)
    story = story_for(action.topic)
    if isinstance(action, FollowUp) and action.probe == "contradiction":
        return EXPLAINED
    if isinstance(action, FollowUp) and action.probe in PROBE_KINDS:
        return TOPIC_PROBE_ANSWERS.get((story, action.probe)) or PROBE_ANSWERS[action.probe]
    return opening(story)


VAGUE_STORY = "roadmap"  # the weak moment "how do you decide what not to build" stays weak
VAGUE = "It went fine, we worked on it as a team and it all came together in the end."


def vague(action: Action, question: str) -> str:
    if isinstance(action, FollowUp | NewTopic) and story_for(action.topic) == VAGUE_STORY:
        return VAGUE
    return strong(action, question)


# Round-two answers with the planted contradictions (fixtures/ledger_round_two.json), told
# where they fit: the story -> the round-two answer that tells it with another figure.
CONTRADICTING = {"ab_test": "r2-1", "marlow": "r2-3", "roadmap": "r2-4", "salary": "r2-8"}
# How each planted pair shows in a question that confronts it: (round-one figure, new figure).
PLANTED_FIGURES = {
    "r2-1": (r"\bseven\b|\b7\b|\b67\b", r"\bfour\b|\b4\b"),
    "r2-3": (r"\bthree years\b|\b3 years\b", r"twenty-four months|\b24 months\b"),
    "r2-4": (r"\bfour engineers\b|\b4 engineers\b", r"half a dozen|\bsix\b|\b6\b"),
    "r2-8": (r"\b165\b", r"hundred and fifty|\b150\b"),
}
RECONCILED = {
    "r2-1": (
        "Seven points was the A/B test; four is what held after the full rollout once the "
        "novelty wore off, measured against the holdout. I should have said which one I meant."
    ),
    "r2-3": (
        "Three years is right: I joined Marlow in September 2018 and left in October 2021. The "
        "twenty-four months was the onboarding work itself; I said it badly."
    ),
    "r2-4": (
        "Four engineers for most of the project; two more joined for the last months to rebuild "
        "the document upload, so half a dozen at the peak. I should have given both numbers."
    ),
    "r2-8": (
        "My target is still 165 to 175 base. I mentioned a hundred and fifty because I was "
        "worried about pricing myself out; it's a floor with a strong bonus, not what I'm asking."
    ),
}


def contradicting(action: Action, question: str) -> str:
    if isinstance(action, FollowUp) and action.probe == "contradiction":
        return "I'm not sure what you mean, I think I've been consistent about that."
    if isinstance(action, NewTopic) and story_for(action.topic) in CONTRADICTING:
        return str(ROUND_TWO[CONTRADICTING[story_for(action.topic)]]["answer"])
    return strong(action, question)


def reconciling(action: Action, question: str) -> str:
    if isinstance(action, FollowUp) and action.probe == "contradiction":
        for planted, (before, now) in PLANTED_FIGURES.items():
            if re.search(before, question, re.I) and re.search(now, question, re.I):
                return RECONCILED[planted]
        return "Both are right for different things; I should have said which one I meant."
    return contradicting(action, question)


# The same facts told another way: complements, parts of a whole, rates over other periods,
# paraphrases and approximations (the "consistent" relations of the round-two fixture).
CONSISTENT = {
    "ab_test": (
        "Tom asked whether it was the season. When I took checkout over, only about sixty "
        "percent of shop owners who started checkout were completing it. So I ran a month-long "
        "A/B test, fifty-fifty, on about 180k checkout sessions, and I restarted the clock "
        "after the autocomplete bug in Canada. After full rollout we kept a small holdout "
        "through the first quarter of 2024, the slow quarter, and the lift held. In revenue, "
        "after our take rate, it was about a quarter of a million dollars a year."
    ),
    "marlow": (
        "At Marlow the rebuild ran a year and a half and cost one point two million dollars all "
        "in. We had roughly a hundred thousand mobile applications a year, and more than two out "
        "of three people were dropping out before the end. I pushed to patch the two worst steps "
        "first, and per step, the rebuilt ones moved far more than the ones we left alone."
    ),
    "roadmap": (
        "On the redesign, the backend pair owned the payment service and the order APIs and our "
        "three front-end engineers owned web checkout and the React Native app, so I decide what "
        "not to build by problem, not by ticket. Last half that meant dropping four items and "
        "keeping seven of the eleven, each tied to one of two or three metrics for the half."
    ),
    "salary": (
        "Today I'm on 148 base with a fifteen percent target bonus, and based on the scope of "
        "this role I'm looking for 165 to 175. It's still two weeks' notice at Tessellate, so an "
        "early January start works."
    ),
    "completion": (
        "Put the other way round, about 40% abandoned checkout before the redesign and about a "
        "third abandoned after it. We measured it in a month-long A/B test, fifty-fifty, about "
        "180k sessions, and the analyst owned the statistics."
    ),
    "discovery": (
        "When I took over, four in ten people who started checkout gave up. I sat down with 36 "
        "shop owners in discovery and I bring an engineer onto at least one call a week; over a "
        "year it works out to around 250 customer conversations."
    ),
}


def consistent(action: Action, question: str) -> str:
    if isinstance(action, NewTopic) and story_for(action.topic) in CONSISTENT:
        return CONSISTENT[story_for(action.topic)]
    return strong(action, question)


FILLERS = ("Sure.", "Yeah, I think so.")


def filler(action: Action, question: str) -> str:
    """Strong stories, but a filler reply to one opening and to about half the follow-ups."""
    if isinstance(action, NewTopic) and story_for(action.topic) == "roadmap":
        return FILLERS[0]
    if isinstance(action, FollowUp) and zlib.crc32(question.encode()) % 2 == 0:
        return FILLERS[zlib.crc32(question.encode()) // 2 % 2]
    return strong(action, question)


CANDIDATES: dict[str, Candidate] = {
    "strong": strong,
    "vague": vague,
    "contradicting": contradicting,
    "reconciling": reconciling,
    "consistent": consistent,
    "filler": filler,
}


# -- playing a session ------------------------------------------------------------------------


@dataclass
class Step:
    action: Action
    question: str
    answer: str = ""


@dataclass
class Session:
    name: str
    mode: str
    steps: list[Step] = field(default_factory=list)
    end: WrapUp | None = None
    closing: str = ""
    state: InterviewState | None = None

    @property
    def questions(self) -> list[str]:
        return [s.question for s in self.steps]

    def follow_ups(self, kind: str) -> list[Step]:
        return [s for s in self.steps if isinstance(s.action, FollowUp) and s.action.probe == kind]

    def trace(self) -> str:
        """The session as text, for failure messages."""
        lines = []
        for n, s in enumerate(self.steps, 1):
            a = s.action
            kind = a.probe if isinstance(a, FollowUp) else "new_topic"
            topic = a.topic.id if isinstance(a, FollowUp | NewTopic) else ""
            lines.append(f"Q{n} [{topic} {kind}] {s.question}\n    A: {s.answer[:90]}")
        end = f"{self.end.cause}: {self.end.reason}" if self.end else "(no wrap-up)"
        return "\n".join([*lines, f"END {end}"])


def ledger_check(state: InterviewState, context: Mapping[str, Any]) -> InterviewState:
    """What the app does after every answer (roundtwo.mock.service): the newest answer checked
    against round one and the ledger; a contradiction found is kept, to be confronted."""
    last = state.turns[-1]
    if not last.allowed:
        return state
    earlier = [e for e in context["round_one"] if not e.get("in_ledger")]
    facts = [*context.get("ledger_facts", []), *context.get("retracted", [])]
    found = find_contradictions(earlier, facts, [(last.question, last.answer)])
    known = {c.key for c in state.contradictions}
    fresh = []
    for c in found:
        if c.key not in known:
            known.add(c.key)
            fresh.append(Contradiction(**{**asdict(c), "turn": len(state.turns) - 1}))
    if not fresh:
        return state
    return InterviewState(
        **{
            **{name: getattr(state, name) for name in state.__dataclass_fields__},
            "contradictions": (*state.contradictions, *fresh),
        }
    )


def play(name: str, context: Mapping[str, Any]) -> Session:
    """The stateful API, as the app drives it."""
    candidate = CANDIDATES[name]
    language = TemplateLanguage()
    state = start(context, max_questions=MAX_QUESTIONS)
    session = Session(name, "stateful")
    for _ in range(MAX_QUESTIONS + 2):
        action = next_action(state)
        text, state = ask(state, action, language)
        if isinstance(action, WrapUp):
            session.end, session.closing, session.state = action, text, state
            return session
        answer = candidate(action, text)
        session.steps.append(Step(action, text, answer))
        state = ledger_check(record(state, answer), context)
    raise AssertionError(f"{name}: the session never wrapped up\n{session.trace()}")


def replay(name: str, context: Mapping[str, Any]) -> Session:
    """The stateless contract, as `roundtwo next` runs it: the whole transcript every time."""
    candidate = CANDIDATES[name]
    planned = {t.id: t for t in plan_topics(context)}
    transcript: list[dict[str, Any]] = []
    session = Session(name, "stateless")
    for _ in range(MAX_QUESTIONS + 2):
        payload = {"transcript": transcript, "max_questions": MAX_QUESTIONS, "context": context}
        out = decide(json.loads(json.dumps(payload)))
        if out["action"] == "wrap_up":
            session.end = WrapUp(out["reason"], _cause(out["reason"]))
            session.closing, session.state = out["question"], state_from(payload)
            return session
        ref = out["topic"]
        topic = planned.get(ref["id"]) or Topic(ref["id"], ref["category"], out["question"])
        action: Action
        if out["action"] == "follow_up":
            action = FollowUp(topic, out["probe"], out["reason"], persona=out["persona"] or "")
        else:
            action = NewTopic(topic, out["reason"], persona=out["persona"] or "")
        answer = candidate(action, out["question"])
        session.steps.append(Step(action, out["question"], answer))
        transcript.append(
            {
                "question": out["question"],
                "answer": answer,
                "topic": ref["id"],
                "probe": out["probe"],
            }
        )
    raise AssertionError(f"{name}: the session never wrapped up\n{session.trace()}")


def _cause(reason: str) -> str:
    """The wrap-up cause, from the contract's reason (the output has no cause field)."""
    if "wraps up early" in reason:
        return "complete"
    if "question cap" in reason:
        return "cap"
    if "Every planned topic has been covered" in reason:
        return "covered"
    return "other"


STATELESS = ("strong", "vague", "contradicting", "reconciling", "consistent", "filler")
RUNS = [(name, "stateful") for name in CANDIDATES] + [(name, "stateless") for name in STATELESS]


@pytest.fixture(scope="module")
def sessions(context: dict[str, Any]) -> dict[tuple[str, str], Session]:
    return {
        (name, mode): (play if mode == "stateful" else replay)(name, context) for name, mode in RUNS
    }


def runs(*names: str) -> list[Any]:
    chosen = [run for run in RUNS if not names or run[0] in names]
    return [pytest.param(run, id=f"{run[0]}-{run[1]}") for run in chosen]


# -- reading the questions --------------------------------------------------------------------

STOP = frozenset(
    re.findall(
        r"\S+",
        "a an the and or but if then so to of in on at by for with from about as into over is "
        "are was were be been being it its this that these those there here what which who whom "
        "how when where why do did does done you your yours yourself i me my we our us they them "
        "their he she his her can could would should will shall may might must have has had not "
        "no yes just let lets let's tell more any some one",
    )
)
WORD_MENTIONS = frozenset({"we", "i", "our", "my"})
QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”")
# Figures in the scripted answers that are not the candidate's result, so not claims to
# challenge: they set the scene (a starting state, a budget, a volume, what someone else
# claimed) or they are a step the candidate took.
SCENE_SETTING = (
    "only about sixty percent of shop owners who started checkout were completing it",
    "about 40% of people who started checkout abandoned it",
    "about 40% of shop owners who started checkout abandoned it",
    "one point two million dollars all in",
    "blocking about $2 million in annual orders",
    "a hundred thousand mobile applications a year",
)
STEPS_TAKEN = (
    "We cut four of the eleven items",
    "I cut four of the eleven",
    "I pushed to patch the two worst steps first",
)
PLAN_TARGET = re.compile(r"\bI want\b|\bI'd want\b|\bwould\b|\bI'd\b|\bI will\b|\bI'll\b", re.I)
ACTION_STEP = re.compile(r"\b(?:we|I) agreed to\b|\b(?:we|I) decided to\b", re.I)


def content_words(question: str) -> set[str]:
    return {w for w in normalise(question).split() if w not in STOP and len(w) > 2}


def same_meaning(a: str, b: str) -> bool:
    if normalise(a) == normalise(b):
        return True
    x, y = content_words(a), content_words(b)
    return bool(x and y) and len(x & y) / len(x | y) >= 0.8


def quoted(question: str) -> list[str]:
    return [m.group(1) or m.group(2) for m in QUOTED.finditer(question)]


def confronts(question: str, planted: str) -> bool:
    before, now = PLANTED_FIGURES[planted]
    return bool(re.search(before, question, re.I) and re.search(now, question, re.I))


def planted_said(session: Session) -> list[str]:
    """The planted contradictions the candidate told with a question still to come (an answer
    given to the last question the cap allows cannot be confronted)."""
    steps = session.steps[:-1] if session.end and session.end.cause == "cap" else session.steps
    told = {s.answer for s in steps}
    return [a for a in CONTRADICTING.values() if ROUND_TWO[a]["answer"] in told]


def topic_id(step: Step) -> str:
    return step.action.topic.id if isinstance(step.action, FollowUp | NewTopic) else ""


def turns_of(session: Session, story: str) -> list[Step]:
    return [
        s
        for s in session.steps
        if isinstance(s.action, FollowUp | NewTopic) and story_for(s.action.topic) == story
    ]


# -- the tests --------------------------------------------------------------------------------


@pytest.mark.parametrize("run", runs())
def test_no_question_is_asked_twice_even_in_other_words(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    assert session.end is not None and len(session.steps) <= MAX_QUESTIONS
    repeats = [
        (a, b)
        for i, a in enumerate(session.questions)
        for b in session.questions[i + 1 :]
        if same_meaning(a, b)
    ]
    assert not repeats, f"asked twice: {repeats}\n{session.trace()}"


@pytest.mark.parametrize("run", runs("consistent", "strong"))
def test_figures_restated_in_other_words_are_never_confronted(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    confronted = [s.question for s in session.follow_ups("contradiction")]
    assert not confronted, f"confronted a consistent restatement: {confronted}\n{session.trace()}"


@pytest.mark.parametrize("run", runs("contradicting", "reconciling"))
def test_every_planted_contradiction_is_confronted_once_with_both_figures(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    said = planted_said(session)
    assert len(said) >= 3, f"the candidate told too few planted figures: {said}"
    confrontations = [s.question for s in session.follow_ups("contradiction")]
    for planted in said:
        hits = [q for q in confrontations if confronts(q, planted)]
        assert len(hits) == 1, (
            f"{planted} ({ROUND_TWO[planted]['planted'][0]['why']}) confronted {len(hits)} "
            f"times: {hits}\n{session.trace()}"
        )


@pytest.mark.parametrize("run", runs("contradicting"))
def test_only_the_planted_contradictions_are_confronted(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    said = planted_said(session)
    stray = [
        s.question
        for s in session.follow_ups("contradiction")
        if not any(confronts(s.question, p) for p in said)
    ]
    assert not stray, f"confronted figures that do not contradict round one: {stray}"


def topic_feedback(session: Session) -> dict[str, Any]:
    """The session's feedback by topic id."""
    assert session.state is not None
    return {t.topic: t for t in session_feedback(session.state).topics}


@pytest.mark.parametrize("run", runs("reconciling"))
def test_a_reconciled_figure_is_not_raised_again_nor_held_against_the_candidate(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    assert session.state is not None
    steps = session.steps
    for n, step in enumerate(steps):
        if not (isinstance(step.action, FollowUp) and step.action.probe == "contradiction"):
            continue
        pair = [p for p in PLANTED_FIGURES if confronts(step.question, p)]
        later = [
            s.question
            for s in steps[n + 1 :]
            if isinstance(s.action, FollowUp)
            and s.action.probe == "contradiction"
            and any(confronts(s.question, p) for p in pair)
        ]
        assert not later, f"raised again after it was reconciled: {later}\n{session.trace()}"
    reconciled = {
        topic_id(s) for s in session.follow_ups("contradiction") if s.answer in RECONCILED.values()
    }
    assert reconciled, session.trace()
    feedback = topic_feedback(session)
    for topic in reconciled:
        consistency = feedback[topic].dimension("consistency")
        assert consistency is not None and consistency >= 3, (
            f"{topic}: consistency {consistency} after the figure was reconciled "
            f"({feedback[topic].gap})"
        )


@pytest.mark.parametrize("run", runs("contradicting"))
def test_a_contradiction_left_unexplained_is_held_against_the_candidate(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    assert session.state is not None
    denied = {topic_id(s) for s in session.follow_ups("contradiction")}
    assert denied, session.trace()
    feedback = topic_feedback(session)
    for topic in denied:
        consistency = feedback[topic].dimension("consistency")
        assert consistency is not None and consistency <= 2, (topic, consistency)
        assert feedback[topic].score <= 3, (topic, feedback[topic].score)


@pytest.mark.parametrize("run", runs())
def test_why_us_and_the_first_90_days_are_asked_in_a_long_session(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]  # every session, even one wrapped early because it was strong
    asked = {s.action.topic.category for s in session.steps if isinstance(s.action, NewTopic)}
    missing = {"why_us", "first_90_days"} - asked
    planned = [t.category for t in session.state.topics] if session.state else []
    assert not missing, (
        f"never asked: {sorted(missing)} in {len(session.steps)} questions; planned topics: "
        f"{planned}\n{session.trace()}"
    )


@pytest.mark.parametrize("run", runs("vague"))
def test_a_topic_that_stays_vague_is_left_after_its_probes(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    on_topic = turns_of(session, VAGUE_STORY)
    assert on_topic and isinstance(on_topic[0].action, NewTopic), session.trace()
    topic = on_topic[0].action.topic.id
    probes = [
        s for s in on_topic if isinstance(s.action, FollowUp) and s.action.probe in PROBE_KINDS
    ]
    assert len(probes) <= 2, f"{len(probes)} probes on a vague topic\n{session.trace()}"
    last = session.steps.index(on_topic[-1])
    after = session.steps[last + 1 :]
    assert all(topic_id(s) != topic for s in after), session.trace()
    moved = after[0].action if after else session.end
    assert isinstance(moved, NewTopic | WrapUp), session.trace()
    assert "vague" in moved.reason, moved.reason


@pytest.mark.parametrize("run", runs("strong"))
def test_the_strong_candidate_is_wrapped_up_as_complete_before_the_cap(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    assert session.end is not None
    ended = f"ended after {len(session.steps)} questions: {session.end.reason}"
    assert session.end.cause == "complete", f"{ended}\n{session.trace()}"
    assert len(session.steps) < MAX_QUESTIONS, f"{ended}\n{session.trace()}"


@pytest.mark.parametrize("run", runs())
def test_no_question_quotes_filler_back(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    fillers = {normalise(f) for f in FILLERS}
    offending = [
        question
        for question in [*session.questions, session.closing]
        for quote in quoted(question)
        if normalise(quote) not in WORD_MENTIONS  # 'a lot of "we"' names a word, quotes nothing
        and (len(quote.split()) < 5 or normalise(quote) in fillers)
    ]
    assert not offending, f"quoted filler back: {offending}\n{session.trace()}"


@pytest.mark.parametrize("run", runs())
def test_only_results_and_impact_claims_are_challenged(
    sessions: dict[tuple[str, str], Session], run: tuple[str, str]
) -> None:
    session = sessions[run]
    offending = []
    for step in session.follow_ups("assumption_challenge"):
        target = step.action.target  # type: ignore[union-attr]
        for quote in [target] if target else quoted(step.question):
            if PLAN_TARGET.search(quote):
                offending.append(f"a plan target: {step.question!r}")
            elif ACTION_STEP.search(quote) or any(_overlaps(f, quote) for f in STEPS_TAKEN):
                offending.append(f"an action step: {step.question!r}")
            elif any(_overlaps(f, quote) for f in SCENE_SETTING):
                offending.append(f"a figure that only sets the scene: {step.question!r}")
    assert not offending, f"challenged {offending}\n{session.trace()}"


def _overlaps(a: str, b: str) -> bool:
    """One text holds the other's first words (a quote may be cut short with "…")."""
    x, y = normalise(a), normalise(b.replace("…", " "))
    return bool(x and y) and (x in y or y[:40] in x)
