"""Checks of a name and an e-mail as they are typed: look-alike letters replaced in the field,
a letter an address cannot have named at once.

A name typed with a Latin «i» among Cyrillic letters (a laptop without a Kazakh keyboard) looks
right and is wrong: nobody finds «Сейiтов» by typing «Сейітов», and the protocol prints a name
that a spell checker underlines. ``NameCheck`` replaces such letters in the field itself
(``khdesk.domain.validation.fold_look_alikes``) and says under it what it replaced, so that the
user sees the name that will be stored before pressing the dialog's button. How to use one in a
form: create it with the name's field and a label under it, call ``loaded`` after putting a
stored name in the field, and return early from the dialog's ``accept`` when ``correct`` says
it changed the name.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from khdesk.domain.errors import InvalidInput
from khdesk.domain.validation import (
    FoldedName,
    Replacement,
    check_email_letters,
    fold_look_alikes,
    plain_characters,
)
from khdesk.ui.texts import render

NOTE_STYLE = "color: #8a5a00;"
ERROR_STYLE = "color: #b00020;"


def make_room(note: QLabel) -> None:
    """Let the window of ``note`` grow to show the note whole: a window does not grow by
    itself for a label that wraps (its layout's height depends on its width)."""
    window = note.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    need = (
        layout.totalHeightForWidth(window.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    screen = window.screen()
    if screen is not None:
        need = min(need, screen.availableGeometry().height())
    if need > window.height():
        window.resize(window.width(), need)


def note_label() -> QLabel:
    """A line under a field that says what was done to it; it takes no room while empty."""
    label = QLabel(wordWrap=True)
    label.setStyleSheet(NOTE_STYLE)
    # right under its field, whatever height the form gives the row
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setVisible(False)
    return label


class NameCheck(QObject):
    """Replaces the look-alike letters of the name in ``edit`` as the user types it (each word
    once it is finished, all of them when the field is left for another) and says in ``note``
    what it replaced. ``buttons``: the dialog's buttons that save; Enter in the field, or
    leaving it for one of them, leaves the last word to ``correct``, which the dialog's
    ``accept`` calls."""

    def __init__(
        self, edit: QLineEdit, note: QLabel, buttons: Iterable[QAbstractButton] = ()
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.note = note
        self.buttons = tuple(buttons)
        self.replaced: list[Replacement] = []
        self._stopped = False
        self._correcting = False
        edit.textEdited.connect(self._on_edited)
        edit.editingFinished.connect(self._on_left)

    def loaded(self) -> None:
        """A stored name was put in the field: nothing of it was replaced yet; a stored name
        that mixes the alphabets is corrected when the user edits it or saves."""
        self.replaced = []
        self._stopped = False
        self._show(fold_look_alikes(self.edit.text(), skip_at=len(self.edit.text())))

    def correct(self, *, before_saving: bool = True) -> bool:
        """Replace every look-alike of the name now. True when that changed the name: before
        saving, the dialog then stops short of it, and the note asks to look and press again."""
        changed = self._apply(fold_look_alikes(self.edit.text()))
        self._stopped = changed and before_saving
        self._show(fold_look_alikes(self.edit.text()))
        return changed

    def _on_edited(self, text: str) -> None:
        if self._correcting:
            return
        self._stopped = False
        folded = fold_look_alikes(text, skip_at=self.edit.cursorPosition())
        self._apply(folded)
        self._show(folded)

    def _on_left(self) -> None:
        # Enter (the field keeps the focus) presses the dialog's button, and the focus has
        # already moved when the field is left: to a saving button. Either way the dialog's
        # accept corrects the name and stops, so that the user sees it before it is stored.
        if self.edit.hasFocus() or QApplication.focusWidget() in self.buttons:
            return
        folded = fold_look_alikes(self.edit.text())
        self._apply(folded)
        self._show(folded)

    def _apply(self, folded: FoldedName) -> bool:
        if folded.text == self.edit.text():
            self._remember(folded)
            return False
        cursor = self.edit.cursorPosition()
        self._correcting = True
        try:
            # inserted rather than set, which would empty the field's undo history of the
            # typing; the cursor keeps its place, as every replacement is one letter for one
            self.edit.selectAll()
            self.edit.insert(folded.text)
        finally:
            self._correcting = False
        self.edit.setCursorPosition(cursor)
        self._remember(folded)
        return True

    def _remember(self, folded: FoldedName) -> None:
        for replacement in folded.replaced:
            if replacement not in self.replaced:
                self.replaced.append(replacement)
        # a replacement whose letter is no longer in the name is no longer worth a word
        self.replaced = [r for r in self.replaced if r.kept in self.edit.text()]

    def _show(self, folded: FoldedName) -> None:
        sentences = [render(replacement.message()) for replacement in self.replaced]
        sentences += [
            render(message) for message in FoldedName(folded.text, mixed=folded.mixed).messages()
        ]
        if self._stopped and sentences:
            sentences.append(self.tr("Check the corrected name and press the button again."))
        self.note.setText(" ".join(sentences))
        self.note.setVisible(bool(sentences))
        make_room(self.note)


class EmailCheck(QObject):
    """Names, as it is typed into ``edit``, a letter an e-mail address cannot have (a Cyrillic
    «а» in «mаil.kz»), in ``note``; the rest of the address is checked when it is saved."""

    def __init__(self, edit: QLineEdit, note: QLabel) -> None:
        super().__init__(edit)
        self.edit = edit
        self.note = note
        note.setStyleSheet(ERROR_STYLE)
        edit.textChanged.connect(self.check)
        self.check()  # an address the field came with (typed into the check-in search)

    def check(self) -> bool:
        """True when what is typed has no letter an address cannot have."""
        try:
            check_email_letters(plain_characters(self.edit.text()).strip())
        except InvalidInput as error:
            self.note.setText(render(error))
            self.note.setVisible(True)
            make_room(self.note)
            return False
        self.note.clear()
        self.note.setVisible(False)
        return True
