"""Dialogs: the first-start welcome and the meeting's details."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSize, QTime, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from khdesk.domain.errors import KhdeskError
from khdesk.services import installation, meetings
from khdesk.ui import dates, labels
from khdesk.ui.context import AppContext
from khdesk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from khdesk.ui.forms.ui_welcome_dialog import Ui_WelcomeDialog
from khdesk.ui.geometry import compact_combo, fit_to_content, remember_geometry
from khdesk.ui.guidance import FieldErrors
from khdesk.ui.i18n import LANGUAGES, install_language
from khdesk.ui.typed_checks import NOTE_STYLE, NameCheck

if TYPE_CHECKING:
    from khdesk.storage.models import Meeting


def fill_regions(context: AppContext, combo: Any, *, allow_none: str | None = None) -> None:
    """Put the 20 regions, named in the interface language, into a combo box."""
    combo.clear()
    if allow_none is not None:
        combo.addItem(allow_none, None)
    for kato, name in context.region_names().items():
        combo.addItem(f"{kato} — {name}", kato)


def _initialise(work: Any, role: str, region: str | None, name: str, keys_dir: Path) -> str:
    return installation.init_installation(
        work.session, role=role, region=region, name=name, keys_dir=keys_dir
    ).role


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
        self.errors = FieldErrors(
            self.ui.errorLabel,
            {"the name": self.ui.nameEdit},
            others=(self.ui.roleCombo, self.ui.regionCombo),
        )
        compact_combo(self.ui.regionCombo, characters=24)
        self._name_controls()
        fit_to_content(self)

    def _name_controls(self) -> None:
        # a screen reader says what each field is (its label's text, in the language chosen)
        for label in (
            self.ui.languageLabel,
            self.ui.roleLabel,
            self.ui.regionLabel,
            self.ui.nameLabel,
        ):
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(label.text().replace("&", ""))
        self.ui.demoCheck.setAccessibleName(self.ui.demoCheck.text().replace("&", ""))

    @property
    def role(self) -> str:
        """The role chosen: "facilitator" or "hq"."""
        return str(self.ui.roleCombo.currentData())

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
        self._name_controls()
        fit_to_content(self)  # the texts of another language are longer or shorter

    def accept(self) -> None:
        role = self.ui.roleCombo.currentData()
        self.ui.buttons.setEnabled(False)
        self.context.operations.write(
            _initialise,
            role,
            self.ui.regionCombo.currentData() if role == "facilitator" else None,
            self.ui.nameEdit.text(),
            self.context.folder.keys,
            done=self._on_initialised,
            failed=self._on_failed,
            owner=self,
        )

    def _on_initialised(self, _role: str) -> None:
        self.load_demo = self.ui.demoCheck.isChecked()
        super().accept()

    def _on_failed(self, error: KhdeskError) -> None:
        self.ui.buttons.setEnabled(True)
        self.errors.show(error)


def _create_meeting(work: Any, region: str | None, values: dict[str, Any]) -> str:
    fmt = values.pop("format")
    return meetings.create_meeting(
        work.session, work.actor, region=region, meeting_format=fmt, **values
    ).id


def _update_meeting(work: Any, meeting_id: str, values: dict[str, Any], reason: str | None) -> str:
    return meetings.update_meeting(work.session, work.actor, meeting_id, reason=reason, **values).id


#: A time field at its lowest value shows "—": the meeting has no such time (yet).
NO_TIME = QTime(0, 0)


def _time_or_none(value: QTime) -> dt.time | None:
    return None if value == NO_TIME else dt.time(value.hour(), value.minute())


class MeetingDialog(QDialog):
    """Create a meeting, or edit its details (as an amendment with ``reason`` once closed).

    ``saved`` is emitted with the meeting's id once it is written."""

    saved = Signal(str)

    def __init__(
        self,
        context: AppContext,
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
        *,
        reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.reason = reason
        self.meeting_id: str | None = meeting.id if meeting is not None else None
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        dates.show_as_papers(self.ui.dateEdit)
        self.setWindowTitle(self.tr("New meeting") if meeting is None else self.tr("Meeting"))
        for code, label in labels.meeting_kinds():
            self.ui.kindCombo.addItem(label, code)
        for code, label in labels.meeting_formats():
            self.ui.formatCombo.addItem(label, code)
        fill_regions(context, self.ui.regionCombo, allow_none=self.tr("No single region"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.kindCombo.currentIndexChanged.connect(self._on_kind_changed)
        compact_combo(self.ui.regionCombo, characters=24)
        # the chair's and the secretary's names go into the protocol and its signatures: their
        # look-alike letters are replaced as they are typed, and said under the field
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.name_checks: list[NameCheck] = []
        names = (
            (self.ui.chairEdit, self.ui.chairNote),
            (self.ui.secretaryEdit, self.ui.secretaryNote),
        )
        for edit, note in names:
            note.setStyleSheet(NOTE_STYLE)
            self.name_checks.append(NameCheck(edit, note, (save,)))
        self._load()
        ui = self.ui
        self.errors = FieldErrors(
            ui.errorLabel,
            {
                "the title": ui.titleEdit,
                "the place": ui.placeEdit,
                "the link": ui.linkEdit,
                "the chair": ui.chairEdit,
                "the secretary": ui.secretaryEdit,
                "the start time": ui.startEdit,
                "the end time": ui.endEdit,
            },
            # what names no field (the times' order, the year) goes at the first change
            others=(ui.dateEdit, ui.kindCombo, ui.formatCombo),
        )
        for field_label in self.findChildren(QLabel):
            buddy = field_label.buddy()
            if buddy is not None and field_label.text():
                buddy.setAccessibleName(field_label.text().replace("&", ""))
        self.ui.endEdit.setAccessibleName(self.tr("Ends"))
        for time_edit in (self.ui.startEdit, self.ui.endEdit):
            # a meeting stored without a time shows none, and keeps none when saved
            time_edit.setMinimumTime(NO_TIME)
            time_edit.setSpecialValueText("—")
        remember_geometry(self, "meeting-dialog", self.sizeHint().expandedTo(QSize(560, 0)))

    def _select(self, combo: Any, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _load(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self.ui.dateEdit.setDate(QDate.currentDate())
            self.ui.startEdit.setTime(QTime(10, 0))
            self.ui.endEdit.setTime(QTime(13, 0))
            info = self.context.installation
            self._select(self.ui.regionCombo, info.region if info else None)
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
        for check in self.name_checks:
            check.loaded()

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
            "starts_at": _time_or_none(start),
            "ends_at": _time_or_none(end),
            "place": self.ui.placeEdit.text(),
            "link": self.ui.linkEdit.text(),
            "chair": self.ui.chairEdit.text(),
            "secretary": self.ui.secretaryEdit.text(),
        }

    def accept(self) -> None:
        # every name corrected now (not only the first), shown, and stored at the next press
        corrected = [check.edit for check in self.name_checks if check.correct()]
        if corrected:
            corrected[0].setFocus()
            return
        values = self.values()
        self.ui.buttons.setEnabled(False)
        if self.meeting is None:
            self.context.operations.write(
                _create_meeting, self.ui.regionCombo.currentData(), values,
                done=self._on_saved, failed=self._on_failed, owner=self,
            )  # fmt: skip
        else:
            self.context.operations.write(
                _update_meeting, self.meeting.id, values, self.reason,
                done=self._on_saved, failed=self._on_failed, owner=self,
            )  # fmt: skip

    def _on_saved(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        self.saved.emit(meeting_id)
        super().accept()

    def _on_failed(self, error: KhdeskError) -> None:
        self.ui.buttons.setEnabled(True)
        self.errors.show(error)
