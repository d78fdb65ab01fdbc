"""The shortage forecast's simulation: the office printing, in time order, from now to the end
of the next shift (and a margin beyond it).

Time is cut into segments (what is left of the open shift, then the next shift). In a
segment every one of its stations makes one attempt each 1/rate hours: attempt ``k`` at
``start + k / rate``; at one moment the stations go in name order. An attempt takes one office
blank and its station's ribbon and film panels; the ``n``-th attempt of the whole run is
spoiled when ``floor(n x spoil)`` steps up, so a spoiled attempt consumes without printing a
record. Before an attempt a station replaces an emptied roll (fewer prints left than a card
takes) with a sealed spare if the office has one and a fresh roll prints a card there: spares
go to whichever station empties first. A station that lacks blanks, ribbon or film makes no
attempt ("runs dry"); printing stops for good when the queue is printed. Deliveries add their
blanks or sealed rolls from their time on (before an attempt at the same moment).

Between events (a roll to replace, a station or the blanks running dry, a delivery, the end of
the queue, the end of a segment) nothing changes but the counts, so whole runs of moments are
taken at once: the work grows with the events, not with the cards.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from ektp_desk.domain import Item
from ektp_desk.forecast_inputs import Delivery, StationRolls

MAX_SPOIL_RATE: Final = 0.5
_EPSILON: Final = 1e-9
ROLLS: Final = (Item.RIBBON, Item.FILM)
Key = tuple[Item, str | None]  # (blank, None), (ribbon, station), (ribbon, None): spare rolls


@dataclass(frozen=True)
class Segment:
    """One stretch of printing: ``ticks`` attempts per station until its end, ``extra`` more
    after it (the safety margin: what runs dry there is "low", not "short")."""

    during: str  # open_shift | next_shift
    start: datetime
    rate: float  # attempts per station-hour
    stations: tuple[str, ...]  # in name order
    ticks: int
    extra: int = 0

    def at(self, tick: int) -> datetime:
        return self.start + timedelta(hours=tick / self.rate)


@dataclass
class Dry:
    """When a resource first could not serve an attempt, and the attempts it missed."""

    at: datetime
    during: str
    in_margin: bool  # only after the next shift's end
    missed: int = 0  # attempts missed before the end of the next shift


@dataclass(frozen=True)
class Snapshot:
    """The office at a segment's end (before its margin)."""

    attempts: int
    waiting: int
    blank: int
    spares: dict[Item, int]
    left: dict[tuple[Item, str], int]


@dataclass
class SimResult:
    queue_attempts: int  # attempts that print the whole queue
    dry: dict[Key, Dry] = field(default_factory=dict)
    used: dict[Key, int] = field(default_factory=dict)  # attempts (spares: rolls) by the end
    changes: dict[tuple[Item, str], datetime] = field(default_factory=dict)  # first spare loaded
    loads: dict[tuple[Item, str], int] = field(default_factory=dict)  # spare rolls loaded
    ends: dict[str, Snapshot] = field(default_factory=dict)  # by segment (during)


def attempts_for(queue: int, spoil: float) -> int:
    """The fewest attempts that print ``queue`` records at this spoil rate."""
    spoil = spoil_share(spoil)
    attempts = max(math.ceil(queue / (1 - spoil) - _EPSILON), 0)
    while attempts > 0 and printed_by(attempts - 1, spoil) >= queue:
        attempts -= 1
    while printed_by(attempts, spoil) < queue:
        attempts += 1
    return attempts


def printed_by(attempts: int, spoil: float) -> int:
    """Records printed by the first ``attempts`` attempts."""
    return attempts - math.floor(attempts * spoil_share(spoil) + _EPSILON)


def spoil_share(spoil: float) -> float:
    return min(max(spoil, 0.0), MAX_SPOIL_RATE)


def simulate(
    queue: int,
    spoil: float,
    blank: int,
    spares: dict[Item, int],
    places: Sequence[StationRolls],
    segments: Sequence[Segment],
    deliveries: Sequence[Delivery] = (),
) -> SimResult:
    return _Run(queue, spoil, blank, spares, places, deliveries).run(segments)


class _Run:
    def __init__(
        self,
        queue: int,
        spoil: float,
        blank: int,
        spares: dict[Item, int],
        places: Sequence[StationRolls],
        deliveries: Sequence[Delivery],
    ) -> None:
        self.queue, self.spoil = queue, spoil
        self.target = attempts_for(queue, spoil)
        self.blank, self.spares = max(blank, 0), {item: max(spares[item], 0) for item in ROLLS}
        self.places = {place.name: place for place in places}
        self.left = {(item, p.name): max(p.prints_left(item), 0) for p in places for item in ROLLS}
        self.coming = sorted(deliveries, key=lambda d: d.at)
        self.attempts = 0
        self.result = SimResult(self.target)

    def run(self, segments: Sequence[Segment]) -> SimResult:
        for segment in segments:
            self._segment(segment)
        return self.result

    def _segment(self, seg: Segment) -> None:
        tick, total = 0, (seg.ticks + seg.extra if seg.rate > 0 else 0)
        while tick < total and self.attempts < self.target:
            if tick == seg.ticks:
                self._snapshot(seg)
            self._arrive(seg.at(tick + 1))
            quiet = self._quiet(seg, tick, total)
            if quiet > 0:
                self._bulk(seg, tick, quiet)
                tick += quiet
            else:
                self._moment(seg, tick + 1)
                tick += 1
        if seg.during not in self.result.ends:
            self._snapshot(seg)

    def _snapshot(self, seg: Segment) -> None:
        waiting = self.queue - printed_by(self.attempts, self.spoil)
        self.result.ends[seg.during] = Snapshot(
            self.attempts, max(waiting, 0), self.blank, dict(self.spares), dict(self.left)
        )

    def _arrive(self, moment: datetime) -> None:
        while self.coming and self.coming[0].at <= moment:
            delivery = self.coming.pop(0)
            if delivery.item == Item.BLANK:
                self.blank += delivery.qty
            else:
                self.spares[delivery.item] += delivery.qty

    # --- one moment, station by station ------------------------------------------------------

    def _moment(self, seg: Segment, tick: int) -> None:
        moment, counted = seg.at(tick), tick <= seg.ticks
        for name in seg.stations:
            if self.attempts >= self.target:
                return
            if self.blank <= 0:
                self._dry(seg, (Item.BLANK, None), moment, counted)
                continue
            lacking = [key for item in ROLLS for key in self._ready(name, item, moment)]
            for key in lacking:
                self._dry(seg, key, moment, counted)
            if not lacking:
                self._attempt(name, 1, counted)

    def _ready(self, name: str, item: Item, moment: datetime) -> list[Key]:
        """Replace an emptied roll if a spare is left; what is lacking otherwise."""
        place = self.places[name]
        if self.left[item, name] >= place.panels(item):
            return []
        if place.roll_prints(item) < place.panels(item):  # a fresh roll prints no card here
            return [(item, name)]
        if self.spares[item] <= 0:
            return [(item, name), (item, None)]
        self.spares[item] -= 1
        self.left[item, name] = place.roll_prints(item)
        self.result.changes.setdefault((item, name), moment)
        self.result.loads[item, name] = self.result.loads.get((item, name), 0) + 1
        self._use((item, None), 1)
        return []

    def _attempt(self, name: str, count: int, counted: bool) -> None:
        place = self.places[name]
        for item in ROLLS:
            self.left[item, name] -= count * place.panels(item)
        self.blank -= count
        self.attempts += count
        if counted:
            self._use((Item.BLANK, None), count)
            for item in ROLLS:
                self._use((item, name), count)

    def _use(self, key: Key, count: int) -> None:
        self.result.used[key] = self.result.used.get(key, 0) + count

    def _dry(self, seg: Segment, key: Key, moment: datetime, counted: bool, count: int = 1) -> None:
        found = self.result.dry.get(key)
        if found is None:
            found = self.result.dry[key] = Dry(moment, seg.during, not counted)
        if counted:
            found.missed += count

    # --- runs of moments in which nothing but the counts change ------------------------------

    def _quiet(self, seg: Segment, tick: int, total: int) -> int:
        """Moments from ``tick + 1`` on that change no station's state (0: take one alone)."""
        quiet = (seg.ticks if tick < seg.ticks else total) - tick
        if self.coming:
            quiet = min(quiet, self._before(seg, tick, self.coming[0].at))
        if self.blank <= 0:
            return quiet
        working = 0
        for name in seg.stations:
            state = self._state(name)
            if state is None:
                return 0  # a roll to replace: one moment at a time
            if state:
                working += 1
                quiet = min(quiet, *(self.left[item, name] // self.places[name].panels(item)
                                     for item in ROLLS))  # fmt: skip
        if working:
            quiet = min(quiet, self.blank // working, (self.target - self.attempts) // working)
            if working < len(seg.stations):
                # Whether a dry station is dry at a moment depends on its turn: a station
                # before it may take the last blank (then it lacks a blank too) or print the
                # last record (then it lacks nothing). That moment goes alone, in turn.
                last = min(self.blank, self.target - self.attempts)
                quiet = min(quiet, (last - 1) // working)
        return max(quiet, 0)

    def _state(self, name: str) -> bool | None:
        """True: prints; False: stays dry until a delivery; None: replaces a roll first."""
        place, works = self.places[name], True
        for item in ROLLS:
            if self.left[item, name] >= place.panels(item):
                continue
            if place.roll_prints(item) >= place.panels(item) and self.spares[item] > 0:
                return None
            works = False
        return works

    def _before(self, seg: Segment, tick: int, moment: datetime) -> int:
        """Moments after ``tick`` that come before ``moment``."""
        hours = (moment - seg.start).total_seconds() / 3600
        last = max(math.ceil(hours * seg.rate) - 1, tick)
        while last > tick and seg.at(last) >= moment:
            last -= 1
        while seg.at(last + 1) < moment:
            last += 1
        return last - tick

    def _bulk(self, seg: Segment, tick: int, count: int) -> None:
        moment, counted = seg.at(tick + 1), tick + 1 <= seg.ticks
        if self.blank <= 0:
            self._dry(seg, (Item.BLANK, None), moment, counted, count * len(seg.stations))
            return
        for name in seg.stations:
            if self._state(name):
                self._attempt(name, count, counted)
            else:
                for key in self._lacking(name):
                    self._dry(seg, key, moment, counted, count)

    def _lacking(self, name: str) -> list[Key]:
        place, keys = self.places[name], list[Key]()
        for item in ROLLS:
            if self.left[item, name] < place.panels(item):
                keys.append((item, name))
                if place.roll_prints(item) >= place.panels(item):
                    keys.append((item, None))
        return keys
