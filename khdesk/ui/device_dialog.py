"""Device cards in the window: this laptop's card to send to headquarters, and a region's card as
headquarters confirms its fingerprint by phone and enrols it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain import numbering
from khdesk.domain.errors import KhdeskError
from khdesk.sync.keys import DeviceCard
from khdesk.ui import labels
from khdesk.ui.context import AppContext
from khdesk.ui.texts import render

#: Wide enough for the longest line of the form and the fingerprint in large type; the dialogs
#: grow taller, never wider, for longer translations.
DIALOG_WIDTH = 640
ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20; font-weight: bold;"


# --- operations (plain functions: they run off the GUI thread) --------------------------------


def _this_card(work: Any) -> tuple[DeviceCard, str | None]:
    """This laptop's card and its code in meeting numbers (``device.code``)."""
    from khdesk.services import devices, installation

    card = devices.this_card(work.session)
    device = installation.local_device(work.session)
    return card, device.code if device is not None else None


def _write_card(work: Any, path: Path) -> Path:
    from khdesk.services import devices

    devices.write_card(work.session, path)
    return path


def _enroll(work: Any, card: DeviceCard) -> bool:
    """Enrol ``card``; False when its device was enrolled already."""
    from khdesk.services import devices

    _device, new = devices.enroll(work.session, card)
    return new


# --- the dialogs ------------------------------------------------------------------------------


def grouped(fingerprint: str) -> str:
    """The fingerprint as it is read aloud: its groups of four, well apart."""
    return "   ".join(fingerprint.split())


def _fingerprint_label() -> QLabel:
    label = QLabel()
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.7)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fit_height(dialog: QDialog, width: int) -> None:
    """``width`` wide and exactly as tall as its wrapped paragraphs need at that width (a
    dialog's own size hint measures them narrower, and so too tall)."""
    dialog.setFixedWidth(width)
    layout = dialog.layout()
    if layout is None:
        return
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
    dialog.resize(width, max(height, layout.totalMinimumSize().height()))


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CardForm(QWidget):
    """What a card says, line by line: region, device, name, code and the fingerprint."""

    def __init__(
        self, context: AppContext, card: DeviceCard, code: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        if card.region:
            name = context.region_names().get(card.region)
            region = f"{card.region} — {name}" if name else card.region
        else:
            region = labels.role(card.role)
        self.region = _wrapped(region)
        self.device = _wrapped(card.device_id)
        self.name = _wrapped(card.name or "—")
        self.code = _wrapped(code or "—")
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint = _fingerprint_label()
        self.fingerprint.setText(grouped(card.fingerprint))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Device"), self.device)
        form.addRow(self.tr("User"), self.name)
        form.addRow(self.tr("Code in meeting numbers"), self.code)
        form.addRow(self.tr("Fingerprint"), QLabel())
        # a line of its own, the whole width: the four groups never wrap or get cut
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form.addRow(self.fingerprint)


class DeviceCardDialog(QDialog):
    """This laptop's card: what headquarters needs to enrol it, the fingerprint to read out when
    the analyst calls, and the card saved as a file to send."""

    def __init__(
        self,
        context: AppContext,
        card: DeviceCard,
        code: str | None,
        start_folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.card = card
        self.code = code
        self.start_folder = start_folder
        self.setWindowTitle(self.tr("This laptop's card"))
        intro = _wrapped(
            self.tr(
                "Headquarters imports this laptop's bundles once it has enrolled its card. Save "
                "the card and send the file to headquarters (by e-mail or on a USB stick). When "
                "the analyst calls, read the fingerprint out group by group: it proves that the "
                "card they received is this laptop's."
            )
        )
        self.form = CardForm(context, card, code, self)
        self.status = _wrapped()
        self.status.hide()
        self.save_button = QPushButton(self.tr("&Save the card…"))
        self.save_button.clicked.connect(self.save_card)
        self.copy_button = QPushButton(self.tr("&Copy the fingerprint"))
        self.copy_button.clicked.connect(self.copy_fingerprint)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_height(self, DIALOG_WIDTH)
        self.save_button.setDefault(True)
        self.save_button.setFocus()

    def suggested_name(self) -> str:
        parts = ["khdesk-card", self.card.region or "hq", self.code or self.card.device_id[:8]]
        return "-".join(parts) + ".json"

    def save_card(self) -> None:
        """Ask where to save the card, then write it whole through the devices service."""
        from khdesk.ui.sync_ui import ask_save_path

        path = ask_save_path(
            self,
            self.tr("Save this laptop's card"),
            self.start_folder,
            self.suggested_name(),
            self.tr("Device cards"),
            ".json",
        )
        if path is None:
            return
        self.save_button.setEnabled(False)
        self.context.operations.read(
            _write_card, path, done=self._on_saved, failed=self._on_failed, owner=self
        )

    def _on_saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self._say(
            self.tr("The card is saved as {path}: send this file to headquarters.").format(
                path=path
            ),
            DONE_STYLE,
        )

    def _on_failed(self, error: KhdeskError) -> None:
        self.save_button.setEnabled(True)
        self._say(render(error), ERROR_STYLE)

    def copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(self.card.fingerprint)
        self._say(self.tr("The fingerprint is copied."), "")

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.show()
        fit_height(self, DIALOG_WIDTH)


class EnrolCardDialog(QDialog):
    """A region's card before headquarters enrols it: the fingerprint to compare with the one the
    facilitator reads out by phone, Enrol or Cancel, then what enrolment did."""

    def __init__(
        self, context: AppContext, card: DeviceCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.card = card
        self.code = numbering.device_code(card.public_key)
        self.enrolled: bool | None = None  # True: enrolled now; False: it was already
        self.setWindowTitle(self.tr("Enrol a device"))
        self.question = _wrapped(
            self.tr(
                "Call the facilitator of this laptop and ask them to read out the fingerprint "
                "their khdesk shows (Sync → This laptop's card…). Enrol the device only if every "
                "group matches the fingerprint below: a card that does not match may not be "
                "theirs."
            )
        )
        self.form = CardForm(context, card, self.code, self)
        self.status = _wrapped()
        self.status.hide()
        self.buttons = QDialogButtonBox()
        self.enrol_button = self.buttons.addButton(
            self.tr("&Enrol: the fingerprint matches"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter in a hurry must not enrol a card nobody compared: Cancel is the default
        self.enrol_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.question)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_height(self, DIALOG_WIDTH)
        self.cancel_button.setFocus()

    def region_text(self) -> str:
        return self.form.region.text()

    def enrol(self) -> None:
        self.enrol_button.setEnabled(False)
        self.context.operations.write(
            _enroll, self.card, done=self._on_enrolled, failed=self._on_refused, owner=self
        )

    def _on_enrolled(self, new: bool) -> None:
        self.enrolled = new
        values = {"region": self.region_text(), "device": self.card.device_id, "code": self.code}
        if new:
            text = self.tr(
                "Enrolled: {region}, device {device} (code {code}). Its bundles are imported "
                "from now on; any it sent before enrolment wait in the inbox's quarantine "
                "folder: import them again."
            ).format(**values)
        else:
            text = self.tr(
                "Enrolled already: {region}, device {device} (code {code}). Nothing changed."
            ).format(**values)
        self.question.hide()
        self._finish(text, DONE_STYLE)

    def _on_refused(self, error: KhdeskError) -> None:
        self._finish(render(error), ERROR_STYLE)

    def _finish(self, text: str, style: str) -> None:
        """Enrolment is over either way: the dialog says how, and only closing is left."""
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.show()
        self.enrol_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setFocus()
        fit_height(self, DIALOG_WIDTH)
