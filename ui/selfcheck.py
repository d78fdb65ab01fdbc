"""The window part of ``ektp-desk self-check``: build the main window offscreen on the
self-check's demo database, see that it speaks Indonesian and is styled, and close it.

The core starts it as a process of its own (``main.py --window-check``, with
``QT_QPA_PLATFORM=offscreen`` and ``EKTP_DESK_DB`` naming its scratch database), so the core
never imports Qt. One line on stdout when the window works; one on stderr and exit 1 when not.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop, QTimer

ENGLISH_FILE_MENU = "&File"


def check_window() -> int:
    from ektp_desk.api import files, office
    from ektp_desk.api.office import Database
    from ui.app import application, install_language, settings
    from ui.main_window import MainWindow

    app = application()
    if not install_language(app, "id"):
        return _fail("the Indonesian translation did not load")
    if not app.styleSheet().strip():
        return _fail("the style sheet did not load")
    db = Database(files.database_url())
    try:
        window = MainWindow(settings())
        window.open_desk(db, office.sign_in(db, "operator1", "1234", station="Loket 1"))
        window.resize(1280, 800)
        window.show()
        _settle()
        menus = [action.text() for action in window.menuBar().actions()]
        rows = window.body.table.model().rowCount()
        window.close()
    finally:
        db.dispose()
    if not menus or menus[0] == ENGLISH_FILE_MENU:
        return _fail(f"the window is not in Indonesian (menus: {', '.join(menus)})")
    print(f"main window built offscreen on the demo office ({rows} queued rows) and closed: "
          f"menus {' '.join(m.replace('&', '') for m in menus)}; style sheet of "
          f"{len(app.styleSheet()):,} characters")  # fmt: skip
    return 0


def _settle() -> None:
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()


def _fail(reason: str) -> int:
    print(reason, file=sys.stderr)
    return 1
