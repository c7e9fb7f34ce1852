"""Dates and times in the window as papers in Kazakhstan write them, in every language: the
documents print 16.09.2026 and 10:30, and the window shows the same."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

#: Qt's spelling of the day's format, for date fields
DATE_FORMAT = "dd.MM.yyyy"
TIME_FORMAT = "HH:mm"


def day(value: dt.date | None) -> str:
    """16.09.2026; "" for no date."""
    return value.strftime("%d.%m.%Y") if value else ""


def time_of_day(value: dt.time | dt.datetime | None) -> str:
    """10:30; a moment is shown in this computer's time zone; "" for none."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%H:%M")


def moment(value: dt.datetime | None) -> str:
    """16.09.2026 10:30, in this computer's time zone; "" for none."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return f"{day(value.date())} {time_of_day(value)}"


def file_stamp(value: dt.datetime) -> str:
    """20260916-1030: a moment in a file's name, sorting as it happened."""
    return value.strftime("%Y%m%d-%H%M")


def show_as_papers(edit: QDateTimeEdit) -> None:
    """A date field, a time field or both that show their value as the documents write it."""
    if isinstance(edit, QDateEdit):
        edit.setDisplayFormat(DATE_FORMAT)
    elif isinstance(edit, QTimeEdit):
        edit.setDisplayFormat(TIME_FORMAT)
    else:
        edit.setDisplayFormat(f"{DATE_FORMAT} {TIME_FORMAT}")
