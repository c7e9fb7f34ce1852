"""Sync in the window: this laptop's card, send to headquarters, import reference bundles; at
headquarters the recovery key, the inbox of bundles (dropped files or chosen ones), enrolment of
device cards and the sync history."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.domain.filenames import display_name
from khdesk.domain.vocabulary import Role
from khdesk.ui import dates
from khdesk.ui.context import AppContext
from khdesk.ui.i18n import QT_TRANSLATE_NOOP
from khdesk.ui.models import ListTableModel
from khdesk.ui.texts import render
from khdesk.ui.widgets import show_error


class _ResultsModel(ListTableModel):
    """The outcomes' table; every cell's whole text is its tooltip (long reasons are elided)."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class ResultsDialog(QDialog):
    """A table of outcomes: one row per bundle (or per record of the history); the selected
    row's reason in full under it. One dialog per ``kind``: showing results again refills the
    open one (``show_results``)."""

    #: no column but the last (the reason) takes more than this, so the reason stays in view
    WIDEST_COLUMN = 240

    def __init__(
        self,
        title: str,
        headers: list[str],
        rows: Sequence[tuple[Any, ...]],
        parent: QWidget,
        kind: str = "",
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = QLabel()
        self.model = _ResultsModel(headers)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # one line per row, elided with "…"; the whole text is the tooltip and the line below
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(QCoreApplication.translate("SyncUi", "Reason in full"))
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            QCoreApplication.translate("SyncUi", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.fill(title, headers, rows)
        self._fit_screen(parent)

    def fill(self, title: str, headers: list[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """Show these results in place of the ones shown."""
        self.setWindowTitle(title)
        self.title.setText(title)
        self.model.set_headers(headers)
        self.model.set_rows([(index, *row) for index, row in enumerate(rows)])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # it would keep the reason's whole width
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)  # the first rows tell the widths
        self.table.resizeColumnsToContents()
        for column in range(len(headers) - 1):
            self.table.setColumnWidth(
                column, min(self.table.columnWidth(column), self.WIDEST_COLUMN)
            )
        # the reason takes the width the others leave, never more: its header stays in view
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        if rows:
            self.table.selectRow(0)
        self._on_row_changed()
        self.table.setFocus()

    def _on_row_changed(self, *_args: Any) -> None:
        row = self.table.currentIndex().row()
        last = self.model.columnCount() - 1
        text = str(self.model.row_values(row)[last + 1] or "") if row >= 0 else ""
        self.details.setText(text)
        self.details.setVisible(bool(text))

    def _fit_screen(self, parent: QWidget) -> None:
        """As wide as the reasons need, within the screen the dialog opens on."""
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1120, room.width() - 40), min(560, room.height() - 60))


def show_results(
    parent: QWidget, kind: str, title: str, headers: list[str], rows: Sequence[tuple[Any, ...]]
) -> ResultsDialog:
    """Show results of ``kind`` in the dialog already open for it, or in a new one."""
    for dialog in parent.findChildren(ResultsDialog):
        if dialog.kind == kind and dialog.isVisible():
            dialog.fill(title, headers, rows)
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = ResultsDialog(title, headers, rows, parent, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _busy(parent: QWidget, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    return dialog


REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/")


def removable_drive(volumes: list[tuple[str, bool, bool]] | None = None) -> str:
    """Where a USB stick is mounted, for the send dialog to start in ("" when none is).

    ``volumes`` are (mount point, ready, read-only) and default to the machine's own; a drive
    counts when it is ready, writable, and mounted where the system puts removable media (on
    Windows: any drive but the system's)."""
    if volumes is None:
        volumes = [
            (v.rootPath(), v.isReady(), v.isReadOnly()) for v in QStorageInfo.mountedVolumes()
        ]
    system = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()
    for root, ready, read_only in volumes:
        if not ready or read_only:
            continue
        if sys.platform == "win32":
            if root.rstrip("\\/").upper() != system:
                return root
        elif root.startswith(REMOVABLE_ROOTS):
            return root
    return ""


def ask_save_path(
    parent: QWidget, title: str, folder: str, name: str, kind: str, suffix: str
) -> Path | None:
    """Where to write a file (``name`` in ``folder`` proposed); the path ends in ``suffix`` even
    when the name typed has no ending. None when the user cancelled."""
    proposed = str(Path(folder) / name) if folder else name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, proposed, f"{kind} (*{suffix})")
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path


# --- operations (plain functions: they run off the GUI thread) --------------------------------


def _sending_state(work: Any) -> str:
    from khdesk.services import sync

    return sync.sending_state(work.session)


def _export_changes(database: Any, folder: Any, path: Path) -> int:
    from khdesk.services import sync

    return sum(sync.export_changes(database, folder, path).values())


def _import_reference(work: Any, path: Path) -> int:
    from khdesk.services import sync

    return sync.import_reference(work.session, path)


def _export_reference(work: Any, keys: Path, path: Path) -> int:
    from khdesk.services import sync

    return sync.export_reference(work.session, keys, path)


def _import_files(database: Any, files: list[Path], folder: Any) -> list[Any]:
    from khdesk.services import derived, sync

    results = [sync.import_file(database, path, folder) for path in files]
    derived.after_imports(database, (result.status for result in results))
    return results


def _history(work: Any) -> list[Any]:
    from khdesk.services import sync

    return sync.history(work.session)


def _information(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)  # fmt: skip
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


# --- the handshake: this laptop's card, enrolment, the recovery key ---------------------------


def show_device_card(context: AppContext, parent: QWidget) -> None:
    """This laptop's card (region, device, code, fingerprint), to save and send to headquarters
    and to read out when the analyst calls."""
    from khdesk.ui.device_dialog import DeviceCardDialog, _this_card

    def read(result: tuple[Any, str | None]) -> None:
        card, code = result
        dialog = DeviceCardDialog(context, card, code, removable_drive(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    context.operations.read(_this_card, done=read, owner=parent)


def enroll_card(
    context: AppContext,
    parent: QWidget,
    opened: Callable[[QDialog, Any], None] | None = None,
) -> None:
    """Read a region's card, show it, and enrol it once the analyst has compared its fingerprint
    with the one the facilitator reads out by phone; ``opened`` is told of the dialog and the
    card before it shows (a page that lists devices reads again when it closes)."""
    from khdesk.sync.keys import DeviceCard
    from khdesk.ui.device_dialog import EnrolCardDialog

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncUi", "Device card"),
        removable_drive(),
        QCoreApplication.translate("SyncUi", "Device cards") + " (*.json)",
    )
    if not name:
        return

    def read(card: Any) -> None:
        dialog = EnrolCardDialog(context, card, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if opened is not None:
            opened(dialog, card)
        dialog.open()

    context.operations.background(DeviceCard.read, Path(name), done=read, owner=parent)


def explain_recovery_key(context: AppContext, parent: QWidget) -> None:
    """Right after headquarters is set up: what the recovery key is, where its file is, and a
    request to store a copy offline."""
    from khdesk.ui.recovery_dialog import RecoveryKeyDialog

    dialog = RecoveryKeyDialog(context, removable_drive(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


# --- a region: send, import the reference bundle -----------------------------------------------


def send_to_headquarters(context: AppContext, parent: QWidget) -> None:
    """Check that there is something to send and a key to send it to, then ask where to write
    (a folder, a removable drive) and write the bundle in the background."""
    title = QCoreApplication.translate("SyncUi", "Send to headquarters")

    def checked(state: str) -> None:
        if state == "no reference":
            _information(
                parent,
                title,
                QCoreApplication.translate(
                    "SyncUi",
                    "This laptop cannot send yet: it does not hold headquarters' keys. Import "
                    "the reference bundle (a .khr file) that headquarters sent you with Sync → "
                    "Import a reference bundle…, then send again.",
                ),
            )
        elif state == "nothing":
            _nothing_to_send(parent, title)
        else:
            _choose_folder_and_send(context, parent, title)

    context.operations.read(_sending_state, done=checked, owner=parent)


def _nothing_to_send(parent: QWidget, title: str) -> None:
    _information(
        parent,
        title,
        QCoreApplication.translate(
            "SyncUi",
            "There is nothing new to send: headquarters has acknowledged every change of "
            "this laptop.",
        ),
    )


def _choose_folder_and_send(context: AppContext, parent: QWidget, title: str) -> None:
    from khdesk.services.sync import NothingToSend

    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate(
            "SyncUi", "Where to write the bundle (a folder or a removable drive)"
        ),
        removable_drive(),
    )
    if not folder:
        return
    info = context.installation
    region = info.region if info and info.region else "xx"
    stamp = dates.file_stamp(dt.datetime.now())
    path = Path(folder) / f"khdesk-{region}-{stamp}.khb"
    busy = _busy(parent, QCoreApplication.translate("SyncUi", "Writing the bundle…"))

    def written(records: int) -> None:
        busy.close()
        _information(
            parent,
            title,
            QCoreApplication.translate(
                "SyncUi", "{records} records written to {path}. Take the file to headquarters."
            ).format(records=records, path=path),
        )

    def failed(error: KhdeskError) -> None:
        busy.close()
        if isinstance(error, NothingToSend):
            _nothing_to_send(parent, title)
        else:
            show_error(parent, error)

    context.operations.job(
        _export_changes, context.folder, path, changes=_bundle_written(),
        done=written, failed=failed, owner=parent,
    )  # fmt: skip


def _bundle_written() -> Any:
    from khdesk.services.changes import Changes

    return Changes(tables={"bundle"})


def import_reference(context: AppContext, parent: QWidget) -> None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncUi", "Reference bundle from headquarters"),
        removable_drive(),
        QCoreApplication.translate("SyncUi", "Reference bundles") + " (*.khr)",
    )
    if name:
        import_reference_file(context, Path(name), parent)


def import_reference_file(context: AppContext, path: Path, parent: QWidget) -> None:
    """Import a reference bundle off the GUI thread and say which version is in use."""

    def imported(version: int) -> None:
        context.reload_installation()
        _information(
            parent,
            QCoreApplication.translate("SyncUi", "Reference bundle"),
            QCoreApplication.translate(
                "SyncUi", "Reference data version {version} is in use."
            ).format(version=version),
        )

    context.operations.write(_import_reference, path, done=imported, owner=parent)


def open_bundle(context: AppContext, path: Path, parent: QWidget) -> None:
    """A bundle opened from the file manager (``khdesk FILE``): a region's bundle of changes is
    imported at headquarters, a reference bundle on a region's laptop; anything else is one
    sentence that says where it belongs."""
    title = QCoreApplication.translate("SyncUi", "Open a bundle")
    suffix = path.suffix.lower()
    role = context.role()
    if not path.is_file():
        text = QCoreApplication.translate(
            "SyncUi", "{file} is not there any more: nothing was imported."
        )
    elif suffix == ".khb" and role == Role.HQ:
        import_bundles(context, [path], parent)
        return
    elif suffix == ".khr" and role == Role.FACILITATOR:
        import_reference_file(context, path, parent)
        return
    elif suffix == ".khb":
        text = QCoreApplication.translate(
            "SyncUi",
            "{file} is a region's bundle of changes: it is imported at headquarters, not on this "
            "laptop.",
        )
    elif suffix == ".khr":
        text = QCoreApplication.translate(
            "SyncUi",
            "{file} is a reference bundle from headquarters: it is imported on a region's laptop.",
        )
    else:
        text = QCoreApplication.translate(
            "SyncUi", "{file} is not a bundle: khdesk opens .khb and .khr files."
        )
    _information(parent, title, text.format(file=display_name(path.name)))


# --- headquarters: the inbox, the reference bundle, the history ---------------------------------


def _status_names() -> dict[str, str]:
    """What happened to a bundle, in the interface's language (imports and the history)."""
    return {
        "written": QCoreApplication.translate("SyncUi", "written"),
        "acknowledged": QCoreApplication.translate("SyncUi", "acknowledged"),
        "imported": QCoreApplication.translate("SyncUi", "imported"),
        "already imported": QCoreApplication.translate("SyncUi", "already imported"),
        "rejected": QCoreApplication.translate("SyncUi", "rejected"),
        "quarantined": QCoreApplication.translate("SyncUi", "quarantined"),
        "busy": QCoreApplication.translate("SyncUi", "being imported elsewhere"),
    }


#: What a bundle carries, table by table, as the import results count it.
_RECORDS = {
    "person": QT_TRANSLATE_NOOP("SyncUi", "people"),
    "meeting": QT_TRANSLATE_NOOP("SyncUi", "meetings"),
    "attendance": QT_TRANSLATE_NOOP("SyncUi", "attendances"),
    "agenda_item": QT_TRANSLATE_NOOP("SyncUi", "agenda items"),
    "speech": QT_TRANSLATE_NOOP("SyncUi", "speeches"),
    "decision": QT_TRANSLATE_NOOP("SyncUi", "decisions"),
    "proposal": QT_TRANSLATE_NOOP("SyncUi", "proposals"),
    "proposal_review": QT_TRANSLATE_NOOP("SyncUi", "reviews"),
    "question": QT_TRANSLATE_NOOP("SyncUi", "questions"),
    "attachment": QT_TRANSLATE_NOOP("SyncUi", "attachments"),
    "amendment": QT_TRANSLATE_NOOP("SyncUi", "amendments"),
}


def _counted(counts: dict[str, int]) -> str:
    def name(table: str) -> str:
        text = _RECORDS.get(table)
        return QCoreApplication.translate("SyncUi", text) if text else table

    return ", ".join(f"{name(table)} {count}" for table, count in counts.items())


def import_bundles(context: AppContext, paths: list[Path], parent: QWidget) -> None:
    """Import dropped or chosen bundles one by one off the GUI thread; a row per file."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.khb")) if path.is_dir() else [path]
    busy = _busy(parent, QCoreApplication.translate("SyncUi", "Importing bundles…"))

    def imported(results: list[Any]) -> None:
        busy.close()
        statuses = _status_names()
        rows = [
            (
                r.file,
                statuses.get(r.status, r.status),
                "; ".join(part for part in (_counted(r.counts), render(r.reason or "")) if part),
            )
            for r in results
        ]
        show_results(
            parent,
            "imports",
            QCoreApplication.translate("SyncUi", "Bundles imported"),
            [
                QCoreApplication.translate("SyncUi", "File"),
                QCoreApplication.translate("SyncUi", "Result"),
                QCoreApplication.translate("SyncUi", "Records or reason"),
            ],
            rows,
        )

    def failed(error: KhdeskError) -> None:
        busy.close()
        show_error(parent, error)

    context.operations.job(
        _import_files, files, context.folder, done=imported, failed=failed, owner=parent
    )


def choose_and_import_bundles(context: AppContext, parent: QWidget) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("SyncUi", "Bundles from the regions"),
        removable_drive(),
        QCoreApplication.translate("SyncUi", "Bundles") + " (*.khb)",
    )
    if names:
        import_bundles(context, [Path(n) for n in names], parent)


def export_reference(context: AppContext, parent: QWidget) -> None:
    """Write a reference bundle, always under a name ending in .khr."""
    path = ask_save_path(
        parent,
        QCoreApplication.translate("SyncUi", "Write the reference bundle"),
        removable_drive(),
        "khdesk-reference.khr",
        QCoreApplication.translate("SyncUi", "Reference bundles"),
        ".khr",
    )
    if path is None:
        return

    def written(version: int) -> None:
        _information(
            parent,
            QCoreApplication.translate("SyncUi", "Reference bundle"),
            QCoreApplication.translate(
                "SyncUi", "Version {version} written to {path}: send it to every region."
            ).format(version=version, path=path),
        )

    context.operations.write(
        _export_reference, context.folder.keys, path, done=written, owner=parent
    )


def show_history(context: AppContext, parent: QWidget) -> None:
    """Every bundle written or received, in a dialog, read off the GUI thread."""
    context.operations.read(
        _history, done=lambda entries: _show_history(entries, parent), owner=parent
    )


def _show_history(entries: list[Any], parent: QWidget) -> None:
    directions = {
        "in": QCoreApplication.translate("SyncUi", "received"),
        "out": QCoreApplication.translate("SyncUi", "sent"),
    }
    statuses = _status_names()
    rows = [
        (
            dates.moment(e.at),
            directions.get(e.direction, e.direction),
            statuses.get(e.status, e.status),
            f"{e.seq_from}–{e.seq_to}" if e.seq_to else "",
            e.records,
            e.file_name,
            render(e.reason or ""),
        )
        for e in entries
    ]
    headers = [
        QCoreApplication.translate("SyncUi", "When"),
        QCoreApplication.translate("SyncUi", "Direction"),
        QCoreApplication.translate("SyncUi", "Result"),
        QCoreApplication.translate("SyncUi", "Writes"),
        QCoreApplication.translate("SyncUi", "Records"),
        QCoreApplication.translate("SyncUi", "File"),
        QCoreApplication.translate("SyncUi", "Reason"),
    ]
    show_results(
        parent, "history", QCoreApplication.translate("SyncUi", "Sync history"), headers, rows
    )
