"""Start-up in one place: logging, error hook, language, database, first start, sign-in."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ektp_desk import demo, paths, users
from ektp_desk.backup import integrity_problems
from ektp_desk.db import Database
from ektp_desk.errors import Refused
from ektp_desk.schema import init_database
from ui.buttons import inform
from ui.feedback import refusal_text, show_unexpected
from ui.first_start import DEMO_RECORDS, FirstStartDialog, OfficeSetupDialog
from ui.login import LoginDialog, Operator
from ui.main_window import MainWindow

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
LANGUAGES = {"id": "id_ID", "en": "en_US"}


def settings() -> QSettings:
    """Per-PC preferences (station, language, last user) beside the database."""
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("e-KTP Desk")
    app.setOrganizationName("Disdukcapil")
    style = RESOURCES / "style.qss"
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
    for folder, name in ((RESOURCES / "translations", f"ektp_desk_{locale}"),
                         (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                          f"qtbase_{locale.split('_')[0]}")):  # fmt: skip
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def setup_logging() -> Path:
    folder = paths.data_dir() / "logs"
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
    first setup."""
    problems = integrity_problems(db, quick=True)
    if problems:
        inform(parent, "e-KTP Desk", refusal_text(db.damaged(problems[0])),
               icon=QMessageBox.Icon.Critical)  # fmt: skip
        return False
    try:
        init_database(db)
    except Refused as error:
        inform(parent, "e-KTP Desk", refusal_text(error), icon=QMessageBox.Icon.Critical)
        return False
    if users.list_users(db):
        return True
    choice = FirstStartDialog(parent).exec()
    if choice == FirstStartDialog.DEMO:
        return fill_demo(db, parent)
    if choice == FirstStartDialog.SETUP:
        return bool(OfficeSetupDialog(db, parent).exec())
    return False


def fill_demo(db: Database, parent: QWidget | None = None) -> bool:
    progress = QProgressDialog(QApplication.translate("app", "Creating the demo office…"), "", 0,
                               DEMO_RECORDS, parent)  # fmt: skip
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    try:
        result = demo.fill_demo(db, records=DEMO_RECORDS, progress=progress.setValue)
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


def sign_in(db: Database, prefs: QSettings) -> Operator | None:
    dialog = LoginDialog(db, prefs)
    return dialog.operator if dialog.exec() else None


def run(db: Database, *, operator: Operator | None = None, quit_after_show: bool = False) -> int:
    """The GUI: returns the process exit status."""
    app = application()
    prefs = settings()
    log_folder = setup_logging()
    install_exception_hook()
    log.info("starting on %s (logs in %s)", db.url, log_folder)
    install_language(app, str(prefs.value("ui/language", "id")))
    if not open_office(db):
        return 1
    while True:  # "sign out" hands the PC to the next operator
        install_language(app, str(prefs.value("ui/language", "id")))
        operator = operator or sign_in(db, prefs)
        if operator is None:
            return 0
        window = MainWindow(db, operator, prefs)
        window.resize(1280, 800)
        window.show()
        QTimer.singleShot(0, window.offer_pending)  # cards a closed or crashed PC left
        if quit_after_show:
            QTimer.singleShot(0, app.quit)
        status = app.exec()
        if not window.signed_out or quit_after_show:
            return status
        operator = None
