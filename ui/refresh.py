"""Keeping the picture current: the poll for other stations' work, the refresh of everything
the window shows, the forecast's banner, the heartbeat, and an outage said plainly.

Every read runs on a worker and comes back as one ``Snapshot``; a refresh asked for while
one runs is coalesced into one more after it, so the window never waits on the database
(nor on SQLite's busy timeout when another PC holds the file).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel

from ektp_desk.errors import Refused
from ui import words
from ui.desk import Desk, translate

if TYPE_CHECKING:
    from ektp_desk.api.counter import (
        Card,
        Counters,
        QueueFilter,
        QueueRow,
        StationStatus,
        Supply,
    )
    from ektp_desk.api.office import Database
    from ektp_desk.api.shifts import Forecast, ShiftInfo

log = logging.getLogger(__name__)
POLL_MS = 3000  # how often other stations' work is looked for
FORECAST_EVERY_MS = 30_000  # a forecast at a million records takes ~80 ms


@dataclass(frozen=True)
class Snapshot:
    """Everything the window shows, read in one go on a worker."""

    stamp: tuple[object, ...]
    shift: ShiftInfo | None
    queue_filter: QueueFilter | None
    queue_count: int
    queue_blocks: dict[int, list[QueueRow]]  # the blocks the table showed, read again
    supply: Supply
    counters: Counters
    forecast: Forecast | None  # None: not due again yet
    card: Card | None  # the current card as it is now (None when there is none)
    stations: list[StationStatus] | None = None  # None: a poll read them a moment ago


def read_snapshot(db: Database, station: str, flt: QueueFilter | None, card_nik: str | None,
                  *, forecast: bool, shown: Sequence[int] = (),
                  polled: tuple[object, ...] | None = None) -> Snapshot:  # fmt: skip
    """Runs on a worker: the core's read models for one station's window; ``shown``: the
    queue model's blocks on screen, read here so the GUI thread does not read them.
    ``polled``: the fingerprint a poll has just read (with the stations), before this read
    began: it stands for this snapshot's (a change after it shows at the next poll), and
    neither it nor the stations are read again. Without it both are read here, so this
    snapshot also answers a poll asked for while it runs."""
    from ektp_desk.api import counter, shifts
    from ui.queue_model import read_shown

    with db.read():  # every read below shares this one transaction: one snapshot, few trips
        shift = next((s for s in shifts.open_shifts(db) if station in s.stations), None)
        stamp = polled if polled is not None else counter.change_stamp(db)
        count = counter.count_rows(db, flt) if flt is not None else 0
        return Snapshot(
            stamp=stamp,
            shift=shift,
            queue_filter=flt,
            queue_count=count,
            queue_blocks=read_shown(db, flt, count, shown) if flt is not None else {},
            supply=counter.station_supply(db, station),
            counters=counter.read_counters(db, shifts.today(), shown=(flt, count)),
            forecast=shifts.forecast_next_shift(db) if forecast else None,
            card=counter.lookup_card(db, card_nik) if card_nik else None,
            stations=counter.stations_overview(db) if polled is None else None,
        )


def send_heartbeat(desk: Desk) -> None:
    """Say this station is alive, on a worker; a lost database only skips one beat."""
    from ektp_desk.api import counter

    db, actor = desk.db, desk.actor
    desk.jobs.run(
        lambda: counter.heartbeat(db, actor),
        lambda _none: None,
        lambda _error: log.info("heartbeat not sent: the database is away"),
    )


def read_poll(db: Database) -> tuple[tuple[object, ...], list[StationStatus]]:
    """Runs on a worker: has anything changed, and who is at which station."""
    from ektp_desk.api import counter

    with db.read():  # one transaction for both
        return counter.change_stamp(db), counter.stations_overview(db)


class Refresher(QObject):
    """``refreshed(snapshot)`` after each read; the panels, the queue and the shift label are
    filled here, the current card by the counter."""

    refreshed = Signal(object)  # Snapshot

    def __init__(self, desk: Desk, shift_label: QLabel,
                 card_nik: Callable[[], str | None]) -> None:  # fmt: skip
        super().__init__(desk)
        self.desk = desk
        self.shift_label = shift_label
        self.card_nik = card_nik
        self.stamp: tuple[object, ...] = ()
        self.forecast: Forecast | None = None
        self._forecast_at: QElapsedTimer | None = None
        self._running = False
        self._with_stations = False  # the refresh under way reads the stations too
        self._again: bool | None = None  # another refresh is wanted (True: with a forecast)
        self._polling = False
        self._poll_answered = False  # the refresh under way answers the poll asked meanwhile
        self._outage_since: str | None = None
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.poll_changes)
        desk.changed.connect(lambda new_forecast: self.refresh(new_forecast=new_forecast))

    def start(self) -> None:
        self.poll.start()
        self.refresh()

    def stop(self) -> None:
        self.poll.stop()

    # -- refresh ---------------------------------------------------------------------------

    def refresh(self, *, new_forecast: bool = False,
                polled: tuple[object, ...] | None = None) -> None:  # fmt: skip
        """Read everything the window shows, on a worker; at most one read runs at a time.
        ``polled``: the fingerprint the poll that asked for this refresh read (see
        ``read_snapshot``)."""
        if self._running:
            self._again = bool(self._again) or new_forecast
            return
        self._running = True
        self._with_stations = polled is None
        due = (new_forecast or self._forecast_at is None
               or self._forecast_at.elapsed() > FORECAST_EVERY_MS)  # fmt: skip
        desk, flt, nik = self.desk, self.desk.body.model.filter, self.card_nik()
        shown = desk.body.shown_blocks()

        def read() -> Snapshot:
            return read_snapshot(desk.db, desk.station, flt, nik, forecast=due, shown=shown,
                                 polled=polled)  # fmt: skip

        self.desk.jobs.run(
            read,
            self._show,
            self._refresh_failed,
        )

    def _show(self, snapshot: Snapshot) -> None:
        body = self.desk.body
        self.stamp = snapshot.stamp
        self._show_shift(snapshot.shift)
        if snapshot.queue_filter == body.model.filter:  # else a newer filter is on its way
            body.model.refresh(snapshot.queue_count, snapshot.queue_blocks)
        body.show_row_count()
        body.supply_panel.show_supply(snapshot.supply)
        body.counters_panel.show_counters(snapshot.counters)
        self.desk.actions.set_can_print(snapshot.supply.can_print)
        if snapshot.forecast is not None:
            self.forecast = snapshot.forecast
            self._forecast_at = QElapsedTimer()
            self._forecast_at.start()
        self._show_forecast()
        if self._poll_answered and snapshot.stations is not None:
            self._poll_answered = False
            self._polled((snapshot.stamp, snapshot.stations))  # shows the stations
        elif snapshot.stations is not None:
            body.stations_view.show_stations(snapshot.stations)
        self.refreshed.emit(snapshot)
        self._next()

    def _refresh_failed(self, error: Exception) -> None:
        self.desk.failed(error)
        if self._poll_answered:
            self._poll_answered = False
            self._poll_failed(error)
        self._next()

    def _next(self) -> None:
        self._running = False
        again, self._again = self._again, None
        if again is not None:
            self.refresh(new_forecast=again)

    # -- poll ------------------------------------------------------------------------------

    def poll_changes(self) -> None:
        """Other stations' work: re-read when the fingerprint moved; the stations tab."""
        if self._polling:
            return
        self._polling = True
        if self._running and self._with_stations:  # its fingerprint and stations are as new
            self._poll_answered = True
            return
        db = self.desk.db
        self.desk.jobs.run(lambda: read_poll(db), self._polled, self._poll_failed)

    def _polled(self, result: tuple[tuple[object, ...], list[StationStatus]]) -> None:
        self._polling = False
        stamp, stations = result
        self.desk.body.stations_view.show_stations(stations)
        if self._outage_since is not None:
            self._outage_since = None
            self.desk.say(translate("MainWindow",
                                    "The database is back; everything is up to date"))  # fmt: skip
            self.refresh()
        elif stamp != self.stamp:
            self.refresh(polled=stamp)
        self._show_banner()

    def _poll_failed(self, error: Exception) -> None:
        self._polling = False
        if not isinstance(error, Refused):
            log.warning("polling the database failed", exc_info=error)
            return
        if self._outage_since is None:  # the server or the file is away: say so, keep trying
            self._outage_since = QTime.currentTime().toString("HH:mm")
        self._show_banner()

    def send_heartbeat(self) -> None:
        send_heartbeat(self.desk)

    # -- showing ---------------------------------------------------------------------------

    def _show_shift(self, shift: ShiftInfo | None) -> None:
        self.shift_label.setText(
            translate("MainWindow", "Shift {id}: {kind}, lead {lead}").format(
                id=shift.id, kind=words.word(words.SHIFT_KIND, shift.kind), lead=shift.lead)
            if shift else translate("MainWindow", "No shift open at this station"))  # fmt: skip

    def _show_forecast(self) -> None:
        """The next shift's shortage flags: coloured bars and the banner."""
        from ektp_desk.api.shifts import station_levels

        if self.forecast is not None:
            levels = station_levels(self.forecast, self.desk.station)
            self.desk.body.supply_panel.show_levels(levels)
        self._show_banner()

    def _show_banner(self) -> None:
        """One line across the window for what matters before anything else."""
        from ektp_desk.api.shifts import today, worst_level
        from ui.forecast_banner import banner_text

        level, text = "ok", ""
        if self._outage_since is not None:
            level = "out"
            text = translate(
                "MainWindow",
                "The database cannot be reached since {time}; retrying every few "
                "seconds. Nothing you do now is saved.",
            ).format(time=self._outage_since)
        elif self.forecast is not None and worst_level(self.forecast) != "ok":
            level = worst_level(self.forecast)
            text = banner_text(self.forecast, today())
        self.desk.body.show_banner(level, text)
