"""Office settings from the command line, and the database URL shown without its password."""

from __future__ import annotations

from sqlalchemy import text

from ektp_desk.cli import main
from ektp_desk.db import Database
from tests.cli.harness import Cli


def test_settings_are_listed_and_a_lead_changes_one(demo: Cli) -> None:
    listed = {row["name"]: row for row in demo.json("settings")}
    assert listed["daily_target"] == {"name": "daily_target", "value": 1000, "changed": False}
    assert "{name}" in listed["notify_template"]["value"]
    assert (
        demo.run("settings", "--set", "forecast_spoil_rate", "0,03", "--operator", "lead1")
        == "forecast_spoil_rate = 0.03\n"
    )  # a decimal comma, as Indonesian Excel writes it
    assert {r["name"]: r for r in demo.json("settings")}["forecast_spoil_rate"] == {
        "name": "forecast_spoil_rate", "value": 0.03, "changed": True}  # fmt: skip


def test_a_bad_setting_is_refused_in_one_line_and_changes_nothing(demo: Cli) -> None:
    for args, reason in (
        (("daily_target", "lots"), "takes a whole number, not 'lots'"),
        (("colour", "red"), "unknown setting colour"),
        (("notify_template", "Halo {nama}"), "unknown field 'nama'"),
        (("sms_send_after", "8 pagi"), "is not a time of day"),
    ):
        assert reason in demo.run("settings", "--set", *args, "--operator", "lead1", code=1)
    assert "only a lead or an admin" in demo.run(
        "settings", "--set", "daily_target", "900", "--operator", "operator1", code=1
    )
    demo.capsys.readouterr()
    assert main(["--db", demo.url, "settings", "--set", "daily_target", "9"]) == 1
    assert "sign in first" in demo.capsys.readouterr().err
    assert not any(row["changed"] for row in demo.json("settings"))


def test_a_settings_change_is_audited_without_a_password(demo: Cli, db_url: str) -> None:
    url = "mysql+pymysql://smsd:rahasia@10.0.0.5/smsd"
    refused = demo.run("settings", "--set", "gammu_db_url", url, "--operator", "lead1", code=1)
    assert "only an admin" in refused, "the gateway's URL holds a password: admins set it"
    shown = demo.run("settings", "--set", "gammu_db_url", url, "--operator", "admin")
    assert "rahasia" not in shown
    assert "rahasia" not in demo.run("settings")
    db = Database(db_url)
    try:
        with db.read() as session:
            sql = "SELECT user, subject, detail FROM audit_log WHERE action = 'settings'"
            rows = session.execute(text(sql)).all()
        assert [tuple(r) for r in rows] == [
            ("admin", "gammu_db_url", "mysql+pymysql://smsd:***@10.0.0.5/smsd")]  # fmt: skip
        from ektp_desk.settings import load_settings

        assert load_settings(db).gammu_db_url == url, "the stored URL keeps its password"
    finally:
        db.dispose()


def test_a_database_url_is_shown_without_its_password() -> None:
    from ektp_desk.db import Database, url_without_password

    url = "postgresql+psycopg://ektp:rahasia@10.0.0.5/kantor"
    assert url_without_password(url) == "postgresql+psycopg://ektp:***@10.0.0.5/kantor"
    assert url_without_password("not a database url") == "***"
    assert "rahasia" not in Database(url).describe()
