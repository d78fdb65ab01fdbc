"""The office secret: a random key kept outside the database and mixed into every password hash.

A copied database file alone then reveals no PIN: each guess needs the secret as well as the
scrypt work. The secret lives in the OS keyring (``keyring``, where a real backend is there),
else in a file only the OS user may read, in the data folder; ``EKTP_DESK_SECRET_FILE`` points
a service (or a second office on one PC) at a file of its own. Every PC of one office holds the
same secret: ``ektp-desk office-secret --show`` on the first, ``--install`` on the others.

Each hash names the secret it was made with by a short id (not the secret), so a PC without the
office's secret says so instead of refusing every password as wrong.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import Any

from ektp_desk import paths
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

SECRET_FILE_ENV = "EKTP_DESK_SECRET_FILE"
KEYRING_SERVICE = "ektp-desk"
KEYRING_ENTRY = "office-secret"
_cache: dict[str, bytes] = {}


def secret_id(secret: bytes) -> str:
    """A short public name of a secret: tells two secrets apart, reveals nothing of either."""
    return hmac.new(secret, b"ektp-desk office secret id", hashlib.sha256).hexdigest()[:8]


def load() -> bytes | None:
    """This PC's office secret, or None when it holds none yet."""
    where = _place()
    if where in _cache:
        return _cache[where]
    text = _read_keyring() if where == "keyring" else _read_file(Path(where))
    secret = _parse(text) if text else None
    if secret is not None:
        _cache[where] = secret
    return secret


def ensure() -> bytes:
    """This PC's office secret, made now when there is none (the office's first password)."""
    secret = load()
    if secret is None:
        secret = secrets.token_bytes(32)
        _store(secret.hex())
    return secret


def install(text: str) -> str:
    """Keep the secret shown by ``--show`` on another PC of the office; its id."""
    secret = _parse(text.strip())
    if secret is None:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "that is not an office secret (64 hexadecimal digits)")
        )
    _store(secret.hex())
    return secret_id(secret)


def show() -> str:
    """The secret as text, to install on the office's other PCs."""
    secret = load()
    if secret is None:
        raise Refused(QT_TRANSLATE_NOOP("core", "this PC holds no office secret yet"))
    return secret.hex()


def where() -> str:
    """Where the secret is kept: "keyring" or a file's path."""
    return _place()


def _place() -> str:
    given = os.environ.get(SECRET_FILE_ENV)
    if given:
        return given
    if _keyring() is not None and not os.environ.get(paths.HOME_ENV):
        return "keyring"  # a portable or test home keeps its secret beside its data
    return str(paths.data_dir() / "office-secret")


def _store(text: str) -> None:
    place = _place()
    _cache.pop(place, None)
    keyring = _keyring()
    if place == "keyring" and keyring is not None:
        keyring.set_password(KEYRING_SERVICE, KEYRING_ENTRY, text)
        return
    path = Path(place)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    temporary.unlink(missing_ok=True)
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # the user only
    with os.fdopen(handle, "w") as stream:
        stream.write(text + "\n")
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def _read_file(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        return None


def _read_keyring() -> str | None:
    keyring = _keyring()
    return keyring.get_password(KEYRING_SERVICE, KEYRING_ENTRY) if keyring else None


def _keyring() -> Any:
    """The ``keyring`` module when it is installed and has a real backend, else None."""
    try:
        import keyring  # optional: ektp-desk[keyring]
        from keyring.backends import fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring) or backend.priority <= 0:
        return None
    return keyring


def _parse(text: str) -> bytes | None:
    try:
        secret = bytes.fromhex(text)
    except ValueError:
        return None
    return secret if len(secret) == 32 else None
