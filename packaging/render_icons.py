"""Render the application icon for the desktop: the hicolor theme's PNG sizes and
the scalable SVG, drawn from ``resources/icons/support-console.svg`` by Qt's own
SVG renderer at build time, so that no picture is kept twice in the repository.
``--ico`` also writes the Windows icon (a 256-pixel ICO) for the bundle's
executables.

    python packaging/render_icons.py OUT_DIR [--ico build/icons/support-console.ico]

writes ``OUT_DIR/hicolor/<n>x<n>/apps/<APP_ID>.png`` for every size and
``OUT_DIR/hicolor/scalable/apps/<APP_ID>.svg``: the layout of
``/usr/share/icons/hicolor``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.supportconsole.SupportConsole"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "support-console.svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a square ``size``-pixel image on a transparent ground."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def render_theme(source: Path, out_dir: Path) -> list[Path]:
    """Write the hicolor layout under ``out_dir``; the files written."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"Qt cannot read the SVG {source}")
    written: list[Path] = []
    for size in SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    return written


def render_ico(source: Path, target: Path) -> Path:
    renderer = QSvgRenderer(str(source))
    target.parent.mkdir(parents=True, exist_ok=True)
    if not render(renderer, 256).save(str(target), "ICO"):
        raise OSError(f"could not write {target} (is Qt's ICO image plugin there?)")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path, help="where the hicolor/ folder is written")
    parser.add_argument("--source", type=Path, default=SOURCE, help="the SVG (default: the app icon)")
    parser.add_argument("--ico", type=Path, help="also write the Windows icon here")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = render_theme(args.source, args.out_dir)
    if args.ico is not None:
        written.append(render_ico(args.source, args.ico))
    for path in written:
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
