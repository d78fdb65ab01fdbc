"""Moving an office from its embedded SQLite file to a shared PostgreSQL server.

Every table is copied in dependency order inside one transaction on the target, ids kept;
then the counts and the ledger sums are compared with the source before the commit, so the
target is either a verified copy or left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, func, insert, select, text

from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.models import Base, ChainHead, StockBalance, StockMovement
from ektp_desk.schema import current_revision, init_database, require_current

CHUNK = 5000


@dataclass(frozen=True)
class MigrationReport:
    target: str
    rows: dict[str, int]  # table -> rows copied


def migrate_to(
    source: Database, target: Database, *, progress: Callable[[str, int], None] | None = None
) -> MigrationReport:
    require_current(source)
    _prepare_target(target)
    copied: dict[str, int] = {}
    with source.engine.connect() as src, target.reachable(), target.engine.begin() as dst:
        for seeded in (StockBalance, ChainHead):  # the schema's first rows give way to the copy
            dst.execute(delete(seeded))
        for table in Base.metadata.sorted_tables:
            copied[table.name] = _copy_table(src, dst, table, progress)
        _reset_sequences(dst)
        _verify(src, dst, copied)
    target.update_statistics(*(table.name for table in Base.metadata.sorted_tables))
    return MigrationReport(target.describe(), copied)


def _prepare_target(target: Database) -> None:
    if current_revision(target) is None:
        init_database(target)  # refuses a database that holds someone else's tables
    require_current(target)
    with target.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == StockBalance.__tablename__:
                held = session.scalar(select(func.count()).where(StockBalance.qty != 0))
            elif table.name == ChainHead.__tablename__:  # an empty chain's head is seeded
                held = session.scalar(select(func.count()).where(ChainHead.last_id.is_not(None)))
            else:
                held = session.scalar(select(func.count()).select_from(table))
            if held:
                raise Refused(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the target database {target} is not empty ({table} holds {rows} rows): "
                        "copy only into a new, empty database",
                    ),
                    target=target.describe(),
                    table=table.name,
                    rows=held,
                )


def _copy_table(
    src: Connection, dst: Connection, table: Table, progress: Callable[[str, int], None] | None
) -> int:
    copied = 0
    result = src.execution_options(yield_per=CHUNK).execute(select(table))
    for chunk in result.mappings().partitions():
        dst.execute(insert(table), [dict(row) for row in chunk])
        copied += len(chunk)
        if progress:
            progress(table.name, copied)
    return copied


def _reset_sequences(dst: Connection) -> None:
    """New rows on the server continue after the copied ids."""
    if dst.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.autoincrement and table.c.id.primary_key:
            dst.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
                )
            )


def _verify(src: Connection, dst: Connection, copied: dict[str, int]) -> None:
    for table in Base.metadata.sorted_tables:
        counts = [c.scalar(select(func.count()).select_from(table)) for c in (src, dst)]
        if counts[0] != counts[1] or counts[1] != copied[table.name]:
            _mismatch(table.name, counts[0] or 0, counts[1] or 0)
    sums = select(StockMovement.item, StockMovement.station_id, func.sum(StockMovement.delta))
    grouped = sums.group_by(StockMovement.item, StockMovement.station_id)
    if set(src.execute(grouped).all()) != set(dst.execute(grouped).all()):
        _mismatch(StockMovement.__tablename__, 0, 0)


def _mismatch(table: str, source: int, target: int) -> None:
    raise Refused(
        QT_TRANSLATE_NOOP(
            "core",
            "the copy of {table} does not match the source ({source} rows, copied {target}); "
            "nothing was kept",
        ),
        table=table,
        source=source,
        target=target,
    )
