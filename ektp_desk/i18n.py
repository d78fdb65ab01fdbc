"""Marking user-facing core messages for translation without importing Qt.

Core messages are English templates with named fields. ``QT_TRANSLATE_NOOP("core", text)``
returns ``text`` unchanged; Qt's ``lupdate`` finds these calls by name and puts the templates
in the ``.ts`` files, so the GUI can show each refusal in the operator's language with
``QCoreApplication.translate("core", template).format(**params)``.
"""

from __future__ import annotations

CORE_CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate looks for this exact name
    return text
