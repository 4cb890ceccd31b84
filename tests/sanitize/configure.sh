#!/usr/bin/env bash
# Configures the checked build (default folder build-sanitize): AddressSanitizer and
# UndefinedBehaviorSanitizer, as a unity build, and with clang-14 also the fuzz targets
# (CHITIEU_FUZZ), so that one build serves tests/sanitize/run.sh and tests/fuzz/run.sh. -O1 and
# line tables only keep the build and the run short; ccache is used when it is there. Sourced or run:
#   tests/sanitize/configure.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build-sanitize}"
# A unity build (each target's sources compiled in batches of 8, one compiler run per batch):
# the Qt headers are parsed once a batch instead of once a file, about half the build's time.
config=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DCHITIEU_SANITIZE=ON -DCMAKE_UNITY_BUILD=ON)
if command -v clang++-14 >/dev/null; then
    config+=(-DCMAKE_CXX_COMPILER=clang++-14 -DCHITIEU_FUZZ=ON)
fi
if command -v ccache >/dev/null; then
    config+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so that another clone of the same sources hits the cache.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
fi
cmake -S "$root" -B "$build" -G Ninja "${config[@]}"
