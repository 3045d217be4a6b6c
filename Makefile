# The project's commands. `make help` lists them.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check
# What building needs (requirements/site.txt); the tests and tools add requirements/dev.txt.
SITE_STAMP := $(VENV)/.installed-site
DEV_STAMP := $(VENV)/.installed-dev
# `make lock` compiles requirements/*.in into *.txt with this (uv, pinned in requirements/dev.in).
LOCK := $(VENV)/bin/uv pip compile --quiet --generate-hashes --python-version 3.11.5 --python-platform linux
NODE_TOOLS := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1
MAX_AGE_DAYS ?= 365

.DEFAULT_GOAL := help
.PHONY: help site leaflets bench serve check urls test catalogs translations lint lock clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(SITE_STAMP): requirements/site.txt pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) --require-hashes -r requirements/site.txt
	$(PIP) --no-deps -e .
	touch $@

$(DEV_STAMP): requirements/dev.txt $(SITE_STAMP)
	$(PIP) --require-hashes -r requirements/dev.txt
	touch $@

$(NODE_TOOLS): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --silent
	touch $@

site: $(SITE_STAMP) ## check the content and build the whole site into site/ (kept as it was if anything fails)
	$(PY) -m returnguide.cli build

leaflets: $(SITE_STAMP) ## build the site with a PDF of every leaflet (only changed ones are made again)
	$(PY) -m returnguide.cli build --pdfs

bench: $(DEV_STAMP) ## time synthetic sites from 50x2 to 170x12 through the real build, with Hugo (SIZE=small)
	$(PY) scripts/bench.py --size $(or $(SIZE),full)

serve: $(SITE_STAMP) ## live preview on http://127.0.0.1:8000/; ONLY=ar previews one language, faster
	$(if $(ONLY),ONLY=$(ONLY)) $(VENV)/bin/mkdocs serve

check: $(SITE_STAMP) ## check all content and translations; every problem as file:line:column (MAX_AGE_DAYS=365)
	$(PY) -m returnguide.cli check --max-age-days $(MAX_AGE_DAYS)

urls: $(SITE_STAMP) ## record every page's address in content/urls.txt (a recorded address must never break)
	$(PY) -m returnguide.cli urls

test: $(DEV_STAMP) lint check $(NODE_TOOLS) ## run every test (lint, types, content, rules, catalogs, build, export, browser)
	$(VENV)/bin/pytest

catalogs: $(SITE_STAMP) ## bring every catalog up to date: extract into locales/messages.pot, merge into each PO file
	$(PY) -m returnguide.cli catalogs

translations: $(SITE_STAMP) ## per language: strings translated, fuzzy, missing; pages shown in a fallback or outdated
	$(PY) -m returnguide.cli status

lint: $(DEV_STAMP) ## ruff (lint and format) and mypy only
	$(VENV)/bin/ruff check src tests scripts
	$(VENV)/bin/ruff format --check src tests scripts
	$(VENV)/bin/mypy

lock: $(DEV_STAMP) ## pin requirements/*.in into *.txt with hashes (UPGRADE=name moves one package to its newest)
	$(LOCK) $(UPGRADE:%=--upgrade-package %) requirements/site.in -o requirements/site.txt
	$(LOCK) $(UPGRADE:%=--upgrade-package %) requirements/dev.in -o requirements/dev.txt

clean: ## remove the built site and generated pages
	rm -rf site site.old $(filter-out docs/assets,$(wildcard docs/*))
