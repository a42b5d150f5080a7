#!/bin/bash
# bench/instructions: instructions per article of `rasid extract`, counted by valgrind (callgrind),
# not timed: the count does not depend on the machine's load (on a shared 2-core machine at load
# 20, CPU seconds of one tree differed by ±20% between runs; this count does not move with load).
# Node runs with --single-threaded (compiler and GC work on the main thread, so they are counted
# too, in a fixed order) and fixed hash and random seeds. Runs the extract bundle twice: on the
# first record alone and on the first N; prints both counts and (N-record − 1-record) / (N − 1).
#
#   bench/instructions.sh [N] [FILE ...]     (default N 200; files: ../shared/corpus/articles/*.txt
#                                             — any inputs `rasid extract` takes, one record each)
#
# Caveats (bench/PERF.md, session 12): ~50× slower than native (start-up alone ~1 min of CPU; 200
# records ~4 min). Instructions are not time: a cache miss costs one instruction here and ~100
# cycles on the machine, so a change that saves misses (most of this project's) may not show. The
# first few hundred articles are dominated by JIT warm-up (interpreted code runs far more
# instructions), so N must be in the thousands to measure the steady state.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}; shift || true
if [ $# -gt 0 ]; then FILES=("$@"); else FILES=(../shared/corpus/articles/*.txt); fi
FILES=("${FILES[@]:0:$N}")
node bin/rasid.mjs extract "${FILES[0]}" > /dev/null 2>&1 || true   # (re)build the bundle
OUT=$(mktemp -d)
count() { valgrind --tool=callgrind --callgrind-out-file="$OUT/cg" node --single-threaded --hash-seed=1 --random-seed=1 \
  src/.bundle/rasid.mjs extract "$@" 2>&1 > /dev/null | sed -n 's/.*refs: *//p' | tr -d ,; }
one=$(count "${FILES[0]}")
all=$(count "${FILES[@]}")
echo "instructions: 1 record $one; ${#FILES[@]} records $all; per article $(( (all - one) / (${#FILES[@]} - 1) ))"
rm -rf "$OUT"
