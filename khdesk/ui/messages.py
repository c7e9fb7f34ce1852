"""Messages of the services, shown in the interface's language.

The services and the command line speak English, one sentence per problem. Before the window
shows such a sentence, ``translated`` recognises it here and returns it in the interface's
language, with the values it quotes kept as they were. A sentence not in the catalogue is shown
as it is.

How to add one: add a pattern (named groups for the values) and its template with
``QT_TRANSLATE_NOOP("Messages", ...)``; field names quoted by a message go into ``FIELDS``. Then
``make translations`` and translate the new entries.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for translation in ``context``; it is translated when shown."""
    return text


#: (what the service says, how the window says it), most frequent first.
CATALOGUE: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^(?P<field>[\w ,-]+) is empty: type it in\.$"),
        QT_TRANSLATE_NOOP("Messages", "{field} is empty: type it in."),
    ),
    (
        re.compile(
            r"^(?P<field>[\w ,-]+) is (?P<length>[\d,]+) characters long; "
            r"shorten it to at most (?P<limit>[\d,]+)\.$"
        ),
        QT_TRANSLATE_NOOP(
            "Messages", "{field} is {length} characters long; shorten it to at most {limit}."
        ),
    ),
    (
        re.compile(r"^(?P<field>[\w ,-]+) holds control characters: retype it as plain text\."),
        QT_TRANSLATE_NOOP("Messages", "{field} holds control characters: retype it as plain text."),
    ),
    (
        re.compile(r"^e-mail '(?P<value>.*)' is malformed: correct it or leave it empty\.$"),
        QT_TRANSLATE_NOOP(
            "Messages", "e-mail '{value}' is malformed: correct it or leave it empty."
        ),
    ),
    (
        re.compile(r"^phone '(?P<value>.*)' is malformed: write it as .* or leave it empty\.$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "phone '{value}' is malformed: write it as +7 7XX XXX XX XX or leave it empty.",
        ),
    ),
    (
        re.compile(r"^this meeting is closed and read-only: .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "this meeting is closed and read-only: record the correction as an amendment with a "
            "reason.",
        ),
    ),
    (
        re.compile(r"^this person was not checked in: check them in first\.$"),
        QT_TRANSLATE_NOOP("Messages", "this person was not checked in: check them in first."),
    ),
    (
        re.compile(r"^the meeting ends before it starts: correct the times\.$"),
        QT_TRANSLATE_NOOP("Messages", "the meeting ends before it starts: correct the times."),
    ),
    (
        re.compile(r"^a meeting cannot move to another year: create a new one\.$"),
        QT_TRANSLATE_NOOP("Messages", "a meeting cannot move to another year: create a new one."),
    ),
    (
        re.compile(r"^this installation records the meetings of region (?P<own>\d+); .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "this installation records the meetings of region {own}; a meeting of another "
            "region is recorded on that region's installation.",
        ),
    ),
    (
        re.compile(r"^section (?P<code>\S+) belongs to direction (?P<direction>\S+), not .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "section {code} belongs to direction {direction}: pick a section of the same "
            "direction.",
        ),
    ),
    (
        re.compile(r"^votes? (?P<field>for|against) is (?P<value>-\d+); .*$|^abstentions is .*$"),
        QT_TRANSLATE_NOOP("Messages", "a count cannot be negative."),
    ),
    # bundles
    (
        re.compile(r"^(?P<count>\d+) records differ from the same version already stored: .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "{count} records differ from the same version already stored: the stored ones were "
            "kept; the bundle is in inbox/imported for review.",
        ),
    ),
    (
        re.compile(r"^the bundle cannot be decrypted: .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "the bundle cannot be decrypted: it is damaged, cut short, or not addressed to this "
            "headquarters; ask the region to export it again.",
        ),
    ),
    (
        re.compile(r"^the bundle comes from a device that is not enrolled .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "the bundle comes from a device that is not enrolled (or was revoked): enrol its "
            "card, then import the bundle again.",
        ),
    ),
    (
        re.compile(r"^the file is not a khdesk bundle .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "the file is not a khdesk bundle (or it is cut short or damaged): ask the sender to "
            "export it again.",
        ),
    ),
    (
        re.compile(r"^the bundle's (signature|entry|contents|manifest) .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "the bundle was altered or damaged on the way: ask the sender to export it again.",
        ),
    ),
    (
        re.compile(r"^this installation does not hold headquarters' key yet: .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "this installation does not hold headquarters' key yet: import a reference bundle "
            "from headquarters first.",
        ),
    ),
    # rows of imported files
    (
        re.compile(r"^no name: type the person's full name, or leave the row out\.$"),
        QT_TRANSLATE_NOOP(
            "Messages", "no name: type the person's full name, or leave the row out."
        ),
    ),
    (
        re.compile(r"^the phone is malformed: .*$"),
        QT_TRANSLATE_NOOP(
            "Messages", "the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty."
        ),
    ),
    (
        re.compile(r"^the e-mail is malformed: correct it or leave it empty\.$"),
        QT_TRANSLATE_NOOP("Messages", "the e-mail is malformed: correct it or leave it empty."),
    ),
    (
        re.compile(r"^the same person as line (?P<line>\d+)$"),
        QT_TRANSLATE_NOOP("Messages", "the same person as line {line}"),
    ),
    (
        re.compile(r"^unknown sector '(?P<value>.*)': .*$"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "unknown sector '{value}': write a sector's code or name, or map it above.",
        ),
    ),
    (
        re.compile(r"^no text: type the proposal or comment, or leave the row out\.$"),
        QT_TRANSLATE_NOOP(
            "Messages", "no text: type the proposal or comment, or leave the row out."
        ),
    ),
    (
        re.compile(r"^unknown direction '(?P<value>.*)': .*$"),
        QT_TRANSLATE_NOOP(
            "Messages", "unknown direction '{value}': write D1 to D6 or the direction's name."
        ),
    ),
    (
        re.compile(r"^no direction: .*$"),
        QT_TRANSLATE_NOOP("Messages", "no direction: write D1 to D6 or the direction's name."),
    ),
    (
        re.compile(r"^unknown prospectus section '(?P<value>.*)': .*$"),
        QT_TRANSLATE_NOOP(
            "Messages", "unknown prospectus section '{value}': write a code such as D2.3."
        ),
    ),
]

#: Field names that messages quote, in the interface's language.
FIELDS = {
    "title": QT_TRANSLATE_NOOP("Messages", "the title"),
    "full name": QT_TRANSLATE_NOOP("Messages", "the full name"),
    "organisation": QT_TRANSLATE_NOOP("Messages", "the organisation"),
    "position": QT_TRANSLATE_NOOP("Messages", "the position"),
    "place": QT_TRANSLATE_NOOP("Messages", "the place"),
    "chair": QT_TRANSLATE_NOOP("Messages", "the chair"),
    "secretary": QT_TRANSLATE_NOOP("Messages", "the secretary"),
    "agenda item": QT_TRANSLATE_NOOP("Messages", "the agenda item"),
    "speaker": QT_TRANSLATE_NOOP("Messages", "the speaker"),
    "speech": QT_TRANSLATE_NOOP("Messages", "the speech"),
    "heard": QT_TRANSLATE_NOOP("Messages", "the report (HEARD)"),
    "decision": QT_TRANSLATE_NOOP("Messages", "the decision"),
    "proposal text": QT_TRANSLATE_NOOP("Messages", "the text of the proposal"),
    "question": QT_TRANSLATE_NOOP("Messages", "the question"),
    "answer": QT_TRANSLATE_NOOP("Messages", "the answer"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translated(message: str) -> str:
    """``message`` in the interface's language, when the catalogue knows it."""
    for pattern, template in CATALOGUE:
        match = pattern.match(message)
        if match is None:
            continue
        values = {
            name: _tr(FIELDS[value]) if name == "field" and value in FIELDS else value
            for name, value in match.groupdict().items()
            if value is not None
        }
        try:
            return _tr(template).format(**values)
        except (KeyError, IndexError):  # a translation that lost a placeholder: say it in English
            return message
    return message
