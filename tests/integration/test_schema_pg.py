"""The migration chain on PostgreSQL, with data, down to the first revision and up again."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import text

from ektp_desk import demo, schema, stock_books
from ektp_desk.db import Database


def test_every_revision_steps_down_and_up_on_postgresql_with_data(pg_url: str) -> None:
    db = Database(pg_url)
    schema.init_database(db)
    demo.fill_demo(db, records=40)
    chain = [
        r.revision for r in ScriptDirectory.from_config(schema.alembic_config()).walk_revisions()
    ]
    for revision in chain[1:]:
        schema.downgrade(db, revision)
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM records")).scalar_one() == 40
    schema.upgrade(db)
    assert schema.current_revision(db) == schema.head_revision()
    assert stock_books.ledger_mismatches(db) == []
    db.dispose()
