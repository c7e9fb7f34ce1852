"""Takes the README's screenshots of khdesk's main screens (``make screenshots``, under Xvfb).

It fills a throw-away data folder with the seed demo, opens the window in the chosen language and
saves each screen as PNG beside this file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from khdesk.paths import DataFolder
from khdesk.services import demo, devices, installation, meetings, minutes, proposals, sync
from khdesk.storage.database import Database
from khdesk.ui.context import AppContext
from khdesk.ui.dialogs import MeetingDialog, WelcomeDialog
from khdesk.ui.i18n import install_language
from khdesk.ui.import_dialog import ImportDialog
from khdesk.ui.main_window import MainWindow
from khdesk.ui.participants_tab import WalkInDialog
from khdesk.ui.sync_ui import ResultsDialog, show_history
from khdesk.ui.tasks import start

OUT = Path(__file__).resolve().parent
ROSTER = (
    "Т.А.Ә.;Ұйым;Сектор;Телефон;Эл. пошта;Келісім\n"
    "Сәрсенбаева Ләззат Болатқызы;ҚҚ «Шаңырақ»;ҮЕҰ / азаматтық қоғам;+7 701 111 22 33;;иә\n"
    ";ТОО «Береке»;Бизнес;;;иә\n"
    "Ким Ольга Викторовна;Акимат г. Астаны;local_gov;;olga@;да\n"
    "Өтегенов Ержан Серікұлы;ТОО «Ертіс Сервис»;Бизнес;8 702 444 55 66;;иә\n"
    "Иванов Сергей;Эксперт;учёный;;;да\n"
)


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


def main(language: str = "kk") -> None:
    app = QApplication(sys.argv[:1])
    install_language(language)
    folder = Path(tempfile.mkdtemp(prefix="khdesk-shots-"))
    database = Database.open(f"sqlite:///{folder / 'khdesk.db'}")
    context = AppContext(database=database, data_dir=folder, language=language)

    welcome = WelcomeDialog(context)
    welcome.ui.nameEdit.setText("Әйгерім Қасымова")
    welcome.ui.regionCombo.setCurrentIndex(welcome.ui.regionCombo.findData("71"))
    welcome.show()
    save(welcome, f"{language}-welcome")
    welcome.close()

    with database.transaction() as session:
        installation.init_installation(session, role="hq", name="Әйгерім Қасымова")
        demo.write_campaign(session, installation.require_actor(session))
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    save(window, f"{language}-meetings")

    # a round table of today, set up and under way
    dialog = MeetingDialog(context, parent=window)
    dialog.ui.titleEdit.setText("Дөңгелек үстел: қордың проспектісіне ұсыныстар")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("round-table"))
    dialog.ui.regionCombo.setCurrentIndex(dialog.ui.regionCombo.findData("71"))
    dialog.ui.placeEdit.setText("Астана, Тәуелсіздік даңғылы, 8, мәжіліс залы")
    dialog.ui.chairEdit.setText("Әлібек Сейітов")
    dialog.ui.secretaryEdit.setText("Гүлнар Үсенова")
    dialog.show()
    save(dialog, f"{language}-new-meeting")
    dialog.accept()
    assert dialog.meeting is not None
    meeting_id = dialog.meeting.id

    roster = folder / "тізім.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    importer = ImportDialog(context, meeting_id, "roster", roster, window)
    start(importer.load())
    importer.show()
    save(importer, f"{language}-roster-preview")
    importer.present_check.setChecked(False)
    start(importer.apply())

    window.refresh()
    window._open(meeting_id)
    view = window.meeting_view
    assert view is not None
    view.tabs.setCurrentIndex(1)
    tab = view.participants
    for name in ("Сәрсенбаева Ләззат", "Өтегенов Ержан"):
        tab.search.setText(name)
        tab.check_in_selected()
    tab.search.setText("Қасым")
    save(window, f"{language}-check-in")

    walk_in = WalkInDialog(context, "Касымов Акжол Серикулы")
    walk_in._check_similar()
    walk_in.show()
    save(walk_in, f"{language}-walk-in")
    walk_in.close()

    with database.transaction() as session:
        actor = installation.require_actor(session)
        item = minutes.add_agenda_item(
            session, actor, meeting_id, title="Қордың проспектісі туралы",
            rapporteur="Әлібек Сейітов",
            heard="Қордың алты бағыты мен проспектінің 42 бөлімі таныстырылды.",
        )  # fmt: skip
        minutes.add_speech(
            session, actor, item.id, speaker="Сәрсенбаева Ләззат Болатқызы",
            text="Ауыл мектептерін жабдықтауды бірінші кезекке қою керек.",
        )  # fmt: skip
        minutes.add_decision(
            session, actor, item.id, text="Қатысушылардың ұсыныстарын қолдап, қорға жіберу.",
            votes_for=2, votes_against=0, votes_abstained=0,
        )  # fmt: skip
        proposals.add_proposal(
            session, actor, meeting_id, text="Ауылдық мектептерге компьютер сыныптарын беру.",
            direction="D1", section="D1.1", author_name="Сәрсенбаева Ләззат Болатқызы",
            organisation="ҚҚ «Шаңырақ»",
        )  # fmt: skip
        proposals.add_proposal(
            session, actor, meeting_id, text="Үкіметтік емес ұйымдар қызметкерлерін оқыту.",
            direction="D2", section="D2.5", kind="comment", author_name="Өтегенов Ержан Серікұлы",
        )  # fmt: skip
    window._open(meeting_id)
    view = window.meeting_view
    view.tabs.setCurrentIndex(2)
    save(window, f"{language}-minutes")
    view.tabs.setCurrentIndex(3)
    save(window, f"{language}-proposals")
    view.tabs.setCurrentIndex(6)
    save(window, f"{language}-close")
    sync_history(language)
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.close()


def sync_history(language: str) -> None:
    """Headquarters' sync history after a region's bundle, twice, and a damaged file."""
    base = Path(tempfile.mkdtemp(prefix="khdesk-shots-sync-"))
    sites = {}
    for name, role, region in (("hq", "hq", None), ("region", "facilitator", "61")):
        folder = base / name
        folder.mkdir()
        database = Database.open(f"sqlite:///{folder / 'khdesk.db'}")
        with database.transaction() as session:
            installation.init_installation(
                session, role=role, region=region, name="Әйгерім", keys_dir=folder / "keys"
            )
        sites[name] = (database, folder)
    (hq, hq_folder), (region, region_folder) = sites["hq"], sites["region"]
    with hq.transaction() as session, region.session() as other:
        devices.enroll(session, devices.this_card(other))
        sync.export_reference(session, hq_folder / "keys", base / "reference.khr")
    with region.transaction() as session:
        sync.import_reference(session, base / "reference.khr")
        actor = installation.require_actor(session)
        meeting = meetings.create_meeting(
            session, actor, kind="round-table", date="2026-10-01", title="Түркістан"
        )
        proposals.add_proposal(session, actor, meeting.id, text="Ұсыныс", direction="D1")
    sync.export_changes(region, DataFolder(region_folder), base / "Түркістан-01.khb")
    (base / "бүлінген.khb").write_bytes(b"damaged")
    for path in ("Түркістан-01.khb", "бүлінген.khb", "Түркістан-01.khb"):
        sync.import_file(hq, base / path, DataFolder(hq_folder))
    window = MainWindow(AppContext(database=hq, data_dir=hq_folder, language=language))
    show_history(window.context, window)
    dialog = window.findChild(ResultsDialog)
    dialog.resize(1100, 260)
    dialog.show()
    save(dialog, f"{language}-sync-history")
    dialog.close()
    hq.close()
    region.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "kk")
