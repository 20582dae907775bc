# roundtwo — the two commands that matter are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PATTERNS := $(VENV)/.patterns
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run test lint format eval bench browser clean

# Precompile roundtwo's own bytecode: where PYTHONDONTWRITEBYTECODE is set, Python never writes
# .pyc files, and every `roundtwo` command would compile its modules from source (~30 ms).
# Record the regular expressions' compiled programs too (scripts/compile_patterns.py): a short
# command would otherwise spend a quarter of a second compiling them. Redone when code changes.
install: $(PATTERNS)
	$(BIN)/python -m compileall -q src

$(PATTERNS): $(STAMP) $(shell find src/roundtwo -name '*.py' -o -name '*.json' 2>/dev/null)
	$(BIN)/python scripts/compile_patterns.py
	touch $(PATTERNS)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/roundtwo migrate
	$(BIN)/roundtwo web --host $(HOST) --port $(PORT)

# Debian's chromium drives the real-browser tests (Playwright's own download is not used).
browser:
	@test -x /usr/bin/chromium || { \
	  echo "Installing Debian's chromium for the browser tests…"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

lint: install
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix
	$(BIN)/ruff format

test: install browser lint
	$(BIN)/pytest

eval: install
	$(BIN)/python -m evals

bench: install
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
