# Makefile for netralitas (PGXS)
#
#   make demo     install dependencies, build, install, run the SQL tour
#   make test     install dependencies, build, install, run every test suite
#   make bench    benchmarks, printed as ratios measured in one run
#   make fuzz     run the libFuzzer targets for FUZZ_SECONDS each (clang)
#   make shard-demo  postgres_fdw: a coordinator and two shards, checks pushdown
#   make parallel-demo  parallel plans, serial vs 4 workers (PARALLEL_ROWS, default 1000000)
#   make soak     8 pgbench clients on every function for SOAK_SECONDS (600), memory sampled
#   make cancel-test  cancel latency of every long-running function on 100 MB

EXTENSION = netralitas
MODULE_big = netralitas

CORE_SRCS := $(wildcard src/core/*.c)
CORE_HDRS := $(wildcard src/core/*.h)
OBJS = $(patsubst %.c,%.o,$(wildcard src/*.c) $(CORE_SRCS))

DATA = $(wildcard netralitas--*.sql)
REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=netralitas

# Prefer the server-dev pg_config of the PostgreSQL that the scripts target.
PG_MAJOR ?= 15
PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/$(PG_MAJOR)/bin/pg_config) pg_config)
PKG_CONFIG ?= pkg-config

PG_CPPFLAGS = -Isrc $(shell $(PKG_CONFIG) --cflags libpcre2-8 libhs 2>/dev/null)
SHLIB_LINK = $(shell $(PKG_CONFIG) --libs libpcre2-8 libhs 2>/dev/null) -lstemmer

EXTRA_CLEAN = build results regression.diffs regression.out

# Without the server headers (a fresh machine) only the targets that
# install them can run; they call make again once pg_config exists.
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
endif

# ---------------------------------------------------------------------------
# Pure-C core: CMocka unit tests and fuzz targets, with sanitizers
# ---------------------------------------------------------------------------
CORE_CC ?= cc
CORE_CFLAGS = -std=c11 -Wall -Wextra -Werror -g -O1 -Isrc \
	$(shell $(PKG_CONFIG) --cflags libhs 2>/dev/null) \
	-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
CORE_LIBS = $(shell $(PKG_CONFIG) --libs libpcre2-8 libhs 2>/dev/null) -lstemmer -lstdc++ -lm

UNIT_TESTS := $(patsubst test/unit/%.c,build/unit/%,$(wildcard test/unit/test_*.c))
FUZZ_TARGETS := $(patsubst test/fuzz/%.c,%,$(wildcard test/fuzz/fuzz_*.c))
FUZZ_SECONDS ?= 60

# The core compiled once with the sanitizers, linked into every test binary.
CORE_ASAN_OBJS := $(patsubst src/core/%.c,build/asan/%.o,$(CORE_SRCS))

build/asan/%.o: src/core/%.c $(CORE_HDRS)
	@mkdir -p build/asan
	$(CORE_CC) $(CORE_CFLAGS) -c $< -o $@

build/unit/%: test/unit/%.c $(CORE_ASAN_OBJS) $(CORE_HDRS)
	@mkdir -p build/unit
	$(CORE_CC) $(CORE_CFLAGS) $< $(CORE_ASAN_OBJS) -o $@ -lcmocka $(CORE_LIBS)

build/replay/%: test/fuzz/%.c test/fuzz/replay_main.c test/fuzz/fuzz_common.h $(CORE_ASAN_OBJS) $(CORE_HDRS)
	@mkdir -p build/replay
	$(CORE_CC) $(CORE_CFLAGS) $< test/fuzz/replay_main.c $(CORE_ASAN_OBJS) -o $@ $(CORE_LIBS)

build/fuzz/%: test/fuzz/%.c test/fuzz/fuzz_common.h $(CORE_SRCS) $(CORE_HDRS)
	@mkdir -p build/fuzz
	clang -g -O1 -Isrc $(shell $(PKG_CONFIG) --cflags libhs 2>/dev/null) \
		-fsanitize=fuzzer,address,undefined $< $(CORE_SRCS) -o $@ $(CORE_LIBS)

.PHONY: unittest fuzz-replay fuzz deps demo test bench shard-demo parallel-demo soak cancel-test

unittest: $(UNIT_TESTS)
	@set -e; for t in $(UNIT_TESTS); do echo "== $$t"; $$t; done

# Replays each fuzz target's seed corpus and regression inputs (gcc build).
fuzz-replay: $(addprefix build/replay/,$(FUZZ_TARGETS))
	@set -e; for t in $(FUZZ_TARGETS); do build/replay/$$t test/fuzz/corpus/$$t; done

fuzz: $(addprefix build/fuzz/,$(FUZZ_TARGETS))
	@set -e; for t in $(FUZZ_TARGETS); do \
		mkdir -p build/fuzz-corpus/$$t; \
		build/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			build/fuzz-corpus/$$t test/fuzz/corpus/$$t; \
	done

# ---------------------------------------------------------------------------
# The two set-up commands, and benchmarks
# ---------------------------------------------------------------------------
deps:
	@scripts/install-deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory install
	@scripts/demo.sh

test: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory install
	@scripts/run-tests.sh

bench: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory install
	@scripts/bench.sh

shard-demo: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory install
	@scripts/shard-demo.sh

parallel-demo: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory install
	@scripts/parallel-demo.sh

soak: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory install
	@scripts/soak.sh

cancel-test: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory install
	@scripts/cancel-test.sh

# The region table compiled into the core, from the committed CSV.
src/core/region_data.c: data/regions/region.csv data/regions/region_to_c.awk
	awk -F, -f data/regions/region_to_c.awk data/regions/region.csv > $@

# PGXS does not track header dependencies: rebuild on any header change.
$(OBJS): $(wildcard src/*.h src/core/*.h)
