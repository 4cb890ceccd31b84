#!/usr/bin/env bash
# Installs what is missing, builds, and starts the desktop program on its default database
# (extra arguments go to the program, e.g. --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
exec build/app/chitieu "$@"
