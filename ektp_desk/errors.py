"""Errors the core raises for an action it refuses. The message is for the user.

A refusal carries an English template and its fields: ``str(error)`` is the English sentence
(CLI, logs); the GUI translates ``error.template`` in the "core" context and fills in
``error.params``. Templates are marked with ``QT_TRANSLATE_NOOP("core", ...)`` at the raise.
"""

from __future__ import annotations


class Refused(Exception):
    """An action the rules do not allow; nothing was changed. ``str()`` is one clear sentence."""

    def __init__(self, template: str, /, **params: object) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


class NotFound(Refused):
    """A named thing (record, station, user) does not exist."""


class OutOfStock(Refused):
    """Printing is impossible: a blank, the ribbon or the film is missing."""


class PermissionDenied(Refused):
    """The user's role does not allow this action."""


class DatabaseError(Refused):
    """The database cannot be used (missing schema, too new, unreachable)."""


class DatabaseUnavailable(DatabaseError):
    """The database cannot be reached or is locked; the action was not saved."""
