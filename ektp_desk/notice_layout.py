"""The public stock notice laid out once for any rectangle: the A4 page and the square image
are the same blocks, measured with the font each of them draws with, so nothing runs over
the margins whatever the office's name or contact.

Coordinates start at the top left, y downwards, in the renderer's unit (points or pixels).
Sizes are shares of the width; the whole is scaled to the largest size whose height fits,
lines that must stay one line (the figures, GRATIS) shrink to the width, and a long text
wraps (at most a few lines, else it shrinks) and breaks inside a word only if it must.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from ektp_desk import notice_text as words
from ektp_desk.indonesian import long_date, weekday
from ektp_desk.paper_pdf import printable
from ektp_desk.stock_notice import StockNotice

Measure = Callable[[str, bool, float], float]  # (text, bold, size) -> width

LINE: Final = 1.22  # line height, in font sizes
ASCENT: Final = 0.93  # DejaVu Sans: the baseline below a line's top, in font sizes
INK: Final = "#1a1a1a"
BLUE: Final = "#0d3b8c"
GREY: Final = "#555555"
TILE: Final = "#eef1f6"
RED: Final = "#b71c1c"
WHITE: Final = "#ffffff"


@dataclass(frozen=True)
class Text:
    text: str
    x: float  # left
    y: float  # top of the line
    size: float
    bold: bool
    colour: str

    @property
    def baseline(self) -> float:
        return self.y + ASCENT * self.size


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    colour: str


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    boxes: tuple[Box, ...]
    texts: tuple[Text, ...]
    scale: float


@dataclass(frozen=True)
class Lines:
    """A centred text, wrapped in ``width``; ``size`` in shares of the full width."""

    text: str
    size: float
    bold: bool = True
    colour: str = INK
    max_lines: int = 3  # more would wrap: shrink first (1: shrink to one line)


@dataclass(frozen=True)
class Stack:
    """Texts under each other."""

    lines: tuple[Lines, ...]


@dataclass(frozen=True)
class Band:
    """Texts on a filled box the width of the notice."""

    lines: tuple[Lines, ...]
    colour: str = RED


@dataclass(frozen=True)
class Tiles:
    """Figures side by side, each on a tile: the number (all the same size), its unit and
    what it counts."""

    tiles: tuple[tuple[str, str, str], ...]  # (number, unit, label)


Block = Lines | Stack | Band | Tiles
Placed = tuple[float, list[Box], list[Text]]  # height, boxes and texts from y = 0


def lay_out(
    notice: StockNotice, width: float, height: float, measure: Measure, *, made: bool
) -> Layout:
    """The notice in a ``width`` x ``height`` area (margins are the caller's): the largest
    scale whose blocks fit, the height left spread between them."""
    blocks = notice_blocks(notice, made=made)
    low, high = 0.05, 3.0
    for _ in range(24):  # bisect the scale; a wrap may make a bigger scale shorter, so check
        middle = (low + high) / 2
        low, high = (
            (middle, high) if _fits(blocks, width, height, measure, middle) else (low, middle)
        )
    placed = [_place(block, width, measure, low) for block in blocks]
    used = sum(h for h, _, _ in placed)
    gap = (height - used) / max(1, len(placed) - 1)
    boxes: list[Box] = []
    texts: list[Text] = []
    top = 0.0
    for block_height, block_boxes, block_texts in placed:
        boxes += [replace(b, y=b.y + top) for b in block_boxes]
        texts += [replace(t, y=t.y + top) for t in block_texts]
        top += block_height + gap
    return Layout(width, height, tuple(boxes), tuple(texts), low)


GAP: Final = 0.025  # the least room between blocks, in shares of the width


def notice_blocks(notice: StockNotice, *, made: bool) -> list[Block]:
    yesterday = notice.yesterday
    blocks: list[Block] = [
        Lines(notice.office, 0.05, colour=BLUE),
        Lines(words.TITLE, 0.042, max_lines=2),
        Lines(f"{weekday(notice.day)}, {long_date(notice.day)}", 0.045, max_lines=1),
        Lines(words.AS_OF, 0.03, bold=False, colour=GREY, max_lines=1),
        Tiles(
            (
                (words.number(notice.blanks), words.PIECES, words.BLANKS),
                (
                    words.number(notice.printed_yesterday),
                    words.PIECES,
                    f"{words.PRINTED} ({weekday(yesterday)}, {long_date(yesterday)})",
                ),
                (words.number(notice.waiting), words.RECORDS, words.WAITING),
            )
        ),
        Stack(
            (
                Lines(words.COLLECT, 0.034, bold=False, max_lines=1),
                Lines(notice.collection_hours, 0.042, max_lines=2),
                Lines(f"di {notice.pickup_place}", 0.034, bold=False, max_lines=2),
            )
        ),
        Band(
            (
                Lines(words.FREE_ABOVE, 0.06, colour=WHITE, max_lines=1),
                Lines(words.FREE, 0.18, colour=WHITE, max_lines=1),
                Lines(words.FREE_BELOW, 0.06, colour=WHITE, max_lines=1),
            )
        ),
        Lines(f"{words.COMPLAINT}: {notice.complaint_contact}", 0.036, colour=BLUE),
    ]
    if made:
        stamp = f"{long_date(notice.made_at.date())} {notice.made_at:%H.%M}"
        blocks.append(Lines(f"{words.MADE} {stamp}", 0.024, bold=False, colour=GREY, max_lines=2))
    return blocks


def _fits(blocks: Sequence[Block], width: float, height: float, measure: Measure,
          scale: float) -> bool:  # fmt: skip
    used = sum(_place(block, width, measure, scale)[0] for block in blocks)
    return used + GAP * width * scale * (len(blocks) - 1) <= height


def _place(block: Block, width: float, measure: Measure, scale: float) -> Placed:
    if isinstance(block, Lines):
        return _stack((block,), width, measure, scale)
    if isinstance(block, Stack):
        return _stack(block.lines, width, measure, scale)
    if isinstance(block, Band):
        pad = 0.03 * width * scale
        inner, _, texts = _stack(block.lines, width - 2 * pad, measure, scale, full=width)
        texts = [replace(t, x=t.x + pad, y=t.y + pad) for t in texts]
        return inner + 2 * pad, [Box(0, 0, width, inner + 2 * pad, block.colour)], texts
    return _tiles(block, width, measure, scale)


def _tiles(block: Tiles, width: float, measure: Measure, scale: float) -> Placed:
    between = 0.02 * width
    tile_width = (width - between * (len(block.tiles) - 1)) / len(block.tiles)
    pad = 0.02 * width * scale
    room = tile_width - 2 * pad
    size = 0.11 * width * scale  # the numbers: one size, the widest fitting its tile
    size = min([size, *(size * room / w for n, _, _ in block.tiles
                        if (w := measure(n, True, size)) > room)])  # fmt: skip
    stacks = [
        _stack((Lines(number, size / width / scale, max_lines=1),
                Lines(unit, 0.034, bold=False, colour=GREY, max_lines=1),
                Lines(label, 0.034, max_lines=4)), room, measure, scale, full=width)
        for number, unit, label in block.tiles
    ]  # fmt: skip
    tall = max(h for h, _, _ in stacks) + 2 * pad
    boxes: list[Box] = []
    texts: list[Text] = []
    for index, (_, _, lines) in enumerate(stacks):
        left = index * (tile_width + between)
        boxes.append(Box(left, 0, tile_width, tall, TILE))
        texts += [replace(t, x=t.x + left + pad, y=t.y + pad) for t in lines]
    return tall, boxes, texts


def _stack(lines: Sequence[Lines], width: float, measure: Measure, scale: float,
           *, full: float | None = None) -> Placed:  # fmt: skip
    """Lines under each other, each centred in ``width``; sizes are shares of ``full`` (the
    whole width; by default ``width``)."""
    texts: list[Text] = []
    y = 0.0
    for spec in lines:
        size = spec.size * (full or width) * scale
        size, wrapped = _wrapped(spec, size, width, measure)
        for line in wrapped:
            left = (width - measure(line, spec.bold, size)) / 2
            texts.append(Text(line, left, y, size, spec.bold, spec.colour))
            y += LINE * size
    return y, [], texts


def _wrapped(spec: Lines, size: float, width: float, measure: Measure) -> tuple[float, list[str]]:
    text = " ".join(printable(spec.text).split())
    if spec.max_lines == 1:
        natural = measure(text, spec.bold, size)
        return (size * width / natural if natural > width else size), [text]
    smallest = size * 0.5
    while True:
        lines = wrap(text, width, functools.partial(_width, measure, spec.bold, size))
        if len(lines) <= spec.max_lines or size * 0.9 < smallest:
            return size, lines
        size *= 0.9


def _width(measure: Measure, bold: bool, size: float, text: str) -> float:
    return measure(text, bold, size)


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken where it must be."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while measure(word) > width and len(word) > 1:
            cut = max([1, *(i for i in range(2, len(word)) if measure(word[:i]) <= width)])
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line or not lines:
        lines.append(line)
    return lines
