"""What each review action asks before it is written: a section to accept into, a reason (or an
answer template) to decline or to ask a clarification, the proposal to merge into, a reviewer;
and the preview of an action on a selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from khdesk.services import review_page_queries as queries
from khdesk.ui.context import AppContext
from khdesk.ui.texts import render

ID_ROLE = Qt.ItemDataRole.UserRole


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ReviewDialogs", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SectionDialog(QDialog):
    """The active sections of the prospectus to choose one from, those of the proposal's
    direction first; typing narrows the list, Enter takes the highlighted section. A section
    ``suggested`` (by the proposal's similar accepted ones) is chosen already, not applied."""

    def __init__(
        self,
        context: AppContext,
        direction: str | None,
        title: str,
        parent: QWidget | None,
        *,
        suggested: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a section by its code or name"))
        self.filter.setAccessibleName(self.tr("Find a section"))
        self.filter.textChanged.connect(self._narrow)
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections of the prospectus"))
        active = [s for s in (context.reference.sections if context.reference else []) if s.active]
        ordered = [s for s in active if s.direction == direction] + [
            s for s in active if s.direction != direction
        ]
        for section in ordered:
            item = QListWidgetItem(f"{section.code}  {section.names.in_language(context.language)}")
            item.setData(ID_ROLE, section.code)
            self.sections.addItem(item)
        self.sections.setCurrentRow(0)
        self.sections.itemActivated.connect(lambda _item: self.accept())
        self.filter.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.sections, 1)
        layout.addWidget(_buttons(self, self.tr("Choose")))
        self.resize(560, 420)
        if suggested:
            self.filter.setText(suggested)
            for row in range(self.sections.count()):
                if self.sections.item(row).data(ID_ROLE) == suggested:
                    self.sections.setCurrentRow(row)
        self.filter.setFocus()

    def _narrow(self, text: str) -> None:
        wanted = text.strip().casefold()
        first = None
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            hidden = bool(wanted) and wanted not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.sections.setCurrentRow(first)

    def chosen(self) -> str | None:
        item = self.sections.currentItem()
        return None if item is None or item.isHidden() else str(item.data(ID_ROLE))


class AnswerDialog(QDialog):
    """The answer the region will read, to decline or to ask a clarification: an answer
    template chosen from the list, or typed (and kept as a new template if asked)."""

    def __init__(
        self,
        title: str,
        templates: list[Any],
        language: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.templates = QComboBox()
        self.templates.setAccessibleName(self.tr("Answer template"))
        self.templates.addItem(self.tr("Write the answer"), None)
        for template in templates:
            text = template.text(language)
            self.templates.addItem(f"{template.id}. {text}", text)
        self.templates.currentIndexChanged.connect(self._take_template)
        self.answer = QPlainTextEdit()
        self.answer.setAccessibleName(self.tr("The answer the region reads"))
        self.answer.setTabChangesFocus(True)
        self.keep = QCheckBox(self.tr("Save as an answer template"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Answer template:")))
        layout.addWidget(self.templates)
        layout.addWidget(QLabel(self.tr("The answer the region reads:")))
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.keep)
        layout.addWidget(_buttons(self, self.tr("Save the review")))
        self.resize(560, 360)
        (self.templates if templates else self.answer).setFocus()

    def _take_template(self, index: int) -> None:
        text = self.templates.itemData(index)
        if text:
            self.answer.setPlainText(str(text))
            self.keep.setChecked(False)

    def text(self) -> str:
        return self.answer.toPlainText().strip()

    def save_as_template(self) -> bool:
        return self.keep.isChecked() and bool(self.text())


class MergeDialog(QDialog):
    """The proposal to merge into, found by the same search as the list's (text, author or
    organisation in any spelling); Enter takes the highlighted one."""

    LIMIT = 30

    def __init__(self, context: AppContext, proposal_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.proposal_id = proposal_id
        self.setWindowTitle(self.tr("Merge into another proposal"))
        self.setAccessibleName(self.windowTitle())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find the proposal it says the same as"))
        self.search.setAccessibleName(self.tr("Find the proposal to merge into"))
        self.search.textChanged.connect(self._find)
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Proposals found"))
        self.found.setWordWrap(True)
        self.found.itemActivated.connect(lambda _item: self.accept())
        self.search.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.found, 1)
        layout.addWidget(_buttons(self, self.tr("Merge")))
        self.resize(640, 440)
        self.search.setFocus()
        self._asked = 0

    def _find(self, text: str) -> None:
        self._asked += 1
        asked = self._asked
        if not text.strip():
            self.found.clear()
            return

        def show(rows: list[Any]) -> None:
            if asked != self._asked:
                return  # a search typed over
            self.found.clear()
            for row in rows:
                if row.id == self.proposal_id:
                    continue
                item = QListWidgetItem(f"{row.meeting} № {row.number}: {row.text}")
                item.setData(ID_ROLE, row.id)
                self.found.addItem(item)
            self.found.setCurrentRow(0)

        self.context.operations.read(
            queries.proposals_page,
            queries.ProposalQuery(search=text),
            0,
            self.LIMIT,
            done=show,
            owner=self,
        )

    def chosen(self) -> str | None:
        item = self.found.currentItem()
        return None if item is None else str(item.data(ID_ROLE))


class ReviewerDialog(QDialog):
    """The reviewer the selected proposals are assigned to (names used so far offered)."""

    def __init__(self, names: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign to a reviewer"))
        self.setAccessibleName(self.windowTitle())
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(names)
        self.name.setAccessibleName(self.tr("Reviewer"))
        self.name.setCurrentText("")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reviewer:")))
        layout.addWidget(self.name)
        layout.addWidget(_buttons(self, self.tr("Assign")))
        self.resize(420, 140)
        self.name.setFocus()

    def chosen(self) -> str:
        return self.name.currentText().strip()


class PreviewDialog(QDialog):
    """What an action on a selection will do («37 proposals will move to D2.3.») and which
    proposals it leaves alone, each with its sentence; nothing is written before Apply."""

    def __init__(self, preview: Any, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review the selection"))
        self.setAccessibleName(self.windowTitle())
        self.summary = QLabel(render(preview.summary), wordWrap=True)
        self.summary.setAccessibleName(self.tr("What the action does"))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.refused = QListWidget()
        self.refused.setAccessibleName(self.tr("Proposals left alone"))
        self.refused.setWordWrap(True)
        for refusal in preview.refused:
            self.refused.addItem(render(refusal.problem))
        refused_title = QLabel(self.tr("Left alone ({count}):").format(count=len(preview.refused)))
        refused_title.setVisible(bool(preview.refused))
        self.refused.setVisible(bool(preview.refused))
        buttons = _buttons(self, self.tr("Apply"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(preview.moves))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(refused_title)
        layout.addWidget(self.refused, 1)
        layout.addWidget(buttons)
        self.resize(600, 360 if preview.refused else 160)
