"""Headquarters' proposals page: every proposal in a table fetched as one scrolls, searched and
filtered, with the selected one's detail beside it, reviewed by keys as in a mail client.

The table holds only the pages shown (100 rows each, ``review_page_queries.proposals_page``).
An action never reloads the list: the rows it touched are read again in place, so the filter,
the scroll position, the current row and the selection (the rows marked with x) stay as they
were. An action applies to the marked rows when there are any (with a preview first), else to
the current row; Ctrl+Z takes back the last action, single or bulk. A refusal (a move the
graph does not allow, an unknown or retired section, a proposal deleted meanwhile) is one
sentence over the detail, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain import review as graph
from khdesk.domain.errors import KhdeskError
from khdesk.domain.vocabulary import ReviewStatus
from khdesk.services import review_page_queries as queries
from khdesk.services import similarity
from khdesk.services.review import ReviewChange, Seen
from khdesk.services.work import Work
from khdesk.ui import labels
from khdesk.ui.context import AppContext
from khdesk.ui.help import set_part_title
from khdesk.ui.hq import export_dialog, similar_page
from khdesk.ui.hq.actions import keyed_actions
from khdesk.ui.hq.review_dialogs import (
    AnswerDialog,
    MergeDialog,
    PreviewDialog,
    ReviewerDialog,
    SectionDialog,
)
from khdesk.ui.tables import TableView
from khdesk.ui.texts import render

S = ReviewStatus
PAGE = 100
Index = QModelIndex | QPersistentModelIndex
#: The table's columns: (key, the sort of ``review_page_queries.SORTS`` or None).
COLUMNS = (
    ("mark", None), ("meeting", "meeting"), ("number", "number"), ("region", "region"),
    ("text", "text"), ("author", "author"), ("direction", "direction"),
    ("section", "section"), ("status", "status"), ("reviewer", "reviewer"),
)  # fmt: skip


def status_name(status: ReviewStatus) -> str:
    return render(graph.NAMES[status])


@dataclass(frozen=True)
class SimilarView:
    """A proposal's similar proposals (the most similar first) and the section suggested."""

    neighbours: tuple[similarity.Neighbour, ...]
    suggestion: similarity.SectionSuggestion | None


def similar_view(work: Work, proposal_id: str) -> SimilarView:
    neighbours = similarity.similar_to(work.session, proposal_id)
    return SimilarView(tuple(neighbours), similarity.suggest_section(work.session, proposal_id))


class ProposalsModel(QAbstractTableModel):
    """The pages of the list shown so far, the marked rows, and the rows read again in place."""

    def __init__(self, page: ProposalsPage) -> None:
        super().__init__(page)
        self.page = page
        self.rows: list[Any] = []
        self.marked: set[str] = set()
        self.exhausted = True
        self.loading = False
        self.generation = 0

    def headers(self) -> list[str]:
        return [
            "✓",
            QCoreApplication.translate("ProposalsPage", "Meeting"),
            QCoreApplication.translate("ProposalsPage", "№"),
            QCoreApplication.translate("ProposalsPage", "Region"),
            QCoreApplication.translate("ProposalsPage", "Proposal"),
            QCoreApplication.translate("ProposalsPage", "Author"),
            QCoreApplication.translate("ProposalsPage", "Direction"),
            QCoreApplication.translate("ProposalsPage", "Section"),
            QCoreApplication.translate("ProposalsPage", "Review"),
            QCoreApplication.translate("ProposalsPage", "Reviewer"),
        ]

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.generation += 1
        self.beginResetModel()
        self.rows = []
        self.exhausted = False
        self.loading = False
        self.endResetModel()
        self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self.exhausted and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self.exhausted or self.loading:
            return
        self.loading = True
        self.page.fetch(len(self.rows), self.generation)

    def arrive(self, rows: list[Any], generation: int) -> None:
        if generation != self.generation:
            return  # the rows of a search typed over
        self.loading = False
        self.exhausted = len(rows) < PAGE
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def replace(self, found: dict[str, Any]) -> None:
        """Rows read again: each in its place; one deleted meanwhile leaves the list."""
        for position in range(len(self.rows) - 1, -1, -1):
            pid = self.rows[position].id
            if pid not in found:
                continue
            row = found[pid]
            if row is None:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self.rows[position]
                self.endRemoveRows()
                self.marked.discard(pid)
            else:
                self.rows[position] = row
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, len(COLUMNS) - 1)
                )

    def toggle(self, position: int) -> None:
        if not 0 <= position < len(self.rows):
            return
        pid = self.rows[position].id
        self.marked.symmetric_difference_update({pid})
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    def clear_marks(self) -> None:
        self.marked.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    # --- reading ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def cell(self, row: Any, key: str) -> str:
        context = self.page.context
        if key == "mark":
            return "✓" if row.id in self.marked else ""
        if key == "meeting":
            return str(row.meeting)
        if key == "number":
            return str(row.number)
        if key == "region":
            return context.region_names().get(row.region_kato or "", row.region_kato or "")
        if key == "text":
            return " ".join(row.text.split())
        if key == "author":
            return ", ".join(part for part in (row.author, row.organisation) if part)
        if key == "direction":
            return str(row.direction_code)
        if key == "section":
            if row.accepted_section_code and row.accepted_section_code != row.section_code:
                return f"{row.section_code or '—'} → {row.accepted_section_code}"
            return str(row.section_code or "")
        if key == "status":
            return status_name(row.status)
        return str(row.reviewer or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.cell(row, key)
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.text if key == "text" else (text or None)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("mark", "number"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and row.id in self.marked:
            font = self.page.font()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is not None:
            self.page.set_sort(key, order == Qt.SortOrder.DescendingOrder)


def _refill(combo: QComboBox, items: list[tuple[Any, str]]) -> None:
    """A filter's choices read again: «everything» first, the choice kept where it still is."""
    kept = combo.currentData()
    combo.clear()
    combo.addItem(str(combo.property("everything")), None)
    for value, text in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(kept), 0))


class ProposalsPage(QWidget):
    """Every proposal at headquarters with its review (see the module docstring)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        set_part_title(self, self.tr("Proposals"))
        self.query = queries.ProposalQuery()
        self.undo_steps: list[Any] = []
        self.choices: queries.FilterChoices | None = None
        self.dialog: QDialog | None = None
        self._generation = 0  # changes of proposals the hub told of (see Catalogue)
        self._stale = True
        self._own_writes = 0
        self._shown_id: str | None = None
        self._similar_of: str | None = None  # the proposal whose similar list is shown
        self._suggested: str | None = None  # the section suggested for it
        self._compared = False  # the similar pairs brought up to date since the page was stale
        self._sized = False

        self.export_dialog: QDialog | None = None
        self.export_action = export_dialog.export_action(self, self.export)
        self._build_filters()
        self.model = ProposalsModel(self)
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Proposals"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.set_empty_text(
            self.tr("No proposals here: proposals come in the regions' bundles (Inbox).")
        )
        for column, width in enumerate((24, 110, 36, 110, 250, 150, 60, 80, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The proposal and its review"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.problem = QLabel(wordWrap=True)
        self.problem.setAccessibleName(self.tr("What was refused"))
        self.problem.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.problem.hide()
        self.status_line = QLabel(wordWrap=True)
        self.status_line.setAccessibleName(self.tr("The last action"))
        self._build_similar()

        self._build_actions()
        detail_side = QWidget()
        side = QVBoxLayout(detail_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.problem)
        side.addWidget(self.detail, 1)
        side.addWidget(self.similar_title)
        side.addWidget(self.similar)
        suggestion = QHBoxLayout()
        suggestion.addWidget(self.suggestion, 1)
        suggestion.addWidget(self.use_suggestion)
        side.addLayout(suggestion)
        side.addLayout(self._action_buttons())
        side.addWidget(self.status_line)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 520])
        for action in self.actions_by_key.values():
            self.splitter.addAction(action)

        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.splitter, 1)

        context.hub.changed.connect(self._on_changed)
        context.hub.reference_changed.connect(self._fill_reference_filters)

    # --- building -------------------------------------------------------------------------------
    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setProperty("everything", everything)  # the first item: no filter
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._on_filter_changed)
        return combo

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the text, author or organisation"))
        self.search.setAccessibleName(self.tr("Search the proposals"))
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._on_filter_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._go_to_rows)
        self.region = self._combo(self.tr("Region"), self.tr("All regions"))
        self.meeting = self._combo(self.tr("Meeting"), self.tr("All meetings"))
        self.meeting_kind = self._combo(self.tr("Kind of meeting"), self.tr("All kinds of meeting"))
        self.kind = self._combo(self.tr("Proposal or comment"), self.tr("Proposals and comments"))
        self.direction = self._combo(self.tr("Direction"), self.tr("All directions"))
        self.section = self._combo(self.tr("Section"), self.tr("All sections"))
        self.status = self._combo(self.tr("Review status"), self.tr("Every review status"))
        self.reviewer = self._combo(self.tr("Reviewer"), self.tr("All reviewers"))
        self.unreviewed = QCheckBox(self.tr("Not reviewed yet"))
        self.mine = QCheckBox(self.tr("Reviewed by me"))
        for box in (self.unreviewed, self.mine):
            box.toggled.connect(self._on_filter_changed)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("How many proposals are listed"))
        self._filling = True
        for combo in (self.meeting_kind, self.kind, self.status, self.meeting, self.reviewer):
            combo.addItem(str(combo.property("everything")), None)
        for value, text in labels.meeting_kinds():
            self.meeting_kind.addItem(text, value)
        for value, text in labels.proposal_kinds():
            self.kind.addItem(text, value)
        for status in graph.ORDER:
            self.status.addItem(status_name(status), status.value)
        self._filling = False
        self._fill_reference_filters()

        grid = QGridLayout()
        grid.addWidget(self.search, 0, 0, 1, 3)
        grid.addWidget(self.region, 0, 3)
        grid.addWidget(self.meeting, 0, 4, 1, 2)
        counted = QHBoxLayout()
        counted.addWidget(self.total, 1)
        counted.addWidget(export_dialog.export_button(self.export_action))
        grid.addLayout(counted, 0, 6)
        for column, widget in enumerate(
            (
                self.meeting_kind,
                self.kind,
                self.direction,
                self.section,
                self.status,
                self.reviewer,
            )
        ):
            grid.addWidget(widget, 1, column)
        checks = QHBoxLayout()
        checks.addWidget(self.unreviewed)
        checks.addWidget(self.mine)
        grid.addLayout(checks, 1, 6)
        for column in range(7):
            grid.setColumnStretch(column, 1)
        self.filters = grid

    def _fill_reference_filters(self) -> None:
        self._filling = True
        for combo, items in (
            (self.region, sorted(self.context.region_names().items(), key=lambda i: i[1])),
            (self.direction, [(c, f"{c} {n}") for c, n in self.context.direction_names().items()]),
            (self.section, [(c, f"{c} {n}") for c, _d, n in self.context.sections()]),
        ):
            _refill(combo, items)
        self._filling = False

    def _fill_choices(self, choices: queries.FilterChoices) -> None:
        self.choices = choices
        self._filling = True
        for combo, items in (
            (self.meeting, [(mid, f"{number} {title}") for mid, number, title in choices.meetings]),
            (self.reviewer, [(name, name) for name in choices.reviewers]),
        ):
            _refill(combo, items)
        self._filling = False

    def _build_similar(self) -> None:
        """The similar proposals under the detail, and the section their accepted ones share."""
        self.similar_title = QLabel(self.tr("Similar proposals"))
        font = self.similar_title.font()
        font.setBold(True)
        self.similar_title.setFont(font)
        self.similar = QListWidget()
        self.similar.setAccessibleName(self.tr("Similar proposals, the most similar first"))
        self.similar.setToolTip(self.tr("Enter or a double click shows the group on the page "
                                        "«Similar proposals»."))  # fmt: skip
        self.similar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.similar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.similar.itemActivated.connect(self._open_similar)
        self.similar_title.setBuddy(self.similar)
        self.suggestion = QLabel(wordWrap=True)
        self.suggestion.setAccessibleName(self.tr("The section suggested"))
        self.use_suggestion = QPushButton(self.tr("Use this section…"))
        self.use_suggestion.setToolTip(
            self.tr("Opens «Accept into a section» with the suggested section chosen; "
                    "nothing is saved before you confirm it.")
        )  # fmt: skip
        self.use_suggestion.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.use_suggestion.clicked.connect(self.use_suggested_section)
        self._show_similar(None)

    def _build_actions(self) -> None:
        """One QAction per key, named, on the table and the detail (the Help lists them)."""
        specs: list[tuple[str, str, str, Callable[[], None]]] = [
            ("next", self.tr("Next proposal"), "J", lambda: self.move_by(1)),
            ("previous", self.tr("Previous proposal"), "K", lambda: self.move_by(-1)),
            ("select", self.tr("Select or unselect the proposal"), "X", self.toggle_mark),
            ("unselect", self.tr("Clear the selection"), "Shift+X", self.clear_marks),
            ("accept", self.tr("Accept into a section…"), "A", self.accept_into_section),
            ("decline", self.tr("Decline…"), "D", lambda: self.answer(S.DECLINED)),
            ("merge", self.tr("Merge into another proposal…"), "M", self.merge),
            ("section", self.tr("Change the section…"), "S", self.change_section),
            ("clarify", self.tr("Ask for clarification…"), "C",
             lambda: self.answer(S.NEEDS_CLARIFICATION)),
            ("review", self.tr("Mark in review"), "R", self.mark_in_review),
            ("assign", self.tr("Assign to a reviewer…"), "G", self.assign),
            ("unreviewed", self.tr("Next proposal not reviewed yet"), "N", self.next_unreviewed),
            ("undo", self.tr("Undo the last review action"), "Ctrl+Z", self.undo),
        ]  # fmt: skip
        self.actions_by_key = keyed_actions(self, "review", specs)

    def _action_buttons(self) -> QGridLayout:
        # two rows of three, so that the detail can stay narrower than the list
        row = QGridLayout()
        for place, key in enumerate(("accept", "decline", "merge", "clarify", "review", "undo")):
            action = self.actions_by_key[key]
            button = QPushButton(action.text())
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text()} ({shown})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the list
            button.clicked.connect(action.trigger)
            row.addWidget(button, place // 3, place % 3)
        return row

    # --- the page's contract with the home ------------------------------------------------------
    def activate(self) -> None:
        if self._stale:
            self._stale = False
            self.context.operations.read(
                queries.filter_choices, done=self._fill_choices, owner=self
            )
            self.refresh()
            # fold every proposal for the search before anyone types one
            self.context.operations.read(queries.warm_search, owner=self)
        if not self._compared:
            # new proposals compared with the others, for the similar lists
            self._compared = True
            self.context.operations.write(
                similar_page.refresh_pairs, similar_page.Tracker(),
                done=lambda _pass: self._load_similar(self._shown_id), owner=self,
            )  # fmt: skip

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:
            self._sized = True  # the list wider than the detail, once the page has its width
            QTimer.singleShot(0, self._size_panes)

    def _size_panes(self) -> None:
        width = self.splitter.width()
        self.splitter.setSizes([width * 64 // 100, width * 36 // 100])

    def open_list(self, filters: dict[str, Any]) -> None:
        """Show the list behind a figure of the dashboard (region, kind, direction, section,
        status, dates: see ``khdesk.ui.hq.home``)."""
        self._filling = True
        self.search.clear()
        for combo, key in (
            (self.region, "region"),
            (self.meeting_kind, "kind"),
            (self.direction, "direction"),
            (self.section, "section"),
            (self.status, "status"),
        ):
            value = filters.get(key)
            if key == "status" and value:
                value = graph.parse_status(str(value)).value
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for combo in (self.meeting, self.kind, self.reviewer):
            combo.setCurrentIndex(0)
        self.unreviewed.setChecked(False)
        self.mine.setChecked(False)
        self._filling = False
        self._dates = (filters.get("date_from"), filters.get("date_to"))
        self._stale = True
        if self.isVisible():
            self.activate()

    # --- the list -------------------------------------------------------------------------------
    _dates: tuple[Any, Any] = (None, None)

    def export(self) -> None:
        """Export… the proposals as the list shows them: its search and every filter."""
        wanted = self._wanted()
        try:
            filters = export_dialog.query_filters(wanted)
        except KhdeskError as error:
            self._refused(error)
            return
        note = ""
        if export_dialog.narrows_proposals_only(filters, wanted.mine):
            note = self.tr(
                "The list's search and filters narrow the sheet of proposals; the other sheets "
                "follow only its region, kind of meeting, direction and dates."
            )
        self.export_dialog = export_dialog.run_export(
            self.context, self, filters, stem=self.tr("proposals"), mine=wanted.mine, note=note
        )

    def _wanted(self) -> queries.ProposalQuery:
        return queries.ProposalQuery(
            search=self.search.text(),
            status=self.status.currentData(),
            region=self.region.currentData(),
            meeting=self.meeting.currentData(),
            meeting_kind=self.meeting_kind.currentData(),
            kind=self.kind.currentData(),
            direction=self.direction.currentData(),
            section=self.section.currentData(),
            reviewer=self.reviewer.currentData(),
            decided=False if self.unreviewed.isChecked() else None,
            mine=self.mine.isChecked(),
            date_from=self._dates[0],
            date_to=self._dates[1],
            sort=self.query.sort,
            descending=self.query.descending,
        )

    def _on_filter_changed(self, *_args: Any) -> None:
        if not self._filling:
            self.refresh()

    def set_sort(self, sort: str, descending: bool) -> None:
        self.query = queries.ProposalQuery(sort=sort, descending=descending)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again from its first page (a new search, filter or order)."""
        wanted = self._wanted()
        self.query = wanted
        self.model.reload()
        self.context.operations.read(
            queries.count_proposals, wanted, self._generation, done=self._show_total, owner=self
        )

    def fetch(self, offset: int, generation: int) -> None:
        def arrive(rows: list[Any]) -> None:
            first = not self.model.rows
            self.model.arrive(rows, generation)
            if first and rows and self.table.currentIndex().row() < 0:
                self.table.setCurrentIndex(self.model.index(0, 1))

        self.context.operations.read(
            queries.proposals_page, self.query, offset, PAGE, self._generation,
            done=arrive, owner=self,
        )  # fmt: skip

    def _show_total(self, count: int) -> None:
        number = QLocale(self.context.language).toString(count)
        self.total.setText(self.tr("{count} proposals").format(count=number))

    def _go_to_rows(self) -> None:
        self.table.setFocus()
        if self.table.currentIndex().row() < 0 and self.model.rows:
            self.table.setCurrentIndex(self.model.index(0, 1))

    def _on_changed(self, changes: Any) -> None:
        if changes.everything or changes.touches("proposal", "meeting"):
            self._generation += 1
            self._compared = False  # proposals new or changed: compared when next shown
        if not changes.touches("proposal", "meeting", "proposalreview"):
            return
        if self._own_writes:
            return  # the action's own rows are read again when it is done
        if changes.everything or not self.isVisible():
            self._stale = True
            if self.isVisible():
                self.activate()
            return
        self._reread([row.id for row in self.model.rows[:2000]])

    # --- the current proposal and its detail ---------------------------------------------------
    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def current_row(self) -> Any:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _on_current_changed(self, *_args: Any) -> None:
        self.show_detail()

    def show_detail(self) -> None:
        pid = self.current_id()
        self._shown_id = pid
        if pid is None:
            self.detail.clear()
            self._show_similar(None)
            return

        def shown(view: queries.DetailView) -> None:
            if self._shown_id == pid:
                self.detail.setHtml(self._detail_html(view))
                self._load_similar(pid)  # after the detail: the key that moved on stays fast

        def gone(error: Exception) -> None:
            if self._shown_id == pid:
                self.detail.setPlainText(render(error))

        self.context.operations.read(queries.detail_view, pid, done=shown, failed=gone, owner=self)

    def _detail_html(self, view: queries.DetailView) -> str:
        from html import escape

        row = view.detail.row
        meeting = view.meeting
        region = self.context.region_names().get(meeting.region_kato or "", "")
        sections = {code: name for code, _d, name in self.context.sections()}
        heading = self.tr("Proposal {number}").format(number=row.number)
        parts = [f"<h3>{escape(heading)} · "
                 f"{escape(labels.proposal_kind(row.kind))}</h3>",
                 f"<p>{escape(row.text)}</p>"]  # fmt: skip
        facts = [
            (self.tr("Author"), ", ".join(p for p in (row.author, row.organisation) if p) or "—"),
            (self.tr("Meeting"), f"{meeting.number} · {labels.day(meeting.date)} · "
             f"{labels.meeting_kind(meeting.kind)} · {region}\n{meeting.title}"),
            (self.tr("Direction"), f"{row.direction_code} "
             f"{self.context.direction_names().get(row.direction_code, '')}"),
            (self.tr("Section"),
             f"{row.section_code or '—'} {sections.get(row.section_code or '', '')}"),
            (self.tr("Review"), status_name(row.status)),
        ]  # fmt: skip
        if row.accepted_section_code:
            code = row.accepted_section_code
            facts.append((self.tr("Accepted into"), f"{code} {sections.get(code, '')}"))
        if row.duplicate_of_id:
            target = view.names.get(row.duplicate_of_id)
            facts.append(
                (self.tr("Merged into"), render(target) if target else row.duplicate_of_id)
            )
        if row.reviewer:
            facts.append((self.tr("Reviewer"), row.reviewer))
        note = view.detail.history[-1].note if view.detail.history else None
        if note:
            facts.append((self.tr("Note"), note))
        parts.append("<table cellspacing='2'>")
        for name, value in facts:
            value_html = escape(value).replace("\n", "<br>")
            parts.append(f"<tr><td><b>{escape(name)}</b></td><td>{value_html}</td></tr>")
        parts.append("</table>")
        merged_from = view.detail.lineage.merged_from
        if merged_from:
            merged_here = self.tr("Merged into it")
            parts.append(f"<p><b>{escape(merged_here)}</b></p><ul>")
            for original, _into in merged_from:
                label = view.names.get(original)
                parts.append(f"<li>{escape(render(label) if label else original)}</li>")
            parts.append("</ul>")
        history = self.tr("History")
        parts.append(f"<p><b>{escape(history)}</b></p>")
        if not view.detail.history:
            not_yet = self.tr("Not reviewed yet.")
            parts.append(f"<p>{escape(not_yet)}</p>")
        else:
            parts.append("<ul>")
            for entry in reversed(view.detail.history):
                when = f"{labels.day(entry.at.date())} {entry.at:%H:%M}"
                move = f"{status_name(entry.previous)} → {status_name(entry.status)}"
                if entry.status == S.ACCEPTED and entry.section:
                    move += f" {entry.section}"
                who = entry.actor or ""
                parts.append(f"<li>{escape(when)} · {escape(who)} · {escape(move)}</li>")
            parts.append("</ul>")
        return "".join(parts)

    def _on_link(self, _url: Any) -> None:
        return

    # --- the similar proposals and the section suggested ---------------------------------------
    def _load_similar(self, pid: str | None) -> None:
        if pid is None:
            return

        def arrived(view: SimilarView) -> None:
            if self._shown_id == pid:  # else the selection moved on: a stale answer
                self._show_similar(view, pid)

        self.context.operations.read(similar_view, pid, done=arrived, owner=self)

    def _show_similar(self, view: SimilarView | None, pid: str | None = None) -> None:
        self._similar_of = pid
        self.similar.clear()
        neighbours = view.neighbours if view else ()
        regions = self.context.region_names()
        for neighbour in neighbours:
            region = regions.get(neighbour.region_kato or "", neighbour.region_kato or "")
            status = status_name(ReviewStatus(neighbour.status))
            if neighbour.status == S.ACCEPTED.value and neighbour.section_code:
                status = f"{status} {neighbour.section_code}"
            words = " ".join(neighbour.text.split())
            item = QListWidgetItem(f"{neighbour.score:.2f} · {region} · {status} — {words}")
            item.setData(Qt.ItemDataRole.UserRole, neighbour.proposal_id)
            item.setToolTip(neighbour.text)
            self.similar.addItem(item)
        if view is None:
            self.similar_title.setText(self.tr("Similar proposals"))
        elif neighbours:
            self.similar_title.setText(
                self.tr("Similar proposals ({count})").format(count=len(neighbours))
            )
        else:
            self.similar_title.setText(self.tr("Similar proposals: none found"))
        self.similar.setVisible(bool(neighbours))
        if neighbours:  # as tall as its lines, five at most
            tall = self.similar.sizeHintForRow(0)
            self.similar.setFixedHeight(
                tall * min(len(neighbours), 5) + 2 * self.similar.frameWidth() + 2
            )
        suggestion = view.suggestion if view else None
        self._suggested = suggestion.section_code if suggestion else None
        if suggestion is None:
            self.suggestion.clear()
        else:
            names = {code: name for code, _d, name in self.context.sections()}
            name = names.get(suggestion.section_code)
            section = f"{suggestion.section_code} «{name}»" if name else suggestion.section_code
            if suggestion.accepted == suggestion.of:
                line = self.tr("{count} similar accepted proposals are in {section}.").format(
                    count=suggestion.accepted, section=section
                )
            else:
                line = self.tr(
                    "{count} of {of} similar accepted proposals are in {section}."
                ).format(count=suggestion.accepted, of=suggestion.of, section=section)
            self.suggestion.setText(line)
        self.suggestion.setVisible(suggestion is not None)
        self.use_suggestion.setVisible(suggestion is not None)

    def _open_similar(self, item: QListWidgetItem) -> None:
        """The group on the page «Similar proposals», with this proposal chosen in it."""
        pid = str(item.data(Qt.ItemDataRole.UserRole))
        widget: Any = self.parentWidget()  # the home, if the page is in one
        while widget is not None and not hasattr(widget, "show_page"):
            widget = widget.parentWidget()
        if widget is not None and "similar" in widget.page_keys():
            widget.show_page("similar", {"proposal": pid})

    def use_suggested_section(self) -> None:
        """«Accept into a section» with the suggested section chosen (the analyst confirms)."""
        if self._suggested and self._similar_of == self.current_id():
            self._accept_into(self._suggested)

    # --- moving and marking ---------------------------------------------------------------------
    def move_by(self, step: int) -> None:
        row = self.table.currentIndex().row()
        target = max(0, min(len(self.model.rows) - 1, (row if row >= 0 else -1) + step))
        if self.model.rows:
            self.table.setCurrentIndex(
                self.model.index(target, max(self.table.currentIndex().column(), 1))
            )
            if target >= len(self.model.rows) - 5 and self.model.canFetchMore():
                self.model.fetchMore()

    def toggle_mark(self) -> None:
        self.model.toggle(self.table.currentIndex().row())
        self._say_selection()

    def clear_marks(self) -> None:
        self.model.clear_marks()
        self._say_selection()

    def _say_selection(self) -> None:
        count = len(self.model.marked)
        self.status_line.setText(
            self.tr("{count} proposals selected: the next action applies to them.").format(
                count=count
            )
            if count
            else ""
        )

    def next_unreviewed(self) -> None:
        start = self.table.currentIndex().row() + 1
        for position in range(start, len(self.model.rows)):
            if self.model.rows[position].status not in graph.DECIDED:
                self.table.setCurrentIndex(self.model.index(position, 1))
                return
        if self.model.canFetchMore():
            self.model.fetchMore()

    # --- actions --------------------------------------------------------------------------------
    def targets(self) -> list[str]:
        """The marked proposals in the list's order, else the current one."""
        if self.model.marked:
            return [row.id for row in self.model.rows if row.id in self.model.marked]
        pid = self.current_id()
        return [pid] if pid else []

    def _open(self, dialog: QDialog, then: Callable[[QDialog], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                then(dialog)
            self.table.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    def accept_into_section(self) -> None:
        self._accept_into(None)

    def _accept_into(self, suggested: str | None) -> None:
        row = self.current_row()
        if row is None:
            return
        title = self.tr("Accept into a section")
        dialog = SectionDialog(self.context, row.direction_code, title, self, suggested=suggested)
        self._open(
            dialog,
            lambda d: self._chosen_section(
                d, lambda code: ReviewChange(status="accepted", section=code)
            ),
        )

    def change_section(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = SectionDialog(
            self.context, row.direction_code, self.tr("Move to another section"), self
        )
        self._open(
            dialog, lambda d: self._chosen_section(d, lambda code: ReviewChange(section=code))
        )

    def _chosen_section(self, dialog: QDialog, change: Callable[[str], ReviewChange]) -> None:
        assert isinstance(dialog, SectionDialog)
        code = dialog.chosen() or dialog.filter.text().strip()
        if code:
            self.act(change(code))

    def answer(self, status: ReviewStatus) -> None:
        if not self.targets():
            return
        title = self.tr("Decline") if status == S.DECLINED else self.tr("Ask for clarification")

        def templates(found: list[Any]) -> None:
            dialog = AnswerDialog(title, found, self.context.language, self)
            self._open(dialog, lambda d: self._answered(d, status))

        self.context.operations.read(
            queries.answer_templates, status.value, done=templates, owner=self
        )

    def _answered(self, dialog: QDialog, status: ReviewStatus) -> None:
        assert isinstance(dialog, AnswerDialog)
        text = dialog.text()
        if dialog.save_as_template():
            self.context.operations.write(
                queries.save_answer_template, status.value, self.context.language, text,
                failed=self._refused, owner=self,
            )  # fmt: skip
        self.act(ReviewChange(status=status.value, reason=text or None))

    def merge(self) -> None:
        pid = self.current_id()
        if pid is None:
            return

        def chosen(dialog: QDialog) -> None:
            assert isinstance(dialog, MergeDialog)
            target = dialog.chosen()
            if target:
                self.act(ReviewChange(status="merged", into=target))

        self._open(MergeDialog(self.context, pid, self), chosen)

    def mark_in_review(self) -> None:
        self.act(ReviewChange(status="under-review"))

    def assign(self) -> None:
        names = list(self.choices.reviewers) if self.choices else []

        def chosen(dialog: QDialog) -> None:
            assert isinstance(dialog, ReviewerDialog)
            if dialog.chosen():
                self.act(ReviewChange(reviewer=dialog.chosen()))

        self._open(ReviewerDialog(names, self), chosen)

    def act(self, change: ReviewChange) -> None:
        """``change`` on the marked proposals (previewed first) or on the current one."""
        ids = self.targets()
        if not ids:
            return
        self.problem.hide()
        change = ReviewChange(**{**change.__dict__, "language": self.context.language})
        if not self.model.marked:
            # what the analyst saw: a review another analyst saved since is not overwritten
            row = self.current_row()
            seen = Seen(row.reviewed_at) if row is not None and row.id == ids[0] else None
            self._write(queries.act_on_one, ids[0], change, seen, touched=ids)
            return

        def previewed(preview: Any) -> None:
            dialog = PreviewDialog(preview, self)
            touched = [m.proposal_id for m in preview.moves] + [
                r.proposal_id for r in preview.refused
            ]
            self._open(
                dialog, lambda _d: self._write(queries.apply_action, preview, touched=touched)
            )

        self.context.operations.read(
            queries.preview_action, ids, change, done=previewed, failed=self._refused, owner=self
        )

    def undo(self) -> None:
        if not self.undo_steps:
            self.status_line.setText(self.tr("Nothing to undo."))
            return
        step = self.undo_steps.pop()
        self._write(queries.undo_action, step, touched=step.proposal_ids, undoing=True)

    def _write(self, function: Any, *args: Any, touched: list[str], undoing: bool = False) -> None:
        self._own_writes += 1

        def done(step: Any) -> None:
            self._own_writes -= 1
            if not undoing:
                self.undo_steps.append(step)
                self.status_line.setText(self.tr("Saved. Ctrl+Z takes it back."))
            else:
                self.status_line.setText(render(step.summary))
            self._reread(touched)

        def failed(error: Exception) -> None:
            self._own_writes -= 1
            self._refused(error)
            self._reread(touched)

        self.context.operations.write(function, *args, done=done, failed=failed, owner=self)

    def _refused(self, error: Exception) -> None:
        self.problem.setText(render(error))
        self.problem.show()

    def _reread(self, ids: list[str]) -> None:
        """Read ``ids`` again in place (and the detail, if it shows one of them)."""
        if not ids:
            return

        def found(rows: dict[str, Any]) -> None:
            self.model.replace(rows)
            if self.current_id() in rows or self._shown_id in rows:
                self.show_detail()

        self.context.operations.read(queries.rows_by_id, ids, done=found, owner=self)
