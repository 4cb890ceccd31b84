#!/usr/bin/env bash
# Makes a program's man page from its own --help and --version (help2man), so the page says
# what the program says. For chitieu-cli, every command's "COMMAND --help" is added as a
# section of its own. Run by the build (packaging/CMakeLists.txt):
#   make-man.sh PROGRAM_DIR NAME "ONE-LINE DESCRIPTION" OUTPUT.1.gz
set -euo pipefail
dir=$1 name=$2 description=$3 out=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# English, the same page whoever builds it: a fixed home (the default database's place is
# shown as ~/...), no display (the desktop program's help needs none offscreen).
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= HOME=/HOME QT_QPA_PLATFORM=offscreen
unset XDG_DATA_HOME XDG_CONFIG_HOME DISPLAY WAYLAND_DISPLAY
export PATH="$dir:$PATH"

roff_text() { # stdin -> roff lines that print as written
    sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/" -e 's|/HOME/|~/|g'
}

include="$tmp/include.h2m"
{
    echo "[SEE ALSO]"
    if [[ $name == chitieu ]]; then
        echo ".BR chitieu-cli (1)"
    else
        echo ".BR chitieu (1)"
    fi
    echo ".PP"
    echo "The user guide: Help > User guide in the desktop program, or /usr/share/doc/chitieu/guide/."
} >"$include"

if [[ $name == chitieu-cli ]]; then
    commands=$("$name" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' | grep -vx help)
    [[ -n "$commands" ]] || { echo "make-man.sh: no commands found in '$name --help'" >&2; exit 1; }
    {
        echo "[COMMANDS IN DETAIL]"
        for c in $commands; do
            echo ".SS $c"
            echo ".nf"
            "$name" "$c" --help | roff_text
            echo ".fi"
        done
    } >>"$include"
fi

help2man --no-info --name="$description" --include="$include" --output="$tmp/$name.1" "$name"
# The default database's place as the user reads it, not the builder's home.
sed -i 's|/HOME/|~/|g' "$tmp/$name.1"
grep -q '^\.SH DESCRIPTION' "$tmp/$name.1" || { echo "make-man.sh: help2man made no page for $name" >&2; exit 1; }
gzip -9n <"$tmp/$name.1" >"$out"
