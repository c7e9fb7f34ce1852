"""A long day of Qt calls does not use up ``None`` or ``True`` (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from khdesk.ui import singletons

DAY_OF_CALLS = textwrap.dedent(
    """
    import sys
    import khdesk.ui
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

    class Relay(QObject):
        arrived = Signal(object)

    app = QCoreApplication([])
    relay = Relay()
    relay.arrived.connect(lambda value: None)
    for n in range(300_000):  # far more than None's and True's references at start
        relay.setObjectName("relay")  # returns None
        relay.arrived.emit(n)  # returns True
    QTimer.singleShot(0, app.quit)
    app.exec()
    print("done")
    """
)


def test_three_hundred_thousand_calls_and_the_exit_do_not_stop_the_process():
    child = subprocess.run(
        [sys.executable, "-c", DAY_OF_CALLS],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[2],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.strip() == "done"
    assert "Fatal Python error" not in child.stderr


def test_the_singletons_are_out_of_reach_where_they_are_mortal():
    if singletons.needed():
        assert sys.getrefcount(None) > singletons.HIGH
        assert sys.getrefcount(True) > singletons.HIGH
    else:  # Python 3.12 and later: immortal already, nothing is changed
        assert singletons.keep_alive() is False
