"""What a citizen's SMS asks, and the replies in Bahasa Indonesia.

People write ``KTP 3201...``, ``CEK#3201...``, ``cek ktp 3201 0123 4567 8901``, ``Status:
3201.0123.4567.8901`` or only the NIK: any case, a keyword or two in front, the 16 digits
grouped with spaces, dots or dashes. Anything else gets the help text with the format.

The replies are the office's words to citizens, always in Bahasa Indonesia (like the
ready-to-collect message in ``ektp_desk.notify_text``), not interface sentences: they are
written here as sent. They keep to the GSM alphabet, so a reply costs as few SMS as possible.
"""

from __future__ import annotations

import re
from typing import Final

from ektp_desk.nik import NIK_LENGTH

KEYWORDS: Final = ("CEK", "KTP", "KTPEL", "KTP-EL", "EKTP", "E-KTP", "STATUS", "INFO", "NIK")
_KEYWORD: Final = "|".join(re.escape(k) for k in sorted(KEYWORDS, key=len, reverse=True))
_QUESTION: Final = re.compile(
    rf"^(?:(?:{_KEYWORD})(?![A-Z])[\s#:.,=\-]*)*(?P<digits>[0-9][0-9\s.\-]*[0-9])[\s.]*$"
)
_GROUPING: Final = re.compile(r"[\s.\-]+")

HELP: Final = (
    "Cek status KTP-el: kirim KTP<spasi>NIK (16 angka), contoh: KTP 3201012345670001. {office}"
)
NOT_FOUND: Final = (
    "NIK {nik} tidak ada dalam antrean cetak KTP-el kami. Jika Anda baru merekam, data "
    "mungkin belum masuk; silakan tanya lagi nanti. {office}"
)
SENT_TO_OWNER: Final = (
    "Jawaban untuk NIK {nik} sudah kami kirim ke nomor HP yang terdaftar untuk NIK tersebut. "
    "{office}"
)
NO_PHONE: Final = (
    "Status NIK {nik} tidak dapat dikirim lewat SMS karena tidak ada nomor HP yang terdaftar. "
    "Silakan tanya di loket dengan bukti perekaman. {office}"
)
DETAILED: Final = "KTP-el a.n. {initials} (NIK {nik}): {answer} {office}"
OVER_LIMIT: Final = (
    "Mohon maaf, batas {limit} pertanyaan per hari dari nomor ini sudah tercapai. "
    "Silakan kirim lagi besok. {office}"
)


def asked_nik(text: str) -> str | None:
    """The 16 digits a message asks about, or None when it does not ask in the format."""
    found = _QUESTION.match(" ".join(text.upper().split()))
    if found is None:
        return None
    digits = _GROUPING.sub("", found.group("digits"))
    return digits if len(digits) == NIK_LENGTH and digits.isdigit() else None


def initials(name: str) -> str:
    """``SITI MA'RUFAH`` -> ``S.M.``: enough for the owner to recognise, little to others."""
    return "".join(f"{word[0].upper()}." for word in name.split() if word[:1].isalpha())


def masked(nik: str) -> str:
    """A NIK in a reply: its region and its serial, the birth date hidden."""
    return f"{nik[:6]}xxxxxx{nik[12:]}"


def reply(template: str, *, office: str, **fields: object) -> str:
    return " ".join(template.format(office=office, **fields).split())
