# The project's commands. `make help` lists them.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_TOOLS := node_modules/.installed
# Builds of one commit are byte-identical: every date in the output comes from the last commit.
export NO_MKDOCS_2_WARNING := 1
MAX_AGE_DAYS ?= 365
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.DEFAULT_GOAL := help
.PHONY: help site leaflets bench serve check urls test catalogs translations lint clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(NODE_TOOLS): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --silent
	touch $@

site: $(STAMP) ## check the content and build the whole site into site/ (kept as it was if anything fails)
	$(PY) -m returnguide.cli build

leaflets: $(STAMP) ## build the site with a PDF of every leaflet (only changed ones are made again)
	LEAFLET_PDFS=1 $(PY) -m returnguide.cli build

bench: $(STAMP) ## time synthetic sites from 50x2 to 170x12 through the real build, with Hugo (SIZE=small)
	$(PY) -m returnguide.bench --size $(or $(SIZE),full)

serve: $(STAMP) ## live preview on http://127.0.0.1:8000/; ONLY=ar previews one language, faster
	$(if $(ONLY),ONLY=$(ONLY)) $(VENV)/bin/mkdocs serve

check: $(STAMP) ## check all content and translations; every problem as file:line:column (MAX_AGE_DAYS=365)
	$(PY) -m returnguide.cli check --max-age-days $(MAX_AGE_DAYS)

urls: $(STAMP) ## record every page's address in content/urls.txt (a recorded address must never break)
	$(PY) -m returnguide.cli urls

test: lint check $(NODE_TOOLS) ## run every test (lint, types, content, rules, catalogs, build, export, browser)
	$(VENV)/bin/pytest

catalogs: $(STAMP) ## bring every catalog up to date: extract into locales/messages.pot, merge into each PO file
	$(PY) -m returnguide.cli catalogs

translations: $(STAMP) ## per language: strings translated, fuzzy, missing; pages shown in a fallback or outdated
	$(PY) -m returnguide.cli status

lint: $(STAMP) ## ruff (lint and format) and mypy only
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests
	$(VENV)/bin/mypy

clean: ## remove the built site and generated pages
	rm -rf site site.old docs/.generated docs/.snapshot*.pickle $(filter-out docs/assets,$(wildcard docs/*))
