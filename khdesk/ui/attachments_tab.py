"""Attachments: scans and photos of a meeting (the signed attendance sheet), as thumbnails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import attachments
from khdesk.ui.context import AppContext
from khdesk.ui.icons import icon
from khdesk.ui.meeting_model import MeetingModel
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.widgets import confirm, show_error

THUMBNAIL = QSize(160, 160)


def _record(
    work: Any, meeting_id: str, name: str, stored: tuple[str, int], reason: str | None
) -> None:
    sha, size = stored
    attachments.add_attachment(
        work.session, work.actor, meeting_id, file_name=name, sha256=sha, size=size, reason=reason
    )


def _remove(work: Any, attachment_id: str, reason: str | None) -> None:
    attachments.delete_attachment(work.session, work.actor, attachment_id, reason=reason)


def _open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentsTab(MeetingPart):
    """Add files (copied into the data folder by content), see them as thumbnails, open them."""

    def __init__(self, context: AppContext, model: MeetingModel, parent: QWidget | None = None):
        super().__init__(context, model, parent)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(12)
        self.list.itemActivated.connect(self.open_item)
        self.list.setAccessibleName(self.tr("Scans and photos of the meeting"))
        self.add_button = QPushButton(self.tr("&Add scan or photo…"))
        self.add_button.setIcon(icon("attach"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setIcon(icon("open"))
        self.open_button.clicked.connect(lambda: self.open_item(self.list.currentItem()))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self._queue: list[Path] = []
        self._progress: QProgressDialog | None = None
        self.follow_model()

    def show_snapshot(self, snapshot: Any) -> None:
        self.list.clear()
        fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for attachment in snapshot.attachments:
            path = attachments.stored_path(self.context.attachments_dir, attachment.sha256)
            icon = fallback
            if attachment.media_type.startswith("image/"):
                pixmap = QPixmap(str(path))
                if not pixmap.isNull():
                    icon = QIcon(pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
            item = QListWidgetItem(icon, attachment.file_name)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setToolTip(f"{attachment.file_name} · {attachment.size // 1024} KB")
            self.list.addItem(item)
        if snapshot.attachments:
            self.status.setText(self.tr("{count} attached").format(count=len(snapshot.attachments)))
        elif self.read_only:
            self.status.setText(self.tr("Nothing was attached to this meeting."))
        else:
            self.status.setText(
                self.tr(
                    "Nothing attached yet: «Add scan or photo…» attaches the signed attendance "
                    "sheet, handouts or photos."
                )
            )

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach scans or photos"),
            "",
            self.tr("Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)"),
        )
        if names:
            self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        """Copy the files off the GUI thread one by one, recording each; progress meanwhile."""
        if self.read_only or not paths:
            return
        self._queue = list(paths)
        self._progress = QProgressDialog(
            self.tr("Copying files…"), self.tr("Cancel"), 0, len(paths), self
        )
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(500)
        self._next_file()

    def _next_file(self) -> None:
        progress = self._progress
        if not self._queue or progress is None or progress.wasCanceled():
            self._finish_adding()
            return
        progress.setValue(progress.maximum() - len(self._queue))
        path = self._queue.pop(0)

        def stored(result: tuple[str, int]) -> None:
            self.context.operations.write(
                _record, self.meeting_id, path.name, result, self.reason,
                done=lambda _none: self._next_file(), failed=self._failed, owner=self,
            )  # fmt: skip

        self.context.operations.background(
            attachments.store_file, path, self.context.attachments_dir,
            done=stored, failed=self._failed, owner=self,
        )  # fmt: skip

    def _failed(self, error: KhdeskError) -> None:
        self._finish_adding()
        show_error(self, error)

    def _finish_adding(self) -> None:
        self._queue = []
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def open_item(self, item: QListWidgetItem | None) -> None:
        snapshot = self.model.snapshot
        if item is None or snapshot is None:
            return
        attachment_id = item.data(Qt.ItemDataRole.UserRole)
        attachment = next((a for a in snapshot.attachments if a.id == attachment_id), None)
        if attachment is None:
            return
        # the system viewer chooses a program by the file's ending, so it gets a copy at a path
        # khdesk makes, with the ending of its media type (never the name a bundle gave it)
        self.context.operations.background(
            attachments.viewable_copy, attachment, self.context.attachments_dir,
            self.context.folder.opened,
            done=_open_in_viewer,
            owner=self,
        )  # fmt: skip

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or self.read_only:
            return
        if not confirm(
            self,
            self.tr("Remove"),
            self.tr("Remove the file {name} from this meeting?").format(name=item.text()),
        ):
            return
        attachment_id = item.data(Qt.ItemDataRole.UserRole)
        self.context.operations.write(_remove, attachment_id, self.reason, owner=self)

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        super().set_read_only(read_only, reason)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
