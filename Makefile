# Keel — the two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# llama.cpp is compiled for this CPU (-march=native) but without AMX tiles: where a CPU has AMX
# but the kernel does not grant the tile state to the process, its AMX matmul segfaults in
# ldtilecfg (seen on this project's 2-core CI machines). AVX-512/AVX2 paths stay on.
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
export CMAKE_ARGS ?= -DCMAKE_C_FLAGS="$(NO_AMX)" -DCMAKE_CXX_FLAGS="$(NO_AMX)"

.PHONY: run test lint format bench install clean

# Everything into .venv: Keel, the embedded model (llama-cpp-python compiles once, ~4-10 min),
# PostgreSQL driver and test tools. Re-runs only when pyproject.toml or constraints.txt change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[local,postgres,redis,semantic,guard,training,grounding,jobs,dev]'
	touch $@

install: $(STAMP)

run: $(STAMP)
	$(BIN)/keel serve

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
