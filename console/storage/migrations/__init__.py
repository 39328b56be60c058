"""Alembic migrations of the Support Console schema (run through console.storage.schema)."""
