"""A local SQLite database holds customers' words and no password guards it: the
file (and SQLite's -wal and -shm beside it) is readable by its owner only."""

from __future__ import annotations

import stat
from pathlib import Path

from console.storage.engine import create_engine_for
from console.storage.schema import upgrade_schema


def test_a_new_local_database_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "workstation" / "console.sqlite3"
    engine = create_engine_for(str(path))
    upgrade_schema(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM users")
        files = [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))]
        for file in files:
            if file.exists():
                assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    engine.dispose()
