"""Which forecast flags each face shows: the core decides, the window only colours."""

from __future__ import annotations

from ektp_desk.forecast import station_levels, warnings
from ektp_desk.forecast_inputs import StationRolls
from tests.unit.test_forecast import L1, L2, scenario


def test_a_station_sees_the_office_blanks_and_its_own_rolls_only() -> None:
    result = scenario(1000, StationRolls(L1, 80, 1500), StationRolls(L2, 500, 1500), hours=3.75)
    assert station_levels(result, L1) == {"blank": "ok", "ribbon": "short", "film": "ok"}
    assert station_levels(result, L2) == {"blank": "ok", "ribbon": "ok", "film": "ok"}, (
        "Loket 1's short ribbon and the empty spare shelf are not Loket 2's bars"
    )


def test_the_warnings_worth_a_banner_come_most_severe_first() -> None:
    result = scenario(1000, StationRolls(L1, 80, 1500), StationRolls(L2, 500, 1500), hours=3.75)
    shown = warnings(result)
    assert [(f.item, f.station, f.level) for f in shown] == [
        ("ribbon", None, "out"),
        ("ribbon", L1, "short"),
    ]
    assert warnings(scenario(10)) == [], "nothing short: no banner"
    assert len(warnings(scenario(100_000, blank=10), limit=1)) == 1
