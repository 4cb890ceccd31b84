#!/usr/bin/env bash
# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer, in the checked build
# (configure.sh; default folder build-sanitize). Extra arguments go to ctest.
#   tests/sanitize/run.sh [BUILD_DIR] [ctest arguments...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build-sanitize}"
shift || true
source "$root/tests/sanitize/configure.sh" "$build"
cmake --build "$build" -j2
source "$root/tests/sanitize/options.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" -j2 --no-tests=error --output-on-failure "$@"
