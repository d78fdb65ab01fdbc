"""Marking user-facing core messages for translation without importing Qt.

Core messages are English templates with named fields. ``QT_TRANSLATE_NOOP("core", text)``
returns ``text`` unchanged; Qt's ``lupdate`` finds these calls by name and puts the templates
in the ``.ts`` files, so the GUI can show each refusal in the operator's language with
``QCoreApplication.translate("core", template).format(**params)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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
