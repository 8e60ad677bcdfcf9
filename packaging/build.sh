#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle: dist/aspectos-desktop/{aspectos-desktop,aspectos}.
#
#   bash packaging/build.sh
#
# Steps: the usual set-up (packaging/dev.sh setup), the `package` extra (PyInstaller) in
# .venv, the compiled catalogue (resources/catalogue.sqlite, from catalogue/), then
# PyInstaller with packaging/aspectos.spec, then a smoke test of the frozen CLI.
# Output goes to build/ and dist/ (both ignored by git).
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
VENV="$REPO_ROOT/.venv"

bash packaging/dev.sh setup

echo "==> PyInstaller (extra \"package\")"
"$VENV/bin/python" -m pip install --disable-pip-version-check -q -e ".[package]"

echo "==> catálogo compilado"
# The bundle ships resources/catalogue.sqlite: it must be compiled from the current source
# into resources/ itself (not the user cache fallback).
"$VENV/bin/python" - <<'PY'
from aspectos_desktop.resources import catalogue_db_path, resource_path

path = catalogue_db_path()
if path != resource_path("catalogue.sqlite"):
    raise SystemExit(f"erro: o catálogo compilado foi para {path}; resources/ precisa ser gravável")
print(path)
PY

echo "==> PyInstaller"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/aspectos.spec

echo "==> teste rápido do CLI congelado"
dist/aspectos-desktop/aspectos catalogue info | head -3
echo "pronto: dist/aspectos-desktop/ (programas aspectos-desktop e aspectos)"
