# matcha: `make run` serves the embedded default; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock 2>/dev/null | cksum | cut -d' ' -f1)

.PHONY: install run serve worker test test-sqlite test-postgres lint format demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

## run: dev mode: migrate, load the demo organisation (printing a login and a token), then
##      serve API + worker on :8000 (PORT=8001 make run for another port)
PORT ?= 8000
run: export MATCHA_ENV ?= dev
run: install
	$(BIN)/matcha db upgrade
	$(BIN)/matcha demo --if-empty
	$(BIN)/matcha up --port $(PORT)

serve: install
	$(BIN)/matcha db upgrade
	$(BIN)/matcha serve

worker: install
	$(BIN)/matcha worker

demo: install
	$(BIN)/matcha db upgrade
	$(BIN)/matcha demo

## test: the whole suite on SQLite, then again on PostgreSQL (a fresh database on 127.0.0.1:5432)
test: test-sqlite test-postgres

test-sqlite: install
	MATCHA_TEST_DB=sqlite $(BIN)/python -m pytest $(PYTEST_ARGS)

test-postgres: install
	MATCHA_TEST_DB=postgres $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
