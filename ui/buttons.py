"""Standard buttons in the interface language.

Qt's own translations do not include Indonesian, so OK/Cancel/Yes/No would stay English:
every dialog labels its standard buttons through here instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from ektp_desk.i18n import QT_TRANSLATE_NOOP

Std = QDialogButtonBox.StandardButton
Msg = QMessageBox.StandardButton

_TEXTS = {
    "Ok": QT_TRANSLATE_NOOP("buttons", "OK"),
    "Cancel": QT_TRANSLATE_NOOP("buttons", "Cancel"),
    "Save": QT_TRANSLATE_NOOP("buttons", "Save"),
    "Close": QT_TRANSLATE_NOOP("buttons", "Close"),
    "Yes": QT_TRANSLATE_NOOP("buttons", "Yes"),
    "No": QT_TRANSLATE_NOOP("buttons", "No"),
}


def _text(name: str) -> str:
    return QCoreApplication.translate("buttons", _TEXTS[name])


def label_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    for name in _TEXTS:
        button = box.button(getattr(Std, name))
        if button is not None:
            button.setText(_text(name))
    return box


def buttons(*names: str) -> QDialogButtonBox:
    """A button box with these standard buttons ("Ok", "Cancel", "Save", "Close")."""
    flags = Std.NoButton
    for name in names:
        flags |= getattr(Std, name)
    return label_buttons(QDialogButtonBox(flags))


def message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
            *names: str) -> QMessageBox:  # fmt: skip
    box = QMessageBox(icon, title, text, Msg.NoButton, parent)
    for name in names or ("Ok",):
        box.addButton(getattr(Msg, name)).setText(_text(name))
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question in the interface language; True for yes."""
    box = message(parent, QMessageBox.Icon.Question, title, text, "Yes", "No")
    box.setDefaultButton(Msg.Yes)
    return box.exec() == Msg.Yes


def inform(parent: QWidget | None, title: str, text: str, *,
           icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:  # fmt: skip
    message(parent, icon, title, text).exec()
