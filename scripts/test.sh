#!/usr/bin/env bash
# The test suite: install what is missing, then build and run every test
#   1. with gcc (unit, golden, diagnostics, end-to-end, examples),
#   2. with clang (the same suite, so generated code is built by both),
#   3. with gcc under AddressSanitizer + UBSan (the tool and the programs),
#   4. under valgrind (the tool on the golden and error cases, every program).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
jobs=$(nproc 2>/dev/null || echo 2)

run_suite() {   # name, build directory, C compiler, extra cmake flags...
    local name=$1 dir=build/$2 cc=$3
    shift 3
    echo "== $name"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_C_COMPILER="$cc" "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
    ctest --test-dir "$dir" -j "$jobs" --output-on-failure ${CTEST_ARGS:-}
}

run_suite gcc gcc gcc -DCMAKE_BUILD_TYPE=Debug -DYIELDC_VALGRIND=OFF
# the tool's robustness is the gcc and sanitizer builds' part: the clang
# build checks generated code under the other compiler
CTEST_ARGS="-E ^robustness\\." run_suite clang clang clang -DCMAKE_BUILD_TYPE=Debug
# under the sanitizers: fewer damaged copies per file (each run is slower),
# determinism checked by the gcc build already
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 CTEST_ARGS="-E ^robustness\\.deterministic" \
    run_suite sanitize sanitize gcc -DCMAKE_BUILD_TYPE=Debug -DYIELDC_SANITIZE=ON -DYIELDC_FUZZ_VARIANTS=2
# the gcc build again, its programs and the tool now run under valgrind
# (the option changes only how tests run, so nothing is rebuilt; the tests
# of builds, gdb and the command line run nothing under valgrind: the first
# pass ran them already; the tool on the error cases, a libclang parse each,
# is left to the sanitizer pass: under valgrind it would take most of the run)
CTEST_ARGS="-E ^(robustness|unit|cmake|gdb|cli|error)\\." run_suite valgrind gcc gcc -DCMAKE_BUILD_TYPE=Debug -DYIELDC_VALGRIND=ON
