#!/usr/bin/env bash
# The Debian packages Gatehouse needs, installed when they are missing and we may (root, or passwordless sudo);
# otherwise one line that names them and the command that installs them, and exit 1.
#   system-packages.sh run    what `make run` needs: venv for Python, the libraries Qt's xcb and offscreen platforms load
#   system-packages.sh test   (default) also the PostgreSQL server (initdb, pg_ctl), Xvfb for screenshots,
#                             poppler-utils (pdftoppm) to render PDFs, and what `make dist-test` uses
set -euo pipefail
purpose=${1:-test}
need=()
# Debian's python3 has no venv/ensurepip without python3-venv; other interpreters (pyenv, python.org) bring their own.
python=${PYTHON:-python3}
"$python" -c "import ensurepip, venv" >/dev/null 2>&1 || need+=(python3-venv)
for lib in libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libgl1 libglib2.0-0 \
           libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
           libxcb-render-util0 libxcb-image0 fonts-dejavu-core; do
    dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
if [ "$purpose" = test ]; then
    command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
    command -v runuser >/dev/null 2>&1 || need+=(util-linux)
    command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
    command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
    # make dist-test: PyInstaller needs objdump; the .desktop and AppStream validators.
    command -v objdump >/dev/null 2>&1 || need+=(binutils)
    command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
    command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
fi
((${#need[@]})) || exit 0
if [ "$(id -u)" = 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    as_root=(sudo -n)
else
    echo "missing Debian packages: ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
    exit 1
fi
echo "installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
