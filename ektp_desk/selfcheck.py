"""``ektp-desk self-check``: does this installation work? What an office's IT person runs
after installing, and what the bundle's build runs on the bundle it made.

Each check does the real thing in a temporary folder (a database upgraded with the migrations
as installed, the Indonesian translation, a handover workbook and a berita acara read back,
the main window built offscreen) and says ok or FAILED with the reason. The window is built
by a separate process of this same program (the launcher's hidden ``--window-check``): the
core never imports Qt. The configured office database is only read.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ektp_desk import SIGNATURE
from ektp_desk.db import Database, url_without_password
from ektp_desk.i18n import QT_TRANSLATE_NOOP
from ektp_desk.paths import DATABASE_ENV
from ektp_desk.resource_files import resource_root, samples_dir, style_sheet, translation_binary

WINDOW_CHECK_OPTION = "--window-check"  # main.py: build the window offscreen, then quit
WINDOW_TIMEOUT_S = 120
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # every compiled Qt translation
# A core message and its Indonesian, as the .ts holds them (the WhatsApp list's heading).
KNOWN_SOURCE = QT_TRANSLATE_NOOP("core", "Name")
KNOWN_INDONESIAN = "Nama"


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{self.name:<16} {'ok' if self.ok else 'FAILED'}  {self.detail}"


def run_checks(configured_url: str) -> list[CheckResult]:
    """Every check, in order; each one's failure is reported, not raised."""
    with tempfile.TemporaryDirectory(prefix="ektp-selfcheck-") as folder:
        work = Path(folder)
        results = [
            attempt("resources", check_resources),
            attempt("translation", check_translation),
        ]
        with _scratch_secret(work), _scratch_database(work) as scratch:
            results.append(attempt("migrations", lambda: check_migrations(scratch)))
            results.append(attempt("handover xlsx", lambda: check_handover(scratch, work)))
            results.append(attempt("berita acara", lambda: check_berita_acara(scratch, work)))
            results.append(attempt("stock notice", check_stock_notice))
            results.append(attempt("window", lambda: check_window(work, scratch.url)))
    results.append(attempt("office database", lambda: check_office_database(configured_url)))
    return results


@contextmanager
def _scratch_secret(work: Path) -> Iterator[None]:
    """The scratch office's password secret lives in the scratch folder (the window's process
    reads it there too): a self-check never makes or touches this PC's office secret."""
    from ektp_desk.office_secret import SECRET_FILE_ENV

    before = os.environ.get(SECRET_FILE_ENV)
    os.environ[SECRET_FILE_ENV] = str(work / "office-secret")
    try:
        yield
    finally:
        if before is None:
            del os.environ[SECRET_FILE_ENV]
        else:
            os.environ[SECRET_FILE_ENV] = before


def attempt(name: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, True, check())
    except Exception as error:  # the report says what broke; the other checks still run
        reason = str(error).strip().splitlines()
        return CheckResult(name, False, f"{type(error).__name__}: {reason[0] if reason else ''}")


# --- the installed files -----------------------------------------------------------------


def check_resources() -> str:
    style = style_sheet()
    if not style.is_file() or not style.read_text(encoding="utf-8").strip():
        raise FileNotFoundError(f"no style sheet at {style}")
    samples = sorted(p.name for p in samples_dir().glob("contoh-rekam.*"))
    if len(samples) < 2:
        raise FileNotFoundError(f"the sample import files are missing in {samples_dir()}")
    return f"style sheet and samples ({', '.join(samples)}) in {resource_root()}"


def check_translation() -> str:
    from ektp_desk.i18n import Message, in_language

    qm = translation_binary("id_ID")
    if not qm.is_file():
        raise FileNotFoundError(f"no Indonesian translation at {qm}")
    if not qm.read_bytes().startswith(QM_MAGIC):
        raise ValueError(f"{qm} is not a compiled Qt translation")
    source, expected = KNOWN_SOURCE, KNOWN_INDONESIAN
    found = in_language(Message(KNOWN_SOURCE), "id_ID")
    if found != expected:
        raise LookupError(f"{source!r} reads {found!r}, not {expected!r}: the .ts is missing")
    return f"Bahasa Indonesia loads ({source!r} -> {found!r}; {qm.name})"


# --- a database made here, with the migrations as installed -----------------------------


@contextmanager
def _scratch_database(work: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{work / 'selfcheck.sqlite3'}")
    try:
        yield db
    finally:
        db.dispose()


def check_migrations(db: Database) -> str:
    from ektp_desk.schema import head_revision, init_database

    result = init_database(db)
    if result.action != "created" or result.revision != head_revision():
        raise RuntimeError(f"the new database ended at {result.revision} ({result.action})")
    return f"a new database upgraded to {result.revision}"


def check_handover(db: Database, work: Path) -> str:
    from openpyxl import load_workbook

    from ektp_desk.demo import fill_demo
    from ektp_desk.handover import write_handover
    from ektp_desk.shifts import open_shifts

    fill_demo(db, records=5)
    shift = open_shifts(db)[0].id
    path = write_handover(db, shift, work / "serah-terima.xlsx").path
    book = load_workbook(path, read_only=False)
    footers = {sheet.oddFooter.right.text for sheet in book.worksheets}
    if footers != {SIGNATURE}:
        raise ValueError(f"the sheets' footers read {sorted(map(str, footers))}")
    return f"written and read back: {len(book.sheetnames)} sheets ({', '.join(book.sheetnames)})"


def check_berita_acara(db: Database, work: Path) -> str:
    from ektp_desk.berita_acara import write_berita_acara

    today = date.today()
    path = write_berita_acara(db, today, today, work / "berita-acara.pdf").path
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError(f"{path.name} is not a whole PDF")
    if SIGNATURE.encode() not in data:
        raise ValueError(f"{path.name} does not say it was made by {SIGNATURE}")
    return f"written and read back: a PDF of {len(data):,} bytes by {SIGNATURE}"


def check_stock_notice() -> str:
    """The notice's page and square image drawn with the shipped fonts (Pillow, reportlab)."""
    import io
    from datetime import datetime

    from PIL import Image

    from ektp_desk.notice_pdf import notice_pdf
    from ektp_desk.notice_png import notice_png
    from ektp_desk.stock_notice import StockNotice

    notice = StockNotice("Disdukcapil", date.today(), 2913, 83, 1417, "Senin–Jumat 08.00–15.00",
                         "Loket 1", "0812-3456-7890", datetime.now())  # fmt: skip
    page = notice_pdf(notice)
    if not page.startswith(b"%PDF-"):
        raise ValueError("the notice's page is not a PDF")
    image = Image.open(io.BytesIO(notice_png(notice)))
    if image.width != image.height or image.getextrema() in ((255, 255), ((255, 255),) * 3):
        raise ValueError(f"the square image is {image.width} x {image.height} or blank")
    return f"a page of {len(page):,} bytes and a {image.width} x {image.height} image"


# --- the window, in a process of its own --------------------------------------------------


def window_command() -> list[str]:
    """This program with the launcher's hidden window check: the bundle's own executable, or
    this Python running the installed launcher."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WINDOW_CHECK_OPTION]
    return [sys.executable, "-m", "main", WINDOW_CHECK_OPTION]


def check_window(work: Path, demo_url: str) -> str:
    """The main window on the demo office the checks above made (``demo_url``)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EKTP_DESK_HOME=str(work / "home"))
    env[DATABASE_ENV] = demo_url
    done = subprocess.run(
        window_command(), cwd=work, env=env, capture_output=True, text=True,
        timeout=WINDOW_TIMEOUT_S, check=False,
    )  # fmt: skip
    said = (done.stdout.strip() or done.stderr.strip()).splitlines()
    if done.returncode != 0:
        problem = done.stderr.strip().splitlines() or said
        raise RuntimeError(f"exit {done.returncode}: {problem[-1] if problem else 'no output'}")
    return said[-1] if said else "built offscreen and closed"


# --- the office's own database, only read --------------------------------------------------


def check_office_database(url: str) -> str:
    from ektp_desk.schema import head_revision

    db = Database(url)  # an SQLite file on a network share is refused here
    try:
        path = db.sqlite_path
        if path is not None and not path.exists():
            return f"none yet at {path}: the first start creates it"
        revision = _sqlite_revision(path) if path is not None else _server_revision(db)
    finally:
        db.dispose()
    where = str(path) if path is not None else url_without_password(url)
    head = head_revision()
    if revision == head:
        return f"{where} read-only: schema {revision}, current"
    _known(revision)
    return f"{where} read-only: schema {revision}; the next start upgrades it to {head}"


def _sqlite_revision(path: Path) -> str | None:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _server_revision(db: Database) -> str | None:
    from ektp_desk.schema import current_revision

    return current_revision(db)


def _known(revision: str | None) -> None:
    from ektp_desk.schema import _refuse_unknown_revision

    _refuse_unknown_revision(revision)


def report(results: Sequence[CheckResult]) -> list[str]:
    """The lines to print: a heading, one line per check, and the verdict."""
    failed = [r.name for r in results if not r.ok]
    verdict = f"FAILED: {', '.join(failed)}" if failed else "all checks passed"
    where = "bundle" if getattr(sys, "frozen", False) else f"Python {sys.version.split()[0]}"
    return [f"{SIGNATURE} self-check ({where})", *(r.line() for r in results), verdict]
