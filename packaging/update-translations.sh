#!/usr/bin/env bash
# Reads every tr() / QCoreApplication::translate() string of core/, cli/, render/, ui/ and
# app/ into the translation files. New strings appear in translations/chitieu_vi.ts as type="unfinished":
# translate them (in the file, or with /usr/lib/qt6/bin/linguist) until test_translations
# passes. chitieu_en.ts keeps only plural forms, since the source strings are English.
# Strings no longer in the code are dropped. Usage: bash packaging/update-translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
common=(core cli render ui app -extensions cpp,h -locations none -no-obsolete -source-language en)
"$lupdate" "${common[@]}" -target-language vi -ts translations/chitieu_vi.ts
"$lupdate" "${common[@]}" -target-language en -pluralonly -ts translations/chitieu_en.ts
echo "Unfinished in chitieu_vi.ts: $(grep -c 'type="unfinished"' translations/chitieu_vi.ts || true)"
