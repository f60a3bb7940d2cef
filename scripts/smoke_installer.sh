#!/usr/bin/env bash
# Build the PyInstaller onedir bundle from build_installer.spec and start it offscreen on the bundled sample.
# Usage: bash scripts/smoke_installer.sh     (needs the dev set-up: bash scripts/test.sh once, or scripts/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller==6.22.3"
rm -rf build/jcloud_desk dist/jcloud_desk
.venv/bin/pyinstaller --noconfirm --log-level WARN build_installer.spec
export QT_QPA_PLATFORM=offscreen
export JCLOUD_DESK_CONFIG_DIR="$(mktemp -d)"
du -sh dist/jcloud_desk
dist/jcloud_desk/jcloud_desk gui --smoke
dist/jcloud_desk/jcloud_desk info "$(ls dist/jcloud_desk/_internal/sample_projects/*.jcdesk 2>/dev/null || ls dist/jcloud_desk/sample_projects/*.jcdesk)" --json > /dev/null
echo "installer smoke test passed"
