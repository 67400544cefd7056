# Media speech analysis: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EVENT ?= data/raw/baghdadi-2016-11-03
PYTEST_ARGS ?=
# `make report FORCE=1` reruns every notebook; `make report ONLY="01 03"` runs only those notebooks.
FORCE ?=
ONLY ?=
RUN_ARGS = --event $(EVENT) $(if $(FORCE),--force,) $(if $(ONLY),--only $(ONLY),)
ROOT_FLAG = $(if $(filter 0,$(shell id -u)),--allow-root,)

.DEFAULT_GOAL := help
.PHONY: help setup report report-code test lab bench clean screenshot

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (media analysis)" > /dev/null
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv and install the project (done automatically by other targets)

report: $(STAMP) ## Run the notebooks on EVENT (only what changed) and write figures/, data/processed/, reports/
	$(BIN)/python -m analysis run $(RUN_ARGS)

report-code: $(STAMP) ## Same as report, but the HTML reports show the code
	$(BIN)/python -m analysis run $(RUN_ARGS) --with-code

test: $(STAMP) ## Run the test suite (the CI command)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lab: $(STAMP) ## Open JupyterLab on notebooks/ with the project's kernel (loopback only)
	$(BIN)/jupyter lab --notebook-dir=notebooks --ServerApp.ip=127.0.0.1 $(ROOT_FLAG)

bench: $(STAMP) ## Run the benchmarks (prints tables)
	$(BIN)/python benchmarks/bench_pipeline.py

screenshot: report ## Re-take docs/screenshot-index.png of reports/index.html in headless Chromium
	SHOT_WIDTH=1280 SHOT_HEIGHT=1100 $(BIN)/python tests/test_browser.py reports/index.html docs/screenshot-index.png

clean: ## Remove generated figures, reports and processed data (never data/raw)
	rm -rf figures/* reports/* data/processed/* .cache
	@touch figures/.gitkeep reports/.gitkeep data/processed/.gitkeep
