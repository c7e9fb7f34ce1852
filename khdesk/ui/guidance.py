"""A form's error beside it, which goes away once the user fixes the field it is about."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
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
