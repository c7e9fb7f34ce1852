"""Agenda and minutes in the protocol's form: HEARD, SPOKE and DECIDED with the vote."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
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

from khdesk.domain.errors import KhdeskError
from khdesk.domain.names import sort_key
from khdesk.domain.validation import fold_look_alikes
from khdesk.services import minutes
from khdesk.ui.context import AppContext
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.models import ListTableModel
from khdesk.ui.texts import render
from khdesk.ui.typed_checks import NameCheck, note_label
from khdesk.ui.widgets import AutoSaver, SavedIndicator, confirm, fit_columns

VOTES = ("votes_for", "votes_against", "votes_abstained")


# --- operations (plain functions: they run off the GUI thread) --------------------------------


def _update_item(work: Any, item_id: str, field: str, text: str, reason: str | None) -> None:
    minutes.update_agenda_item(work.session, work.actor, item_id, reason=reason, **{field: text})


def _save_decision(
    work: Any,
    meeting_id: str,
    item_id: str,
    text: str,
    votes: dict[str, int | None],
    reason: str | None,
) -> None:
    """The item's decision gets ``text``; the first text typed makes the decision, with the
    vote as it stands (none, when it does not fit those present). Writes run in order, so two
    saves in a row never make two decisions."""
    from khdesk.services.snapshots import meeting_snapshot

    current = meeting_snapshot(work, meeting_id).decisions.get(item_id, [])
    if current:
        minutes.update_decision(work.session, work.actor, current[0].id, reason=reason, text=text)
    elif text.strip():
        minutes.add_decision(
            work.session, work.actor, item_id, text=text, reason=reason,
            votes_for=votes["votes_for"], votes_against=votes["votes_against"],
            votes_abstained=votes["votes_abstained"],
        )  # fmt: skip


def _save_votes(
    work: Any, decision_id: str, votes: dict[str, int | None], reason: str | None
) -> None:
    minutes.update_decision(work.session, work.actor, decision_id, reason=reason, **votes)


def _add_item(work: Any, meeting_id: str, title: str, reason: str | None) -> str:
    return minutes.add_agenda_item(
        work.session, work.actor, meeting_id, title=title, reason=reason
    ).id


def _remove_item(work: Any, item_id: str, reason: str | None) -> None:
    minutes.delete_agenda_item(work.session, work.actor, item_id, reason=reason)


def _add_speech(
    work: Any, item_id: str, speaker: str, text: str, person_id: str | None, reason: str | None
) -> None:
    minutes.add_speech(
        work.session, work.actor, item_id, speaker=speaker, text=text, person_id=person_id,
        reason=reason,
    )  # fmt: skip


def _correct_speech(work: Any, speech_id: str, text: str, reason: str | None) -> None:
    minutes.update_speech(work.session, work.actor, speech_id, text=text, reason=reason)


class _CorrectedBeforeSaving(QObject):
    """Replaces the look-alike letters of the autosaved name in ``saver``'s field when the field
    is left, before the autosave writes it (Enter writes it too), so that what is stored is
    the name the field shows and its note says what was replaced."""

    def __init__(self, check: NameCheck, saver: AutoSaver) -> None:
        super().__init__(check.edit)
        self.check = check
        self.saver = saver
        # Qt asks the filter installed last first: this one before the autosaver's, which
        # writes the field's text on the same focus-out
        check.edit.installEventFilter(self)
        check.edit.returnPressed.connect(self._on_return)

    def _correct(self) -> None:
        # only a name typed: a stored one stays as it is until it is edited
        if not self.check.edit.isReadOnly() and self.saver.pending():
            self.check.correct(before_saving=False)

    def _on_return(self) -> None:
        self._correct()
        self.saver.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.check.edit and event.type() == QEvent.Type.FocusOut:
            self._correct()
        return False


class MinutesTab(MeetingPart):
    """The agenda on the left; the selected item's HEARD, SPOKE and DECIDED on the right."""

    def __init__(self, context: AppContext, model: MeetingModel, parent: QWidget | None = None):
        super().__init__(context, model, parent)
        self.item_id: str | None = None
        self.decision_id: str | None = None
        self.present = 0
        #: record id -> the version whose text the fields last showed
        self._shown: dict[str, int] = {}

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
        self.rapporteur_note = note_label()
        self.heard_edit = QPlainTextEdit()
        self.heard_edit.setPlaceholderText(self.tr("What the rapporteur reported"))
        heard_box = QGroupBox(self.tr("HEARD"))
        heard_form = QFormLayout(heard_box)
        heard_form.addRow(self.tr("Item"), self.title_edit)
        # the note right under its field, in the field's cell (a form row of its own would get
        # the height of two lines for one)
        rapporteur_cell = QVBoxLayout()
        rapporteur_cell.setSpacing(2)
        rapporteur_cell.addWidget(self.rapporteur_edit)
        rapporteur_cell.addWidget(self.rapporteur_note)
        heard_form.addRow(self.tr("Rapporteur"), rapporteur_cell)
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
        self.speeches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.speeches.doubleClicked.connect(self.correct_speech)
        self.correct_speech_button = QPushButton(self.tr("Correct the speech…"))
        self.correct_speech_button.setToolTip(
            self.tr("Correct what the selected speaker said (or double-click the speech)")
        )
        self.correct_speech_button.clicked.connect(self.correct_speech)
        spoke_box = QGroupBox(self.tr("SPOKE"))
        spoke_layout = QVBoxLayout(spoke_box)
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(self.speaker_combo, 1)
        speaker_row.addWidget(self.speech_edit, 2)
        speaker_row.addWidget(self.add_speech_button)
        spoke_layout.addLayout(speaker_row)
        self.speaker_note = note_label()
        spoke_layout.addWidget(self.speaker_note)
        spoke_layout.addWidget(self.speeches)
        correct_row = QHBoxLayout()
        correct_row.addStretch()
        correct_row.addWidget(self.correct_speech_button)
        spoke_layout.addLayout(correct_row)

        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setPlaceholderText(self.tr("The decision as it goes into the protocol"))
        self.votes = {name: QSpinBox(maximum=100_000) for name in ("for", "against", "abstained")}
        self.quorum = QLabel()
        decided_box = QGroupBox(self.tr("DECIDED"))
        decided_layout = QVBoxLayout(decided_box)
        decided_layout.addWidget(self.decision_edit)
        votes_row = QHBoxLayout()
        names = {
            "for": self.tr("For"),
            "against": self.tr("Against"),
            "abstained": self.tr("Abstained"),
        }
        for name, spin in self.votes.items():
            caption = QLabel(names[name])
            caption.setBuddy(spin)
            spin.setAccessibleName(names[name])
            votes_row.addWidget(caption)
            votes_row.addWidget(spin)
            spin.valueChanged.connect(self._on_votes_typed)
            spin.editingFinished.connect(self._save_votes)
        votes_row.addStretch()
        votes_row.addWidget(self.quorum)
        decided_layout.addLayout(votes_row)
        #: why the vote typed is not saved (beyond those present), at the vote fields
        self.votes_error = QLabel(wordWrap=True)
        self.votes_error.setStyleSheet("color: #b00020;")
        self.votes_error.setAccessibleName(self.tr("Why the vote is not saved"))
        self.votes_error.setVisible(False)
        decided_layout.addWidget(self.votes_error)
        #: votes typed and not yet in the database (refused, or on their way)
        self._votes_typed = False

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
        # whether what was typed is safe, told quietly beside the fields it covers
        self.heard_saved = SavedIndicator(
            [self.savers[name] for name in ("title", "rapporteur", "heard")]
        )
        heard_form.addRow(self.heard_saved)
        self.decision_saved = SavedIndicator([self.savers["decision"]])
        # the names go into the protocol: their look-alike letters are replaced as they are
        # typed and said under the field, the rapporteur's before it is autosaved, a speaker's
        # before Add speaker adds them
        self.rapporteur_check = NameCheck(self.rapporteur_edit, self.rapporteur_note)
        _CorrectedBeforeSaving(self.rapporteur_check, self.savers["rapporteur"])
        speaker_edit = self.speaker_combo.lineEdit()
        assert speaker_edit is not None  # an editable combo box has its line
        self.speaker_check = NameCheck(speaker_edit, self.speaker_note, (self.add_speech_button,))
        decided_layout.insertWidget(1, self.decision_saved)
        model.register_draft("speech", lambda: bool(self.speech_edit.text().strip()))
        model.register_draft("votes", lambda: self._votes_typed and not self.votes_fit())
        self.follow_model()

    # --- showing ------------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Any) -> None:
        items = snapshot.agenda
        ids = [item.id for item in items]
        entries = [(item.id, f"{item.position}. {item.title}") for item in items]
        shown = [
            (self.agenda.item(row).data(Qt.ItemDataRole.UserRole), self.agenda.item(row).text())
            for row in range(self.agenda.count())
        ]
        if entries != shown:  # rebuilt only when it changed: the selection and focus stay
            self.agenda.blockSignals(True)
            self.agenda.clear()
            for item_id, text in entries:
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, item_id)
                self.agenda.addItem(entry)
            self.agenda.blockSignals(False)
            keep = self.item_id
            row = ids.index(keep) if keep in ids else (0 if ids else -1)
            self.agenda.blockSignals(True)
            self.agenda.setCurrentRow(row)
            self.agenda.blockSignals(False)
            selected = ids[row] if row >= 0 else None
            if selected != self.item_id:
                self.flush()
                self.item_id = selected
                self._show_item(snapshot, fresh=True)
        language = "ru" if self.context.language == "ru" else "kk"
        here = sorted(snapshot.present_persons(), key=lambda p: sort_key(p.full_name, language))
        typed = self.speaker_combo.currentText()
        self.speaker_combo.blockSignals(True)
        self.speaker_combo.clear()
        for person in here:
            self.speaker_combo.addItem(person.full_name, person.id)
        self.speaker_combo.setCurrentIndex(-1)
        self.speaker_combo.setEditText(typed)
        self.speaker_combo.blockSignals(False)
        self.present = snapshot.present
        self.quorum.setText(self.tr("Present: {count}").format(count=snapshot.present))
        self._show_item(snapshot)
        if self._votes_typed:
            # those who voted were checked in meanwhile (or more left), or the decision the
            # vote waited for arrived: say so, and save the vote once it fits
            if self.votes_fit():
                self._save_votes()
            else:
                self._show_votes_problem()

    def _show_item(self, snapshot: Any, *, fresh: bool = False) -> None:
        """Show the selected item's minutes from ``snapshot``. A field shows the snapshot's text
        only when the item is new on screen (``fresh``), or when the record is newer than what
        the field last showed and holds nothing typed since: a snapshot read before the last
        save is older than the field, and must not take its text away."""
        item = next((i for i in snapshot.agenda if i.id == self.item_id), None)
        decisions = snapshot.decisions.get(self.item_id, []) if item else []
        decision = decisions[0] if decisions else None
        self.decision_id = decision.id if decision else None
        for record, fields in (
            (item, (("title", "title"), ("rapporteur", "rapporteur"), ("heard", "heard"))),
            (decision, (("decision", "text"),)),
        ):
            newer = record is not None and record.version > self._shown.get(record.id, 0)
            for name, attribute in fields:
                saver = self.savers[name]
                value = (getattr(record, attribute) or "") if record is not None else ""
                if name == "rapporteur" and newer and not fresh and not saver.pending():
                    self._rapporteur_stored(value)
                if fresh or (newer and not saver.pending()):
                    saver.reset(value)
                if name == "rapporteur" and fresh:
                    self.rapporteur_check.loaded()
            if record is not None and (fresh or newer):
                self._shown[record.id] = record.version
        if fresh:  # another item: what was typed for the last one's vote is not carried over
            self._votes_typed = False
            self._clear_votes_problem()
        for name, value in (
            ("for", decision.votes_for if decision else None),
            ("against", decision.votes_against if decision else None),
            ("abstained", decision.votes_abstained if decision else None),
        ):
            spin = self.votes[name]
            if not spin.hasFocus() and not self._votes_typed:
                spin.blockSignals(True)
                spin.setValue(value or 0)
                spin.blockSignals(False)
        speeches = snapshot.speeches.get(self.item_id, []) if item else []
        self.speeches_model.set_rows([(s.id, s.speaker, s.text) for s in speeches])
        fit_columns(self.speeches)
        self._apply_enabled()

    def _rapporteur_stored(self, value: str) -> None:
        """The rapporteur saved while it was typed (a pause in typing) is stored with its
        look-alikes replaced: replace them in the field too, saying so, rather than changing
        the name without a word."""
        typed = self.rapporteur_edit.text()
        if value != typed and fold_look_alikes(typed).text == value:
            self.rapporteur_check.correct(before_saving=False)

    def _on_item_selected(self) -> None:
        self.flush()
        current = self.agenda.currentItem()
        self.item_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        if self.model.snapshot is not None:
            self._show_item(self.model.snapshot, fresh=True)

    # --- saving -------------------------------------------------------------------------------
    def flush(self) -> None:
        """Write whatever is typed but not yet saved (before switching items or closing)."""
        for saver in getattr(self, "savers", {}).values():
            saver.flush()

    def _failed(self, error: KhdeskError) -> None:
        self.error.setText(render(error))

    def _refused(self, field: str, error: KhdeskError) -> None:
        # the text stays in its field, counted as not saved, and the sentence says why
        self.savers[field].mark_unsaved()
        self._failed(error)

    def _saver(self, field: str):
        def saved(_none: None) -> None:
            self.error.clear()
            self.savers[field].confirm_saved()

        def save(text: str) -> Any:
            if not self.item_id or self.read_only:
                return None
            if field == "title":
                current = self.agenda.currentItem()
                if current:
                    current.setText(f"{self.agenda.currentRow() + 1}. {text.strip()}")
            return self.context.operations.write(
                _update_item, self.item_id, field, text, self.reason,
                done=saved, failed=lambda error: self._refused(field, error), owner=self,
            )  # fmt: skip

        return save

    def _save_decision_text(self, text: str) -> Any:
        if not self.item_id or self.read_only:
            return None
        # the vote typed goes with a new decision; none when nothing was typed (the protocol
        # then prints no vote), nor one that does not fit those present: the decision is saved,
        # and the refusal stays at the vote fields
        with_votes = self.decision_id is None and self._votes_typed and self.votes_fit()
        votes = self._votes() if with_votes else dict.fromkeys(VOTES)

        def saved(_none: None) -> None:
            self.error.clear()
            self.savers["decision"].confirm_saved()
            if with_votes:
                self._votes_stored(votes)

        return self.context.operations.write(
            _save_decision, self.meeting_id, self.item_id, text, votes, self.reason,
            done=saved, failed=lambda error: self._refused("decision", error), owner=self,
        )  # fmt: skip

    def _votes(self) -> dict[str, int | None]:
        return {
            "votes_for": self.votes["for"].value(),
            "votes_against": self.votes["against"].value(),
            "votes_abstained": self.votes["abstained"].value(),
        }

    def votes_fit(self) -> bool:
        """Whether the vote typed has no more votes than people present."""
        total = sum(spin.value() for spin in self.votes.values())
        return minutes.votes_beyond_present(total, self.present) is None

    def _show_votes_problem(self, text: str | None = None) -> None:
        """Say at the vote fields why the vote is not saved (by default: it is beyond those
        present, in the sentence the service would refuse it with)."""
        if text is None:
            total = sum(spin.value() for spin in self.votes.values())
            problem = minutes.votes_beyond_present(total, self.present)
            if problem is None:
                self._clear_votes_problem()
                return
            text = render(problem)
        self.votes_error.setText(text)
        self.votes_error.setVisible(True)
        for spin in self.votes.values():
            # tinted through the palette: a style sheet would redraw the arrows too
            marked = QPalette(spin.palette())
            marked.setColor(QPalette.ColorRole.Base, QColor("#fde7e9"))
            spin.setPalette(marked)

    def _clear_votes_problem(self) -> None:
        self.votes_error.clear()
        self.votes_error.setVisible(False)
        for spin in self.votes.values():
            spin.setPalette(QPalette())  # the window's own again

    def _on_votes_typed(self) -> None:
        # told at once, as the numbers are typed; cleared as soon as they fit
        self._votes_typed = True
        if self.votes_fit():
            self._clear_votes_problem()
        else:
            self._show_votes_problem()

    def _save_votes(self) -> None:
        if self.read_only or not self._votes_typed:
            return
        if not self.votes_fit():
            self._show_votes_problem()
            return
        if not self.decision_id:
            # saved once the decision is (its text may be on its way: the next snapshot brings
            # it); with no text typed, say what to do
            if not self.decision_edit.toPlainText().strip():
                self._show_votes_problem(
                    self.tr("Type the decision first; the vote is saved with it.")
                )
            return

        votes = self._votes()
        self.context.operations.write(
            _save_votes, self.decision_id, votes, self.reason,
            done=lambda _none: self._votes_stored(votes),
            failed=lambda error: self._show_votes_problem(render(error)), owner=self,
        )  # fmt: skip

    def _votes_stored(self, votes: dict[str, int | None]) -> None:
        """``votes`` reached the database: unless other numbers were typed meanwhile (their
        save is still to come), nothing typed is left unsaved."""
        if self._votes() == votes:
            self._votes_typed = False
            self._clear_votes_problem()

    def add_item(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Agenda item"), self.tr("Title of the item"))
        if not ok or not title.strip():
            return

        def added(item_id: str) -> None:
            self.flush()  # what was typed belongs to the item it was typed for
            self.item_id = item_id
            if self.model.snapshot is not None:
                self._show_item(self.model.snapshot, fresh=True)
            self.heard_edit.setFocus()

        self.context.operations.write(
            _add_item, self.meeting_id, title, self.reason, done=added, owner=self
        )

    def remove_item(self) -> None:
        if not self.item_id or not confirm(
            self, self.tr("Remove item"), self.tr("Remove this agenda item and its minutes?")
        ):
            return
        self.flush()
        item_id, self.item_id = self.item_id, None
        if self.model.snapshot is not None:
            self._show_item(self.model.snapshot, fresh=True)
        self.context.operations.write(_remove_item, item_id, self.reason, owner=self)

    def add_speech(self) -> None:
        if not self.item_id or self.read_only:
            return
        if self.speaker_check.correct():
            self.speaker_combo.setFocus()
            return  # the corrected name is shown first; Add speaker again adds it
        speaker = self.speaker_combo.currentText()
        person_id = self._present_person(speaker)

        def added(_none: None) -> None:
            self.error.clear()
            self.speech_edit.clear()
            self.speaker_combo.setCurrentIndex(-1)
            self.speaker_combo.setEditText("")
            self.speaker_check.loaded()  # the next speaker's note starts empty

        self.context.operations.write(
            _add_speech, self.item_id, speaker, self.speech_edit.text(), person_id, self.reason,
            done=added, failed=self._failed, owner=self,
        )  # fmt: skip

    def _present_person(self, speaker: str) -> str | None:
        """The id of the person present whose name is ``speaker``, compared with the look-alike
        letters replaced on both sides (a name stored before khdesk replaced them matches)."""
        wanted = fold_look_alikes(speaker.strip()).text
        for index in range(self.speaker_combo.count()):
            if fold_look_alikes(self.speaker_combo.itemText(index)).text == wanted:
                return self.speaker_combo.itemData(index)
        return None

    def correct_speech(self) -> None:
        """Correct the text of the selected speech (with none selected, the last one; in a
        closed meeting this is an amendment)."""
        row = self.speeches.currentIndex().row()
        if row < 0:
            row = self.speeches_model.rowCount() - 1
        speech_id = self.speeches_model.record_id(row)
        if speech_id is None or self.read_only:
            return
        _id, speaker, said = self.speeches_model.row_values(row)
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Correct the speech"),
            self.tr("What {speaker} said").format(speaker=speaker),
            said or "",
        )
        if ok and text != (said or ""):
            self.context.operations.write(
                _correct_speech, speech_id, text, self.reason,
                done=lambda _none: self.error.clear(), failed=self._failed, owner=self,
            )  # fmt: skip

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        super().set_read_only(read_only, reason)
        self._apply_enabled()

    def _apply_enabled(self) -> None:
        if not hasattr(self, "savers"):
            return
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
        self.correct_speech_button.setEnabled(editable and self.speeches_model.rowCount() > 0)
        for spin in self.votes.values():
            spin.setEnabled(editable and has_item)
