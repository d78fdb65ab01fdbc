"""An SQLite file on a network share is refused with a sentence that names PostgreSQL; a
local file in a folder with spaces or a non-ASCII user name works."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PureWindowsPath

import pytest

from ektp_desk import network_share
from ektp_desk.cli import main
from ektp_desk.db import Database
from ektp_desk.errors import DatabaseError
from ektp_desk.network_share import DRIVE_REMOTE, linux_share, windows_share
from ektp_desk.schema import head_revision, init_database
from tests.factories import password_on_stdin

# /proc/self/mounts of an office PC: a Samba share of the district office, an NFS home, a
# USB disk whose label has a space (the kernel writes it as \040).
MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
//192.168.1.10/kantor /mnt/kantor cifs rw,vers=3.1.1,username=ektp 0 0
fileserver:/export/home /home nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /home/operator/lokal ext4 rw,relatime 0 0
//nas/Data\\040Kantor /media/Data\\040Kantor smb3 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "share"),
    [
        ("/mnt/kantor/ektp/ektp-desk.sqlite3", "cifs on /mnt/kantor"),
        ("/home/siti/.local/share/ektp-desk/ektp-desk.sqlite3", "nfs4 on /home"),
        ("/media/Data Kantor/ektp.sqlite3", "smb3 on /media/Data Kantor"),
        ("/home/operator/lokal/ektp.sqlite3", None),  # a local disk mounted inside the NFS home
        ("/var/lib/ektp/ektp.sqlite3", None),
        ("/tmp/x.sqlite3", None),
        ("/mnt/kantor2/x.sqlite3", None),  # a neighbour of the share, not inside it
    ],
)
def test_linux_mount_types_decide(path: str, share: str | None) -> None:
    assert linux_share(Path(path), MOUNTS) == share


def drive_types(remote: str) -> Callable[[str], int]:
    def drive_type(root: str) -> int:
        return DRIVE_REMOTE if root == remote else 3  # 3: DRIVE_FIXED

    return drive_type


@pytest.mark.parametrize(
    ("path", "share"),
    [
        (r"\\server\kantor\ektp.sqlite3", "UNC path"),
        ("//server/kantor/ektp.sqlite3", "UNC path"),
        (r"\\?\UNC\server\kantor\ektp.sqlite3", "UNC path"),
        (r"Z:\ektp\ektp-desk.sqlite3", "network drive Z:"),
        (r"z:\ektp\ektp-desk.sqlite3", "network drive Z:"),
        (r"\\?\Z:\ektp\ektp-desk.sqlite3", "network drive Z:"),
        (r"C:\Users\Siti Nurhaliza\AppData\Local\ektp-desk\ektp-desk.sqlite3", None),
        (r"C:\Users\Dédé Ñurul\AppData\Local\ektp-desk\ektp-desk.sqlite3", None),
        (r"\\?\C:\data\ektp.sqlite3", None),
        (r"ektp\ektp.sqlite3", None),
    ],
)
def test_windows_path_rules(path: str, share: str | None) -> None:
    assert windows_share(path, drive_types("Z:\\")) == share
    assert windows_share(str(PureWindowsPath(path)), drive_types("Z:\\")) == share


@pytest.fixture
def on_a_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/share is a CIFS mount, as far as this process's mount table says."""
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda2 / ext4 rw 0 0\n//nas/kantor {share.resolve()} cifs rw 0 0\n")
    monkeypatch.setattr(network_share, "MOUNTS", mounts)
    return share


def test_a_database_on_a_share_is_refused_naming_postgresql(on_a_share: Path) -> None:
    file = on_a_share / "ektp" / "ektp-desk.sqlite3"
    with pytest.raises(DatabaseError) as refused:
        Database(f"sqlite:///{file}")
    message = str(refused.value)
    assert "network share (cifs on" in message
    assert "PostgreSQL" in message
    assert not file.parent.exists()  # nothing was created there


def test_the_cli_refuses_in_one_line(on_a_share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", f"sqlite:///{on_a_share / 'x.sqlite3'}", "init"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("ektp-desk: the database file ")
    assert "PostgreSQL" in err


def test_spaces_and_non_ascii_user_names_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "Users" / "Dédé Ñurul Hidayah" / "Data Kantor e-KTP"
    monkeypatch.setenv("EKTP_DESK_HOME", str(home))
    assert main(["init"]) == 0  # the default database, in the data folder
    assert main(["demo", "--records", "3"]) == 0
    assert "operator1" in capsys.readouterr().out
    db = Database(f"sqlite:///{home / 'ektp-desk.sqlite3'}")
    try:
        assert init_database(db).revision == head_revision()
    finally:
        db.dispose()
    password_on_stdin(monkeypatch, "5678")  # the queue shows names: a signed-in lead
    assert main(["queue", "--limit", "2", "--lead", "lead1", "--password-stdin"]) == 0
    assert capsys.readouterr().out.count("\n") >= 2
