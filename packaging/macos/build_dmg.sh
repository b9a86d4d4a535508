#!/usr/bin/env bash
# Frontdesk's macOS disk image: Frontdesk.app (PyInstaller, packaging/frontdesk.spec with
# its BUNDLE step) inside a compressed DMG with a link to /Applications.
#
#   packaging/macos/build_dmg.sh [--property-profile FILE] [--out DIR]
#
# Run on a Mac from the repository, after `pip install -e .[build]` in .venv (or set
# PYTHON). packaging/build.py validates the profile, compiles the translations, builds
# and checks the .app; this script then makes
#   <out>/frontdesk-inbox-<version>[+<profile>]-macos-<arch>.dmg
#
# Silent install (admins, MDM scripts):
#   hdiutil attach -nobrowse -quiet -mountpoint /Volumes/Frontdesk frontdesk-inbox-...dmg
#   cp -R /Volumes/Frontdesk/Frontdesk.app /Applications/
#   hdiutil detach -quiet /Volumes/Frontdesk
# The users' data (~/Library/Application Support/Frontdesk) is never part of the app:
# replacing or deleting Frontdesk.app leaves it alone.
#
# The .app is signed ad hoc by PyInstaller. To distribute it outside the property's own
# Macs, sign it with a Developer ID (codesign --deep --options runtime) and notarize the
# DMG (xcrun notarytool submit --wait; xcrun stapler staple) — see docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

python=${PYTHON:-.venv/bin/python}
out=dist
build_args=(--format app)
while [[ $# -gt 0 ]]; do
    case "$1" in
        --property-profile) build_args+=(--property-profile "$2"); shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "build_dmg.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [[ $(uname -s) != Darwin ]]; then
    echo "build_dmg.sh: hdiutil and the .app bundle need macOS" >&2
    exit 1
fi

"$python" packaging/build.py "${build_args[@]}" --out "$out"

app="$out/Frontdesk.app"
label=$("$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["label"])' \
    "$out/build-info.json")
dmg="$out/frontdesk-inbox-${label}-macos-$(uname -m).dmg"

staging=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-dmg.XXXXXXXX")
trap 'rm -rf -- "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f -- "$dmg"
hdiutil create -quiet -volname Frontdesk -srcfolder "$staging" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 "$dmg"
hdiutil verify -quiet "$dmg"
echo "build_dmg.sh: $dmg"
