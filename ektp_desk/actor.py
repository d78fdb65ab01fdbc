"""Who acts: the authenticated person behind every change, passed to every front-door action.

An ``Actor`` is made only by signing in (``ektp_desk.users.authenticate``, or a stored
``ektp-desk login`` session): a name typed on the command line proves nothing. The action
checks the role again inside its own transaction, so a user made inactive or demoted since
signing in is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from ektp_desk.domain import Role


@dataclass(frozen=True)
class Actor:
    user_id: int
    name: str
    role: Role
    station: str | None = None  # the print station signed in at; None at an office PC

    def describe(self) -> str:
        """``name`` or ``name@station``, as the audit log shows who acted and where."""
        return f"{self.name}@{self.station}" if self.station else self.name
