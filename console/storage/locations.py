"""Where Support Console keeps its files on this machine: the local SQLite file and
the connection profiles, and the environment variable naming a database.

Kept apart from :mod:`console.storage.engine` so that the light commands (``status``,
``sla``) can tell whether a database is set up without importing SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "support-console"
ENV_DATABASE = "SUPPORT_CONSOLE_DB"
PROFILES_FILE = "profiles.json"


def default_sqlite_path() -> Path:
    """The local database file in the user's data directory."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "support-console.sqlite3"


def config_dir() -> Path:
    """The user's configuration directory (the profiles file lives there)."""
    return Path(user_config_dir(APP_NAME, appauthor=False))


def profiles_path() -> Path:
    return config_dir() / PROFILES_FILE
