"""The crash path: an error nobody caught saves what was typed, writes a report and says so.

``install`` (at start-up, before the window shows) routes every way an unexpected error can reach
the top of khdesk to one place: ``sys.excepthook`` (a slot on the GUI thread), ``threading.
excepthook`` (a worker thread), the asyncio loop's exception handler (``watch_loop``: the tasks
started with ``khdesk.ui.tasks.start``) and Qt's message handler (Qt's warnings go to the log; its
fatal message writes a report before Qt ends the process). There, in this order:

1. the error is logged, scrubbed of personal data (``khdesk.reports``), from whatever thread;
2. on the GUI thread, every autosaver is flushed and every callable given to
   ``save_before_report`` is called, so that everything typed is in the database;
3. the report is written into the data folder's ``crash-reports/``;
4. ``CrashDialog`` says what happened in one sentence and where the report is: copy the report,
   go on working, or quit.

A ``KhdeskError`` that gets this far is a known problem, not a crash: its sentence is shown and no
report is written. Another crash while the dialog is open is counted in that dialog, never shown
in a second one, and the same error again writes no second report.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from khdesk import reports
from khdesk.domain.errors import KhdeskError
from khdesk.ui.texts import render
from khdesk.ui.widgets import AutoSaver

log = logging.getLogger(__name__)
qt_log = logging.getLogger("khdesk.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

#: the widest the dialog grows: it must fit a 1366x768 screen with room around it
DIALOG_WIDTH = 640


class QtFatalError(Exception):
    """Qt's fatal message, as the exception a crash report is written about."""


def _signature(error: BaseException, tb: TracebackType | None) -> tuple[object, ...]:
    """What makes two crashes the same one: the exception's type and where it was raised."""
    frames = traceback.extract_tb(tb or error.__traceback__)
    return (type(error), tuple((frame.filename, frame.lineno) for frame in frames))


def _quit_application() -> None:
    # quit closes the windows first: the main window's closeEvent still asks about drafts
    QApplication.quit()


class CrashDialog(QDialog):
    """One crash told in one sentence, or several in a row counted: the report, go on or quit."""

    def __init__(
        self,
        report: Path | None,
        report_text: str,
        *,
        saved: bool,
        log_file: Path | None = None,
        quit: Callable[[], None] = _quit_application,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = report
        self.report_text = report_text
        self.count = 1
        self.saved = saved
        self._quit = quit
        self.setWindowTitle(self.tr("khdesk ran into an internal error"))

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        self.sentence = QLabel(wordWrap=True)
        self.sentence.setStyleSheet("font-weight: bold;")
        self.where = QLabel(wordWrap=True)
        # a read-only line: a long path scrolls instead of widening the dialog, and can be selected
        self.path_edit = QLineEdit(readOnly=True)
        self.again = QLabel(wordWrap=True)
        self.copied = QLabel(wordWrap=True)
        self.copy_button = QPushButton(self.tr("&Copy the report"))
        self.copy_button.clicked.connect(self.copy_report)
        self.continue_button = QPushButton(self.tr("&Go on working"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        self.quit_button = QPushButton(self.tr("&Quit khdesk"))
        self.quit_button.clicked.connect(self.quit_khdesk)

        text = QVBoxLayout()
        for widget in (self.sentence, self.where, self.path_edit, self.again, self.copied):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.setMaximumWidth(DIALOG_WIDTH)
        self.setMinimumWidth(min(DIALOG_WIDTH, 480))
        self._log_file = log_file
        self._show_texts()

    def _show_texts(self) -> None:
        if self.saved:
            self.sentence.setText(
                self.tr(
                    "Something went wrong inside khdesk and the last action did not finish; "
                    "everything you typed is saved."
                )
            )
        else:
            self.sentence.setText(
                self.tr(
                    "Something went wrong inside khdesk and the last action did not finish; "
                    "some of what you typed could not be saved, so copy it elsewhere before "
                    "you quit."
                )
            )
        if self.report is not None:
            self.where.setText(
                self.tr(
                    "A report for the developers, with no names, phones or e-mails in it, is "
                    "in this file:"
                )
            )
            self.path_edit.setText(str(self.report))
        elif self._log_file is not None:
            self.where.setText(
                self.tr("The report could not be written; the log holds what happened:")
            )
            self.path_edit.setText(str(self._log_file))
        else:
            self.where.setText(self.tr("The report could not be written."))
        self.path_edit.setVisible(bool(self.path_edit.text()))
        self.path_edit.setCursorPosition(0)
        self.copy_button.setEnabled(bool(self.report_text))
        self.again.setText(
            self.tr("It happened again: {count} times in all.").format(count=self.count)
        )
        self.again.setVisible(self.count > 1)

    def happened_again(self, report: Path | None, report_text: str | None, *, saved: bool) -> None:
        """Count another crash in this dialog (its report, if it was a new one, is added)."""
        self.count += 1
        self.saved = self.saved and saved
        if report_text:
            self.report_text = (
                f"{self.report_text}\n{report_text}" if self.report_text else report_text
            )
        if self.report is None and report is not None:
            self.report = report
        self._show_texts()

    def present(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text)
        self.copied.setText(self.tr("The report is copied: paste it into an e-mail or a message."))

    def quit_khdesk(self) -> None:
        self.accept()
        self._quit()


class CrashHandler(QObject):
    """Where every unexpected error of one application ends: log, save, report, dialog."""

    # an error raised on another thread, carried to the GUI thread: error, traceback, where, repeat
    _carried = Signal(object, object, str, bool)

    def __init__(
        self,
        reports_dir: Path,
        *,
        window: QWidget | None = None,
        quit: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.reports_dir = reports_dir
        self.window = window
        self.quit = quit or _quit_application
        self.dialog: CrashDialog | None = None
        self.known_problem: QMessageBox | None = None
        self._savers: list[Callable[[], object]] = []
        self._gui_thread = threading.get_ident()
        self._lock = threading.Lock()
        self._seen: set[tuple[object, ...]] = set()  # crashes logged since the dialog opened
        self._handling = False
        self._previous: tuple[Any, Any, Any] | None = None
        self._carried.connect(self._on_error, Qt.ConnectionType.QueuedConnection)

    # --- the hooks --------------------------------------------------------------------------
    def install(self) -> None:
        previous = sys.excepthook, threading.excepthook
        sys.excepthook = self._on_uncaught
        threading.excepthook = self._on_thread_exception
        self._previous = (*previous, qInstallMessageHandler(self.on_qt_message))

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook, previous_qt = self._previous
            qInstallMessageHandler(previous_qt)
            self._previous = None
        for widget in (self.dialog, self.known_problem):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
        self.dialog = self.known_problem = None

    def _on_uncaught(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: Python's own way
            sys.__excepthook__(kind, error, tb)
            return
        self.handle(error, tb, where="the GUI thread")

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value
        if not isinstance(error, Exception):
            threading.__excepthook__(args)
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(error, args.exc_traceback, where=f"the thread {name}")

    def on_loop_exception(self, _loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """The asyncio loop's exception handler: a task or callback that raised."""
        error = context.get("exception")
        if isinstance(error, Exception):
            self.handle(error, error.__traceback__, where="a background task")
        else:
            log.error("asyncio: %s", context.get("message", "an unknown problem"))

    def on_qt_message(self, kind: QtMsgType, context: Any, message: str) -> None:
        """Qt's message handler: every message to the log; a fatal one writes a report."""
        category = getattr(context, "category", None) or "default"
        prefix = "" if category == "default" else f"[{category}] "
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", prefix, message)
        if kind == QtMsgType.QtFatalMsg:
            self._on_qt_fatal(message)

    # --- the path -----------------------------------------------------------------------------
    def handle(self, error: BaseException, tb: TracebackType | None, *, where: str) -> None:
        """Log ``error`` at once (any thread), then save, report and tell on the GUI thread."""
        repeat = False
        if isinstance(error, KhdeskError):
            log.warning("a known problem reached %s: %s", where, reports.describe(error))
        else:
            signature = _signature(error, tb)
            with self._lock:
                repeat = signature in self._seen
                self._seen.add(signature)
            if repeat:
                log.error(
                    "the same internal error again, in %s: %s", where, reports.describe(error)
                )
            else:
                log.error(
                    "internal error in %s\n%s",
                    reports.scrub(where),
                    reports.traceback_text(error, tb),
                    extra={"scrubbed": True},
                )
        if threading.get_ident() == self._gui_thread:
            self._on_error(error, tb, where, repeat)
        else:
            self._carried.emit(error, tb, where, repeat)

    def _on_error(
        self, error: BaseException, tb: TracebackType | None, where: str, repeat: bool
    ) -> None:
        if self._previous is None:  # carried here after ``uninstall``: logged, and that is all
            return
        if isinstance(error, KhdeskError):
            self._show_known_problem(error)
            return
        if self._handling:  # raised by the crash path itself: logged, nothing more to do
            return
        self._handling = True
        try:
            unsaved = self.save_everything()
            report = text = None
            if not repeat:
                report = reports.write_crash_report(self.reports_dir, error, tb, where=where)
                text = (
                    report.read_text(encoding="utf-8")
                    if report
                    else reports.report_text(error, tb, where=where)
                )
            self._show_crash(report, text, saved=unsaved == 0)
        except Exception as failure:  # the crash path must never become a crash of its own
            log.error("the crash dialog failed: %s", reports.describe(failure))
        finally:
            self._handling = False

    def _on_qt_fatal(self, message: str) -> None:
        # Qt ends the process when this returns: save and write now, on whatever thread
        if threading.get_ident() == self._gui_thread:
            self.save_everything()
        report = reports.write_crash_report(
            self.reports_dir,
            QtFatalError(message),
            where="a fatal message of Qt",
            stack=traceback.StackSummary.from_list(traceback.extract_stack()[:-2]),
        )
        where = f"; the report is {report}" if report else ""
        print(f"khdesk: Qt stopped khdesk{where}", file=sys.stderr, flush=True)

    def save_everything(self) -> int:
        """Flush every autosaver and call every ``save_before_report`` callable; returns how
        many of them could not save what they hold."""
        unsaved = AutoSaver.flush_all()
        for save in list(self._savers):
            try:
                save()
            except Exception as failure:
                log.error("typed text could not be saved: %s", reports.describe(failure))
                unsaved += 1
        return unsaved

    def add_saver(self, save: Callable[[], object]) -> Callable[[], None]:
        self._savers.append(save)

        def remove() -> None:
            if save in self._savers:
                self._savers.remove(save)

        return remove

    # --- what the user sees -------------------------------------------------------------------
    def _parent(self) -> QWidget | None:
        window = self.window
        return window if window is not None and shiboken6.isValid(window) else None

    def _show_crash(self, report: Path | None, text: str | None, *, saved: bool) -> None:
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.happened_again(report, text, saved=saved)
            return
        dialog = CrashDialog(
            report,
            text or "",
            saved=saved,
            log_file=reports.log_file(),
            quit=self.quit,
            parent=self._parent(),
        )
        dialog.setWindowModality(
            Qt.WindowModality.WindowModal
            if dialog.parent() is not None
            else Qt.WindowModality.ApplicationModal
        )
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        # shown once the slot that failed has returned to the event loop (it may be a paint)
        QTimer.singleShot(0, dialog, dialog.present)

    def _on_dialog_finished(self) -> None:
        self.dialog = None
        with self._lock:
            self._seen.clear()

    def _show_known_problem(self, error: KhdeskError) -> None:
        box = self.known_problem
        if box is not None and shiboken6.isValid(box) and box.isVisible():
            box.setText(render(error))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "khdesk",
            render(error),
            QMessageBox.StandardButton.Ok,
            self._parent(),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.known_problem = box
        QTimer.singleShot(0, box, box.open)


_installed: CrashHandler | None = None


def install(
    reports_dir: Path, *, window: QWidget | None = None, quit: Callable[[], None] | None = None
) -> CrashHandler:
    """Route every unexpected error to the crash path (call on the GUI thread, once the
    QApplication exists); ``reports_dir`` is the data folder's ``crash-reports/``."""
    global _installed  # noqa: PLW0603 (one crash path per process)
    uninstall()
    _installed = CrashHandler(reports_dir, window=window, quit=quit)
    _installed.install()
    return _installed


def uninstall() -> None:
    """Give the hooks back as they were before ``install`` (the end of a test, of ``main``)."""
    global _installed  # noqa: PLW0603
    if _installed is not None:
        _installed.uninstall()
        _installed.deleteLater()
        _installed = None


def installed() -> CrashHandler | None:
    return _installed


def set_window(window: QWidget) -> None:
    """The window the crash dialog opens over (it is created after ``install``)."""
    if _installed is not None:
        _installed.window = window


def save_before_report(save: Callable[[], object]) -> Callable[[], None]:
    """Have ``save`` called on the crash path, after the autosavers and before the report (the
    window's drafts); it raises when it could not save. Returns a function that removes it."""
    if _installed is None:
        return lambda: None
    return _installed.add_saver(save)


def watch_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Send the errors of ``loop``'s tasks and callbacks down the crash path."""
    if _installed is not None:
        loop.set_exception_handler(_installed.on_loop_exception)


def stopped(error: BaseException) -> int:
    """An error that ended the event loop itself: log it, save, write the report, say where on
    the terminal; returns the exit status."""
    handler = _installed
    folder = handler.reports_dir if handler is not None else None
    log.critical(
        "khdesk stopped\n%s", reports.traceback_text(error, error.__traceback__),
        extra={"scrubbed": True},
    )  # fmt: skip
    if handler is not None:
        handler.save_everything()
    report = reports.write_crash_report(folder, error, where="start-up") if folder else None
    where = f"; the report is {report}" if report else ""
    print(f"khdesk stopped by an internal error{where}", file=sys.stderr)
    return 1
