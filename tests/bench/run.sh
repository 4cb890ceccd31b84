#!/usr/bin/env bash
# Measures chitieu at national scale, each work against a floor run in the same run, and
# prints the medians. Not a test: figures depend on the machine. Usage:
#   bash tests/bench/run.sh [--quick] [BUILD_DIR]      (BUILD_DIR defaults to build)
# Needs the bench tools built (cmake --build BUILD_DIR --target bench_tools), sqlite3, xvfb-run
# and GNU time (bash packaging/install-deps.sh --tests installs them).
#   a. init + load-values of the national list x 2020-2025    floor: sqlite3 .import, one transaction
#   b. import one year of commune files: Huế's 145 into each Huế district's installation, and
#      the first 1,000 communes of the national list into their districts' installations
#                                                            floor: sqlite3, one transaction per file
#   c. report --format csv of a commune, a district, province 46 and the largest province
#                                                            floor: one sqlite3 GROUP BY over the subtree
#      and the PDF of a district         floor: Qt's PDF writer drawing its lines, no layout
#   d. start-up to a painted idle main window (Xvfb)          floor: an empty QMainWindow
#   e. one keystroke in the entry form, in process (no floor)
# --quick: a few hundred communes (150 of Hà Nội and Huế's 145), fewer repetitions.
# The last line is one line of key=value pairs.
set -euo pipefail

quick=0
build=build
for arg in "$@"; do
    case "$arg" in
    --quick) quick=1 ;;
    -h | --help)
        sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    -*)
        echo "run.sh: unknown option $arg (see --help)" >&2
        exit 2
        ;;
    *) build="$arg" ;;
    esac
done
root="$(cd "$(dirname "$0")/../.." && pwd)"
[[ -d "$build" ]] || build="$root/$build"
B="$(cd "$build" && pwd)"
cli="$B/app/chitieu-cli"
desktop="$B/app/chitieu"
gen="$B/tests/bench/chitieu-datagen"
empty="$B/tests/bench/empty_window"
pdffloor="$B/tests/bench/pdf_floor"
keystroke="$B/tests/bench/bench_keystroke"
for tool in "$cli" "$desktop" "$gen" "$empty" "$pdffloor" "$keystroke"; do
    [[ -x "$tool" ]] || {
        echo "run.sh: $tool is missing: cmake --build $B --target bench_tools" >&2
        exit 1
    }
done
for tool in sqlite3 xvfb-run /usr/bin/time pdftotext pdfinfo; do
    command -v "$tool" >/dev/null || {
        echo "run.sh: $tool is missing: bash packaging/install-deps.sh --tests" >&2
        exit 1
    }
done

units="$root/tests/data/admin-units-vietnam-2021.csv"
work="$(mktemp -d "${TMPDIR:-/tmp}/chitieu-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" # the desktop program's settings stay here
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
year=2024
if ((quick)); then
    reps=3 report_reps=5 start_reps=5 keys=200 national_import=150
else
    reps=3 report_reps=9 start_reps=11 keys=1000 national_import=1000
fi

now_us() { date +%s%6N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0) ? a / b : 0 }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
log() { echo "[$(date +%T)] $*" >&2; }
bytes() { local s=0 f; for f in "$@"; do [[ -f "$f" ]] && s=$((s + $(stat -c %s "$f"))); done; echo "$s"; }
# The plain table of the floors: the program's primary key, its journal and sync settings.
floor_schema="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE data_values(unit_code TEXT NOT NULL, year INTEGER NOT NULL, element TEXT NOT NULL,
                         value INTEGER NOT NULL, PRIMARY KEY(unit_code, year, element));"
declare -A result

# ---------------------------------------------------------------- data
log "generating data"
if ((quick)); then
    "$gen" --units "$units" --under 01 --limit 150 --values-csv "$work/a.csv" >/dev/null
    "$gen" --units "$units" --under 46 --values-csv "$work/b.csv" >/dev/null
    { cat "$work/a.csv"; tail -n +2 "$work/b.csv"; } >"$work/values.csv"
else
    "$gen" --units "$units" --values-csv "$work/values.csv" >/dev/null
fi
rows=$(($(wc -l <"$work/values.csv") - 1))
"$gen" --units "$units" --under 46 --values-csv "$work/hue.csv" >/dev/null
"$gen" --units "$units" --under 46 --years "$year" --exchange-dir "$work/hue-files" >/dev/null
"$gen" --units "$units" --under 46 --years "$year" --values-csv "$work/hue-$year.csv" >/dev/null
"$gen" --units "$units" --limit "$national_import" --years "$year" --exchange-dir "$work/nat-files" >/dev/null
"$gen" --units "$units" --limit "$national_import" --years "$year" --values-csv "$work/nat-$year.csv" >/dev/null

# ---------------------------------------------------------------- a. load
log "a. init + load-values of $rows values, $reps times"
: >"$work/a.prog" && : >"$work/a.floor" && : >"$work/a.prog.kb" && : >"$work/a.floor.kb"
for ((i = 0; i < reps; i++)); do
    rm -f "$work"/national.sqlite* "$work"/floor.sqlite*
    t=$(now_us)
    /usr/bin/time -f %M -o "$work/kb1" "$cli" --db "$work/national.sqlite" init --units "$units" --unit 46 \
        --user Bench >/dev/null
    /usr/bin/time -f %M -o "$work/kb2" "$cli" --db "$work/national.sqlite" load-values "$work/values.csv" >/dev/null
    echo $(($(now_us) - t)) >>"$work/a.prog"
    sort -n "$work/kb1" "$work/kb2" | tail -1 >>"$work/a.prog.kb"
    t=$(now_us)
    /usr/bin/time -f %M -o "$work/kb1" sqlite3 "$work/floor.sqlite" >/dev/null <<EOF
$floor_schema
BEGIN;
.import --csv --skip 1 $work/values.csv data_values
COMMIT;
EOF
    echo $(($(now_us) - t)) >>"$work/a.floor"
    cat "$work/kb1" >>"$work/a.floor.kb"
done
load_prog=$(median <"$work/a.prog") load_floor=$(median <"$work/a.floor")
result[load_ratio]=$(ratio "$load_prog" "$load_floor")
result[load_peak_mb]=$(($(median <"$work/a.prog.kb") / 1024))
result[load_floor_peak_mb]=$(($(median <"$work/a.floor.kb") / 1024))
result[db_bytes_per_value]=$(ratio "$(bytes "$work"/national.sqlite "$work"/national.sqlite-wal)" "$rows")
result[db_bytes_per_value_floor]=$(ratio "$(bytes "$work"/floor.sqlite "$work"/floor.sqlite-wal)" "$rows")
printf '%-56s %12s ms %12s ms  x%s  peak %s MB vs %s MB\n' "a. init + load-values ($rows values)" \
    "$(ms "$load_prog")" "$(ms "$load_floor")" "${result[load_ratio]}" "${result[load_peak_mb]}" \
    "${result[load_floor_peak_mb]}"
printf '%-56s %12s B  %12s B\n' "   database bytes per value" "${result[db_bytes_per_value]}" \
    "${result[db_bytes_per_value_floor]}"
# The floor's database also gets the unit tree, for the report floor (c).
sqlite3 "$work/floor.sqlite" <<EOF
CREATE TABLE units(code TEXT PRIMARY KEY, name TEXT, type TEXT, level INTEGER, parent_code TEXT);
.import --csv --skip 1 $units units
CREATE INDEX units_parent ON units(parent_code);
EOF

# ---------------------------------------------------------------- b. import
# One installation per district (communes send their files to their district), set up
# untimed; timed: each district's `import FOLDER`, added up. The floor: one sqlite3 per
# district inserting the same values, one transaction per commune file.
import_set() { # result-key name files-dir values-csv template-db
    local key=$1 name=$2 files=$3 values=$4 template=$5 d t prog=0 floor=0 n
    : >"$work/$name.prog" && : >"$work/$name.floor"
    rm -f "$work"/ins-*.sql
    for d in "$files/$year"/*/; do
        d=$(basename "$d")
        awk -F, -v d="$d" '{ sub(/\r$/, "") } NR == FNR { if ($5 == d) mine[$1] = 1; next }
            FNR > 1 && ($1 in mine) { if ($1 != last) { if (last != "") print "COMMIT;"; print "BEGIN;"; last = $1 }
                printf "INSERT INTO data_values VALUES(\x27%s\x27,%s,\x27%s\x27,%s);\n", $1, $2, $3, $4 }
            END { if (last != "") print "COMMIT;" }' "$units" "$values" >"$work/ins-$d.sql"
    done
    # Each district's empty installation and floor database, made once and copied per run.
    for d in "$files/$year"/*/; do
        d=$(basename "$d")
        cp "$template" "$work/prep-$d.sqlite"
        "$cli" --db "$work/prep-$d.sqlite" init --unit "$d" --user Bench >/dev/null
    done
    rm -f "$work"/prep-floor.sqlite*
    sqlite3 "$work/prep-floor.sqlite" "$floor_schema" >/dev/null
    for ((i = 0; i < reps; i++)); do
        prog=0 floor=0
        : >"$work/import.out"
        for d in "$files/$year"/*/; do
            d=$(basename "$d")
            rm -f "$work"/district.sqlite* "$work"/dfloor.sqlite*
            cp "$work/prep-$d.sqlite" "$work/district.sqlite"
            cp "$work/prep-floor.sqlite" "$work/dfloor.sqlite"
            t=$(now_us)
            "$cli" --db "$work/district.sqlite" import "$files/$year/$d" >>"$work/import.out"
            prog=$((prog + $(now_us) - t))
            t=$(now_us)
            sqlite3 "$work/dfloor.sqlite" <"$work/ins-$d.sql" >/dev/null
            floor=$((floor + $(now_us) - t))
        done
        echo "$prog" >>"$work/$name.prog"
        echo "$floor" >>"$work/$name.floor"
    done
    rm -f "$work"/prep-*.sqlite*
    n=$(find "$files/$year" -name '*.chitieu' | wc -l)
    [[ $(cat "$work"/ins-*.sql | grep -c '^BEGIN;') == "$n" ]] || {
        echo "run.sh: the floor of $name does not insert one transaction per file" >&2
        exit 1
    }
    [[ $(grep -c ': Applied\.' "$work/import.out") == "$n" ]] || {
        echo "run.sh: not every file of $name was applied:" >&2
        cat "$work/import.out" >&2
        exit 1
    }
    prog=$(median <"$work/$name.prog") floor=$(median <"$work/$name.floor")
    printf '%-56s %12s ms %12s ms  x%s\n' "b. import $name ($n files)" "$(ms "$prog")" "$(ms "$floor")" \
        "$(ratio "$prog" "$floor")"
    result[$key]=$(ratio "$prog" "$floor")
}
log "b. import"
"$cli" --db "$work/hue-template.sqlite" init --user Bench >/dev/null
"$cli" --db "$work/nat-template.sqlite" init --units "$units" --user Bench >/dev/null
import_set import_ratio "Huế, 9 districts" "$work/hue-files" "$work/hue-$year.csv" "$work/hue-template.sqlite"
import_set import_national_ratio "national, first $national_import communes" "$work/nat-files" \
    "$work/nat-$year.csv" "$work/nat-template.sqlite"

# ---------------------------------------------------------------- c. reports
largest=$(awk -F, '{ sub(/\r$/, "") } NR > 1 { parent[$1] = $5; level[$1] = $4 }
    END { for (c in level) if (level[c] == 3) n[parent[parent[c]]]++; for (p in n) if (n[p] > best) { best = n[p]; code = p }
          print code }' "$units")
log "c. reports (largest unit: $largest)"
report_case() { # key code
    local key=$1 code=$2 i t
    : >"$work/c.prog" && : >"$work/c.floor"
    for ((i = 0; i < report_reps; i++)); do
        t=$(now_us)
        "$cli" --db "$work/national.sqlite" report --unit "$code" --year "$year" --format csv -o "$work/r.csv"
        echo $(($(now_us) - t)) >>"$work/c.prog"
        t=$(now_us)
        sqlite3 "$work/floor.sqlite" "WITH RECURSIVE sub(code) AS (SELECT '$code' UNION ALL
            SELECT u.code FROM units u JOIN sub ON u.parent_code = sub.code)
            SELECT element, SUM(value) FROM data_values WHERE year = $year AND unit_code IN sub
            GROUP BY element;" >"$work/r.floor"
        echo $(($(now_us) - t)) >>"$work/c.floor"
    done
    local prog floor
    prog=$(median <"$work/c.prog") floor=$(median <"$work/c.floor")
    printf '%-56s %12s ms %12s ms  x%s\n' "c. report csv $key ($code)" "$(ms "$prog")" "$(ms "$floor")" \
        "$(ratio "$prog" "$floor")"
    result[report_${key}_ratio]=$(ratio "$prog" "$floor")
}
report_case commune 19744
report_case district 474
report_case province 46
report_case largest "$largest"
: >"$work/pdf"
for ((i = 0; i < report_reps; i++)); do
    t=$(now_us)
    "$cli" --db "$work/national.sqlite" report --unit 474 --year "$year" --format pdf -o "$work/r.pdf"
    echo $(($(now_us) - t)) >>"$work/pdf"
done
result[pdf_district_ms]=$(ms "$(median <"$work/pdf")")
# The PDF's floor: Qt's PDF writer drawing the same lines on as many pages, with no layout.
pdftotext -layout "$work/r.pdf" "$work/r.txt"
pdf_pages=$(pdfinfo "$work/r.pdf" | awk '/^Pages:/ { print $2 }')
: >"$work/pdf.floor"
for ((i = 0; i < report_reps; i++)); do
    t=$(now_us)
    "$pdffloor" "$work/r.txt" "$pdf_pages" "$work/floor.pdf"
    echo $(($(now_us) - t)) >>"$work/pdf.floor"
done
pdf_floor=$(median <"$work/pdf.floor")
result[pdf_floor_ms]=$(ms "$pdf_floor")
result[pdf_ratio]=$(ratio "$(median <"$work/pdf")" "$pdf_floor")
printf '%-56s %12s ms %12s ms  x%s\n' "c. report pdf district (474), $pdf_pages pages" "${result[pdf_district_ms]}" \
    "${result[pdf_floor_ms]}" "${result[pdf_ratio]}"

# ---------------------------------------------------------------- d. start-up
# Under Xvfb with the xcb platform, as on a desktop: the X connection, the platform plugin
# and the expose round trip are part of a real start-up, and the offscreen platform skips
# them. One X server for all runs; its own start is not measured.
log "d. start-up"
"$cli" --db "$work/hue.sqlite" init --unit 46 --user Bench >/dev/null
"$cli" --db "$work/hue.sqlite" load-values "$work/hue.csv" >/dev/null
cat >"$work/startup.sh" <<EOF
unset QT_QPA_PLATFORM
export CHITIEU_QUIT_AFTER_FIRST_PAINT=1
for what in hue national empty; do
    case \$what in
    hue) cmd=("$desktop" --db "$work/hue.sqlite") ;;
    national) cmd=("$desktop" --db "$work/national.sqlite") ;;
    empty) cmd=("$empty") ;;
    esac
    timeout 60 "\${cmd[@]}" >/dev/null 2>&1 # warm-up: caches, the installation key on a first start
    for ((i = 0; i < $start_reps; i++)); do
        t=\$(date +%s%6N)
        timeout 60 "\${cmd[@]}" >/dev/null 2>&1 || { echo "\$what failed" >&2; exit 1; }
        echo \$(( \$(date +%s%6N) - t )) >>"$work/start.\$what"
    done
done
EOF
xvfb-run -a -s "-screen 0 1920x1080x24" bash "$work/startup.sh"
start_hue=$(median <"$work/start.hue") start_nat=$(median <"$work/start.national")
start_empty=$(median <"$work/start.empty")
result[startup_ratio]=$(ratio "$start_hue" "$start_empty")
result[startup_national_ratio]=$(ratio "$start_nat" "$start_empty")
printf '%-56s %12s ms %12s ms  x%s\n' "d. start-up, Huế province database" "$(ms "$start_hue")" \
    "$(ms "$start_empty")" "${result[startup_ratio]}"
printf '%-56s %12s ms %12s ms  x%s\n' "d. start-up, national database" "$(ms "$start_nat")" \
    "$(ms "$start_empty")" "${result[startup_national_ratio]}"

# ---------------------------------------------------------------- e. keystroke
log "e. keystroke"
cp "$work/hue.sqlite" "$work/keys.sqlite"
"$keystroke" --db "$work/keys.sqlite" --unit 19744 --year "$year" --keys "$keys" 2>/dev/null >"$work/keys.out"
result[keystroke_us]=$(sed -n 's/.*keystroke_us_median=\([0-9]*\).*/\1/p' "$work/keys.out")
printf '%-56s %12s us (p90 %s us)\n' "e. keystroke to updated form" "${result[keystroke_us]}" \
    "$(sed -n 's/.*keystroke_us_p90=\([0-9]*\).*/\1/p' "$work/keys.out")"

echo "load_ratio=${result[load_ratio]} load_peak_mb=${result[load_peak_mb]}" \
    "load_floor_peak_mb=${result[load_floor_peak_mb]} import_ratio=${result[import_ratio]}" \
    "import_national_ratio=${result[import_national_ratio]}" \
    "report_province_ratio=${result[report_province_ratio]} report_largest_ratio=${result[report_largest_ratio]}" \
    "pdf_district_ms=${result[pdf_district_ms]} pdf_floor_ms=${result[pdf_floor_ms]} startup_ratio=${result[startup_ratio]}" \
    "startup_national_ratio=${result[startup_national_ratio]} keystroke_us=${result[keystroke_us]}" \
    "db_bytes_per_value=${result[db_bytes_per_value]} db_bytes_per_value_floor=${result[db_bytes_per_value_floor]}"
