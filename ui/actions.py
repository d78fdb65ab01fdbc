"""The window's actions as a typed table: what each is called, its key, who may use it, and
which menu holds it. Controllers bind their slots to an ``Act``; nothing is looked up by name.
(Picard keeps its actions the same way: an enum and a registry, ``ui/enums.py``.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ektp_desk.i18n import QT_TRANSLATE_NOOP

Key = str | QKeySequence.StandardKey
CONTEXT = "MainWindow"


class Act(Enum):
    NEXT = auto()
    PRINTED = auto()
    SPOILED = auto()
    RELEASE = auto()
    RIBBON = auto()
    FILM = auto()
    SCAN = auto()
    IMPORT = auto()
    RECEIVE = auto()
    ADJUST = auto()
    ORDER = auto()
    REFRESH = auto()
    HANDOVER = auto()
    BERITA = auto()
    NOTICE = auto()
    DAILY = auto()
    DESTROY = auto()
    AUDIT = auto()
    SETTINGS = auto()
    SIGN_OUT = auto()
    KEYS = auto()
    QUIT = auto()
    SHIFT_START = auto()
    SHIFT_END = auto()
    PENDING = auto()
    WHERE = auto()
    STATUS = auto()
    MESSAGES = auto()


class Menu(Enum):
    FILE = QT_TRANSLATE_NOOP("MainWindow", "&File")
    COUNTER = QT_TRANSLATE_NOOP("MainWindow", "&Counter")
    STOCK = QT_TRANSLATE_NOOP("MainWindow", "&Stock")
    SHIFT = QT_TRANSLATE_NOOP("MainWindow", "Shif&t")
    CITIZENS = QT_TRANSLATE_NOOP("MainWindow", "C&itizens")
    HELP = QT_TRANSLATE_NOOP("MainWindow", "&Help")


class Submenu(Enum):
    """A menu inside a menu (File ▸ Reports)."""

    REPORTS = QT_TRANSLATE_NOOP("MainWindow", "&Reports")


@dataclass(frozen=True)
class ActionSpec:
    act: Act
    text: str  # English source text, translated in the window's context
    key: Key
    object_name: str  # for tests and style sheets: "actPrinted"
    leads_only: bool = False
    always: bool = False  # usable before the office opens and while a job runs


# In menu order; None is a separator.
ACTIONS: Final[tuple[ActionSpec, ...]] = (
    ActionSpec(Act.NEXT, QT_TRANSLATE_NOOP("MainWindow", "Take next record"), "F2", "actNext"),
    ActionSpec(Act.PRINTED, QT_TRANSLATE_NOOP("MainWindow", "Printed"), "F5", "actPrinted"),
    ActionSpec(Act.SPOILED, QT_TRANSLATE_NOOP("MainWindow", "Spoiled…"), "F8", "actSpoiled"),
    ActionSpec(Act.RELEASE, QT_TRANSLATE_NOOP("MainWindow", "Back to queue"), "F9", "actRelease"),
    ActionSpec(Act.RIBBON, QT_TRANSLATE_NOOP("MainWindow", "Change ribbon"), "F6", "actRibbon"),
    ActionSpec(Act.FILM, QT_TRANSLATE_NOOP("MainWindow", "Change film"), "F7", "actFilm"),
    ActionSpec(Act.SCAN, QT_TRANSLATE_NOOP("MainWindow", "Scan / search NIK"), "F3", "actScan"),
    ActionSpec(Act.IMPORT, QT_TRANSLATE_NOOP("MainWindow", "Import records…"), "Ctrl+I",
               "actImport"),
    ActionSpec(Act.RECEIVE, QT_TRANSLATE_NOOP("MainWindow", "Receive stock…"), "Ctrl+D",
               "actReceive", leads_only=True),
    ActionSpec(Act.ADJUST, QT_TRANSLATE_NOOP("MainWindow", "Correct stock…"), "Ctrl+K",
               "actAdjust", leads_only=True),
    ActionSpec(Act.ORDER, QT_TRANSLATE_NOOP("MainWindow", "Delivery on the way…"),
               "Ctrl+Shift+D", "actOrder", leads_only=True),
    ActionSpec(Act.REFRESH, QT_TRANSLATE_NOOP("MainWindow", "Refresh"), "Ctrl+R", "actRefresh"),
    ActionSpec(Act.HANDOVER, QT_TRANSLATE_NOOP("MainWindow", "Handover report of a shift…"),
               "Ctrl+Shift+X", "actHandover"),
    ActionSpec(Act.BERITA, QT_TRANSLATE_NOOP("MainWindow", "Berita acara of spoiled blanks…"),
               "Ctrl+Shift+B", "actBerita"),
    ActionSpec(Act.NOTICE, QT_TRANSLATE_NOOP("MainWindow", "Public stock notice…"),
               "Ctrl+Shift+N", "actNotice", leads_only=True),
    ActionSpec(Act.DAILY, QT_TRANSLATE_NOOP("MainWindow", "Daily report…"), "Ctrl+Shift+R",
               "actDaily", leads_only=True),
    ActionSpec(Act.DESTROY, QT_TRANSLATE_NOOP("MainWindow", "Invalid cards and destruction…"),
               "Ctrl+Shift+V", "actDestroy", leads_only=True),
    ActionSpec(Act.AUDIT, QT_TRANSLATE_NOOP("MainWindow", "Audit log…"), "Ctrl+Shift+A",
               "actAudit", leads_only=True),
    ActionSpec(Act.SETTINGS, QT_TRANSLATE_NOOP("MainWindow", "Settings…"), "Ctrl+,",
               "actSettings"),
    ActionSpec(Act.SIGN_OUT, QT_TRANSLATE_NOOP("MainWindow", "Sign out"), "Ctrl+Shift+Q",
               "actSignOut"),
    ActionSpec(Act.KEYS, QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts"), "F1", "actKeys",
               always=True),
    ActionSpec(Act.QUIT, QT_TRANSLATE_NOOP("MainWindow", "Quit"), QKeySequence.StandardKey.Quit,
               "actQuit", always=True),
    ActionSpec(Act.SHIFT_START, QT_TRANSLATE_NOOP("MainWindow", "Start shift…"), "Ctrl+Shift+S",
               "actShiftStart", leads_only=True),
    ActionSpec(Act.SHIFT_END, QT_TRANSLATE_NOOP("MainWindow", "End shift…"), "Ctrl+Shift+E",
               "actShiftEnd", leads_only=True),
    ActionSpec(Act.PENDING, QT_TRANSLATE_NOOP("MainWindow", "Cards left at a printer…"),
               "Ctrl+Shift+P", "actPending"),
    ActionSpec(Act.WHERE, QT_TRANSLATE_NOOP("MainWindow", "Where the last shift stopped…"),
               "Ctrl+Shift+H", "actWhere"),
    ActionSpec(Act.STATUS, QT_TRANSLATE_NOOP("MainWindow", "Card status for a citizen…"), "F4",
               "actStatus"),
    ActionSpec(Act.MESSAGES, QT_TRANSLATE_NOOP("MainWindow", "Ready-to-collect messages…"),
               "Ctrl+Shift+M", "actMessages"),
)  # fmt: skip

Entry = Act | tuple[Submenu, tuple[Act, ...]] | None
MENUS: Final[tuple[tuple[Menu, tuple[Entry, ...]], ...]] = (
    (Menu.FILE, (Act.IMPORT, None, Act.HANDOVER, Act.BERITA,
                 (Submenu.REPORTS, (Act.DAILY, Act.NOTICE, Act.DESTROY)), Act.AUDIT, None,
                 Act.SETTINGS, None, Act.SIGN_OUT, Act.QUIT)),
    (Menu.COUNTER, (Act.NEXT, Act.PRINTED, Act.SPOILED, Act.RELEASE, None, Act.SCAN,
                    Act.REFRESH)),
    (Menu.STOCK, (Act.RIBBON, Act.FILM, None, Act.RECEIVE, Act.ADJUST, Act.ORDER)),
    (Menu.SHIFT, (Act.SHIFT_START, Act.SHIFT_END, None, Act.PENDING, Act.WHERE)),
    (Menu.CITIZENS, (Act.STATUS, Act.MESSAGES)),
    (Menu.HELP, (Act.KEYS,)),
)  # fmt: skip

# Need stock on the station to be useful: off while the station cannot print.
PRINTING: Final = (Act.NEXT, Act.PRINTED, Act.SPOILED)


class ActionTable:
    """One QAction per ``ActionSpec``, owned by the window; ``table[Act.PRINTED]``."""

    def __init__(self, window: QMainWindow) -> None:
        self._specs = {spec.act: spec for spec in ACTIONS}
        self._actions: dict[Act, QAction] = {}
        self._lead = False
        self._busy = False
        self._can_print = True
        self._opened = False
        for spec in ACTIONS:
            action = QAction(QCoreApplication.translate(CONTEXT, spec.text), window)
            action.setObjectName(spec.object_name)
            action.setShortcut(QKeySequence(spec.key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
            self._actions[spec.act] = action
        self._apply()

    def __getitem__(self, act: Act) -> QAction:
        return self._actions[act]

    def bind(self, act: Act, slot: Callable[[], object]) -> None:
        self._actions[act].triggered.connect(lambda _checked=False: slot())

    def fill_menus(self, window: QMainWindow) -> dict[Menu, QMenu]:
        """The window's menus, filled with their actions; returned for additions."""
        menus: dict[Menu, QMenu] = {}
        for menu, acts in MENUS:
            bar = window.menuBar().addMenu(QCoreApplication.translate(CONTEXT, menu.value))
            menus[menu] = bar
            for act in acts:
                if act is None:
                    bar.addSeparator()
                elif isinstance(act, tuple):
                    inner = bar.addMenu(QCoreApplication.translate(CONTEXT, act[0].value))
                    for one in act[1]:
                        inner.addAction(self._actions[one])
                else:
                    bar.addAction(self._actions[act])
        return menus

    def open_for(self, *, lead: bool) -> None:
        """The office is open for this person: the actions their role may use."""
        self._opened, self._lead = True, lead
        self._apply()

    def set_busy(self, busy: bool) -> None:
        """While a write runs nothing else may start (keys and menus included)."""
        self._busy = busy
        self._apply()

    def set_can_print(self, can_print: bool) -> None:
        self._can_print = can_print
        self._apply()

    def _apply(self) -> None:
        for act, action in self._actions.items():
            spec = self._specs[act]
            allowed = self._lead or not spec.leads_only
            action.setVisible(allowed or not self._opened)
            action.setEnabled(
                spec.always
                or (self._opened and allowed and not self._busy
                    and (self._can_print or act not in PRINTING))
            )  # fmt: skip
