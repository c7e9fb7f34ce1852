"""Takes the README's screenshots of khdesk's screens (``make screenshots``, under Xvfb).

    python docs/screenshots/take_screenshots.py [kk|ru|en] [--out FOLDER]

It fills a throw-away data folder as a user would: the welcome dialog, the seed demo, a round
table set up, its roster imported, people checked in, minutes and proposals written. Every
database read and write goes through the window's operations (``context.operations``), under the
qasync event loop the application runs; before each screenshot the script waits until no
operation is running and nothing more arrives, then until two grabs in a row are the same (a PDF
preview renders its pages after it is loaded). The PNGs are written beside this file unless
``--out`` names another folder.

The main window is 1366×740, to fit a 1366×768 laptop screen with its title bar; dialogs keep the
size they give themselves.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from khdesk.paths import DataFolder
from khdesk.services import (
    demo,
    derived,
    devices,
    installation,
    meetings,
    minutes,
    proposals,
    sync,
)
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.crash import CrashDialog
from khdesk.ui.dialogs import MeetingDialog, WelcomeDialog
from khdesk.ui.documents_dialog import DocumentsDialog
from khdesk.ui.i18n import LANGUAGES, install_language
from khdesk.ui.import_dialog import ImportDialog
from khdesk.ui.main_window import MainWindow
from khdesk.ui.participants_tab import ParticipantsTab, WalkInDialog
from khdesk.ui.settings_dialog import DocumentSettingsDialog
from khdesk.ui.sync_ui import ResultsDialog
from khdesk.ui.tasks import collect_on_the_gui_thread

HERE = Path(__file__).resolve().parent
#: the main window: a 1366×768 laptop screen less a title bar
WINDOW_SIZE = (1366, 740)
#: how long one wait may take on a busy machine before the script gives up
PATIENCE = 300.0
ROSTER = (
    "Т.А.Ә.;Ұйым;Сектор;Телефон;Эл. пошта;Келісім\n"
    "Сәрсенбаева Ләззат Болатқызы;ҚҚ «Шаңырақ»;ҮЕҰ / азаматтық қоғам;+7 701 111 22 33;;иә\n"
    ";ТОО «Береке»;Бизнес;;;иә\n"
    "Ким Ольга Викторовна;Акимат г. Астаны;local_gov;;olga@;да\n"
    "Өтегенов Ержан Серікұлы;ТОО «Ертіс Сервис»;Бизнес;8 702 444 55 66;;иә\n"
    "Иванов Сергей;Эксперт;учёный;;;да\n"
    "Нұрланова Гүлнар Асқарқызы;Жастар ресурстық орталығы;жастар;;;иә\n"
    "Жұмабеков Арман;Жастар ресурстық орталығы;жастар;;;иә\n"
)
CHECKED_IN = ("Сәрсенбаева Ләззат Болатқызы", "Өтегенов Ержан Серікұлы")
#: the amendments typed at the round table, to the Declaration's second paragraph and after its third
AMENDED_KK = (
    "Қордың алты бағыты бойынша жобалар ашық, есепті, әр өңірдің қажеттілігіне сай және "
    "ауыл тұрғындарына қолжетімді болуы тиіс."
)
ADDED_KK = "Қор әр өңірде жыл сайын жұртшылыққа есеп береді."


# --- waiting ----------------------------------------------------------------------------------
class Bugs:
    """Errors that reached ``sys.excepthook`` (an operation's bug, a slot that raised): printed
    at once, and the script fails at the end instead of taking screenshots of a broken window."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        self.seen.append(text)
        print(text, file=sys.stderr, flush=True)


async def settle(context: AppContext, *, quiet: float = 0.3) -> None:
    """Wait until every operation asked for has run and its result reached the window, and
    nothing more arrives for ``quiet`` seconds (a result may start another operation: a write
    brings a new snapshot, a snapshot a search). Qt's events are processed meanwhile: the qasync
    loop runs them while this coroutine sleeps."""
    deadline = time.monotonic() + PATIENCE
    calm_since: float | None = None
    while True:
        await asyncio.sleep(0.02)
        now = time.monotonic()
        if context.operations.idle():
            calm_since = calm_since or now
            if now - calm_since >= quiet:
                return
        else:
            calm_since = None
        if now > deadline:
            raise TimeoutError("the window's operations did not finish")


async def until(
    context: AppContext, condition: Callable[[], object], what: str, seconds: float = PATIENCE
) -> None:
    """Wait for ``condition()`` (a dialog shown, a preview ready), then for the operations."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"never happened: {what}")
        await asyncio.sleep(0.05)
    await settle(context)


async def save(context: AppContext, widget: QWidget, out: Path, name: str) -> None:
    """Save ``widget`` as ``name``.png once the window is idle and two grabs agree."""
    await settle(context)
    previous: QImage | None = None
    for _ in range(80):
        image = widget.grab().toImage()
        if previous is not None and image == previous:
            break
        previous = image
        await asyncio.sleep(0.25)
    target = out / f"{name}.png"
    if not image.save(str(target)):
        raise OSError(f"{target} could not be written")
    print(f"{target.name}: {image.width()}×{image.height()}", flush=True)


def find(parent: QWidget, kind: type[Any]) -> Any:
    """The visible dialog of ``kind`` opened over ``parent`` (None while there is none)."""
    for child in parent.findChildren(kind):
        if child.isVisible():
            return child
    return None


# --- what a user would have typed (plain functions: they run as the window's operations) -----
def _write_demo(database: Any) -> None:
    with database.transaction() as session:
        demo.write_campaign(session, installation.require_actor(session))


def _write_minutes_and_proposals(work: Any, meeting_id: str) -> None:
    session, actor = work.session, work.actor
    item = minutes.add_agenda_item(
        session, actor, meeting_id, title="Қордың проспектісі туралы",
        rapporteur="Әлібек Сейітов",
        heard="Қордың алты бағыты мен проспектінің 42 бөлімі таныстырылды.",
    )  # fmt: skip
    minutes.add_speech(
        session, actor, item.id, speaker="Сәрсенбаева Ләззат Болатқызы",
        text="Ауыл мектептерін жабдықтауды бірінші кезекке қою керек.",
    )  # fmt: skip
    minutes.add_speech(
        session, actor, item.id, speaker="Өтегенов Ержан Серікұлы",
        text="Шағын бизнеске арналған гранттарды өңірлерде де ашу қажет.",
    )  # fmt: skip
    minutes.add_decision(
        session, actor, item.id, text="Қатысушылардың ұсыныстарын қолдап, қорға жіберу.",
        votes_for=2, votes_against=0, votes_abstained=0,
    )  # fmt: skip
    proposals.add_proposal(
        session, actor, meeting_id, text="Ауылдық мектептерге компьютер сыныптарын беру.",
        direction="D1", section="D1.1", author_name="Сәрсенбаева Ләззат Болатқызы",
        organisation="ҚҚ «Шаңырақ»", agenda_item_id=item.id,
    )  # fmt: skip
    proposals.add_proposal(
        session, actor, meeting_id, text="Үкіметтік емес ұйымдар қызметкерлерін оқыту.",
        direction="D2", section="D2.5", kind="comment", author_name="Өтегенов Ержан Серікұлы",
        organisation="ТОО «Ертіс Сервис»", agenda_item_id=item.id,
    )  # fmt: skip


def _write_fake_crash_report(folder: Path) -> tuple[Path, str]:
    """A report as the crash path writes one (no crash happens: the file is written here)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    text = (
        f"khdesk crash report, {dt.datetime.now().astimezone().isoformat(timespec='seconds')}\n"
        "in: the GUI thread\n\n"
        '  File "khdesk/ui/minutes_tab.py", line 1, in show_snapshot\n'
        "RuntimeError: a screenshot's example, not a real crash\n"
    )
    path.write_text(text, encoding="utf-8")
    return path, text


# --- the screens ------------------------------------------------------------------------------
async def shoot(language: str, out: Path) -> None:
    folder = DataFolder(Path(tempfile.mkdtemp(prefix="khdesk-shots-"))).prepare()
    database = Database.open(f"sqlite:///{folder.root / 'khdesk.db'}")
    context = AppContext(database=database, data_dir=folder.root, language=language)
    try:
        await the_round_table(context, folder, language, out)
        await sync_history(language, out)
        await headquarters(language, out)
    finally:
        context.operations.shutdown()
        database.close()


async def the_round_table(
    context: AppContext, folder: DataFolder, language: str, out: Path
) -> None:
    # first start: who uses this computer (the dialog writes the installation's identity)
    welcome = WelcomeDialog(context)
    welcome.ui.nameEdit.setText("Әйгерім Қасымова")
    welcome.ui.regionCombo.setCurrentIndex(welcome.ui.regionCombo.findData("71"))
    welcome.show()
    await save(context, welcome, out, f"{language}-welcome")
    welcome.ui.roleCombo.setCurrentIndex(welcome.ui.roleCombo.findData("facilitator"))
    welcome.accept()
    await until(context, lambda: welcome.result() == QDialog.DialogCode.Accepted, "welcome")
    context.reload_installation()
    await settle(context)
    context.operations.job(_write_demo)
    await settle(context)

    window = MainWindow(context)
    window.resize(*WINDOW_SIZE)
    window.move(0, 0)
    window.show()
    await until(context, lambda: window.meeting_total > 0, "the meetings listed")
    await save(context, window, out, f"{language}-meetings")

    # a round table of today, set up through the window (Ctrl+N) and under way
    window.new_action.trigger()
    dialog = find(window, MeetingDialog)
    dialog.ui.titleEdit.setText("Дөңгелек үстел: қордың проспектісіне ұсыныстар")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("round-table"))
    dialog.ui.regionCombo.setCurrentIndex(dialog.ui.regionCombo.findData("71"))
    dialog.ui.placeEdit.setText("Астана, Тәуелсіздік даңғылы, 8, мәжіліс залы")
    dialog.ui.chairEdit.setText("Әлібек Сейітов")
    dialog.ui.secretaryEdit.setText("Гүлнар Үсенова")
    await save(context, dialog, out, f"{language}-new-meeting")
    dialog.accept()
    await until(context, lambda: window.meeting_view is not None, "the new meeting open")
    view = window.meeting_view
    assert view is not None
    meeting_id = view.meeting_id
    await until(context, lambda: view.model.snapshot is not None, "the meeting read")

    # its roster: previewed (nothing written yet), then imported without marking anyone present
    view.tabs.setCurrentIndex(1)
    tab: ParticipantsTab = view.participants
    roster = folder.root / "тізім.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    importer = ImportDialog(context, meeting_id, "roster", roster, tab)
    importer.show()
    await importer.begin()
    await until(context, importer.import_button.isEnabled, "the roster previewed")
    await save(context, importer, out, f"{language}-roster-preview")
    importer.option_inputs["present"].setChecked(False)
    report = await importer.apply()
    assert report is not None, importer.summary.text()
    await until(context, importer.showing_summary, "the import summed up")
    await save(context, importer, out, f"{language}-roster-summary")
    importer.close_button.click()
    await settle(context)
    await until(
        context, lambda: tab.attendance_model.rowCount() == report.created, "the roster listed"
    )

    # check-in: two people of the roster found by name and checked in; then a name typed
    for name in CHECKED_IN:
        tab.search.setText(name)
        await settle(context)
        rows = [tab.results_model.row_values(r) for r in range(tab.results_model.rowCount())]
        row = next(i for i, values in enumerate(rows) if values[1] == name)
        tab.results.selectRow(row)
        tab.check_in_selected()
        await until(context, lambda: not tab.search.text(), f"{name} checked in")
    tab.search.setText("Қасым")
    await until(context, lambda: tab.results_model.rowCount() > 0, "the search answered")
    await save(context, window, out, f"{language}-check-in")

    # a walk-in whose name looks like someone known: the dialog warns once the name is entered
    tab.search.setText("Касымов Акжол Серикулы")
    await settle(context)
    tab.add_walk_in()
    walk_in = find(tab, WalkInDialog)
    walk_in.name_edit.editingFinished.emit()  # as when the cursor leaves the name
    await settle(context)
    if not walk_in.warning.text():
        print("note: the walk-in dialog found nobody like that name", flush=True)
    await save(context, walk_in, out, f"{language}-walk-in")
    walk_in.reject()
    tab.search.clear()

    # the close check list before the minutes: what the protocol still lacks
    view.tabs.setCurrentIndex(7)
    await settle(context)
    await save(context, window, out, f"{language}-close")

    # the minutes and proposals, written as the secretary would have typed them
    context.operations.write(_write_minutes_and_proposals, meeting_id)
    await until(
        context,
        lambda: view.model.snapshot is not None and len(view.model.snapshot.proposals) == 2,
        "the minutes and proposals read",
    )
    view.tabs.setCurrentIndex(2)
    await save(context, window, out, f"{language}-minutes")
    view.tabs.setCurrentIndex(3)
    await save(context, window, out, f"{language}-proposals")

    # the Declaration read with numbered lines, one amendment recorded and the next being typed
    view.tabs.setCurrentIndex(6)
    amendments = view.amendments
    await until(context, lambda: amendments.document_combo.count() > 0, "the documents listed")
    amendments.paragraph_box.setValue(2)
    lines = [row.split()[0] for row in amendments.text.toPlainText().splitlines() if "¶2" in row]
    amendments.lines_edit.setText(f"{lines[0]}-{lines[-1]}")
    amendments.wording.setPlainText(AMENDED_KK)
    amendments.proposer_edit.setText(CHECKED_IN[0])
    for box, votes in zip(amendments.votes, (2, 0, 0), strict=True):  # the two checked in
        box.setValue(votes)
    amendments.record()
    await until(context, lambda: amendments.list.count() == 1, "the amendment recorded")
    amendments.action_combo.setCurrentIndex(amendments.action_combo.findData("add"))
    amendments.paragraph_box.setValue(3)
    amendments.wording.setPlainText(ADDED_KK)
    await save(context, window, out, f"{language}-amendments")

    # the protocol, previewed as it will print
    view.show_documents()
    documents = find(view, DocumentsDialog)
    await until(context, lambda: documents.path is not None, "the protocol previewed")
    await until(context, lambda: documents.pdf.pageCount() > 0, "the protocol loaded")
    await save(context, documents, out, f"{language}-documents")
    documents.close()
    await settle(context)

    # everyone known to this installation
    window.show_persons()
    page = window.persons_page
    assert page is not None
    await until(context, lambda: page.model.rowCount() > 0, "the persons listed")
    await save(context, window, out, f"{language}-persons")

    # Settings → Documents…
    window.documents_action.trigger()
    await until(context, lambda: find(window, DocumentSettingsDialog) is not None, "settings")
    settings = find(window, DocumentSettingsDialog)
    await save(context, settings, out, f"{language}-settings")
    settings.reject()

    # the crash dialog as the crash path shows it for a bug (crash.CrashHandler._show_crash),
    # with a report file in the throw-away data folder; nothing crashes
    report_path, report_text = _write_fake_crash_report(folder.crash_reports)
    crash = CrashDialog(
        report_path, report_text, saved=True, log_file=None, quit=lambda: None, parent=window
    )
    crash.setWindowModality(Qt.WindowModality.WindowModal)
    QTimer.singleShot(0, crash, crash.present)
    await until(context, crash.isVisible, "the crash dialog")
    await save(context, crash, out, f"{language}-crash")
    crash.accept()

    window.show_list()
    await settle(context)
    window.close()
    await settle(context)


async def sync_history(language: str, out: Path) -> None:
    """Headquarters' sync history after a region's bundle, twice, and a damaged file."""
    base = Path(tempfile.mkdtemp(prefix="khdesk-shots-sync-"))
    sites = {}
    for name, role, region in (("hq", "hq", None), ("region", "facilitator", "61")):
        root = DataFolder(base / name).prepare()
        database = Database.open(f"sqlite:///{root.root / 'khdesk.db'}")
        with database.transaction() as session:
            installation.init_installation(
                session, role=role, region=region, name="Әйгерім", keys_dir=root.keys
            )
        sites[name] = (database, root)
    (hq, hq_folder), (region, region_folder) = sites["hq"], sites["region"]
    try:
        with hq.transaction() as session, region.session() as other:
            devices.enroll(session, devices.this_card(other))
            sync.export_reference(session, hq_folder.keys, base / "reference.khr")
        with region.transaction() as session:
            sync.import_reference(session, base / "reference.khr")
            actor = installation.require_actor(session)
            meeting = meetings.create_meeting(
                session, actor, kind="round-table", date="2026-10-01", title="Түркістан"
            )
            proposals.add_proposal(session, actor, meeting.id, text="Ұсыныс", direction="D1")
        sync.export_changes(region, region_folder, base / "Түркістан-01.khb")
        (base / "бүлінген.khb").write_bytes(b"damaged")
        for path in ("Түркістан-01.khb", "бүлінген.khb", "Түркістан-01.khb"):
            sync.import_file(hq, base / path, hq_folder)

        context = AppContext(database=hq, data_dir=hq_folder.root, language=language)
        window = MainWindow(context)
        window.resize(*WINDOW_SIZE)
        window.show()
        try:
            await settle(context)
            window.sync_actions["history"].trigger()
            await until(context, lambda: find(window, ResultsDialog) is not None, "the history")
            dialog = find(window, ResultsDialog)
            await save(context, dialog, out, f"{language}-sync-history")
            dialog.close()
            window.close()
            await settle(context)
        finally:
            context.operations.shutdown()
    finally:
        hq.close()
        region.close()


def _review_some(database: Any) -> None:
    """Headquarters' review under way: one proposal in three taken into review, one in six of
    them accepted into its own section."""
    from sqlmodel import select

    from khdesk.services import review
    from khdesk.storage.models import Proposal

    with database.transaction() as session:
        actor = installation.require_actor(session)
        found = session.exec(select(Proposal).where(Proposal.deleted == False)).all()  # noqa: E712
        ordered = sorted(found, key=lambda proposal: proposal.id)
        taken = [proposal for number, proposal in enumerate(ordered) if number % 3 == 0]
        review.review_proposals(
            session, actor, [p.id for p in taken], review.ReviewChange(status="under-review")
        )
        for proposal in taken[::2]:
            if proposal.section_code:
                review.set_review(
                    session,
                    actor,
                    proposal.id,
                    review.ReviewChange(status="accepted", section=proposal.section_code),
                )


async def headquarters(language: str, out: Path) -> None:
    """Headquarters' home on its dashboard, over the demo campaign with a review under way."""
    folder = DataFolder(Path(tempfile.mkdtemp(prefix="khdesk-shots-hq-"))).prepare()
    database = Database.open(f"sqlite:///{folder.root / 'khdesk.db'}")
    with database.transaction() as session:
        installation.init_installation(
            session, role="hq", region=None, name="Әйгерім", keys_dir=folder.keys
        )
    _write_demo(database)
    _review_some(database)
    derived.refresh(database)  # as after a bundle import: similar proposals, persons' identities
    context = AppContext(database=database, data_dir=folder.root, language=language)
    try:
        window = MainWindow(context)
        window.resize(*WINDOW_SIZE)
        window.move(0, 0)
        window.show()
        assert window.home is not None
        page = window.home.page("dashboard")
        await until(context, lambda: getattr(page, "figures", None) is not None, "the figures")
        await save(context, window, out, f"{language}-hq-dashboard")

        # the review of proposals, a proposal chosen and its detail beside the list
        proposals = window.home.show_page("proposals")
        await until(context, lambda: proposals.model.rowCount() > 0, "the proposals listed")
        proposals.table.setFocus()
        proposals.table.selectRow(1)
        await settle(context)
        await save(context, window, out, f"{language}-hq-proposals")

        # the reference data and the regions with their devices
        window.home.show_page("reference")
        await settle(context)
        await save(context, window, out, f"{language}-hq-reference")
        window.home.show_page("devices")
        await settle(context)
        await save(context, window, out, f"{language}-hq-devices")

        # the groups of similar proposals, the largest chosen with its proposals side by side
        similar = window.home.show_page("similar")
        await until(context, lambda: similar.list.count() > 0, "the groups of similar proposals")
        similar.list.setFocus()
        similar.list.setCurrentRow(0)
        await settle(context)
        await save(context, window, out, f"{language}-hq-similar")

        # the persons that may be one, in review
        persons = window.home.show_page("same-persons")
        await until(context, lambda: persons.pairs.count() > 0, "the pairs of persons")
        persons.pairs.setFocus()
        persons.pairs.setCurrentRow(0)
        await settle(context)
        await save(context, window, out, f"{language}-hq-same-persons")

        # the prospectus draft's dialog
        from khdesk.ui.hq.prospectus_dialog import show_prospectus_dialog

        # the campaign's documents: the Appeal's amendments from the regions, one chosen
        documents = window.home.show_page("documents")
        await until(context, lambda: documents.documents.count() > 1, "the documents listed")
        documents.documents.setCurrentRow(1)
        await until(context, lambda: documents.tree.topLevelItemCount() > 0, "the amendments")
        documents.tree.setFocus()
        documents.tree.setCurrentItem(
            next(
                documents.tree.topLevelItem(i).child(0)
                for i in range(documents.tree.topLevelItemCount())
                if documents.tree.topLevelItem(i).childCount()
            )
        )
        await settle(context)
        await save(context, window, out, f"{language}-hq-documents")

        # a new document being written, its two texts side by side
        from khdesk.ui.hq.document_drafting import NewDocumentDialog

        documents.new_document()
        writing = find(documents, NewDocumentDialog)
        writing.kind.setCurrentIndex(writing.kind.findData("resolution"))
        writing.title_kk.setText("Ауыл мектептері туралы қарар")
        writing.title_ru.setText("Резолюция о сельских школах")
        writing.text_kk.setPlainText(
            "Ауыл мектептерін жөндеуге және жабдықтауға қаражат бөлуді ұсынамыз.\n\n"
            "Әр өңірде ұстаздарға тұрғын үй беру бағдарламасын қолдаймыз."
        )
        writing.text_ru.setPlainText(
            "Предлагаем выделить средства на ремонт и оснащение сельских школ.\n\n"
            "Поддерживаем программу жилья для учителей в каждом регионе."
        )
        await settle(context)
        await save(context, writing, out, f"{language}-hq-new-document")
        writing.reject()

        dialog = show_prospectus_dialog(context, window)
        await settle(context)
        await save(context, dialog, out, f"{language}-hq-prospectus")
        dialog.close()
        window.close()
        await settle(context)
    finally:
        context.operations.shutdown()
        database.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", nargs="?", default="kk", choices=list(LANGUAGES))
    parser.add_argument("--out", type=Path, default=HERE, help="where the PNGs go")
    options = parser.parse_args(argv)
    out: Path = options.out
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    app.setApplicationName("khdesk-screenshots")  # its settings are not the user's
    app.setQuitOnLastWindowClosed(False)  # the welcome closes before the window opens
    collect_on_the_gui_thread()  # as the application: Qt objects are freed on this thread only
    install_language(options.language)
    bugs = Bugs()
    sys.excepthook = bugs
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(options.language, out))
    QCoreApplication.processEvents()
    if bugs.seen:
        print(f"{len(bugs.seen)} errors while taking the screenshots", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
