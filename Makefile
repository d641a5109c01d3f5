# Two commands get a fresh machine going: `make run` and `make test`. Only Python 3.11+ and git are assumed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve test test-fast lint format install browser demo clean soak

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(INSTALLED)

install: $(INSTALLED)

## run: set up, migrate, load demo content, then serve the site at http://127.0.0.1:8000 (SQLite) with the worker
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content --with-demo-users
	@$(MAKE) --no-print-directory serve

## serve: the web server and, beside it, the worker that runs periodic jobs (scheduled publishing, retention purge).
## Ctrl-C stops both: the shell runs the web server in the foreground and stops the worker whenever it exits.
serve:
	@$(BIN)/python manage.py run_periodic_jobs & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	trap 'exit 130' INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## test: the whole suite: the non-browser tests in parallel (one process per core), then the browser tests
test: install browser
	$(BIN)/python -m pytest -n auto -m "not browser"
	$(BIN)/python -m pytest -m browser

## test-fast: everything but the browser tests, in parallel
test-fast: install
	$(BIN)/python -m pytest -n auto -m "not browser"

## browser: Debian's Chromium when it is installed, otherwise Playwright's own download
browser:
	@if [ -x /usr/bin/chromium ]; then echo "Browser tests will use /usr/bin/chromium"; \
	else $(BIN)/python -m playwright install chromium; fi

## soak: 60 s of 20 simulated people reading and writing while PostgreSQL restarts (needs PostgreSQL's server
## binaries and a `postgres` OS user; starts and removes its own cluster); table also in bench/SOAK.md
soak: install
	$(BIN)/python bench/soak.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 static_collected .test-media
