# Work Inclusion Practice Portal. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: help
help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e ".[test]"
	@touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the project with its test tools

.PHONY: migrate
migrate: install ## Apply database migrations (and create the database cache table)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

.PHONY: content
content: migrate ## Load the initial content (idempotent)
	$(PY) manage.py load_initial_content

.PHONY: run
run: content ## Install, migrate, load content, create a demo admin and serve on http://127.0.0.1:8000
	$(PY) manage.py create_demo_admin
	@echo "Serving on http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	$(PY) manage.py runserver $(HOST):$(PORT)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: test-deps
test-deps: install ## Install system packages (Chromium, PostgreSQL, Redis, Node) and axe-core for the tests
	@bash scripts/system-deps.sh
	@$(MAKE) --no-print-directory node_modules/.installed

.PHONY: checks
checks: install ## Django system checks, migrations check, import layers (lint-imports), ruff and template lint
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files 'templates/*.html' '*/templates/*.html')

.PHONY: test-sqlite
test-sqlite: install ## Run the test suite on SQLite
	env -u DATABASE_URL $(VENV)/bin/pytest $(PYTEST_ARGS)

.PHONY: test-postgres
test-postgres: install ## Run the test suite on throwaway PostgreSQL and Redis servers (CACHE_URL=redis://)
	bash scripts/with-redis.sh bash scripts/with-postgres.sh $(VENV)/bin/pytest -m "not browser" $(PYTEST_ARGS)

.PHONY: test-elasticsearch
test-elasticsearch: install ## Run the search tests against a throwaway Elasticsearch 8 server
	bash scripts/with-elasticsearch.sh env -u DATABASE_URL $(VENV)/bin/pytest tests/search -m "not browser" $(PYTEST_ARGS)

.PHONY: test
test: test-deps checks test-sqlite test-postgres test-elasticsearch ## Install what the tests need and run everything (SQLite, PostgreSQL, Elasticsearch)

.PHONY: lint
lint: install ## Fix what ruff and djhtml can fix
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(git ls-files 'templates/*.html' '*/templates/*.html')

.PHONY: messages
messages: install ## Extract interface strings and compile translations (needs gettext)
	$(PY) manage.py makemessages -l it -l de -l da -l sv --ignore=.venv --ignore=node_modules
	$(PY) manage.py compilemessages --ignore=.venv

.PHONY: serve
serve: install ## Production-like server: gunicorn + WhiteNoise (needs SECRET_KEY, ALLOWED_HOSTS)
	DJANGO_SETTINGS_MODULE=portal.settings.production $(PY) manage.py createcachetable
	DJANGO_SETTINGS_MODULE=portal.settings.production $(PY) manage.py collectstatic --noinput
	DJANGO_SETTINGS_MODULE=portal.settings.production $(VENV)/bin/gunicorn portal.wsgi --bind $(HOST):$(PORT) --workers 3

.PHONY: backup
backup: install ## Back up the database and the media into BACKUP_DIR (default ./backups), keeping the last 10
	$(PY) manage.py dbbackup --clean --compress --noinput
	$(PY) manage.py mediabackup --clean --compress --noinput
	@ls -1t $${BACKUP_DIR:-backups} | head -2

.PHONY: restore
restore: install ## Restore the newest backup from BACKUP_DIR (stop the server first): database, then media
	$(PY) manage.py dbrestore --uncompress --noinput
	$(PY) manage.py mediarestore --uncompress --replace --noinput

.PHONY: clean
clean: ## Remove the virtualenv, node_modules and the local database
	rm -rf $(VENV) node_modules db.sqlite3 static
