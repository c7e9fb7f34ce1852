# khdesk: the two set-up commands (`make run`, `make test`) and the build steps behind them.
# Every target creates .venv on first use and installs the pinned versions from the lock files.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck contracts pytest check-qt lock clean-venv benchmarks

# --- environments -----------------------------------------------------------------------------
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev-installed: requirements-dev.lock $(VENV)/.run-installed
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

# --- the two commands ---------------------------------------------------------------------------
run: $(VENV)/.run-installed
	@$(BIN)/python -m khdesk.ui.qt_check
	$(BIN)/khdesk

test: $(VENV)/.dev-installed
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m khdesk.ui.qt_check
	$(BIN)/ruff check khdesk tests benchmarks
	$(BIN)/ruff format --check khdesk tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest --cov --cov-report=term:skip-covered -q

# --- pieces, for working on one thing ----------------------------------------------------------
lint: $(VENV)/.dev-installed
	$(BIN)/ruff check khdesk tests benchmarks
	$(BIN)/ruff format --check khdesk tests benchmarks

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy

contracts: $(VENV)/.dev-installed
	$(BIN)/lint-imports

pytest: $(VENV)/.dev-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

benchmarks: $(VENV)/.dev-installed
	$(BIN)/python -m benchmarks.run

# Re-pin after changing dependencies in pyproject.toml (needs the package registry).
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --generate-hashes -o requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --generate-hashes --extra dev -o requirements-dev.lock pyproject.toml

clean-venv:
	rm -rf $(VENV)
