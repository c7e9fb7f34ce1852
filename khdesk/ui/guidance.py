"""Guidance in a form: its error beside it, which goes away once the user fixes the field it is
about, and names a screen reader says for every control."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.ui.texts import render


class FieldErrors:
    """Shows a known problem of a form in ``label`` and moves the cursor to the field it names.

    ``fields`` maps what the core's messages call a field (the ``field`` value of the error:
    ``Label("the title")``) to the widget that edits it. The sentence stays until the user
    changes that field; an error that names no field of the form goes at the first change of
    any of them, ``others`` included (fields no message names: a date, a kind). How to add a
    field: add it to ``fields`` (its change is followed by itself).
    """

    def __init__(
        self, label: QLabel, fields: Mapping[str, QWidget], others: Iterable[QWidget] = ()
    ) -> None:
        self.label = label
        self.fields = dict(fields)
        self.field: QWidget | None = None
        for widget in (*self.fields.values(), *others):
            self._follow(widget)

    def _follow(self, widget: QWidget) -> None:
        def changed(*_args: object) -> None:
            self._changed(widget)

        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
            if widget.isEditable():
                widget.editTextChanged.connect(changed)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(changed)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(changed)

    def show(self, error: KhdeskError) -> None:
        """Say what is wrong, and put the cursor in the field it is about."""
        self.label.setText(render(error))
        self.label.setVisible(True)
        named = error.message.values.get("field")
        self.field = self.fields.get(str(named)) if named is not None else None
        if self.field is not None and self.field.isEnabled():
            self.field.setFocus()

    def _changed(self, widget: QWidget) -> None:
        if self.label.text() and (self.field is None or widget is self.field):
            self.clear()

    def clear(self) -> None:
        self.label.clear()
        self.field = None


def name_unnamed_controls(part: QWidget, part_name: str) -> None:
    """Give the controls of ``part`` that have no accessible name one a screen reader can say:
    a form's field its row's label, a list or table the part's own name (the main list of a
    tab). Controls that are named already, buttons with a text and fields with a buddy label
    keep theirs."""
    for form in part.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            field_widget = field.widget() if field is not None else None
            named = field_widget is None or bool(field_widget.accessibleName())
            if isinstance(label_widget, QLabel) and label_widget.text() and not named:
                field_widget.setAccessibleName(label_widget.text().replace("&", ""))  # type: ignore[union-attr]
    for view in part.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or view.accessibleName():
            continue
        view.setAccessibleName(part_name)
