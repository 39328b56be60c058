"""Renders the agent console with demo data to PNG files (offscreen), for the
README and for looking at the screen without a display.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py [OUT_DIR] [--size WxH]

Writes console-light.png and console-dark.png (1600x1000), and the other
windows — wallboard.png, cockpit.png, reports.png, admin.png — into OUT_DIR
(default docs/). With ``--size 1366x768`` every window is rendered at that size
instead (the console light and dark, with a case open) and the files are named
after the width: console-1366.png, console-1366-dark.png, wallboard-1366.png, cockpit-1366.png, reports-1366.png,
admin-1366.png. Email: email-case.png, unknown-senders.png and mail-settings.png
(1366x768; with --size, email-case-1366.png and so on). The other windows are shown over a demo seeded for a Wednesday
late morning (their clocks read the services' clock, which stands still there),
so that "today" on the wallboard has a morning's work in it whenever this runs."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from console.demo.seed import seed_demo
from console.domain.cases import Channel
from console.logs import RunKind, configure_logging
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from console.storage.schema import upgrade_schema
from ui.gui_runtime import prepare_gui_thread
from ui.i18n import Language
from ui.i18n import install as install_language
from ui.main_window import MainWindow
from ui.session import ConsoleSession
from ui.theme import DARK, LIGHT, Theme, apply_theme
from ui.triage.unknown_senders_window import UnknownSendersWindow
from ui.views import View, create_view, start_view

# Wednesday 2026-11-25 11:40 in Berlin: support is open, the morning's work is done.
VIEWS_NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)
VIEW_SHOTS = (
    (View.WALLBOARD, "Sofia Lindqvist", (1920, 1080), "wallboard.png"),
    (View.COCKPIT, "Priya Raman", (1500, 900), "cockpit.png"),
    (View.REPORTS, "Sofia Lindqvist", (1400, 860), "reports.png"),
    (View.ADMIN, "Margit Albrecht", (1400, 860), "admin.png"),
)


def wait_until(app: QApplication, condition: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if callable(condition) and condition():
            return
        time.sleep(0.02)


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size such as 1366x768: {text!r}") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"size out of range (320x240 to 7680x4320): {text!r}")
    return width, height


def main() -> int:
    configure_logging(RunKind.HEADLESS)
    parser = argparse.ArgumentParser(description="Render the windows with demo data to PNG files.")
    parser.add_argument("out", nargs="?", default="docs", help="folder for the PNG files (default docs)")
    parser.add_argument("--size", type=parse_size, help="render every window at WxH, e.g. 1366x768")
    parser.add_argument(
        "--language", choices=[language.value for language in Language], default=Language.ENGLISH.value
    )
    args = parser.parse_args()
    out = Path(args.out)
    size: tuple[int, int] | None = args.size
    out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("Support Console screenshots")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    prepare_gui_thread(app)  # as ui.app: the windows' async loads need qasync's loop
    install_language(Language(args.language))  # as ui.app, before any window
    folder = tempfile.mkdtemp()
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    engine = create_engine_for(str(Path(folder) / "demo.sqlite3"))
    upgrade_schema(engine)
    db = Database(engine)
    seed_demo(db, now=datetime.now(UTC).replace(microsecond=0))
    services = ConsoleServices(db)
    agent = next(u for u in services.accounts.users() if u.role.value == "agent")
    shots: tuple[tuple[Theme, str], ...] = ((LIGHT, "console-light.png"), (DARK, "console-dark.png"))
    if size is not None:
        shots = ((LIGHT, f"console-{size[0]}.png"), (DARK, f"console-{size[0]}-dark.png"))
    english = args.language == Language.ENGLISH.value
    if not english:  # the README's picture of the console in another language
        shots = ((LIGHT, f"console-{args.language}.png"),)
    for theme, name in shots:
        apply_theme(app, theme)
        session = ConsoleSession(ConsoleServices(Database(create_engine_for(engine.url))), agent)
        window = MainWindow(session, settings)
        window.resize(*(size or (1600, 1000)))
        window.show()
        window.start()
        wait_until(app, lambda w=window: w.snapshot is not None and w.queue_view.model.rowCount() > 0)
        first = window.queue_view.model.case_at(0).number
        window.open_case(first)
        wait_until(app, lambda: False, 2.5)
        if os.environ.get("SCREENSHOT_DEBUG"):
            for pane in (window.queue_view, window.case_view, window.chat_pane):
                print(type(pane).__name__, pane.minimumSizeHint().width(), pane.width())
        window.grab().save(str(out / name))
        print(f"wrote {out / name}")
        window.close()
        app.processEvents()
    services.close()
    if english:
        render_views(app, out, Path(folder), size)
        render_email(app, out, Path(folder), size)
    return 0


def render_views(app: QApplication, out: Path, folder: Path, size: tuple[int, int] | None) -> None:
    engine = create_engine_for(str(folder / "views.sqlite3"))
    upgrade_schema(engine)
    seed_demo(Database(engine), now=VIEWS_NOW)
    for view, user_name, (width, height), name in VIEW_SHOTS:
        if size is not None:
            (width, height), name = size, name.replace(".png", f"-{size[0]}.png")
        apply_theme(app, LIGHT)
        settings = QSettings(str(folder / f"{view.value}.ini"), QSettings.Format.IniFormat)
        settings.setValue("admin/tab", 1)  # the support calendar, with its holiday preview
        services = ConsoleServices(Database(create_engine_for(engine.url)), clock=lambda: VIEWS_NOW)
        session = ConsoleSession(services, services.accounts.user(user_name))
        window = create_view(view, session, settings)
        window.resize(width, height)
        window.show()
        start_view(window)
        wait_until(app, lambda: False, 3.0)
        window.grab().save(str(out / name))
        print(f"wrote {out / name}")
        window.close()
        session.close()
        app.processEvents()


def render_email(app: QApplication, out: Path, folder: Path, size: tuple[int, int] | None) -> None:
    """Email at 1366x768 (or ``size``, the files then named after the width): an
    email case with its attachment and acknowledgement (email-case.png), the
    unknown senders' mail (unknown-senders.png) and the administration's Mail tab
    (mail-settings.png), over the views' demo."""
    width, height = size or (1366, 768)

    def named(stem: str) -> Path:
        return out / (f"{stem}-{width}.png" if size is not None else f"{stem}.png")

    engine_url = create_engine_for(str(folder / "views.sqlite3")).url
    apply_theme(app, LIGHT)

    def services() -> ConsoleServices:
        return ConsoleServices(Database(create_engine_for(engine_url)), clock=lambda: VIEWS_NOW)

    reader = services()
    email_cases = [r.case for r in reader.queue.rows() if r.case.channel is Channel.EMAIL]
    with_files = [c for c in email_cases if reader.cases.attachments(c.number)] or email_cases
    agent = next(u for u in reader.accounts.users() if u.role.value == "agent")
    admin = next(u for u in reader.accounts.users() if u.role.value == "admin")
    reader.close()
    settings = QSettings(str(folder / "email.ini"), QSettings.Format.IniFormat)
    session = ConsoleSession(services(), agent)
    window = MainWindow(session, settings)
    window.resize(width, height)
    window.show()
    window.start()
    wait_until(app, lambda: window.snapshot is not None and window.queue_view.model.rowCount() > 0)
    if with_files:
        window.open_case(with_files[0].number)
    wait_until(app, lambda: False, 2.5)
    window.grab().save(str(named("email-case")))
    print(f"wrote {named('email-case')}")
    window.close()
    triage = UnknownSendersWindow(ConsoleSession(services(), agent), settings)
    triage.resize(width, height)
    triage.show()
    triage.start()
    wait_until(app, lambda: False, 2.5)
    triage.grab().save(str(named("unknown-senders")))
    print(f"wrote {named('unknown-senders')}")
    triage.close()
    settings.setValue("admin/tab", 6)  # Mail
    admin_window = create_view(View.ADMIN, ConsoleSession(services(), admin), settings)
    admin_window.resize(width, height)
    admin_window.show()
    start_view(admin_window)
    wait_until(app, lambda: False, 3.0)
    admin_window.grab().save(str(named("mail-settings")))
    print(f"wrote {named('mail-settings')}")
    admin_window.close()
    app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
