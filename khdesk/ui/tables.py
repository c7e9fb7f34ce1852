"""Table views of khdesk: one line per row, cut text ends in «…» with the whole text in a
tooltip, and an empty table says what to do next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)


class ElidedTextDelegate(QStyledItemDelegate):
    """Draws a cell on one line, cut with «…» when it is too narrow; its tooltip (the model's
    ``ToolTipRole``, else the text) shows only for a cell whose text is cut."""

    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        if not self.is_cut(option, index):
            QToolTip.hideText()
            return True
        whole = index.data(Qt.ItemDataRole.ToolTipRole) or index.data()
        QToolTip.showText(event.globalPos(), str(whole or ""), view)
        return True

    def is_cut(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """True when the cell's text does not fit its width (it is drawn with «…»)."""
        text = str(index.data() or "")
        if not text:
            return False
        filled = QStyleOptionViewItem(option)
        self.initStyleOption(filled, index)
        widget = filled.widget
        style = widget.style() if widget is not None else QApplication.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, filled, widget)
        # the style draws the text inside this margin on either side
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        longest = max(filled.fontMetrics.horizontalAdvance(line) for line in text.splitlines())
        return "\n" in text or longest > area.width() - 2 * margin


class TableView(QTableView):
    """A read-only table of records: whole rows selected, one line per row, cut cells elided
    with their whole text in a tooltip, and ``empty_text`` drawn in the middle while the model
    has no rows (what to do next: «No meetings yet: Ctrl+N — new meeting»)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(ElidedTextDelegate(self))
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)

    def set_empty_text(self, text: str) -> None:
        """What the empty table says (it is also the table's accessible description)."""
        self.empty_text = text
        self.setAccessibleDescription(text)
        self.viewport().update()

    def is_empty(self) -> bool:
        model = self.model()
        return model is None or model.rowCount() == 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.empty_text or not self.is_empty():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text
        )
        painter.end()
