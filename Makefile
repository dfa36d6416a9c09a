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

test: install
	$(VENV)/bin/ruff check src tests scripts
	$(VENV)/bin/pytest -q

eval: install
	$(VENV)/bin/pressfacts eval

bench: install
	$(PY) scripts/benchmark.py

clean:
	rm -rf $(VENV) data/extracted/*.json
