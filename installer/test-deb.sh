#!/usr/bin/env bash
# Builds the .deb, installs it with apt as on a clean Debian, uses it (command line and window), removes it, and
# checks that nothing is left. Needs root (it installs a package) and, for the window, xvfb-run.
#   sudo installer/test-deb.sh          (TIDINGS_MVN_FLAGS=-o builds offline; TIDINGS_SKIP_BUILD=1 tests the
#                                        package built last)
set -euo pipefail
cd "$(dirname "$0")/.."

[ "$(id -u)" = 0 ] || { echo "test-deb.sh installs a package: run it as root" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

step "Building the package"
command -v fakeroot >/dev/null || apt-get install -y fakeroot
[ -n "${TIDINGS_SKIP_BUILD:-}" ] || installer/build-app-image.sh deb
deb="$(ls -t target/installer/tidings_*_amd64.deb | head -1)"
echo "$deb"

step "Starting from a system without Tidings"
apt-get remove -y tidings >/dev/null 2>&1 || true
[ ! -e /opt/tidings ] && [ ! -e /usr/bin/tidings ]

step "Installing with apt"
apt-get install -y "./$deb"
dpkg-query -W -f='${Status}\n' tidings | grep -qx 'install ok installed'
echo "tidings is installed: $(command -v tidings) -> $(readlink /usr/bin/tidings)"
ls -l /usr/share/applications/tidings.desktop /usr/share/icons/hicolor/256x256/apps/tidings.png \
  /usr/share/mime/packages/tidings.xml

step "Using the command line"
work="$(mktemp -d)"
export TIDINGS_HOME="$work/home"
tidings --version
tidings workspace create --sample "$work/x.tidings"
tidings workspace info "$work/x.tidings"

step "Opening the window on the workspace for a few seconds"
if command -v xvfb-run >/dev/null; then
  set +e
  timeout 40 xvfb-run -a tidings "$work/x.tidings" >"$work/window.out" 2>&1
  set -e
  log="$(ls "$TIDINGS_HOME"/logs/*.log 2>/dev/null | head -1 || true)"
  if grep -E 'Exception|ERROR|Error:' "$work/window.out" ${log:+"$log"}; then
    echo "The window reported errors (above)." >&2
    exit 1
  fi
  grep -q 'x.tidings\|Opened' ${log:-/dev/null} && echo "The window opened the workspace (log: $log)." \
    || echo "The window ran for 40 seconds without errors."
else
  echo "xvfb-run is not installed: the window was not tried."
fi

step "Removing with apt"
apt-get remove -y tidings
if dpkg-query -W -f='${Status}\n' tidings 2>/dev/null | grep -q 'installed'; then
  echo "tidings is still installed" >&2; exit 1
fi
for left in /opt/tidings /usr/bin/tidings /usr/share/applications/tidings.desktop \
    /usr/share/icons/hicolor/256x256/apps/tidings.png /usr/share/mime/packages/tidings.xml; do
  [ ! -e "$left" ] || { echo "$left is left behind" >&2; exit 1; }
done
rm -rf "$work"
echo
echo "The package installs, runs and removes cleanly."
