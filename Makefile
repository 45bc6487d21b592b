# The two commands: `make uat` runs the UAT pack and writes the sign-off pack;
# `make test` runs the project's own tests. Both set up what is missing first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Each worker runs its own refdesk, SMTP sink and Chromium.
WORKERS ?= 2

.PHONY: uat test setup report lint clean

uat: setup
	$(BIN)/greenflag run --workers $(WORKERS) $(ARGS)

report: setup
	$(BIN)/greenflag report

test: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -n $(WORKERS) $(ARGS)

setup: $(STAMP) node_modules/.bin/allure
	@scripts/setup-browser $(BIN)/python

# Allure 3 for `greenflag report`; without npm the report says how to get one.
node_modules/.bin/allure: package.json
	@if command -v npm >/dev/null; then \
		npm install --no-save --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "setup: npm not found; 'greenflag report' needs Allure (see README)"; fi

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf reports/allure-results reports/allure-report reports/signoff reports/evidence
