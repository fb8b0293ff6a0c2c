#!/bin/sh
# Install the Gatehouse bundle for the current user (no root needed), or remove it again.
#
#   ./install.sh                 run inside the unpacked bundle folder (beside the `gatehouse` executable)
#   ./install.sh --bundle DIR    install the bundle in DIR (e.g. dist/gatehouse after `make dist`)
#   ./install.sh --uninstall     remove what an earlier install put in place (your data stays)
#   --prefix DIR                 install under DIR instead of ~/.local
#
# It copies the bundle to PREFIX/lib/gatehouse, links PREFIX/bin/gatehouse to it, and adds the menu entry
# (share/applications), the icon (share/icons/hicolor/scalable/apps) and the AppStream metainfo (share/metainfo).
set -eu

APP_ID=io.github.gatehouse.Gatehouse
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
bundle=""
action=install

usage() {
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --bundle) bundle=${2:?--bundle needs a folder}; shift 2 ;;
        --bundle=*) bundle=${1#--bundle=}; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

lib_dir="$prefix/lib/gatehouse"
bin_link="$prefix/bin/gatehouse"
desktop_file="$prefix/share/applications/$APP_ID.desktop"
icon_file="$prefix/share/icons/hicolor/scalable/apps/$APP_ID.svg"
metainfo_file="$prefix/share/metainfo/$APP_ID.metainfo.xml"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$prefix/share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$action" = uninstall ]; then
    if [ -L "$bin_link" ]; then rm -f "$bin_link"; fi
    rm -rf "$lib_dir"
    rm -f "$desktop_file" "$icon_file" "$metainfo_file"
    refresh_caches
    echo "Gatehouse removed from $prefix (your database and settings were left alone)."
    exit 0
fi

if [ -z "$bundle" ]; then
    if [ -x "$here/gatehouse" ]; then
        bundle=$here
    else
        bundle="$here/../../dist/gatehouse"
    fi
fi
if [ ! -x "$bundle/gatehouse" ]; then
    echo "install.sh: no Gatehouse bundle in $bundle (build one with 'make dist', or pass --bundle DIR)" >&2
    exit 2
fi
bundle=$(cd "$bundle" && pwd)

mkdir -p "$prefix/lib" "$prefix/bin" "$(dirname "$desktop_file")" "$(dirname "$icon_file")" \
         "$(dirname "$metainfo_file")"
if [ "$bundle" != "$lib_dir" ]; then
    # Copy into a fresh folder first, so a failed copy leaves the installed version as it was.
    rm -rf "$lib_dir.new"
    cp -R "$bundle" "$lib_dir.new"
    rm -rf "$lib_dir"
    mv "$lib_dir.new" "$lib_dir"
fi
ln -sfn "$lib_dir/gatehouse" "$bin_link"
# The menu entry starts the installed executable by its full path, so it works without PREFIX/bin on PATH.
sed "s|^Exec=gatehouse|Exec=\"$bin_link\"|" "$lib_dir/share/applications/$APP_ID.desktop" > "$desktop_file"
cp "$lib_dir/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$icon_file"
cp "$lib_dir/share/metainfo/$APP_ID.metainfo.xml" "$metainfo_file"
refresh_caches

echo "Gatehouse $("$bin_link" --version | sed 's/^gatehouse //') installed in $prefix:"
echo "  command:    $bin_link"
echo "  menu entry: $desktop_file"
case ":${PATH}:" in
    *":$prefix/bin:"*) ;;
    *) echo "  note: $prefix/bin is not on your PATH; the menu entry works anyway" ;;
esac
