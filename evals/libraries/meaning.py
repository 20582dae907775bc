"""Does a phrase embedding help the ledger match facts by meaning? The ledger eval (dev and
held-out) with the word families alone (the default), with wordllama's embedding alone in
place of the word overlap, and with both (the larger of the two).

wordllama 0.4 (MIT) ships a 16 MB static embedding model in its wheel and needs numpy, no
torch. It is not a dependency of roundtwo: install it into a throwaway venv (or the dev venv)
to re-run this. Its loader looks for the bundled tokenizer under a folder name the wheel does
not use, so it is pointed at the package folder itself with downloads disabled, and run with
HF_HUB_OFFLINE=1: no network is touched.

    pip install 'wordllama==0.4.0.post1'
    HF_HUB_OFFLINE=1 python evals/libraries/meaning.py
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from evals.sets import load_sets  # noqa: E402

FLOOR = 0.55  # cosine below this says nothing; above, it is scaled to 0–1


def embedder() -> Callable[[str, str], float]:
    import numpy as np
    import wordllama
    from wordllama import WordLlama

    start = time.perf_counter()
    model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    print(f"wordllama loaded in {time.perf_counter() - start:.2f} s (no network)")

    @lru_cache(maxsize=100_000)
    def vector(text: str) -> object:
        return model.embed([text], norm=True)[0]

    def similarity(a: str, b: str) -> float:
        cosine = float(np.dot(vector(a), vector(b)))  # type: ignore[call-overload]
        return max(0.0, (cosine - FLOOR) / (1 - FLOOR))

    return similarity


def ledger_runner() -> object:
    path = ROOT / "evals" / "ledger" / "run.py"
    spec = importlib.util.spec_from_file_location("ledger_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    from roundtwo.analysis import similarity

    runner = ledger_runner()
    sets = load_sets(ROOT / "evals" / "ledger")
    embed = embedder()
    overlap = similarity._overlap
    configs = {
        "word families (default)": (None, overlap),
        "embedding alone": (embed, lambda a, b: 0.0),
        "both (the larger)": (embed, overlap),
    }
    print(f"{'matching':<26} {'dev P':>7} {'dev R':>7} {'held P':>7} {'held R':>7} {'s':>6}")
    for name, (meaning, words) in configs.items():
        similarity.MEANING = meaning
        similarity._overlap = words  # type: ignore[assignment]
        start = time.perf_counter()
        dev = runner.evaluate(sets["dev"])  # type: ignore[attr-defined]
        held = runner.evaluate(sets["heldout"])  # type: ignore[attr-defined]
        seconds = time.perf_counter() - start
        print(f"{name:<26} {dev['precision']:>7.3f} {dev['recall']:>7.3f} "
              f"{held['precision']:>7.3f} {held['recall']:>7.3f} {seconds:>6.1f}")  # fmt: skip
    similarity.MEANING, similarity._overlap = None, overlap
    return 0


if __name__ == "__main__":
    sys.exit(main())
