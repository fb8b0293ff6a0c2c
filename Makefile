# Two commands for a fresh machine: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots clean translations dist dist-test stress-ui system-run system-test

# Debian packages: installed when missing and we may (root or passwordless sudo), else one line naming them.
system-run:
	@bash .ci/system-packages.sh run

system-test:
	@bash .ci/system-packages.sh test

$(STAMP): pyproject.toml | system-run
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: system-run $(STAMP)
	$(BIN)/gatehouse

test: system-test $(STAMP)
	$(BIN)/python -m pytest

# The GUI tests N times beside LOAD busy loops, counting the runs that passed (a crash shows as a signal).
N ?= 10
LOAD ?= 2
stress-ui: system-test $(STAMP)
	$(BIN)/python tests/stress_ui.py --runs $(N) --load $(LOAD)

lint: $(STAMP)
	$(BIN)/ruff check app tests migrations
	$(BIN)/ruff format --check app tests migrations

bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks

# The README's screenshots: the app on a private Xvfb display over 200 invented contacts.
screenshots: $(STAMP)
	$(BIN)/python -m tests.ui.screenshots resources/screenshots

# Packaging (packaging/): a one-folder PyInstaller bundle in dist/gatehouse that needs no Python.
DIST_STAMP := $(VENV)/.dist-installed
TRANSLATIONS := resources/translations
TS_FILES := $(wildcard $(TRANSLATIONS)/gatehouse_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collect the UI's tr() strings into the .ts sources (kept in git), then compile them to .qm (not kept).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -extensions py app/ui -ts $(TS_FILES)
	$(MAKE) $(QM_FILES)

dist: $(DIST_STAMP) $(QM_FILES)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/gatehouse.spec

# Build, then run the bundle with no Python on PATH: --version, self-check, install.sh, the validators.
dist-test: dist
	sh packaging/dist-test.sh dist/gatehouse

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(QM_FILES)
