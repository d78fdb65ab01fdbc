"""Settings: this PC's language and station (QSettings); the office's figures, the
ready-to-collect message and the forecast's assumptions (the database, shared by every
station; leads and admins change them, everyone sees them).

The office fields are generated from the settings' declarations (``ektp_desk.setting_specs``:
kind, limits, who may change them, label, help); the dialog only shows and collects values,
the core checks them and refuses a bad one (``ektp_desk.settings.save_settings``), and the
whole change is saved or nothing is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTime
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
from ektp_desk.api.office import (
    SPEC_OF,
    SPECS,
    TEMPLATE_FIELDS,
    UI,
    Database,
    Kind,
    Page,
    SettingSpec,
)
from ektp_desk.domain import LEAD_ROLES as STOCK_ROLES
from ui.buttons import buttons as standard_buttons
from ui.dialog_work import DialogWork
from ui.login import Operator
from ui.tasks import Jobs

# The names tests and the style sheet know the fields by; any other is "settings" + CamelCase.
_OBJECT_NAMES = {
    "office_name": "settingsOfficeName",
    "daily_target": "settingsTarget",
    "printed_before": "settingsBefore",
    "uncollected_days": "settingsUncollected",
    "pickup_place": "settingsPickupPlace",
    "notify_template": "settingsTemplate",
    "sms_send_after": "settingsSmsAfter",
    "sms_send_before": "settingsSmsBefore",
    "forecast_rate_per_station_hour": "settingsRate",
    "forecast_spoil_rate": "settingsSpoilRate",
    "forecast_margin": "settingsMargin",
    "lead_time_days_blank": "settingsLeadBlank",
    "lead_time_days_ribbon": "settingsLeadRibbon",
    "lead_time_days_film": "settingsLeadFilm",
}


def _object_name(name: str) -> str:
    return "settings" + "".join(part.title() for part in name.split("_"))


class SettingsDialog(QDialog):
    def __init__(self, db: Database, operator: Operator, prefs: QSettings,
                 parent: QWidget | None = None, jobs: Jobs | None = None) -> None:  # fmt: skip
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
        for page, title in self._office_pages(lead):
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
        self.work = DialogWork(self, self.error, [buttons], jobs)
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

    def _office_pages(self, lead: bool) -> list[tuple[QWidget, str]]:
        """One page per declared page, one field per declared setting, in declared order;
        a field the operator may not change is shown but disabled."""
        pages: list[tuple[QWidget, str]] = []
        for page_kind, title in ((Page.OFFICE, self.tr("Office")),
                                 (Page.MESSAGES, self.tr("Messages")),
                                 (Page.FORECAST, self.tr("Forecast"))):  # fmt: skip
            page, form = _page()
            for spec in (s for s in SPECS if s.page is page_kind):
                heading = self._headings().get(spec.name)
                if heading:
                    form.addRow(QLabel(heading))
                field = self._field(spec)
                field.setEnabled(self.operator.role in spec.roles)
                form.addRow(translate(UI, spec.label), field)
                if spec.name == "notify_template":
                    form.addRow("", self._template_hint())
            page.setEnabled(lead)
            pages.append((page, title))
        return pages

    def _headings(self) -> dict[str, str]:
        return {
            "forecast_rate_per_station_hour": self.tr("Used until shifts have been measured:"),
            "lead_time_days_blank": self.tr("Delivery lead times (days), to warn in time:"),
        }

    def _template_hint(self) -> QLabel:
        hint = QLabel(self.tr("Fields: {fields}. The message is sent as written.").format(
            fields=", ".join("{" + name + "}" for name in TEMPLATE_FIELDS)))  # fmt: skip
        hint.setWordWrap(True)
        return hint

    # -- fields ------------------------------------------------------------------------

    def _field(self, spec: SettingSpec) -> QWidget:
        value = getattr(self.office, spec.name)
        widget: QWidget
        if spec.kind is Kind.WHOLE:
            widget = QSpinBox()
            widget.setRange(int(spec.low), int(spec.high))
            widget.setGroupSeparatorShown(True)
            widget.setValue(int(value))
        elif spec.kind is Kind.NUMBER:
            widget = QDoubleSpinBox()
            scale = 100 if spec.percent else 1
            widget.setDecimals(2 if spec.percent else 1)
            widget.setRange(spec.low * scale, spec.high * scale)
            widget.setValue(float(value) * scale)
        elif spec.kind is Kind.TIME:
            widget = QTimeEdit(QTime.fromString(str(value), "HH:mm"))
            widget.setDisplayFormat("HH:mm")
        elif spec.kind is Kind.CHOICE:
            widget = QComboBox()
            widget.addItems(spec.choices)
            widget.setCurrentText(str(value))
        elif spec.kind is Kind.MESSAGE:
            widget = QPlainTextEdit(str(value))
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(90)
        else:
            widget = QLineEdit(str(value))
            widget.setMaxLength(spec.max_length)
        widget.setObjectName(_OBJECT_NAMES.get(spec.name) or _object_name(spec.name))
        if spec.help:
            widget.setToolTip(translate(UI, spec.help))
        self.fields[spec.name] = widget
        return widget

    def _value(self, name: str) -> Any:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QTimeEdit):
            return widget.time().toString("HH:mm")
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QDoubleSpinBox):
            value = widget.value()
            return round(value / 100, 4) if SPEC_OF[name].percent else value
        assert isinstance(widget, QSpinBox)
        return widget.value()

    def changes(self) -> dict[str, Any]:
        """The office settings whose field was changed (compared as the fields showed them
        at first, so a value stored with more decimals than a field shows is left alone)."""
        values = {name: self._value(name) for name in self.fields}
        return {name: value for name, value in values.items() if value != self._loaded[name]}

    def save(self) -> None:
        """The office's changes are saved on a worker (all or none); this PC's own choices
        once that went through."""
        changes = self.changes()
        if not changes:
            self._saved()
            return
        db, operator = self.db, self.operator
        self.work.run(lambda: office_settings.save_settings(db, operator, changes),
                      lambda _saved: self._saved(), waiting=self.tr("Saving…"))  # fmt: skip

    def reject(self) -> None:
        if not self.work.running:  # the change is being saved: its answer comes first
            super().reject()

    def _saved(self) -> None:
        self.prefs.setValue("ui/language", self.language.currentData())
        if self.station.currentText():
            self.prefs.setValue("station/name", self.station.currentText())
        self.accept()


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _page() -> tuple[QWidget, QFormLayout]:
    page = QWidget()
    return page, QFormLayout(page)
