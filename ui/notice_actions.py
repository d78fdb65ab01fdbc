"""File ▸ Public stock notice…: one click for a lead writes today's notice twice, the A4 page
(.pdf) for the notice board and the square image (.png) for social media, into a folder the
lead picks (the exports folder at first), on a worker; the window says where they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ektp_desk.api import files, papers, shifts
from ui.actions import Act
from ui.desk import Desk, translate

CONTEXT = "MainWindow"
FACES = (".pdf", ".png")


class NoticeController(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        desk.actions.bind(Act.NOTICE, self.make_notice)

    def make_notice(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        day = shifts.today()
        outs = [folder / f"pengumuman-stok-blangko-{day:%Y-%m-%d}{face}" for face in FACES]
        db, actor = self.desk.db, self.desk.actor

        def said(_notice: papers.StockNotice) -> None:
            text = translate(CONTEXT, "Saved the public stock notice: {page} and {image}")
            self.desk.say(text.format(page=outs[0], image=outs[1]))

        self.desk.write(lambda: papers.stock_notice(db, actor, day, outs), said)

    def choose_folder(self) -> Path | None:
        """The folder the two files go to (None: the lead cancelled)."""
        title = translate(CONTEXT, "Save the public stock notice in")
        chosen = QFileDialog.getExistingDirectory(self.desk.window, title, str(_exports()))
        return Path(chosen) if chosen else None


def _exports() -> Path:
    folder = files.exports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder
