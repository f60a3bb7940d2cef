#!/usr/bin/env bash
# Install everything (first run) and run the whole test suite offscreen. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
rc=0
.venv/bin/python -m pytest -q -p no:cacheprovider "$@" || rc=$?
if [ "$rc" -eq 5 ]; then echo "pytest: no tests were collected" >&2; exit 1; fi
exit "$rc"
