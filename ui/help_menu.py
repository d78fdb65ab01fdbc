"""Help ▸ About (the version, from ektp_desk.__version__) and Help ▸ Self-check (the same
checks as ``ektp-desk self-check``, run on a worker, shown line by line)."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ektp_desk import SIGNATURE
from ui.tasks import Jobs


def add_help_actions(window: QMainWindow, menu: QMenu, jobs: Jobs) -> None:
    """Append "Self-check…" and "About e-KTP Desk" to the window's Help menu; the check runs
    on the window's ``jobs``."""
    check = QAction(QCoreApplication.translate("HelpMenu", "Self-check…"), window)
    check.setObjectName("actSelfCheck")
    check.triggered.connect(lambda: start_self_check(window, jobs))
    about = QAction(QCoreApplication.translate("HelpMenu", "About e-KTP Desk"), window)
    about.setObjectName("actAbout")
    about.triggered.connect(lambda: show_about(window))
    menu.addSeparator()
    menu.addAction(check)
    menu.addAction(about)


def about_text() -> str:
    text = QCoreApplication.translate(
        "HelpMenu",
        "{product}\nPrint-queue manager for the e-KTP print counter.\n\n"
        "Python {python}, Qt {qt}, {system}",
    )
    return text.format(
        product=SIGNATURE,
        python=platform.python_version(),
        qt=qVersion(),
        system=platform.platform(terse=True),
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("HelpMenu", "About e-KTP Desk"), about_text()
    )


def start_self_check(window: QMainWindow, jobs: Jobs) -> SelfCheckDialog:
    from ektp_desk.api import files

    db = getattr(window, "db", None)
    url = db.url if db is not None else files.database_url()
    dialog = SelfCheckDialog(window)
    dialog.show()
    jobs.run(lambda: _run(url), dialog.show_lines,
             lambda error: dialog.show_lines([f"FAILED: {error}"]))  # fmt: skip
    return dialog


def _run(url: str) -> list[str]:
    from ektp_desk.api import office

    return office.self_check(url)


class SelfCheckDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HelpMenu", "Self-check"))
        self.text = QPlainTextEdit(
            QCoreApplication.translate("HelpMenu", "Checking this installation…")
        )
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(900, 320)

    def show_lines(self, lines: list[str]) -> None:
        self.text.setPlainText("\n".join(lines))
