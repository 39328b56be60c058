"""scripts/screenshot.py (which renders docs/*.png) still runs: it starts the GUI
the way the console does and writes every window, light and dark."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshot.py"


def test_the_screenshot_script_renders_every_window(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "--size", "1280x720"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    names = sorted(path.name for path in tmp_path.glob("*.png"))
    assert names == [
        "admin-1280.png",
        "cockpit-1280.png",
        "console-1280-dark.png",
        "console-1280.png",
        "email-case-1280.png",
        "mail-settings-1280.png",
        "reports-1280.png",
        "unknown-senders-1280.png",
        "wallboard-1280.png",
    ]
    assert all(path.stat().st_size > 10_000 for path in tmp_path.glob("*.png"))
