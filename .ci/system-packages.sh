#!/usr/bin/env bash
# Debian packages the test suite uses: the PostgreSQL server (initdb, pg_ctl), Xvfb for screenshots,
# poppler-utils (pdftoppm) to render PDFs, and the libraries Qt's offscreen and xcb platforms load.
set -euo pipefail
need=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# make dist-test: PyInstaller needs objdump; the .desktop and AppStream validators.
command -v objdump >/dev/null 2>&1 || need+=(binutils)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
for lib in libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libgl1 libglib2.0-0 \
           libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
           libxcb-render-util0 libxcb-image0 fonts-dejavu-core; do
    dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
if ((${#need[@]})); then
    if [ "$(id -u)" != 0 ]; then
        echo "missing Debian packages (install them as root): ${need[*]}" >&2
        exit 1
    fi
    echo "installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
