# dossier: one non-recursive GNU Makefile (STYLE.md §8).
#   make            build/dossier, build/libdossier.a, build/libdossier.so
#   make check      every test; ends with one "N passed, N failed" line
#   make demo       the main job on the bundled examples
#   make score      the dev-set scores (../shared/eval)
#   make bench      throughput and memory figures
#   make fuzz T=x   libFuzzer on fuzz/fuzz-x.c (clang)
#   make install PREFIX=/usr/local DESTDIR=
#   make SANITIZE=address,undefined check

PREFIX  ?= /usr/local
DESTDIR ?=
SHARED  ?= ../shared
VERSION := 0.1.0

CC      ?= cc
CXX     ?= c++
BUILD   ?= build
PKGS    := libxml-2.0 json-c zlib libxxhash sqlite3 libmicrohttpd
DEBS    := build-essential pkg-config libxml2-dev libjson-c-dev zlib1g-dev \
           libcld2-dev libxxhash-dev libsqlite3-dev python3 clang valgrind \
           libmicrohttpd-dev curl chromium
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wwrite-strings -Wvla -Wformat=2
ifeq ($(CI),true)
WARN    += -Werror
endif
ifneq ($(SANITIZE),)
SANFLAGS := -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
BUILD    := build-san
endif
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS = $(WARN) -D_POSIX_C_SOURCE=200809L -fPIC -fvisibility=hidden \
             -Iinclude -Isrc $(PKG_CFLAGS) $(SANFLAGS) $(CFLAGS) \
             -DDOSSIER_VERSION='"$(VERSION)"' \
             -DDOSSIER_KB_DIR='"$(PREFIX)/share/dossier/kb"'
ALL_CXXFLAGS = -O2 -g -fPIC -fvisibility=hidden -Isrc $(SANFLAGS)
LIBS     = $(PKG_LIBS) -lcld2 -lstdc++ -lm -pthread

LIB_C    := $(sort $(wildcard src/*.c))
LIB_CXX  := $(sort $(wildcard src/*.cc))
CLI_C    := $(sort $(wildcard cli/*.c))
LIB_O    := $(LIB_C:%.c=$(BUILD)/%.o) $(LIB_CXX:%.cc=$(BUILD)/%.o)
CLI_O    := $(CLI_C:%.c=$(BUILD)/%.o)
WEB_C    := $(sort $(wildcard web/*.c))
WEB_O    := $(WEB_C:%.c=$(BUILD)/%.o) $(BUILD)/web/assets.o
WEB_ASSETS := $(sort $(wildcard web/assets/*))
UNIT_C   := $(sort $(wildcard tests/unit/test_*.c))
FUZZ_C   := $(sort $(wildcard fuzz/fuzz-*.c))
FUZZ_NAMES := $(FUZZ_C:fuzz/fuzz-%.c=%)

BIN      := $(BUILD)/dossier
ALIB     := $(BUILD)/libdossier.a
SOLIB    := $(BUILD)/libdossier.so

.PHONY: all check demo score bench fuzz install deps format clean unit golden \
        clitest patho fuzz-replay fuzz-bin kbcheck score-check
all: $(BIN) $(ALIB) $(SOLIB)

$(BUILD)/%.o: %.c $(wildcard include/*.h src/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@
$(BUILD)/%.o: %.cc
	@mkdir -p $(dir $@)
	$(CXX) $(ALL_CXXFLAGS) -c $< -o $@

$(ALIB): $(LIB_O)
	@rm -f $@
	ar rcs $@ $^
$(SOLIB): $(LIB_O)
	$(CC) -shared $(SANFLAGS) -Wl,-soname,libdossier.so.0 -o $@ $^ $(LIBS)
$(BIN): $(CLI_O) $(WEB_O) $(ALIB)
	$(CC) $(SANFLAGS) -o $@ $(CLI_O) $(WEB_O) $(ALIB) $(LIBS) -lpthread

# web/: the server of dossier serve; its CSS, JS and icon embedded as C
$(WEB_O) $(BUILD)/cli/cmd_serve.o: $(wildcard web/*.h)
$(BUILD)/web/assets.c: web/embed.sh $(WEB_ASSETS)
	@mkdir -p $(dir $@)
	sh web/embed.sh $(WEB_ASSETS) >$@.tmp && mv $@.tmp $@
$(BUILD)/web/assets.o: $(BUILD)/web/assets.c web/page.h
	$(CC) $(ALL_CFLAGS) -Iweb -c $< -o $@

# --- Debian packages ---------------------------------------------------------
# Installs what is missing when run as root; otherwise prints the apt-get line.
deps: $(BUILD)/.deps
$(BUILD)/.deps:
	@sh scripts/deps.sh $(DEBS)
	@mkdir -p $(BUILD) && touch $@

# --- tests -------------------------------------------------------------------
UNIT_BINS := $(UNIT_C:tests/unit/%.c=$(BUILD)/tests/%)
$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(ALIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(ALIB) $(LIBS)

FUZZ_REPLAY := $(FUZZ_NAMES:%=$(BUILD)/fuzz/replay-%)
$(BUILD)/fuzz/replay-%: fuzz/fuzz-%.c fuzz/fuzz_main.c $(ALIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< fuzz/fuzz_main.c $(ALIB) $(LIBS)

check: $(BUILD)/.deps all $(UNIT_BINS) $(FUZZ_REPLAY)
	@BUILD=$(BUILD) SHARED=$(SHARED) sh tests/run.sh

demo: $(BUILD)/.deps all
	@sh scripts/demo.sh $(BIN)

score: $(BUILD)/.deps all
	@BUILD=$(BUILD) SHARED=$(SHARED) sh scripts/score.sh

bench: $(BUILD)/.deps all $(BUILD)/bench/bench_kb
	@BUILD=$(BUILD) SHARED=$(SHARED) sh bench/run.sh

$(BUILD)/bench/bench_kb: bench/bench_kb.c $(ALIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(ALIB) $(LIBS)

# libFuzzer build of one target: make fuzz T=txt [SECONDS=60]. The library
# is rebuilt with clang under ASan/UBSan in build-fuzz/. libFuzzer writes
# what it finds to build-fuzz/new-T/ (crashes to build-fuzz/crash-T-*); at
# the end the inputs that add coverage are merged into fuzz/corpus/T
# (replayed by make check). make fuzz-bin T=x only builds the target.
SECONDS ?= 60
FUZZ_SAN := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
fuzz-bin: $(BUILD)/.deps
	@test -n "$(T)" || { echo "usage: make fuzz T=<$(FUZZ_NAMES)> [SECONDS=60]"; exit 2; }
	@test -f fuzz/fuzz-$(T).c || { echo "no fuzz target fuzz/fuzz-$(T).c"; exit 2; }
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang CXX=clang++ CFLAGS="-g -O1" \
	  SANFLAGS="$(FUZZ_SAN)" build-fuzz/libdossier.a
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc $(PKG_CFLAGS) \
	  -D_POSIX_C_SOURCE=200809L -o build-fuzz/fuzz-$(T) fuzz/fuzz-$(T).c \
	  build-fuzz/libdossier.a $(LIBS)
fuzz: fuzz-bin
	@mkdir -p fuzz/corpus/$(T) build-fuzz/new-$(T)
	build-fuzz/fuzz-$(T) -max_total_time=$(SECONDS) -max_len=65536 -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build-fuzz/crash-$(T)- \
	  build-fuzz/new-$(T) fuzz/corpus/$(T)
	build-fuzz/fuzz-$(T) -merge=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	  fuzz/corpus/$(T) build-fuzz/new-$(T)

# --- install -----------------------------------------------------------------
MAN1 := $(sort $(wildcard man/*.1))
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig \
	  $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/dossier/kb
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/dossier
	install -m 644 $(ALIB) $(DESTDIR)$(PREFIX)/lib/libdossier.a
	install -m 755 $(SOLIB) $(DESTDIR)$(PREFIX)/lib/libdossier.so.$(VERSION)
	ln -sf libdossier.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libdossier.so.0
	ln -sf libdossier.so.0 $(DESTDIR)$(PREFIX)/lib/libdossier.so
	install -m 644 include/dossier.h $(DESTDIR)$(PREFIX)/include/dossier.h
	install -m 644 $(MAN1) $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 data/kb/*.tsv $(DESTDIR)$(PREFIX)/share/dossier/kb/
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' dossier.pc.in \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/dossier.pc

format:
	clang-format -i include/*.h src/*.h src/*.c cli/*.c tests/unit/*.c fuzz/*.c

clean:
	rm -rf build build-san build-fuzz build-tsan
