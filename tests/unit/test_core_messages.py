"""Every sentence the core shows a user can be shown in Bahasa Indonesia.

The GUI shows a refusal as ``translate("core", error.template).format(**error.params)``, so:
(a) the Indonesian .ts holds a finished translation, with the same {fields}, for every "core"
message; (b) every refusal, and every error or row problem that carries a ``message``, is built
from a template marked with ``QT_TRANSLATE_NOOP("core", "...")`` (directly, through a
module-level constant or table of marked templates, or by re-raising a caught error's marked
message); (c) every marked template is in the .ts, so a new sentence without a translation
fails here until lupdate has been run and the sentence translated.
"""

from __future__ import annotations

import ast
import itertools
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from sqlalchemy.orm import Session

from ektp_desk import access, import_cells, nik, records
from ektp_desk.db import Database
from ektp_desk.domain import ROLES
from ektp_desk.errors import NotFound, PermissionDenied
from ektp_desk.printing import record_print
from tests.factories import add_user

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ektp_desk"
TS_FILE = ROOT / "resources" / "translations" / "ektp_desk_id.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
CONTEXT = "core"
WORDS = "words"  # the vocabulary's labels (ektp_desk/labels.py), shared with the window
LABELS = "ektp_desk/labels.py"
REFUSALS = frozenset({"Refused", "NotFound", "OutOfStock", "PermissionDenied", "DatabaseError"})
# Errors whose constructor takes a template and keeps it as `.message` for a later refusal.
MESSAGE_ERRORS = frozenset({"NikError", "ImportFileError", "RowProblem"})
CHECKED_CALLS = REFUSALS | MESSAGE_ERRORS | {"Message"}
# Options go before the folders: lupdate filters by extension while it scans. Both folders:
# scanning the core alone would mark every interface message vanished.
LUPDATE = (
    ".venv/bin/pyside6-lupdate -extensions py -target-language id_ID ektp_desk ui "
    "-ts resources/translations/ektp_desk_id.ts"
)
LRELEASE = (
    ".venv/bin/pyside6-lrelease resources/translations/ektp_desk_id.ts "
    "-qm resources/translations/ektp_desk_id.qm"
)


# --- the .ts file ------------------------------------------------------------------------


@dataclass(frozen=True)
class TsMessage:
    source: str
    translation: str
    kind: str | None  # the translation's type attribute: "unfinished", "vanished", ...

    @property
    def active(self) -> bool:
        """Still in the source: lupdate marks a removed message "vanished" or "obsolete"."""
        return self.kind not in ("vanished", "obsolete")


def ts_messages(wanted: str = "core") -> list[TsMessage]:
    root = ET.parse(TS_FILE).getroot()
    found = []
    for context in root.iter("context"):
        if context.findtext("name") != wanted:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                TsMessage(
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type"),
                )
            )
    return found


def fields(template: str) -> set[str]:
    """Each replacement field with its conversion and format spec: {'nik', 'at!r', 'n:>3'}."""
    return {
        f"{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}"
        for _literal, name, spec, conversion in string.Formatter().parse(template)
        if name is not None
    }


def test_ts_file_is_the_indonesian_translation() -> None:
    assert ET.parse(TS_FILE).getroot().get("language") == "id_ID"


def test_every_core_message_has_a_finished_translation_with_the_same_fields() -> None:
    messages = ts_messages()
    assert len(messages) > 100
    for message in messages:
        assert message.kind in (None, "vanished", "obsolete"), f"unfinished: {message.source!r}"
        assert message.translation.strip(), f"untranslated: {message.source!r}"
        assert message.translation != message.source, f"still English: {message.source!r}"
        assert fields(message.translation) == fields(message.source), message.source
        values = {field.split("!")[0].split(":")[0]: "x" for field in fields(message.source)}
        message.translation.format(**values)  # no stray brace


def test_compiled_qm_is_current_with_the_ts_file() -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = [
        message.source
        for message in ts_messages()
        if message.active and translator.translate(CONTEXT, message.source) != message.translation
    ]
    assert stale == [], f"run {LRELEASE}"


def test_a_real_refusal_reads_in_indonesian(office: Database) -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    with pytest.raises(NotFound) as caught:
        record_print(office, "3201014107900001", station="Loket 1", operator="operator1")
    error = caught.value
    assert str(error) == "no record with NIK 3201014107900001 in the queue"
    shown = translator.translate(CONTEXT, error.template).format(**error.params)
    assert shown == "tidak ada data dengan NIK 3201014107900001 di antrean"


# --- the source --------------------------------------------------------------------------


@dataclass(frozen=True)
class Module:
    path: Path

    @cached_property
    def tree(self) -> ast.Module:
        return ast.parse(self.path.read_text(encoding="utf-8"), str(self.path))

    @cached_property
    def constants(self) -> dict[str, ast.expr]:
        """Module-level `NAME = value` and `NAME: T = value` assignments."""
        found: dict[str, ast.expr] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            else:
                continue
            if isinstance(target, ast.Name):
                found[target.id] = value
        return found

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"


def core_modules() -> list[Module]:
    return [Module(path) for path in sorted(PACKAGE.rglob("*.py"))]


def marked(node: ast.AST, context: str = "core") -> str | None:
    """The template of a `QT_TRANSLATE_NOOP("core", "literal")` call, else None."""
    if not (isinstance(node, ast.Call) and _name(node.func) == "QT_TRANSLATE_NOOP"):
        return None
    match node.args:
        case [ast.Constant(value=str(wanted)), ast.Constant(value=str(text))] if (
            context == wanted and not node.keywords
        ):
            return text
    return None


def is_marked_template(module: Module, node: ast.expr) -> bool:
    """A marked literal, a module constant holding one, or a lookup in a table of them."""
    if marked(node) is not None:
        return True
    if isinstance(node, ast.Name):
        return marked(module.constants.get(node.id, node)) is not None
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        table = module.constants.get(node.value.id)
        return isinstance(table, ast.Dict) and all(marked(value) for value in table.values)
    return False


def is_reraised_message(call: ast.Call, handler: ast.ExceptHandler | None) -> bool:
    """`Refused(error.message.template, **error.message.params)` inside `except X as error`,
    X being errors whose messages are themselves checked to be marked."""
    if handler is None or handler.name is None or _caught(handler) - MESSAGE_ERRORS:
        return False
    message = f"{handler.name}.message"
    match call.args, call.keywords:
        case [template], [ast.keyword(arg=None, value=params)]:
            return (ast.unparse(template), ast.unparse(params)) == (
                f"{message}.template",
                f"{message}.params",
            )
    return False


def checked_calls(module: Module) -> Iterator[tuple[ast.Call, ast.ExceptHandler | None]]:
    """Each call of a refusal, a message-carrying error or `Message`, with its except clause."""
    for node, handler in _walk(module.tree, None):
        if isinstance(node, ast.Call) and _name(node.func) in CHECKED_CALLS:
            yield node, handler


def message_plumbing(module: Module) -> set[int]:
    """`Message(template, params)` calls inside a message-carrying error's own `__init__`."""
    return {
        id(node)
        for cls in module.tree.body
        if isinstance(cls, ast.ClassDef) and cls.name in MESSAGE_ERRORS
        for init in cls.body
        if isinstance(init, ast.FunctionDef) and init.name == "__init__"
        for node in ast.walk(init)
        if isinstance(node, ast.Call) and ast.unparse(node) == "Message(template, params)"
    }


def test_every_refusal_and_message_is_built_from_a_marked_template() -> None:
    checked = 0
    problems = []
    for module in core_modules():
        for call, handler in checked_calls(module):
            checked += 1
            name = _name(call.func)
            if call.args and is_marked_template(module, call.args[0]):
                continue
            if name in REFUSALS and is_reraised_message(call, handler):
                continue
            if name == "Message" and id(call) in message_plumbing(module):
                continue
            problems.append(f"{module.where(call)}: {ast.unparse(call)[:90]}")
    assert problems == []
    assert checked > 80  # the walk did find the core's refusals


def test_every_marked_template_is_in_the_ts_file() -> None:
    """Refusals and messages are marked in the "core" context; the vocabulary's labels
    (ektp_desk/labels.py) in the "words" context the window shares."""
    sources = {message.source for message in ts_messages() if message.active}
    words = {message.source for message in ts_messages(WORDS) if message.active}
    missing = []
    for module in core_modules():
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and _name(node.func) == "QT_TRANSLATE_NOOP":
                label = marked(node, WORDS) if module.where(node).startswith(LABELS) else None
                if label is not None:
                    if label not in words:
                        missing.append(f"{module.where(node)}: {label!r}")
                    continue
                text = marked(node)
                assert text is not None, f"{module.where(node)}: not ('core', a literal)"
                if text not in sources:
                    missing.append(f"{module.where(node)}: {text!r}")
    assert missing == [], f"run {LUPDATE}, then translate:\n" + "\n".join(missing)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _caught(handler: ast.ExceptHandler) -> set[str | None]:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return {_name(kind) if kind is not None else None for kind in kinds}


def _walk(
    node: ast.AST, handler: ast.ExceptHandler | None
) -> Iterator[tuple[ast.AST, ast.ExceptHandler | None]]:
    """Every node with the innermost except clause around it (None outside any)."""
    yield node, handler
    inner = node if isinstance(node, ast.ExceptHandler) else handler
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
        inner = None  # a nested function does not run inside the clause that defines it
    for child in ast.iter_child_nodes(node):
        yield from _walk(child, inner)


# --- sentences composed from a rule's reason ------------------------------------------------


@pytest.mark.parametrize(
    "table",
    [records._NOT_A_NIK, import_cells._NIK_IN_ROW],
    ids=["scanned NIK", "import row"],
)
def test_every_nik_rule_has_a_sentence_wherever_its_reason_is_shown(
    table: dict[str, str],
) -> None:
    assert set(table) == set(nik.NIK_REASONS)
    for rule, sentence in table.items():
        assert fields(rule) <= fields(sentence)


def role_sets() -> Iterator[tuple[str, ...]]:
    for size in range(1, len(ROLES)):
        yield from itertools.combinations(ROLES, size)


def test_every_role_refused_by_every_role_set_gets_a_whole_sentence(db: Database) -> None:
    for role in ROLES:
        add_user(db, f"user-{role}", role, "1234")
    refused = 0
    with db.read() as session:
        for allowed, role in itertools.product(role_sets(), ROLES):
            if role not in allowed:
                refused += 1
                _assert_refused(session, f"user-{role}", role, allowed)
    assert refused == 9


def _assert_refused(session: Session, user: str, role: str, allowed: tuple[str, ...]) -> None:
    with pytest.raises(PermissionDenied) as caught:
        access.get_user(session, user, roles=allowed)
    only = " or ".join(_articled(other) for other in allowed)
    assert str(caught.value) == f"{user} is {_articled(role)}; only {only} may do this"
    assert caught.value.params == {"user": user}


def _articled(role: str) -> str:
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"
