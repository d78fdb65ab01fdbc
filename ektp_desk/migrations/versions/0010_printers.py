"""printer readings (append-only) and per-station probe configuration

Revision ID: 0010_printers
Revises: 0009_shift_ids
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_printers"
down_revision: str | None = "0009_shift_ids"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "printer readings are append-only"
_MOMENT = "moment IN ('shift_start', 'shift_end', 'on_demand')"
_SOURCE = "source IN ('typed', 'snmp', 'evolis')"
_SAYS = (
    "skip_reason IS NOT NULL OR card_counter IS NOT NULL"
    " OR ribbon_left IS NOT NULL OR film_left IS NOT NULL"
)


def upgrade() -> None:
    op.create_table(
        "printer_readings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("moment", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("card_counter", sa.Integer(), nullable=True),
        sa.Column("ribbon_left", sa.Integer(), nullable=True),
        sa.Column("film_left", sa.Integer(), nullable=True),
        sa.Column("ledger_ribbon", sa.Integer(), nullable=False),
        sa.Column("ledger_film", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=64), nullable=True),
        sa.Column("model", sa.String(length=64), nullable=True),
        sa.Column("states", sa.String(length=200), nullable=True),
        sa.Column("skip_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(_MOMENT, name=op.f("ck_printer_readings_moment")),
        sa.CheckConstraint(_SOURCE, name=op.f("ck_printer_readings_source")),
        sa.CheckConstraint(_SAYS, name=op.f("ck_printer_readings_says_something")),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_printer_readings_station_id_stations")
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_printer_readings_shift_id_shifts")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_printer_readings_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printer_readings")),
    )
    op.create_index("ix_printer_readings_station_at", "printer_readings", ["station_id", "at"])
    op.create_index("ix_printer_readings_shift", "printer_readings", ["shift_id"])
    op.create_table(
        "station_probes",
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=255), nullable=False),
        sa.Column("community", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('snmp', 'evolis')", name=op.f("ck_station_probes_kind")),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_station_probes_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("station_id", name=op.f("pk_station_probes")),
    )
    _guard("create")


def downgrade() -> None:
    _guard("drop")
    op.drop_table("station_probes")
    op.drop_index("ix_printer_readings_shift", table_name="printer_readings")
    op.drop_index("ix_printer_readings_station_at", table_name="printer_readings")
    op.drop_table("printer_readings")


def _guard(verb: str) -> None:
    """The database itself refuses to change or delete a printer reading."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if verb == "drop":
        if sqlite:
            op.execute("DROP TRIGGER printer_readings_no_update")
            op.execute("DROP TRIGGER printer_readings_no_delete")
        else:
            op.execute("DROP TRIGGER printer_readings_append_only ON printer_readings")
            op.execute("DROP FUNCTION printer_readings_append_only()")
        return
    if sqlite:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER printer_readings_no_{action.lower()} BEFORE {action} "
                f"ON printer_readings BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
        return
    op.execute(
        "CREATE FUNCTION printer_readings_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$"
    )
    op.execute(
        "CREATE TRIGGER printer_readings_append_only BEFORE UPDATE OR DELETE ON printer_readings "
        "FOR EACH ROW EXECUTE FUNCTION printer_readings_append_only()"
    )
