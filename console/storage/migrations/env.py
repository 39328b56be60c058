"""Alembic's environment: runs migrations on the connection that
``console.storage.schema`` hands over (SQLite in batch mode, so that ALTERs work)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from console.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("migrations run through console.storage.schema, which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
