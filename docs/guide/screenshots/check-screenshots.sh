#!/usr/bin/env bash
# The screenshot tool takes, in both languages, every picture the guides show, each a real
# window's picture (not blank): check-screenshots.sh TOOL GUIDE_DIR
set -euo pipefail
tool=$1 guide=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
for lang in vi en; do
    QT_QPA_PLATFORM=offscreen "$tool" "$lang" "$tmp/$lang" >/dev/null
    for image in $(grep -o '](../images/'"$lang"'/[a-z-]*\.png)' "$guide/$lang/guide.md" | sed 's|](../images/||; s|)$||'); do
        shot="$tmp/$image"
        [[ -f "$shot" ]] || fail "the tool made no $image"
        size=$(stat -c %s "$shot")
        (( size > 20000 )) || fail "$image is nearly empty ($size bytes)"
        [[ -f "$guide/images/$image" ]] || fail "the guide shows $image, which is not in the repository"
    done
done
echo "test_guide_screenshots: ok"
