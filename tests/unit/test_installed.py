"""The program as an office installs it: a wheel built from this tree, installed into a fresh
virtual environment, runs ``ektp-desk self-check``, which passes; with the Indonesian
translation taken out of the installed package, it fails and says so.

The fresh environment gets the dependencies from the test's own environment through a .pth
line (no download); the project itself comes only from the wheel: a .pth file in a folder
named by a .pth line is not read, so the checkout's editable install stays out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("ektp_desk", "ui", "resources", "main.py", "pyproject.toml", "README.md")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; yields its folder."""
    work = tmp_path_factory.mktemp("wheel")
    tree = work / "tree"
    tree.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, tree / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(work), str(tree)])
    (wheel,) = work.glob("ektp_desk-*.whl")
    venv = work / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    run([*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)])
    site = Path(
        run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        ).strip()
    )
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return venv


def run(command: list[str], **kwargs: object) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    assert done.returncode == 0, done.stderr
    return str(done.stdout)


def self_check(venv: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "EKTP_DESK_DB")}
    env.update(EKTP_DESK_HOME=str(home), PATH=f"{venv / 'bin'}:/usr/bin:/bin")
    return subprocess.run(
        [str(venv / "bin" / "ektp-desk"), "self-check"], cwd=home.parent, env=env,
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def lines(output: str) -> dict[str, str]:
    """Check name -> its line."""
    return {line[:16].strip(): line[16:].strip() for line in output.splitlines()[1:-1]}


def package_folder(venv: Path) -> Path:
    (folder,) = venv.glob("lib/python*/site-packages/ektp_desk")
    return folder


def test_the_wheel_carries_its_resources_and_self_check_passes(
    installed: Path, tmp_path: Path
) -> None:
    resources = package_folder(installed) / "resources"
    for name in ("style.qss", "translations/ektp_desk_id.qm", "translations/ektp_desk_id.ts",
                 "samples/contoh-rekam.csv", "samples/contoh-rekam.xlsx",
                 "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE-DejaVu.txt"):  # fmt: skip
        assert (resources / name).is_file(), name
    done = self_check(installed, tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    checks = lines(done.stdout)
    assert set(checks) == {"resources", "translation", "migrations", "handover xlsx",
                           "berita acara", "stock notice", "window", "office database"}  # fmt: skip
    assert all(line.startswith("ok ") for line in checks.values()), done.stdout
    assert str(resources) in checks["resources"]  # the installed copy, not this checkout
    assert "'Nama'" in checks["translation"]
    assert "menus Berkas" in checks["window"]  # the window speaks Indonesian
    assert done.stdout.splitlines()[-1] == "all checks passed"


def test_self_check_fails_when_the_translation_is_missing(installed: Path, tmp_path: Path) -> None:
    qm = package_folder(installed) / "resources" / "translations" / "ektp_desk_id.qm"
    hidden = qm.with_suffix(".hidden")
    qm.rename(hidden)
    try:
        done = self_check(installed, tmp_path / "home")
    finally:
        hidden.rename(qm)
    assert done.returncode == 1
    checks = lines(done.stdout)
    assert checks["translation"].startswith("FAILED  FileNotFoundError: no Indonesian translation")
    assert checks["window"].startswith("FAILED")
    assert checks["migrations"].startswith("ok")  # the rest still ran and passed
    assert done.stdout.splitlines()[-1].startswith("FAILED: translation")
