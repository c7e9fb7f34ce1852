"""Headquarters' recovery key explained once headquarters is set up: what it opens, where its file
is, and a copy to store offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from khdesk.domain.errors import KhdeskError
from khdesk.sync import keys
from khdesk.ui.context import AppContext
from khdesk.ui.device_dialog import fit_height
from khdesk.ui.texts import render

DIALOG_WIDTH = 640


def _paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RecoveryKeyDialog(QDialog):
    """What headquarters' recovery key is and where it lies, with «Save a copy…» to put one on a
    USB stick for the safe and «I have stored it» to go on."""

    def __init__(
        self, context: AppContext, start_folder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.start_folder = start_folder
        from khdesk.services.sync import recovery_key_file

        self.key_file = recovery_key_file(context.folder)
        self.setWindowTitle(self.tr("Headquarters' recovery key"))
        what = _paragraph(
            self.tr(
                "Every region encrypts its bundles to two keys: headquarters' own key, kept on "
                "this laptop, and the recovery key. If headquarters' own key is lost or damaged, "
                "the recovery key still decrypts every region's bundles: put the copy back into "
                "the keys folder under its name, {name}, and import them. It signs nothing: it "
                "cannot write reference bundles."
            ).format(name=keys.RECOVERY_IDENTITY)
        )
        danger = _paragraph(
            self.tr(
                "Whoever holds it can read every region's bundles, with the participants' "
                "names and phones: keep it as safely as this laptop."
            )
        )
        self.where = _paragraph()
        present = self.key_file.is_file()
        if present:
            self.where.setText(self.tr("It is this file:\n{path}").format(path=self.key_file))
        else:
            self.where.setText(
                self.tr(
                    "It is no longer in this laptop's keys folder ({folder}): it was moved "
                    "offline already, or this installation has none."
                ).format(folder=self.key_file.parent)
            )
        request = _paragraph(
            self.tr(
                "Store a copy offline now: on a USB stick kept in a safe, or printed (it is one "
                "line of text) and locked away. If the foundation's policy says so, remove the "
                "file from this laptop afterwards: headquarters imports bundles with its own "
                "key without it."
            )
        )
        request.setStyleSheet("font-weight: bold;")
        self.status = _paragraph()
        self.status.hide()
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setEnabled(present)
        self.save_button.clicked.connect(self.save_copy)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.stored_button = buttons.addButton(
            self.tr("&I have stored it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.stored_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        heading = QLabel(self.tr("Store the recovery key offline"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for paragraph in (heading, what, danger, self.where, request, self.status):
            layout.addWidget(paragraph)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_height(self, DIALOG_WIDTH)
        if present:
            self.save_button.setDefault(True)
            self.save_button.setFocus()
        else:
            self.stored_button.setDefault(True)

    def save_copy(self) -> None:
        """Ask where (a USB stick when one is mounted), then copy the key there, whole."""
        from khdesk.services.sync import save_recovery_key
        from khdesk.ui.sync_ui import ask_save_path

        path = ask_save_path(
            self,
            self.tr("Save a copy of the recovery key"),
            self.start_folder,
            keys.RECOVERY_IDENTITY,
            self.tr("Recovery keys"),
            ".age",
        )
        if path is None:
            return
        self.save_button.setEnabled(False)
        self.context.operations.background(
            save_recovery_key, self.context.folder, path,
            done=self._on_saved, failed=self._on_failed, owner=self,
        )  # fmt: skip

    def _on_saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self._say(
            self.tr(
                "A copy is saved as {path}. Put it away offline, then press «I have stored it»."
            ).format(path=path),
            "color: #1b5e20; font-weight: bold;",
        )
        self.stored_button.setDefault(True)

    def _on_failed(self, error: KhdeskError) -> None:
        self.save_button.setEnabled(True)
        self._say(render(error), "color: #b00020;")

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.show()
        fit_height(self, DIALOG_WIDTH)
