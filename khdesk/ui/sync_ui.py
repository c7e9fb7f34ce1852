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
from khdesk.ui.tasks import run_in_background, start
from khdesk.ui.texts import render
from khdesk.ui.widgets import fit_columns, show_error_later


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


async def send_to_headquarters(context: AppContext, parent: QWidget) -> None:
    """Ask where to write (a folder, a removable drive), then write the bundle in the background."""
    from khdesk.services import sync

    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate(
            "SyncUi", "Where to write the bundle (a folder or a removable drive)"
        ),
        removable_drive(),
    )
    if not folder:
        return
    with context.db.session() as session:
        from khdesk.services.installation import local_device

        device = local_device(session)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    path = Path(folder) / f"khdesk-{device.region_kato if device else 'xx'}-{stamp}.khb"

    def work() -> dict[str, int]:
        return sync.export_changes(context.db, context.folder, path)

    busy = _busy(parent, QCoreApplication.translate("SyncUi", "Writing the bundle…"))
    try:
        counts = await run_in_background(work)
    except sync.NothingToSend:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SyncUi", "Send to headquarters"),
            QCoreApplication.translate(
                "SyncUi",
                "There is nothing new to send: headquarters has acknowledged every change of "
                "this laptop.",
            ),
        )
        return
    except KhdeskError as error:
        show_error_later(parent, error)
        return
    finally:
        busy.close()
    QMessageBox.information(
        parent,
        QCoreApplication.translate("SyncUi", "Send to headquarters"),
        QCoreApplication.translate(
            "SyncUi", "{records} records written to {path}. Take the file to headquarters."
        ).format(records=sum(counts.values()), path=path),
    )


def import_reference(context: AppContext, parent: QWidget) -> None:
    from khdesk.services import sync

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncUi", "Reference bundle from headquarters"),
        "",
        "*.khr",
    )
    if not name:
        return
    try:
        with context.db.transaction() as session:
            version = sync.import_reference(session, Path(name))
    except KhdeskError as error:
        QMessageBox.warning(parent, "khdesk", render(error))
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("SyncUi", "Reference bundle"),
        QCoreApplication.translate("SyncUi", "Reference data version {version} is in use.").format(
            version=version
        ),
    )


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


async def import_bundles(context: AppContext, paths: list[Path], parent: QWidget) -> None:
    """Import dropped or chosen bundles one by one off the GUI thread; a row per file."""
    from khdesk.services import sync

    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.khb")) if path.is_dir() else [path]
    progress = QProgressDialog(
        QCoreApplication.translate("SyncUi", "Importing bundles…"), "", 0, len(files), parent
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    results = []

    for done, path in enumerate(files):
        progress.setValue(done)
        results.append(await run_in_background(sync.import_file, context.db, path, context.folder))
    progress.close()
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
    ResultsDialog(
        QCoreApplication.translate("SyncUi", "Bundles imported"),
        [
            QCoreApplication.translate("SyncUi", "File"),
            QCoreApplication.translate("SyncUi", "Result"),
            QCoreApplication.translate("SyncUi", "Records or reason"),
        ],
        rows,
        parent,
    ).show()
    context.hub.meetings_changed.emit()


def choose_and_import_bundles(context: AppContext, parent: QWidget) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("SyncUi", "Bundles from the regions"), "", "*.khb"
    )
    if names:
        start(import_bundles(context, [Path(n) for n in names], parent))


def export_reference(context: AppContext, parent: QWidget) -> None:
    from khdesk.services import sync

    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SyncUi", "Write the reference bundle"),
        "khdesk-reference.khr",
        "*.khr",
    )
    if not name:
        return
    try:
        with context.db.transaction() as session:
            version = sync.export_reference(session, context.data_dir / "keys", Path(name))
    except KhdeskError as error:
        QMessageBox.warning(parent, "khdesk", render(error))
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("SyncUi", "Reference bundle"),
        QCoreApplication.translate(
            "SyncUi", "Version {version} written: send it to every region."
        ).format(version=version),
    )


def enroll_card(context: AppContext, parent: QWidget) -> None:
    """Enrol a region's device card after its fingerprint is confirmed by phone."""
    from khdesk.services import devices
    from khdesk.sync.keys import DeviceCard

    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("SyncUi", "Device card"), "", "*.json"
    )
    if not name:
        return
    try:
        card = DeviceCard.read(Path(name))
    except KhdeskError as error:
        QMessageBox.warning(parent, "khdesk", render(error))
        return
    question = QCoreApplication.translate(
        "SyncUi",
        "Read this fingerprint to the facilitator of region {region} by phone:\n\n{fingerprint}"
        "\n\nDoes it match what their khdesk shows? Enrol the device only if it does.",
    ).format(region=card.region or "—", fingerprint=card.fingerprint)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SyncUi", "Enrol a device"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        with context.db.transaction() as session:
            devices.enroll(session, card)
    except KhdeskError as error:
        QMessageBox.warning(parent, "khdesk", render(error))


def show_history(context: AppContext, parent: QWidget) -> None:
    from khdesk.services import sync

    with context.db.session() as session:
        entries = sync.history(session)
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
    ResultsDialog(
        QCoreApplication.translate("SyncUi", "Sync history"), headers, rows, parent
    ).show()
