"""Settings of documents: the foundation's logo and when the protocol attaches its list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.ui.context import AppContext
from khdesk.ui.texts import render


class DocumentSettingsDialog(QDialog):
    """The logo printed above protocols, and the list threshold."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from khdesk.services import settings

        self.context = context
        self.setWindowTitle(self.tr("Documents"))
        with context.db.session() as session:
            current = settings.document_settings(session)
        self.logo: Path | None = current.logo
        self._logo_changed = False
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(220, 80)
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(lambda: self.set_logo(None))
        self.threshold = QSpinBox(minimum=0, maximum=100_000)
        self.threshold.setValue(current.list_attached_above)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        form = QFormLayout(self)
        form.addRow(self.tr("Logo above the protocol"), logo_row)
        form.addRow(self.tr("Attach the list of participants above"), self.threshold)
        form.addRow(self.error)
        form.addRow(buttons)
        self._show_logo()

    def _show_logo(self) -> None:
        if self.logo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("no logo"))
            return
        pixmap = QPixmap(str(self.logo))
        self.preview.setPixmap(
            pixmap.scaledToHeight(70, Qt.TransformationMode.SmoothTransformation)
        )

    def set_logo(self, path: Path | None) -> None:
        self.logo = path
        self._logo_changed = True
        self._show_logo()

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_logo(Path(name))

    def accept(self) -> None:
        from khdesk.services import settings

        try:
            with self.context.db.transaction() as session:
                if self._logo_changed:
                    settings.set_logo(session, self.context.data_dir, self.logo)
                settings.set_list_attached_above(session, self.threshold.value())
        except KhdeskError as error:
            self.error.setText(render(error))
            return
        super().accept()
