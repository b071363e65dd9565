# Stapsteen: `make run` starts the assistant, `make test` runs every test.
# Both set up everything they need first (venv, Dutch spaCy pipeline, model).
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NLP_DIR := var/spacy/nl_stapsteen
NLP   := $(NLP_DIR)/meta.json
MODEL := models/stapsteen.tar.gz
DIALOGUE_SOURCES := domain.yml config.yml $(shell find data -name '*.yml' 2>/dev/null)
NLP_SOURCES := $(shell find bot/nlp -type f -not -path '*/__pycache__/*' 2>/dev/null) bot/municipalities.py bot/data/municipalities.csv

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
# Rasa 3.6 and its pinned libraries print many deprecation warnings: hide them.
export PYTHONWARNINGS := ignore
export PYTHONPATH := $(CURDIR)

AXE   := node_modules/axe-core/axe.min.js

.PHONY: run test setup nlp model clean
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

$(MODEL): $(STAMP) $(NLP) $(DIALOGUE_SOURCES)
	$(VENV)/bin/rasa train --quiet --fixed-model-name stapsteen --out models
	@touch $@

nlp: $(NLP)
model: $(MODEL)

run: setup
	@scripts/run.sh

# axe-core (npm) for the accessibility check in the browser tests.
$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility check will be skipped (install nodejs + npm)"; fi

test: setup
	@$(MAKE) --no-print-directory $(AXE) || true
	$(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) models var/spacy test-output .pytest_cache node_modules
