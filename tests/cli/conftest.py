"""The command line's tests: a private data folder each, and a way to run a command."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "khdesk-data"
    monkeypatch.setenv("KHDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("KHDESK_DB", raising=False)
    return folder
