"""Password and PIN hashes: scrypt over an HMAC of the password with the office secret.

``scrypt-hmac$<secret id>$N$r$p$salt$digest``: the digest is scrypt(HMAC-SHA256(secret,
password)). Without the secret (kept outside the database) a copied file gives a guesser
nothing to test a PIN against. Hashes made before the secret (``scrypt$N$r$p$salt$digest``)
still verify, and are replaced at the user's next successful sign-in.

Every check costs exactly one scrypt, known account or not (``DUMMY`` stands in for a missing
one): the answer's time says nothing about which names exist.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from typing import Final

from ektp_desk import office_secret
from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

SCHEME: Final = "scrypt-hmac"
OLD_SCHEME: Final = "scrypt"
_N, _R, _P = 2**14, 8, 1


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


# A hash of no password at all (random salt and digest, made without any work): checked in
# place of a missing account's, so an unknown name costs what a known one costs.
DUMMY: Final = (
    f"{OLD_SCHEME}${_N}${_R}${_P}${_b64(secrets.token_bytes(16))}${_b64(secrets.token_bytes(64))}"
)


def hash_password(password: str, secret: bytes) -> str:
    salt = secrets.token_bytes(16)
    digest = kdf(_peppered(password, secret), salt, _N, _R, _P)
    sid = office_secret.secret_id(secret)
    return f"{SCHEME}${sid}${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str, secret: bytes | None) -> bool:
    """Whether ``password`` is the one ``stored`` was made from; always one scrypt's work."""
    parts = stored.split("$")
    if len(parts) == 7 and parts[0] == SCHEME:
        _scheme, sid, *params = parts
        usable = secret is not None and office_secret.secret_id(secret) == sid
        given = _peppered(password, secret) if usable and secret else password.encode()
        return _check(given, params) and usable
    if len(parts) == 6 and parts[0] == OLD_SCHEME:
        return _check(password.encode(), parts[1:])
    _check(password.encode(), DUMMY.split("$")[1:])  # the same work for a broken hash
    return False


def needs_upgrade(stored: str, secret: bytes) -> bool:
    """A hash made without the office secret, or with other parameters, to be made anew."""
    prefix = f"{SCHEME}${office_secret.secret_id(secret)}${_N}${_R}${_P}$"
    return not stored.startswith(prefix)


def secret_id_of(stored: str) -> str | None:
    parts = stored.split("$")
    return parts[1] if len(parts) == 7 and parts[0] == SCHEME else None


def refuse_foreign_secret(office_id: str | None, secret: bytes | None) -> None:
    """Refuse on a PC whose secret is not the one the office's hashes were made with: the
    same refusal for every name, before any account is looked at."""
    if office_id is None or (secret is not None and office_secret.secret_id(secret) == office_id):
        return
    raise Refused(
        QT_TRANSLATE_NOOP(
            "core",
            "this PC does not hold the office secret {secret_id} that the passwords need: "
            "install it with `ektp-desk office-secret --install` (from `--show` on a PC "
            "that has it)",
        ),
        secret_id=office_id,
    )


def kdf(material: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    """The slow part, once per check (tests count its calls)."""
    return hashlib.scrypt(material, salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024)


def _check(material: bytes, params: list[str]) -> bool:
    try:
        n, r, p, salt, digest = params
        actual = kdf(material, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, base64.b64decode(digest))


def _peppered(password: str, secret: bytes) -> bytes:
    return hmac.new(secret, password.encode(), hashlib.sha256).digest()
