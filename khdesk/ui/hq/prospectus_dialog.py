"""Prospectus draft…: headquarters' accepted proposals as a PDF or a Word file (docs/prospectus.md).

The user chooses the language (Kazakh, Russian, Kazakh with Russian, English), PDF or Word, and
where to save; Write reads the review in a read operation (``khdesk.services.prospectus``: one
committed state of the database, the writer left free for the review going on), then lays the
file out off the GUI thread (``operations.background``), as ``khdesk prospectus`` does. Meanwhile
the dialog says which of the two it is doing; then one sentence says where the file is and what
it holds (or, in red, why it was not written), with Open and Show in folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import prospectus
from khdesk.services.work import Work
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import fit_to_content
from khdesk.ui.texts import render

#: The languages offered, each named in itself.
LANGUAGES = (("kk+ru", "Қазақша + Русский"), ("kk", "Қазақша"), ("ru", "Русский"),
             ("en", "English"))  # fmt: skip
SUFFIXES = {"pdf": ".pdf", "docx": ".docx"}


def read_prospectus(work: Work) -> prospectus.Prospectus:
    """The prospectus as the review stands (refused on a region's installation)."""
    prospectus.require_headquarters(work.session)
    return prospectus.build_prospectus(work.session)


def write_prospectus_file(
    found: prospectus.Prospectus, language: str, path: Path
) -> prospectus.Written:
    """Lay ``found`` out into ``path`` (no database: ``operations.background``)."""
    return prospectus.write_file(found, language, path)


class ProspectusDialog(QDialog):
    """Choose the language, the kind of file and where it goes; write it; open it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.written: prospectus.Written | None = None
        self.error: KhdeskError | None = None
        self.running = False
        self.setWindowTitle(self.tr("Prospectus draft"))

        intro = QLabel(
            self.tr(
                "The proposals accepted in the review, by direction and section, with those "
                "merged into them; an annex traces every line to its proposals."
            )
        )
        intro.setWordWrap(True)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(self.tr("Language of the prospectus"))
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("PDF, to print and send"), "pdf")
        self.format_combo.addItem(self.tr("Word document, to edit (.docx)"), "docx")
        self.format_combo.setAccessibleName(self.tr("Kind of file"))
        self.path_edit = QLineEdit(str(self._proposed_path()))
        self.path_edit.setAccessibleName(self.tr("Where to save the prospectus"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.tr("&File"), self.format_combo)
        form.addRow(self.tr("&Save to"), where)
        for row, buddy in ((0, self.language_combo), (1, self.format_combo), (2, self.path_edit)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(buddy)

        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: how long the layout takes is not known beforehand
        self.bar.setAccessibleName(self.tr("How far the prospectus has got"))
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("What was written"))

        self.write_button = QPushButton(self.tr("&Write"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Show in fol&der"))
        self.folder_button.clicked.connect(self.show_folder)
        for button in (self.open_button, self.folder_button):
            button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.format_combo.currentIndexChanged.connect(self._follow_format)

    # --- the choices --------------------------------------------------------------------------
    def _proposed_path(self) -> Path:
        name = self.tr("Prospectus draft {date}").format(date=f"{dt.date.today():%Y-%m-%d}")
        return Path.home() / f"{name}.pdf"

    def kind(self) -> str:
        return str(self.format_combo.currentData())

    def target(self) -> Path:
        """The file to write: the path typed, with the suffix of the kind of file chosen."""
        path = Path(self.path_edit.text().strip()).expanduser()
        suffix = SUFFIXES[self.kind()]
        if path.suffix.lower() in SUFFIXES.values():
            return path.with_suffix(suffix)
        return path.with_name(path.name + suffix)

    def _follow_format(self) -> None:
        if self.path_edit.text().strip():
            self.path_edit.setText(str(self.target()))

    def choose_path(self) -> None:
        pdf = self.tr("PDF (*.pdf)")
        word = self.tr("Word document (*.docx)")
        chosen_filter = word if self.kind() == "docx" else pdf
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the prospectus"),
            str(self.target()),
            f"{pdf};;{word}",
            chosen_filter,
        )
        if not name:
            return
        docx = chosen == word or (not chosen and name.lower().endswith(".docx"))
        self.format_combo.setCurrentIndex(self.format_combo.findData("docx" if docx else "pdf"))
        self.path_edit.setText(name)
        self.path_edit.setText(str(self.target()))

    # --- writing ------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the review, then write the file, off the GUI thread."""
        if self.running:
            return
        if not self.path_edit.text().strip():
            self._finish(self.tr("Choose where to save the prospectus."), failed=True)
            return
        self.running = True
        self.written = None
        self.error = None
        path = self.target()
        self.path_edit.setText(str(path))
        language = str(self.language_combo.currentData())
        for widget in (self.write_button, self.open_button, self.folder_button,
                       self.language_combo, self.format_combo, self.path_edit,
                       self.choose_button):  # fmt: skip
            widget.setEnabled(False)
        self.bar.setVisible(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading the accepted proposals…"))

        def read(found: prospectus.Prospectus) -> None:
            self.status.setText(self.tr("Writing the file…"))
            self.context.operations.background(
                write_prospectus_file, found, language, path,
                done=self._written, failed=self._refused, owner=self,
            )  # fmt: skip

        self.context.operations.read(read_prospectus, done=read, failed=self._refused, owner=self)

    def _finish(self, text: str, *, failed: bool = False) -> None:
        self.running = False
        self.bar.setVisible(False)
        for widget in (self.write_button, self.language_combo, self.format_combo,
                       self.path_edit, self.choose_button):  # fmt: skip
            widget.setEnabled(True)
        self.status.setStyleSheet("color: #b00020;" if failed else "")
        self.status.setText(text)
        fit_to_content(self)

    def _written(self, done: prospectus.Written) -> None:
        self.written = done
        locale = QLocale(self.context.language)
        if done.empty:
            text = self.tr(
                "Saved to {path}. No proposal is accepted yet, and the prospectus says so."
            ).format(path=str(done.path))
        else:
            text = self.tr(
                "Saved to {path}: {lines} lines from {proposals} proposals in {sections} sections."
            ).format(
                path=str(done.path),
                lines=locale.toString(done.lines),
                proposals=locale.toString(done.proposals),
                sections=locale.toString(done.sections),
            )
        self._finish(text)
        for button in (self.open_button, self.folder_button):
            button.setEnabled(True)
        self.open_button.setFocus()

    def _refused(self, error: KhdeskError) -> None:
        self.error = error
        self._finish(render(error), failed=True)

    # --- the result ---------------------------------------------------------------------------
    def open_file(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.path)))

    def show_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.path.parent)))

    def reject(self) -> None:
        """Escape and Close wait for a file being written (it lands whole or not at all)."""
        if self.running:
            return
        super().reject()


def show_prospectus_dialog(context: AppContext, parent: QWidget) -> ProspectusDialog:
    """Open the dialog (the main window's Prospectus draft…)."""
    dialog = ProspectusDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
