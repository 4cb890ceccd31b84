#!/usr/bin/env bash
# Import crash test: a file is applied whole or not at all, even when the import is killed.
#
#   tests/crash/import-kill.sh [N]          N runs (default 20)
#   tests/crash/import-kill.sh --self-test  shows that the check finds a file half applied
#
# Makes a batch of exchange files with the command line (one commune database per file: the
# 27 communes of Huế, 474, year 2024, every count of the catalogue with a comment), times one
# whole import into a district database, then N times: a fresh district database, `chitieu-cli
# import` over the batch, SIGKILL at a random moment within that time. After each kill,
# crash_check opens the database (as the next start of the program would) and checks PRAGMA
# integrity_check and that each file's unit-year holds all of the file or none of it (values,
# comments, audit rows, submission row, received row). The last line is
#   crash_runs=N integrity_ok=N partial_files=0
# and the exit status is not 0 when any check fails.
# The programs: $CHITIEU_CLI and $CHITIEU_CRASH_CHECK (CTest sets them), else those in build/.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${CHITIEU_CLI:-$root/build/app/chitieu-cli}"
check="${CHITIEU_CRASH_CHECK:-$root/build/tests/crash/crash_check}"
mode=runs
runs=20
case "${1:-}" in
--self-test) mode=self-test ;;
'') ;;
*[!0-9]* | 0)
    echo "usage: $0 [N] | $0 --self-test" >&2
    exit 2
    ;;
*) runs=$1 ;;
esac
for program in "$cli" "$check"; do
    [[ -x "$program" ]] || {
        echo "import-kill: $program is missing: build first (cmake --build build)" >&2
        exit 2
    }
done
export LC_ALL=C.UTF-8 LANGUAGE=en # English messages
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

district=474
year=2024
# The counts of the Plan 208 catalogue (resources/catalogue/plan-208.json); the yes/no ones
# (at most 1, communes only) apart.
counts=(neonatal_deaths infant_deaths under5_deaths live_births under5_stunted under5_underweight
        under5_overweight under5_measured under1_fully_immunised children_under1 under5_fully_vaccinated
        children_under5 facilities_sanitation_ok facilities_total children_special children_special_supported
        children_total children_abused child_labour_5_17 population_5_17 children_injured children_injury_deaths
        children_disaster_relieved children_disaster_affected child_marriages under5_birth_registered
        births_registered_on_time births_registered age5_in_kindergarten age5_completed_programme children_age5
        age6_in_grade1 children_age6 primary_completed primary_final_grade_pupils lower_secondary_completed
        lower_secondary_final_grade_pupils lower_secondary_dropouts lower_secondary_enrolled disabled_accessing
        disabled_needing disabled_under5_accessing disabled_under5_needing children_participation_reached)
flags=(cfc_registered cfc_achieved has_play_space)

# One commune's file: its own database, every count, a comment, export.
make_file() {
    local i=$1 code=$2 db="$work/communes/$2.sqlite" pairs=() j=0
    for e in "${counts[@]}"; do
        pairs+=("$e=$(((i * 37 + j * 11) % 500 + 1))")
        j=$((j + 1))
    done
    for e in "${flags[@]}"; do
        pairs+=("$e=$(((i + j) % 2))")
        j=$((j + 1))
    done
    "$cli" --db "$db" init --unit "$code" --user "Cán bộ xã $code" >/dev/null
    "$cli" --db "$db" set --unit "$code" --year $year --comment "Ghi chú của xã $code" "${pairs[@]}" >/dev/null
    # Random counts may break the hard checks: the form stays in progress and is sent as such.
    "$cli" --db "$db" export --unit "$code" --year $year --allow-incomplete -o "$work/batch/$code.chitieu" >/dev/null
}

mkdir -p "$work/communes" "$work/batch"
mapfile -t communes < <(awk -F, -v d=$district '{ sub(/\r$/, "") } $4 == 3 && $5 == d { print $1 }' \
    "$root/resources/units/admin-units-thua-thien-hue-2021.csv")
[[ $mode == self-test ]] && communes=("${communes[@]:0:3}") # three files are enough to show it
[[ ${#communes[@]} -gt 0 ]] || {
    echo "import-kill: no communes of $district in the unit list" >&2
    exit 1
}
i=0
for code in "${communes[@]}"; do
    i=$((i + 1))
    make_file $i "$code" &
    [[ $((i % 2)) -eq 0 ]] && wait # two at a time: the machine has two cores
done
wait
files=("$work/batch/"*.chitieu)
[[ ${#files[@]} -eq ${#communes[@]} ]] || {
    echo "import-kill: made ${#files[@]} files of ${#communes[@]}" >&2
    exit 1
}

"$cli" --db "$work/template.sqlite" init --unit $district --user "Cán bộ huyện" >/dev/null

fresh() {
    rm -f "$work/run.sqlite" "$work/run.sqlite-wal" "$work/run.sqlite-shm"
    cp "$work/template.sqlite" "$work/run.sqlite"
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# The uninterrupted import: every file applied, and how long it takes.
fresh
start=$(now_ms)
"$cli" --db "$work/run.sqlite" import "$work/batch" >"$work/full.log" 2>&1 || {
    cat "$work/full.log" >&2
    echo "import-kill: the uninterrupted import failed" >&2
    exit 1
}
full_ms=$(($(now_ms) - start))
"$check" "$work/run.sqlite" "${files[@]}" >"$work/check.log" || true
grep -q "^integrity_ok=1 applied=${#files[@]} absent=0 partial=0$" "$work/check.log" || {
    cat "$work/check.log" >&2
    echo "import-kill: the uninterrupted import did not apply every file" >&2
    exit 1
}
echo "import of ${#files[@]} files (${#counts[@]}+${#flags[@]} counts each) takes ${full_ms} ms uninterrupted"

if [[ $mode == self-test ]]; then
    # One value gone: the check must call that file partial and fail.
    "$check" --drop-one-value "$work/run.sqlite"
    if "$check" "$work/run.sqlite" "${files[@]}" >"$work/check.log"; then
        cat "$work/check.log" >&2
        echo "import-kill: the check did not see the missing value" >&2
        exit 1
    fi
    grep -q "partial=1$" "$work/check.log" || {
        cat "$work/check.log" >&2
        exit 1
    }
    grep "^partial" "$work/check.log"
    echo "self_test=ok"
    exit 0
fi

integrity_ok=0
partial_files=0
cut_mid_batch=0
none_applied=0
all_applied=0
for ((run = 1; run <= runs; run++)); do
    fresh
    delay_ms=$((RANDOM * full_ms / 32768))
    "$cli" --db "$work/run.sqlite" import "$work/batch" >/dev/null 2>&1 &
    pid=$!
    sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))"
    kill -KILL $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    "$check" "$work/run.sqlite" "${files[@]}" >"$work/check.log" 2>&1 || true
    summary=$(tail -n 1 "$work/check.log")
    if [[ ! $summary =~ ^integrity_ok=([01])\ applied=([0-9]+)\ absent=([0-9]+)\ partial=([0-9]+)$ ]]; then
        cat "$work/check.log" >&2
        echo "run $run: the check did not finish" >&2
        partial_files=$((partial_files + 1))
        continue
    fi
    ok=${BASH_REMATCH[1]} applied=${BASH_REMATCH[2]} partial=${BASH_REMATCH[4]}
    integrity_ok=$((integrity_ok + ok))
    partial_files=$((partial_files + partial))
    if [[ $applied -eq 0 ]]; then
        none_applied=$((none_applied + 1))
    elif [[ $applied -eq ${#files[@]} ]]; then
        all_applied=$((all_applied + 1))
    else
        cut_mid_batch=$((cut_mid_batch + 1))
    fi
    echo "run $run: killed after ${delay_ms} ms: $summary"
    if [[ $ok -ne 1 || $partial -ne 0 ]]; then
        grep -v "^applied \|^absent " "$work/check.log" >&2
    fi
done
echo "runs that left no file applied: $none_applied, some: $cut_mid_batch, all: $all_applied"
echo "crash_runs=$runs integrity_ok=$integrity_ok partial_files=$partial_files"
[[ $integrity_ok -eq $runs && $partial_files -eq 0 ]]
