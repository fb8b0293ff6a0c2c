#!/bin/sh
# Run the built bundle as a user would, with no Python on PATH and nothing from the source tree:
# `gatehouse --version`, `gatehouse self-check` (a fresh database migrated in a temporary folder, encryption,
# drivers, resources, Qt offscreen), the Linux install script into a temporary HOME, and the .desktop and
# AppStream files through their validators.  Usage: packaging/dist-test.sh [BUNDLE_DIR]   (default dist/gatehouse)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
bundle=$(cd "${1:-$root/dist/gatehouse}" && pwd)
app_id=io.github.gatehouse.Gatehouse
expected_version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/app/__init__.py")
scratch=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-dist-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/empty-path" "$scratch/work"

fail() { echo "dist-test: FAILED: $*" >&2; exit 1; }

# A user's environment without Python: an empty PATH entry, no PYTHON* variables, a fresh HOME, no display.
run_bundled() {
    (cd "$scratch/work" && env -i HOME="$scratch/home" PATH="$scratch/empty-path" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@")
}

echo "dist-test: bundle $bundle ($(du -sh "$bundle" | cut -f1))"
for file in "app/migrations/env.py" "app/migrations/versions/0001_contact_record.py" \
            "app/resources/icons/gatehouse.svg" "app/resources/help/user-guide.md"; do
    [ -f "$bundle/_internal/$file" ] || fail "$file is missing from the bundle"
done

version=$(run_bundled "$bundle/gatehouse" --version) || fail "gatehouse --version exited $?"
[ "$version" = "gatehouse $expected_version" ] || fail "--version printed '$version', expected 'gatehouse $expected_version'"
echo "dist-test: ok --version: $version"

run_bundled "$bundle/gatehouse" self-check || fail "gatehouse self-check exited $?"
echo "dist-test: ok self-check"

# The user's own (encrypted) database: a contact added, then found again; without a keyring, the passphrase
# comes from GATEHOUSE_PASSPHRASE.
passphrase="GATEHOUSE_PASSPHRASE=dist-test passphrase"
run_bundled "$passphrase" "$bundle/gatehouse" contacts add --first-name Ada --last-name Quill \
    --relationship colleague >/dev/null || fail "contacts add exited $?"
run_bundled "$passphrase" "$bundle/gatehouse" contacts list --json >"$scratch/contacts.json" ||
    fail "contacts list exited $?"
grep -q '"last_name": "Quill"' "$scratch/contacts.json" || fail "the contact added was not listed"
echo "dist-test: ok a contact added to an encrypted database and listed again"

# A bad command is still one readable line and exit status 2, from the bundle too.
status=0
run_bundled "$passphrase" "$bundle/gatehouse" contacts show 999999 --json >/dev/null 2>"$scratch/stderr" || status=$?
[ "$status" = 2 ] || fail "an unknown contact gave exit status $status, expected 2: $(cat "$scratch/stderr")"
[ "$(wc -l <"$scratch/stderr")" -eq 1 ] || fail "an unknown contact printed more than one line: $(cat "$scratch/stderr")"
echo "dist-test: ok bad input: $(cat "$scratch/stderr")"

desktop-file-validate "$root/packaging/linux/$app_id.desktop" || fail "the .desktop file does not validate"
appstreamcli validate --no-net "$root/packaging/linux/$app_id.metainfo.xml" >"$scratch/appstream.log" 2>&1 ||
    { cat "$scratch/appstream.log"; fail "the metainfo file does not validate"; }
echo "dist-test: ok desktop-file-validate and appstreamcli validate --no-net"

if [ -x "$bundle/install.sh" ]; then
    prefix="$scratch/home/.local"
    HOME="$scratch/home" sh "$bundle/install.sh" >"$scratch/install.log" || { cat "$scratch/install.log"; fail "install.sh"; }
    installed_version=$(run_bundled "$prefix/bin/gatehouse" --version) || fail "the installed gatehouse did not start"
    [ "$installed_version" = "$version" ] || fail "the installed gatehouse printed '$installed_version'"
    desktop-file-validate "$prefix/share/applications/$app_id.desktop" || fail "the installed .desktop file"
    [ -f "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "install.sh did not install the icon"
    HOME="$scratch/home" sh "$prefix/lib/gatehouse/install.sh" --uninstall >/dev/null || fail "install.sh --uninstall"
    [ ! -e "$prefix/bin/gatehouse" ] && [ ! -e "$prefix/share/applications/$app_id.desktop" ] ||
        fail "install.sh --uninstall left files behind"
    echo "dist-test: ok install.sh into ~/.local and --uninstall"
fi
echo "dist-test: passed"
