# Two commands: `make run` (the demo on SQLite) and `make test` (SQLite, then PostgreSQL).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
CHROMIUM := $(shell command -v chromium 2>/dev/null)
CHROMEDRIVER := $(shell command -v chromedriver 2>/dev/null)

.PHONY: run test test-sqlite test-postgres lint messages assets clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	@mkdir -p var
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py load_demo --if-empty
	@echo "Serving the demo on http://127.0.0.1:8000 (Ctrl+C stops it)"
	$(PY) manage.py runserver 127.0.0.1:8000

# Browser tests run whenever Debian's Chromium and ChromeDriver are present.
ifeq ($(CHROMIUM)$(CHROMEDRIVER),)
SQLITE_MARK := -m "not browser and not postgresql"
BROWSER_MARK := -m "not browser"
BROWSER_NOTE := echo "NOTE: Chromium or ChromeDriver not found: the browser tests are NOT run. Install them with: apt-get install chromium chromium-driver"
else
SQLITE_MARK := -m "not postgresql"
BROWSER_MARK :=
BROWSER_NOTE := echo "Browser tests run in $(CHROMIUM)"
endif

test: test-sqlite test-postgres
	@$(BROWSER_NOTE)

test-sqlite: $(STAMP)
	@$(BROWSER_NOTE)
	@echo "== Test suite on SQLite"
	$(VENV)/bin/pytest -q $(SQLITE_MARK)

test-postgres: $(STAMP)
	@echo "== Test suite on PostgreSQL (a throwaway cluster)"
	$(PY) scripts/with_postgres.py -- $(VENV)/bin/pytest -q $(BROWSER_MARK)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

# Needs GNU gettext (xgettext); the compiled .mo files are committed, so `make run` does not.
messages: $(STAMP)
	cd src/loket && ../../$(PY) ../../manage.py makemessages -l nl -l en -l fr -l ar --no-obsolete --ignore "domain/*" --ignore "*/tests/*"
	$(PY) scripts/compile_messages.py

# Refresh the committed front-end assets from the npm registry.
assets:
	cd /tmp && npm pack htmx.org@2.0.11 --silent && tar xzf htmx.org-2.0.11.tgz
	cp /tmp/package/dist/htmx.min.js src/loket/static/vendor/htmx.min.js

clean:
	rm -rf $(VENV) var
