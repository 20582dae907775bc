"""The one language interface: everything the interviewer says goes through ``Language.phrase``.

    Language (protocol)        phrase(PhraseRequest) -> str
    ├── TemplateLanguage       built in, deterministic, persona-specific (data/mock/templates.json)
    ├── FunctionLanguage       wraps a plain function, for tests and small adapters
    └── FakeLanguage           a queue for tests: enqueue([...]), .history

Backends are registered through one hook, as in simonw/llm: a plugin is any object with a
``register_languages(register)`` function; roundtwo's own backends are this module's plugin,
and installed packages add theirs under the ``roundtwo.languages`` entry-point group. Nothing
is loaded until ``get_language()`` is first called.

The director decides *what* to ask; a :class:`PhraseRequest` says so (open a topic, a probe of
kind K about quote Q, a nudge, a wrap-up, a hint, a feedback sentence), with the persona and
every question already asked, so that no backend asks the same question twice in a session.
"""

from __future__ import annotations

import re
import string
import sys
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from roundtwo.analysis.precompiled import compiled
from roundtwo.mock.data import load
from roundtwo.mock.state import Persona, Topic

PURPOSES = ("open", "probe", "wrap_up", "hint", "feedback")
DEFAULT = "template"
ENTRY_POINT_GROUP = "roundtwo.languages"
_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class PhraseRequest:
    """What to say; a backend decides only how to say it.

    ``purpose``: ``open`` (a topic's opening question; slot ``question``), ``probe`` (``kind``
    is a follow-up kind: a probe, ``contradiction``, ``nudge`` or ``clarify``; slots ``quote``,
    ``value``, ``question``, ``when``, ``earlier``, ``now``, ``earlier_quote``), ``wrap_up``
    (``kind`` is the cause), ``hint`` (``kind`` is the STAR beat; slots ``story``, ``fact``),
    ``feedback`` (``kind`` is a rubric dimension; slot ``side`` is ``well`` or ``improve``).
    """

    purpose: str
    persona: Persona
    kind: str = ""
    topic: Topic | None = None
    slots: Mapping[str, str] = field(default_factory=dict)
    asked: tuple[str, ...] = ()  # every question asked so far this session
    first: bool = False  # the session's first question: a greeting comes first
    context: Mapping[str, Any] = field(default_factory=dict)  # e.g. the last answer, for an LLM

    def __post_init__(self) -> None:
        if self.purpose not in PURPOSES:
            raise ValueError(f"unknown purpose {self.purpose!r}: use one of {PURPOSES}")


class Language(Protocol):
    """A language backend: one method."""

    def phrase(self, request: PhraseRequest) -> str: ...


def normalise(question: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", question.lower()).split())


_CONTENT = compiled(r"[a-z]{4,}")
_FUNCTION_WORDS = frozenset(
    "about after again also because been before being could does doing from have into just "  # noqa: SIM905
    "like more most much only over really some that them then there these they this those "
    "very want were what when where which while with would your you'd you've tell walk "
    "through give take talk describe".split()
)
SAME_MEANING = 0.6  # share of the shorter question's content words that makes it the same


def _content(question: str) -> frozenset[str]:
    words = _CONTENT.findall(question.lower())
    return frozenset(w[:6] for w in words if w not in _FUNCTION_WORDS)  # a crude stem


def same_question(a: str, b: str) -> bool:
    """Do two questions ask the same thing in other words ("Tell me about a time living it
    cost you something." / "When has Customer obsession cost you something?")? Most of the
    shorter one's content words are in the longer one."""
    if normalise(a) == normalise(b):
        return True
    left, right = _content(a), _content(b)
    if len(left) < 3 or len(right) < 3:
        return False
    small = min(len(left), len(right))
    return len(left & right) / small >= SAME_MEANING


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in _FORMATTER.parse(template) if name]


def _fill(templates: Iterable[str], slots: Mapping[str, str]) -> list[str]:
    """The templates whose slots are all given, filled in (order kept, duplicates dropped)."""
    return [text for _, text in _filled(templates, slots)]


def _filled(templates: Iterable[str], slots: Mapping[str, str]) -> list[tuple[int, str]]:
    """Filled templates with how many slots each uses: the quote or value it carries."""
    filled: list[tuple[int, str]] = []
    for template in templates:
        names = _fields(template)
        if all(slots.get(name) for name in names):
            text = template.format(**slots)
            if all(text != t for _, t in filled):
                filled.append((len(set(names)), text))
    return filled


def _pick(options: Sequence[str], seed: str) -> str:
    return options[zlib.crc32(seed.encode("utf-8")) % len(options)]


def _unused(templates: Sequence[str], request: PhraseRequest) -> list[str]:
    """The templates that can be filled and whose words were not asked yet."""
    seen = " | ".join(normalise(q) for q in request.asked)
    return [
        t for t in templates if any(normalise(f) not in seen for f in _fill([t], request.slots))
    ]


class TemplateLanguage:
    """Deterministic phrasing from data/mock/templates.json and each persona's lead-ins.

    Questions never repeat within a session: a core question already asked is skipped for an
    unused variant, chosen by a stable hash of the request (not Python's salted ``hash``).
    """

    name = "template"

    def __init__(self, templates: Mapping[str, Any] | None = None) -> None:
        self._templates = templates

    @property
    def templates(self) -> Mapping[str, Any]:
        if self._templates is None:
            self._templates = load("templates")
        return self._templates

    def phrase(self, request: PhraseRequest) -> str:
        if request.purpose == "open":
            return self._open(request)
        if request.purpose == "probe":
            return self._probe(request)
        if request.purpose == "wrap_up":
            section = (
                self.templates["wrap_up"].get(request.kind) or self.templates["wrap_up"]["cap"]
            )
            return self._question(self._toned(section, request.persona), ("",), request)
        if request.purpose == "hint":
            return self._hint(request)
        return self._feedback(request)

    def _seed(self, request: PhraseRequest) -> str:
        topic = request.topic.id if request.topic else ""
        return f"{request.persona.id}|{request.purpose}|{request.kind}|{topic}|{len(request.asked)}"

    def _toned(self, section: Mapping[str, Sequence[str]], persona: Persona) -> list[str]:
        return [*section.get(persona.tone, ()), *section.get("default", ())]

    def _open(self, request: PhraseRequest) -> str:
        question = request.slots.get("question") or (
            request.topic.question if request.topic else ""
        )
        leads = request.persona.greetings if request.first else request.persona.openers
        return self._question([question], leads or ("",), request)

    def _probe(self, request: PhraseRequest) -> str:
        probes = self.templates["probes"]
        kind = request.kind if request.kind in probes else "tell_me_more"
        by_category = self.templates.get("probes_by_category", {})
        special = by_category.get(request.topic.category, {}) if request.topic else {}
        # a category's own phrasing first ("why this team" asks about the team), while unused
        cores = _unused(special.get(kind, ()), request) or self._toned(
            probes[kind], request.persona
        )
        plain = kind in ("nudge", "clarify", "contradiction")
        leads = ("",) if plain else request.persona.lead_ins or ("",)
        return self._question(cores, leads, request)

    def _question(self, cores: Sequence[str], leads: Sequence[str], request: PhraseRequest) -> str:
        """A filled core with a lead-in, never one already asked (core first, then wording)."""
        filled = _filled(cores, request.slots) or [(0, "Tell me more.")]
        asked = {normalise(q) for q in request.asked}
        seen = " | ".join(asked)
        fresh = [(n, c) for n, c in filled if normalise(c) not in seen] or filled
        unlike = [(n, c) for n, c in fresh if not any(same_question(c, q) for q in request.asked)]
        fresh = unlike or fresh  # never the same question in other words, while one is left
        richest = max(n for n, _ in fresh)  # a variant that quotes the candidate comes first
        fresh = [(n, c) for n, c in fresh if n == richest]
        seed = self._seed(request)
        core = _pick([c for _, c in fresh], seed)
        start = zlib.crc32(seed.encode("utf-8")) % len(leads)
        for n in range(len(leads)):
            text = (leads[(start + n) % len(leads)] + core).strip()
            if normalise(text) not in asked:
                return text
        for suffix in ("In your own words.", "Take your time.", "Be as specific as you can."):
            if normalise(f"{core} {suffix}") not in asked:
                return f"{core} {suffix}"
        return f"{core} ({len(request.asked) + 1})"

    def _hint(self, request: PhraseRequest) -> str:
        hints = self.templates["hint"]
        beats = hints["beats"]
        parts = [_pick(beats.get(request.kind) or beats["start"], self._seed(request))]
        for slot in ("story", "fact"):
            options = _fill(hints[slot], request.slots)
            if options:
                parts.append(_pick(options, self._seed(request) + slot))
        return " ".join(parts)

    def _feedback(self, request: PhraseRequest) -> str:
        section = self.templates["feedback"].get(request.kind, {})
        side = request.slots.get("side", "improve")
        cause = request.slots.get("cause", "")  # "improve_short": the reason behind the score
        options = list(section.get(f"{side}_{cause}", ()) if cause else ())
        options = options or list(section.get(side, ())) or [section.get("gap", "")]
        return _pick(options, request.slots.get("seed", "") + self._seed(request))


class FunctionLanguage:
    """A backend from a plain function ``(PhraseRequest) -> str`` (httpx's MockTransport idea)."""

    name = "function"

    def __init__(self, function: Callable[[PhraseRequest], str]) -> None:
        self._function = function

    def phrase(self, request: PhraseRequest) -> str:
        return self._function(request)


class FakeLanguage:
    """For tests: replies come from a queue; every request is kept in ``history``.

    With ``fallback`` (e.g. a TemplateLanguage), an empty queue falls through to it; without,
    an empty queue is an error that says what to do.
    """

    name = "fake"

    def __init__(self, responses: Iterable[str] = (), fallback: Language | None = None) -> None:
        self._queue: deque[str] = deque(responses)
        self.fallback = fallback
        self.history: list[PhraseRequest] = []

    def enqueue(self, responses: Iterable[str]) -> None:
        self._queue.extend(responses)

    def phrase(self, request: PhraseRequest) -> str:
        self.history.append(request)
        if self._queue:
            return self._queue.popleft()
        if self.fallback is not None:
            return self.fallback.phrase(request)
        raise LookupError("FakeLanguage has nothing queued: call enqueue([...]) first.")


# -- the registry -----------------------------------------------------------------------------

Factory = Callable[[], Language]
_factories: dict[str, Factory] = {}
_loaded = False


def register_languages(register: Callable[[str, Factory], None]) -> None:
    """The built-in plugin's hook: roundtwo's own backends."""
    register("template", TemplateLanguage)


def register_language(name: str, factory: Factory) -> None:
    """Register (or replace) a backend under ``name``; ``factory()`` builds it."""
    _ensure_loaded()
    _factories[name] = factory


def add_plugin(plugin: Any) -> None:
    """Load a plugin object (a module or anything with ``register_languages(register)``)."""
    hook = getattr(plugin, "register_languages", None)
    if not callable(hook):
        raise TypeError(f"{plugin!r} has no register_languages(register) hook")
    hook(_factories.__setitem__)


def _ensure_loaded() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    add_plugin(sys.modules[__name__])
    from importlib.metadata import entry_points

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        add_plugin(entry.load())


def language_names() -> list[str]:
    _ensure_loaded()
    return sorted(_factories)


def get_language(name: str | None = None) -> Language:
    """A backend by name (``template`` by default). Unknown names: ValueError, one line."""
    _ensure_loaded()
    chosen = name or DEFAULT
    if chosen not in _factories:
        raise ValueError(f"unknown language backend {chosen!r}: use one of {language_names()}")
    return _factories[chosen]()


def unregister_language(name: str) -> None:
    """Remove a backend (tests use it to clean up what they registered)."""
    _factories.pop(name, None)
