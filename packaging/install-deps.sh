#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build and run Chỉ Tiêu Trẻ Em; with --tests,
# also those the tests and packaging checks use. Does nothing when everything is there.
set -euo pipefail

build=(build-essential cmake ninja-build pkg-config qt6-base-dev libqt6opengl6-dev qt6-charts-dev
       libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
       catch2 libxlsxwriter-dev libsodium-dev fonts-liberation2)
# clang-14, libclang-rt-14-dev and llvm-14 (llvm-symbolizer): the sanitizer build and the fuzz
# targets of .ci/run (tests/sanitize/run.sh, tests/fuzz/run.sh).
tests=(clang-format-14 poppler-utils xvfb xauth desktop-file-utils appstream dpkg-dev file unzip shared-mime-info
       clang-14 libclang-rt-14-dev llvm-14)

wanted=("${build[@]}")
[[ "${1:-}" == "--tests" ]] && wanted+=("${tests[@]}")

missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
