#!/usr/bin/env bash
# Builds into build-asan/ with AddressSanitizer and UndefinedBehaviorSanitizer and runs
# the whole test suite there; the first report stops the process that made it, so a
# finding fails its test. On demand, never in CI: it takes several times as long as
# scripts/test.sh. Extra arguments go to ctest (e.g. -R store).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOITHAO_SANITIZE=address,undefined >/dev/null
cmake --build build-asan -j2 --target hoithao_tests hoithao
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd build-asan
ctest --output-on-failure -j2 "$@"
