"""Settings of documents (the foundation's logo and when the protocol attaches its list) and of
how long contacts are kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import fit_to_content
from khdesk.ui.icons import icon
from khdesk.ui.texts import render


def _current(work: Any) -> Any:
    from khdesk.services import settings

    return settings.document_settings(work.session)


def _save(work: Any, data_dir: Path, logo: Path | None, logo_changed: bool, threshold: int) -> None:
    from khdesk.services import settings

    if logo_changed:
        settings.set_logo(work.session, data_dir, logo)
    settings.set_list_attached_above(work.session, threshold)


def show_document_settings(context: AppContext, parent: QWidget) -> None:
    """Read the document settings, then open their dialog."""

    def opened(current: Any) -> None:
        dialog = DocumentSettingsDialog(context, current, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    context.operations.read(_current, done=opened, owner=parent)


class DocumentSettingsDialog(QDialog):
    """The logo printed above protocols, and the list threshold."""

    def __init__(self, context: AppContext, current: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Documents"))
        self.logo: Path | None = current.logo
        self._logo_changed = False
        # the label and the buttons share one ordinary row; the 80-pixel preview has a row of
        # its own below them, so the label is never left alone at the top of a tall row
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setMinimumSize(220, 80)
        self.preview.setAccessibleName(self.tr("The logo"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setIcon(icon("open"))
        self.choose_button.setAccessibleName(self.tr("Choose the logo"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.setAccessibleName(self.tr("Remove the logo"))
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        self.threshold = QSpinBox(minimum=0, maximum=100_000)
        self.threshold.setValue(current.list_attached_above)
        self.threshold.setAccessibleName(self.tr("Attach the list of participants above"))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.choose_button)
        logo_row.addWidget(self.remove_button)
        logo_row.addStretch()
        form = QFormLayout(self)
        self.logo_label = QLabel(self.tr("Logo above the protocol"))
        self.logo_label.setBuddy(self.choose_button)
        form.addRow(self.logo_label, logo_row)
        form.addRow("", self.preview)
        form.addRow(self.tr("Attach the list of participants above"), self.threshold)
        form.addRow(self.error)
        form.addRow(buttons)
        self._show_logo()
        fit_to_content(self)

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
        self.context.operations.write(
            _save, self.context.data_dir, self.logo, self._logo_changed, self.threshold.value(),
            done=lambda _none: super(DocumentSettingsDialog, self).accept(),
            failed=self._on_failed, owner=self,
        )  # fmt: skip

    def _on_failed(self, error: KhdeskError) -> None:
        self.error.setText(render(error))


# --- how long contacts are kept --------------------------------------------------------------


def _retention(work: Any) -> int | None:
    from khdesk.services import rights

    return rights.retention_months(work.session)


def _save_retention(work: Any, months: int | None) -> int:
    from khdesk.services import rights

    rights.set_retention_months(work.session, months)
    return rights.apply_retention(work.session, work.actor).persons


def show_retention(context: AppContext, parent: QWidget) -> None:
    """Read the retention setting, then open its dialog."""

    def opened(months: int | None) -> None:
        dialog = RetentionDialog(context, months, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    context.operations.read(_retention, done=opened, owner=parent)


class RetentionDialog(QDialog):
    """Whether the contacts of persons not seen for some months are erased, and after how
    many; saving erases those already kept longer, and says how many."""

    def __init__(self, context: AppContext, months: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Keeping contacts"))
        self.enabled = QCheckBox(self.tr("&Erase the phone and e-mail of persons not seen for"))
        self.enabled.setChecked(months is not None)
        self.months = QSpinBox(minimum=1, maximum=120)
        self.months.setValue(months or 24)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Months"))
        self.months.setEnabled(months is not None)
        self.enabled.toggled.connect(self.months.setEnabled)
        explained = QLabel(
            self.tr(
                "A person is seen at a meeting they registered for. Their name, sector and "
                "attendances stay; the contacts are erased at every start and cannot be "
                "brought back."
            ),
            wordWrap=True,
        )
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.enabled)
        row.addWidget(self.months)
        row.addStretch()
        form = QFormLayout(self)
        form.addRow(row)
        form.addRow(explained)
        form.addRow(self.error)
        form.addRow(buttons)
        fit_to_content(self)

    def chosen(self) -> int | None:
        return self.months.value() if self.enabled.isChecked() else None

    def accept(self) -> None:
        self.context.operations.write(
            _save_retention, self.chosen(), done=self._saved,
            failed=lambda error: self.error.setText(render(error)), owner=self,
        )  # fmt: skip

    def _saved(self, erased: int) -> None:
        if erased:
            QMessageBox.information(
                self.parentWidget() or self,
                self.tr("Keeping contacts"),
                self.tr("The contacts of {count} persons not seen for longer were erased.").format(
                    count=erased
                ),
            )
        super().accept()
