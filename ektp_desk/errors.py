"""Errors the core raises for an action it refuses. The message is for the user."""

from __future__ import annotations


class Refused(Exception):
    """An action the rules do not allow; nothing was changed. ``str()`` is one clear sentence."""


class NotFound(Refused):
    """A named thing (record, station, user) does not exist."""


class OutOfStock(Refused):
    """Printing is impossible: a blank, the ribbon or the film is missing."""


class PermissionDenied(Refused):
    """The user's role does not allow this action."""


class DatabaseError(Exception):
    """The database cannot be used (missing schema, too new, unreachable)."""
