"""Starting the GUI: the QApplication, the theme, sign-in (or ``--db`` and
``--user`` for scripts and demos), and the agent console window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from console.domain.permissions import roles_for
from console.logs import RunKind, configure_logging
from console.services.infrastructure.connections import DatabaseUrlError, console_database_url
from console.services.usecases.open_database import SchemaTooNew
from ui.first_paint import watch_first_paint
from ui.gui_runtime import prepare_gui_thread
from ui.i18n import Language, parse_language
from ui.i18n import install as install_language
from ui.main_window import MainWindow
from ui.options import LANGUAGE, THEME
from ui.session import ConsoleSession
from ui.sign_in_dialog import Purpose, SignInDialog, connect
from ui.theme import THEMES, ThemeName, apply_theme
from ui.views import VIEWS, View, create_view, start_view


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="support-console gui", description="The Support Console window.")
    parser.add_argument("--db", help="database URL or SQLite file (skips the profile choice)")
    parser.add_argument(
        "--user", help="sign in as this user (skips the sign-in dialog; needs --db or a default)"
    )
    parser.add_argument("--theme", choices=[t.value for t in ThemeName], help="light or dark")
    parser.add_argument(
        "--language",
        choices=[language.value for language in Language],
        help="the windows' language for this run (default: the setting, else the system's)",
    )
    parser.add_argument(
        "--view",
        choices=[v.value for v in View],
        help="open straight into this window instead of the agent console "
        "(`support-console wallboard` and `support-console cockpit` do this)",
    )
    parser.add_argument(
        "--windowed", action="store_true", help="show the wallboard in a window, not full screen"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    configure_logging(RunKind.GUI)
    args = build_parser().parse_args(list(argv) if argv is not None else sys.argv[1:])
    QCoreApplication.setOrganizationName("Support Console")
    QCoreApplication.setApplicationName("support-console")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    prepare_gui_thread(app)  # qasync's loop, the cycle collector on this thread, the GIL sooner
    watch_first_paint(app)  # SUPPORT_CONSOLE_EXIT_AFTER_PAINT=1: the packaging test's probe
    settings = QSettings()
    # Before any window is built: every tr() from here on reads these catalogues.
    install_language(parse_language(args.language or LANGUAGE.read(settings)))
    theme_name = args.theme or THEME.read(settings)
    apply_theme(app, THEMES.get(ThemeName(theme_name), THEMES[ThemeName.LIGHT]))

    try:
        # The same rules as every command: an empty --db is an error, a password is
        # never echoed, and a SQLite file that is not there is not created.
        url = console_database_url(args.db, os.environ)
    except DatabaseUrlError as error:
        print(f"support-console: error: {error}", file=sys.stderr)
        return 2
    if args.user:
        try:
            connected = connect(url, seed_if_empty=args.db is None)
        except SchemaTooNew as error:
            QMessageBox.critical(None, "Support Console", str(error))
            return 2
        user = next((u for u in connected.users if u.name.lower() == args.user.lower()), None)
        if user is None:
            connected.services.close()
            print(f"support-console: error: no user named {args.user!r}", file=sys.stderr)
            return 2
        return _run(app, ConsoleSession(connected.services, user), settings, args)
    fixed = url if args.db is not None else None
    return _sign_in_and_run(app, settings, args, fixed)


def sign_in_dialog_for(args: argparse.Namespace, fixed_url: str | None = None) -> SignInDialog:
    """The sign-in dialog; for one window (``--view``) it knows who may open it, so
    a wrong choice is answered in the dialog instead of ending the program."""
    purpose = None
    if args.view:
        spec = VIEWS[View(args.view)]
        purpose = Purpose(spec.title, frozenset(roles_for(spec.action)))
    return SignInDialog(fixed_url=fixed_url, purpose=purpose)


def _sign_in_and_run(
    app: QApplication, settings: QSettings, args: argparse.Namespace, fixed_url: str | None = None
) -> int:
    dialog = sign_in_dialog_for(args, fixed_url)
    if (
        dialog.exec() != SignInDialog.DialogCode.Accepted
        or dialog.result_services is None
        or dialog.result_user is None
    ):
        return 0
    return _run(app, ConsoleSession(dialog.result_services, dialog.result_user), settings, args)


def _run(app: QApplication, session: ConsoleSession, settings: QSettings, args: argparse.Namespace) -> int:
    if args.view:
        return _run_view(app, session, settings, View(args.view), full_screen=not args.windowed)
    window = MainWindow(session, settings)  # sized to its screen (ui.widgets.screen_fit)
    window.show()
    window.start()
    return app.exec()


def _run_view(
    app: QApplication, session: ConsoleSession, settings: QSettings, view: View, full_screen: bool
) -> int:
    """One window on its own (the wallboard on a wall screen): the session closes
    with the application."""
    spec = VIEWS[view]
    if not spec.allows(session.user.role):
        # Only reached with --user (the dialog keeps its own choice open): bad input.
        allowed = ", ".join(role.value for role in roles_for(spec.action))
        print(
            f"support-console: error: {session.user.name} has the {session.user.role.value} role; "
            f"the {spec.title.lower()} is for: {allowed}",
            file=sys.stderr,
        )
        session.close()
        return 2
    window = create_view(view, session, settings)
    app.aboutToQuit.connect(session.close)
    if view is View.WALLBOARD and full_screen:
        # The whole screen even where no window manager applies full screen for us
        # (a bare X session on a wall display's mini PC).
        screen = window.screen() or app.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.show()  # each window opens within its screen (ui.widgets.screen_fit)
    start_view(window)
    return app.exec()
