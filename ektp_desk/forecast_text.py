"""The forecast's sentences: one marked English template per resource and level.

Every sentence is whole in each template, so the GUI translates it in the "core" context and
fills in the same fields; fields are only numbers, station names, shift kinds and times (HH:MM).
Fields: {covers} cards it covers until the next shift ends, {needed} attempts that need it by
then, {shortfall} attempts that cannot be made for lack of it, {time} when it runs out, {shift}
the shift it runs out in, {next} the next shift, {end} when that ends, {qty} what to receive
(blanks, or rolls), {rolls} spare rolls a station loads, {change} when it loads the first,
{spares} sealed rolls in the office now, {margin} the safety margin in percent of a shift.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message

_BLANK: Final = {
    "ok": QT_TRANSLATE_NOOP(
        "core", "Blank cards: {covers} cover the {needed} attempts until {next} ends ({end})."
    ),
    "low": QT_TRANSLATE_NOOP(
        "core",
        "Blank cards last until {next} ends, but run out about {time}, within {margin}% of a "
        "shift after it; ask the province for more.",
    ),
    "short": QT_TRANSLATE_NOOP(
        "core",
        "Blank cards run out about {time} during {shift}: {shortfall} attempts cannot be made; "
        "receive at least {qty} blanks before {time}.",
    ),
    "out": QT_TRANSLATE_NOOP(
        "core",
        "No blank cards left: {shortfall} attempts cannot be made until {next} ends; receive at "
        "least {qty} blanks now.",
    ),
}

# (item, level, whether the station loads spare rolls before the next shift ends)
_STATION: Final = {
    ("ribbon", "ok", False): QT_TRANSLATE_NOOP(
        "core", "Ribbon at {station}: the loaded roll lasts until {next} ends ({end})."
    ),
    ("ribbon", "ok", True): QT_TRANSLATE_NOOP(
        "core",
        "Ribbon at {station}: load a spare roll about {change} ({rolls} in all); then it lasts "
        "until {next} ends ({end}).",
    ),
    ("ribbon", "low", False): QT_TRANSLATE_NOOP(
        "core",
        "Ribbon at {station} lasts until {next} ends, but runs out about {time}, within "
        "{margin}% of a shift after it; keep a roll ready.",
    ),
    ("ribbon", "short", False): QT_TRANSLATE_NOOP(
        "core",
        "Ribbon at {station} runs out about {time} during {shift} and no spare roll is left: "
        "{shortfall} attempts cannot be made there; receive at least {qty} ribbon roll(s) "
        "before {time}.",
    ),
    ("ribbon", "out", False): QT_TRANSLATE_NOOP(
        "core",
        "No ribbon at {station} and no spare roll: {shortfall} attempts cannot be made there "
        "until {next} ends; receive at least {qty} ribbon roll(s) now.",
    ),
    ("film", "ok", False): QT_TRANSLATE_NOOP(
        "core", "Film at {station}: the loaded roll lasts until {next} ends ({end})."
    ),
    ("film", "ok", True): QT_TRANSLATE_NOOP(
        "core",
        "Film at {station}: load a spare roll about {change} ({rolls} in all); then it lasts "
        "until {next} ends ({end}).",
    ),
    ("film", "low", False): QT_TRANSLATE_NOOP(
        "core",
        "Film at {station} lasts until {next} ends, but runs out about {time}, within "
        "{margin}% of a shift after it; keep a roll ready.",
    ),
    ("film", "short", False): QT_TRANSLATE_NOOP(
        "core",
        "Film at {station} runs out about {time} during {shift} and no spare roll is left: "
        "{shortfall} attempts cannot be made there; receive at least {qty} film roll(s) before "
        "{time}.",
    ),
    ("film", "out", False): QT_TRANSLATE_NOOP(
        "core",
        "No film at {station} and no spare roll: {shortfall} attempts cannot be made there "
        "until {next} ends; receive at least {qty} film roll(s) now.",
    ),
}

_SPARE: Final = {
    ("ribbon", "ok"): QT_TRANSLATE_NOOP(
        "core",
        "Spare ribbon rolls: {spares} in the office, {rolls} loaded until {next} ends; enough.",
    ),
    ("ribbon", "low"): QT_TRANSLATE_NOOP(
        "core",
        "Spare ribbon rolls last until {next} ends, but the last is loaded about {time}, within "
        "{margin}% of a shift after it; order ribbon rolls.",
    ),
    ("ribbon", "short"): QT_TRANSLATE_NOOP(
        "core",
        "Spare ribbon rolls run out about {time} during {shift}: {shortfall} attempts cannot be "
        "made; receive at least {qty} ribbon roll(s) before {time}.",
    ),
    ("ribbon", "out"): QT_TRANSLATE_NOOP(
        "core",
        "No spare ribbon roll in the office, and one is needed about {time}: {shortfall} "
        "attempts cannot be made; receive at least {qty} ribbon roll(s) before {time}.",
    ),
    ("film", "ok"): QT_TRANSLATE_NOOP(
        "core",
        "Spare film rolls: {spares} in the office, {rolls} loaded until {next} ends; enough.",
    ),
    ("film", "low"): QT_TRANSLATE_NOOP(
        "core",
        "Spare film rolls last until {next} ends, but the last is loaded about {time}, within "
        "{margin}% of a shift after it; order film rolls.",
    ),
    ("film", "short"): QT_TRANSLATE_NOOP(
        "core",
        "Spare film rolls run out about {time} during {shift}: {shortfall} attempts cannot be "
        "made; receive at least {qty} film roll(s) before {time}.",
    ),
    ("film", "out"): QT_TRANSLATE_NOOP(
        "core",
        "No spare film roll in the office, and one is needed about {time}: {shortfall} "
        "attempts cannot be made; receive at least {qty} film roll(s) before {time}.",
    ),
}

# Where the print and spoil rates come from.
_PLAN: Final = {
    "kind": QT_TRANSLATE_NOOP(
        "core",
        "Next shift {kind} {start}-{end}: {hours} h on {stations} station(s) at {rate} attempts "
        "per station-hour and {spoil}% spoiled (measured on recent {kind} shifts); {queue} "
        "records wait at its start, {left} at its end.",
    ),
    "recent": QT_TRANSLATE_NOOP(
        "core",
        "Next shift {kind} {start}-{end}: {hours} h on {stations} station(s) at {rate} attempts "
        "per station-hour and {spoil}% spoiled (measured on recent shifts); {queue} records "
        "wait at its start, {left} at its end.",
    ),
    "setting": QT_TRANSLATE_NOOP(
        "core",
        "Next shift {kind} {start}-{end}: {hours} h on {stations} station(s) at {rate} attempts "
        "per station-hour and {spoil}% spoiled (office settings: no shift measured yet); "
        "{queue} records wait at its start, {left} at its end.",
    ),
}

NO_RATE: Final = QT_TRANSLATE_NOOP(
    "core",
    "The print rate is {rate} attempts per station-hour: the forecast prints nothing and cannot "
    "see a shortage; set a print rate above 0 in the settings.",
)

RUNNING: Final = QT_TRANSLATE_NOOP(
    "core",
    "Until {time} the open {kind} shift makes ~{attempts} attempts on {stations} station(s) "
    "at {rate} attempts per station-hour, so the next shift starts with ~{blank} blank cards "
    "and {queue} records waiting.",
)

COMING: Final = {
    "blank": QT_TRANSLATE_NOOP(
        "core", "Counted from {time} on {date}: {qty} blank cards expected ({ref})."
    ),
    "ribbon": QT_TRANSLATE_NOOP(
        "core", "Counted from {time} on {date}: {qty} ribbon roll(s) expected ({ref})."
    ),
    "film": QT_TRANSLATE_NOOP(
        "core", "Counted from {time} on {date}: {qty} film roll(s) expected ({ref})."
    ),
}

COVER: Final = QT_TRANSLATE_NOOP(
    "core",
    "Days of cover at ~{daily} attempts a day: blank cards {blank}, ribbon {ribbon}, film {film}.",
)

_REORDER: Final = {
    "blank": QT_TRANSLATE_NOOP(
        "core",
        "Reorder blank cards: they last ~{days} days, but a delivery takes {lead} days plus "
        "{margin} days of safety; ask the province for at least {qty}.",
    ),
    "ribbon": QT_TRANSLATE_NOOP(
        "core",
        "Reorder ribbon: it lasts ~{days} days, but a delivery takes {lead} days plus {margin} "
        "days of safety; order at least {qty} roll(s).",
    ),
    "film": QT_TRANSLATE_NOOP(
        "core",
        "Reorder film: it lasts ~{days} days, but a delivery takes {lead} days plus {margin} "
        "days of safety; order at least {qty} roll(s).",
    ),
}


def blank_message(level: str, params: Mapping[str, object]) -> Message:
    return Message(_BLANK[level], params)


def station_message(item: str, level: str, params: Mapping[str, object]) -> Message:
    loads = level == "ok" and bool(params.get("rolls"))
    return Message(_STATION[item, level, loads], params)


def spare_message(item: str, level: str, params: Mapping[str, object]) -> Message:
    return Message(_SPARE[item, level], params)


def running_message(params: Mapping[str, object]) -> Message:
    return Message(RUNNING, params)


def plan_message(source: str, params: Mapping[str, object]) -> Message:
    return Message(_PLAN[source], params)


def no_rate_message(params: Mapping[str, object]) -> Message:
    return Message(NO_RATE, params)


def coming_message(item: str, params: Mapping[str, object]) -> Message:
    return Message(COMING[item], params)


def cover_message(params: Mapping[str, object]) -> Message:
    return Message(COVER, params)


def reorder_message(item: str, params: Mapping[str, object]) -> Message:
    return Message(_REORDER[item], params)
