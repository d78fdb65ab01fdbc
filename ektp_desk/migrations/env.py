"""Alembic environment: runs on the connection that ektp_desk.schema hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from ektp_desk.models import Base

config = context.config


def run_migrations_online() -> None:
    connection: Connection | None = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through `ektp-desk init`, which supplies a connection")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only ALTER a table by copying it
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
