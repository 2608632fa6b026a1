# The assistant's commands. Start with `make run` (set up, train if needed, serve) or
# `make test` (set up, train if needed, run every test). `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help venv run shell train validate test test-unit test-stories bench constraints clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt scripts/find-python.sh
	@python=$$(scripts/find-python.sh) || exit 1; \
	  if [ ! -x $(PY) ]; then echo "Creating $(VENV) with $$python"; "$$python" -m venv $(VENV) || exit 1; fi
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt setuptools wheel
	@echo "Installing the project and its pinned dependencies into $(VENV) (several minutes the first time) ..."
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test]"
	@touch $@

venv: $(STAMP) ## create .venv and install the pinned dependencies

train: $(STAMP) ## train the model into models/ when data, config or domain changed
	$(PY) -m bot.training

run: train ## set up, train if needed, then serve the assistant (Ctrl-C stops it)
	$(PY) -m bot.launcher run

shell: train ## chat with the assistant in this terminal
	$(PY) -m bot.launcher shell

validate: $(STAMP) ## check the training data and domain for mistakes
	$(PY) -m rasa data validate --config config.yml --domain domain.yml --data bot/data --fail-on-warning

test-unit: $(STAMP) ## fast tests that need no trained model
	$(PY) -m pytest -m "not integration" -q

test-stories: train ## conversation stories under tests/stories with the trained model
	$(PY) -m rasa test core --model models/current.tar.gz --stories tests/stories \
	  --out var/results/stories --fail-on-prediction-errors > var/log/test-stories.log 2>&1 \
	  || { tail -40 var/log/test-stories.log; exit 1; }
	@echo "Stories: all passed (details in var/results/stories)"

test: validate train test-stories ## set up, train if needed, then run the whole test suite
	$(PY) -m pytest -q

BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test,bench]"
	@touch $@

bench: train $(BENCH_STAMP) ## benchmarks: load vs stock Rasa, NLU (cross-validation, held-out), language id, redaction
	$(PY) bench/langid_eval.py --strict
	$(PY) bench/nlu_crossval.py
	$(PY) bench/nlu_heldout.py
	$(PY) bench/redact_eval.py --strict
	$(PY) bench/run.py

constraints: $(STAMP) ## re-freeze constraints.txt from the current .venv
	{ head -3 constraints.txt; $(PY) -m pip freeze --exclude-editable | grep -v '^-e'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt

clean: ## remove the trained model, Rasa's caches and var/ (keeps .venv)
	rm -rf models/*.tar.gz models/*.fingerprint .rasa var results
