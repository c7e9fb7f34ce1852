"""Sync in the window: send to headquarters, import reference bundles; at headquarters the inbox
of bundles (dropped files or chosen ones), enrolment of device cards and the sync history."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.ui.context import AppContext
from khdesk.ui.models import ListTableModel
from khdesk.ui.texts import render
from khdesk.ui.widgets import fit_columns, show_error


class ResultsDialog(QDialog):
    """A table of outcomes: one row per bundle (or per record of the history)."""

    def __init__(
        self, title: str, headers: list[str], rows: Sequence[tuple[Any, ...]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 420)
        self.model = ListTableModel(headers)
        self.model.set_rows([(index, *row) for index, row in enumerate(rows)])
        table = QTableView()
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        fit_columns(table, widest=480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(table)


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


# --- operations (plain functions: they run off the GUI thread) --------------------------------


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
    from khdesk.services import sync

    return [sync.import_file(database, path, folder) for path in files]


def _enroll(work: Any, card: Any) -> tuple[str, bool]:
    from khdesk.services import devices

    device, new = devices.enroll(work.session, card)
    return device.id, new


def _history(work: Any) -> list[Any]:
    from khdesk.services import sync

    return sync.history(work.session)


def _information(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)  # fmt: skip
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def send_to_headquarters(context: AppContext, parent: QWidget) -> None:
    """Ask where to write (a folder, a removable drive), then write the bundle in the background."""
    from khdesk.services.sync import NothingToSend

    title = QCoreApplication.translate("SyncUi", "Send to headquarters")
    info = context.installation
    if info is not None and not info.holds_hq_key:
        _information(
            parent,
            title,
            QCoreApplication.translate(
                "SyncUi",
                "This laptop does not hold headquarters' key yet: import the reference bundle "
                "from headquarters first (Sync → Import a reference bundle…).",
            ),
        )
        return
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate(
            "SyncUi", "Where to write the bundle (a folder or a removable drive)"
        ),
        removable_drive(),
    )
    if not folder:
        return
    region = info.region if info and info.region else "xx"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
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
            _information(
                parent,
                title,
                QCoreApplication.translate(
                    "SyncUi",
                    "There is nothing new to send: headquarters has acknowledged every change of "
                    "this laptop.",
                ),
            )
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
        "",
        "*.khr",
    )
    if not name:
        return

    def imported(version: int) -> None:
        context.reload_installation()
        _information(
            parent,
            QCoreApplication.translate("SyncUi", "Reference bundle"),
            QCoreApplication.translate(
                "SyncUi", "Reference data version {version} is in use."
            ).format(version=version),
        )

    context.operations.write(_import_reference, Path(name), done=imported, owner=parent)


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
                "; ".join(
                    part
                    for part in (
                        ", ".join(f"{k} {v}" for k, v in r.counts.items()),
                        render(r.reason or ""),
                    )
                    if part
                ),
            )
            for r in results
        ]
        dialog = ResultsDialog(
            QCoreApplication.translate("SyncUi", "Bundles imported"),
            [
                QCoreApplication.translate("SyncUi", "File"),
                QCoreApplication.translate("SyncUi", "Result"),
                QCoreApplication.translate("SyncUi", "Records or reason"),
            ],
            rows,
            parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def failed(error: KhdeskError) -> None:
        busy.close()
        show_error(parent, error)

    context.operations.job(
        _import_files, files, context.folder, done=imported, failed=failed, owner=parent
    )


def choose_and_import_bundles(context: AppContext, parent: QWidget) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("SyncUi", "Bundles from the regions"), "", "*.khb"
    )
    if names:
        import_bundles(context, [Path(n) for n in names], parent)


def export_reference(context: AppContext, parent: QWidget) -> None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SyncUi", "Write the reference bundle"),
        "khdesk-reference.khr",
        "*.khr",
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != ".khr":
        path = path.with_name(path.name + ".khr")

    def written(version: int) -> None:
        _information(
            parent,
            QCoreApplication.translate("SyncUi", "Reference bundle"),
            QCoreApplication.translate(
                "SyncUi", "Version {version} written: send it to every region."
            ).format(version=version),
        )

    context.operations.write(
        _export_reference, context.folder.keys, path, done=written, owner=parent
    )


def enroll_card(context: AppContext, parent: QWidget) -> None:
    """Enrol a region's device card after its fingerprint is confirmed by phone."""
    from khdesk.sync.keys import DeviceCard

    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("SyncUi", "Device card"), "", "*.json"
    )
    if not name:
        return

    def read(card: Any) -> None:
        question = QCoreApplication.translate(
            "SyncUi",
            "Read this fingerprint to the facilitator of region {region} by phone:\n\n"
            "{fingerprint}\n\nDoes it match what their khdesk shows? Enrol the device only if "
            "it does.",
        ).format(region=card.region or "—", fingerprint=card.fingerprint)
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("SyncUi", "Enrol a device"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            context.operations.write(_enroll, card, done=enrolled, owner=parent)

    def enrolled(result: tuple[str, bool]) -> None:
        device_id, new = result
        text = (
            QCoreApplication.translate(
                "SyncUi", "Device {device} is enrolled: its bundles will be imported."
            )
            if new
            else QCoreApplication.translate("SyncUi", "Device {device} was enrolled already.")
        )
        _information(
            parent, QCoreApplication.translate("SyncUi", "Enrol a device"),
            text.format(device=device_id),
        )  # fmt: skip

    context.operations.background(DeviceCard.read, Path(name), done=read, owner=parent)


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
            e.at.astimezone().strftime("%d.%m.%Y %H:%M"),
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
    dialog = ResultsDialog(QCoreApplication.translate("SyncUi", "Sync history"), headers, rows,
                           parent)  # fmt: skip
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
