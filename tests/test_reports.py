"""The log and crash reports keep what a developer needs and nothing that names a person."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from khdesk import reports
from khdesk.domain.errors import InvalidInput

NAME, PHONE, EMAIL = "Жұмабекова Іңкәр Серікқызы", "+7 (701) 234-56-78", "Inkar.Z@mail.kz"
LATIN_NAME = "Inkar Zhumabekova"


def personal_values() -> list[str]:
    digits = "".join(ch for ch in PHONE if ch.isdigit())
    return [*NAME.split(), PHONE, digits, digits[1:], "234-56-78", EMAIL, EMAIL.lower(), "Inkar"]


def assert_nothing_personal(text: str) -> None:
    for value in personal_values():
        assert value.lower() not in text.lower(), value


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = reports.configure_logging(tmp_path / "log")
    assert path is not None
    yield path
    reports.stop_logging()


def _fail_with_personal_data() -> None:
    person = {"name": NAME, "phone": PHONE}
    raise RuntimeError(f"cannot seat {person['name']} ({person['phone']}, {EMAIL}), {LATIN_NAME}")


def _caught() -> RuntimeError:
    try:
        _fail_with_personal_data()
    except RuntimeError as error:
        return error
    raise AssertionError("the function did not fail")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"{NAME} called from {PHONE}", "called from <number>"),
        (f"write to {EMAIL} today", "write to <e-mail> today"),
        (f"{LATIN_NAME} signed", "… signed"),
        ("ZHUMABEKOVA Inkar signed", "… signed"),
        ("unknown sector 'Мейірім': use one of ngo, business", "unknown sector '…'"),
        ("UNIQUE constraint failed: person.id", "UNIQUE constraint failed: person.id"),
        ("Internal C++ object (PySide6.QtWidgets.QLabel) already deleted.", "Internal C++ object"),
        ("row 12 of 40", "row 12 of 40"),
    ],
)
def test_scrub_removes_personal_data_and_keeps_the_rest(text: str, kept: str) -> None:
    scrubbed = reports.scrub(text)
    assert kept in scrubbed
    assert_nothing_personal(scrubbed)


def test_paths_under_the_home_folder_lose_the_home_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HOME", "/home/inkar")
    assert reports.scrub("/home/inkar/khdesk/data/khdesk.db") == "~/khdesk/data/khdesk.db"


def test_a_crash_report_has_versions_and_frames_and_no_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the tests live under this folder: as the home folder it must vanish from the report
    home = str(Path(__file__).resolve().parents[1])
    monkeypatch.setenv("HOME", home)
    error = _caught()
    report = reports.write_crash_report(tmp_path / "crash-reports", error, where="the window")
    assert report is not None and report.parent == tmp_path / "crash-reports"
    text = report.read_text(encoding="utf-8")
    for line in ("in: the window", "khdesk: ", "python: ", "sqlite: ", "schema: "):
        assert line in text
    assert "in _fail_with_personal_data" in text
    assert "builtins.RuntimeError: cannot seat" in text
    assert 'File "~/tests/test_reports.py"' in text
    assert home not in text
    assert_nothing_personal(text)


def test_a_known_problem_is_reported_by_its_template_without_values() -> None:
    error = InvalidInput("the phone {phone} is not a phone number: type it again.", phone=PHONE)
    assert reports.describe(error) == (
        "khdesk.domain.errors.InvalidInput: the phone {phone} is not a phone number: type it again."
    )


def test_what_led_to_an_error_is_in_the_report_too() -> None:
    try:
        try:
            _fail_with_personal_data()
        except RuntimeError as inner:
            raise LookupError(f"no seat for {NAME}") from inner
    except LookupError as outer:
        text = reports.traceback_text(outer)
    assert text.index("RuntimeError") < text.index("which led to:") < text.index("LookupError")
    assert_nothing_personal(text)


def test_a_report_of_a_stop_without_exception_says_where_python_was(tmp_path: Path) -> None:
    import traceback

    text = reports.report_text(
        RuntimeError("the GL context is lost"), where="Qt", stack=traceback.extract_stack()
    )
    assert "Python was here:" in text
    assert "in test_a_report_of_a_stop_without_exception_says_where_python_was" in text


def test_a_report_that_cannot_be_written_returns_none(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert reports.write_crash_report(blocker / "crash-reports", _caught()) is None


def test_the_log_is_scrubbed_and_names_the_thread(log_file: Path) -> None:
    log = logging.getLogger("khdesk.services.sync")
    log.error("bundle of %s failed, call %s", NAME, PHONE)
    try:
        _fail_with_personal_data()
    except RuntimeError:
        log.exception("import failed")
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR khdesk.services.sync MainThread: bundle of … … … failed" in text
    assert "import failed" in text and "RuntimeError" in text
    assert_nothing_personal(text)


def test_text_already_scrubbed_keeps_its_file_names_in_the_log(log_file: Path) -> None:
    logging.getLogger("khdesk.ui.crash").error(
        "internal error\n%s", reports.traceback_text(_caught()), extra={"scrubbed": True}
    )
    text = log_file.read_text(encoding="utf-8")
    assert 'test_reports.py", line' in text
    assert_nothing_personal(text)


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(
    log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "khdesk", False))
    monkeypatch.setattr(handler, "maxBytes", 2_000)
    log = logging.getLogger("khdesk.test")
    for number in range(400):
        log.info("line %d of a long session", number)
    files = sorted(log_file.parent.glob(f"{reports.LOG_FILE}*"))
    assert len(files) == reports.LOG_FILES + 1
    assert all(path.stat().st_size <= 2_200 for path in files)


def test_the_log_folder_comes_from_the_environment_when_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(reports.LOG_DIR_VARIABLE, str(tmp_path / "logs"))
    assert reports.log_folder() == tmp_path / "logs"
    monkeypatch.delenv(reports.LOG_DIR_VARIABLE)
    assert reports.log_folder().name in ("log", "Logs", "khdesk")


def test_configuring_twice_keeps_one_file_and_stopping_closes_it(tmp_path: Path) -> None:
    root = logging.getLogger()
    level = root.level
    first = reports.configure_logging(tmp_path / "a")
    second = reports.configure_logging(tmp_path / "b")
    try:
        assert reports.log_file() == second != first
        assert sum(1 for h in root.handlers if getattr(h, "khdesk", False)) == 1
    finally:
        reports.stop_logging()
    assert reports.log_file() is None
    assert root.level == level


def test_an_unwritable_log_folder_leaves_khdesk_without_a_log(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert reports.configure_logging(blocker / "log") is None
    assert reports.log_file() is None
