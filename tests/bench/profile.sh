#!/usr/bin/env bash
# Profiles the works that run.sh times, on smaller data, and writes one text report per
# figure into OUT_DIR (default: profile-out): perf's top functions by own time and by time
# including callees, with the callers of the hottest; massif's peak heap for load-values;
# the database's bytes per table and index (dbstat). PROFILE.md summarises what they showed.
# Usage: [PROFILE_ONLY="load import ..."] bash tests/bench/profile.sh [BUILD_DIR] [OUT_DIR]
# Names: load load_peak db_bytes import report_province report_largest pdf_district startup
# keystroke. Needs perf, valgrind and xvfb-run.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-build}"
[[ -d "$build" ]] || build="$root/$build"
B="$(cd "$build" && pwd)"
out="$(mkdir -p "${2:-profile-out}" && cd "${2:-profile-out}" && pwd)"
cli="$B/app/chitieu-cli"
gen="$B/tests/bench/chitieu-datagen"
units="$root/tests/data/admin-units-vietnam-2021.csv"
work="$(mktemp -d "${TMPDIR:-/tmp}/chitieu-profile.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
log() { echo "[$(date +%T)] $*" >&2; }
only="${PROFILE_ONLY:-}"
wanted() { [[ -z "$only" || " $only " == *" $1 "* ]]; }

# perf record with call graphs (DWARF: the build keeps no frame pointers).
record=(perf record -q -F 499 --call-graph dwarf,32768)
# Two views of a recorded profile, and who calls the functions that take the most own time.
perf_text() { # name what
    local name=$1
    {
        echo "# $name: $2"
        echo "## own time (self), top functions"
        perf report -i "$work/$name.data" --stdio --no-children --sort dso,symbol -g none --percent-limit 1 |
            grep -v '^#' | grep -v '^$' | head -40 || true
        echo "## time including callees (children), top functions"
        perf report -i "$work/$name.data" --stdio --children --sort symbol -g none --percent-limit 4 |
            grep -v '^#' | grep -v '^$' | head -60 || true
        echo "## who calls the top own-time functions (caller chains)"
        perf report -i "$work/$name.data" --stdio --no-children --sort symbol -g caller,2,callee,function,percent \
            --percent-limit 5 | grep -v '^#' | grep -v '^$' | head -150 || true
    } >"$out/$name.txt" 2>/dev/null
    rm -f "$work/$name.data"
}
profile() { # name command...
    local name=$1
    shift
    if ! wanted "$name"; then
        "$@" >/dev/null # still done: later steps need its result
        return 0
    fi
    "${record[@]}" -o "$work/$name.data" -- "$@" >/dev/null 2>"$work/$name.err" || {
        cat "$work/$name.err" >&2
        return 1
    }
    perf_text "$name" "$*"
}
# Short works: the same command `times` times in one profile, for enough samples.
profile_loop() { # name times command...
    local name=$1 times=$2
    shift 2
    printf '%q ' "$@" >"$work/$name.cmd"
    printf 'for i in $(seq %d); do %s >/dev/null; done\n' "$times" "$(cat "$work/$name.cmd")" >"$work/$name.sh"
    profile "$name" bash "$work/$name.sh"
}

log "data: Hà Nội (the largest province) and Huế, 2020-2025"
"$gen" --units "$units" --under 01 --values-csv "$work/hanoi.csv" >/dev/null
"$gen" --units "$units" --under 46 --values-csv "$work/hue.csv" >/dev/null
{ cat "$work/hanoi.csv"; tail -n +2 "$work/hue.csv"; } >"$work/values.csv"
"$gen" --units "$units" --under 46 --years 2024 --exchange-dir "$work/files" >/dev/null
"$cli" --db "$work/db.sqlite" init --units "$units" --unit 46 --user Bench >/dev/null

log "load-values ($(($(wc -l <"$work/values.csv") - 1)) values)"
profile load "$cli" --db "$work/db.sqlite" load-values "$work/values.csv"
if wanted load_peak; then
    log "load-values peak heap (massif, Huế 2020-2025)"
    "$cli" --db "$work/heap.sqlite" init --units "$units" --user Bench >/dev/null
    valgrind --tool=massif --depth=12 --threshold=2 --massif-out-file="$work/massif.out" \
        "$cli" --db "$work/heap.sqlite" load-values "$work/hue.csv" >/dev/null 2>&1
    ms_print --threshold=2 "$work/massif.out" >"$out/load_peak.txt"
fi
if wanted db_bytes; then
    log "database size by table and index"
    sqlite3 "$work/db.sqlite" "SELECT name, SUM(pgsize) AS bytes, SUM(ncell) AS cells FROM dbstat GROUP BY name
        ORDER BY bytes DESC; SELECT 'values', COUNT(*) FROM data_values; SELECT 'audit rows', COUNT(*) FROM audit;" \
        >"$out/db_bytes.txt"
fi

log "import of Huế's 2024 commune files, each district into its own installation"
: >"$work/imports.sh"
for d in "$work/files/2024"/*/; do
    d=$(basename "$d")
    "$cli" --db "$work/district-$d.sqlite" init --unit "$d" --user Bench >/dev/null
    echo "$(printf '%q ' "$cli" --db "$work/district-$d.sqlite" import "$work/files/2024/$d") >/dev/null" >>"$work/imports.sh"
done
profile import bash "$work/imports.sh"
log "reports"
profile_loop report_province 10 "$cli" --db "$work/db.sqlite" report --unit 46 --year 2024 --format csv -o "$work/r.csv"
profile_loop report_largest 10 "$cli" --db "$work/db.sqlite" report --unit 01 --year 2024 --format csv -o "$work/r.csv"
profile_loop pdf_district 3 "$cli" --db "$work/db.sqlite" report --unit 474 --year 2024 --format pdf -o "$work/r.pdf"

if wanted startup; then
    log "start-up under Xvfb, 10 starts in one profile"
    printf '%s\n' 'unset QT_QPA_PLATFORM' 'export CHITIEU_QUIT_AFTER_FIRST_PAINT=1' \
        "for i in 1 2 3 4 5 6 7 8 9 10; do \"$B/app/chitieu\" --db \"$work/db.sqlite\"; done" >"$work/starts.sh"
    CHITIEU_QUIT_AFTER_FIRST_PAINT=1 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" \
        "$B/app/chitieu" --db "$work/db.sqlite" >/dev/null 2>&1 # the first start makes the installation key
    xvfb-run -a -s "-screen 0 1920x1080x24" "${record[@]}" -o "$work/startup.data" -- bash "$work/starts.sh" \
        >/dev/null 2>&1
    perf_text startup "10 x chitieu --db (Hà Nội + Huế loaded) until the first paint, under Xvfb"
fi
log "keystroke"
cp "$work/db.sqlite" "$work/keys.sqlite"
profile keystroke "$B/tests/bench/bench_keystroke" --db "$work/keys.sqlite" --unit 19744 --year 2024 --keys 300
log "reports in $out"
