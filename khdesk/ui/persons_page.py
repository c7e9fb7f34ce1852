"""Everyone known to this installation, in a table that loads rows as it scrolls, and the
corrections: edit a person, merge two records of one person, remove one added by mistake; and
a person's rights: their record, consent withdrawn, erasure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from khdesk.services import persons, rights
from khdesk.ui.context import AppContext
from khdesk.ui.models import PagedTableModel
from khdesk.ui.participants_tab import size_columns
from khdesk.ui.person_dialog import MergeDialog, PersonDialog, ask_to_remove_person
from khdesk.ui.tables import TableView
from khdesk.ui.widgets import confirm

PAGE = 200
EDIT_KEYS = QKeySequence("Ctrl+E")
MERGE_KEYS = QKeySequence("Ctrl+M")
REMOVE_KEYS = QKeySequence("Del")


def _page(
    work: Any, text: str, after: tuple[str, str] | None, language: str
) -> list[tuple[Any, ...]]:
    people = persons.people_page(work, text, after, PAGE, language)
    order = "order_ru" if language == "ru" else "order_kk"
    return [
        (p.id, p.full_name, p.organisation, p.position, p.sector_code, p.phone, p.email,
         p.consent, (getattr(p, order), p.id))
        for p in people
    ]  # fmt: skip


class PeopleModel(PagedTableModel):
    """The pages of persons; the consent mark stands in the middle of its column."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == CONSENT_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)


CONSENT_COLUMN = 6


class _OpenOnEnter(QObject):
    """Enter on a row opens the person; Enter or Down in the filter goes to the rows."""

    def __init__(self, page: PersonsPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if watched is self.page.table:
                self.page.edit_selected()
            else:
                self.page.go_to_rows()
            return True
        if (
            watched is self.page.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.page.go_to_rows()
            return True
        return False


def _export_person(work: Any, person_id: str, language: str, path: Path) -> Path:
    from khdesk.services.person_record import export_person

    return export_person(work.session, person_id, language, path)


def _withdraw(work: Any, person_id: str) -> rights.Act:
    return rights.withdraw_consent(work.session, work.actor, person_id)


def _erase(work: Any, person_id: str) -> rights.Act:
    return rights.erase_person(work.session, work.actor, person_id)


def _name_of(work: Any, person_id: str) -> str:
    return persons.links(work, person_id).person.full_name


class PersonsPage(QWidget):
    """All persons in the alphabetical order of the interface's language (Kazakh: А Ә Б …;
    Russian: Ё with Е), filtered as one types (in any spelling, as the check-in search); 200
    rows are fetched at a time, off the GUI thread, each page continuing from the last row
    shown. A row opens by Enter or a double click; Edit… (Ctrl+E), Merge with… (Ctrl+M) and
    Remove… (Delete) act on the selected person (two selected rows are merged with each other)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by name, organisation or phone"))
        self.search.setAccessibleName(self.tr("Filter the people"))
        self.search.textChanged.connect(self.refresh)
        self.total = QLabel()
        self.model = PeopleModel(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Position"),
                self.tr("Sector"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Consent"),
            ],
            self._fetch,
        )
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People"))
        # two rows chosen together are merged with each other
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.set_empty_text(
            self.tr(
                "No one here yet: people come with a meeting's roster (Ctrl+I in its "
                "Participants tab) or as walk-ins at its check-in."
            )
        )
        size_columns(self.table, [None, 300, 170, 170, 125, 200, 80])
        self.table.doubleClicked.connect(self.edit_selected)
        opener = _OpenOnEnter(self)
        self.table.installEventFilter(opener)
        self.search.installEventFilter(opener)

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.merge_button = QPushButton(self.tr("Mer&ge with…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.record_button = QPushButton(self.tr("Their recor&d…"))
        self.record_button.setToolTip(
            self.tr("Everything khdesk holds about the selected person, as a file they can read")
        )
        self.record_button.clicked.connect(self.export_selected)
        # the acts a person may ask for that cannot be undone, kept apart from the corrections
        self.rights_button = QPushButton(self.tr("Consent and erasure"))
        self.rights_button.setToolTip(
            self.tr("The selected person withdrew their consent, or asked to be erased")
        )
        rights_menu = QMenu(self.rights_button)
        self.withdraw_action = rights_menu.addAction(self.tr("&Withdraw consent…"))
        self.withdraw_action.triggered.connect(self.withdraw_selected)
        self.erase_action = rights_menu.addAction(self.tr("&Erase the person…"))
        self.erase_action.triggered.connect(self.erase_selected)
        self.rights_button.setMenu(rights_menu)
        # shortcuts after the texts: a text with a mnemonic replaces a button's shortcut
        for button, keys in (
            (self.edit_button, EDIT_KEYS),
            (self.merge_button, MERGE_KEYS),
            (self.remove_button, REMOVE_KEYS),
        ):
            if button is not self.remove_button:  # Delete belongs to the table, not the filter
                button.setShortcut(keys)
            shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text().replace('&', '')} ({shown})")
        self.remove_shortcut = QShortcut(REMOVE_KEYS, self.table, self.remove_selected)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_shortcut.setWhatsThis(self.tr("Remove the selected person"))
        self.merge_button.setToolTip(
            self.tr("Merge the selected person with another record of them ({keys})").format(
                keys=MERGE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.total)
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.merge_button,
            self.remove_button,
            self.record_button,
            self.rights_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        context.hub.changed.connect(self._on_changed)
        self.refresh()

    def _fetch(self, after: Any, arrive: Any) -> None:
        """Ask for the page after ``after`` (None: the first); ``arrive(rows, next)`` gets it."""
        sectors = self.context.sector_names()

        def shown(rows: list[tuple[Any, ...]]) -> None:
            cursor = rows[-1][-1] if rows else None
            arrive(
                [(*row[:4], sectors.get(row[4], row[4]), *row[5:8]) for row in rows],
                cursor if len(rows) == PAGE else None,
            )

        self.context.operations.read(
            _page, self.search.text(), after, self.context.language, done=shown, owner=self
        )

    def refresh(self) -> None:
        self.model.reload()
        self.context.operations.read(
            persons.count_people, self.search.text(), done=self._show_total, owner=self
        )

    def _show_total(self, count: int) -> None:
        # digits grouped as the interface's language groups them (2 372, not 2,372)
        number = QLocale(self.context.language).toString(count)
        self.total.setText(self.tr("{count} persons").format(count=number))

    def _on_changed(self, changes: Any) -> None:
        if changes.touches("person") and self.isVisible():
            self.refresh()

    # --- the selected persons -----------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        current = self.table.currentIndex().row()
        if not rows and current >= 0:
            rows = [current]
        return [pid for row in rows if (pid := self.model.record_id(row)) is not None]

    def go_to_rows(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if self.table.currentIndex().row() < 0:
                self.table.selectRow(0)

    def edit_selected(self) -> None:
        chosen = self.selected_ids()
        if not chosen:
            return
        dialog = PersonDialog(self.context, chosen[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def merge_selected(self) -> None:
        chosen = self.selected_ids()
        if not chosen:
            return
        second = chosen[1] if len(chosen) > 1 else None
        dialog = MergeDialog(self.context, chosen[0], second, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_selected(self) -> None:
        """The selected person's record (their right of access), to a file chosen here."""
        chosen = self.selected_ids()
        if not chosen:
            return
        path, _kind = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the person's record"),
            str(Path.home() / "khdesk-person.txt"),
            self.tr("Text files (*.txt)"),
        )
        if not path:
            return
        language = self.context.language if self.context.language in ("kk", "ru") else "en"

        def written(where: Path) -> None:
            QMessageBox.information(
                self,
                self.tr("The person's record"),
                self.tr("Everything khdesk holds about this person is in {path}.").format(
                    path=where
                ),
            )

        self.context.operations.read(
            _export_person, chosen[0], language, Path(path), done=written, owner=self
        )

    def withdraw_selected(self) -> None:
        """The selected person withdrew their consent: their phone and e-mail are erased."""
        chosen = self.selected_ids()
        if not chosen:
            return

        def named(name: str) -> None:
            question = self.tr(
                "{name} withdrew their consent? Their phone and e-mail are erased here and, with "
                "the next bundle, at headquarters; their name and attendances stay. This cannot "
                "be undone."
            ).format(name=name)
            if confirm(self, self.tr("Withdraw consent"), question):
                self.context.operations.write(
                    _withdraw, chosen[0], done=self._withdrawn, owner=self
                )

        self.context.operations.read(_name_of, chosen[0], done=named, owner=self)

    def _withdrawn(self, _act: rights.Act) -> None:
        QMessageBox.information(
            self,
            self.tr("Withdraw consent"),
            self.tr("Consent withdrawn: the phone and e-mail are erased."),
        )

    def erase_selected(self) -> None:
        """Erase the selected person at their request, once asked twice over."""
        chosen = self.selected_ids()
        if not chosen:
            return

        def named(name: str) -> None:
            question = self.tr(
                "Erase {name}? Their name becomes a pseudonym and their organisation, position, "
                "phone and e-mail are erased, here and in their proposals, questions and "
                "speeches; headquarters erases its copy with the next bundle. Their attendances "
                "stay, so the counts stay right. This cannot be undone, and backups keep the old "
                "data until they are thinned."
            ).format(name=name)
            if confirm(self, self.tr("Erase a person"), question):
                self.context.operations.write(_erase, chosen[0], done=self._erased, owner=self)

        self.context.operations.read(_name_of, chosen[0], done=named, owner=self)

    def _erased(self, act: rights.Act) -> None:
        QMessageBox.information(
            self,
            self.tr("Erase a person"),
            self.tr(
                "The person is erased, and their name in {count} records that named them."
            ).format(count=act.named),
        )

    def remove_selected(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            ask_to_remove_person(self.context, chosen[0], self)
