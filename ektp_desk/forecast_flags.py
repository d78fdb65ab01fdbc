"""The forecast's flags: one per item (office blanks; ribbon and film at every station that
works until the next shift ends; the office's spare ribbon and film rolls), read off one
simulation (``ektp_desk.forecast_sim``).

- ``out``: empty now (no blanks; a station's roll prints no card and no spare roll is left; no
  spare roll) and it runs dry before the next shift ends;
- ``short``: it runs dry (an attempt cannot be made for lack of it) before the next shift ends,
  in the open shift or in the next one;
- ``low``: it lasts, but runs dry within the safety margin after the next shift's end (the
  ``forecast_margin`` share of that shift's length, printing on as it does);
- ``ok``: otherwise.

Each flag carries when it runs out, in which shift, the attempts that cannot be made for lack
of it (at most the attempts the queue still needs at the next shift's end, when it needs any)
and the action: how many blanks or rolls to receive, before when.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from ektp_desk import forecast_text as text
from ektp_desk.domain import Item, Level
from ektp_desk.forecast_inputs import ForecastInputs, StationRolls
from ektp_desk.forecast_sim import ROLLS, Dry, Key, SimResult, Snapshot
from ektp_desk.i18n import Message

NEXT: Final = "next_shift"
OPEN: Final = "open_shift"


@dataclass(frozen=True)
class Flag:
    item: str  # blank, ribbon, film
    station: str | None  # None: office blanks, or the spare rolls of ribbon or film
    level: str  # one of Level
    covers: int  # cards it covers until the next shift ends
    needed: int  # attempts that need it until then
    message: Message
    runs_out_at: datetime | None = None  # the first attempt it cannot serve (or in the margin)
    shortfall: int = 0  # attempts that cannot be made for lack of it before the next end
    during: str | None = None  # open_shift | next_shift, when it runs out


def build_flags(inputs: ForecastInputs, sim: SimResult, places: list[StationRolls]) -> list[Flag]:
    maker = _Maker(inputs, sim, places)
    flags = [maker.blank()]
    for item in ROLLS:
        flags += [maker.station(item, place) for place in places]
        flags.append(maker.spares(item))
    return flags


class _Maker:
    def __init__(self, inputs: ForecastInputs, sim: SimResult, places: list[StationRolls]):
        self.inputs, self.sim, self.places = inputs, sim, places
        self.end: Snapshot = sim.ends[NEXT]
        self.need_left = max(sim.queue_attempts - self.end.attempts, 0)
        plan = inputs.plan
        self.common: dict[str, object] = {
            "next": plan.kind.replace("_", " "), "end": f"{plan.end:%H:%M}",
            "margin": round(inputs.policy.margin * 100),
        }  # fmt: skip

    def blank(self) -> Flag:
        key: Key = (Item.BLANK, None)
        used, shortfall = self._used(key), self._shortfall(key)
        level = self._level(key, self.inputs.stock.blank <= 0)
        params = self._params(key, used + self.end.blank, used + shortfall, qty=max(shortfall, 1))
        return self._flag(key, level, params, text.blank_message(level, params))

    def station(self, item: Item, place: StationRolls) -> Flag:
        key: Key = (item, place.name)
        used, shortfall = self._used(key), self._shortfall(key)
        empty = place.loaded_cards(item) <= 0 and self.inputs.stock.spares(item) <= 0
        level = self._level(key, empty)
        left = self.end.left.get((item, place.name), 0) // place.panels(item)
        change = self.sim.changes.get((item, place.name))
        rolls = _rolls(shortfall * place.panels(item), place.roll_prints(item))
        params = self._params(key, used + left, used + shortfall, station=place.name,
                              qty=rolls, change=change,
                              rolls=self.sim.loads.get((item, place.name), 0))  # fmt: skip
        return self._flag(key, level, params, text.station_message(item, level, params))

    def spares(self, item: Item) -> Flag:
        key: Key = (item, None)
        per_roll = min((p.roll_cards(item) for p in self.places), default=0)
        loaded, shortfall = self._used(key), self._shortfall(key)
        spares = self.inputs.stock.spares(item)
        level = self._level(key, spares <= 0)
        covers = (loaded + self.end.spares.get(item, 0)) * per_roll
        qty = max(math.ceil(shortfall / per_roll), 1) if per_roll > 0 else 1
        params = self._params(key, covers, loaded * per_roll + shortfall, qty=qty,
                              spares=spares, rolls=loaded)  # fmt: skip
        return self._flag(key, level, params, text.spare_message(item, level, params))

    # --- shared ---------------------------------------------------------------------------

    def _dry(self, key: Key) -> Dry | None:
        return self.sim.dry.get(key)

    def _level(self, key: Key, empty_now: bool) -> str:
        dry = self._dry(key)
        if dry is None:
            return Level.OK
        if dry.in_margin:
            return Level.LOW
        return Level.OUT if empty_now else Level.SHORT

    def _used(self, key: Key) -> int:
        return self.sim.used.get(key, 0)

    def _shortfall(self, key: Key) -> int:
        dry = self._dry(key)
        missed = dry.missed if dry is not None else 0
        return min(missed, self.need_left) if self.need_left > 0 else missed

    def _params(self, key: Key, covers: int, needed: int, **more: object) -> dict[str, object]:
        dry = self._dry(key)
        params = {**self.common, "covers": covers, "needed": needed,
                  "shortfall": self._shortfall(key)}  # fmt: skip
        if dry is not None:
            params["time"] = f"{dry.at:%H:%M}"
            params["shift"] = self._shift_word(dry.during)
        for name, value in more.items():
            if isinstance(value, datetime):
                params[name] = f"{value:%H:%M}"
            elif value is not None:
                params[name] = value
        return params

    def _shift_word(self, during: str) -> str:
        running = self.inputs.running
        kind = running.kind if during == OPEN and running is not None else self.inputs.plan.kind
        return kind.replace("_", " ")

    def _flag(self, key: Key, level: str, params: dict[str, object], message: Message) -> Flag:
        dry = self._dry(key)
        item, station = key
        shown = Item.BLANK if item == Item.BLANK else item
        return Flag(str(shown), station, str(level), int(str(params["covers"])),
                    int(str(params["needed"])), message, dry.at if dry else None,
                    int(str(params["shortfall"])) if dry else 0,
                    dry.during if dry else None)  # fmt: skip


def _rolls(prints: int, per_roll: int) -> int:
    """Rolls that bring ``prints`` (at least one)."""
    return max(math.ceil(prints / per_roll), 1) if per_roll > 0 else 1
