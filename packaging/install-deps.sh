#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build and run Chỉ Tiêu Trẻ Em; with --tests,
# also those the tests and packaging checks use. Does nothing when everything is there.
set -euo pipefail

# To build: compiler, CMake and Ninja, Qt 6 (Charts needs the OpenGL CMake files of
# libqt6opengl6-dev; qt6-tools-dev has LinguistTools, qt6-l10n-tools runs lupdate/lrelease),
# Catch2 (the tests are built by default), libxlsxwriter and libsodium; libsqlite3-dev for
# SQLite's backup API (the database's backups and restore); help2man makes the
# man pages of both programs from their --help.
build=(build-essential cmake ninja-build pkg-config qt6-base-dev libqt6opengl6-dev qt6-charts-dev
       qt6-tools-dev qt6-l10n-tools catch2 libxlsxwriter-dev libsodium-dev libsqlite3-dev help2man)
# To run: Qt's SQLite driver (a plugin, so no build step needs it), Liberation Serif for the
# printed reports, Qt's own texts in English (qtbase_en.qm, loaded when the language is English).
run=(libqt6sql6-sqlite fonts-liberation2 qt6-translations-l10n)
# To test (--tests): check-format.sh (clang-format-14); the report tests read PDFs (pdftotext,
# pdfinfo, pdffonts: poppler-utils) and XLSX files (unzip); test_packaging validates the
# desktop files (desktop-file-validate, appstreamcli, update-mime-database of shared-mime-info,
# file for the icon sizes) and makes the .deb (dpkg-shlibdeps of dpkg-dev); the benchmark
# (tests/bench/run.sh) times sqlite3 as its floor, reads peak memory with GNU time and starts
# the desktop program under Xvfb (xvfb, xauth); clang-14, libclang-rt-14-dev and llvm-14
# (llvm-symbolizer) make the sanitizer build and the fuzz targets of .ci/run
# (tests/sanitize/run.sh, tests/fuzz/run.sh); lintian checks the .deb as Debian would
# (test_packaging lintian); openbox is the window manager the guide's screenshots are taken
# under (docs/guide/make-screenshots.sh); lld links the test programs (tests/CMakeLists.txt),
# three times faster than ld.bfd.
tests=(clang-format-14 poppler-utils unzip desktop-file-utils appstream shared-mime-info file dpkg-dev
       sqlite3 time xvfb xauth clang-14 libclang-rt-14-dev llvm-14 lintian openbox lld)

wanted=("${build[@]}" "${run[@]}")
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
