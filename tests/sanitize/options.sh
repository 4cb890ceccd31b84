# Sourced by tests/sanitize/run.sh and tests/fuzz/run.sh: how the sanitizers report. Every
# report stops the program (the build also says -fno-sanitize-recover=all) with a stack;
# leaks are reported except those listed, with a reason each, in lsan.supp (Qt's own).
sanitize_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_init_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$sanitize_dir/lsan.supp:print_suppressions=0"
# Stacks with function names and lines need llvm-symbolizer (package llvm-14).
for s in /usr/lib/llvm-14/bin/llvm-symbolizer "$(command -v llvm-symbolizer || true)"; do
    if [[ -z "${ASAN_SYMBOLIZER_PATH:-}" && -x "$s" ]]; then export ASAN_SYMBOLIZER_PATH="$s"; fi
done
