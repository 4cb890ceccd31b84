#!/usr/bin/env bash
# Installs the .deb the way a user does (apt-get install ./chitieu_*.deb, which also pulls in
# every dependency it declares), starts `chitieu --version` and `chitieu-cli --version`
# without a display, draws a PDF with chitieu-cli, and removes the package again. Needs root (or sudo); packaging/test.sh
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
# A PDF: the installed program finds its PDF module.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq chitieu >/dev/null' EXIT
chitieu-cli --db "$tmp/t.sqlite" init --unit 474 --user Test >/dev/null
chitieu-cli --db "$tmp/t.sqlite" report --unit 474 --year 2024 --format pdf -o "$tmp/r.pdf"
[[ "$(head -c 5 "$tmp/r.pdf")" == "%PDF-" ]] || { echo "chitieu-cli wrote no PDF" >&2; exit 1; }
echo "The package installs, starts and draws a PDF."
