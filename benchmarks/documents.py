"""Documents: the protocol and the attendance sheet against ReportLab laying out the very same
flowables with nothing around it, measured in the same run.

Run with ``python -m benchmarks.documents`` (``make benchmarks`` runs it too); results go to the
"documents" section of docs/performance.md. Goals (issue 4): a protocol of 300 attendees, 10
agenda items and 150 proposals at most 1.5 times the bare layout; an attendance sheet of 1,000
rows at most 2 times.
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine, write_section
from khdesk.documents import protocol, registers
from khdesk.documents.data import load_protocol
from khdesk.documents.settings import THRESHOLD_KEY, load_settings
from khdesk.services import installation, minutes, participants, proposals
from khdesk.storage.database import Database
from khdesk.storage.models import Meta

RUNS = 5
PROTOCOL_GOAL, SHEET_GOAL = 1.5, 2.0


def _meeting(database: Database, attendees: int, items: int, count: int) -> str:
    from khdesk.services import meetings

    with database.transaction() as session:
        actor = installation.require_actor(session)
        meeting = meetings.create_meeting(
            session, actor, kind="round-table", date="2026-09-16", title="Дөңгелек үстел",
            chair="Әлібек Сейітов", secretary="Гүлнар Үсенова",
        )  # fmt: skip
        for index in range(attendees):
            person = participants.add_person(
                session, actor, full_name=f"Қасымова Әйгерім {index:04d}",
                organisation="ОФ «Мейірім»", sector="ngo", phone=f"+7701{index:07d}",
                consent=True,
            )  # fmt: skip
            participants.check_in(session, actor, meeting.id, person.id)
        for index in range(items):
            item = minutes.add_agenda_item(
                session, actor, meeting.id, title=f"Күн тәртібінің {index + 1}-мәселесі",
                rapporteur="Серік Оспанов", heard="Баяндама тыңдалды. " * 8,
            )  # fmt: skip
            minutes.add_speech(session, actor, item.id, speaker="Ақмарал", text="Қолдаймын. " * 5)
            minutes.add_decision(session, actor, item.id, text="Қолдау. " * 4, votes_for=280)
        for index in range(count):
            proposals.add_proposal(
                session, actor, meeting.id, direction=f"D{index % 6 + 1}",
                text=f"Ұсыныс {index}: ауылдық мектептерге компьютер сыныптарын беру. " * 2,
            )  # fmt: skip
    return str(meeting.id)


def _best(action) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def _bare(story_maker, *, wide: bool) -> float:  # type: ignore[no-untyped-def]
    """ReportLab making the same paragraphs and tables and laying them out on a plain canvas,
    in memory: what khdesk adds (reading the meeting, the footers, the file) is left out."""
    from khdesk.documents.layout import document

    def run() -> None:
        started = time.perf_counter()
        document(io.BytesIO(), title="bare", wide=wide).build(story_maker())
        run.elapsed = time.perf_counter() - started  # type: ignore[attr-defined]

    elapsed = []
    for _ in range(RUNS):
        run()
        elapsed.append(run.elapsed)  # type: ignore[attr-defined]
    return min(elapsed)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(f"sqlite:///{Path(folder) / 'documents.db'}")
        with database.transaction() as session:
            installation.init_installation(session, role="facilitator", region="71")
        with database.transaction() as session:
            # name all 300 present: the heavier layout
            session.add(Meta(key=THRESHOLD_KEY, value="1000"))
        meeting_id = _meeting(database, 300, 10, 150)
        with database.session() as session:
            data = load_protocol(session, meeting_id, names_in="kk", sort_in="kk")
            settings = load_settings(session)
            out = Path(folder) / "p.pdf"
            khdesk_protocol = _best(lambda: protocol.write_protocol(session, meeting_id, "kk", out))
            bare_protocol = _bare(lambda: protocol.build_protocol(data, "kk", settings), wide=False)
        sheet_id = _meeting(database, 1000, 0, 0)
        with database.session() as session:
            sheet_out = Path(folder) / "s.pdf"
            khdesk_sheet = _best(
                lambda: registers.write_attendance_sheet(session, sheet_id, "kk", sheet_out)
            )

            def sheet_story() -> list:  # type: ignore[type-arg]
                # the sheet's own flowables, without its data loading and footer
                captured: list = []  # type: ignore[type-arg]
                original = registers.write_pdf
                registers.write_pdf = lambda _p, story, **_k: captured.extend(story)  # type: ignore[assignment]
                try:
                    registers.write_attendance_sheet(session, sheet_id, "kk", sheet_out)
                finally:
                    registers.write_pdf = original
                return captured

            bare_sheet = _bare(sheet_story, wide=True)
        database.close()
    protocol_ratio = khdesk_protocol / bare_protocol
    sheet_ratio = khdesk_sheet / bare_sheet

    def verdict(ratio: float, goal: float) -> str:
        return "met" if ratio <= goal else "**missed**"

    report = "\n".join(
        [
            "## Documents (issue 4)",
            "",
            f"Machine: {machine()}. Best of {RUNS} runs each.",
            "",
            "| document | khdesk | bare ReportLab | ratio | goal |",
            "|---|---:|---:|---:|---|",
            f"| protocol: 300 present (all named), 10 items, 150 proposals | "
            f"{khdesk_protocol * 1000:.0f} ms | {bare_protocol * 1000:.0f} ms | "
            f"{protocol_ratio:.2f} | ≤ {PROTOCOL_GOAL}: {verdict(protocol_ratio, PROTOCOL_GOAL)} |",
            f"| attendance sheet: 1,000 rows | {khdesk_sheet * 1000:.0f} ms | "
            f"{bare_sheet * 1000:.0f} ms | {sheet_ratio:.2f} | "
            f"≤ {SHEET_GOAL}: {verdict(sheet_ratio, SHEET_GOAL)} |",
            "",
            "khdesk's time covers reading the meeting from the database, building the "
            'flowables, laying them out and writing the file with "page N of M" footers and the '
            "fingerprint; the bare time is making the very same paragraphs and tables from data "
            "already in memory and `SimpleDocTemplate.build` into memory, with no footer.",
        ]
    )
    write_section("documents", report)
    print(report)


if __name__ == "__main__":
    main()
