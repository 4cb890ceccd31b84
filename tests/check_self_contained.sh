#!/usr/bin/env bash
# The repository stands alone: no file of it (CMake, scripts, tests, sources, data) refers to
# the project's materials beside the repository or to the folders of one machine. Data the
# tests need is copied into tests/data (its README.md says where from).
# Usage: check_self_contained.sh SOURCE_DIR
set -euo pipefail
cd "$1"
# The patterns are written so that this file does not match them itself.
pattern='\.\./shared|(^|[^A-Za-z0-9_.~-])/wor[k](/|$|[^A-Za-z0-9_.-])'
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard)
else
    mapfile -t files < <(find . -type f -not -path './.git/*' -not -path './build*' | sed 's|^\./||')
fi
existing=()
for f in "${files[@]}"; do [[ -f "$f" ]] && existing+=("$f"); done
[[ ${#existing[@]} -gt 100 ]] || { echo "FAILED: only ${#existing[@]} files found in $1" >&2; exit 1; }
if found=$(grep -nE -- "$pattern" "${existing[@]}"); then
    echo "FAILED: these files refer to places outside the repository:" >&2
    echo "$found" | cut -c1-200 >&2
    exit 1
fi
echo "${#existing[@]} files checked: none refers to a place outside the repository"
