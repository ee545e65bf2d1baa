#!/usr/bin/env bash
# The main job: install what is missing, build yieldc, transpile and build
# the examples through it, and run them.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
cmake -S . -B build/main -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DYIELDC_BUILD_TESTS=OFF >/dev/null
cmake --build build/main --target run_examples
