#!/usr/bin/env bash
# Takes the user guide's screenshots again from the real program (docs/guide/images/vi and
# en), after a change to a screen. Builds the tool in BUILD_DIR (default: build) and runs it
# in each language: under Xvfb with the openbox window manager when they are installed
# (install-deps.sh --tests), otherwise on Qt's offscreen platform. Look at the pictures before
# committing them.
#   bash docs/guide/make-screenshots.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
cmake --build "$build" --target guide_screenshots
tool="$build/docs/guide/screenshots/guide_screenshots"
for lang in vi en; do
    out="$here/images/$lang"
    if command -v xvfb-run >/dev/null && command -v openbox >/dev/null; then
        xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
            "openbox & wm=\$!; sleep 1; QT_QPA_PLATFORM=xcb '$tool' $lang '$out'; status=\$?; kill \$wm; exit \$status"
    else
        QT_QPA_PLATFORM=offscreen "$tool" "$lang" "$out"
    fi
done
echo "Screenshots written to $here/images/vi and $here/images/en"
