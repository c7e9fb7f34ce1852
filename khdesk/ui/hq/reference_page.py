"""Headquarters' page of the reference data: directions and their sections, regions' names,
edits undone with Ctrl+Z until they are published in the next reference bundle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import compact_combo, wrapping_label
from khdesk.ui.sync_ui import ask_save_path, removable_drive
from khdesk.ui.texts import render
from khdesk.ui.widgets import confirm

ERROR_STYLE = "color: #b00020;"
CODE, NAME, PROPOSALS, STATE = range(4)
#: The item's data: ("direction" | "section" | "region", code).
KEY_ROLE = Qt.ItemDataRole.UserRole


# --- operations (plain functions: they run off the GUI thread) --------------------------------


def _tables(work: Any) -> Any:
    from khdesk.services import reference_editor

    return reference_editor.reference_tables(work.session)


def _add(work: Any, table: str, code: str, direction: str | None, names: dict[str, str]) -> Any:
    from khdesk.services import reference_editor

    if table == "direction":
        return reference_editor.add_direction(work.session, code=code, names=dict(names))
    return reference_editor.add_section(
        work.session, code=code, direction=direction or "", names=dict(names)
    )


def _rename(work: Any, table: str, code: str, names: dict[str, str]) -> Any:
    from khdesk.services import reference_editor

    return reference_editor.rename(work.session, table=table, code=code, names=dict(names))


def _move(work: Any, code: str, direction: str) -> Any:
    from khdesk.services import reference_editor

    return reference_editor.move_section(work.session, code=code, direction=direction)


def _set_active(work: Any, code: str, active: bool) -> Any:
    from khdesk.services import reference_editor

    return reference_editor.set_section_active(work.session, code=code, active=active)


def _undo(work: Any, edit: Any) -> Any:
    from khdesk.services import reference_editor

    return reference_editor.undo(work.session, edit)


def _publish(work: Any, keys: Path, path: Path) -> int:
    from khdesk.services import reference_editor

    return reference_editor.publish(work.session, keys, path)


# --- the dialog of names -----------------------------------------------------------------------


class NamesDialog(QDialog):
    """The names of a direction, a section or a region in kk, ru and en (and, for a new one, its
    code and direction); it stays open with the sentence of what is wrong until it is right."""

    def __init__(
        self,
        context: AppContext,
        title: str,
        *,
        names: dict[str, str] | None = None,
        code: str | None = None,
        directions: list[tuple[str, str]] | None = None,
        direction: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setMinimumWidth(680)
        form = QFormLayout()
        self.code_edit: QLineEdit | None = None
        self.direction_combo: QComboBox | None = None
        if directions is not None:
            self.direction_combo = compact_combo(QComboBox(), characters=48)
            for value, name in directions:
                self.direction_combo.addItem(f"{value} — {name}", value)
            self.direction_combo.setCurrentIndex(max(self.direction_combo.findData(direction), 0))
            form.addRow(self.tr("&Direction"), self.direction_combo)
        if code is not None:
            self.code_edit = QLineEdit(code)
            self.code_edit.setMaxLength(40)
            form.addRow(self.tr("&Code"), self.code_edit)
        self.name_edits: dict[str, QLineEdit] = {}
        captions = {
            "kk": self.tr("Name in &Kazakh"),
            "ru": self.tr("Name in &Russian"),
            "en": self.tr("Name in &English"),
        }
        for language in ("kk", "ru", "en"):
            edit = QLineEdit((names or {}).get(language, ""))
            edit.setAccessibleName(captions[language].replace("&", ""))
            self.name_edits[language] = edit
            form.addRow(captions[language], edit)
        self.status = wrapping_label(QLabel())
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        first = self.code_edit or self.name_edits["kk"]
        first.setFocus()
        first.selectAll()

    def names(self) -> dict[str, str]:
        return {language: edit.text() for language, edit in self.name_edits.items()}

    def code(self) -> str:
        return self.code_edit.text() if self.code_edit is not None else ""

    def direction(self) -> str | None:
        return self.direction_combo.currentData() if self.direction_combo is not None else None

    def show_problem(self, error: KhdeskError) -> None:
        self.status.setText(render(error))
        self.status.show()


# --- the page ----------------------------------------------------------------------------------


class ReferencePage(QWidget):
    """Directions with their sections, and the regions: add, rename, move, retire, undo, publish."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tables: Any = None
        self.undo_stack: list[Any] = []
        self._stale = True
        layout = QVBoxLayout(self)
        if context.role() != "hq":
            # the page exists at headquarters only; shown elsewhere it says why, and nothing more
            self.refusal: QLabel | None = wrapping_label(
                QLabel(
                    self.tr(
                        "Reference data is edited at headquarters only: this installation "
                        "receives it in headquarters' reference bundle."
                    )
                )
            )
            layout.addWidget(self.refusal)
            layout.addStretch(1)
            return
        self.refusal = None
        self._build(layout)
        context.hub.reference_changed.connect(self._on_reference_changed)

    def _build(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        self.state = wrapping_label(QLabel())
        top.addWidget(self.state, 1)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_last)
        self.publish_button = QPushButton(self.tr("&Publish…"))
        self.publish_button.setToolTip(
            self.tr("Write the next reference bundle for the regions (Ctrl+P)")
        )
        self.publish_button.clicked.connect(self.publish)
        top.addWidget(self.undo_button)
        top.addWidget(self.publish_button)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tree = self._tree(
            [self.tr("Code"), self.tr("Name"), self.tr("Proposals"), self.tr("State")]
        )
        self.tree.setAccessibleName(self.tr("Directions and sections"))
        sections_tab = QWidget()
        row = QHBoxLayout(sections_tab)
        row.addWidget(self.tree, 1)
        side = QVBoxLayout()
        self.new_direction_button = self._button(side, self.tr("New &direction…"),
                                                 self.new_direction)  # fmt: skip
        self.new_section_button = self._button(side, self.tr("&New section…"), self.new_section)
        self.rename_button = self._button(side, self.tr("&Rename…"), self.rename_selected)
        self.move_button = self._button(side, self.tr("&Move to direction…"), self.move_selected)
        self.retire_button = self._button(side, self.tr("Re&tire"), self.retire_selected)
        side.addStretch(1)
        row.addLayout(side)
        self.tabs.addTab(sections_tab, self.tr("Directions and sections"))

        self.regions = self._tree([self.tr("KATO"), self.tr("Region")])
        self.regions.setRootIsDecorated(False)
        self.regions.setAccessibleName(self.tr("Regions"))
        regions_tab = QWidget()
        row = QHBoxLayout(regions_tab)
        row.addWidget(self.regions, 1)
        side = QVBoxLayout()
        self.rename_region_button = self._button(side, self.tr("R&ename…"), self.rename_region)
        side.addStretch(1)
        row.addLayout(side)
        self.tabs.addTab(regions_tab, self.tr("Regions"))
        layout.addWidget(self.tabs, 1)

        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self.rename_selected())
        self.regions.itemActivated.connect(lambda *_: self.rename_region())
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_last),
            ("Ctrl+P", self.publish),
            ("Ctrl+N", self.new_section),
            ("Ctrl+Shift+N", self.new_direction),
            ("F2", self._rename_current),
            ("Ctrl+M", self.move_selected),
            ("Del", self.retire_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            # Publish and New section answer wherever the focus is while the page is shown (the
            # window's People and New meeting give way); the others act on the page's lists
            anywhere = keys in ("Ctrl+P", "Ctrl+N")
            shortcut.setContext(
                Qt.ShortcutContext.WindowShortcut
                if anywhere
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(slot)
        self._update_buttons()

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return tree

    def _button(self, layout: QVBoxLayout, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # --- the contract of a page -------------------------------------------------------------
    def activate(self) -> None:
        """Shown: read the reference data again if it changed since."""
        if self.refusal is None and self._stale:
            self.refresh()

    def open_list(self, filters: dict[str, Any]) -> None:
        """The page has no filters."""

    def _on_reference_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.context.operations.read(_tables, done=self._show, owner=self)

    # --- showing ------------------------------------------------------------------------------
    def _name(self, names: dict[str, str]) -> str:
        return names.get(self.context.name_language()) or names["en"]

    def _show(self, tables: Any) -> None:
        self.tables = tables
        selected = self.selected()
        region = self.selected_region()
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for direction in tables.directions:
            item = QTreeWidgetItem([direction.code, self._name(direction.names), "", ""])
            item.setData(CODE, KEY_ROLE, ("direction", direction.code))
            font = item.font(CODE)
            font.setBold(True)
            for column in range(2):
                item.setFont(column, font)
            self.tree.addTopLevelItem(item)
            items[direction.code] = item
        for section in tables.sections:
            parent = items.get(section.direction)
            if parent is None:
                continue
            state = "" if section.active else self.tr("retired")
            item = QTreeWidgetItem(
                [section.code, self._name(section.names), str(section.proposals), state]
            )
            item.setData(CODE, KEY_ROLE, ("section", section.code))
            item.setTextAlignment(PROPOSALS, Qt.AlignmentFlag.AlignRight)
            if not section.active:
                for column in range(4):
                    item.setForeground(column, self.palette().placeholderText())
            parent.addChild(item)
        self.tree.expandAll()
        self.regions.clear()
        for row in tables.regions:
            item = QTreeWidgetItem([row.kato, self._name(row.names)])
            item.setData(CODE, KEY_ROLE, ("region", row.kato))
            self.regions.addTopLevelItem(item)
        self._select(self.tree, selected)
        self._select(self.regions, ("region", region) if region else None)
        self._show_state()
        self._update_buttons()

    def _select(self, tree: QTreeWidget, key: tuple[str, str] | None) -> None:
        if key is None:
            return
        for item in _items(tree):
            if tuple(item.data(CODE, KEY_ROLE)) == key:
                tree.setCurrentItem(item)
                return

    def _show_state(self) -> None:
        if self.tables is None:
            return
        if self.tables.unpublished:
            text = self.tr(
                "Version {version} is the last published. There are changes the regions do not "
                "have yet: Publish… writes them into the next reference bundle."
            )
        else:
            text = self.tr("Version {version} is the last published; nothing changed since.")
        self.state.setText(text.format(version=self.tables.version))
        self.undo_button.setEnabled(bool(self.undo_stack))

    def _update_buttons(self) -> None:
        key = self.selected()
        section = self._section(key[1]) if key and key[0] == "section" else None
        self.rename_button.setEnabled(key is not None)
        self.move_button.setEnabled(section is not None)
        self.retire_button.setEnabled(section is not None)
        self.retire_button.setText(
            self.tr("Re&tire") if section is None or section.active else self.tr("Reins&tate")
        )

    # --- what is selected ---------------------------------------------------------------------
    def selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        table, code = item.data(CODE, KEY_ROLE)
        return str(table), str(code)

    def selected_region(self) -> str | None:
        item = self.regions.currentItem()
        return str(item.data(CODE, KEY_ROLE)[1]) if item is not None else None

    def _section(self, code: str) -> Any:
        return next((s for s in self.tables.sections if s.code == code), None)

    def _direction(self, code: str) -> Any:
        return next((d for d in self.tables.directions if d.code == code), None)

    def _directions(self) -> list[tuple[str, str]]:
        return [(d.code, self._name(d.names)) for d in self.tables.directions]

    # --- edits --------------------------------------------------------------------------------
    def _edit_names(self, dialog: NamesDialog, function: Any, *args: Any) -> None:
        """Open ``dialog``; Save runs ``function(work, *args, …)`` with what it holds, and a
        refusal is shown in the dialog, which keeps what was typed."""

        def save() -> None:
            values: tuple[Any, ...] = (dialog.names(),)
            if function is _add:
                values = (dialog.code(), dialog.direction(), dialog.names())
            self.context.operations.write(
                function, *args, *values, done=done, failed=dialog.show_problem, owner=dialog
            )

        def done(edit: Any) -> None:
            self._remember(edit)
            dialog.done(QDialog.DialogCode.Accepted)

        dialog.accept = save  # type: ignore[method-assign]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _remember(self, edit: Any) -> None:
        self.undo_stack.append(edit)
        self.undo_button.setEnabled(True)

    def new_direction(self) -> None:
        if self.tables is None:
            return
        taken = {d.code for d in self.tables.directions}
        number = 1 + len(taken)
        while f"D{number}" in taken:
            number += 1
        dialog = NamesDialog(self.context, self.tr("New direction"), code=f"D{number}",
                             parent=self)  # fmt: skip
        self._edit_names(dialog, _add, "direction")

    def new_section(self) -> None:
        if self.tables is None:
            return
        key = self.selected()
        direction = None
        if key is not None:
            direction = key[1] if key[0] == "direction" else self._section(key[1]).direction
        direction = direction or self.tables.directions[0].code
        taken = {s.code for s in self.tables.sections}
        number = 1 + sum(1 for s in self.tables.sections if s.direction == direction)
        while f"{direction}.{number}" in taken:
            number += 1
        dialog = NamesDialog(
            self.context,
            self.tr("New section"),
            code=f"{direction}.{number}",
            directions=self._directions(),
            direction=direction,
            parent=self,
        )
        self._edit_names(dialog, _add, "section")

    def _rename_current(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.rename_region()
        else:
            self.rename_selected()

    def rename_selected(self) -> None:
        key = self.selected()
        if key is None or self.tables is None:
            return
        table, code = key
        row = self._direction(code) if table == "direction" else self._section(code)
        title = (
            self.tr("Rename direction {code}")
            if table == "direction"
            else self.tr("Rename section {code}")
        )
        dialog = NamesDialog(self.context, title.format(code=code), names=row.names, parent=self)
        self._edit_names(dialog, _rename, table, code)

    def rename_region(self) -> None:
        kato = self.selected_region()
        if kato is None or self.tables is None:
            return
        row = next(r for r in self.tables.regions if r.kato == kato)
        dialog = NamesDialog(
            self.context,
            self.tr("Rename region {code}").format(code=kato),
            names=row.names,
            parent=self,
        )
        self._edit_names(dialog, _rename, "region", kato)

    def move_selected(self) -> None:
        key = self.selected()
        if key is None or key[0] != "section" or self.tables is None:
            return
        section = self._section(key[1])
        combo = compact_combo(QComboBox(), characters=48)
        for code, name in self._directions():
            if code != section.direction:
                combo.addItem(f"{code} — {name}", code)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Move section {code}").format(code=section.code))
        layout = QVBoxLayout(dialog)
        label = QLabel(self.tr("Move to &direction:"))
        label.setBuddy(combo)
        layout.addWidget(label)
        layout.addWidget(combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            target = combo.currentData()
            question = self.tr(
                "Move section {code} «{name}» from direction {old} to direction {new}? The "
                "{count} proposals filed under it keep it. Ctrl+Z undoes this until you publish."
            ).format(code=section.code, name=self._name(section.names), old=section.direction,
                     new=target, count=section.proposals)  # fmt: skip
            if confirm(self, self.tr("Move a section"), question):
                self.context.operations.write(_move, section.code, target, done=self._remember,
                                              owner=self)  # fmt: skip

        dialog.accepted.connect(chosen)
        dialog.open()
        combo.setFocus()

    def retire_selected(self) -> None:
        key = self.selected()
        if key is None or key[0] != "section" or self.tables is None:
            return
        section = self._section(key[1])
        values = {"code": section.code, "name": self._name(section.names),
                  "count": section.proposals}  # fmt: skip
        if section.active:
            question = self.tr(
                "Retire section {code} «{name}»? The {count} proposals filed under it keep "
                "it and show it as retired; the review can move them, and nothing new is "
                "accepted into it. Ctrl+Z undoes this until you publish."
            ).format(**values)
            title = self.tr("Retire a section")
        else:
            question = self.tr(
                "Reinstate section {code} «{name}»? Proposals can be accepted into it again."
            ).format(**values)
            title = self.tr("Reinstate a section")
        if confirm(self, title, question):
            self.context.operations.write(
                _set_active, section.code, not section.active, done=self._remember, owner=self
            )

    def undo_last(self) -> None:
        if not self.undo_stack:
            return
        edit = self.undo_stack.pop()
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.context.operations.write(_undo, edit, owner=self)

    # --- publishing ---------------------------------------------------------------------------
    def publish(self) -> None:
        if self.tables is None:
            return
        path = ask_save_path(
            self,
            self.tr("Publish the reference data"),
            removable_drive(),
            "khdesk-reference.khr",
            self.tr("Reference bundles"),
            ".khr",
        )
        if path is None:
            return

        def written(version: int) -> None:
            self.undo_stack.clear()
            self.refresh()
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Reference bundle"),
                self.tr(
                    "Version {version} written to {path}: send it to every region. Changes made "
                    "before it can no longer be undone."
                ).format(version=version, path=path),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self.context.operations.write(
            _publish, self.context.folder.keys, path, done=written, owner=self
        )


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found: list[QTreeWidgetItem] = []
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        if top is None:
            continue
        found.append(top)
        for child in range(top.childCount()):
            item = top.child(child)
            if item is not None:
                found.append(item)
    return found
