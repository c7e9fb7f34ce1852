"""Errors a user can fix, each with one plain sentence: what is wrong and what to do.

A sentence is a ``Message``: an English template with named values. The template is the
message's id: the command line shows the message in English (``str``), the window in the
interface's language (``khdesk.ui.texts.render`` looks the template up in Qt's translations and
puts the values in), and ``make translations`` collects every template from the core's code.

How to add one: raise the error with a template literal and the values as keywords::

    raise InvalidInput("{field} is empty: type it in.", field=Label("the title"))

never with an f-string (its values would be baked into the id, and the window could not
translate it; a test fails on one). A value that is itself a word to translate (a field's name,
a thing the protocol lacks) is a ``Label``; a value that is another ``Message`` is rendered in
the same language; a list of them is joined with commas. Everything else (a file name, a code, a
number with its format spec, ``{count:,}``) goes in as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Looks a text up in a context of the translations ("Messages", "Labels").
Translate = Callable[[str, str], str]
MESSAGES, LABELS = "Messages", "Labels"


def _english(text: str, _context: str) -> str:
    return text


class Label(str):
    """A word or phrase inside a message that is itself translated (a field's name)."""

    __slots__ = ()


class Message:
    """One sentence for a person: its template (the id) and the values it names."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: Any) -> None:
        self.template = template
        self.values = values

    def render(self, translate: Translate = _english) -> str:
        """The sentence, its template and labels looked up with ``translate``."""
        values = {name: _rendered(value, translate) for name, value in self.values.items()}
        text = translate(self.template, MESSAGES)
        if not values:
            return text
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError):  # a translation that mangled a placeholder
            return self.template.format_map(values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash(self.template)

    def to_json(self) -> dict[str, Any]:
        """The message as JSON, to keep it (the sync history) and show it later in any language."""
        return {"t": self.template, "v": {k: _json_value(v) for k, v in self.values.items()}}

    @classmethod
    def from_json(cls, data: Any) -> Message:
        if not (isinstance(data, dict) and isinstance(data.get("t"), str)):
            return cls(str(data))
        values = data.get("v")
        if not isinstance(values, dict):
            values = {}
        return cls(data["t"], **{str(k): _from_json_value(v) for k, v in values.items()})


def _rendered(value: Any, translate: Translate) -> Any:
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, Label):
        return translate(str(value), LABELS)
    if isinstance(value, list | tuple):
        return ", ".join(str(_rendered(item, translate)) for item in value)
    return value


def _json_value(value: Any) -> Any:
    if isinstance(value, Message):
        return {"message": value.to_json()}
    if isinstance(value, Label):
        return {"label": str(value)}
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _from_json_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "message" in value:
            return Message.from_json(value["message"])
        if "label" in value:
            return Label(str(value["label"]))
    if isinstance(value, list):
        return [_from_json_value(item) for item in value]
    return value


class KhdeskError(Exception):
    """A known problem the user can fix: bad input, a missing record, a file that cannot be used.

    Its ``message`` is shown as it is, on one line, so it names the problem and the way forward.
    Anything that is not a ``KhdeskError`` is a bug and is reported with details.
    """

    exit_code = 2

    def __init__(self, message: str | Message, /, **values: Any) -> None:
        self.message = message if isinstance(message, Message) else Message(message, **values)
        super().__init__(str(self.message))

    def __str__(self) -> str:
        return str(self.message)


class InvalidInput(KhdeskError):
    """A value given by the user (or a file) that khdesk cannot accept."""


class NotFound(KhdeskError):
    """A record the user named does not exist."""


class ReadOnly(KhdeskError):
    """A change to something that may no longer change, such as a closed meeting."""


class ChangedMeanwhile(KhdeskError):
    """A record someone else changed between reading it and writing it (another analyst on
    the same database): nothing was written."""


class StorageProblem(KhdeskError):
    """The database or data folder cannot be used as it is (corrupt, newer, unwritable)."""


class DamagedDatabase(StorageProblem):
    """A SQLite database that failed its integrity check at opening, or whose pages SQLite
    cannot read: nothing was written to it, and ``path`` says which file it is."""

    def __init__(self, message: str | Message, /, *, path: object = None, **values: Any) -> None:
        super().__init__(message, path=path, **values)
        self.path = path


class NotInitialised(KhdeskError):
    """This installation has no device identity yet."""
