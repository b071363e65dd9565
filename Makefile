# Stapsteen: `make run` starts the assistant, `make test` runs lint, types and every test.
# Both set up everything they need first (venv, Dutch spaCy pipeline, model).
# `make test-fast`: the unit tests only (no spaCy pipeline build, no training).
# `make lint`: ruff + mypy (pyproject.toml); `make format` rewrites the code.
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NLP_DIR := var/spacy/nl_stapsteen
NLP   := $(NLP_DIR)/meta.json
MODEL := models/stapsteen.tar.gz
DIALOGUE_SOURCES := domain.yml config.yml $(shell find data -name '*.yml' 2>/dev/null)
# The intent classifier's lexicon features (components/lexicon_featurizer.py) come from these.
LEXICON_SOURCES := bot/data/criteria.yml bot/interpret.py bot/normalise.py
NLP_SOURCES := $(shell find bot/nlp -type f -not -path '*/__pycache__/*' 2>/dev/null) bot/municipalities.py bot/data/municipalities.csv

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
# Rasa 3.6 and its pinned libraries print many deprecation warnings: hide them.
export PYTHONWARNINGS := ignore
export PYTHONPATH := $(CURDIR)

AXE   := node_modules/axe-core/axe.min.js

LINT_DIRS := bot actions web channels components
# Tests that need no trained model, built pipeline, servers or browser (markers in pytest.ini).
FAST_TESTS := not model and not integration and not postgres

.PHONY: run test test-fast lint format setup nlp model clean
setup: $(STAMP) $(NLP) $(MODEL)

$(STAMP): requirements.txt requirements.lock
	@PYBIN="$$(scripts/find-python.sh)" || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then \
	  rm -rf $(VENV); echo "Creating $(VENV) with $$PYBIN"; "$$PYBIN" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c requirements.lock
	@touch $@

$(NLP): $(STAMP) $(NLP_SOURCES)
	$(PY) -m bot nlp build --output $(NLP_DIR)

$(MODEL): $(STAMP) $(NLP) $(DIALOGUE_SOURCES) $(LEXICON_SOURCES)
	$(VENV)/bin/rasa train --quiet --fixed-model-name stapsteen --out models
	@touch $@

nlp: $(NLP)
model: $(MODEL)

run: setup
	@scripts/run.sh

# Redis, two Rasa servers (each with its own action server) and one web server (README:
# "Running on more than one server").
.PHONY: run-cluster
run-cluster: setup
	@scripts/run.sh --instances 2

# The Locust client of scripts/load.py in its own venv: locust 2.46 needs a newer python-socketio
# than Rasa 3.6 runs with (requirements-load.txt). `make load` only sets it up; README "Load test".
LOAD_VENV := .venv-load
LOAD_STAMP := $(LOAD_VENV)/.installed
.PHONY: load
load: $(LOAD_STAMP)
$(LOAD_STAMP): requirements-load.txt
	@PYBIN="$$(scripts/find-python.sh)" || exit 1; [ -x $(LOAD_VENV)/bin/python ] || "$$PYBIN" -m venv $(LOAD_VENV)
	$(LOAD_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-load.txt
	@touch $@

# axe-core (npm) for the accessibility check in the browser tests.
$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility check will be skipped (install nodejs + npm)"; fi

# Lint and types first: a failure stops `make test` (and so .ci/run) before any test.
# Two pytest-xdist workers: the tests that start servers or Chromium run one after
# another in two groups, one per worker (tests/conftest.py); unit tests fill the gaps.
test: lint setup
	@$(MAKE) --no-print-directory $(AXE) || true
	$(PY) -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

# Unit tests of bot/, actions/ and web/ in well under a minute: needs only the venv (no
# $(NLP), no $(MODEL)). Tests marked `model` (pytest.ini; tests/test_nlp.py builds spaCy
# pipelines) and the servers/browser/PostgreSQL tests run in `make test` only.
test-fast: $(STAMP)
	$(PY) -m pytest -m "$(FAST_TESTS)" $(PYTEST_ARGS)

# ruff check, ruff format --check and mypy; all three run, any failure fails.
# One line per finding here; `ruff check` / `ruff format --diff` show the details.
lint: $(STAMP)
	@status=0; \
	echo "ruff check $(LINT_DIRS)"; $(VENV)/bin/ruff check --output-format concise $(LINT_DIRS) || status=1; \
	echo "ruff format --check $(LINT_DIRS)"; \
	$(VENV)/bin/ruff format --check --output-format concise $(LINT_DIRS) || status=1; \
	echo "mypy $(LINT_DIRS)"; $(VENV)/bin/mypy $(LINT_DIRS) || status=1; \
	if [ $$status -ne 0 ]; then echo "lint failed: \`make format\` fixes the formatting and most ruff findings"; fi; \
	exit $$status

# Rewrites files: ruff's fixes (imports, pyupgrade, ...) first, then the formatter.
format: $(STAMP)
	$(VENV)/bin/ruff check --fix --exit-zero $(LINT_DIRS)
	$(VENV)/bin/ruff format $(LINT_DIRS)

clean:
	rm -rf $(VENV) models var/spacy test-output .pytest_cache .mypy_cache .ruff_cache node_modules
