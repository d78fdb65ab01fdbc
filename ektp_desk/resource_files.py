"""The program's own files (style sheet, translations, samples), wherever it is installed.

One lookup for every face: a checkout with an editable install, a wheel in a virtual
environment and the PyInstaller bundle all carry the top-level ``resources/`` folder as the
package ``ektp_desk.resources`` (pyproject.toml, packaging/ektp-desk.spec), and
``importlib.resources`` finds it there. Each of these installs unpacks to real files, which
Qt's loaders need: a lookup that is not a file on disk is a broken install.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "ektp_desk.resources"
STYLE_SHEET = "style.qss"


def resource_root() -> Path:
    """The folder holding the resources (raises ``FileNotFoundError`` when it is missing)."""
    try:
        root = files(PACKAGE)
    except ModuleNotFoundError as error:
        raise FileNotFoundError(f"the package {PACKAGE} is not installed") from error
    if not isinstance(root, Path):  # e.g. a zip: Qt could not read from it
        raise FileNotFoundError(f"{PACKAGE} is not a folder on disk ({root})")
    return root


def resource(*parts: str) -> Path:
    """One resource file's path, e.g. ``resource("translations", "ektp_desk_id_ID.qm")``; it
    may not exist: callers decide whether that is fatal."""
    return resource_root().joinpath(*parts)


def translations_dir() -> Path:
    return resource("translations")


def translation_source(locale: str) -> Path:
    """The .ts source of a language (the core reads its "core" messages from it)."""
    return _translation(locale, ".ts")


def translation_binary(locale: str) -> Path:
    """The compiled .qm file of a language (Qt's translator loads it)."""
    return _translation(locale, ".qm")


def _translation(locale: str, suffix: str) -> Path:
    """``ektp_desk_id_ID`` else ``ektp_desk_id``, as Qt's translator looks (the file is
    ``ektp_desk_id.ts``; asked for ``id_ID``, the core once found nothing and wrote its
    reports in English)."""
    folder = translations_dir()
    names = (locale, locale.split("_")[0])
    for name in names:
        path = folder / f"ektp_desk_{name}{suffix}"
        if path.exists():
            return path
    return folder / f"ektp_desk_{names[-1]}{suffix}"


def style_sheet() -> Path:
    return resource(STYLE_SHEET)


def samples_dir() -> Path:
    return resource("samples")


def font_file(*, bold: bool) -> Path:
    """DejaVu Sans (bold or regular), shipped with the program: the public stock notice is
    drawn with it, the same on every PC (Windows has no DejaVu)."""
    return resource("fonts", "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
