"""Dialogs: the first-start welcome and the meeting's details."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlmodel import col, select

from khdesk.domain.errors import KhdeskError
from khdesk.services import installation, meetings
from khdesk.storage.models import Meeting, Region
from khdesk.ui.context import AppContext
from khdesk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from khdesk.ui.forms.ui_welcome_dialog import Ui_WelcomeDialog
from khdesk.ui.i18n import LANGUAGES, install_language, name_column
from khdesk.ui.texts import render


def fill_regions(context: AppContext, combo: Any, *, allow_none: str | None = None) -> None:
    """Put the 20 regions, named in the interface language, into a combo box."""
    combo.clear()
    if allow_none is not None:
        combo.addItem(allow_none, None)
    column = getattr(Region, name_column(context.language))
    with context.db.session() as session:
        for kato, name in session.exec(select(Region.kato, column).order_by(col(Region.kato))):
            combo.addItem(f"{kato} — {name}", kato)


class WelcomeDialog(QDialog):
    """First start: who uses this computer (role, region, name), the language, demo data."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        for code, label in LANGUAGES.items():
            self.ui.languageCombo.addItem(label, code)
        self.ui.languageCombo.setCurrentIndex(list(LANGUAGES).index(context.language))
        self.ui.roleCombo.addItem(self.tr("Facilitator of a region"), "facilitator")
        self.ui.roleCombo.addItem(self.tr("Headquarters"), "hq")
        fill_regions(context, self.ui.regionCombo)
        self.ui.roleCombo.currentIndexChanged.connect(self._on_role_changed)
        self.ui.languageCombo.currentIndexChanged.connect(self._on_language_changed)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.load_demo = False

    def _on_role_changed(self) -> None:
        self.ui.regionCombo.setEnabled(self.ui.roleCombo.currentData() == "facilitator")

    def _on_language_changed(self) -> None:
        language = self.ui.languageCombo.currentData()
        self.context.language = language
        install_language(language)
        self.ui.retranslateUi(self)
        self.ui.roleCombo.setItemText(0, self.tr("Facilitator of a region"))
        self.ui.roleCombo.setItemText(1, self.tr("Headquarters"))
        current = self.ui.regionCombo.currentIndex()
        fill_regions(self.context, self.ui.regionCombo)
        self.ui.regionCombo.setCurrentIndex(current)

    def accept(self) -> None:
        role = self.ui.roleCombo.currentData()
        try:
            with self.context.db.transaction() as session:
                installation.init_installation(
                    session,
                    role=role,
                    region=self.ui.regionCombo.currentData() if role == "facilitator" else None,
                    name=self.ui.nameEdit.text(),
                    keys_dir=self.context.data_dir / "keys",
                )
        except KhdeskError as error:
            self.ui.errorLabel.setText(render(error))
            return
        self.load_demo = self.ui.demoCheck.isChecked()
        super().accept()


class MeetingDialog(QDialog):
    """Create a meeting, or edit its details."""

    def __init__(
        self, context: AppContext, meeting: Meeting | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New meeting") if meeting is None else self.tr("Meeting"))
        kinds = {
            "round-table": self.tr("Round table"),
            "online": self.tr("Online session"),
            "plenary": self.tr("Plenary"),
        }
        for code, label in kinds.items():
            self.ui.kindCombo.addItem(label, code)
        formats = {
            "in-person": self.tr("In person"),
            "online": self.tr("Online"),
            "hybrid": self.tr("Hybrid"),
        }
        for code, label in formats.items():
            self.ui.formatCombo.addItem(label, code)
        fill_regions(context, self.ui.regionCombo, allow_none=self.tr("No single region"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.kindCombo.currentIndexChanged.connect(self._on_kind_changed)
        self._load()

    def _select(self, combo: Any, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _load(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self.ui.dateEdit.setDate(QDate.currentDate())
            self.ui.startEdit.setTime(QTime(10, 0))
            self.ui.endEdit.setTime(QTime(13, 0))
            with self.context.db.session() as session:
                device = installation.local_device(session)
            self._select(self.ui.regionCombo, device.region_kato if device else None)
            return
        self.ui.titleEdit.setText(meeting.title)
        self._select(self.ui.kindCombo, meeting.kind)
        self._select(self.ui.formatCombo, meeting.format)
        self.ui.dateEdit.setDate(QDate(meeting.date.year, meeting.date.month, meeting.date.day))
        if meeting.starts_at:
            self.ui.startEdit.setTime(QTime(meeting.starts_at.hour, meeting.starts_at.minute))
        if meeting.ends_at:
            self.ui.endEdit.setTime(QTime(meeting.ends_at.hour, meeting.ends_at.minute))
        self._select(self.ui.regionCombo, meeting.region_kato)
        self.ui.regionCombo.setEnabled(False)  # a meeting does not move to another region
        self.ui.placeEdit.setText(meeting.place or "")
        self.ui.linkEdit.setText(meeting.link or "")
        self.ui.chairEdit.setText(meeting.chair or "")
        self.ui.secretaryEdit.setText(meeting.secretary or "")

    def _on_kind_changed(self) -> None:
        if self.meeting is None:
            online = self.ui.kindCombo.currentData() == "online"
            self._select(self.ui.formatCombo, "online" if online else "in-person")

    def values(self) -> dict[str, Any]:
        qdate = self.ui.dateEdit.date()
        start, end = self.ui.startEdit.time(), self.ui.endEdit.time()
        return {
            "title": self.ui.titleEdit.text(),
            "kind": self.ui.kindCombo.currentData(),
            "format": self.ui.formatCombo.currentData(),
            "date": dt.date(qdate.year(), qdate.month(), qdate.day()),
            "starts_at": dt.time(start.hour(), start.minute()),
            "ends_at": dt.time(end.hour(), end.minute()),
            "place": self.ui.placeEdit.text(),
            "link": self.ui.linkEdit.text(),
            "chair": self.ui.chairEdit.text(),
            "secretary": self.ui.secretaryEdit.text(),
        }

    def accept(self) -> None:
        values = self.values()
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                if self.meeting is None:
                    fmt = values.pop("format")
                    self.meeting = meetings.create_meeting(
                        session,
                        actor,
                        region=self.ui.regionCombo.currentData(),
                        meeting_format=fmt,
                        **values,
                    )
                else:
                    self.meeting = meetings.update_meeting(
                        session, actor, self.meeting.id, **values
                    )
        except KhdeskError as error:
            self.ui.errorLabel.setText(render(error))
            return
        self.context.hub.meetings_changed.emit()
        super().accept()
