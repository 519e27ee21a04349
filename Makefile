# weerbaarxblock — every target sets itself up from a fresh clone.
#   make demo    serve the Dutch demo course on http://127.0.0.1:8000
#   make test    every test, on each supported Python found (browser tests on the newest), and the JS unit tests
#   make bench   speed, memory and asset-weight benchmarks
#   make course-kit   the training as an Open edX course export: dist/ondermijning-sociaal-domein.tar.gz
SHELL := /bin/bash
.DEFAULT_GOAL := help
SETTINGS := weerbaarxblock.demo.settings
HOST ?= 127.0.0.1:8000

help:
	@sed -n '2,5p' Makefile

# The newest supported Python on this machine, or a clear message.
define newest_python
$$(.ci/pythons | head -n 1 | cut -d' ' -f1)
endef

demo:
	@version=$(newest_python); \
	if [ -z "$$version" ]; then echo "make demo needs Python 3.12 or 3.11; neither was found." >&2; exit 3; fi; \
	venv=$$(.ci/venv $$version) || exit $$?; \
	mkdir -p var; \
	export DJANGO_SETTINGS_MODULE=$(SETTINGS); \
	$$venv/bin/django-admin migrate --run-syncdb --verbosity 0 && \
	echo "Demo course: http://$(HOST)/  (Python $$version; stop with Ctrl-C)" && \
	$$venv/bin/django-admin runserver --noreload $(HOST)

test:
	@.ci/system-deps
	@versions=$$(.ci/pythons | cut -d' ' -f1); \
	if [ -z "$$versions" ]; then echo "make test needs Python 3.12 or 3.11; neither was found." >&2; exit 3; fi; \
	newest=$$(echo "$$versions" | head -n 1); status=0; \
	for version in $$versions; do \
	  venv=$$(.ci/venv $$version) || exit $$?; \
	  if [ "$$version" = "$$newest" ]; then \
	    echo "== lint (Python $$version)"; $$venv/bin/ruff check weerbaarxblock tests setup.py || status=1; \
	    marks="not bench"; \
	  else marks="not bench and not browser and not packaging"; fi; \
	  echo "== tests on Python $$version $${marks:+($$marks)}"; \
	  $$venv/bin/python -m pytest -m "$$marks" || status=1; \
	done; \
	echo "== js unit tests"; \
	if compgen -G 'tests/js/*.test.js' >/dev/null; then node --test tests/js/*.test.js || status=1; \
	else echo "no tests/js/*.test.js yet"; fi; \
	$(MAKE) --no-print-directory test-hardening || status=1; \
	exit $$status

# The course kit for Studio's Import, from the same content as the demo (weerbaarxblock/demo/content/; see
# docs/course-kit.md).
KIT := dist/ondermijning-sociaal-domein.tar.gz
course-kit:
	@version=$(newest_python); \
	if [ -z "$$version" ]; then echo "make course-kit needs Python 3.12 or 3.11; neither was found." >&2; exit 3; fi; \
	venv=$$(.ci/venv $$version) || exit $$?; \
	mkdir -p dist && PYTHONWARNINGS=ignore $$venv/bin/python -m weerbaarxblock.demo.kit $(KIT)

# Sets itself up (Debian's chromium for the browser figures, requirements/bench.txt's reference block), prints
# every figure as `name: value (budget ...) ok|MISSED` and again at the end; exits non-zero on a missed budget.
bench:
	@.ci/system-deps
	@version=$(newest_python); \
	if [ -z "$$version" ]; then echo "make bench needs Python 3.12 or 3.11; neither was found." >&2; exit 3; fi; \
	venv=$$(.ci/venv $$version) || exit $$?; \
	$$venv/bin/python -m pip install --disable-pip-version-check -q -c requirements/constraints.txt \
	  -r requirements/bench.txt >"$$venv/bench-install.log" 2>&1 || { tail -n 20 "$$venv/bench-install.log"; exit 1; }; \
	$$venv/bin/python -m pytest tests/benchmarks tests/browser/test_bench_browser.py -m bench -s

# The load tests (tests/load): the demo under gunicorn (4 workers), on SQLite and on a throwaway MariaDB, many
# learners racing two tabs while the instructor reviews; bounded, loopback only. The MariaDB one also runs in
# `make test-hardening`. The server is stopped and its folder removed however the run ends.
load:
	@.ci/system-deps
	@venv=$$(.ci/venv $(newest_python)) || exit $$?; \
	server=$$(.ci/mariadb start) || exit $$?; eval "$$server"; \
	trap '.ci/mariadb stop "$$WEERBAAR_MARIADB_DIR"' EXIT; trap 'exit 130' INT TERM; \
	WEERBAAR_LOAD=1 $$venv/bin/python -m pytest tests/load -m load -s

# The store, block and contract tests on a throwaway MariaDB (Debian's mariadb-server, loopback, utf8mb4; see
# .ci/mariadb), after migrate and makemigrations --check on it: under REPEATABLE READ (MySQL's default, which Open
# edX keeps) and READ COMMITTED (Django's), with the tests marked `mariadb`. The hypothesis fuzzing and the
# catalog checks do not depend on the database and run on SQLite only (in `make test`). When those pass, the load
# test on the demo under gunicorn runs on the same server (tests/load/test_mariadb_load.py, about 40 s). The
# server is stopped and its folder removed however the run ends.
HARDENING_TESTS := tests/store tests/core tests/reflection tests/scenario tests/network tests/lms_contract \
	--ignore=tests/core/test_fuzz_handlers.py --ignore=tests/core/test_translations.py
test-hardening:
	@.ci/system-deps
	@venv=$$(.ci/venv $(newest_python)) || exit $$?; \
	started=$$(date +%s); server=$$(.ci/mariadb start) || exit $$?; eval "$$server"; \
	trap '.ci/mariadb stop "$$WEERBAAR_MARIADB_DIR"' EXIT; trap 'exit 130' INT TERM; \
	export DJANGO_SETTINGS_MODULE=tests.settings_mariadb PYTHONPATH=.; status=0; \
	echo "== MariaDB $$(mariadb --version | grep -o '[0-9.]*-MariaDB'): migrate, makemigrations --check"; \
	export PYTHONWARNINGS="ignore:pkg_resources is deprecated:UserWarning"; \
	{ $$venv/bin/django-admin migrate -v0 && $$venv/bin/django-admin makemigrations --check --dry-run; } || status=1; \
	for level in "repeatable read" "read committed"; do \
	  echo "== tests on MariaDB ($$level)"; \
	  WEERBAAR_DB_ISOLATION="$$level" $$venv/bin/python -m pytest -m "not browser and not bench and not packaging" \
	    $(HARDENING_TESTS) || status=1; \
	done; \
	if [ $$status -eq 0 ]; then \
	  echo "== load test: the demo under gunicorn (4 workers) on MariaDB"; \
	  WEERBAAR_LOAD=1 $$venv/bin/python -m pytest -m load -s tests/load/test_mariadb_load.py || status=1; \
	else echo "== load test skipped: the MariaDB tests failed"; fi; \
	echo "== MariaDB part: $$(( $$(date +%s) - started )) s"; \
	exit $$status

# Extract msgids into the .po files and compile catalogs (needs Debian's gettext).
translations:
	@.ci/system-deps
	@venv=$$(.ci/venv $(newest_python)); .ci/translations $$venv

.PHONY: help demo test test-hardening bench load translations course-kit
