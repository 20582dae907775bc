"""The language seam: the template engine, the registry's one hook, the fake for tests."""

from __future__ import annotations

import types
from collections.abc import Iterator

import pytest

from roundtwo.mock import (
    FakeLanguage,
    FunctionLanguage,
    PhraseRequest,
    TemplateLanguage,
    Topic,
    ask,
    get_language,
    language_names,
    next_action,
    persona,
    register_language,
    start,
)
from roundtwo.mock.language import Factory, add_plugin, normalise, unregister_language
from roundtwo.mock.state import PROBE_KINDS

TOPIC = Topic("t1", "behavioural_deep_dive", "Tell me about a time you failed.")
SKEPTIC = persona("skeptic")


@pytest.fixture
def registered() -> Iterator[list[str]]:
    names: list[str] = []
    yield names
    for name in names:
        unregister_language(name)


def probe(kind: str, asked: tuple[str, ...] = (), who: str = "direct", **slots: str) -> str:
    request = PhraseRequest("probe", persona(who), kind=kind, topic=TOPIC, slots=slots, asked=asked)
    return TemplateLanguage().phrase(request)


def test_an_opening_carries_the_topic_question_and_a_greeting_first() -> None:
    first = TemplateLanguage().phrase(
        PhraseRequest("open", SKEPTIC, topic=TOPIC, slots={"question": TOPIC.question}, first=True)
    )
    assert first.endswith(TOPIC.question) and first != TOPIC.question
    assert any(first.startswith(g.strip()) for g in SKEPTIC.greetings)


def test_slots_fill_the_probe() -> None:
    def phrasings(kind: str, **slots: str) -> list[str]:
        asked: tuple[str, ...] = ()
        for _ in range(5):
            asked += (probe(kind, asked, **slots),)
        return list(asked)

    assert any(
        "cut churn by 40%" in p for p in phrasings("assumption_challenge", quote="cut churn by 40%")
    )
    assert any(
        "Customer obsession" in p for p in phrasings("values_conflict", value="Customer obsession")
    )
    confront = probe(
        "contradiction",
        when="In our first conversation",
        earlier="five people",
        now="seven",
        earlier_quote="a team of five",
    )
    assert "five" in confront and "seven" in confront
    nudge = probe("nudge", question=TOPIC.question)
    assert TOPIC.question in nudge


def test_a_probe_without_its_slot_still_reads_well() -> None:
    text = probe("assumption_challenge")
    assert "{" not in text and text.endswith("?")


def test_the_same_request_gives_the_same_words() -> None:
    assert probe("retrospective") == probe("retrospective")


@pytest.mark.parametrize("kind", [*PROBE_KINDS, "nudge", "clarify"])
def test_no_question_is_asked_twice_in_a_session(kind: str) -> None:
    asked: tuple[str, ...] = ()
    for _ in range(25):
        text = probe(kind, asked, question=TOPIC.question, quote="saved $2M", value="Ownership")
        assert normalise(text) not in {normalise(q) for q in asked}, text
        asked += (text,)


def test_unused_core_questions_come_before_rewordings() -> None:
    first = probe("retrospective")
    second = probe("retrospective", (first,))
    core = first.split(". ", 1)[-1]
    assert core not in second


def test_personas_sound_different() -> None:
    def said(who: str) -> set[str]:
        asked: tuple[str, ...] = ()
        for _ in range(6):
            asked += (probe("tell_me_more", asked, who),)
        return set(asked)

    assert said("direct") != said("conversational") != said("hr")


def test_category_specific_probes_are_used() -> None:
    why = Topic("w", "why_us", "Why this team?")
    request = PhraseRequest("probe", persona("hr"), kind="tell_me_more", topic=why)
    assert "team" in TemplateLanguage().phrase(request)


def test_wrap_up_hint_and_feedback_phrasings() -> None:
    language = TemplateLanguage()
    closing = language.phrase(PhraseRequest("wrap_up", SKEPTIC, kind="terminated"))
    assert "stop" in closing or "end" in closing
    tip = language.phrase(PhraseRequest("hint", SKEPTIC, kind="result", slots={"story": "X"}))
    assert '"X"' in tip
    note = language.phrase(
        PhraseRequest("feedback", SKEPTIC, kind="ownership", slots={"side": "well"})
    )
    assert note


def test_an_unknown_purpose_is_refused() -> None:
    with pytest.raises(ValueError, match="purpose"):
        PhraseRequest("sing", SKEPTIC)


def test_the_registry_has_the_built_in_default() -> None:
    assert "template" in language_names()
    assert isinstance(get_language(), TemplateLanguage)
    with pytest.raises(ValueError, match="unknown language backend 'nope'") as caught:
        get_language("nope")
    assert "\n" not in str(caught.value)


def test_one_hook_registers_a_backend(registered: list[str]) -> None:
    def hook(register: object) -> None:
        factory: Factory = lambda: FunctionLanguage(lambda r: f"[{r.purpose}:{r.kind}]")  # noqa: E731
        register("shouty", factory)  # type: ignore[operator]

    add_plugin(types.SimpleNamespace(register_languages=hook))
    registered.append("shouty")
    assert "shouty" in language_names()
    assert get_language("shouty").phrase(PhraseRequest("probe", SKEPTIC, kind="metric")) == (
        "[probe:metric]"
    )
    with pytest.raises(TypeError):
        add_plugin(object())


def test_register_language_directly(registered: list[str]) -> None:
    fake = FakeLanguage(["Hello?"])
    register_language("fake-test", lambda: fake)
    registered.append("fake-test")
    assert get_language("fake-test") is fake


def test_the_fake_serves_its_queue_and_keeps_history() -> None:
    fake = FakeLanguage()
    fake.enqueue(["First question?", "Second question?"])
    state = start({})
    action = next_action(state)
    question, state = ask(state, action, fake)
    assert question == "First question?"
    assert state.pending is not None and state.pending.question == "First question?"
    assert fake.history[0].purpose == "open" and fake.history[0].first is True
    assert fake.history[0].topic == action.topic  # type: ignore[union-attr]
    fake.phrase(PhraseRequest("probe", SKEPTIC, kind="metric"))
    with pytest.raises(LookupError, match="enqueue"):
        fake.phrase(PhraseRequest("probe", SKEPTIC, kind="metric"))


def test_the_fake_can_fall_back_to_templates() -> None:
    fake = FakeLanguage(fallback=TemplateLanguage())
    text = fake.phrase(PhraseRequest("probe", SKEPTIC, kind="metric"))
    assert "{" not in text and text.endswith(("?", ".")) and len(fake.history) == 1


def test_the_candidates_words_are_never_read_as_template_slots() -> None:
    text = probe("assumption_challenge", quote="revenue {grew} by 300%")
    assert "{grew}" in text or "?" in text
    why = Topic("w", "why_us", "Why {this} team?")
    request = PhraseRequest(
        "probe", SKEPTIC, kind="nudge", topic=why, slots={"question": "Why {this} team?"}
    )
    assert "Why {this} team?" in TemplateLanguage().phrase(request)
