"""Opening a database: the engine, SQLite's durability settings, and sessions per action.

Every user action runs in one short session and one transaction (``Database.write``). On
SQLite a write transaction starts with ``BEGIN IMMEDIATE`` so two processes on one PC queue
for the write lock (waiting up to the busy timeout) instead of failing half-way; on
PostgreSQL row locks do that job.

An SQLite file is known sound when a check of this process found it so, or when it was
opened under a valid clean-close note (``ektp_desk.clean_stamp``); the last process to close
such a file writes the note again. A file a check found damaged refuses every write from
then on, even one already under way (it is rolled back).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session

from ektp_desk import clean_stamp, clock, file_check
from ektp_desk.errors import DatabaseUnavailable
from ektp_desk.i18n import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_S = 30.0
# SQLite's page cache for bulk writes (import, demo data), in KiB: the indexes of a million
# records fit (see ektp_desk.bulk); SQLite's default is 2000 (2 MB).
BULK_CACHE_KIB = 262_144
_BEGIN_OPTION = "ektp_sqlite_begin"
# The read session open in this thread (by ``Database.read``), which reads nested in it share.
_READING: ContextVar[tuple[Database, Session] | None] = ContextVar("ektp_reading", default=None)
_READ_ONCE = "ektp_read_once"  # a read session's info: what was read once in it, by key
T = TypeVar("T")


def read_once(session: Session, key: str, read: Callable[[], T]) -> T:
    """``read()`` once per read transaction (``Database.read``), where nothing is written:
    a refresh that needs the settings or the balances for two of its reads asks the server
    once. In any other session it is read every time. ``read`` returns an immutable value."""
    memo: dict[str, Any] | None = session.info.get(_READ_ONCE)
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return memo[key]  # type: ignore[no-any-return]


def url_without_password(url: str) -> str:
    """A database URL fit to show or log: its password hidden ("***" when it is no URL)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "***"


class Database:
    """One database, identified by a SQLAlchemy URL, and how to run actions on it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = make_url(url).get_backend_name()
        self.engine = _make_engine(url, self.dialect)
        self._write_engine = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        path = self.sqlite_path
        note = file_check.clean_note(path) if path is not None else None
        checked = note.get("checked_at") if note else None
        self._checked_at: str | None = checked if isinstance(checked, str) else None
        self._damage: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for SQLite files; None for memory or a server."""
        database = make_url(self.url).database
        if not self.is_sqlite or not database or database == ":memory:":
            return None
        return Path(database)

    def update_statistics(self, *tables: str) -> None:
        """After many rows arrived at once (an import, a copy to the server): PostgreSQL's
        planner learns the tables' new sizes now, not at autovacuum's next visit (up to a
        minute or more later). Until then it takes 50,000 new queued records for a handful
        and reads the top of the queue by sorting all of them (~20 ms a refresh at 50,000
        instead of well under 1 ms). A role that does not own the tables is only warned by
        the server; SQLite needs nothing."""
        if self.is_sqlite:
            return
        with self.reachable(), self.engine.begin() as connection:
            for table in tables:
                connection.execute(text(f"ANALYZE {table}"))

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        self._refuse_if_damaged()
        session = Session(self._write_engine, expire_on_commit=False)
        with self.reachable(), session, session.begin():
            yield session
            self._refuse_if_damaged()  # found damaged meanwhile: rolled back

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading: one consistent snapshot, never committed.

        A read inside another read of the same database (in the same thread) shares its
        session: a window's refresh wrapped in one ``read`` is one transaction and one
        snapshot, not a connection check, BEGIN and ROLLBACK for each of its twenty reads."""
        held = _READING.get()
        if held is not None and held[0] is self:
            yield held[1]
            return
        with self.reachable(), Session(self.engine) as session, session.begin():
            session.info[_READ_ONCE] = {}
            token = _READING.set((self, session))
            try:
                yield session
            finally:
                _READING.reset(token)

    @contextmanager
    def reachable(self) -> Iterator[None]:
        """A lost server, a cut network, a locked or damaged file becomes one clear refusal;
        the transaction was rolled back, and the pool reconnects on the next action."""
        try:
            yield
        except SADatabaseError as error:
            refusal = self._refusal(error)
            if refusal is None:
                raise
            raise refusal from error

    def damaged(self, problem: str) -> DatabaseUnavailable:
        return DatabaseUnavailable(_DAMAGED, where=self.describe(), detail=problem)

    def found_sound(self) -> None:
        """A check of the file found nothing wrong (its clean-close note may be written)."""
        if self._damage is None:
            self._checked_at = clean_stamp.now_text()

    def found_damaged(self, problem: str) -> None:
        """A check found the file damaged: every write is refused from now on, and its
        clean-close note (if any) is gone: the next start waits for its check."""
        self._damage = problem
        self._checked_at = None
        path = self.sqlite_path
        if path is not None:
            clean_stamp.invalidate(path)

    def forget_sound(self) -> None:
        """The file was replaced (a restore): no clean-close note until a check says so."""
        self._checked_at = None

    @property
    def damage(self) -> str | None:
        """What a check found wrong with the file (None: nothing found)."""
        return self._damage

    def _refuse_if_damaged(self) -> None:
        if self._damage is not None:
            raise self.damaged(self._damage)

    def _refusal(self, error: SADatabaseError) -> DatabaseUnavailable | None:
        if _damaged(error):
            self.forget_sound()
            return self.damaged(_first_line(error))
        if not isinstance(error, OperationalError | InterfaceError) or not _unavailable(error):
            return None
        login = "authentication failed" in str(error.orig)
        template = _BAD_LOGIN if login else _UNAVAILABLE
        return DatabaseUnavailable(template, where=self.describe(), detail=_first_line(error))

    def describe(self) -> str:
        """The database for a message: its file, or its URL without the password."""
        path = self.sqlite_path
        return str(path) if path else url_without_password(self.url)

    def dispose(self) -> None:
        """Close the connections; the last process to close a file known sound leaves its
        clean-close note (``ektp_desk.clean_stamp``); a start-up check still reading the file
        is stopped first (its connection would keep this close from being the last)."""
        path = self.sqlite_path
        if path is not None:
            file_check.stop_check(path)
        self.engine.dispose()
        if path is not None and self._checked_at is not None and self._damage is None:
            clean_stamp.write_if_quiet(path, self._checked_at)


_DAMAGED = QT_TRANSLATE_NOOP(
    "core",
    "the file {where} is damaged ({detail}): restore the last good backup with "
    "`ektp-desk restore FILE`",
)
_BAD_LOGIN = QT_TRANSLATE_NOOP(
    "core", "the database {where} refused the user name or password ({detail}); check the --db URL"
)
_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "core",
    "the database {where} cannot be used right now ({detail}); nothing was saved, try again "
    "in a moment",
)
_SQLITE_UNAVAILABLE = ("locked", "unable to open", "disk i/o", "readonly", "busy")


def _unavailable(error: DBAPIError) -> bool:
    if error.connection_invalidated:
        return True
    original = error.orig
    if type(original).__module__.startswith("psycopg"):
        return True  # psycopg's OperationalError: connection refused, lost, server shut down
    text = str(original).lower()
    return any(word in text for word in _SQLITE_UNAVAILABLE)


def _damaged(error: DBAPIError) -> bool:
    text = str(error.orig).lower()
    return "not a database" in text or "malformed" in text


def _first_line(error: DBAPIError) -> str:
    lines = str(error.orig).strip().splitlines()
    return lines[0] if lines else type(error.orig).__name__


def _make_engine(url: str, dialect: str) -> Engine:
    if dialect != "sqlite":
        server = create_engine(url, pool_pre_ping=True)
        clock.follow_server(server)  # the office's one clock is the server's
        return server
    database = make_url(url).database
    if database and database != ":memory:":
        from ektp_desk.network_share import refuse_network_share

        refuse_network_share(Path(database))
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    if database and database != ":memory:":
        note_of = Path(database)  # deleted before this connection can write (clean_stamp)
        event.listen(engine, "connect", lambda *_: clean_stamp.invalidate(note_of))
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let us, not the driver, decide when a transaction begins (SQLAlchemy's pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a confirmed print survives a power cut, even in WAL mode.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.close()


def _begin_sqlite_transaction(conn: Connection) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())
