"""The public stock notice's words (Bahasa Indonesia: it is read by citizens) and the rule
for the office's complaint contact. Light on purpose: the settings' declarations import it."""

from __future__ import annotations

import re
from typing import Final

from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

TITLE: Final = "PENGUMUMAN KETERSEDIAAN BLANGKO KTP-EL"
AS_OF: Final = "Keadaan pada awal hari, pukul 00.00"
BLANKS: Final = "Blangko KTP-el tersedia"
PRINTED: Final = "KTP-el dicetak kemarin"
WAITING: Final = "Rekaman menunggu dicetak"
PIECES: Final = "keping"
RECORDS: Final = "rekaman"
COLLECT: Final = "Pengambilan KTP-el"
FREE_ABOVE: Final = "LAYANAN INI"
FREE: Final = "GRATIS"
FREE_BELOW: Final = "tidak dipungut biaya"
COMPLAINT: Final = "Pengaduan"
MADE: Final = "Dibuat"

DEFAULT_HOURS: Final = "Senin–Jumat 08.00–15.00"

# A phone or WhatsApp number (8 to 15 digits, spaces, dots, dashes or brackets between),
# an e-mail address, or a web address (lapor.go.id, https://...).
_PHONE: Final = re.compile(r"\+?\d[\d\s().-]{6,}\d")
_EMAIL: Final = re.compile(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}")
_WEB: Final = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:id|com|org|net)\b")
_DIGITS_PER_NUMBER: Final = range(8, 16)


def check_contact(text: str) -> None:
    """A complaint contact a citizen can use: it holds a phone or WhatsApp number, an e-mail
    address or a web address. Empty is allowed here (an office without a notice yet); the
    notice itself refuses to be made without one."""
    if not text.strip() or has_contact(text):
        return
    raise Refused(
        QT_TRANSLATE_NOOP(
            "core",
            "the complaint contact must hold a phone or WhatsApp number, an e-mail address or "
            "a web address (got '{text}')",
        ),
        text=text[:60],
    )


def has_contact(text: str) -> bool:
    phones = (sum(c.isdigit() for c in m.group()) for m in _PHONE.finditer(text))
    return (
        any(count in _DIGITS_PER_NUMBER for count in phones)
        or _EMAIL.search(text) is not None
        or _WEB.search(text) is not None
    )


def number(value: int) -> str:
    """1.234 (the Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")
