PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test demo bench clean gazetteer

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/ruff check rasid tests tools bench
	$(BIN)/pytest

demo: $(STAMP)
	$(BIN)/python -m rasid.demo

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	@for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

gazetteer: $(STAMP)
	$(BIN)/python tools/build_gazetteer.py

clean:
	rm -rf $(VENV) build *.egg-info
