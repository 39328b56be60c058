"""Column types shared by the mappings: instants stored in UTC and read back as
aware UTC datetimes on every backend, and the annotated aliases the models use."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Annotated, Any

from sqlalchemy import BigInteger, DateTime, Dialect, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import mapped_column
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """An instant: timestamptz on PostgreSQL, naive UTC on SQLite; always aware UTC
    in Python. Naive datetimes are refused, so a local time can never be stored
    as if it were UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} cannot be stored; give it a time zone")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


BigId = BigInteger().with_variant(Integer, "sqlite")
"""A 64-bit key that is still SQLite's ROWID alias (and so autoincrements there)."""

IntPk = Annotated[int, mapped_column(primary_key=True)]
Instant = Annotated[datetime, mapped_column(UtcDateTime())]
OptionalInstant = Annotated[datetime | None, mapped_column(UtcDateTime(), nullable=True)]


class EpochSeconds(FunctionElement[int]):
    """``epoch_seconds(column)``: an instant column as whole UTC epoch seconds,
    computed by the database. Reading integers instead of datetimes is what lets
    the queue read tens of thousands of cases quickly."""

    type = Integer()
    name = "epoch_seconds"
    inherit_cache = True


@compiles(EpochSeconds, "sqlite")
def _epoch_sqlite(element: EpochSeconds, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    if sqlite3.sqlite_version_info >= (3, 38, 0):
        return f"unixepoch({column})"  # a third cheaper than strftime
    return f"CAST(strftime('%s', {column}) AS INTEGER)"


@compiles(EpochSeconds, "postgresql")
def _epoch_postgresql(element: EpochSeconds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(FLOOR(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)})) AS BIGINT)"
