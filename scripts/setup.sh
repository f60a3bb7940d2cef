#!/usr/bin/env bash
# Shared set-up for scripts/start.sh and scripts/test.sh on Debian/Ubuntu (as root or with sudo):
# installs the missing system packages (Qt runtime libraries, a Japanese font, poppler-utils), creates .venv
# and installs jcloud_desk with its pinned dependencies. Safe to run again: it only does what is missing.
# Usage: source scripts/setup.sh [gui]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
stamp=.venv/.jcloud_desk-installed
want=$(sha256sum < pyproject.toml | cut -d' ' -f1)
checked=.venv/.jcloud_desk-system-${1:-base}

compile_changed() {  # modules changed since the last compile (a git pull) are compiled before the start: the same work
  # as the app compiling those it imports (measured), and the ones imported on first use (dialogs, docks) are ready
  if [ -n "$(find jcloud_desk -name '*.py' -newer "$stamp" -print -quit)" ]; then
    .venv/bin/python -m compileall -q jcloud_desk >/dev/null
    touch "$stamp"
  fi
}

# Every start (scripts/start.sh sources this): once installed from this pyproject.toml with the system packages
# checked, start no interpreter and query no package (that took ~0.15-0.25 s of every start). Delete .venv to check
# and install everything again.
if [ -f "$checked" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  compile_changed
  return 0 2>/dev/null || exit 0
fi

export DEBIAN_FRONTEND=noninteractive
SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo

PKGS="libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 fonts-ipaexfont-gothic poppler-utils"
if [ "${1:-}" = "gui" ]; then
  PKGS="$PKGS libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0"
  PKGS="$PKGS libxcb-shape0 libxcb-randr0 libxcb-xkb1 libx11-xcb1"
fi
PY=$(command -v python3.11 || command -v python3 || true)
if [ -z "$PY" ] || ! "$PY" -c 'import ensurepip, venv' 2>/dev/null; then PKGS="$PKGS python3 python3-venv"; fi
if command -v dpkg-query >/dev/null; then
  missing=$(for p in $PKGS; do dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"; done)
  if [ -n "$missing" ]; then
    echo "Installing system packages: $missing"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi
PY=${PY:-$(command -v python3)}
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is required" >&2; exit 1; }

[ -x .venv/bin/python ] || "$PY" -m venv .venv
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
  # An editable install leaves our own modules uncompiled: the first start would compile every module it imports
  # (0.1-0.3 s more, benchmarks/fresh_install_bench.py)
  .venv/bin/python -m compileall -q jcloud_desk >/dev/null
  echo "$want" > "$stamp"
else
  compile_changed
fi
touch "$checked"
if [ "${1:-}" = gui ]; then touch .venv/.jcloud_desk-system-base; fi  # the gui list includes the base one
