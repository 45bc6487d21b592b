# The two commands: `make uat` runs the UAT pack and writes the sign-off pack;
# `make test` runs the project's own tests. Both set up what is missing first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: uat test setup lint clean

uat: setup
	$(BIN)/greenflag run $(ARGS)

test: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q $(ARGS)

setup: $(STAMP)
	@scripts/setup-browser $(BIN)/python

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf reports/allure-results reports/signoff reports/evidence
