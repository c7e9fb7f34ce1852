"""The core's sentences in the interface's language.

The core raises its errors as ``Message`` templates with values (``khdesk.domain.errors``); the
window shows them through ``render``, which looks the template and its labels up in Qt's
translations (collected into ``core_texts.py`` by ``make translations``) and puts the values in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from khdesk.domain.errors import LABELS, KhdeskError, Label, Message


def _translate(text: str, context: str) -> str:
    return QCoreApplication.translate(context, text)


def render(what: BaseException | Message | str) -> str:
    """``what`` as one sentence in the interface's language, starting with a capital."""
    if isinstance(what, Label):  # a phrase on its own, as a list of what is missing has them
        text = _translate(str(what), LABELS)
    else:
        if isinstance(what, KhdeskError):
            message = what.message
        elif isinstance(what, Message):
            message = what
        else:
            message = Message(str(what))
        text = message.render(_translate)
    return text[:1].upper() + text[1:]
