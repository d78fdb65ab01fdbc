"""The forecast's sentences: one marked English template per resource and level.

Every sentence is whole in each template, so the GUI translates it in the "core" context and
fills in the same fields; fields are only numbers, station names and times (HH:MM).
Fields: {covers} cards the resource covers, {needed} cards the plan needs of it, {wait} the
cards short, {time} when it stops, {loaded} cards on a station's loaded roll, {change} when
that roll ends, {rolls} spare rolls a station loads or holds ready (for the spare-roll lines:
the rolls loaded in the shift), {spares} spare rolls in the office, {margin} the safety
margin in percent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ektp_desk.i18n import QT_TRANSLATE_NOOP, Message

_BLANK: Final = {
    "ok": QT_TRANSLATE_NOOP("core", "Blank cards: {covers} in stock cover the plan of {needed}."),
    "low": QT_TRANSLATE_NOOP(
        "core",
        "Blank cards: {covers} in stock cover the plan of {needed}, with less than {margin}% "
        "to spare; ask the province for more.",
    ),
    "short": QT_TRANSLATE_NOOP(
        "core",
        "Blank cards run out after ~{covers} cards, about {time}: plan {needed}, blanks cover "
        "{covers}: {wait} records wait; ask the province for more.",
    ),
    "out": QT_TRANSLATE_NOOP(
        "core",
        "No blank cards left: plan {needed}, all {needed} wait; receive a delivery of blanks.",
    ),
}

# (item, level, spare rolls at the station: "none", "ready" (held ready, the loaded roll covers
# the plan) or "load" (loaded during the shift))
_STATION: Final = {
    ("ribbon", "ok", "none"): QT_TRANSLATE_NOOP(
        "core", "Ribbon at {station}: the loaded roll covers {covers} cards, plan {needed}."
    ),
    ("ribbon", "low", "none"): QT_TRANSLATE_NOOP(
        "core",
        "Ribbon at {station}: the loaded roll covers {covers} cards, plan {needed}, with less "
        "than {margin}% to spare; keep a spare roll ready (spare rolls in the office: {spares}).",
    ),
    ("ribbon", "short", "none"): QT_TRANSLATE_NOOP(
        "core",
        "Ribbon at {station} runs out after ~{covers} cards, about {time}, and no spare roll is "
        "left for it (spare rolls in the office: {spares}): plan {needed}, {wait} cards wait; "
        "receive ribbon rolls.",
    ),
    ("ribbon", "out", "none"): QT_TRANSLATE_NOOP(
        "core",
        "No ribbon at {station} and no spare roll to load: plan {needed}, all {needed} cards "
        "wait; receive ribbon rolls.",
    ),
    ("ribbon", "ok", "ready"): QT_TRANSLATE_NOOP(
        "core",
        "Ribbon at {station}: the loaded roll covers {loaded} cards, plan {needed}; keep a spare "
        "roll ready for about {change} (rolls held ready: {rolls}).",
    ),
    ("ribbon", "ok", "load"): QT_TRANSLATE_NOOP(
        "core",
        "Ribbon at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; "
        "load a spare roll then (rolls to load: {rolls}). With them it covers {covers} cards, "
        "plan {needed}.",
    ),
    ("ribbon", "low", "load"): QT_TRANSLATE_NOOP(
        "core",
        "Ribbon at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; "
        "load a spare roll then (rolls to load: {rolls}). With them it covers {covers} cards, "
        "plan {needed}, with less than {margin}% to spare.",
    ),
    ("ribbon", "short", "load"): QT_TRANSLATE_NOOP(
        "core",
        "Ribbon at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; "
        "load a spare roll then (rolls to load: {rolls}). Even so it runs out after ~{covers} "
        "cards, about {time}: plan {needed}, {wait} cards wait; receive ribbon rolls.",
    ),
    ("film", "ok", "none"): QT_TRANSLATE_NOOP(
        "core", "Film at {station}: the loaded roll covers {covers} cards, plan {needed}."
    ),
    ("film", "low", "none"): QT_TRANSLATE_NOOP(
        "core",
        "Film at {station}: the loaded roll covers {covers} cards, plan {needed}, with less "
        "than {margin}% to spare; keep a spare roll ready (spare rolls in the office: {spares}).",
    ),
    ("film", "short", "none"): QT_TRANSLATE_NOOP(
        "core",
        "Film at {station} runs out after ~{covers} cards, about {time}, and no spare roll is "
        "left for it (spare rolls in the office: {spares}): plan {needed}, {wait} cards wait; "
        "receive film rolls.",
    ),
    ("film", "out", "none"): QT_TRANSLATE_NOOP(
        "core",
        "No film at {station} and no spare roll to load: plan {needed}, all {needed} cards "
        "wait; receive film rolls.",
    ),
    ("film", "ok", "ready"): QT_TRANSLATE_NOOP(
        "core",
        "Film at {station}: the loaded roll covers {loaded} cards, plan {needed}; keep a spare "
        "roll ready for about {change} (rolls held ready: {rolls}).",
    ),
    ("film", "ok", "load"): QT_TRANSLATE_NOOP(
        "core",
        "Film at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; "
        "load a spare roll then (rolls to load: {rolls}). With them it covers {covers} cards, "
        "plan {needed}.",
    ),
    ("film", "low", "load"): QT_TRANSLATE_NOOP(
        "core",
        "Film at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; "
        "load a spare roll then (rolls to load: {rolls}). With them it covers {covers} cards, "
        "plan {needed}, with less than {margin}% to spare.",
    ),
    ("film", "short", "load"): QT_TRANSLATE_NOOP(
        "core",
        "Film at {station}: the loaded roll runs out after ~{loaded} cards, about {change}; "
        "load a spare roll then (rolls to load: {rolls}). Even so it runs out after ~{covers} "
        "cards, about {time}: plan {needed}, {wait} cards wait; receive film rolls.",
    ),
}

_SPARE: Final = {
    ("ribbon", "ok"): QT_TRANSLATE_NOOP(
        "core",
        "Spare ribbon rolls: {spares} in the office, {rolls} to load this shift; enough for "
        "the plan.",
    ),
    ("ribbon", "low"): QT_TRANSLATE_NOOP(
        "core",
        "Spare ribbon rolls: {spares} in the office, {rolls} to load this shift: enough for the "
        "plan, with less than {margin}% to spare; order ribbon rolls.",
    ),
    ("ribbon", "short"): QT_TRANSLATE_NOOP(
        "core",
        "Spare ribbon rolls: the {spares} in the office are not enough; the stations still lack "
        "ribbon for {wait} cards; order ribbon rolls.",
    ),
    ("ribbon", "out"): QT_TRANSLATE_NOOP(
        "core",
        "No spare ribbon roll in the office, and the stations lack ribbon for {needed} cards "
        "beyond their loaded rolls; order ribbon rolls.",
    ),
    ("film", "ok"): QT_TRANSLATE_NOOP(
        "core",
        "Spare film rolls: {spares} in the office, {rolls} to load this shift; enough for "
        "the plan.",
    ),
    ("film", "low"): QT_TRANSLATE_NOOP(
        "core",
        "Spare film rolls: {spares} in the office, {rolls} to load this shift: enough for the "
        "plan, with less than {margin}% to spare; order film rolls.",
    ),
    ("film", "short"): QT_TRANSLATE_NOOP(
        "core",
        "Spare film rolls: the {spares} in the office are not enough; the stations still lack "
        "film for {wait} cards; order film rolls.",
    ),
    ("film", "out"): QT_TRANSLATE_NOOP(
        "core",
        "No spare film roll in the office, and the stations lack film for {needed} cards "
        "beyond their loaded rolls; order film rolls.",
    ),
}

# Whether the print and spoil rates were measured on recent shifts.
_PLAN: Final = {
    True: QT_TRANSLATE_NOOP(
        "core",
        "Next shift {kind} from {start}: {hours} h on {stations} station(s) at {rate} attempts "
        "per station-hour and {spoil}% spoiled (measured on recent shifts); queue {queue}: "
        "plan {planned} attempts.",
    ),
    False: QT_TRANSLATE_NOOP(
        "core",
        "Next shift {kind} from {start}: {hours} h on {stations} station(s) at {rate} attempts "
        "per station-hour and {spoil}% spoiled (office settings: no shift measured yet); "
        "queue {queue}: plan {planned} attempts.",
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


def station_message(item: str, level: str, spare_use: str, params: Mapping[str, object]) -> Message:
    return Message(_STATION[item, level, spare_use], params)


def spare_message(item: str, level: str, params: Mapping[str, object]) -> Message:
    return Message(_SPARE[item, level], params)


RUNNING: Final = QT_TRANSLATE_NOOP(
    "core",
    "Counted after the open shift: it still plans ~{attempts} attempts until {time} on "
    "{stations} station(s), so the next shift starts with ~{blank} blank cards and {queue} "
    "records waiting.",
)


def running_message(params: Mapping[str, object]) -> Message:
    return Message(RUNNING, params)


def plan_message(measured: bool, params: Mapping[str, object]) -> Message:
    return Message(_PLAN[measured], params)


def cover_message(params: Mapping[str, object]) -> Message:
    return Message(COVER, params)


def reorder_message(item: str, params: Mapping[str, object]) -> Message:
    return Message(_REORDER[item], params)
