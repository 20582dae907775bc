"""The predicted round-two set: weak moments and push-backs first, then ledger re-checks,
deeper versions of round one, the company's values, and the standard categories."""

from __future__ import annotations

from roundtwo.mock.plan import MAX_TOPICS, STANDARD, infer_category, plan_topics, shorten

ROUND_ONE = [
    {
        "question": "Tell me about yourself.",
        "answer": "I have led payments teams for six years. Most recently at Northwind.",
        "interviewer": "Priya",
    },
    {
        "question": "Tell me about a conflict with a colleague.",
        "answer": "I disagreed with our PM about a launch date.",
        "pushed_back": True,
        "interviewer": "Sam",
    },
    {
        "question": "Tell me about a time you led a migration.",
        "answer": "We moved billing.",
        "weak_moment": True,
        "interviewer": "Priya",
    },
]
CONTEXT = {
    "round_one": ROUND_ONE,
    "ledger_facts": [
        {"subject": "engineers on the team", "quote": "a team of five engineers", "round": 1},
        {"subject": "revenue", "quote": "we grew revenue by 40%", "round": 1, "recheck": True},
        {"subject": "engineers on the team", "quote": "five engineers", "round": 1},
    ],
    "values": ["Customer obsession", {"name": "Ownership"}, "Bias for action"],
    "role": "Engineering Manager",
    "company": "Northwind",
    "team": "payments",
    "keywords": ["payments reconciliation"],
}


def test_no_context_gives_the_standard_round_two_set() -> None:
    topics = plan_topics({})
    assert [t.category for t in topics] == [
        c for c in STANDARD if c not in ("culture_values", "round_one_followup")
    ]  # no values given and no round one: nothing of theirs to ask about
    assert len({t.question for t in topics}) == len(topics)
    valued = plan_topics({"values": ["Candour"]})
    assert "culture_values" in [t.category for t in valued]


def test_round_one_history_first_with_why_us_and_the_first_90_days_early() -> None:
    topics = plan_topics(CONTEXT)
    categories = [t.category for t in topics]
    history = [c for c in categories if c in ("weak_moment", "pushed_back", "ledger_recheck")]
    assert history == ["weak_moment", "pushed_back", "ledger_recheck", "ledger_recheck"]
    assert categories[0] == "weak_moment"
    assert {"why_us", "first_90_days"} <= set(categories[:4])  # asked in any real session
    assert categories.index("why_us") < categories.index("culture_values")
    assert set(STANDARD) <= set(categories)
    assert len(topics) <= MAX_TOPICS


def test_topics_say_where_they_come_from() -> None:
    topics = {t.category: t for t in plan_topics(CONTEXT)}
    weak = topics["weak_moment"]
    assert "led a migration" in weak.question and weak.interviewer == "Priya"
    assert weak.source.startswith("round 1, Priya")
    assert "Sam" in topics["pushed_back"].question
    followup = topics["round_one_followup"]
    assert followup.quote == "I have led payments teams for six years"
    assert followup.quote in followup.question


def test_ledger_rechecks_flagged_first_one_per_subject() -> None:
    rechecks = [t for t in plan_topics(CONTEXT) if t.category == "ledger_recheck"]
    assert [t.quote for t in rechecks] == ["we grew revenue by 40%", "a team of five engineers"]


def test_values_become_scenario_questions_mapped_to_the_value() -> None:
    values = [t for t in plan_topics(CONTEXT) if t.category == "culture_values"]
    assert [t.value for t in values] == ["Customer obsession", "Ownership"]
    assert all(t.value in t.question for t in values)


def test_role_company_team_and_keywords_fill_the_standard_questions() -> None:
    topics = {t.category: t for t in plan_topics(CONTEXT)}
    assert "payments reconciliation" in topics["technical_depth"].question
    assert "our Engineering Manager" in topics["first_90_days"].question
    assert "Northwind" in topics["why_us"].question and "payments" in topics["why_us"].question


def test_keywords_are_read_from_a_job_description() -> None:
    topics = plan_topics(
        {
            "job_description": "Own reconciliation. Reconciliation at scale; "
            "reconciliation pipelines and ledgers."
        }
    )
    technical = next(t for t in topics if t.category == "technical_depth")
    assert "reconciliation" in technical.question


def test_the_plan_is_deterministic_and_the_seed_varies_the_wording() -> None:
    assert plan_topics(CONTEXT) == plan_topics(CONTEXT)
    other = plan_topics(CONTEXT, seed=1)
    assert [t.category for t in other] == [t.category for t in plan_topics(CONTEXT)]
    assert [t.question for t in other] != [t.question for t in plan_topics(CONTEXT)]


def test_filler_is_never_quoted_back_and_cut_quotes_end_in_an_ellipsis() -> None:
    from roundtwo.mock.plan import shorten

    assert shorten("Sure.") == "" and shorten("Yeah. Good question.") == ""
    assert shorten("Sure. So, um, I led the billing migration for Northwind.") == (
        "I led the billing migration for Northwind"
    )
    cut = shorten(
        "I led the migration of 40 services to the new cluster, rewrote the deploy scripts, "
        "and trained the on-call rota over six weeks.",
        words=14,
    )
    assert cut.endswith("…") and cut.startswith("I led the migration of 40 services")
    topics = plan_topics({"round_one": [{"question": "Tell me about a launch.",
                                         "answer": "Sure.", "weak_moment": True}]})  # fmt: skip
    assert all('"Sure' not in t.question for t in topics)


def test_ids_are_unique_and_questions_never_repeat() -> None:
    many = [
        {
            "question": f"Question {n}?",
            "answer": f"I led the rollout of release {n} with three engineers.",
            "weak_moment": True,
        }
        for n in range(20)
    ]
    topics = plan_topics({"round_one": many})
    assert len(topics) == MAX_TOPICS
    assert len({t.id for t in topics}) == len(topics)
    assert len({t.question for t in topics}) == len(topics)


def test_odd_context_values_are_ignored_not_fatal() -> None:
    odd = {
        "round_one": [None, 3, {"answer": "no question"}],
        "values": [4, "", {"x": 1}],
        "ledger_facts": "nope",
        "role": 7,
    }
    assert [t.category for t in plan_topics(odd)] == [t.category for t in plan_topics({})]


def test_shorten_keeps_an_exact_prefix_of_the_first_sentence() -> None:
    text = "I led the team of five engineers through the whole migration in eleven weeks. Then…"
    short = shorten(text, 6)
    assert short == "I led the team of five…"
    assert text.startswith(short.rstrip("…"))


def test_questions_outside_the_plan_get_a_category() -> None:
    assert infer_category("Why do you want to join us?") == "why_us"
    assert infer_category("What would you do in your first 90 days?") == "first_90_days"
    assert infer_category("How does our culture fit you?") == "culture_values"
    assert infer_category("Walk me through the trade-offs of that design.") == "technical_depth"
    assert infer_category("Last time you told us about a launch.") == "round_one_followup"
    assert infer_category("Tell me about a time you failed.") == "behavioural_deep_dive"
