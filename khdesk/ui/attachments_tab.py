"""Attachments: scans and photos of a meeting (the signed attendance sheet), as thumbnails."""

from __future__ import annotations

from pathlib import Path

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
from khdesk.ui.meeting_part import MeetingPart
from khdesk.ui.tasks import run_in_background, start
from khdesk.ui.widgets import confirm, show_error, show_error_later

THUMBNAIL = QSize(160, 160)


class AttachmentsTab(MeetingPart):
    """Add files (copied into the data folder by content), see them as thumbnails, open them."""

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, parent)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(12)
        self.list.itemActivated.connect(self.open_item)
        self.add_button = QPushButton(self.tr("&Add scan or photo…"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(lambda: self.open_item(self.list.currentItem()))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self.refresh()

    def refresh(self) -> None:
        with self.context.db.session() as session:
            rows = attachments.attachments(session, self.meeting_id)
        self.list.clear()
        fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for attachment in rows:
            path = attachments.stored_path(self.context.attachments_dir, attachment.sha256)
            icon = fallback
            if attachment.media_type.startswith("image/"):
                pixmap = QPixmap(str(path))
                if not pixmap.isNull():
                    icon = QIcon(pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
            item = QListWidgetItem(icon, attachment.file_name)
            item.setData(Qt.ItemDataRole.UserRole, (attachment.id, attachment.sha256))
            item.setToolTip(f"{attachment.file_name} · {attachment.size // 1024} KB")
            self.list.addItem(item)
        self.status.setText(self.tr("{count} attached").format(count=len(rows)))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach scans or photos"),
            "",
            self.tr("Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)"),
        )
        if names:
            start(self.add_files([Path(name) for name in names]))

    async def add_files(self, paths: list[Path]) -> None:
        """Copy the files off the GUI thread, then record them; a progress dialog meanwhile."""
        if self.read_only:
            return
        progress = QProgressDialog(
            self.tr("Copying files…"), self.tr("Cancel"), 0, len(paths), self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        try:
            actor = self.context.actor()
            for done, path in enumerate(paths):
                if progress.wasCanceled():
                    break
                progress.setValue(done)
                sha, size = await run_in_background(
                    attachments.store_file, path, self.context.attachments_dir
                )
                with self.context.db.transaction() as session:
                    attachments.add_attachment(
                        session,
                        actor,
                        self.meeting_id,
                        file_name=path.name,
                        sha256=sha,
                        size=size,
                        reason=self.reason,
                    )
        except KhdeskError as error:
            show_error_later(self, error)
        finally:
            progress.close()
            self.refresh()

    def open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        attachment_id, _sha = item.data(Qt.ItemDataRole.UserRole)
        # the system viewer chooses a program by the file's ending, so it gets a copy at a path
        # khdesk makes, with the ending of its media type (never the name a bundle gave it)
        try:
            with self.context.db.session() as session:
                attachment = attachments.get_attachment(session, attachment_id)
            target = attachments.viewable_copy(
                attachment, self.context.attachments_dir, self.context.folder.opened
            )
        except KhdeskError as error:
            show_error(self, error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

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
        attachment_id, _sha = item.data(Qt.ItemDataRole.UserRole)
        try:
            actor = self.context.actor()
            with self.context.db.transaction() as session:
                attachments.delete_attachment(session, actor, attachment_id, reason=self.reason)
        except KhdeskError as error:
            show_error(self, error)
        self.refresh()

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        self.read_only, self.reason = read_only, reason
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
