#!/usr/bin/env bash
# The layering, on the built executables: a core test needs Qt Core (and Sql) but neither Qt
# Gui nor Widgets, nor anything above them. Usage: check_layering.sh READELF EXECUTABLE...
set -euo pipefail
readelf=$1
shift
[[ $# -gt 0 ]] || { echo "FAILED: no core test executable given" >&2; exit 1; }
bad=0
for exe in "$@"; do
    needed=$("$readelf" -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    grep -q '^libQt6Core\.so' <<<"$needed" || { echo "FAILED: $exe does not list libQt6Core (readelf said: $needed)" >&2; bad=1; }
    ui=$(grep -E '^libQt6(Gui|Widgets|Charts|PrintSupport|OpenGL|OpenGLWidgets|Test)\.so' <<<"$needed" || true)
    if [[ -n "$ui" ]]; then
        echo "FAILED: $(basename "$exe") is a core test but needs: $(echo $ui)" >&2
        bad=1
    fi
done
[[ $bad -eq 0 ]] && echo "$# core test executables need Qt Core and no UI library"
exit $bad
