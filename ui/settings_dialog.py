"""Settings: this PC's language and station (QSettings); the office's figures, the
ready-to-collect message and the forecast's assumptions (the database, shared by every
station; leads and admins change them, everyone sees them).

The dialog only shows and collects values: the core checks them and refuses a bad one
(``ektp_desk.settings.save_settings``), and the whole change is saved or nothing is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ektp_desk.api import office as office_settings
from ektp_desk.api.office import TEMPLATE_FIELDS, Database
from ektp_desk.domain import LEAD_ROLES as STOCK_ROLES
from ektp_desk.errors import Refused
from ui.buttons import buttons as standard_buttons
from ui.feedback import refusal_text
from ui.login import Operator

PERCENT = ("forecast_spoil_rate", "forecast_margin")  # stored as shares, shown as per cent


class SettingsDialog(QDialog):
    def __init__(self, db: Database, operator: Operator, prefs: QSettings,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.prefs = prefs
        self.office = office_settings.load_settings(db)
        self.fields: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._this_pc(), self.tr("This PC"))
        lead = operator.role in STOCK_ROLES
        for page, title in ((self._office_page(), self.tr("Office")),
                            (self._message_page(), self.tr("Messages")),
                            (self._forecast_page(), self.tr("Forecast"))):  # fmt: skip
            page.setEnabled(lead)
            self.tabs.addTab(page, title)
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        buttons = standard_buttons("Save", "Cancel")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        if not lead:
            layout.addWidget(QLabel(self.tr("Office settings can be changed by a shift lead.")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._loaded = {name: self._value(name) for name in self.fields}

    # -- pages -------------------------------------------------------------------------

    def _this_pc(self) -> QWidget:
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(self.language.findData(self.prefs.value("ui/language", "id")), 0)
        )
        self.station = QComboBox()
        self.station.setObjectName("settingsStation")
        self.station.addItems([s.name for s in office_settings.list_stations(self.db) if s.active])
        self.station.setCurrentText(str(self.prefs.value("station/name", self.operator.station)))
        page, form = _page()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("This PC's station"), self.station)
        form.addRow(QLabel(self.tr("Language and station apply at the next sign-in.")))
        return page

    def _office_page(self) -> QWidget:
        page, form = _page()
        form.addRow(self.tr("Office name"), self._text("office_name", "settingsOfficeName"))
        self.target = self._whole("daily_target", "settingsTarget", minimum=1)
        self.before = self._whole("printed_before", "settingsBefore")
        form.addRow(self.tr("Daily target (cards)"), self.target)
        form.addRow(self.tr("Cards printed before e-KTP Desk"), self.before)
        form.addRow(self.tr("Follow up cards not collected after (days)"),
                    self._whole("uncollected_days", "settingsUncollected", minimum=1))  # fmt: skip
        return page

    def _message_page(self) -> QWidget:
        page, form = _page()
        form.addRow(self.tr("Where cards are collected"),
                    self._text("pickup_place", "settingsPickupPlace"))  # fmt: skip
        template = QPlainTextEdit(self.office.notify_template)
        template.setObjectName("settingsTemplate")
        template.setTabChangesFocus(True)
        template.setFixedHeight(90)
        self.fields["notify_template"] = template
        form.addRow(self.tr("Ready-to-collect message"), template)
        hint = QLabel(self.tr("Fields: {fields}. The message is sent as written.").format(
            fields=", ".join("{" + name + "}" for name in TEMPLATE_FIELDS)))  # fmt: skip
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("Send SMS from"), self._clock("sms_send_after", "settingsSmsAfter"))
        form.addRow(self.tr("Send SMS until"), self._clock("sms_send_before", "settingsSmsBefore"))
        return page

    def _forecast_page(self) -> QWidget:
        page, form = _page()
        form.addRow(QLabel(self.tr("Used until shifts have been measured:")))
        form.addRow(
            self.tr("Print attempts per station and hour"),
            self._number("forecast_rate_per_station_hour", "settingsRate", 1, 1000),
        )
        form.addRow(
            self.tr("Spoiled attempts (%)"),
            self._number("forecast_spoil_rate", "settingsSpoilRate", 0, 99.9),
        )
        form.addRow(
            self.tr("Safety margin over the plan (%)"),
            self._number("forecast_margin", "settingsMargin", 0, 500),
        )
        form.addRow(
            self.tr("Hours of a shift never worked before"),
            self._number("shift_hours", "settingsShiftHours", 1, 24),
        )
        form.addRow(QLabel(self.tr("Delivery lead times (days), to warn in time:")))
        form.addRow(
            self.tr("Blank cards, from the province"),
            self._whole("lead_time_days_blank", "settingsLeadBlank"),
        )
        form.addRow(
            self.tr("Ribbon rolls"), self._whole("lead_time_days_ribbon", "settingsLeadRibbon")
        )
        form.addRow(self.tr("Film rolls"), self._whole("lead_time_days_film", "settingsLeadFilm"))
        form.addRow(self.tr("Reorder this many days earlier"),
                    self._whole("reorder_margin_days", "settingsReorderMargin"))  # fmt: skip
        return page

    # -- fields ------------------------------------------------------------------------

    def _text(self, name: str, object_name: str) -> QLineEdit:
        edit = QLineEdit(str(getattr(self.office, name)))
        edit.setObjectName(object_name)
        self.fields[name] = edit
        return edit

    def _whole(self, name: str, object_name: str, *, minimum: int = 0) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(object_name)
        spin.setRange(minimum, 10_000_000)
        spin.setGroupSeparatorShown(True)
        spin.setValue(int(getattr(self.office, name)))
        self.fields[name] = spin
        return spin

    def _number(self, name: str, object_name: str, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(object_name)
        spin.setDecimals(2 if name in PERCENT else 1)
        spin.setRange(low, high)
        value = float(getattr(self.office, name))
        spin.setValue(value * 100 if name in PERCENT else value)
        self.fields[name] = spin
        return spin

    def _clock(self, name: str, object_name: str) -> QTimeEdit:
        edit = QTimeEdit(QTime.fromString(str(getattr(self.office, name)), "HH:mm"))
        edit.setObjectName(object_name)
        edit.setDisplayFormat("HH:mm")
        self.fields[name] = edit
        return edit

    def _value(self, name: str) -> Any:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QTimeEdit):
            return widget.time().toString("HH:mm")
        if isinstance(widget, QDoubleSpinBox):
            value = widget.value()
            return round(value / 100, 4) if name in PERCENT else value
        assert isinstance(widget, QSpinBox)
        return widget.value()

    def changes(self) -> dict[str, Any]:
        """The office settings whose field was changed (compared as the fields showed them
        at first, so a value stored with more decimals than a field shows is left alone)."""
        values = {name: self._value(name) for name in self.fields}
        return {name: value for name, value in values.items() if value != self._loaded[name]}

    def save(self) -> None:
        changes = self.changes()
        try:
            if changes:
                office_settings.save_settings(self.db, self.operator, changes)
        except Refused as error:
            self.error.setText(refusal_text(error))
            return
        self.prefs.setValue("ui/language", self.language.currentData())
        if self.station.currentText():
            self.prefs.setValue("station/name", self.station.currentText())
        self.accept()


def _page() -> tuple[QWidget, QFormLayout]:
    page = QWidget()
    return page, QFormLayout(page)
