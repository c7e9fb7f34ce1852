"""A meeting's amendments to the campaign's documents: the published version read with its
lines numbered, in Kazakh or Russian, and each amendment recorded as the participants make it
(the paragraph and lines, new wording, a deletion or a paragraph added, who proposed it and
the meeting's vote). docs/campaign-documents.md describes it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from khdesk.services import campaign_documents as drafts
from khdesk.services import document_amendments as amend
from khdesk.ui.context import AppContext
from khdesk.ui.icons import icon
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.widgets import confirm, show_error

# --- operations (plain functions: they run off the GUI thread) ------------------------------------


def read_documents(work: Any, meeting_id: str) -> tuple[list[Any], list[Any]]:
    """The documents this meeting may amend (their newest versions) and its amendments."""
    return amend.documents_to_amend(work.session), amend.meeting_amendments(
        work.session, meeting_id
    )


def _record(work: Any, meeting_id: str, fields: dict[str, Any]) -> None:
    amend.record_amendment(work.session, work.actor, meeting_id, **fields)


def _delete(work: Any, amendment_id: str) -> None:
    amend.delete_amendment(work.session, work.actor, amendment_id)


def _vote_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 100_000)
    box.setSpecialValueText("—")
    box.setValue(-1)
    return box


class AmendmentsTab(MeetingPart):
    """The version on the left, read with numbered lines; the amendment's form and the
    meeting's amendments on the right."""

    def __init__(self, context: AppContext, model: MeetingModel, parent: QWidget | None = None):
        super().__init__(context, model, parent)
        self._versions: list[Any] = []
        self._amendments: list[Any] = []
        self.document_combo = QComboBox()
        self.document_combo.setAccessibleName(self.tr("The document to amend"))
        self.document_combo.currentIndexChanged.connect(self._show_text)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("The language read"))
        self.language_combo.addItem(self.tr("Kazakh"), "kk")
        self.language_combo.addItem(self.tr("Russian"), "ru")
        self.language_combo.setCurrentIndex(1 if context.language == "ru" else 0)
        self.language_combo.currentIndexChanged.connect(self._show_text)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setFont(QFont("DejaVu Sans Mono", 9))
        self.text.setAccessibleName(self.tr("The version with its lines numbered"))
        # a line of the version is a line on the screen, or its number would name two
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        widest = self.text.fontMetrics().horizontalAdvance("0" * (drafts.LINE_WIDTH + 12))
        self.text.setMinimumWidth(widest + self.text.verticalScrollBar().sizeHint().width())
        self.empty = QLabel(wordWrap=True)

        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Amendment"))
        for value, words in (
            ("replace", self.tr("New wording of the paragraph")),
            ("delete", self.tr("Delete the paragraph")),
            ("add", self.tr("Add a paragraph after it")),
        ):
            self.action_combo.addItem(words, value)
        self.paragraph_box = QSpinBox()
        self.paragraph_box.setRange(0, drafts.MAX_PARAGRAPHS)
        self.paragraph_box.setSpecialValueText(self.tr("at the start"))
        self.lines_edit = QLineEdit(placeholderText=self.tr("for example 5-7"))
        self.wording = QPlainTextEdit()
        self.wording.setPlaceholderText(self.tr("The wording in the language read"))
        self.other_wording = QPlainTextEdit()
        self.other_wording.setPlaceholderText(
            self.tr("The wording in the other language, if given")
        )
        for edit in (self.wording, self.other_wording):
            edit.setMaximumHeight(90)
            edit.setTabChangesFocus(True)
        self.proposer_edit = QLineEdit()
        self.votes = [_vote_box() for _ in range(3)]
        votes_row = QHBoxLayout()
        for label, box in zip(
            (self.tr("for"), self.tr("against"), self.tr("abstained")), self.votes, strict=True
        ):
            votes_row.addWidget(QLabel(label))
            votes_row.addWidget(box)
            box.setAccessibleName(label)
        votes_row.addStretch()
        self.record_button = QPushButton(icon("add"), self.tr("Record the &amendment"))
        self.record_button.clicked.connect(self.record)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("The meeting's amendments"))
        self.list.setWordWrap(True)  # an amendment's wording is read whole, not scrolled to
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remove_button = QPushButton(icon("delete"), self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)

        form = QFormLayout()
        form.addRow(self.tr("Amendment"), self.action_combo)
        form.addRow(self.tr("Paragraph"), self.paragraph_box)
        form.addRow(self.tr("Lines"), self.lines_edit)
        form.addRow(self.tr("Wording"), self.wording)
        form.addRow(self.tr("Other language"), self.other_wording)
        form.addRow(self.tr("Proposed by"), self.proposer_edit)
        form.addRow(self.tr("Vote"), votes_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(QLabel(self.tr("Amendments of this meeting")))
        right_layout.addWidget(self.list, 1)
        right_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        top = QHBoxLayout()
        top.addWidget(self.document_combo, 1)
        top.addWidget(self.language_combo)
        left_layout.addLayout(top)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.text, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.follow_model()

    # --- reading ----------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Any) -> None:
        self.context.operations.read(read_documents, self.meeting_id, done=self._show, owner=self)

    def _show(self, found: tuple[list[Any], list[Any]]) -> None:
        self._versions, self._amendments = found
        chosen = self.document_combo.currentData()
        self.document_combo.blockSignals(True)
        self.document_combo.clear()
        for version in self._versions:
            title = version.title_ru if self.context.language == "ru" else version.title_kk
            words = self.tr("{title} — version {number}").format(title=title, number=version.number)
            self.document_combo.addItem(words, version.document_id)
        index = self.document_combo.findData(chosen)
        self.document_combo.setCurrentIndex(max(index, 0))
        self.document_combo.blockSignals(False)
        self._show_text()
        self.list.clear()
        for number, amendment in enumerate(self._amendments, start=1):
            words = " / ".join(w for w in (amendment.text_kk, amendment.text_ru) if w)
            where = self.tr("paragraph {number}").format(
                number=self._paragraph_number(amendment) or "—"
            )
            item = QListWidgetItem(
                f"{number}. {where} · {self.action_combo.itemText(self._action_index(amendment))}"
                + (f": «{words}»" if words else "")
                + (f" — {amendment.proposer_name}" if amendment.proposer_name else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, amendment.id)
            self.list.addItem(item)
        self._enable()

    def _action_index(self, amendment: Any) -> int:
        return max(self.action_combo.findData(amendment.action), 0)

    def _paragraph_number(self, amendment: Any) -> int | None:
        for version in self._versions:
            if version.document_id == amendment.document_id:
                ids = [row["id"] for row in amend.paragraphs_in(version)]
                if amendment.paragraph_id in ids:
                    return ids.index(amendment.paragraph_id) + 1
        return None

    def _version(self) -> Any:
        document_id = self.document_combo.currentData()
        return next((v for v in self._versions if v.document_id == document_id), None)

    def _show_text(self, *_args: object) -> None:
        version = self._version()
        self.empty.setVisible(version is None)
        self.text.setVisible(version is not None)
        if version is None:
            self.empty.setText(
                self.tr(
                    "No document to amend: headquarters publishes its drafts (the Declaration, "
                    "an Appeal) in the reference bundle; import the newest one."
                )
            )
            return
        language = self.language_combo.currentData()
        rows = [(row["id"], row[f"text_{language}"]) for row in amend.paragraphs_in(version)]
        printed, paragraph = [], 0
        for line, number, _pid, words in drafts.numbered(rows):
            mark = ""
            if number != paragraph:
                paragraph, mark = number, f"¶{number}"
            printed.append(f"{line:>4} {mark:>4}  {words}")
        self.text.setPlainText("\n".join(printed))
        self.paragraph_box.setMaximum(paragraph)

    def _closed(self) -> bool:
        snapshot = self.model.snapshot
        return bool(snapshot is not None and snapshot.closed)

    def _enable(self) -> None:
        writable = not self.read_only and not self._closed() and self._version() is not None
        for widget in (self.record_button, self.action_combo, self.paragraph_box,
                       self.lines_edit, self.wording, self.other_wording, self.proposer_edit,
                       *self.votes):  # fmt: skip
            widget.setEnabled(writable)
        self.remove_button.setEnabled(writable and bool(self._amendments))

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        # amendments are made while the meeting sits: a closed meeting shows them only
        super().set_read_only(read_only, reason)
        self._enable()

    # --- writing ----------------------------------------------------------------------------
    def fields(self) -> dict[str, Any]:
        version = self._version()
        language = self.language_combo.currentData()
        other = "ru" if language == "kk" else "kk"
        number = self.paragraph_box.value()
        lines_text = self.lines_edit.text().strip()
        lines = None
        if lines_text:
            first, _dash, last = lines_text.partition("-")
            if not (first.strip().isdigit() and (not last or last.strip().isdigit())):
                raise ValueError(
                    self.tr("«{value}» is not a range of lines: write it as 5-7.").format(
                        value=lines_text
                    )
                )
            lines = (int(first), int(last or first))
        votes = [box.value() for box in self.votes]
        return {
            "document_id": version.document_id,
            "version_number": version.number,
            "action": self.action_combo.currentData(),
            "language": language,
            "paragraph_id": amend.paragraph_at(version, number) if number else None,
            "lines": lines,
            f"text_{language}": self.wording.toPlainText(),
            f"text_{other}": self.other_wording.toPlainText() or None,
            "proposer_name": self.proposer_edit.text(),
            "votes_for": votes[0] if votes[0] >= 0 else None,
            "votes_against": votes[1] if votes[1] >= 0 else None,
            "votes_abstained": votes[2] if votes[2] >= 0 else None,
        }

    def record(self) -> None:
        if self.read_only or self._closed() or self._version() is None:
            return
        try:
            fields = self.fields()
        except ValueError as error:
            QMessageBox.warning(self, "khdesk", str(error))
            return
        self.context.operations.write(
            _record, self.meeting_id, fields, done=lambda _none: self._clear(),
            failed=lambda error: show_error(self, error), owner=self,
        )  # fmt: skip

    def _clear(self) -> None:
        for edit in (self.wording, self.other_wording):
            edit.clear()
        self.lines_edit.clear()
        self.proposer_edit.clear()
        for vote in self.votes:
            vote.setValue(-1)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or self.read_only:
            return
        if not confirm(
            self, self.tr("Remove"), self.tr("Remove the amendment «{words}»?").format(
                words=item.text()[:80]
            ),
        ):  # fmt: skip
            return
        self.context.operations.write(
            _delete, item.data(Qt.ItemDataRole.UserRole), owner=self,
            failed=lambda error: show_error(self, error),
        )  # fmt: skip
