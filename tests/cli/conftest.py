"""Fixtures of the CLI tests: an initialised-or-not database behind the harness, and the demo
office."""

from __future__ import annotations

import pytest

from tests.cli.harness import Cli


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(db_url, capsys, monkeypatch)


@pytest.fixture
def demo(cli: Cli) -> Cli:
    out = cli.run("demo", "--records", "30")
    assert "operator1" in out
    assert "lead1" in out
    cli.default_user = "lead1"
    return cli
