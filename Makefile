# The commands a newcomer needs: `make demo` and `make test`.
# What they need is installed here: the wasm32-wasip2 target (rustup), crates pinned by
# Cargo.lock, Python and npm packages pinned by their lock files, the wasmtime CLI pinned
# below, and the Debian packages the tests run (the distribution's release pins them).

SHELL := bash
CARGO ?= cargo

# The tests talk to servers on loopback; a proxy set for this machine must not carry them
# (the proxy test sets its own).
comma := ,
export NO_PROXY := 127.0.0.1,localhost$(if $(NO_PROXY),$(comma)$(NO_PROXY))
export no_proxy := $(NO_PROXY)
WASM := target/guest/wasm32-wasip2/release/smartlead_component.wasm
WASM_SMALL := target/guest/wasm32-wasip2/small/smartlead_component.wasm

VENV := target/venv
SINGER_VENV := target/singer-venv
TARGET_POSTGRES_VENV := target/target-postgres-venv
MCP_TESTS := host-test/mcp
CONNECT_TESTS := host-test/connect
EVENTS_TESTS := host-test/events

BINDINGS_JS := bindings/js

.PHONY: singer-venv demo install test setup system-packages wasm wasm-small test-small wasmtime-cli serve schemas tools-doc fuzz bench test-python test-js python-wheel js-package python-typed

# The wasmtime CLI for the `wasmtime serve` test: the version the host embeds, with only
# what `serve` needs (about 7 minutes to build once on 2 cores; its own Cargo.lock pins it).
WASMTIME_VERSION := 48.0.8
WASMTIME_STAMP := target/tools/.wasmtime-$(WASMTIME_VERSION)
WASMTIME_FEATURES := serve,run,cranelift,parallel-compilation,component-model-async,pooling-allocator,clap/default

## Install the wasm32-wasip2 target if it is missing.
setup:
	@rustup target list --installed | grep -qx wasm32-wasip2 || rustup target add wasm32-wasip2

## Debian packages the tests run: curl and openssl (the webhook guide's lines), Postgres,
## Redis and haproxy (the fleet), and chromium (the connect page's browser tests). CI runs
## as root on a fresh machine; elsewhere, a missing package is named and `make` stops.
DEBIAN_PACKAGES := curl openssl postgresql redis-server haproxy chromium
system-packages:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done | xargs); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "missing Debian packages: $$missing (apt-get install $$missing)"; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## Build the component alone (the host build does this too).
wasm: setup
	CARGO_TARGET_DIR=target/guest $(CARGO) build --release --locked -p smartlead-component --target wasm32-wasip2
	@cp $(WASM) bindings/python/smartlead/smartlead.wasm
	@echo "component: $(WASM) ($$(stat -c %s $(WASM)) bytes); copied into the Python package"

## The component built for size (the `small` profile), for runtimes that limit or bill
## by bytes; slower on warm calls (docs/embedding.md).
wasm-small: setup
	CARGO_TARGET_DIR=target/guest $(CARGO) build --profile small --locked -p smartlead-component --target wasm32-wasip2
	@echo "component: $(WASM_SMALL) ($$(stat -c %s $(WASM_SMALL)) bytes)"

## The Python package's tests with the component built for size in place of its own.
test-small: wasm-small
	@$(MAKE) --no-print-directory test-python PYTHON_TEST_WASM=$(abspath $(WASM_SMALL))

## Install the pinned wasmtime CLI into target/tools/bin.
wasmtime-cli: $(WASMTIME_STAMP)

$(WASMTIME_STAMP):
	CARGO_BUILD_BUILD_DIR=$(CURDIR)/target/tools/build $(CARGO) install wasmtime-cli@$(WASMTIME_VERSION) --locked --force \
	  --root target/tools --no-default-features --features $(WASMTIME_FEATURES)
	touch $@

## Serve the HTTP gateway from the component with `wasmtime serve` alone (no native host):
## `make serve SMARTLEAD_BASE_URL=http://127.0.0.1:8787/api/v1 PORT=8080`.
PORT ?= 8080
SMARTLEAD_BASE_URL ?= https://server.smartlead.ai/api/v1
serve: wasm $(WASMTIME_STAMP)
	target/tools/bin/wasmtime serve -S cli --addr 127.0.0.1:$(PORT) --env SMARTLEAD_BASE_URL=$(SMARTLEAD_BASE_URL) $(WASM)

## Install the `smartlead` binary (the component inside) into ~/.cargo/bin.
install: setup
	$(CARGO) install --locked --path host

## Start a mock Smartlead in-process and walk the main flows through the component.
demo: setup
	$(CARGO) run --locked -q -p smartlead-host --bin smartlead -- demo

## `make test` builds every binary once, with the features its tests unify (hence
## `--tests`), and passes BUILT=1 to the targets it runs after: they then use those builds.
## Run alone, a target builds what it needs with that package's features only; inside
## `make test` that second build compiled tokio, serde and what depends on them again
## (about 6 minutes of a fresh run on 2 cores).
BUILT ?=

## Every test: guest unit tests, mock, host, CLI, end-to-end, the gateway (native and
## under `wasmtime serve`), real MCP clients, the Rust, Python and JavaScript examples,
## and the property tests.
test: setup system-packages $(WASMTIME_STAMP) $(VENV)/.installed $(SINGER_VENV)/.installed $(TARGET_POSTGRES_VENV)/.installed $(MCP_TESTS)/node_modules/.installed $(BINDINGS_JS)/node_modules/.installed
	@mkdir -p target
	set -o pipefail; $(CARGO) test --workspace --locked --lib --bins --tests 2>&1 | tee target/test.log
	$(CARGO) build --workspace --locked --bins --tests
	set -o pipefail; cd $(MCP_TESTS) && ../../$(VENV)/bin/python -m pytest -q 2>&1 | tee ../../target/test-mcp.log
	set -o pipefail; cd $(CONNECT_TESTS) && ../../$(VENV)/bin/python -m pytest -q 2>&1 | tee ../../target/test-connect.log
	set -o pipefail; cd $(EVENTS_TESTS) && ../../$(VENV)/bin/python -m pytest -q 2>&1 | tee ../../target/test-events.log
	@$(MAKE) --no-print-directory test-python test-js BUILT=1
	@$(MAKE) --no-print-directory fuzz FUZZ_CASES=20000 FUZZ_PROFILE=dev BUILT=1
	@awk '/^test result:/ {p += $$4; f += $$6} \
	     /^# pass / {p += $$3} /^# fail / {f += $$3} \
	     !/^test result:/ && /(passed|failed).* in [0-9.]+s( \([0-9:]+\))?$$/ {for (i = 2; i <= NF; i++) {if ($$i ~ /^passed/) p += $$(i-1); if ($$i ~ /^failed/) f += $$(i-1)}} \
	     END {printf "tests: %d passed, %d failed\n", p, f}' target/test.log target/test-mcp.log target/test-connect.log target/test-events.log target/test-python.log target/test-js.log

## The Python package's typed API (smartlead/typed.py), generated from wit/.
python-typed: setup
	$(if $(BUILT),target/debug/smartlead-bindgen,$(CARGO) run --locked -q -p smartlead-bindgen)

## A wheel of the Python package, the component inside: target/dist/smartlead_component-*.whl.
python-wheel: wasm python-typed $(VENV)/.installed
	rm -rf target/dist/smartlead_component-*.whl bindings/python/build
	$(VENV)/bin/pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation -w target/dist bindings/python
	@rm -rf bindings/python/build

## An npm tarball of the JavaScript package: the transpiled component and its types.
js-package: wasm $(BINDINGS_JS)/node_modules/.installed
	cd $(BINDINGS_JS) && SMARTLEAD_WASM=../../$(WASM) npm run --silent build > /dev/null
	mkdir -p target/dist && rm -f target/dist/smartlead-component-*.tgz
	cd $(BINDINGS_JS) && npm pack --silent --pack-destination ../../target/dist > /dev/null

## The Python package against the mock (needs the component and the mock binary);
## PYTHON_TEST_WASM=FILE runs it on another build of the component.
test-python: wasm $(VENV)/.installed python-wheel
	$(if $(BUILT),,$(CARGO) build --locked -q -p smartlead-mock)
	set -o pipefail; cd bindings/python && $(if $(PYTHON_TEST_WASM),SMARTLEAD_WASM=$(PYTHON_TEST_WASM)) SMARTLEAD_WHEEL=$$(ls ../../target/dist/smartlead_component-*.whl) ../../$(VENV)/bin/python -m pytest -q tests 2>&1 | tee ../../target/test-python.log

## The JavaScript wrapper against the mock: transpile with jco, then node --test.
test-js: wasm $(BINDINGS_JS)/node_modules/.installed js-package
	$(if $(BUILT),,$(CARGO) build --locked -q -p smartlead-mock)
	set -o pipefail; cd $(BINDINGS_JS) && SMARTLEAD_NPM_PACKAGE=$$(ls ../../target/dist/smartlead-component-*.tgz) node --test test/ 2>&1 | tee ../../target/test-js.log

$(BINDINGS_JS)/node_modules/.installed: $(BINDINGS_JS)/package-lock.json
	cd $(BINDINGS_JS) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

## Singer's target-jsonl, pinned, in a venv of its own: it pins jsonschema 2.6, which the
## MCP client's venv cannot share.
$(SINGER_VENV)/.installed: host-test/singer/requirements.txt
	python3 -m venv $(SINGER_VENV)
	$(SINGER_VENV)/bin/pip install --quiet --disable-pip-version-check -r $<
	touch $@

## MeltanoLabs' target-postgres, pinned, in a venv of its own too (the Singer SDK's pins).
$(TARGET_POSTGRES_VENV)/.installed: host-test/singer-postgres/requirements.txt
	python3 -m venv $(TARGET_POSTGRES_VENV)
	$(TARGET_POSTGRES_VENV)/bin/pip install --quiet --disable-pip-version-check -r $<
	touch $@

singer-venv: $(SINGER_VENV)/.installed $(TARGET_POSTGRES_VENV)/.installed

## The Python MCP client, Playwright (driving Debian's chromium; it downloads no browser),
## the standardwebhooks verifier, wasmtime-py and pytest, pinned; the example package, editable.
$(VENV)/.installed: $(MCP_TESTS)/requirements.txt $(CONNECT_TESTS)/requirements.txt $(EVENTS_TESTS)/requirements.txt bindings/python/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r $< -r $(CONNECT_TESTS)/requirements.txt -r $(EVENTS_TESTS)/requirements.txt -r bindings/python/requirements.txt
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -e bindings/python
	touch $@

## The MCP Inspector CLI, pinned by package-lock.json.
$(MCP_TESTS)/node_modules/.installed: $(MCP_TESTS)/package-lock.json
	cd $(MCP_TESTS) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

## Property tests over every response decoder and the cursor decoder: no input panics.
## `make test` runs them in the test build it already has (FUZZ_PROFILE=dev, with overflow
## checks), where a release build of the guest's tests would cost it minutes.
FUZZ_CASES ?= 200000
FUZZ_PROFILE ?= release
fuzz:
	set -o pipefail; FUZZ_CASES=$(FUZZ_CASES) $(CARGO) test --profile $(FUZZ_PROFILE) --locked -q $(if $(BUILT),--workspace --lib,-p smartlead-component) tests::properties -- --nocapture 2>&1 | grep -oE "fuzz: .*|test result: .*" | grep -v "ok. 0 passed"

## Speed, memory and rate-limit benchmarks (release builds); prints tables, asserts nothing.
bench: setup system-packages $(VENV)/.installed $(BINDINGS_JS)/node_modules/.installed
	$(CARGO) build --release --locked -p smartlead-host -p host-test --bins
	target/release/bench-mcp target/release/smartlead
	target/release/bench-rate
	target/release/bench-tenants target/release/smartlead
	target/release/bench-webhooks
	target/release/bench-bulk target/release/smartlead
	target/release/bench-fleet target/release/smartlead
	target/release/bench-events target/release/smartlead
	target/release/bench-sync target/release/smartlead
	@$(MAKE) --no-print-directory wasm wasm-small
	target/release/bench-size $(WASM) $(WASM_SMALL)
	cd $(BINDINGS_JS) && SMARTLEAD_WASM=../../$(WASM) npm run --silent build > /dev/null
	target/release/bench-first-call $(VENV)/bin/python

## Rewrite each tool's JSON Schemas (guest/src/surfaces/schemas/built.rs) from the
## catalog's types; `make test` fails while they are stale.
schemas:
	UPDATE_EXPECT=1 $(CARGO) test --locked -q -p smartlead-component --lib surfaces::schemas::tests::built_schemas_are_the_catalogs

## Rewrite the tool table in docs/tools.md from the catalog.
tools-doc:
	$(CARGO) run --locked -q -p smartlead-host --bin smartlead -- tools --markdown > target/tools.md
	python3 -c "import re,sys; r=open('docs/tools.md').read(); t=open('target/tools.md').read(); open('docs/tools.md','w').write(re.sub(r'(<!-- tools:begin -->\n).*?(<!-- tools:end -->)', lambda m: m.group(1)+t+m.group(2), r, flags=re.S))"
