#!/usr/bin/env bash
# Fails when a C++ file of the repository differs from what .clang-format makes of it, and
# lists those files. With --fix, formats them instead. CI runs the check.
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format="${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}"
if [[ -z "$clang_format" ]]; then
    echo "check-format: clang-format is not installed (bash packaging/install-deps.sh --tests installs it)" >&2
    exit 1
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ "${1:-}" == "--fix" ]]; then
    "$clang_format" -i "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    "$clang_format" "$f" | cmp -s - "$f" || bad+=("$f")
done
if [[ ${#bad[@]} -gt 0 ]]; then
    echo "check-format: ${#bad[@]} file(s) differ from .clang-format; run: bash packaging/check-format.sh --fix" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
