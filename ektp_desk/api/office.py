"""The office: signing in, first start, users, stations, settings, and the database file
(create or upgrade, back up, restore, check, move to a server, demo data)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ektp_desk import backup as backups
from ektp_desk import clock, settings, stations, stock_books, users
from ektp_desk import sign_in as sessions
from ektp_desk.actor import Actor
from ektp_desk.api._door import action, job_action
from ektp_desk.chain_check import chain_problems
from ektp_desk.db import Database, url_without_password
from ektp_desk.domain import Job, Role
from ektp_desk.i18n import Message
from ektp_desk.migrate import MigrationReport
from ektp_desk.notify_text import TEMPLATE_FIELDS
from ektp_desk.office import first_start, has_users
from ektp_desk.office_secret import install as install_office_secret
from ektp_desk.office_secret import load as load_office_secret
from ektp_desk.office_secret import secret_id as office_secret_id
from ektp_desk.office_secret import show as show_office_secret
from ektp_desk.office_secret import where as office_secret_place
from ektp_desk.paths import database_url
from ektp_desk.pg_roles import grant_app_role
from ektp_desk.restore import Restored
from ektp_desk.schema import InitResult, head_revision, init_database, require_current
from ektp_desk.setting_specs import SPEC_OF, SPECS, UI, Kind, Page, SettingSpec
from ektp_desk.settings import (
    OfficeSettings,
    load_settings,
    parse_setting,
    setting_names,
    shown_value,
)
from ektp_desk.stations import PrinterSpec, StationInfo, list_stations
from ektp_desk.users import UserInfo, list_users

if TYPE_CHECKING:
    from ektp_desk.demo import DemoResult
    from ektp_desk.selfcheck import CheckResult

__all__ = [
    "SPECS",
    "SPEC_OF",
    "TEMPLATE_FIELDS",
    "UI",
    "Database",
    "InitResult",
    "Kind",
    "OfficeSettings",
    "Page",
    "PrinterSpec",
    "Restored",
    "SettingSpec",
    "StationInfo",
    "UserInfo",
    "add_station",
    "add_user",
    "backup",
    "chain_problems",
    "check_at_start",
    "clock_skew_warning",
    "database_url",
    "end_session",
    "fill_demo",
    "first_start",
    "grant_app_role",
    "has_users",
    "head_revision",
    "init_database",
    "install_office_secret",
    "integrity_problems",
    "ledger_mismatches",
    "list_stations",
    "list_users",
    "load_office_secret",
    "load_settings",
    "migrate_to",
    "office_secret_id",
    "office_secret_place",
    "open_session",
    "parse_setting",
    "require_current",
    "restore",
    "restore_sign_in_database",
    "save_settings",
    "self_check",
    "self_check_report",
    "self_checks",
    "session_actor",
    "setting_names",
    "show_office_secret",
    "shown_value",
    "sign_in",
    "unlock",
    "url_without_password",
]


def clock_skew_warning() -> Message | None:
    """A sentence for the sign-in when this PC's clock is off the database server's by more
    than a few minutes (the office uses the server's time)."""
    return clock.skew_warning()


def sign_in(db: Database, name: str, password: str, *, station: str | None = None) -> Actor:
    """The person, when the password or PIN is right; wrong ones count toward a lock-out."""
    return users.authenticate(db, name, password, station=station)


def open_session(db: Database, actor: Actor) -> str:
    """A command-line session for a person who has just signed in; returns its token."""
    return sessions.open_session(db, actor)


def session_actor(db: Database, token: str) -> Actor:
    """The person a live command-line session belongs to."""
    return sessions.session_actor(db, token)


def end_session(db: Database, token: str) -> bool:
    """``ektp-desk logout``: the session signs nobody in any more."""
    return sessions.end_session(db, token)


@action
def add_user(db: Database, actor: Actor, name: str, role: str, password: str) -> UserInfo:
    """Add an operator, lead or admin (admins)."""
    return users.add_user(db, name, role, password, by=actor.name)


@action
def add_station(
    db: Database, actor: Actor, name: str, printer: PrinterSpec | None = None
) -> StationInfo:
    """Add a print station with its printer model (admins)."""
    return stations.add_station(db, name, printer, by=actor.name)


@action
def save_settings(db: Database, actor: Actor, changes: dict[str, Any]) -> OfficeSettings:
    """Change office settings, all or none (leads and admins)."""
    return settings.save_settings(db, changes, operator=actor.name)


@job_action(Job.BACKUP)
def backup(db: Database, actor: Actor, out: Path | None = None) -> Path:
    """A consistent copy of the office file."""
    from ektp_desk import audit

    path = backups.backup(db, out, reason="scheduled" if actor.service else "manual")
    audit.record_now(db, "backup", user=actor.name, subject=path.name)
    return path


def restore_sign_in_database(db: Database, source: Path) -> Database:
    """Where the person restoring signs in: the office file, or the backup when the office
    file is missing or damaged."""
    from ektp_desk import restore as restoring

    return restoring.sign_in_database(db, source)


@action
def restore(db: Database, actor: Actor, source: Path, *, force: bool = False) -> Restored:
    """Put a backup in place of the office file, after checking the backup; refused while
    other stations are online unless forced. The file as it was is kept aside."""
    from ektp_desk import restore as restoring

    return restoring.restore(db, source, actor=actor, force=force)


@action
def migrate_to(db: Database, actor: Actor, target: Database) -> MigrationReport:
    """Copy this office into an empty database (a shared server) and verify the copy (admins)."""
    from ektp_desk.access import acting_user
    from ektp_desk.migrate import migrate_to as copy_office

    with db.read() as session:
        acting_user(session, actor, roles=(Role.ADMIN,))
    return copy_office(db, target)


def integrity_problems(db: Database, *, quick: bool = False) -> list[str]:
    """What SQLite's own check finds wrong in the office file (nothing on a server).
    ``quick`` is the check of every start-up (taking the answer of one begun early)."""
    return backups.integrity_problems(db, quick=quick)


def check_at_start(db: Database, on_damage: Callable[[str], object]) -> list[str]:
    """The start-up check of the office file: what it found wrong (empty: open the office).
    A file the program closed cleanly and nobody touched since is not waited for; damage
    found later makes ``db`` refuse writes, then calls ``on_damage`` on another thread."""
    return backups.check_at_start(db, on_damage)


def ledger_mismatches(db: Database) -> list[str]:
    """Balances that do not equal the sum of their ledger rows."""
    return stock_books.ledger_mismatches(db)


@action
def unlock(db: Database, actor: Actor, name: str) -> None:
    """Let a name locked by wrong passwords sign in again (leads and admins)."""
    from ektp_desk import lockout

    lockout.unlock(db, name, actor=actor)


def self_checks(configured_url: str) -> list[CheckResult]:
    """``ektp-desk self-check``: every check of an installation, each reported."""
    from ektp_desk.selfcheck import run_checks

    return run_checks(configured_url)


def self_check_report(results: list[CheckResult]) -> list[str]:
    """The lines to print: a heading, one line per check, and the verdict."""
    from ektp_desk.selfcheck import report

    return report(results)


def fill_demo(
    db: Database, *, records: int, progress: Callable[[int], None] | None = None
) -> DemoResult:
    """First start of a demo office: users, stations, stock and ``records`` queued records
    in an empty database (refused on one that holds data); returns the logins to show."""
    from ektp_desk import demo

    return demo.fill_demo(db, records=records, progress=progress)


def self_check(url: str) -> list[str]:
    """Help ▸ Self-check: one line per check of this installation and the office database
    at ``url`` (read-only)."""
    from ektp_desk.selfcheck import report, run_checks

    return report(run_checks(url))
