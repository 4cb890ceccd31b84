#!/usr/bin/env bash
# Remakes the seeds of tests/fuzz/corpus that the program itself writes: exchange files made
# with chitieu-cli (a commune's file, the district's file with its communes below, a return)
# and the JSON payload inside each. The other seeds are written by hand (see README.md).
#   tests/fuzz/make-corpus.sh [BUILD_DIR]     (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${1:-$root/build}/app/chitieu-cli"
[[ -x "$cli" ]] || {
    echo "make-corpus: $cli is missing: build first" >&2
    exit 1
}
export LC_ALL=C.UTF-8 LANGUAGE=en
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
corpus="$root/tests/fuzz/corpus"
mkdir -p "$corpus/exchange" "$corpus/payload"

# Two communes of Huế (474) and the district, year 2024.
for c in 19744 19747; do
    "$cli" --db "$work/$c.sqlite" init --unit $c --user "Lê Thị Cúc" >/dev/null
    "$cli" --db "$work/$c.sqlite" set --unit $c --year 2024 live_births=210 neonatal_deaths=1 cfc_registered=1 \
        children_under5=1234 >/dev/null
    "$cli" --db "$work/$c.sqlite" set --unit $c --year 2024 --comment "Số liệu \"tạm\", chờ xác nhận" \
        infant_deaths=2 >/dev/null
    "$cli" --db "$work/$c.sqlite" export --unit $c --year 2024 -o "$work/commune-$c.chitieu" >/dev/null
done
"$cli" --db "$work/d.sqlite" init --unit 474 --user "Trần Văn Đức" >/dev/null
"$cli" --db "$work/d.sqlite" import "$work/commune-19744.chitieu" "$work/commune-19747.chitieu" >/dev/null
"$cli" --db "$work/d.sqlite" set --unit 474 --year 2024 children_special=3 >/dev/null
"$cli" --db "$work/d.sqlite" export --unit 474 --year 2024 -o "$work/district-474.chitieu" >/dev/null
"$cli" --db "$work/d.sqlite" return --unit 19747 --year 2024 --reason "Thiếu số trẻ dưới 1 tuổi" \
    -o "$work/return-19747.chitieu" >/dev/null

for f in commune-19744 district-474 return-19747; do
    cp "$work/$f.chitieu" "$corpus/exchange/$f.chitieu"
    # The payload: after the 16-byte header, as long as the header's big-endian u32 at byte 12 says.
    length=$(od -An -tu1 -j12 -N4 "$work/$f.chitieu" | awk '{ print (($1 * 256 + $2) * 256 + $3) * 256 + $4 }')
    tail -c +17 "$work/$f.chitieu" | head -c "$length" >"$corpus/payload/$f.json"
done
echo "make-corpus: wrote $(ls "$corpus/exchange" | wc -l) exchange and $(ls "$corpus/payload" | wc -l) payload seeds"
