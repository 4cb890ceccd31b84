#!/usr/bin/env bash
# Packaging checks, run by CTest (label "package"):
#   test_packaging.sh desktop SOURCE_DIR BUILD_DIR
#     the .desktop file passes desktop-file-validate, the AppStream metainfo passes
#     appstreamcli validate, the MIME type makes *.chitieu (and files starting CHITIEU1)
#     application/x-chitieu, the desktop entry opens those files with "chitieu %F", and
#     every icon size is a PNG of that size.
#   test_packaging.sh deb SOURCE_DIR BUILD_DIR
#     cpack builds the .deb; it declares the libraries and the Qt SQLite plugin it needs and
#     holds the programs and the desktop files; extracted, both programs answer --version
#     without a display, chitieu-cli creates a database (so the SQLite plugin loads) and
#     draws a PDF (so the PDF module beside it loads).
#   test_packaging.sh lintian SOURCE_DIR BUILD_DIR
#     lintian (Debian's package checker) on the .deb: no error, and none of the warnings
#     Debian users meet first (changelog, copyright, description, man pages). Skipped (77)
#     where lintian is not installed; install-deps.sh --tests installs it, so CI runs it.
# The real "apt-get install ./chitieu_*.deb" runs in CI: packaging/test-install.sh.
set -euo pipefail
part=$1 src=$2 build=$3
id=vn.chitieu.ChiTieu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

check_desktop_files() { # $1: the .desktop file, $2: the metainfo, $3: the MIME XML
    desktop-file-validate "$1" || fail "desktop-file-validate $1"
    grep -qx 'Exec=chitieu %F' "$1" || fail "$1 does not open files with 'chitieu %F'"
    grep -qx 'MimeType=application/x-chitieu;' "$1" || fail "$1 does not declare application/x-chitieu"
    grep -qx "Icon=$id" "$1" || fail "$1 has another icon than $id"
    appstreamcli validate --no-net "$2" || fail "appstreamcli validate $2"
    grep -q '<screenshot type="default">' "$2" || fail "$2 has no screenshot"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$2" || fail "$2 does not launch $id.desktop"
    # The MIME database built from our type alone: by name and by content.
    mkdir -p "$tmp/mime/packages"
    cp "$3" "$tmp/mime/packages/"
    update-mime-database "$tmp/mime"
    grep -q '^50:application/x-chitieu:\*\.chitieu$' "$tmp/mime/globs2" || fail "*.chitieu is not application/x-chitieu"
    [[ -f "$tmp/mime/application/x-chitieu.xml" ]] || fail "application/x-chitieu was not registered"
    grep -q 'application/x-chitieu' "$tmp/mime/magic" || fail "no content rule for CHITIEU1 files"
    grep -q 'CHITIEU1' "$tmp/mime/magic" || fail "the content rule does not look for CHITIEU1"
}

case "$part" in
desktop)
    sed -e 's|@CHITIEU_HOMEPAGE@|https://chitieu.example.org|g' -e 's|@PROJECT_VERSION@|0.1.0|' \
        -e 's|@CHITIEU_RELEASE_DATE@|2026-01-01|' "$src/packaging/linux/$id.metainfo.xml.in" >"$tmp/$id.metainfo.xml"
    check_desktop_files "$src/packaging/linux/$id.desktop" "$tmp/$id.metainfo.xml" "$src/packaging/linux/$id.xml"
    # The configured metainfo of this build too (version and date filled in).
    appstreamcli validate --no-net "$build/packaging/$id.metainfo.xml" || fail "the configured metainfo"
    version=$(sed -n 's/^project(chitieu VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
    grep -q "<release version=\"$version\"" "$build/packaging/$id.metainfo.xml" ||
        fail "the metainfo's release is not $version"
    for size in 16 22 24 32 48 64 128 256; do
        file "$src/resources/icons/chitieu-$size.png" | grep -q "PNG image data, $size x $size" ||
            fail "chitieu-$size.png is not a $size x $size PNG"
    done
    grep -q '<svg' "$src/resources/icons/chitieu.svg" || fail "chitieu.svg is not an SVG"
    ;;
deb)
    cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
        { cat "$tmp/cpack.log"; fail "cpack"; }
    deb=$(ls "$tmp"/out/chitieu_*.deb)
    echo "Built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    for p in libqt6sql6-sqlite libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
             libqt6printsupport6 libsodium23 libxlsxwriter4; do
        [[ ",$depends," =~ [,\ ]$p[\ ,\(] ]] || fail "the package does not depend on $p"
    done
    dpkg-deb -x "$deb" "$tmp/root"
    for f in usr/bin/chitieu usr/bin/chitieu-cli usr/share/applications/$id.desktop \
             usr/share/metainfo/$id.metainfo.xml usr/share/mime/packages/$id.xml \
             usr/share/icons/hicolor/256x256/apps/$id.png usr/share/icons/hicolor/16x16/apps/$id.png \
             usr/share/icons/hicolor/scalable/apps/$id.svg usr/share/doc/chitieu/copyright; do
        [[ -f "$tmp/root/$f" ]] || fail "the package lacks /$f"
    done
    check_desktop_files "$tmp/root/usr/share/applications/$id.desktop" \
        "$tmp/root/usr/share/metainfo/$id.metainfo.xml" "$tmp/root/usr/share/mime/packages/$id.xml"
    # No display at all: --version must still answer.
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$tmp/root/usr/bin/chitieu" --version)
    [[ "$out" =~ ^chitieu\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "chitieu --version said: $out"
    out=$("$tmp/root/usr/bin/chitieu-cli" --version)
    [[ "$out" =~ ^chitieu-cli\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "chitieu-cli --version said: $out"
    LANGUAGE= LANG=C.UTF-8 "$tmp/root/usr/bin/chitieu-cli" --db "$tmp/t.sqlite" init --unit 474 --user Test \
        >"$tmp/init.log" 2>&1 || { cat "$tmp/init.log"; fail "the packaged chitieu-cli cannot create a database"; }
    grep -q "is ready" "$tmp/init.log" || fail "chitieu-cli init said: $(cat "$tmp/init.log")"
    # A PDF is drawn by the PDF module the package puts beside the program.
    ls "$tmp"/root/usr/lib/chitieu/libchitieu_pdf.so >/dev/null || fail "the package lacks the PDF module"
    LANGUAGE= LANG=C.UTF-8 "$tmp/root/usr/bin/chitieu-cli" --db "$tmp/t.sqlite" report --unit 474 --year 2024 \
        --format pdf -o "$tmp/r.pdf" >"$tmp/pdf.log" 2>&1 || { cat "$tmp/pdf.log"; fail "the packaged chitieu-cli draws no PDF"; }
    [[ "$(head -c 5 "$tmp/r.pdf")" == "%PDF-" ]] || fail "the packaged chitieu-cli wrote no PDF"
    # A workbook is written by libxlsxwriter, loaded when needed: the package depends on it.
    LANGUAGE= LANG=C.UTF-8 "$tmp/root/usr/bin/chitieu-cli" --db "$tmp/t.sqlite" report --unit 474 --year 2024 \
        --format xlsx -o "$tmp/r.xlsx" >"$tmp/xlsx.log" 2>&1 || { cat "$tmp/xlsx.log"; fail "the packaged chitieu-cli writes no workbook"; }
    [[ "$(head -c 2 "$tmp/r.xlsx")" == "PK" ]] || fail "the packaged chitieu-cli wrote no workbook"
    ;;
lintian)
    command -v lintian >/dev/null || { echo "lintian is not installed: skipped"; exit 77; }
    cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
        { cat "$tmp/cpack.log"; fail "cpack"; }
    deb=$(ls "$tmp"/out/chitieu_*.deb)
    # As root (CI), lintian must be told that this is on purpose.
    lintian --allow-root --no-tag-display-limit --info "$deb" >"$tmp/lintian.log" 2>&1 || true
    cat "$tmp/lintian.log"
    grep -q '^E: ' "$tmp/lintian.log" && fail "lintian reports errors"
    for tag in no-changelog copyright-without-copyright-notice extended-description-line-too-long \
               description-contains-invalid-control-statement no-manual-page binary-without-manpage \
               syntax-error-in-debian-changelog debian-changelog-file-missing-or-wrong-name \
               copyright-file-contains-full-gpl-license manpage-has-errors-from-man; do
        grep -q ": $tag" "$tmp/lintian.log" && fail "lintian: $tag"
    done
    # The man pages are there and read as man pages.
    dpkg-deb -x "$deb" "$tmp/root"
    for p in chitieu chitieu-cli; do
        page="$tmp/root/usr/share/man/man1/$p.1.gz"
        [[ -f "$page" ]] || fail "no man page for $p"
        zcat "$page" | grep -q '^\.SH DESCRIPTION' || fail "the man page of $p has no DESCRIPTION"
    done
    zcat "$tmp/root/usr/share/man/man1/chitieu-cli.1.gz" | grep -q '^\.SS report' ||
        fail "the man page of chitieu-cli lacks the options of report"
    ;;
*)
    fail "unknown part $part (desktop, deb or lintian)"
    ;;
esac
echo "test_packaging $part: ok"
