"""Agenda and minutes in the protocol's form: HEARD, SPOKE and DECIDED with the vote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import col, select

from khdesk.domain.errors import KhdeskError
from khdesk.domain.names import sort_key
from khdesk.services import minutes, participants
from khdesk.storage.models import AgendaItem, Decision, Speech
from khdesk.ui.context import AppContext
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.models import ListTableModel
from khdesk.ui.texts import render
from khdesk.ui.widgets import AutoSaver, confirm, fit_columns, show_error


class MinutesTab(MeetingPart):
    """The agenda on the left; the selected item's HEARD, SPOKE and DECIDED on the right."""

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, parent)
        self.item_id: str | None = None
        self.decision_id: str | None = None

        self.agenda = QListWidget()
        self.agenda.currentItemChanged.connect(self._on_item_selected)
        self.add_item_button = QPushButton(self.tr("&Add agenda item…"))
        self.add_item_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button = QPushButton(self.tr("Remove item"))
        self.remove_item_button.clicked.connect(self.remove_item)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Agenda")))
        left_layout.addWidget(self.agenda, 1)
        left_layout.addWidget(self.add_item_button)
        left_layout.addWidget(self.remove_item_button)

        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.title_edit = QLineEdit()
        self.rapporteur_edit = QLineEdit()
        self.heard_edit = QPlainTextEdit()
        self.heard_edit.setPlaceholderText(self.tr("What the rapporteur reported"))
        heard_box = QGroupBox(self.tr("HEARD"))
        heard_form = QFormLayout(heard_box)
        heard_form.addRow(self.tr("Item"), self.title_edit)
        heard_form.addRow(self.tr("Rapporteur"), self.rapporteur_edit)
        heard_form.addRow(self.heard_edit)

        self.speaker_combo = QComboBox(editable=True)
        self.speaker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speech_edit = QLineEdit()
        self.speech_edit.setPlaceholderText(self.tr("Summary of the speech"))
        self.speech_edit.returnPressed.connect(self.add_speech)
        self.add_speech_button = QPushButton(self.tr("Add speaker"))
        self.add_speech_button.clicked.connect(self.add_speech)
        self.speeches_model = ListTableModel([self.tr("Speaker"), self.tr("Summary of the speech")])
        self.speeches = QTableView()
        self.speeches.setModel(self.speeches_model)
        self.speeches.horizontalHeader().setStretchLastSection(True)
        self.speeches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        spoke_box = QGroupBox(self.tr("SPOKE"))
        spoke_layout = QVBoxLayout(spoke_box)
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(self.speaker_combo, 1)
        speaker_row.addWidget(self.speech_edit, 2)
        speaker_row.addWidget(self.add_speech_button)
        spoke_layout.addLayout(speaker_row)
        spoke_layout.addWidget(self.speeches)

        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setPlaceholderText(self.tr("The decision as it goes into the protocol"))
        self.votes = {name: QSpinBox(maximum=100_000) for name in ("for", "against", "abstained")}
        self.quorum = QLabel()
        decided_box = QGroupBox(self.tr("DECIDED"))
        decided_layout = QVBoxLayout(decided_box)
        decided_layout.addWidget(self.decision_edit)
        votes_row = QHBoxLayout()
        labels = {
            "for": self.tr("For"),
            "against": self.tr("Against"),
            "abstained": self.tr("Abstained"),
        }
        for name, spin in self.votes.items():
            votes_row.addWidget(QLabel(labels[name]))
            votes_row.addWidget(spin)
            spin.editingFinished.connect(self._save_votes)
        votes_row.addStretch()
        votes_row.addWidget(self.quorum)
        decided_layout.addLayout(votes_row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.error)
        right_layout.addWidget(heard_box, 2)
        right_layout.addWidget(spoke_box, 2)
        right_layout.addWidget(decided_box, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.savers = {
            "title": AutoSaver(self.title_edit, self._saver("title"), self.error.setText),
            "rapporteur": AutoSaver(
                self.rapporteur_edit, self._saver("rapporteur"), self.error.setText
            ),
            "heard": AutoSaver(self.heard_edit, self._saver("heard"), self.error.setText),
            "decision": AutoSaver(self.decision_edit, self._save_decision_text, self.error.setText),
        }
        self.refresh()

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.flush()
        with self.context.db.session() as session:
            items = minutes.agenda(session, self.meeting_id)
            people = participants.attendances(session, self.meeting_id)
            present = sum(1 for attendance, _ in people if attendance.present)
        keep = self.item_id
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for item in items:
            entry = QListWidgetItem(f"{item.position}. {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.agenda.addItem(entry)
        self.agenda.blockSignals(False)
        self.speaker_combo.clear()
        language = "ru" if self.context.language == "ru" else "kk"
        here = [person for attendance, person in people if attendance.present]
        for person in sorted(here, key=lambda p: sort_key(p.full_name, language)):
            self.speaker_combo.addItem(person.full_name, person.id)
        self.present = present
        self.speaker_combo.setCurrentIndex(-1)
        self.quorum.setText(self.tr("Present: {count}").format(count=present))
        ids = [item.id for item in items]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.agenda.setCurrentRow(row)
        if row < 0:
            self._load_item(None)

    def _on_item_selected(self) -> None:
        self.flush()
        current = self.agenda.currentItem()
        self._load_item(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _load_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        item = decision = None
        speeches: list[Speech] = []
        if item_id:
            with self.context.db.session() as session:
                item = session.get(AgendaItem, item_id)
                speeches = list(
                    session.exec(
                        select(Speech)
                        .where(Speech.agenda_item_id == item_id, Speech.deleted == False)  # noqa: E712
                        .order_by(col(Speech.position))
                    )
                )
                decision = session.exec(
                    select(Decision)
                    .where(Decision.agenda_item_id == item_id, Decision.deleted == False)  # noqa: E712
                    .order_by(col(Decision.position))
                ).first()
        self.decision_id = decision.id if decision else None
        self.savers["title"].reset(item.title if item else "")
        self.savers["rapporteur"].reset(item.rapporteur or "" if item else "")
        self.savers["heard"].reset(item.heard or "" if item else "")
        self.savers["decision"].reset(decision.text if decision else "")
        for name, value in (
            ("for", decision.votes_for if decision else None),
            ("against", decision.votes_against if decision else None),
            ("abstained", decision.votes_abstained if decision else None),
        ):
            self.votes[name].blockSignals(True)
            self.votes[name].setValue(value or 0)
            self.votes[name].blockSignals(False)
        self.speeches_model.set_rows([(s.id, s.speaker, s.text) for s in speeches])
        fit_columns(self.speeches)
        self._apply_enabled()

    # --- saving -------------------------------------------------------------------------------
    def flush(self) -> None:
        """Write whatever is typed but not yet saved (before switching items or closing)."""
        for saver in getattr(self, "savers", {}).values():
            saver.flush()

    def _saver(self, field: str):
        def save(text: str) -> None:
            if not self.item_id:
                return
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                minutes.update_agenda_item(
                    session, actor, self.item_id, reason=self.reason, **{field: text}
                )
            self.error.clear()
            if field == "title":
                current = self.agenda.currentItem()
                if current:
                    current.setText(f"{self.agenda.currentRow() + 1}. {text.strip()}")

        return save

    def _save_decision_text(self, text: str) -> None:
        if not self.item_id:
            return
        actor = self.context.actor()
        with self.context.db.transaction() as session:
            if self.decision_id:
                minutes.update_decision(
                    session, actor, self.decision_id, reason=self.reason, text=text
                )
            elif text.strip():
                votes = self._votes()
                decision = minutes.add_decision(
                    session,
                    actor,
                    self.item_id,
                    text=text,
                    reason=self.reason,
                    votes_for=votes["votes_for"],
                    votes_against=votes["votes_against"],
                    votes_abstained=votes["votes_abstained"],
                )
                self.decision_id = decision.id
        self.error.clear()

    def _votes(self) -> dict[str, int]:
        return {
            "votes_for": self.votes["for"].value(),
            "votes_against": self.votes["against"].value(),
            "votes_abstained": self.votes["abstained"].value(),
        }

    def _save_votes(self) -> None:
        votes = sum(spin.value() for spin in self.votes.values())
        if votes > getattr(self, "present", votes):
            self.error.setText(
                self.tr("{votes} votes, but {present} present: check the count.").format(
                    votes=votes, present=self.present
                )
            )
        if self.read_only:
            return
        if not self.decision_id:
            if votes:
                self.error.setText(self.tr("Type the decision first; the vote is saved with it."))
            return
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                minutes.update_decision(
                    session, actor, self.decision_id, reason=self.reason, **self._votes()
                )
        except KhdeskError as error:
            self.error.setText(render(error))

    def add_item(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Agenda item"), self.tr("Title of the item"))
        if not ok or not title.strip():
            return
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                item = minutes.add_agenda_item(
                    session, actor, self.meeting_id, title=title, reason=self.reason
                )
        except KhdeskError as error:
            show_error(self, error)
            return
        self.item_id = item.id
        self.refresh()
        self.heard_edit.setFocus()

    def remove_item(self) -> None:
        if not self.item_id or not confirm(
            self, self.tr("Remove item"), self.tr("Remove this agenda item and its minutes?")
        ):
            return
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                minutes.delete_agenda_item(session, actor, self.item_id, reason=self.reason)
        except KhdeskError as error:
            show_error(self, error)
            return
        self.item_id = None
        self.refresh()

    def add_speech(self) -> None:
        if not self.item_id or self.read_only:
            return
        speaker = self.speaker_combo.currentText()
        index = self.speaker_combo.findText(speaker)
        person_id = self.speaker_combo.itemData(index) if index >= 0 else None
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                minutes.add_speech(
                    session,
                    actor,
                    self.item_id,
                    speaker=speaker,
                    text=self.speech_edit.text(),
                    person_id=person_id,
                    reason=self.reason,
                )
        except KhdeskError as error:
            self.error.setText(render(error))
            return
        self.speech_edit.clear()
        self.speaker_combo.setCurrentIndex(-1)
        self._load_item(self.item_id)

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        self.read_only, self.reason = read_only, reason
        self._apply_enabled()

    def _apply_enabled(self) -> None:
        editable = not self.read_only
        has_item = self.item_id is not None
        self.add_item_button.setEnabled(editable)
        self.remove_item_button.setEnabled(editable and has_item)
        for widget in (self.title_edit, self.rapporteur_edit, self.speech_edit):
            widget.setReadOnly(not (editable and has_item))
        for text in (self.heard_edit, self.decision_edit):
            text.setReadOnly(not (editable and has_item))
        self.speaker_combo.setEnabled(editable and has_item)
        self.add_speech_button.setEnabled(editable and has_item)
        for spin in self.votes.values():
            spin.setEnabled(editable and has_item)
