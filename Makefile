# khdesk: the two set-up commands (`make run`, `make test`) and the build steps behind them.
# Every target creates .venv on first use and installs the pinned versions from the lock files.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test test-postgres dist test-dist deb test-deb lint typecheck contracts pytest lock clean-venv benchmarks forms translations check-generated screenshots

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

# PyInstaller, for the one-folder build (packaging/khdesk.spec)
$(VENV)/.dist-installed: packaging/requirements-dist.lock $(VENV)/.dev-installed
	$(BIN)/python -m pip install --quiet --require-hashes -r packaging/requirements-dist.lock
	touch $@

# --- the two commands ---------------------------------------------------------------------------
run: $(VENV)/.run-installed
	@$(BIN)/python -m khdesk.ui.qt_check
	$(BIN)/khdesk

test: $(VENV)/.dev-installed
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m khdesk.ui.qt_check
	@$(MAKE) --no-print-directory check-generated
	$(BIN)/ruff check khdesk tests benchmarks packaging
	$(BIN)/ruff format --check khdesk tests benchmarks packaging
	$(BIN)/mypy
	$(BIN)/lint-imports
	@# the whole suite on SQLite, and beside it headquarters' storage, sync and review tests on a
	@# throwaway PostgreSQL (tests/postgres.py starts it, and removes it also when they fail)
	@log=$$(mktemp); \
	$(MAKE) --no-print-directory test-postgres > $$log 2>&1 & pg=$$!; \
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest --cov --cov-report=term:skip-covered -q; lite=$$?; \
	wait $$pg; pgrc=$$?; echo "--- on PostgreSQL:"; cat $$log; rm -f $$log; \
	test $$lite -eq 0 -a $$pgrc -eq 0
	@echo "--- the one-folder build and the Debian package:"
	@$(MAKE) --no-print-directory test-dist test-deb

# The tests of what headquarters keeps in its database, on PostgreSQL (docs/postgresql.md).
PG_TESTS := tests/storage tests/sync tests/services/test_review.py tests/services/test_similarity.py \
	tests/services/test_identities.py tests/services/test_stats.py tests/cli/test_review_cli.py \
	tests/cli/test_prospectus_cli.py tests/cli/test_persons_duplicates_cli.py \
	tests/services/test_review_concurrency.py tests/cli/test_second_analyst.py \
	tests/cli/test_hq_end_to_end.py tests/services/test_participants.py \
	tests/services/test_persons.py tests/services/test_spellings_search.py \
	tests/ui/test_review_page.py tests/ui/test_hq_home.py tests/ui/test_dashboard.py \
	tests/ui/test_persons_review_page.py tests/ui/test_similar_page.py \
	tests/ui/test_persons_page.py tests/ui/test_hq_export.py tests/ui/test_devices_page.py \
	tests/ui/test_prospectus_dialog.py tests/ui/test_sync_ui.py tests/ui/test_review_similar.py \
	tests/ui/test_reference_page.py
test-postgres: $(VENV)/.dev-installed
	KHDESK_TEST_BACKEND=postgresql QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.postgres \
	  $(BIN)/pytest -q -p no:cacheprovider $(PG_TESTS)

# --- the one-folder build (packaging/README.md) -------------------------------------------------
# dist/khdesk: the program and everything it reads, built by PyInstaller from packaging/khdesk.spec
dist: $(VENV)/.dist-installed
	@rm -rf dist/khdesk build/pyinstaller
	@QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller \
	  packaging/khdesk.spec

# The built program answers --version, opens its window offscreen, writes a Kazakh protocol.
test-dist: dist
	$(BIN)/python packaging/test_dist.py

# A tool the packaging needs: installed from Debian's packages when missing (as root), or named.
define need
	@command -v $(1) >/dev/null || { test "$$(id -u)" = 0 && \
	  apt-get install -y -q --no-install-recommends $(2) >/dev/null; } || \
	  { echo "this needs $(1): sudo apt-get install $(2)"; exit 1; }
endef

# dist/khdesk_VERSION_ARCH.deb: the build in /opt/khdesk, khdesk on the PATH, the desktop entry,
# icons, AppStream metadata and the .khb/.khr file types (packaging/README.md)
deb: dist
	$(call need,appstreamcli,appstream)
	$(call need,desktop-file-validate,desktop-file-utils)
	$(call need,dpkg-deb,dpkg)
	$(BIN)/python packaging/build_deb.py

# Installs the package with dpkg -i, runs it, opens a bundle with it, purges it (needs root).
test-deb: deb
	$(BIN)/python packaging/test_deb.py

# --- generated files: Designer forms and compiled translations ---------------------------------
FORMS := $(wildcard forms/*.ui)
LANGS := kk ru en
TS    := $(foreach l,$(LANGS),resources/translations/khdesk_$(l).ts)
UI_SOURCES = $(wildcard khdesk/ui/*.py khdesk/ui/*/*.py) $(FORMS)

# Compile every .ui into khdesk/ui/forms/ui_NAME.py.
forms: $(VENV)/.run-installed
	@for f in $(FORMS); do n=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic $$f -o khdesk/ui/forms/ui_$$n.py || exit 1; done

# Collect the core's message templates (khdesk/ui/core_texts.py) and the texts of the interface
# into the .ts files, then compile them to .qm.
translations: $(VENV)/.run-installed
	@$(BIN)/python -m khdesk.ui.collect_texts
	@mkdir -p resources/translations
	@for l in $(LANGS); do case $$l in kk) t=kk_KZ;; ru) t=ru_RU;; *) t=en_US;; esac; \
	  $(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -target-language $$t \
	  $(UI_SOURCES) -ts resources/translations/khdesk_$$l.ts || exit 1; done
	@for t in $(TS); do $(BIN)/pyside6-lrelease -silent $$t -qm $${t%.ts}.qm || exit 1; done

# Fails when a form or a translation was changed without regenerating what is built from it, or
# when the core raises an error with a built string instead of a template.
check-generated: $(VENV)/.run-installed
	@$(BIN)/python -m khdesk.ui.collect_texts --check
	@tmp=$$(mktemp -d); status=0; \
	for f in $(FORMS); do n=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic $$f -o $$tmp/ui_$$n.py; \
	  cmp -s $$tmp/ui_$$n.py khdesk/ui/forms/ui_$$n.py || { echo "khdesk/ui/forms/ui_$$n.py is out of date: run 'make forms'"; status=1; }; done; \
	for t in $(TS); do b=$$(basename $$t .ts); \
	  $(BIN)/pyside6-lrelease -silent $$t -qm $$tmp/$$b.qm; \
	  cmp -s $$tmp/$$b.qm resources/translations/$$b.qm || { echo "resources/translations/$$b.qm is out of date: run 'make translations'"; status=1; }; done; \
	rm -rf $$tmp; exit $$status

# --- pieces, for working on one thing ----------------------------------------------------------
lint: $(VENV)/.dev-installed
	$(BIN)/ruff check khdesk tests benchmarks packaging
	$(BIN)/ruff format --check khdesk tests benchmarks packaging

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy

contracts: $(VENV)/.dev-installed
	$(BIN)/lint-imports

pytest: $(VENV)/.dev-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# The README's screenshots, in Kazakh and Russian, on a virtual screen (needs xvfb-run).
screenshots: $(VENV)/.run-installed
	for l in kk ru; do \
	  xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python docs/screenshots/take_screenshots.py $$l || exit 1; done

benchmarks: $(VENV)/.dev-installed
	$(BIN)/python -m benchmarks.run

# Re-pin after changing dependencies in pyproject.toml (needs the package registry).
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --generate-hashes -o requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --generate-hashes --extra dev -o requirements-dev.lock pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --generate-hashes -o packaging/requirements-dist.lock \
	  packaging/requirements-dist.in

clean-venv:
	rm -rf $(VENV)
