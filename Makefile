# Molt's top-level commands. `make demo` and `make test` do all the set-up a
# fresh Debian machine needs.
BUILD   ?= build
JOBS    ?= 2
WERROR  ?= ON
CMAKE_FLAGS ?=

.PHONY: all deps build demo test unit conformance errors fuzz fuzz-long bench clean

all: build

deps:
	@tools/deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DMOLT_WERROR=$(WERROR) $(CMAKE_FLAGS)

build: $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: deps build
	BUILD=$(BUILD) tools/demo.sh examples/mandelbrot.py

test: deps build
	@tests/run-all.sh

unit: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

conformance: build
	tests/syntax/conformance.sh

errors: build
	tests/syntax/errors.sh

fuzz:
	tests/fuzz/run.sh 60

fuzz-long:
	tests/fuzz/run.sh 3600

bench: build
	bench/frontend/run.sh

clean:
	rm -rf $(BUILD)
