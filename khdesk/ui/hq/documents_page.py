"""Headquarters' page of the campaign's documents (the Declaration, an Appeal): a document
written in Kazakh and Russian and its draft edited paragraph by paragraph; every amendment the
round tables made, paragraph by paragraph and side by side, each given its outcome; the draft
published as the next version, the difference between versions word by word, the plenary's
vote, and the documents printed. docs/campaign-documents.md describes it."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import ChangedMeanwhile
from khdesk.services import campaign_documents as drafts
from khdesk.services import document_amendments as amend
from khdesk.ui.context import AppContext
from khdesk.ui.help import plain, set_part_title
from khdesk.ui.hq import document_drafting as drafting
from khdesk.ui.icons import icon
from khdesk.ui.widgets import show_error

# --- operations (plain functions: they run off the GUI thread) ------------------------------------


def read_documents(work: Any) -> list[Any]:
    return drafts.summaries(work.session)


def read_groups(work: Any, document_id: str, language: str) -> list[Any]:
    return amend.consolidation(work.session, document_id, language=language)


def _review(work: Any, amendment_id: str, outcome: str, options: dict[str, Any]) -> None:
    amend.review(work.session, amendment_id, outcome, reviewer=work.actor.name, **options)


def _publish(work: Any, document_id: str) -> int:
    return drafts.publish(work.session, document_id).number


def _adopt(work: Any, document_id: str, vote: dict[str, Any]) -> None:
    amend.adopt(work.session, document_id, recorded_by=work.actor.name, **vote)


def _diff(work: Any, document_id: str, older: int, newer: int, language: str) -> list[Any]:
    return amend.version_diff(work.session, document_id, older, newer, language)


def _export(work: Any, document_id: str, what: str, language: str, path: Path) -> Path:
    return amend.write_document(work.session, document_id, what, language, path)


# how the differences between versions mark words: not by colour alone
_TAKEN_OUT = "color:#b00020; text-decoration:line-through"
_PUT_IN = "color:#1b5e20; text-decoration:underline"

# The item role that holds a top-level row's paragraph (a ``ParagraphGroup``).
_GROUP = Qt.ItemDataRole.UserRole + 1


class DocumentsPage(QWidget):
    """The documents on the left; the chosen one's paragraphs with their amendments on the
    right, and what headquarters does with them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._summaries: list[Any] = []
        self.documents = QListWidget()
        self.documents.setAccessibleName(self.tr("The campaign's documents"))
        self.documents.currentRowChanged.connect(self._on_document)
        self.documents.setWordWrap(True)  # the titles are long: «… Үкіметіне Үндеу»
        self.documents.setMinimumWidth(240)
        self.documents.setSpacing(4)  # where one long title ends and the next begins
        # the titles wrap again as the list's width changes, none cut short
        self.documents.setResizeMode(QListView.ResizeMode.Adjust)
        self.documents.viewport().installEventFilter(self)
        self._choose: str | None = None  # the document to show once the list is read again
        self._groups: list[Any] = []
        self.new_button = QPushButton(icon("add"), self.tr("&New document…"))
        self.new_button.clicked.connect(self.new_document)
        self.status = QLabel(wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Paragraph or amendment"), self.tr("Region"), self.tr("Outcome"),
             self.tr("Wording")]
        )  # fmt: skip
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Amendments by paragraph"))
        self.tree.currentItemChanged.connect(lambda *_a: self._enable())
        self.tree.itemActivated.connect(lambda *_a: self.edit_paragraph())
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit paragraph…"))
        self.edit_button.clicked.connect(self.edit_paragraph)
        self.add_button = QPushButton(self.tr("Add a paragrap&h…"))
        self.add_button.clicked.connect(self.add_paragraph)
        self.remove_button = QPushButton(icon("delete"), self.tr("&Remove paragraph…"))
        self.remove_button.clicked.connect(self.remove_paragraph)
        # the buttons keep their Alt+letter; Ctrl+N works anywhere on the page (the window's
        # New meeting gives way while it is shown), F2, Ins and Del in the list of paragraphs
        for keys, button, where, scope in (
            ("Ctrl+N", self.new_button, self, Qt.ShortcutContext.WindowShortcut),
            ("F2", self.edit_button, self.tree, Qt.ShortcutContext.WidgetShortcut),
            ("Ins", self.add_button, self.tree, Qt.ShortcutContext.WidgetShortcut),
            ("Del", self.remove_button, self.tree, Qt.ShortcutContext.WidgetShortcut),
        ):
            shortcut = QShortcut(QKeySequence(keys), where)
            shortcut.setContext(scope)
            shortcut.setWhatsThis(plain(button.text()))
            shortcut.activated.connect(button.click)
        self.accept_button = QPushButton(icon("add"), self.tr("&Accept…"))
        self.accept_button.clicked.connect(self.accept_amendment)
        self.merge_button = QPushButton(self.tr("&Merge with…"))
        self.merge_button.clicked.connect(self.merge_amendment)
        self.decline_button = QPushButton(self.tr("&Decline…"))
        self.decline_button.clicked.connect(lambda: self.explain("declined"))
        self.clarify_button = QPushButton(self.tr("Ask to c&larify…"))
        self.clarify_button.clicked.connect(lambda: self.explain("clarification"))
        self.publish_button = QPushButton(self.tr("&Publish the next version"))
        self.publish_button.clicked.connect(self.publish)
        self.diff_button = QPushButton(self.tr("&Differences…"))
        self.diff_button.clicked.connect(self.show_differences)
        self.adopt_button = QPushButton(self.tr("The plenary's &vote…"))
        self.adopt_button.clicked.connect(self.adopt)
        self.export_button = QPushButton(icon("documents"), self.tr("&Print…"))
        menu = QMenu(self.export_button)
        for what, words in (
            ("draft", self.tr("The draft with numbered lines")),
            ("amendments", self.tr("The amendments list")),
            ("adopted", self.tr("The adopted text")),
        ):
            action = menu.addAction(words)
            action.triggered.connect(lambda _checked=False, w=what: self.export(w))
        self.export_button.setMenu(menu)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.merge_button, self.decline_button,
                       self.clarify_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch()
        document_buttons = QHBoxLayout()
        for button in (self.publish_button, self.diff_button, self.adopt_button,
                       self.export_button):  # fmt: skip
            document_buttons.addWidget(button)
        document_buttons.addStretch()
        paragraph_buttons = QHBoxLayout()
        for button in (self.edit_button, self.add_button, self.remove_button):
            paragraph_buttons.addWidget(button)
        paragraph_buttons.addStretch()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.status)
        right_layout.addLayout(document_buttons)
        right_layout.addLayout(paragraph_buttons)
        right_layout.addWidget(self.tree, 1)
        right_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.documents, 1)
        left_layout.addWidget(self.new_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        set_part_title(self, self.tr("Documents"))
        context.hub.changed.connect(self._on_changed)
        self._enable()

    # --- reading ----------------------------------------------------------------------------
    def activate(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.context.operations.read(read_documents, done=self._show_documents, owner=self)

    def _on_changed(self, _changes: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _language(self) -> str:
        return "kk" if self.context.language == "kk" else "ru"

    def _show_documents(self, found: list[Any]) -> None:
        chosen, self._choose = self._choose or self.document_id(), None
        self._summaries = found
        self.documents.blockSignals(True)
        self.documents.clear()
        for summary in found:
            title = summary.title_kk if self._language() == "kk" else summary.title_ru
            item = QListWidgetItem(f"{title}\n{self._short_state(summary)}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.documents.addItem(item)
        self._fit_titles()
        self.documents.blockSignals(False)
        ids = [summary.id for summary in found]
        self.documents.blockSignals(True)
        self.documents.setCurrentRow(ids.index(chosen) if chosen in ids else 0 if ids else -1)
        self.documents.blockSignals(False)
        self._on_document(self.documents.currentRow())  # read again: its amendments changed
        if not found:
            self.status.setText(
                self.tr(
                    "No document yet: write one with «New document…», then publish it to the "
                    "regions."
                )
            )
            self.tree.clear()
            self._groups = []
        self._enable()

    def document_id(self) -> str | None:
        item = self.documents.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _summary(self) -> Any:
        return next((s for s in self._summaries if s.id == self.document_id()), None)

    def _on_document(self, _row: int) -> None:
        summary = self._summary()
        if summary is None:
            return
        self._describe(summary)
        self.context.operations.read(
            read_groups, summary.id, self._language(), done=self._show_groups, owner=self
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.documents.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_titles()
        return super().eventFilter(watched, event)

    def _fit_titles(self) -> None:
        """Each title as tall as its lines at the list's width: Qt's own measure of a wrapped
        item can come out a line short, and the title's end (its state) would be cut."""
        width = self.documents.viewport().width() - 2 * self.documents.spacing()
        metrics = self.documents.fontMetrics()
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            lines = metrics.boundingRect(
                0, 0, max(width - 16, 40), 100_000, Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(max(width, 40), lines.height() + 8))

    def _short_state(self, summary: Any) -> str:
        """Where a document stands, under its title in the list."""
        if summary.adopted is not None:
            return self.tr("— adopted")
        if summary.latest and summary.unpublished:
            return self.tr("— version {number}, changes not published").format(
                number=summary.latest
            )
        if summary.latest:
            return self.tr("— version {number}").format(number=summary.latest)
        return self.tr("— a draft")

    def _describe(self, summary: Any) -> None:
        if summary.adopted is not None:
            state = self.tr("adopted on {day}, version {number}: its text is frozen").format(
                day=summary.adopted.adopted_on.strftime("%d.%m.%Y"),
                number=summary.adopted.version_number,
            )
        elif summary.latest:
            state = self.tr("version {number} published").format(number=summary.latest)
        else:
            state = self.tr("a draft, not published yet")
        counts = summary.amendments
        status = self.tr("{state}. Amendments: {total}, not reviewed yet: {open}.").format(
            state=state[:1].upper() + state[1:],
            total=sum(counts.values()),
            open=counts.get("open", 0),
        )
        if summary.unpublished and summary.latest:
            status += " " + self.tr(
                "The draft has changes not in version {number}: publish them for the regions "
                "to read."
            ).format(number=summary.latest)
        self.status.setText(status)

    def _outcome(self, view: Any) -> str:
        words = {
            "open": self.tr("not reviewed"),
            "accepted": self.tr("accepted"),
            "merged": self.tr("merged with № {number}").format(number=view.merged_into),
            "declined": self.tr("declined"),
            "clarification": self.tr("needs clarification"),
        }[view.outcome]
        return f"{words}: {view.reason}" if view.reason else words

    def _action(self, view: Any) -> str:
        return {
            "replace": self.tr("new wording"),
            "delete": self.tr("deletion"),
            "add": self.tr("new paragraph"),
        }[view.action]

    def _show_groups(self, groups: list[Any]) -> None:
        chosen = self._group()
        self._groups = groups
        self.tree.clear()
        language = self._language()
        for group in groups:
            if group.paragraph_id is None:
                title = self.tr("At the start")
            elif group.number is None:
                title = self.tr("Paragraph removed in version {number}").format(
                    number=group.removed_in
                )
            else:
                title = self.tr("Paragraph {number}").format(number=group.number)
            text = group.text_kk if language == "kk" else group.text_ru
            parent = QTreeWidgetItem([title, "", "", text])
            parent.setToolTip(3, text)
            parent.setData(0, _GROUP, group)
            self.tree.addTopLevelItem(parent)
            if chosen is not None and group.paragraph_id == chosen.paragraph_id:
                self.tree.setCurrentItem(parent)
            for view in [*group.amendments, *group.added]:
                words = " / ".join(w for w in (view.text_kk, view.text_ru) if w)
                child = QTreeWidgetItem(
                    [f"№ {view.number} · {self._action(view)}", view.region or "",
                     self._outcome(view), words]
                )  # fmt: skip
                child.setToolTip(3, f"{view.meeting}\n{words}")
                child.setData(0, Qt.ItemDataRole.UserRole, view)
                parent.addChild(child)
            parent.setExpanded(True)
        for column, width in ((0, 190), (1, 150), (2, 170)):
            self.tree.setColumnWidth(column, width)
        self._enable()

    def _view(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _group(self) -> Any:
        """The draft's paragraph chosen in the tree (or whose amendment is chosen)."""
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, _GROUP) if item is not None else None

    def _paragraph(self) -> Any:
        """The draft's paragraph whose own row is chosen (not one of its amendments)."""
        item = self.tree.currentItem()
        group = item.data(0, _GROUP) if item is not None and item.parent() is None else None
        in_draft = group is not None and group.number is not None and group.paragraph_id
        return group if in_draft else None

    def _draft(self) -> list[Any]:
        """The draft's paragraphs as shown, in order."""
        return [g for g in self._groups if g.paragraph_id is not None and g.number is not None]

    def _views(self) -> list[Any]:
        found: list[Any] = []
        for index in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(index)
            children = [parent.child(n) for n in range(parent.childCount())] if parent else []
            found += [c.data(0, Qt.ItemDataRole.UserRole) for c in children if c is not None]
        return found

    def _enable(self) -> None:
        summary = self._summary()
        frozen = summary is None or summary.adopted is not None
        view = self._view()
        decidable = view is not None and not frozen and view.outcome != "accepted"
        for button in (self.accept_button, self.merge_button, self.decline_button,
                       self.clarify_button):  # fmt: skip
            button.setEnabled(decidable)
        drafting = not frozen and bool(summary and summary.draft)
        chosen = drafting and self._paragraph() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and len(self._draft()) > 1)
        self.add_button.setEnabled(drafting and bool(self._draft()))
        self.publish_button.setEnabled(drafting and bool(summary and summary.unpublished))
        ready = not frozen and bool(summary and summary.latest and not summary.unpublished)
        self.adopt_button.setEnabled(ready)
        self.diff_button.setEnabled(bool(summary and summary.versions > 1))
        self.export_button.setEnabled(summary is not None)

    # --- deciding ---------------------------------------------------------------------------
    def _write(self, function: Any, *args: Any) -> None:
        def failed(error: Exception) -> None:
            self._read_again_if_changed(error)
            self._enable()  # a button turned off while its write was on its way
            show_error(self, error)

        self.context.operations.write(function, *args, failed=failed, owner=self)

    def _read_again_if_changed(self, error: Exception) -> None:
        """Another analyst changed what the page shows: show it as it is now."""
        if isinstance(error, ChangedMeanwhile):
            self.refresh()

    def accept_amendment(self) -> None:
        view = self._view()
        if view is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Accept amendment № {number}").format(number=view.number))
        kk, ru = QPlainTextEdit(view.text_kk or ""), QPlainTextEdit(view.text_ru or "")
        form = QFormLayout(dialog)
        if view.action == "delete":
            form.addRow(QLabel(self.tr("The paragraph goes out of the draft."), wordWrap=True))
        else:
            form.addRow(
                QLabel(
                    self.tr("The wording that goes into the draft, in both languages:"),
                    wordWrap=True,
                )
            )
            form.addRow(self.tr("Kazakh"), kk)
            form.addRow(self.tr("Russian"), ru)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)
        dialog.resize(640, 360)

        def accepted() -> None:
            options = {}
            if view.action != "delete":
                options = {"text_kk": kk.toPlainText(), "text_ru": ru.toPlainText()}
            self._write(_review, view.id, "accepted", options | {"revision": view.revision})

        dialog.accepted.connect(accepted)
        dialog.open()

    def merge_amendment(self) -> None:
        view = self._view()
        if view is None:
            return
        others = [v for v in self._views() if v.id != view.id and v.outcome != "merged"]
        if not others:
            return
        names = [f"№ {v.number} · {v.region or ''} · {self._action(v)}" for v in others]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Merge"), self.tr("Merge amendment № {number} with:").format(
                number=view.number
            ), names, 0, False,
        )  # fmt: skip
        if ok:
            target = others[names.index(chosen)]
            self._write(
                _review, view.id, "merged",
                {"merged_into_id": target.id, "revision": view.revision},
            )  # fmt: skip

    def explain(self, outcome: str) -> None:
        view = self._view()
        if view is None:
            return
        question = (
            self.tr("Why is amendment № {number} declined? The region reads it.")
            if outcome == "declined"
            else self.tr("What should the region clarify in amendment № {number}?")
        ).format(number=view.number)
        reason, ok = QInputDialog.getMultiLineText(self, self.tr("Outcome"), question)
        if ok:
            self._write(_review, view.id, outcome, {"reason": reason, "revision": view.revision})

    # --- drafting -------------------------------------------------------------------------
    def _submit(
        self, function: Any, *args: Any, then: Callable[[Any], None] | None = None
    ) -> drafting.Submit:
        """What a drafting dialog calls on OK: ``function(work, *args, values)`` written, then
        ``then(its result)``."""

        def submit(values: dict[str, Any], done: Any, failed: Any) -> None:
            def written(result: Any) -> None:
                if then is not None:
                    then(result)
                done()

            def refused(error: Exception) -> None:
                self._read_again_if_changed(error)
                failed(error)

            self.context.operations.write(
                function, *args, values, done=written, failed=refused, owner=self
            )

        return submit

    def new_document(self) -> None:
        def show(document_id: str) -> None:
            self._choose = document_id  # shown once the list is read again
            self.refresh()

        drafting.NewDocumentDialog(self._submit(drafting.create, then=show), self).open()

    def edit_paragraph(self) -> None:
        summary, group = self._summary(), self._paragraph()
        if not self.edit_button.isEnabled() or summary is None or group is None:
            return
        title = self.tr("Paragraph {number} of the draft").format(number=group.number)
        submit = self._submit(drafting.edit, summary.id, group.paragraph_id)
        texts = (group.text_kk, group.text_ru)
        drafting.ParagraphDialog(submit, title, texts=texts, parent=self).open()

    def add_paragraph(self) -> None:
        summary, group, draft = self._summary(), self._group(), self._draft()
        if not self.add_button.isEnabled() or summary is None:
            return
        if group is not None and group in draft:
            after = group.number
        elif group is not None and group.paragraph_id is None:
            after = 0  # the row of what is added at the start
        else:
            after = len(draft)

        submit = self._submit(drafting.add, summary.id, [g.paragraph_id for g in draft])
        dialog = drafting.ParagraphDialog(
            submit, self.tr("A new paragraph"), after=(after, len(draft)), parent=self
        )
        dialog.open()

    def remove_paragraph(self) -> None:
        summary, group = self._summary(), self._paragraph()
        if not self.remove_button.isEnabled() or summary is None or group is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Remove paragraph"),
            self.tr(
                "Remove paragraph {number} from the draft? The next version will not have it; "
                "its amendments stay, marked as to a removed paragraph."
            ).format(number=group.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if asked == QMessageBox.StandardButton.Yes:
            read = (group.text_kk, group.text_ru)
            self._write(drafting.remove, summary.id, group.paragraph_id, read)

    def publish(self) -> None:
        summary = self._summary()
        if summary is not None and self.publish_button.isEnabled():
            self.publish_button.setEnabled(False)  # once: the page is read again when written
            self._write(_publish, summary.id)

    def adopt(self) -> None:
        summary = self._summary()
        if summary is None or summary.latest is None:
            return
        submit = self._submit(_adopt, summary.id)
        title = summary.title_kk if self._language() == "kk" else summary.title_ru
        number = summary.latest

        def ask(meetings: list[drafting.Plenary]) -> None:
            drafting.VoteDialog(submit, title, number, meetings, self).open()

        self.context.operations.read(drafting.plenaries, done=ask, owner=self)

    def show_differences(self) -> None:
        summary = self._summary()
        if summary is None or summary.versions < 2:
            return
        newer = summary.latest
        self.context.operations.read(
            _diff, summary.id, newer - 1, newer, self._language(),
            done=lambda found: self._show_diff(found, newer), owner=self,
        )  # fmt: skip

    def _show_diff(self, found: list[Any], newer: int) -> None:
        parts = []
        for paragraph in found:
            if paragraph.change == "same":
                continue
            number = paragraph.number if paragraph.number is not None else "—"
            words = " ".join(
                html.escape(text) if op == "=" else
                f"<span style='{_TAKEN_OUT}'>{html.escape(text)}</span>" if op == "-" else
                f"<span style='{_PUT_IN}'>{html.escape(text)}</span>"
                for op, text in paragraph.words
            )  # fmt: skip
            parts.append(f"<p><b>¶ {number}</b> {words}</p>")
        dialog = QDialog(self)
        dialog.setWindowTitle(
            self.tr("Version {older} and version {newer}").format(older=newer - 1, newer=newer)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        taken_out, put_in = self.tr("taken out"), self.tr("put in")
        legend = QLabel(
            f"<span style='{_TAKEN_OUT}'>{html.escape(taken_out)}</span> · "
            f"<span style='{_PUT_IN}'>{html.escape(put_in)}</span>"
        )
        browser = QTextBrowser()
        browser.setHtml("".join(parts) or html.escape(self.tr("Nothing changed.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(legend)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(760, 480)
        dialog.open()

    def export(self, what: str) -> None:
        summary = self._summary()
        if summary is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print"), f"{what}.pdf",
            self.tr("PDF (*.pdf);;Word (*.docx)"),
        )  # fmt: skip
        if not name:
            return
        languages = {self.tr("Kazakh and Russian"): "kk+ru", self.tr("Kazakh"): "kk",
                     self.tr("Russian"): "ru"}  # fmt: skip
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Print"), self.tr("Language"), list(languages), 0, False
        )
        if not ok:
            return
        self.context.operations.read(
            _export, summary.id, what, languages[chosen], Path(name),
            failed=lambda error: show_error(self, error), owner=self,
        )  # fmt: skip
