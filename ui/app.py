"""Start-up in one place: logging, error hook, language, database, first start, sign-in.

The order is what a person sees: the window's frame first (Qt alone, ~0.3 s), then the
database layer loads, the office file is checked and upgraded, the operator signs in over
the window, and the window fills in. Only Qt and the light modules load before the frame
paints; SQLAlchemy, Alembic and the dialogs load after (docs/PERFORMANCE.md, start-up).
"""

from __future__ import annotations

import argparse
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ektp_desk.api import files
from ektp_desk.errors import Refused
from ui import gui_gc
from ui.buttons import inform
from ui.core_loading import DATABASE, DESK, load_core
from ui.damage_watch import DamageWatch
from ui.feedback import refusal_text, show_unexpected
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ektp_desk.api.office import Database
    from ui.login import Operator

log = logging.getLogger(__name__)
LANGUAGES = {"id": "id_ID", "en": "en_US"}


def settings() -> QSettings:
    """Per-PC preferences (station, language, last user) beside the database."""
    return QSettings(str(files.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    gui_gc.install(app)  # cycles are collected on this thread only (ui.gui_gc)
    app.setApplicationName("e-KTP Desk")
    app.setOrganizationName("Disdukcapil")
    if app.styleSheet():  # styled once: setting it again re-polishes every widget (~50 ms)
        return app
    try:
        style = files.style_sheet()
    except FileNotFoundError:
        log.error("the style sheet is not installed")
        return app
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


_installed: list[QTranslator] = []


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Bahasa Indonesia by default; English is the source text and needs no file."""
    locale = LANGUAGES.get(language, "id_ID")
    QLocale.setDefault(QLocale(locale))
    while _installed:
        app.removeTranslator(_installed.pop())
    translators = _installed
    try:
        ours = files.translation_binary(locale)
    except FileNotFoundError:  # a broken install: English, and `ektp-desk self-check` says why
        log.error("the translations are not installed")
        ours = Path(f"ektp_desk_{locale}")
    for folder, name in ((ours.parent, ours.stem),
                         (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                          f"qtbase_{locale.split('_')[0]}")):  # fmt: skip
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def setup_logging() -> Path:
    from logging.handlers import RotatingFileHandler  # (after the first paint: ~10 ms)

    folder = files.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "ektp-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return folder


def install_exception_hook() -> None:
    """An unexpected error is logged and shown in a dialog, never a bare traceback."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_unexpected(QApplication.activeWindow(), error.with_traceback(tb))

    sys.excepthook = hook


def open_office(db: Database, parent: QWidget | None = None) -> bool:
    """Check the file, create or upgrade the schema; on a new database offer demo data or a
    first setup. A file closed cleanly last time opens without waiting for its check; damage
    the check finds later is shown then, and the program ends (ui.damage_watch)."""
    from ektp_desk.api import office
    from ui.first_start import FirstStartDialog, OfficeSetupDialog

    watch = DamageWatch(db, parent)
    problems = office.check_at_start(db, watch.found.emit)  # not waited for if closed cleanly
    if problems:
        inform(parent, "e-KTP Desk", refusal_text(db.damaged(problems[0])),
               icon=QMessageBox.Icon.Critical)  # fmt: skip
        return False
    try:
        office.init_database(db)
    except Refused as error:
        inform(parent, "e-KTP Desk", refusal_text(error), icon=QMessageBox.Icon.Critical)
        return False
    if office.has_users(db):
        return True
    choice = FirstStartDialog(parent).exec()
    if choice == FirstStartDialog.DEMO:
        return fill_demo(db, parent)
    if choice == FirstStartDialog.SETUP:
        return bool(OfficeSetupDialog(db, parent).exec())
    return False


def fill_demo(db: Database, parent: QWidget | None = None) -> bool:
    from ektp_desk.api import office
    from ui.first_start import DEMO_RECORDS

    progress = QProgressDialog(QApplication.translate("app", "Creating the demo office…"), "", 0,
                               DEMO_RECORDS, parent)  # fmt: skip
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    try:
        result = office.fill_demo(db, records=DEMO_RECORDS, progress=progress.setValue)
    except Refused as error:
        inform(parent, "e-KTP Desk", refusal_text(error), icon=QMessageBox.Icon.Warning)
        return False
    finally:
        progress.close()
    logins = "\n".join(f"{x.name} / {x.password}" for x in result.logins)
    inform(parent, QApplication.translate("app", "Demo office ready"),
                            QApplication.translate("app", "Sign in with one of these users "
                                                   "(user / password):\n\n{logins}").format(
                                logins=logins))  # fmt: skip
    return True


def sign_in(db: Database, prefs: QSettings, parent: QWidget | None = None) -> Operator | None:
    from ui.login import LoginDialog

    dialog = LoginDialog(db, prefs, parent)
    return dialog.operator if dialog.exec() else None


def language(prefs: QSettings) -> str:
    return str(prefs.value("ui/language", "id"))


def show_frame(prefs: QSettings) -> MainWindow:
    """The window's frame, shown and painted: what a person sees first, greyed until the
    office is open. Returns once its first paint pass is over (or after two seconds, e.g.
    on a screen that never exposes it)."""
    window = MainWindow(prefs)
    window.resize(1280, 800)
    loop = QEventLoop()
    window.painted.connect(lambda: QTimer.singleShot(0, loop.quit))  # after the whole pass
    QTimer.singleShot(2000, loop.quit)
    window.show()
    loop.exec()
    return window


def start(url: str, options: argparse.Namespace) -> int:
    """``ektp-desk [gui]``: the process exit status. ``url`` is the office database; the
    options are those of ``ektp_desk.window_options``."""
    app = application()
    prefs = settings()
    install_exception_hook()
    check_file_early(url)  # SQLite reads the file while the frame paints and the core loads
    install_language(app, language(prefs))
    window = show_frame(prefs)
    log_folder = setup_logging()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        db = open_database(url, window)
        if db is None:
            return 1
    finally:
        QApplication.restoreOverrideCursor()
    log.info("starting on %s (logs in %s)", db.describe(), log_folder)
    try:
        if not open_office(db, window):
            return 1
        operator = None
        if options.user:
            operator = operator_from_options(db, options)
            if operator is None:
                return 1
        status = run(db, window, operator=operator, quit_after_show=options.quit_after_show)
        return 1 if db.damage else status  # damage found after opening (ui.damage_watch)
    finally:
        db.dispose()


def check_file_early(url: str) -> None:
    """Start SQLite's check of the office file now, on a thread: it reads the file (~0.7 s at
    a million records) while the frame paints and SQLAlchemy and Alembic load, and
    ``open_office`` takes its answer (ektp_desk.file_check). Started after the frame, the
    check was still running when the core had loaded: the queue painted ~0.25 s later at a
    million records; started first, it costs the frame nothing measurable (~10 ms of
    imports, within the run-to-run spread)."""
    files.start_file_check(url)


def open_database(url: str, parent: QWidget) -> Database | None:
    """The database layer loads here, after the frame painted; a URL it cannot use is said
    in a dialog."""
    load_core(DATABASE)
    from sqlalchemy.exc import SQLAlchemyError

    from ektp_desk.api.office import Database, url_without_password

    try:
        return Database(url)
    except Refused as error:  # e.g. an SQLite file on a network share
        inform(parent, "e-KTP Desk", refusal_text(error), icon=QMessageBox.Icon.Critical)
        return None
    except (SQLAlchemyError, ValueError) as error:
        inform(parent, "e-KTP Desk",
               QApplication.translate("app", "Cannot use the database {url}: {error}").format(
                   url=url_without_password(url), error=error),
               icon=QMessageBox.Icon.Critical)  # fmt: skip
        return None


def operator_from_options(db: Database, options: argparse.Namespace) -> Operator | None:
    """``--user`` (and ``--password-stdin``): sign in without the dialog, as a kiosk start or
    a script does; a refusal is one line on stderr, as the command line says it."""
    from ektp_desk.api import office

    if not options.station:
        print("ektp-desk: --user needs --station: the print station this PC is", file=sys.stderr)
        return None
    password = sys.stdin.readline().rstrip("\r\n") if options.password_stdin else ""
    # The password's hash (scrypt, ~25-50 ms, outside Python's lock) is checked on a thread
    # while the desk's modules load here: the two overlap on a PC with two cores.
    with ThreadPoolExecutor(1, thread_name_prefix="sign-in") as signing:
        signed = signing.submit(office.sign_in, db, options.user, password,
                                station=options.station or None)  # fmt: skip
        load_core(DESK)
    try:
        return signed.result()
    except Refused as error:
        print(f"ektp-desk: {error}", file=sys.stderr)
        return None


def run(
    db: Database,
    window: MainWindow | None = None,
    *,
    operator: Operator | None = None,
    quit_after_show: bool = False,
) -> int:
    """Sign in over the window, open the counter, and run until the window closes; "sign
    out" hands the PC to the next operator on a fresh window."""
    app = application()
    prefs = window.settings if window is not None else settings()
    while True:
        window = window or show_frame(prefs)
        operator = operator or sign_in(db, prefs, window)
        if operator is None:
            return 0
        load_core(DESK)  # loaded already when the command line signed in
        window.open_desk(db, operator)
        QTimer.singleShot(0, window.offer_pending)  # cards a closed or crashed PC left
        if quit_after_show:  # once the office's first picture is on screen
            window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
        status = app.exec()
        if not window.signed_out or quit_after_show:
            return status
        operator, window = None, None
        install_language(app, language(prefs))
