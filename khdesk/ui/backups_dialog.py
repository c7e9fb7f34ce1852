"""Backups in the window: «Back up now», the list of backups with what each holds, a restore
(after which khdesk starts again on the restored database), and the offer of the latest good
backup when the database is found damaged at start-up."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import backups
from khdesk.services.changes import Changes
from khdesk.sync import keys
from khdesk.ui.dates import moment
from khdesk.ui.tasks import run_in_background, start
from khdesk.ui.texts import render

if TYPE_CHECKING:
    from khdesk.storage.backups import Backup
    from khdesk.storage.database import Database
    from khdesk.ui.context import AppContext

DIALOG_WIDTH = 720


def kind_name(label: str) -> str:
    """What a backup's label means, as the list names it."""
    if label == "daily":
        return QCoreApplication.translate("Backups", "Daily")
    if label == "manual":
        return QCoreApplication.translate("Backups", "Taken by hand")
    if label == "before-restore":
        return QCoreApplication.translate("Backups", "Before a restore")
    if label.startswith("schema-"):
        return QCoreApplication.translate("Backups", "Before an upgrade")
    return label


def holds(backup: Backup) -> str:
    """What a backup holds, in one line."""

    def count(value: int | None) -> str:
        return "?" if value is None else str(value)

    return QCoreApplication.translate(
        "Backups", "meetings: {meetings}, persons: {persons}, proposals: {proposals}"
    ).format(
        meetings=count(backup.meetings),
        persons=count(backup.persons),
        proposals=count(backup.proposals),
    )


def _back_up(database: Database, folder: Path, keys_dir: Path) -> backups.Taken:
    return backups.back_up_now(database, folder, keys_dir)


def back_up_now(context: AppContext, parent: QWidget, then: Any = None) -> None:
    """Take a backup after the writes asked for so far; the window's status bar says where."""

    def done(taken: backups.Taken) -> None:
        status = getattr(parent.window(), "statusBar", None)
        if taken.copy is not None:
            text = QCoreApplication.translate(
                "Backups", "Backed up to {path}, with an encrypted copy in {copy}"
            ).format(path=taken.path, copy=taken.copy.parent)
        else:
            text = QCoreApplication.translate("Backups", "Backed up to {path}").format(
                path=taken.path
            )
        if status is not None:
            status().showMessage(text, 15_000)
        if then is not None:
            then()

    def failed(error: KhdeskError) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Backups", "Backups"), render(error))
        if then is not None:
            then()

    folder = context.folder
    context.operations.job(
        _back_up,
        folder.backups,
        folder.keys,
        changes=Changes(),
        done=done,
        failed=failed,
        owner=parent,
    )


def _second_place(work: Any) -> tuple[Path | None, Any]:
    return backups.second_place(work.session), backups.last_copy(work.session)


def _thinning(work: Any) -> Any:
    return backups.thinning(work.session)


def _set_thinning(work: Any, typed: str) -> Any:
    chosen = backups.parse_thinning(typed)
    backups.set_thinning(work.session, chosen)
    return chosen


def _set_second_place(work: Any, keys_dir: Path, folder: Path, passphrase: str) -> None:
    backups.set_second_place(work.session, keys_dir, folder, passphrase)


class PassphraseDialog(QDialog):
    """A new passphrase for the copies in the second place, typed twice, never shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of the copies"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "The copies in the second place are encrypted: choose a passphrase of a few "
                "words and write it down somewhere safe. Restoring a copy on another computer "
                "asks for it."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("The &same again:"), self.second)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.passphrase = ""

    def accept(self) -> None:
        try:
            self.passphrase = keys.check_new_passphrase(self.first.text(), self.second.text())
        except KhdeskError as error:
            self.problem.setText(render(error))
            return
        super().accept()


def relaunch() -> None:
    """Start khdesk again, with the options this one was started with."""
    if getattr(sys, "frozen", False):
        QProcess.startDetached(sys.executable, sys.argv[1:])
    else:
        QProcess.startDetached(sys.executable, ["-m", "khdesk", *sys.argv[1:]])


def _restore(
    backup: Path, path: Path, folder: Any, passphrase: str | None
) -> tuple[Path | None, bool]:
    """The restore, then (for a copy from the second place) the signing key kept beside it."""
    aside = backups.restore(backup, path, folder.backups, passphrase=passphrase)
    key = passphrase is not None and backups.restore_signing_key(
        backup, path, folder.keys, passphrase
    )
    return aside, key


async def _restore_and_restart(
    context: AppContext, backup: Path, window: QWidget, passphrase: str | None = None
) -> None:
    path = context.db.path
    assert path is not None  # offered on SQLite only
    window.setEnabled(False)
    context.operations.shutdown()  # every write asked for is in first
    context.db.close()
    try:
        aside, _key = await run_in_background(_restore, backup, path, context.folder, passphrase)
    except KhdeskError as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("Backups", "Restore from backup"), render(error)
        )
    else:
        if aside is not None:
            QMessageBox.information(
                window,
                QCoreApplication.translate("Backups", "Restore from backup"),
                QCoreApplication.translate(
                    "Backups",
                    "The backup is in place; the database it replaced is kept as {aside}. "
                    "khdesk starts again now.",
                ).format(aside=aside.name),
            )
    relaunch()
    QCoreApplication.quit()


class BackupsDialog(QDialog):
    """The backups of this computer's database, newest first, with their dates, why each was
    taken and what each holds; «Back up now» and «Restore…»."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[Backup] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(DIALOG_WIDTH, 420)
        layout = QVBoxLayout(self)
        self.where = QLabel(
            self.tr(
                "khdesk backs the database up when it starts, once a day when something changed, "
                "and keeps recent days, weeks and months. The backups are in {folder}."
            ).format(folder=context.folder.backups)
        )
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("What it holds")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(self.restore_selected)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("No backup yet: «Back up now» takes one."))
        layout.addWidget(self.empty)
        kept = QHBoxLayout()
        self.kept = QLabel(self)
        self.kept.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep…"), self)
        self.keep_button.setToolTip(self.tr("How many days, weeks and months keep a daily backup"))
        self.keep_button.clicked.connect(self.choose_thinning)
        kept.addWidget(self.kept, 1)
        kept.addWidget(self.keep_button)
        layout.addLayout(kept)
        self.second_place = QLabel(self)
        self.second_place.setWordWrap(True)
        layout.addWidget(self.second_place)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setEnabled(False)
        sqlite = context.db.path is not None
        self.restore_button.setVisible(sqlite)  # PostgreSQL is restored with pg_restore
        self.file_button = QPushButton(self.tr("From a &file…"), self)
        self.file_button.setToolTip(
            self.tr("Restore a backup or a copy from a USB stick (a new laptop, say)")
        )
        self.file_button.setVisible(sqlite)
        self.file_button.clicked.connect(self.restore_file)
        self.second_button = QPushButton(self.tr("&Second place…"), self)
        self.second_button.setVisible(sqlite)
        self.second_place.setVisible(sqlite)
        self.second_button.clicked.connect(self.choose_second_place)
        buttons.addButton(self.second_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.back_up_button.clicked.connect(self._back_up)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        path = self.context.db.path
        self.context.operations.background(
            backups.listing,
            self.context.folder.backups,
            path.stem if path is not None else None,
            done=self._fill,
            owner=self,
        )
        self.context.operations.read(_second_place, done=self._show_second_place, owner=self)
        self.context.operations.read(_thinning, done=self._show_thinning, owner=self)

    def _show_thinning(self, chosen: Any) -> None:
        self.thinning = chosen
        self.kept.setText(
            self.tr(
                "Daily backups kept: one a day for {days} days, one a week for {weeks} weeks, "
                "one a month for {months} months; the others are removed."
            ).format(days=chosen.days, weeks=chosen.weeks, months=chosen.months)
        )

    def choose_thinning(self) -> None:
        current = getattr(self, "thinning", None)
        shown = f"{current.days},{current.weeks},{current.months}" if current else "12,10,9"
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Daily backups kept"),
            self.tr("Days, weeks and months, separated by commas (12,10,9):"),
            QLineEdit.EchoMode.Normal,
            shown,
        )
        if ok:
            self.context.operations.write(
                _set_thinning, typed, done=self._show_thinning, owner=self
            )

    def _show_second_place(self, place: tuple[Path | None, Any]) -> None:
        folder, last = place
        if folder is None:
            self.second_place.setText(
                self.tr(
                    "No second place: an encrypted copy of every backup on a USB stick or "
                    "another drive survives the laptop. «Second place…» chooses one."
                )
            )
        elif last is None:
            self.second_place.setText(
                self.tr(
                    "Every backup is also copied, encrypted, to {folder} whenever it is plugged "
                    "in; it is not plugged in now, or holds no copy yet."
                ).format(folder=folder)
            )
        else:
            self.second_place.setText(
                self.tr(
                    "Every backup is also copied, encrypted, to {folder} whenever it is plugged "
                    "in; the last copy there is of {taken}."
                ).format(folder=folder, taken=moment(last))
            )

    def choose_second_place(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("A second place for the backups (a USB stick, another drive)")
        )
        if not chosen:
            return
        asking = PassphraseDialog(self)
        if asking.exec() != QDialog.DialogCode.Accepted:
            return
        self.context.operations.write(
            _set_second_place,
            self.context.folder.keys,
            Path(chosen),
            asking.passphrase,
            done=lambda _result: self._back_up(),
            owner=self,
        )

    def _fill(self, items: list[Backup]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (moment(item.taken), kind_name(item.label), holds(item))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not items)
        if items:
            self.table.selectRow(0)

    def _selected(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _back_up(self) -> None:
        self.back_up_button.setEnabled(False)

        def again() -> None:
            self.back_up_button.setEnabled(True)
            self.reload()

        back_up_now(self.context, self, then=again)

    def restore_file(self) -> None:
        """A backup file chosen anywhere: a copy from a second place asks for its passphrase."""
        if self.context.db.path is None:
            return
        name, _kind = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(self.context.folder.backups),
            self.tr("khdesk backups (*.db *.db.age)"),
        )
        if not name:
            return
        chosen = Path(name)
        passphrase = None
        if backups.is_encrypted(chosen):
            typed, ok = QInputDialog.getText(
                self,
                self.tr("Passphrase of the copies"),
                self.tr("The passphrase chosen for the second place:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok or not typed:
                return
            passphrase = typed
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Put {file} in place of the database? What was saved since is kept aside as a "
                "backup first, and khdesk starts again."
            ).format(file=chosen.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        window = self.parentWidget() or self
        self.accept()
        start(_restore_and_restart(self.context, chosen, window, passphrase))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.context.db.path is None:
            return
        chosen = self.items[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Put the backup of {taken} ({holds}) in place of the database? What was saved "
                "since is kept aside as a backup first, and khdesk starts again."
            ).format(taken=moment(chosen.taken), holds=holds(chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        window = self.parentWidget() or self
        self.accept()
        start(_restore_and_restart(self.context, chosen.path, window))


def offer_latest_good(parent: QWidget | None, recovery: backups.Recovery) -> bool:
    """At start-up, after a damaged database was moved aside: True when the user chose to
    restore the latest good backup, False to open nothing."""
    latest = recovery.latest
    if latest is None:
        return False  # nothing to offer: the caller says where the file went
    title = QCoreApplication.translate("Backups", "The database is damaged")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    box.setText(
        QCoreApplication.translate(
            "Backups",
            "The database failed its check and was moved, unchanged, to {aside}. The latest "
            "good backup is of {taken} and holds {holds}.",
        ).format(
            aside=recovery.aside,
            taken=moment(latest.taken),
            holds=holds(latest),
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("Backups", "&Restore this backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Backups", "&Open nothing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


__all__ = ["BackupsDialog", "back_up_now", "offer_latest_good", "relaunch"]
