"""Showing the core's refusals and unexpected errors to a person, in their language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ektp_desk.errors import Refused
from ektp_desk.i18n import CORE_CONTEXT, Message
from ui.buttons import inform

log = logging.getLogger(__name__)


def translated(message: Message) -> str:
    """A core sentence in the interface language (English when no translation exists)."""
    template = QCoreApplication.translate(CORE_CONTEXT, message.template)
    try:
        return template.format(**message.params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        log.warning("translation of %r does not fit its fields", message.template)
        return str(message)


def sentence(message: Message) -> str:
    """A core message, translated, starting with a capital letter."""
    text = translated(message)
    return text[:1].upper() + text[1:]


def refusal_text(error: Refused) -> str:
    return sentence(Message(error.template, error.params))


def show_refusal(parent: QWidget | None, error: Refused) -> None:
    inform(
        parent,
        QCoreApplication.translate("feedback", "Not done"),
        refusal_text(error),
        icon=QMessageBox.Icon.Warning,
    )


def show_failure(parent: QWidget, line: QLabel, error: Exception) -> None:
    """A worker's failure in a dialog: a refusal in the dialog's own error line, anything
    else in a box (and the log)."""
    if isinstance(error, Refused):
        line.setText(refusal_text(error))
    else:
        show_unexpected(parent, error)


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    inform(
        parent,
        QCoreApplication.translate("feedback", "Unexpected error"),
        QCoreApplication.translate(
            "feedback",
            "Something went wrong and the action was not finished. Nothing was lost; the "
            "details are in the log file.\n\n{error}",
        ).format(error=str(error) or type(error).__name__),
        icon=QMessageBox.Icon.Critical,
    )
