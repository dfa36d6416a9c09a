# Two entry points (see README): `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip

.PHONY: install run test lint eval bench clean

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "python3.11 not found; set PYTHON=..." >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e ".[test]"
	@touch $@

install: $(VENV)/.installed

run: install
	$(VENV)/bin/pressfacts extract data/raw --out data/extracted

# Quality gate, a little under the F1 measured (README, "Quality"): the held-out test split of real press articles
# (data/answers/press/test) and the seed key with the single sentences; a regression on either fails CI.
EVAL_GATE ?= --min-f1 test:PER=0.95 --min-f1 test:LOC=0.92 --min-f1 test:ORG=0.815 --min-f1 test:dates=0.89 \
	--min-f1 test:figures=0.93 --min-f1 test:figures_unit=0.91 --min-f1 test:speakers=0.87 --min-f1 test:roles=0.73 \
	--min-f1 PER=0.97 --min-f1 LOC=0.96 --min-f1 ORG=0.94 --min-f1 dates=0.97 --min-f1 figures=0.97 \
	--min-f1 figures_unit=0.97 --min-f1 speakers=0.95 --min-f1 sentences=0.98

test: install
	$(VENV)/bin/ruff check src tests scripts
	$(VENV)/bin/pytest -q
	$(VENV)/bin/pressfacts eval $(EVAL_GATE)

eval: install
	$(VENV)/bin/pressfacts eval

bench: install
	$(PY) scripts/benchmark.py

clean:
	rm -rf $(VENV) data/extracted/*.json
