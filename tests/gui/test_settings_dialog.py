"""Settings from the window: a lead's office figures, the message and the forecast saved
(on a worker, all or none), this PC's language remembered; an operator only looks."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from ektp_desk.api import office as api_office
from ektp_desk.db import Database
from ektp_desk.settings import load_settings
from tests.conftest import LEAD
from tests.gui.conftest import answer_next_dialog, settle
from ui.actions import Act


def saved(qtbot: QtBot, dialog: QWidget) -> None:
    """The save on the dialog's worker has answered."""
    qtbot.waitUntil(lambda: not dialog.work.running)  # type: ignore[attr-defined]


def test_a_lead_sets_the_daily_target_in_settings(
    office: Database, qtbot, make_window, prefs, record_calls
) -> None:
    window = make_window(office, name=LEAD)
    saves = record_calls(api_office, "save_settings")
    while_saving: list[tuple[str, bool]] = []

    def set_target(dialog: QWidget) -> None:
        target = dialog.findChild(QWidget, "settingsTarget")
        target.setValue(750)  # type: ignore[attr-defined]
        dialog.findChild(QWidget, "settingsLanguage").setCurrentIndex(1)  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]
        box = dialog.findChild(QDialogButtonBox)
        while_saving.append((dialog.findChild(QWidget, "settingsError").text(), box.isEnabled()))

    titles = answer_next_dialog(qtbot, set_target)
    window.acts[Act.SETTINGS].trigger()
    settle(qtbot, window)
    assert titles == ["Settings"]
    assert while_saving == [("Saving…", False)], "the dialog says so and cannot save twice"
    assert window.body.feedback.text() == "Settings saved"
    assert window.body.counters_panel.target_bar.maximum() == 750
    assert load_settings(office).daily_target == 750
    assert prefs.value("ui/language") == "en"
    assert saves.off_the_gui_thread, "saved on a worker"


def test_operators_cannot_change_office_figures(office: Database, qtbot, make_window) -> None:
    window = make_window(office)
    enabled: list[bool] = []

    def look(dialog: QWidget) -> None:
        for name in ("settingsTarget", "settingsTemplate", "settingsRate"):
            enabled.append(dialog.findChild(QWidget, name).isEnabled())
        dialog.reject()  # type: ignore[attr-defined]

    answer_next_dialog(qtbot, look)
    window.acts[Act.SETTINGS].trigger()
    assert enabled == [False, False, False]


def test_a_lead_words_the_message_and_tunes_the_forecast_in_settings(
    office: Database, qtbot, make_window, prefs, record_calls
) -> None:
    window = make_window(office, name=LEAD)
    saves = record_calls(api_office, "save_settings")
    errors: list[str] = []

    def edit(dialog: QWidget) -> None:
        dialog.findChild(QWidget, "settingsPickupPlace").setText("Kantor Kecamatan")  # type: ignore[attr-defined]
        dialog.findChild(QWidget, "settingsSpoilRate").setValue(3.5)  # type: ignore[attr-defined]
        dialog.findChild(QWidget, "settingsLanguage").setCurrentIndex(1)  # type: ignore[attr-defined]
        template = dialog.findChild(QWidget, "settingsTemplate")
        template.setPlainText("Yth. {salutation} {nama}: KTP-el siap.")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]
        saved(qtbot, dialog)
        assert dialog.isVisible(), "a refused save keeps the dialog open"
        errors.append(dialog.findChild(QWidget, "settingsError").text())
        errors.append(load_settings(office).pickup_place)  # the refused save changed nothing
        errors.append(str(prefs.value("ui/language", "id")))  # nor this PC's language
        template.setPlainText("Yth. {salutation} {name}: KTP-el siap di {place}.")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]

    answer_next_dialog(qtbot, edit)
    before = load_settings(office)
    window.acts[Act.SETTINGS].trigger()
    assert "unknown field 'nama'" in errors[0]
    assert errors[1:] == [before.pickup_place, "id"]
    after = load_settings(office)
    assert (after.pickup_place, after.forecast_spoil_rate) == ("Kantor Kecamatan", 0.035)
    assert after.notify_template == "Yth. {salutation} {name}: KTP-el siap di {place}."
    assert after.forecast_margin == before.forecast_margin, "an untouched field is not saved"
    assert prefs.value("ui/language") == "en"
    assert len(saves.threads) == 2
    assert saves.off_the_gui_thread, "both saves ran on a worker"
