#!/usr/bin/env bash
# Install everything (first run) and start jcloud_desk on the bundled 住民記録 sample project.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh gui
exec .venv/bin/jcloud-desk "$@"
