"""The ready-to-collect message a citizen receives: its template, fields and sending hours.

The template is office data in Bahasa Indonesia (the office may reword it in the settings),
not an interface sentence: it is sent as written. Its fields are ``{salutation}`` (Bapak /
Ibu), ``{name}``, ``{place}`` (where to collect), ``{office}`` and ``{date}`` (printed on).
"""

from __future__ import annotations

import re
import string
from datetime import date, time
from typing import Final

from ektp_desk.errors import Refused
from ektp_desk.i18n import QT_TRANSLATE_NOOP

DEFAULT_TEMPLATE: Final = (
    "Yth. {salutation} {name}, KTP-el Anda sudah jadi dan dapat diambil di {place}. "
    "Bawa bukti perekaman. {office}"
)
DEFAULT_PLACE: Final = "loket pengambilan KTP-el"
TEMPLATE_FIELDS: Final = ("salutation", "name", "place", "office", "date")
_TIME: Final = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")


def render_message(
    template: str, *, name: str, female: bool, place: str, office: str, printed: date
) -> str:
    """The message for one citizen; a broken template falls back to the default one, so a
    printed card is never refused because of a message."""
    values = {
        "salutation": "Ibu" if female else "Bapak",
        "name": display_name(name),
        "place": place,
        "office": office,
        "date": f"{printed:%d-%m-%Y}",
    }
    try:
        text = template.format(**values)
    except (KeyError, IndexError, ValueError):
        text = DEFAULT_TEMPLATE.format(**values)
    return " ".join(text.split())


def display_name(name: str) -> str:
    """Registry names are often all capitals: 'SITI MA'RUFAH' -> 'Siti Ma'rufah'."""
    if name != name.upper() and name != name.lower():
        return name
    return " ".join(word[:1].upper() + word[1:].lower() for word in name.split())


def check_template(template: str) -> None:
    """Refuse a template that names an unknown field or has a stray brace."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the message template is not valid: {error}"),
            error=str(error),
        ) from None
    for _literal, field, _spec, _conversion in parsed:
        if field is not None and field not in TEMPLATE_FIELDS:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core", "the message template uses an unknown field '{field}'; use {fields}"
                ),
                field=field,
                fields=", ".join("{" + name + "}" for name in TEMPLATE_FIELDS),
            )


def parse_clock(text: str) -> time:
    """'08:00' or '8.00' -> 08:00; refuses anything else."""
    found = _TIME.fullmatch(text.strip())
    if found is None:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "'{text}' is not a time of day: write HH:MM, e.g. 08:00"),
            text=text,
        )
    return time(int(found.group(1)), int(found.group(2)))
