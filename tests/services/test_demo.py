"""The synthetic campaign: the seed document's figures, determinism, records like typed ones, and
texts a native speaker reads as written: one language each, verbs that agree with the speaker."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, func, select

from khdesk.domain.errors import InvalidInput
from khdesk.services import demo, installation, meetings, stats
from khdesk.services import demo_data as words
from khdesk.services.recorder import Actor
from khdesk.storage.database import Database
from khdesk.storage.models import (
    SYNC_TABLES,
    AgendaItem,
    Attendance,
    ChangeLog,
    Meeting,
    Person,
    Proposal,
    Speech,
)


def _write(database: Database, actor: Actor, **options: object) -> dict[str, int]:
    with database.transaction() as session:
        return demo.write_campaign(session, actor, **options)  # type: ignore[arg-type]


def test_the_seed_campaign_has_the_figures_of_the_source_document(
    database: Database, actor: Actor
) -> None:
    _write(database, actor)
    with database.session() as session:
        figures = stats.campaign_stats(session)
    assert figures["meetings"]["by_kind"] == {"round-table": 20, "online": 43, "plenary": 1}
    with database.session() as session:
        round_table_regions = session.exec(
            select(Meeting.region_kato).where(Meeting.kind == "round-table")
        ).all()
    assert sorted(round_table_regions) == sorted(set(round_table_regions))  # one per region
    assert len(round_table_regions) == 20
    assert figures["attendances"]["by_meeting_kind"] == {"round-table": 1197, "online": 1173}
    assert figures["attendances"]["present"] == 1197 + 1173
    assert set(figures["attendances"]["by_sector"]) == {"local_gov", "business", "ngo"}
    assert figures["proposals"]["total"] == 592
    assert set(figures["proposals"]["by_direction"]) == {"D1", "D2", "D3", "D4", "D5", "D6"}
    assert len(figures["proposals"]["by_section"]) == 42
    assert figures["questions"] > 0
    assert figures["adopted_documents"] == 2


def test_online_sessions_count_only_ngo_representatives(database: Database, actor: Actor) -> None:
    _write(database, actor)
    with database.session() as session:
        sectors = session.exec(
            select(Attendance.sector_code)
            .join(Meeting, Meeting.id == Attendance.meeting_id)  # type: ignore[arg-type]
            .where(Meeting.kind == "online")
            .distinct()
        ).all()
    assert sectors == ["ngo"]


def test_the_same_seed_gives_the_same_campaign(tmp_path: Path, template_db: Path) -> None:
    dumps = []
    for run, seed in (("a", 7), ("b", 7), ("c", 8)):
        path = tmp_path / f"{run}.db"
        shutil.copyfile(template_db, path)
        database = Database.open(f"sqlite:///{path}")
        with database.transaction() as session:
            installation.init_installation(session, role="hq")
            demo.write_campaign(session, installation.require_actor(session), seed=seed)
        with database.session() as session:
            dumps.append(
                session.connection()
                .execute(text("SELECT id, full_name, phone FROM person ORDER BY seq"))
                .fetchall()
            )
        database.close()
    contents = [[row[1:] for row in dump] for dump in dumps]
    assert contents[0] == contents[1]
    assert contents[0] != contents[2]
    # two installations never share record ids, even with the same seed
    assert not {row[0] for row in dumps[0]} & {row[0] for row in dumps[1]}


def test_demo_records_read_back_like_typed_ones(database: Database, actor: Actor) -> None:
    _write(database, actor)
    with database.session() as session:
        meeting = session.exec(select(Meeting).where(Meeting.kind == "plenary")).one()
        person = session.exec(select(Person)).first()
        listed = meetings.list_meetings(session, kind="plenary")
    assert isinstance(meeting.date, dt.date) and meeting.date == dt.date(2026, 9, 16)
    assert meeting.closed_at is not None and meeting.closed_at.tzinfo is not None
    assert meeting.status == "closed"
    assert uuid.UUID(meeting.id).version == 7
    assert person is not None and person.device_id == actor.device_id
    assert listed[0].number == "00-2026-001"
    kazakh_letters = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")
    with database.session() as session:
        names = " ".join(session.exec(select(Person.full_name)).all())
    assert kazakh_letters & set(names)


def test_every_demo_record_has_a_change_entry_and_a_gapless_sequence(
    database: Database, actor: Actor
) -> None:
    written = _write(database, actor)
    records = sum(count for table, count in written.items() if table != "changelog")
    with database.session() as session:
        seqs = session.exec(select(ChangeLog.seq).order_by(ChangeLog.seq)).all()  # type: ignore[arg-type]
        per_table = sum(
            session.exec(select(func.count()).select_from(model)).one() for model in SYNC_TABLES
        )
    assert written["changelog"] == records == per_table
    assert list(seqs) == list(range(1, records + 1))


def test_demo_goes_only_into_an_empty_database(database: Database, actor: Actor) -> None:
    _write(database, actor)
    with pytest.raises(InvalidInput, match="already holds 64 meetings"):
        _write(database, actor)
    with database.session() as session:
        assert session.exec(select(func.count()).select_from(Proposal)).one() == 592


def test_the_national_scale_is_the_planning_figure() -> None:
    national = demo.SCALES["national"]
    assert national.round_tables + national.online_sessions + national.plenaries == 2000
    attendances = (
        national.round_table_attendances + national.online_attendances
        + national.plenary_attendances
    )  # fmt: skip
    assert attendances == 200_000
    assert (national.persons, national.proposals) == (100_000, 50_000)


def test_a_campaign_with_a_pool_of_persons_reuses_them(
    database: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = demo.Scale("small", 2026, 40, 2_000, 20, 600, 2, 100, 1_000, 300, 5)
    monkeypatch.setitem(demo.SCALES, "small", small)
    _write(database, actor, scale="small")
    with database.session() as session:
        figures = stats.campaign_stats(session)
        repeat = session.exec(select(func.count(func.distinct(Attendance.person_id)))).one()
    assert figures["meetings"]["total"] == 62
    assert figures["persons"] == 1_000
    assert figures["attendances"]["present"] == 2_700
    assert repeat < 2_700  # persons attend more than one meeting
    assert figures["proposals"]["total"] == 300
    with database.session() as session:
        texts, names = _texts(session), _proper_names(session)
    for rows in texts.values():  # the persons of a pool write in one language per text too
        for _, value in rows:
            _language(value, names)  # raises on a text that mixes the languages


def test_an_unknown_scale_is_refused(database: Database, actor: Actor) -> None:
    with pytest.raises(InvalidInput, match="use seed or national"):
        _write(database, actor, scale="galactic")


def test_split_spreads_a_total_evenly() -> None:
    assert demo.split(1197, 20) == [60] * 17 + [59] * 3
    assert sum(demo.split(1173, 43)) == 1173


# --- one language per text, verbs that agree with the speaker ----------------------------------
KAZAKH_LETTERS = frozenset("ӘҒҚҢӨҰҮҺІәғқңөұүһі")
#: Words only Russian has: a sentence with one of them and a Kazakh letter mixes the languages.
RUSSIAN_WORDS = frozenset(
    {
        "и", "в", "во", "на", "что", "для", "по", "о", "об", "с", "со", "к", "ко", "от", "из",
        "за", "при", "до", "не", "ли", "как", "или", "будет", "будут", "его", "их",
    }
)  # fmt: skip
#: Kazakh words written without Kazakh letters, for a sentence that mixes without showing one.
KAZAKH_WORDS = frozenset(
    {"мен", "бен", "пен", "туралы", "бойынша", "деп", "арқылы", "кейін", "дейін", "және", "үшін"}
)
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
QUOTED = re.compile(r"«[^«»]*»")
ROMAN = re.compile(r"[IVXLC]+")
LATIN = re.compile(r"[a-z]", re.IGNORECASE)
PAST_TENSE = re.compile(r"[а-яё]+[аеиуыя]л(?:а|ась|ся)?", re.IGNORECASE)
#: Nouns that look like a verb in the past tense.
NOT_VERBS = frozenset({"материал", "капитал", "потенциал", "персонал", "сигнал", "зал"})


def _language(text: str, proper_names: Sequence[str] = ()) -> str | None:
    """'kk', 'ru' or None (no sign of either); raises on a sentence that mixes the languages.

    A name in quotation marks («Қазақстан халқына») and a proper name (a region, a city) keep
    their own spelling in either language, so they do not count.
    """
    plain = QUOTED.sub(" ", text)
    for name in proper_names:
        plain = plain.replace(name, " ")
    found = set()
    for sentence in re.split(r"(?<=[.?!;])\s+", plain):
        # a Roman numeral (the I of «I конференция») is written in Latin letters in both
        words = [w.casefold() for w in WORD.findall(sentence) if not ROMAN.fullmatch(w)]
        kazakh = [w for w in words if KAZAKH_LETTERS & set(w) or w in KAZAKH_WORDS]
        russian = [w for w in words if w in RUSSIAN_WORDS]
        latin = [w for w in words if LATIN.search(w)]
        cyrillic = [w for w in words if not w.isascii()]
        if kazakh and russian:
            raise AssertionError(f"Kazakh {kazakh} and Russian {russian} in: {text}")
        if latin and cyrillic:
            raise AssertionError(f"Latin {latin} among Cyrillic words in: {text}")
        if kazakh:
            found.add("kk")
        elif russian or cyrillic:
            found.add("ru")
    if len(found) > 1:
        raise AssertionError(f"a Kazakh and a Russian sentence in one text: {text}")
    return found.pop() if found else None


def _female(full_name: str) -> bool:
    """A person's gender as the patronymic says it (the demo always writes one)."""
    patronymic = full_name.rsplit(maxsplit=1)[-1]
    if patronymic.endswith(("қызы", "вна")):
        return True
    assert patronymic.endswith(("ұлы", "вич")), full_name
    return False


def _disagreeing_verbs(text: str, female: bool) -> list[str]:
    """The past-tense verbs of a Russian text that do not agree with the speaker."""
    verbs = [
        w for w in WORD.findall(text) if PAST_TENSE.fullmatch(w) and w.lower() not in NOT_VERBS
    ]
    assert verbs, f"no verb in the past tense in: {text}"
    feminine = [verb for verb in verbs if verb.endswith(("ла", "лась"))]
    return [v for v in verbs if v not in feminine] if female else feminine


def test_the_language_check_catches_a_sentence_that_mixes_kazakh_and_russian() -> None:
    assert _language("Қайырымдылық жобаларына жастарды тарту жолдарын ұсынды.") == "kk"
    assert _language("Круглый стол фонда «Қазақстан халқына»: предложения региона.") == "ru"
    assert _language("Онлайн-сессия (область Ұлытау)", ["область Ұлытау"]) == "ru"
    for mixed in (
        "Ұсынамыз: оснастить сельские школы компьютерными классами в районах области.",
        "Мектептерге спорт құралдарын беру для сельских школ.",
        "Предлагаем открыть кружки для детей туралы.",
        "Предлагаем открыть кружки. Мектептерге спорт құралдарын беру.",
        "Поддержал предложение о прозрачной oтчётности.",  # a Latin o in a Russian word
    ):
        with pytest.raises(AssertionError):
            _language(mixed)
    assert _disagreeing_verbs("Предложила учитывать потребности школ.", female=False)
    assert _disagreeing_verbs("Поделился опытом и предложил его распространить.", female=True)
    assert not _disagreeing_verbs("Поделилась опытом и предложила его распространить.", True)


def _texts(session: Session) -> dict[str, list[tuple[str | None, str]]]:
    """Every text of the campaign by where it stands, each with its meeting's id."""
    queries = {
        "meeting title": "SELECT id, title FROM meeting",
        "meeting place": "SELECT id, place FROM meeting",
        "meeting notes": "SELECT id, notes FROM meeting WHERE notes IS NOT NULL",
        "agenda title": "SELECT meeting_id, title FROM agendaitem",
        "heard": "SELECT meeting_id, heard FROM agendaitem",
        "decision": "SELECT meeting_id, text FROM decision",
        "document": "SELECT meeting_id, document_title FROM decision WHERE document_title != ''",
        "speech": "SELECT a.meeting_id, s.text FROM speech s JOIN agendaitem a "
        "ON a.id = s.agenda_item_id",
        "proposal": "SELECT meeting_id, text FROM proposal",
        "question": "SELECT meeting_id, text FROM question",
        "answer": "SELECT meeting_id, answer FROM question",
        "organisation": "SELECT NULL, organisation FROM person",
        "position": "SELECT NULL, position FROM person",
    }
    connection = session.connection()
    return {
        where: [(row[0], row[1]) for row in connection.execute(text(query))]
        for where, query in queries.items()
    }


def _proper_names(session: Session) -> list[str]:
    names = session.connection().execute(
        text("SELECT name_kk, name_ru, center_kk, center_ru FROM region")
    )
    return sorted({n for row in names for n in row if n}, key=len, reverse=True)


def test_every_demo_text_is_wholly_kazakh_or_wholly_russian(
    database: Database, actor: Actor
) -> None:
    _write(database, actor)
    with database.session() as session:
        texts = _texts(session)
        names = _proper_names(session)
    languages: dict[str, set[str | None]] = {}
    for where, rows in texts.items():
        assert rows, where
        languages[where] = {_language(value, names) for _, value in rows}
    # both languages are there, in every kind of text that is more than a word or two
    for where in ("meeting title", "agenda title", "heard", "decision", "speech", "proposal"):
        assert {"kk", "ru"} <= languages[where], where


def test_a_meeting_is_held_in_one_language_and_its_speakers_choose_theirs(
    database: Database, actor: Actor
) -> None:
    _write(database, actor)
    with database.session() as session:
        texts = _texts(session)
        names = _proper_names(session)
        speeches = (
            session.connection()
            .execute(
                text(
                    "SELECT a.meeting_id, s.speaker, s.text FROM speech s "
                    "JOIN agendaitem a ON a.id = s.agenda_item_id"
                )
            )
            .fetchall()
        )
    held_in = {meeting: _language(title, names) for meeting, title in texts["meeting title"]}
    with database.session() as session:
        round_tables = session.exec(
            select(Meeting.id, Meeting.region_kato).where(Meeting.kind == "round-table")
        ).all()
    # the south and the west hold their round tables mostly in Kazakh, the north in Russian
    south = [held_in[m] for m, kato in round_tables if kato in ("23", "31", "43", "47", "61", "79")]
    north = [held_in[m] for m, kato in round_tables if kato in ("35", "39", "55", "59")]
    assert south.count("kk") > len(south) / 2 and north.count("ru") > len(north) / 2
    for where in ("meeting notes", "agenda title", "heard", "decision", "document"):
        for meeting, value in texts[where]:
            assert _language(value, names) == held_in[meeting], (where, value)
    spoken: dict[str, list[str | None]] = {"kk": [], "ru": []}
    for meeting, speaker, said in speeches:
        language = _language(said)
        if speaker.endswith(("вич", "вна")):
            assert language == "ru", (speaker, said)  # a Russian name speaks Russian
        spoken[held_in[meeting] or "ru"].append(language)
    for meeting_language, languages in spoken.items():
        same = languages.count(meeting_language)
        assert same > len(languages) / 2, meeting_language  # mostly the meeting's language
        assert same < len(languages)  # and some speak the other one


def test_russian_verbs_agree_with_the_speaker(database: Database, actor: Actor) -> None:
    _write(database, actor)
    with database.session() as session:
        said = list(session.exec(select(Speech.speaker, Speech.text)).all())
        # the heard summary says what the rapporteur did: «Представила проект …»
        said += session.exec(select(AgendaItem.rapporteur, AgendaItem.heard)).all()
    russian = [(who or "", what or "") for who, what in said if _language(what or "") == "ru"]
    assert {_female(who) for who, _ in russian} == {True, False}
    for who, what in russian:
        assert not _disagreeing_verbs(what, _female(who)), (who, what)


def test_a_name_and_its_patronymic_agree(database: Database, actor: Actor) -> None:
    _write(database, actor)
    with database.session() as session:
        names: set[str | None] = set(session.exec(select(Person.full_name)).all())
        names |= set(session.exec(select(Meeting.chair)).all())
        names |= set(session.exec(select(Speech.speaker)).all())
    women = set(words.KK_FEMALE + words.RU_FEMALE)
    men = set(words.KK_MALE + words.RU_MALE)
    for name in names:
        assert name is not None
        surname, given, patronymic = name.split()
        female = _female(name)
        assert given in (women if female else men), name
        kazakh = patronymic.endswith(("қызы", "ұлы"))
        given_names = words.KK_FEMALE + words.KK_MALE if kazakh else words.RU_FEMALE + words.RU_MALE
        assert given in given_names, name
        if surname not in ("Ким", "Цой"):
            assert surname.endswith("а") == female, name


def test_the_seed_campaign_at_headquarters_drafts_amends_and_adopts_both_documents(
    tmp_path: Path,
) -> None:
    from khdesk.services import campaign_documents, document_amendments

    database = Database.open(f"sqlite:///{tmp_path / 'hq.db'}")
    with database.transaction() as session:
        installation.init_installation(session, role="hq", keys_dir=tmp_path / "keys")
        written = demo.write_campaign(session, installation.require_actor(session))
    assert written["campaigndocument"] == 2 and written["textamendment"] == 8
    with database.session() as session:
        declaration, appeal = campaign_documents.summaries(session)
        assert (declaration.kind, appeal.kind) == ("declaration", "appeal")
        assert "Үкіметіне Үндеу" in appeal.title_kk
        assert declaration.amendments == {"accepted": 2, "merged": 1, "declined": 1}
        assert appeal.amendments == {"accepted": 2, "clarification": 1, "declined": 1}
        for summary in (declaration, appeal):
            assert summary.adopted is not None and summary.adopted.version_number == 2
            assert summary.adopted.votes_for > summary.adopted.votes_against
        views = document_amendments.amendment_views(session, appeal.id)
        assert len({view.region_kato for view in views}) >= 3
        assert all(view.proposer for view in views)
        adopted = document_amendments.version_of(session, appeal.id, 2)
        text = adopted.paragraphs
    for theme in ("инфраструктур", "сельской местности", "обучения граждан",
                  "социальной защиты", "адресную поддержку", "на дому"):  # fmt: skip
        assert theme in text, theme
    database.close()


def test_the_seed_campaign_on_a_regions_laptop_has_both_documents_to_amend(
    tmp_path: Path,
) -> None:
    """A facilitator trying the demo finds the Declaration and the Appeal as headquarters
    publishes them: version 1, nothing drafted or adopted here, and the same on every run."""
    from khdesk.services import campaign_documents, document_amendments

    shown = []
    for run in ("first", "second"):
        database = Database.open(f"sqlite:///{tmp_path / f'{run}.db'}")
        with database.transaction() as session:
            installation.init_installation(
                session, role="facilitator", region="71", keys_dir=tmp_path / run
            )
            written = demo.write_campaign(session, installation.require_actor(session))
        assert written["meeting"] > 0 and "textamendment" not in written
        with database.session() as session:
            declaration, appeal = campaign_documents.summaries(session)
            assert (declaration.kind, appeal.kind) == ("declaration", "appeal")
            assert (declaration.latest, declaration.draft, declaration.adopted) == (1, False, None)
            to_amend = document_amendments.documents_to_amend(session)
            assert sorted(v.document_id for v in to_amend) == sorted([declaration.id, appeal.id])
            text = campaign_documents.show(session, appeal.id, "ru")
            shown.append((declaration.id, declaration.fingerprint, text))
        database.close()
    assert shown[0] == shown[1]
    lines = " ".join(line[3] for line in shown[0][2].lines)
    assert "Система социальной защиты" in lines
    assert "жильём" not in lines  # the wording headquarters accepts comes in version 2
