#!/usr/bin/env bash
# Builds the standalone bundle (PyInstaller, one folder) and, on Debian and its
# kin, the Debian package from it, into dist/; prints the sizes and how long it
# took. Installs PyInstaller into .venv first (the `package` extra).
#   bash scripts/build_package.sh            # bundle + .deb
#   SC_SKIP_DEB=1 bash scripts/build_package.sh   # the bundle only
#   SC_DEB_COMPRESSION=zstd:3 bash scripts/build_package.sh   # a faster, larger .deb (CI)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

start=$(date +%s.%N)
source scripts/bootstrap.sh
bootstrap_venv "package"
python=.venv/bin/python

echo "== icons (from resources/icons/support-console.svg)"
rm -rf build/icons
"$python" packaging/render_icons.py build/icons --ico build/icons/support-console.ico >/dev/null

echo "== bundle (PyInstaller, onedir)"
bundle_start=$(date +%s.%N)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/support-console.spec
bundle_end=$(date +%s.%N)
dist/support-console/support-console --version

deb=""
if [ -z "${SC_SKIP_DEB:-}" ] && command -v dpkg-deb >/dev/null 2>&1; then
  echo "== Debian package"
  rm -f dist/support-console_*.deb
  "$python" packaging/debian/build_deb.py --bundle dist/support-console --icons build/icons \
    --out dist --work build/deb --compression "${SC_DEB_COMPRESSION:-xz:6}"
  deb=$(ls dist/support-console_*.deb)
fi
end=$(date +%s.%N)

mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
echo "== figures"
printf 'bundle:          %s in dist/support-console (%s files)\n' \
  "$(mib "$(du -sb dist/support-console | cut -f1)")" "$(find dist/support-console -type f | wc -l)"
if [ -n "$deb" ]; then
  installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
  printf '.deb:            %s (%s)\n' "$(mib "$(stat -c %s "$deb")")" "$deb"
  printf 'installed size:  %s\n' "$(mib $((installed_kib * 1024)))"
fi
awk -v a="$bundle_start" -v b="$bundle_end" 'BEGIN { printf "bundle build:    %.0f s\n", b - a }'
awk -v a="$start" -v b="$end" 'BEGIN { printf "whole build:     %.0f s\n", b - a }'
