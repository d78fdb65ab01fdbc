"""The whole interface can be shown in Bahasa Indonesia, not only the core's sentences.

Every message of every context in the Indonesian .ts is finished and fits the code that shows
it: the same {fields} for ``str.format``, the same number of ``&`` accelerators, the same
"…", line breaks, key hints and file-dialog patterns. The compiled .qm says the same as the
.ts, the .ts holds every string the source marks (lupdate finds nothing new or gone), and the
menu bar's titles keep distinct accelerator letters in Indonesian.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.unit.test_core_messages import LRELEASE, LUPDATE, QM_FILE, ROOT, TS_FILE, fields

LUPDATE_BIN = ROOT / ".venv" / "bin" / "pyside6-lupdate"

# Words that are the same in Bahasa Indonesia (names, loanwords, the product's name).
SAME_IN_INDONESIAN = frozenset(
    {
        ("RegisterDialog", "NIK"),
        ("DestroyDialog", "Berita acara (PDF)"),
        ("ImportReportDialog", "NIK"),
        ("MainWindow", "NIK"),
        ("PendingDialog", "NIK"),
        ("QueueModel", "NIK"),
        ("StatusDialog", "NIK"),
        ("WhereWeStoppedDialog", "NIK"),
        ("MainWindow", "Kecamatan"),
        ("ForecastBanner", "Film {station}"),
        ("QueueModel", "Kecamatan"),
        ("QueueModel", "Status"),
        ("MainWindow", "e-KTP Desk — {station}"),
        ("MainWindow", "film"),
        ("SupplyPanel", "Film"),
        ("OfficeSetupDialog", "Loket 1"),
        ("CurrentCardPanel", "{village}Kec. {kecamatan}"),  # already the Indonesian address form
        ("MainWindow", "Shif&t"),  # "shift" is the office's word (koordinator shift)
        ("HandoverReportDialog", "Shift"),
        ("StationsView", "Operator"),
        ("MessagesDialog", "WhatsApp"),
        ("GatewayPanel", "Modem"),
        ("buttons", "OK"),
        ("words", "operator"),
        ("words", "admin"),
    }
)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    kind: str | None

    @property
    def active(self) -> bool:
        return self.kind not in ("vanished", "obsolete")

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def entries(path: Path = TS_FILE) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert message.get("numerus") != "yes", "plural forms need their own checks"
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type"),
                )
            )
    return found


def accelerators(text: str) -> list[str]:
    """The letters marked with `&` ("&&" is a literal ampersand)."""
    return [match.group(1) for match in re.finditer(r"&(?!&)(.)", text.replace("&&", ""))]


def key_hints(text: str) -> list[str]:
    """Function-key names such as F2 or F6/F7, as the user must press them."""
    return re.findall(r"\bF\d{1,2}\b", text)


def file_patterns(text: str) -> list[str]:
    """File-dialog filter patterns, "*.csv" or "*", and the ";;" between filters."""
    return re.findall(r"\*(?:\.\w+)?|;;", text)


def active_entries() -> list[Entry]:
    return [entry for entry in entries() if entry.active]


def test_the_ts_file_has_the_interface_contexts() -> None:
    contexts = {entry.context for entry in active_entries()}
    assert {"core", "MainWindow", "words", "feedback", "QueueModel"} <= contexts
    assert len(contexts) > 10


@pytest.mark.parametrize("entry", active_entries(), ids=str)
def test_every_message_has_a_finished_translation_that_fits(entry: Entry) -> None:
    source, translation = entry.source, entry.translation
    assert entry.kind is None, f"{entry.kind}: translate it and drop the type (then {LRELEASE})"
    assert translation.strip(), "empty translation"
    if (entry.context, source) not in SAME_IN_INDONESIAN:
        assert translation != source, "still English"
    assert fields(translation) == fields(source)
    values = {field.split("!")[0].split(":")[0]: "x" for field in fields(source)}
    translation.format(**values)  # no stray brace
    assert len(accelerators(translation)) == len(accelerators(source))
    assert translation.endswith("…") == source.endswith("…")
    assert translation.count("\n") == source.count("\n")
    assert translation.count("\t") == source.count("\t")
    assert translation == translation.strip() or source != source.strip()
    assert sorted(key_hints(translation)) == sorted(key_hints(source))
    assert file_patterns(translation) == file_patterns(source)


def test_no_vanished_or_obsolete_messages_are_kept() -> None:
    kept = [str(entry) for entry in entries() if not entry.active]
    assert kept == [], f"delete them (lupdate -no-obsolete), then {LRELEASE}"


def test_compiled_qm_says_what_the_ts_file_says_in_every_context() -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = [
        str(entry)
        for entry in active_entries()
        if translator.translate(entry.context, entry.source) != entry.translation
    ]
    assert stale == [], f"run {LRELEASE}"


@pytest.mark.skipif(not LUPDATE_BIN.exists(), reason="pyside6-lupdate is not installed")
def test_the_ts_file_holds_every_marked_string_of_the_source(tmp_path: Path) -> None:
    """lupdate on a copy adds nothing unfinished and marks nothing vanished."""
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    subprocess.run(
        [str(LUPDATE_BIN), "-extensions", "py", "-target-language", "id_ID",
         "ektp_desk", "ui", "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    changed = [f"{entry} ({entry.kind})" for entry in entries(copy) if entry.kind is not None]
    assert changed == [], f"run {LUPDATE}, then translate:\n" + "\n".join(changed)


def menu_titles() -> list[str]:
    """The menu bar's titles, as the window's typed action table declares them."""
    from ui.actions import Menu

    return [menu.value for menu in Menu]


def test_the_menu_titles_keep_distinct_accelerators_in_indonesian() -> None:
    titles = menu_titles()
    assert {"&File", "&Counter", "&Stock", "Shif&t", "C&itizens", "&Help"} <= set(titles)
    translated = {e.source: e.translation for e in active_entries() if e.context == "MainWindow"}
    letters = {}
    for title in titles:
        marks = accelerators(translated[title])
        assert len(marks) == 1, f"{title!r} -> {translated[title]!r}"
        assert marks[0].isalnum(), f"{title!r} -> {translated[title]!r}"
        letters[translated[title]] = marks[0].casefold()
    assert len(set(letters.values())) == len(letters), letters
    english = [accelerators(title)[0].casefold() for title in titles]
    assert len(set(english)) == len(english)


def test_a_window_sentence_reads_in_indonesian() -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    text = translator.translate("MainWindow", "{nik} printed (attempt {attempt})")
    assert text.format(nik="3201014107900001", attempt=2) == (
        "3201014107900001 tercetak (percobaan ke-2)"
    )
    assert translator.translate("words", "elderly") == "lansia"
