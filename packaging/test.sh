#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless. Fails when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh --tests
# CI builds from nothing, as a unity build (sources compiled in batches: the Qt headers parsed
# once a batch); a developer's build compiles file by file, for quick rebuilds of one change.
unity=OFF
if [[ "${CI:-}" == true ]]; then unity=ON; fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_UNITY_BUILD=$unity
cmake --build build
# CI: install the .deb as a user would and start it (needs root or sudo).
if [[ "${CI:-}" == true ]]; then bash packaging/test-install.sh build; fi
# The tests come last, so that their summary closes the output.
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --no-tests=error -j2
