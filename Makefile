# The front door: `make run` and `make test` work on a fresh clone with only Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test test-fast lint format messages bench load smoke audit audit-pypi clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), f"Python 3.11 needed, found {sys.version.split()[0]}"'
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $(STAMP)

setup: $(STAMP)

run: setup
	DEBUG=true $(BIN)/python manage.py migrate --no-input
	DEBUG=true $(BIN)/python manage.py load_demo
	@echo "Öffnen Sie http://$(HOST):$(PORT)/"
	DEBUG=true $(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	DEBUG=false $(BIN)/python manage.py makemigrations --check --dry-run --settings=tests.settings
	$(BIN)/pytest $(PYTEST_ARGS)

# Quick local loop: no browser tests.
test-fast: setup
	$(BIN)/pytest -m "not e2e" $(PYTEST_ARGS)

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the English catalogue after changing German strings.
messages: setup
	DEBUG=true $(BIN)/python manage.py makemessages -l en --no-location --no-obsolete --ignore=.venv --ignore=tests --ignore=var
	DEBUG=true $(BIN)/python manage.py compilemessages -l en --ignore=.venv

clean:
	rm -rf $(VENV) .venv-audit var staticfiles

# Benchmark: 1× and 10× data in a separate database (PostgreSQL when DATABASE_URL is set).
BENCH_SCALES ?= 1,10
BENCH_ENV := SECRET_KEY=bench-only-not-a-secret-0123456789-abcdefghijklmnopqrstuvwxyz STATIC_ROOT=var/bench-static
bench: setup
	$(BENCH_ENV) $(BIN)/python manage.py collectstatic --no-input -v0
	$(BENCH_ENV) $(BIN)/python manage.py bench --scales $(BENCH_SCALES)

# Load test: gunicorn + locust (its own venv, locust patches gevent), bounded in time.
.venv-load/.installed: requirements-load.txt
	$(PYTHON) -m venv .venv-load
	.venv-load/bin/pip install --disable-pip-version-check -q -r requirements-load.txt
	touch $@

load: setup .venv-load/.installed
	bash loadtest/run.sh

# Production smoke test: deploy as the README's "Betrieb" section says (collectstatic, DEBUG off, check --deploy,
# gunicorn -w 4 behind the proxy settings; PostgreSQL with DATABASE_URL, database helmstedt_smoke) and fetch
# everything reachable from / as every persona; fails on any 5xx, English error page or missing header.
smoke: setup
	bash scripts/smoke.sh

# Known vulnerabilities in the pinned runtime dependencies (pip-audit, its own pinned venv).
# --strict: a package that cannot be checked (advisory service unreachable) fails the run
# instead of passing silently. Findings and their explanation: README, "Sicherheitsprüfung".
.venv-audit/.installed: requirements-audit.txt
	$(PYTHON) -m venv .venv-audit
	.venv-audit/bin/pip install --disable-pip-version-check -q -r requirements-audit.txt
	touch $@

audit: .venv-audit/.installed
	.venv-audit/bin/pip-audit --strict --disable-pip --no-deps -r requirements.txt

# Where pip-audit's advisory sources are unreachable: PyPI's own data on each pin (scripts/audit_pins.py).
audit-pypi:
	$(PYTHON) scripts/audit_pins.py requirements.txt
