#!/usr/bin/env bash
# Installs the .deb the way a user does (apt-get install ./chitieu_*.deb, which also pulls in
# every dependency it declares), starts `chitieu --version` and `chitieu-cli --version`
# without a display, and removes the package again. Needs root (or sudo); packaging/test.sh
# runs it in CI (CI=true). Usage: bash packaging/test-install.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
rm -f "$build"/packages/chitieu_*.deb
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$build/packages" >/dev/null
deb=$(ls "$build"/packages/chitieu_*.deb)
echo "Installing $deb"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq chitieu >/dev/null' EXIT
[[ "$(command -v chitieu)" == /usr/bin/chitieu ]] || { echo "chitieu is not /usr/bin/chitieu" >&2; exit 1; }
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM chitieu --version
chitieu-cli --version
echo "The package installs and starts."
