#!/usr/bin/env bash
# Runs each fuzz target for SECONDS with its seed corpus, its regressions and its dictionary.
#   tests/fuzz/run.sh SECONDS [BUILD_DIR]      (default BUILD_DIR: build-sanitize)
# BUILD_DIR is the checked build of tests/sanitize/configure.sh (clang-14 needed), configured
# here if need be. New inputs that reach new code go to BUILD_DIR/fuzz/<target>
# (kept between runs); an input that crashes or trips a sanitizer is saved there as
# crash-*, leak-* or timeout-*, and the run ends non-zero. Once fixed, copy that input into
# tests/fuzz/regressions/<target>/ so that the normal suite (test_fuzz_inputs) keeps it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-}"
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || {
    echo "usage: $0 SECONDS [BUILD_DIR]" >&2
    exit 2
}
build="${2:-$root/build-sanitize}"
targets=(exchange payload catalogue units values numbers)

if ! grep -qs '^CHITIEU_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
    command -v clang++-14 >/dev/null || {
        echo "fuzz: clang++-14 is needed (bash packaging/install-deps.sh --tests installs it)" >&2
        exit 1
    }
fi
source "$root/tests/sanitize/configure.sh" "$build" >/dev/null
cmake --build "$build" -j2 --target fuzz
source "$root/tests/sanitize/options.sh"

failed=()
for t in "${targets[@]}"; do
    out="$build/fuzz/$t"
    mkdir -p "$out/corpus"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$out/")
    dict="$root/tests/fuzz/dict/$t.dict"
    [[ -f "$dict" ]] && options+=(-dict="$dict")
    echo "== fuzz_$t: $seconds s"
    # The first folder receives new inputs; the repository's folders are only read.
    folders=("$out/corpus" "$root/tests/fuzz/corpus/$t")
    [[ -d "$root/tests/fuzz/regressions/$t" ]] && folders+=("$root/tests/fuzz/regressions/$t")
    if ! "$build/tests/fuzz/fuzz_$t" "${options[@]}" "${folders[@]}" >"$out/log" 2>&1; then
        tail -n 60 "$out/log" >&2
        failed+=("$t")
    fi
    grep -E '^stat::(number_of_executed_units|new_units_added)|^Done|DONE' "$out/log" | tr '\n' ' ' || true
    echo
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz: ${failed[*]} failed; the inputs are in $build/fuzz/<target>/ (add them to tests/fuzz/regressions/)" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} targets ran $seconds s each without a finding"
