"""Marking user-facing core messages for translation without importing Qt.

Core messages are English templates with named fields. ``QT_TRANSLATE_NOOP("core", text)``
returns ``text`` unchanged; Qt's ``lupdate`` finds these calls by name and puts the templates
in the ``.ts`` files, so the GUI can show each refusal in the operator's language with
``QCoreApplication.translate("core", template).format(**params)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from ektp_desk.resource_files import translation_source

CORE_CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate looks for this exact name
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing sentence: an English template (marked for lupdate) and its fields."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


# Reports written by the core (handover workbook, berita acara) are official Indonesian
# documents: they read the same translations the window uses, straight from the .ts source.


def translated(context: str, source: str, locale: str = "id_ID") -> str:
    """A source text of a Qt translation context in a language (the source when untranslated)."""
    return _catalog(locale, context).get(source, source)


@cache
def _catalog(locale: str, wanted: str = CORE_CONTEXT) -> dict[str, str]:
    try:
        path = translation_source(locale)
    except FileNotFoundError:
        return {}
    if not path.exists():
        return {}
    from xml.etree import ElementTree  # here: the window's frame paints before this is read

    catalog: dict[str, str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != wanted:
            continue
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            done = translation is not None and translation.get("type") is None
            if source is not None and translation is not None and done and translation.text:
                catalog[source.text or ""] = translation.text
    return catalog


def in_language(message: Message, locale: str = "id_ID") -> str:
    """The message in that language (English when there is no translation)."""
    template = _catalog(locale).get(message.template, message.template)
    try:
        return template.format(**message.params) if message.params else template
    except (KeyError, IndexError, ValueError):
        return str(message)
