"""Who acts: the authenticated person behind every change, passed to every front-door action.

An ``Actor`` is made only by signing in (``ektp_desk.users.authenticate``, or a stored
``ektp-desk login`` session): a name typed on the command line proves nothing. The action
checks the role again inside its own transaction, so a user made inactive or demoted since
signing in is refused.

A scheduled job acts as a *service account*: an ``Actor`` made from a service token
(``ektp_desk.service_tokens``), with ``service`` set. It is no user (``user_id`` 0), and the
front door lets it run its one job and nothing else (``ektp_desk.api._door``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ektp_desk.domain import Job, Role


@dataclass(frozen=True)
class ServiceAccount:
    """The service token an actor signed in with, and the one job it may run."""

    token_id: int
    job: Job


@dataclass(frozen=True)
class Actor:
    user_id: int
    name: str
    role: Role
    station: str | None = None  # the print station signed in at; None at an office PC
    service: ServiceAccount | None = None  # a scheduled job's token, not a person

    def describe(self) -> str:
        """``name`` or ``name@station``, as the audit log shows who acted and where."""
        return f"{self.name}@{self.station}" if self.station else self.name
