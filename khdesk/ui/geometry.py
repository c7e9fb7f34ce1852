"""Where windows open and how big: within the screen they open on, at a remembered size.

Every window and dialog of khdesk fits a 1366×768 laptop screen. The helpers here are for any
window of khdesk:

- ``fit_to_screen(widget, preferred)``: a size and a place inside the available geometry of the
  screen the widget opens on (its parent's screen, else the primary one), never smaller than what
  its content needs when that fits; centred over its parent, or on the screen.
- ``fit_to_content(dialog)``: a small dialog (a question, a progress, a one-field form) as big as
  its text and fields need: wide enough for its longest line of text, up to two thirds of the
  screen, and no taller than the screen.
- ``remember_geometry(widget, key, preferred)``: the size and place the user left the window at
  (kept in QSettings under ``windows/<key>``) when it opens again; a remembered place that is off
  every screen now (a second monitor unplugged) is ignored, a remembered size that no longer fits
  is shrunk. Without a remembered one, ``fit_to_screen(widget, preferred)``.
- ``compact_combo(combo)``: a combo box whose long items (a prospectus section's name) do not
  widen its form: it is sized for a few words, its list opens as wide as its longest item, and
  the whole current item is in its tooltip.

Call them before the widget is shown (``remember_geometry`` and ``fit_to_screen`` in the
constructor, ``fit_to_content`` once the texts are set).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QSizePolicy,
    QWidget,
)

#: Room left for a window manager's title bar and borders before the window is shown (once it
#: is, its real frame is used).
FRAME_ALLOWANCE = QSize(8, 36)
#: A small dialog is at most this share of the screen's width.
CONTENT_WIDTH_SHARE = 2 / 3
#: ... and at least this wide, so that its title is readable.
CONTENT_MIN_WIDTH = 360
#: A label that wraps is given about this width (a comfortable line to read).
WRAPPED_LINE = 520


def screen_of(widget: QWidget) -> QScreen:
    """The screen ``widget`` opens on: its own once shown, else its parent window's, else the
    primary screen."""
    for candidate in (widget, widget.parentWidget()):
        if candidate is not None:
            window = candidate.window()
            if window.isVisible() and window.screen() is not None:
                return window.screen()
    screen = QGuiApplication.primaryScreen()
    assert screen is not None, "a window needs a screen"
    return screen


def available(widget: QWidget) -> QRect:
    """The part of ``widget``'s screen a window may use (less the panels and docks)."""
    return screen_of(widget).availableGeometry()


def frame_allowance(widget: QWidget) -> QSize:
    """How much the window manager's frame adds to ``widget``'s size: measured once the window
    is shown, estimated before (from its parent window, else ``FRAME_ALLOWANCE``)."""
    for candidate in (widget.window(), widget.parentWidget()):
        if candidate is not None and candidate.window().isVisible():
            window = candidate.window()
            frame = window.frameGeometry().size() - window.geometry().size()
            if frame.width() >= 0 and frame.height() >= 0 and not frame.isNull():
                return frame
    return QSize(FRAME_ALLOWANCE)


def largest_size(widget: QWidget) -> QSize:
    """The largest size of ``widget`` (without its frame) that fits its screen."""
    return available(widget).size() - frame_allowance(widget)


def _bounded(size: QSize, widget: QWidget) -> QSize:
    """``size``, at least what the content needs, at most what the screen holds."""
    largest = largest_size(widget)
    need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    wanted = size.expandedTo(need)
    return QSize(min(wanted.width(), largest.width()), min(wanted.height(), largest.height()))


def _centre(widget: QWidget, size: QSize) -> QPoint:
    """The top-left point (of the frame) that centres a window of ``size`` over its parent
    window, or on the screen, keeping it inside the available geometry."""
    area = available(widget)
    outer = size + frame_allowance(widget)
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible():
        centre = parent.window().frameGeometry().center()
    else:
        centre = area.center()
    x = centre.x() - outer.width() // 2
    y = centre.y() - outer.height() // 2
    x = max(area.left(), min(x, area.right() + 1 - outer.width()))
    y = max(area.top(), min(y, area.bottom() + 1 - outer.height()))
    return QPoint(x, y)


def fit_to_screen(widget: QWidget, preferred: QSize | tuple[int, int]) -> None:
    """Give ``widget`` (a window or a dialog) the ``preferred`` size, shrunk to what its
    screen's available geometry holds, and centre it over its parent (or on the screen)."""
    wanted = preferred if isinstance(preferred, QSize) else QSize(*preferred)
    size = _bounded(wanted, widget)
    widget.resize(size)
    widget.move(_centre(widget, size))


def _text_width(widget: QWidget) -> int:
    """How wide the longest line of text of ``widget``'s labels and buttons is, in pixels."""
    widest = 0
    texts: list[tuple[QWidget, str]] = []
    for label in widget.findChildren(QLabel):
        if not label.isHidden() and label.text() and not label.text().lstrip().startswith("<"):
            texts.append((label, label.text()))
    if isinstance(widget, QDialog) and widget.windowTitle():
        texts.append((widget, widget.windowTitle()))
    for widget_, text in texts:
        metrics = QFontMetrics(widget_.font())
        wraps = isinstance(widget_, QLabel) and widget_.wordWrap()
        for line in text.splitlines():
            width = metrics.horizontalAdvance(line)
            # a label that wraps is read best a few words a line, not across the screen
            widest = max(widest, min(width, WRAPPED_LINE) if wraps else width)
    buttons = sum(
        button.sizeHint().width() + 8
        for button in widget.findChildren(QAbstractButton)
        if not button.isHidden()
    )
    return max(widest, buttons)


def fit_to_content(dialog: QWidget) -> None:
    """Size a small dialog to its content: as wide as its longest line of text (its labels,
    its title, its row of buttons) plus margins, between ``CONTENT_MIN_WIDTH`` and two thirds of
    the screen; as tall as its layout then needs; placed over its parent, inside the screen.
    Labels that are wider than that wrap."""
    area = largest_size(dialog)
    most = max(CONTENT_MIN_WIDTH, int(area.width() * CONTENT_WIDTH_SHARE))
    margins = 2 * 24
    width = min(max(_text_width(dialog) + margins, CONTENT_MIN_WIDTH), most)
    width = max(width, min(dialog.minimumSizeHint().width(), area.width()))
    layout = dialog.layout()
    height = dialog.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    height = max(height, dialog.minimumSizeHint().height())
    dialog.setMinimumWidth(min(width, area.width()))
    size = QSize(width, min(height, area.height()))
    dialog.resize(size)
    dialog.move(_centre(dialog, size))


# --- remembered sizes -------------------------------------------------------------------------
def _settings_key(key: str) -> str:
    return f"windows/{key}"


def _on_some_screen(frame: QRect) -> bool:
    """True when the top of ``frame`` (where its title bar is) lies on one of today's screens,
    enough of it to take hold of the window."""
    grip = QRect(frame.left(), frame.top(), frame.width(), min(frame.height(), 40))
    for screen in QGuiApplication.screens():
        overlap = screen.availableGeometry().intersected(grip)
        if overlap.width() >= min(100, grip.width()) and overlap.height() >= min(20, grip.height()):
            return True
    return False


def restore_geometry(widget: QWidget, key: str) -> bool:
    """Put ``widget`` where and as big as the user left it, when that is remembered and still
    fits; True when it was. A remembered place off every current screen is ignored."""
    settings = QSettings()
    value = settings.value(_settings_key(key))
    try:
        x, y, width, height = (int(part) for part in str(value).split(","))
    except (TypeError, ValueError):
        return False
    if width <= 0 or height <= 0:
        return False
    frame = QRect(x, y, width, height).adjusted(0, 0, *frame_allowance(widget).toTuple())
    size = _bounded(QSize(width, height), widget)
    widget.resize(size)
    if _on_some_screen(frame):
        screen = QGuiApplication.screenAt(frame.topLeft() + QPoint(20, 10))
        area = screen.availableGeometry() if screen is not None else available(widget)
        outer = size + frame_allowance(widget)
        x = max(area.left(), min(x, area.right() + 1 - outer.width()))
        y = max(area.top(), min(y, area.bottom() + 1 - outer.height()))
        widget.move(x, y)
    else:
        widget.move(_centre(widget, size))
    if settings.value(f"{_settings_key(key)}-maximized") in (True, "true"):
        widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)
    return True


def save_geometry(widget: QWidget, key: str) -> None:
    """Remember where ``widget`` is and how big (its normal size when maximised)."""
    settings = QSettings()
    maximized = widget.isMaximized()
    rect = widget.normalGeometry() if maximized else widget.geometry()
    if rect.isEmpty():
        rect = widget.geometry()
    position = widget.pos() if not maximized else rect.topLeft()
    value = f"{position.x()},{position.y()},{rect.width()},{rect.height()}"
    settings.setValue(_settings_key(key), value)
    settings.setValue(f"{_settings_key(key)}-maximized", maximized)


class _GeometryKeeper(QObject):
    """Saves its widget's geometry whenever the widget is hidden (closed, accepted, rejected)."""

    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self.key = key
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        hidden = event.type() == QEvent.Type.Hide and isinstance(watched, QWidget)
        if hidden and watched.isWindow() and watched.width() > 0:  # type: ignore[attr-defined]
            save_geometry(watched, self.key)  # type: ignore[arg-type]
        return False


def remember_geometry(
    widget: QWidget, key: str, preferred: QSize | tuple[int, int] | None = None
) -> None:
    """Open ``widget`` where the user left it last time (``restore_geometry``), else at
    ``preferred`` fitted to the screen (or, without one, at the size its content asks for), and
    remember its geometry each time it is hidden. ``key`` names the window in QSettings
    (``"main"``, ``"meeting-dialog"``)."""
    if not restore_geometry(widget, key):
        fit_to_screen(widget, preferred if preferred is not None else widget.sizeHint())
    _GeometryKeeper(widget, key)


# --- widgets that must not widen their window --------------------------------------------------
def compact_combo(combo: QComboBox, *, characters: int = 18) -> QComboBox:
    """Keep a combo box with long items from widening its window: it asks for room for
    ``characters`` characters (it still grows with its layout), its open list is as wide as its
    longest item up to the screen's width, and the whole current item is its tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    policy = combo.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    combo.setSizePolicy(policy)

    def widen_list() -> None:
        view = combo.view()
        metrics = view.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
        )
        view.setMinimumWidth(min(widest + 48, largest_size(combo).width()))

    def show_current() -> None:
        combo.setToolTip(combo.currentText())

    model = combo.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
        signal.connect(widen_list)
    combo.currentIndexChanged.connect(show_current)
    if combo.isEditable():
        combo.editTextChanged.connect(show_current)
    widen_list()
    show_current()
    return combo


def wrapping_label(label: QLabel) -> QLabel:
    """A label whose long text wraps instead of widening its window."""
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    return label
