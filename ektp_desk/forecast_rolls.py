"""Sharing a shift's plan over its stations, and the office's spare rolls between them.

Counts are cards. A spare roll goes to the station whose roll ends first (the fewest cards
covered, as every station prints at the same pace; the first in order on a tie) while some
station covers less than its share plus the safety margin: first the rolls the plan needs,
then rolls held ready for a station under the margin. Each roll is counted once, at the
station it goes to.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

_EPSILON: Final = 1e-9  # float noise: 300 x 0.2 stays 60


def safety(needed: int, margin: float) -> int:
    """The safety stock over a need, in whole cards."""
    return math.ceil(needed * margin - _EPSILON)


@dataclass(frozen=True)
class RollNeed:
    """One station's ribbon or film over the plan."""

    loaded: int  # cards the loaded roll still prints
    per_roll: int  # cards a spare roll adds here
    needed: int  # this station's share of the plan
    target: int  # the share plus the safety margin
    rolls: int = 0  # spare rolls that go to it

    @property
    def covers(self) -> int:
        return self.loaded + self.rolls * self.per_roll

    @property
    def shortfall(self) -> int:
        """Cards it lacks beyond its loaded roll."""
        return max(self.needed - self.loaded, 0)

    @property
    def plan_rolls(self) -> int:
        """The rolls it loads within the plan (the others are held ready)."""
        if not self.shortfall or not self.per_roll:
            return 0
        return min(self.rolls, -(-self.shortfall // self.per_roll))

    @property
    def under_target(self) -> bool:
        return self.covers < self.target and self.per_roll > 0


def shares(planned: int, stations: int) -> list[int]:
    """``planned`` split evenly over ``stations``; the first ones take the remainder."""
    if stations <= 0:
        return []
    base, extra = divmod(planned, stations)
    return [base + (1 if index < extra else 0) for index in range(stations)]


def allocate_spares(needs: Sequence[RollNeed], spares: int) -> list[RollNeed]:
    """The needs with ``rolls`` set: at most ``spares`` rolls in all, first to run out first."""
    allocated = list(needs)
    for _ in range(max(spares, 0)):
        short = [index for index, need in enumerate(allocated) if need.under_target]
        if not short:
            break
        first = min(short, key=lambda index: (allocated[index].covers, index))
        allocated[first] = replace(allocated[first], rolls=allocated[first].rolls + 1)
    return allocated


def spare_covers(needs: Sequence[RollNeed], spares: int, per_roll: int) -> int:
    """Cards the spare rolls cover of the stations' shortfalls, plus those of the rolls the
    plan does not load (held ready or unallocated: ``per_roll`` cards each)."""
    used = sum(min(need.shortfall, need.plan_rolls * need.per_roll) for need in needs)
    left_over = max(spares - sum(need.plan_rolls for need in needs), 0)
    return used + left_over * per_roll
