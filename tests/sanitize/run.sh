#!/usr/bin/env bash
# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer, in its own build
# folder (default build-sanitize). With clang-14 the same build also holds the fuzz targets
# (CHITIEU_FUZZ), for tests/fuzz/run.sh; with gcc only the sanitizers. -O1 and line tables
# only keep the build and the run short; ccache is used when it is there.
#   tests/sanitize/run.sh [BUILD_DIR] [ctest arguments...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build-sanitize}"
shift || true
config=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DCHITIEU_SANITIZE=ON)
if command -v clang++-14 >/dev/null; then
    config+=(-DCMAKE_CXX_COMPILER=clang++-14 -DCHITIEU_FUZZ=ON)
fi
if command -v ccache >/dev/null; then
    config+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so that another clone of the same sources hits the cache.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
fi
cmake -S "$root" -B "$build" -G Ninja "${config[@]}"
cmake --build "$build" -j2
source "$root/tests/sanitize/options.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" -j2 --no-tests=error --output-on-failure "$@"
