"""the office's papers: corrected causes, old cards handed in, destructions

Revision ID: 0012_papers
Revises: 0011_sign_in
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_papers"
down_revision: str | None = "0011_sign_in"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CAUSES = "cause IN ('chip_failed', 'blank_defective', 'print_failed', 'data_changed')"
APPEND_ONLY = ("cause_corrections", "destructions", "destroyed_entries")
DESTROYED = "a destroyed entry cannot be changed"


def upgrade() -> None:
    op.create_table(
        "cause_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("cause", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("corrected_by", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(CAUSES, name=op.f("ck_cause_corrections_cause")),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["print_attempts.id"],
            name=op.f("fk_cause_corrections_attempt_id_print_attempts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cause_corrections")),
    )
    op.create_index(op.f("ix_cause_corrections_attempt_id"), "cause_corrections", ["attempt_id"])
    op.create_table(
        "handed_in_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("cause", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(CAUSES, name=op.f("ck_handed_in_cards_cause")),
        sa.ForeignKeyConstraint(
            ["record_id"], ["records.id"], name=op.f("fk_handed_in_cards_record_id_records")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["users.id"], name=op.f("fk_handed_in_cards_operator_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handed_in_cards")),
    )
    op.create_index("uq_handed_in_cards_record_id", "handed_in_cards", ["record_id"], unique=True)
    op.create_table(
        "destructions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=64), nullable=False),
        sa.Column("signers", sa.Text(), nullable=False),
        sa.CheckConstraint("seq > 0", name=op.f("ck_destructions_seq")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destructions")),
        sa.UniqueConstraint("number", name=op.f("uq_destructions_number")),
    )
    op.create_index("uq_destructions_year_seq", "destructions", ["year", "seq"], unique=True)
    op.create_table(
        "destroyed_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("destruction_id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=True),
        sa.Column("handed_in_id", sa.Integer(), nullable=True),
        sa.Column("cause", sa.String(length=32), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("serial", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "(attempt_id IS NULL) <> (handed_in_id IS NULL)",
            name=op.f("ck_destroyed_entries_one_source"),
        ),
        sa.CheckConstraint(CAUSES, name=op.f("ck_destroyed_entries_cause")),
        sa.ForeignKeyConstraint(
            ["destruction_id"],
            ["destructions.id"],
            name=op.f("fk_destroyed_entries_destruction_id_destructions"),
        ),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["print_attempts.id"],
            name=op.f("fk_destroyed_entries_attempt_id_print_attempts"),
        ),
        sa.ForeignKeyConstraint(
            ["handed_in_id"],
            ["handed_in_cards.id"],
            name=op.f("fk_destroyed_entries_handed_in_id_handed_in_cards"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destroyed_entries")),
    )
    op.create_index(
        op.f("ix_destroyed_entries_destruction_id"), "destroyed_entries", ["destruction_id"]
    )
    op.create_index(
        "uq_destroyed_entries_attempt_id", "destroyed_entries", ["attempt_id"], unique=True
    )
    op.create_index(
        "uq_destroyed_entries_handed_in_id", "destroyed_entries", ["handed_in_id"], unique=True
    )
    _guards("create")


def downgrade() -> None:
    _guards("drop")
    op.drop_table("destroyed_entries")
    op.drop_table("destructions")
    op.drop_table("handed_in_cards")
    op.drop_table("cause_corrections")


# (trigger name, table, timing and events, the SQL condition on NEW/OLD, message). A correction
# is refused when dated at or after its attempt's destruction, not merely when one exists: a
# copy of the office (migrate-to) inserts the older corrections after the destroyed entries.
_RULES = (
    *((f"{t}_append_only", t, "UPDATE OR DELETE", "TRUE", f"the {t} rows are append-only")
      for t in APPEND_ONLY),
    ("cause_corrections_not_destroyed", "cause_corrections", "INSERT",
     "EXISTS (SELECT 1 FROM destroyed_entries e JOIN destructions d ON d.id = e.destruction_id"
     " WHERE e.attempt_id = NEW.attempt_id AND d.made_at <= NEW.at)", DESTROYED),
    ("handed_in_cards_not_destroyed", "handed_in_cards", "UPDATE OR DELETE",
     "EXISTS (SELECT 1 FROM destroyed_entries WHERE handed_in_id = OLD.id)", DESTROYED),
)  # fmt: skip


def _guards(verb: str) -> None:
    """The database itself keeps the papers' history and what was destroyed as it was."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, table, events, condition, message in _RULES:
        if sqlite:
            for event in events.split(" OR "):
                trigger = f"{name}_{event.lower()}"
                if verb == "drop":
                    op.execute(f"DROP TRIGGER {trigger}")
                    continue
                op.execute(
                    f"CREATE TRIGGER {trigger} BEFORE {event} ON {table} "
                    f"WHEN {condition.replace('TRUE', '1')} "
                    f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
            continue
        if verb == "drop":
            op.execute(f"DROP TRIGGER {name} ON {table}")
            op.execute(f"DROP FUNCTION {name}()")
            continue
        row = "NEW" if events == "INSERT" else "OLD"
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF {condition} THEN RAISE EXCEPTION '{message}'; END IF; RETURN {row}; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {events} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
