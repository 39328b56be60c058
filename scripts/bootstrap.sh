#!/usr/bin/env bash
# Creates .venv with python3 (3.11+) and installs the project into it, once and
# again whenever pyproject.toml changes. Sourced by ./run-console and ./run-tests.
# Usage: bootstrap_venv EXTRAS   (e.g. "" or "dev,bench")
set -euo pipefail

bootstrap_venv() {
  local extras="${1:-}"
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local venv="$root/.venv"
  local python="${PYTHON:-python3}"
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Support Console needs Python 3.11 or newer as '$python' (set PYTHON=... to choose one)." >&2
    exit 1
  fi
  if [ ! -x "$venv/bin/python" ]; then
    echo "Creating the virtual environment in $venv ..." >&2
    "$python" -m venv "$venv"
  fi
  local spec="."
  [ -n "$extras" ] && spec=".[$extras]"
  local stamp="$venv/.installed-${extras:-base}"
  if [ ! -f "$stamp" ] || [ "$root/pyproject.toml" -nt "$stamp" ]; then
    echo "Installing Support Console ($spec) into $venv ..." >&2
    local log="$venv/pip-install.log"
    if ! (cd "$root" && "$venv/bin/python" -m pip install --disable-pip-version-check -e "$spec") >"$log" 2>&1; then
      grep -v "^WARNING: Location" "$log" | tail -n 30 >&2
      echo "Installing failed; the whole log is in $log" >&2
      exit 1
    fi
    touch "$stamp"
  fi
}
