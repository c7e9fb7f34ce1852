"""A deterministic synthetic campaign, written as if this installation had recorded it.

``seed`` mirrors the source document: 20 round tables (one per region) with 1,197 attendances of
local executive bodies, business and civil society; 43 online sessions with 1,173 attendances of
NGO representatives; one final plenary with questions to the speakers and two adopted documents;
592 proposals and comments over the six directions and all 42 prospectus sections.
``national`` is the planning scale: 2,000 meetings, 200,000 attendances, 100,000 persons and
50,000 proposals. The same seed gives the same campaign, ids included.

Each meeting is held in Kazakh or in Russian, as its region mostly speaks (``KAZAKH_SHARE``), and
its title, agenda, heard summaries and decisions are in that language. Each speech, proposal and
question is in the language its speaker chose: a Russian name speaks Russian, a Kazakh name
mostly the meeting's language. Every text is wholly in one language, and a Russian verb in the
past tense agrees with the speaker (read from the patronymic: -қызы, -овна are women).

Rows go through ``BulkWriter`` (not ORM objects) but carry the full sync identity and one
change-log entry each, exactly as if they had been typed in one by one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, func, select

from khdesk.domain.errors import InvalidInput
from khdesk.domain.ids import uuid7_from
from khdesk.domain.names import name_key, stored_keys
from khdesk.domain.proposal_search import proposal_search_key
from khdesk.domain.vocabulary import (
    AttendanceMode,
    ChangeOp,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    ProposalKind,
    QuestionStatus,
    Role,
)
from khdesk.services import demo_data as words
from khdesk.services.identities import organisation_key
from khdesk.services.installation import local_device
from khdesk.services.recorder import Actor
from khdesk.storage.bulk import BulkWriter
from khdesk.storage.models import Meeting, Region, Section

IDENTITY = ("id", "version", "device_id", "seq", "deleted", "updated_at")
COLUMNS: dict[str, tuple[str, ...]] = {
    "person": IDENTITY + (
        "full_name", "name_key", "search_key", "order_kk", "order_ru", "organisation",
        "position", "sector_code", "phone", "email", "region_kato", "consent", "consent_at",
        "consent_method",
    ),
    "meeting": IDENTITY + (
        "number", "year", "region_kato", "kind", "format", "title", "date", "starts_at",
        "ends_at", "place", "link", "chair", "secretary", "status", "closed_at", "notes",
    ),
    "attendance": IDENTITY + (
        "meeting_id", "person_id", "sector_code", "present", "mode", "arrived_at", "left_at",
    ),
    "agendaitem": IDENTITY + (
        "meeting_id", "position", "title", "rapporteur", "rapporteur_person_id", "heard",
    ),
    "speech": IDENTITY + ("agenda_item_id", "position", "person_id", "speaker", "text"),
    "decision": IDENTITY + (
        "meeting_id", "agenda_item_id", "position", "text", "votes_for", "votes_against",
        "votes_abstained", "document_title",
    ),
    "proposal": IDENTITY + (
        "meeting_id", "agenda_item_id", "number", "kind", "text", "author_person_id",
        "author_name", "organisation", "direction_code", "section_code", "search_key",
    ),
    "question": IDENTITY + (
        "meeting_id", "agenda_item_id", "asker_person_id", "asker_name", "addressee", "text",
        "answer", "status",
    ),
    "changelog": (
        "device_id", "seq", "at", "actor", "table_name", "record_id", "version", "op",
        "changes", "reason",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Scale:
    """How big a synthetic campaign is."""

    name: str
    year: int
    round_tables: int
    round_table_attendances: int
    online_sessions: int
    online_attendances: int
    plenaries: int
    plenary_attendances: int
    #: None: every attendance is a different person (as in the seed's figures).
    persons: int | None
    proposals: int
    questions_per_plenary: int


SCALES = {
    "seed": Scale("seed", 2026, 20, 1197, 43, 1173, 1, 0, None, 592, 24),
    "national": Scale(
        "national", 2026, 1400, 140_000, 580, 58_000, 20, 2_000, 100_000, 50_000, 100
    ),
}
ROUND_TABLE_SECTOR_WEIGHTS = (("local_gov", 30), ("business", 25), ("ngo", 45))
NATIONAL_SECTOR_WEIGHTS = (
    ("local_gov", 18), ("business", 17), ("ngo", 40), ("central_gov", 3), ("expert", 6),
    ("media", 4), ("citizen", 8), ("donor", 2), ("intl_org", 1), ("other", 1),
)  # fmt: skip


#: The share of proposals (after the first of each section) that repeat an idea another meeting
#: sent, in other words: the families of near-duplicates headquarters finds and merges.
REPEATED_IDEAS = 0.35


def split(total: int, parts: int) -> list[int]:
    """``total`` spread over ``parts`` as evenly as whole numbers allow (larger parts first)."""
    if parts <= 0:
        return []
    base, extra = divmod(total, parts)
    return [base + (1 if index < extra else 0) for index in range(parts)]


@dataclass
class _Person:
    id: str
    full_name: str
    organisation: str
    sector: str
    #: a woman (her Russian verbs end in -ла)
    female: bool
    #: a Kazakh name (may speak Kazakh); a Russian one speaks Russian
    kazakh: bool


class CampaignWriter:
    """Generates one synthetic campaign and writes it through a ``BulkWriter``."""

    def __init__(
        self,
        session: Session,
        actor: Actor,
        scale: Scale,
        seed: int,
        progress: Callable[[str, int], None] | None = None,
    ) -> None:
        self.session = session
        self.actor = actor
        self.scale = scale
        self.rng = random.Random(seed)
        # Ids come from their own generator, seeded with the device too: the same seed gives the
        # same campaign, but two installations never write records under the same ids.
        self.id_rng = random.Random(f"{seed}:{actor.device_id}")
        self.progress = progress or (lambda _stage, _count: None)
        self.bulk = BulkWriter(session.connection())
        for table, columns in COLUMNS.items():
            self.bulk.table(table, columns)
        self.device = actor.device_id
        self.seq = int(
            session.connection()
            .execute(text("SELECT last_seq FROM device WHERE id = :id"), {"id": self.device})
            .scalar_one()
        )
        self.clock_ms = int(dt.datetime(scale.year, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
        self.written_at = self.bulk.when(dt.datetime(scale.year, 9, 20, 12, tzinfo=dt.UTC))
        # (kato, name_kk, name_ru, center_kk, center_ru)
        self.regions = [
            (r.kato, r.name_kk, r.name_ru, r.center_kk, r.center_ru)
            for r in session.exec(select(Region).order_by(col(Region.kato)))
        ]
        self.sections = list(
            session.exec(
                select(Section.code, Section.direction_code).order_by(col(Section.position))
            )
        )
        #: every proposal written, with the idea it was written from: proposals of one idea are
        #: the near-duplicates the similarity search should find (docs/similarity.md)
        self.ideas: dict[str, words.Idea] = {}
        #: the phones, e-mails and names with organisations given to a person already
        self.taken: set[Any] = set()
        self.numbers: dict[tuple[str | None, int], int] = {}
        self.held: set[str | None] = set()  # regions that held a meeting already

    # --- identity -----------------------------------------------------------------------------
    def _emit(self, table: str, fields: Sequence[Any]) -> str:
        """Write one record as version 1 with the next sequence number and its change entry."""
        self.clock_ms += 1
        record_id = uuid7_from(self.clock_ms, self.id_rng)
        self.seq += 1
        self.bulk.add(table, (record_id, 1, self.device, self.seq, False, self.written_at, *fields))
        self.bulk.add(
            "changelog",
            (
                self.device, self.seq, self.written_at, self.actor.name, table, record_id, 1,
                ChangeOp.INSERT.value, None, None,
            ),
        )  # fmt: skip
        return record_id

    # --- people -------------------------------------------------------------------------------
    def _name(self) -> str:
        rng = self.rng
        female = rng.random() < 0.5
        if rng.random() < 0.75:
            given = rng.choice(words.KK_FEMALE if female else words.KK_MALE)
            surname = rng.choice(words.KK_SURNAMES) + ("а" if female else "")
            father = rng.choice(words.KK_MALE)
            return f"{surname} {given} {father}{'қызы' if female else 'ұлы'}"
        given = rng.choice(words.RU_FEMALE if female else words.RU_MALE)
        surname = rng.choice(words.RU_SURNAMES)
        if not surname.endswith(("Ким", "Цой")) and female:
            surname += "а"
        root = rng.choice(words.RU_PATRONYMIC_ROOTS)
        return f"{surname} {given} {root}{'на' if female else 'ич'}"

    def _language(self, region: str | None) -> str:
        """The language a person of ``region`` most likely writes in."""
        share = words.KAZAKH_SHARE.get(region or "", words.NATIONAL_KAZAKH_SHARE)
        return "kk" if self.rng.random() < share else "ru"

    def _meeting_language(self, region: str | None) -> str:
        """The language the next meeting of ``region`` is held in.

        A region's first meeting speaks its majority language (a small campaign never holds
        Atyrau's round table in Russian); the later ones are drawn by its share.
        """
        if region in self.held:
            return self._language(region)
        self.held.add(region)
        share = words.KAZAKH_SHARE.get(region or "", words.NATIONAL_KAZAKH_SHARE)
        return "kk" if share >= 0.5 else "ru"

    def _speaks(self, kazakh_name: bool, meeting_language: str) -> str:
        """The language a person speaks at a meeting held in ``meeting_language``."""
        if not kazakh_name:
            return "ru"
        return "kk" if self.rng.random() < (0.85 if meeting_language == "kk" else 0.2) else "ru"

    def _unused(self, make: Callable[[], Any], key: Callable[[Any], Any]) -> Any:
        """A value from ``make`` whose ``key`` no person has yet (a few draws at most): two
        persons of the demo never share a phone, an e-mail, or a name with an organisation,
        which headquarters would rightly count as one person."""
        for _attempt in range(50):
            value = make()
            if key(value) not in self.taken:
                break
        self.taken.add(key(value))
        return value

    def _person(self, sector: str, region: str | None, centers: dict[str, str] | None) -> _Person:
        rng = self.rng
        group = sector if sector in words.ORGANISATIONS else "ngo"

        def named() -> tuple[str, str, str]:
            full_name = self._name()
            # the language the roster that brought this person was filled in
            language = self._language(region) if words.is_kazakh_name(full_name) else "ru"
            organisation = rng.choice(words.ORGANISATIONS_BY_LANGUAGE[language][group])
            if group == "local_gov" and centers:
                organisation = f"{organisation} ({centers[language]})"
            return full_name, language, organisation

        full_name, language, organisation = self._unused(
            named, lambda value: ("name", name_key(value[0]), organisation_key(value[2]))
        )
        kazakh = words.is_kazakh_name(full_name)
        consent = rng.random() < 0.92
        phone = email = None
        if consent:
            phone = self._unused(
                lambda: f"+77{rng.randrange(10**9):09d}", lambda value: ("phone", value)
            )
            login = full_name.split()[0].casefold().translate(words.TRANSLIT)
            if rng.random() < 0.7:
                email = self._unused(
                    lambda: f"{login}.{rng.randrange(10_000)}@example.kz",
                    lambda value: ("email", value),
                )
        person_id = self._emit(
            "person",
            (
                full_name, *stored_keys(full_name, organisation, phone, email).values(),
                organisation, rng.choice(words.POSITIONS_BY_LANGUAGE[language][group]), sector,
                phone, email, region, consent, self.written_at if consent else None,
                "paper" if consent else None,
            ),
        )  # fmt: skip
        return _Person(
            person_id, full_name, organisation, sector, words.is_female(full_name), kazakh
        )

    def _sector(self, weights: Sequence[tuple[str, int]]) -> str:
        codes, values = zip(*weights, strict=True)
        chosen: str = self.rng.choices(codes, values)[0]
        return chosen

    # --- meetings -----------------------------------------------------------------------------
    def _meeting(
        self,
        kind: MeetingKind,
        region: str | None,
        day: dt.date,
        title: str,
        place: str | None,
        present: int,
        language: str,
    ) -> str:
        key = (region, day.year)
        self.numbers[key] = self.numbers.get(key, 0) + 1
        online = kind is not MeetingKind.ROUND_TABLE
        return self._emit(
            "meeting",
            (
                self.numbers[key], day.year, region, kind.value,
                (MeetingFormat.ONLINE if online else MeetingFormat.IN_PERSON).value,
                title, self.bulk.day(day), self.bulk.clock(dt.time(10, 0)),
                self.bulk.clock(dt.time(13, 0)), place,
                "https://zoom.us/j/" + str(self.rng.randrange(10**10)) if online else None,
                self._name(), self._name(), MeetingStatus.CLOSED.value,
                self.bulk.when(dt.datetime.combine(day, dt.time(14), dt.UTC)),
                words.PRESENT_NOTE[language].format(count=present) if present else None,
            ),
        )  # fmt: skip

    def _attend(self, meeting_id: str, day: dt.date, person: _Person, mode: str) -> None:
        arrived = dt.datetime.combine(day, dt.time(9, 30 + self.rng.randrange(30)), dt.UTC)
        self._emit(
            "attendance",
            (meeting_id, person.id, person.sector, True, mode, self.bulk.when(arrived), None),
        )

    def _minutes(
        self,
        meeting_id: str,
        attendees: Sequence[_Person],
        agenda: Sequence[tuple[str, str, str]],
        language: str,
    ) -> list[str]:
        """Agenda items with HEARD, two speeches and a decision each; returns the item ids."""
        rng = self.rng
        items = []
        present = len(attendees)
        for position, (title, heard, decided) in enumerate(agenda, start=1):
            rapporteur = self._name()
            told = words.agree(heard, words.is_female(rapporteur))
            item_id = self._emit(
                "agendaitem", (meeting_id, position, title, rapporteur, None, told)
            )
            items.append(item_id)
            for speech_position in (1, 2):
                speaker = rng.choice(attendees) if attendees else None
                name = speaker.full_name if speaker else self._name()
                female = speaker.female if speaker else words.is_female(name)
                kazakh = speaker.kazakh if speaker else words.is_kazakh_name(name)
                said = words.SPEECHES[self._speaks(kazakh, language), female]
                self._emit(
                    "speech",
                    (
                        item_id, speech_position, speaker.id if speaker else None, name,
                        rng.choice(said),
                    ),
                )  # fmt: skip
            if decided:
                against = rng.randrange(0, 3) if present > 10 else 0
                abstained = rng.randrange(0, 4) if present > 10 else 0
                votes_for = max(present - against - abstained, 0) if present else None
                self._emit(
                    "decision",
                    (
                        meeting_id, item_id, 1, decided, votes_for,
                        against if present else None, abstained if present else None, None,
                    ),
                )  # fmt: skip
        return items

    def _dates(self, count: int, start: dt.date, end: dt.date) -> Iterator[dt.date]:
        span = (end - start).days
        for index in range(count):
            yield start + dt.timedelta(days=(index * span) // max(count, 1))

    # --- the campaign -------------------------------------------------------------------------
    def write(self) -> dict[str, int]:
        scale, rng = self.scale, self.rng
        year = scale.year
        centers = {
            kato: {"kk": center_kk or name_kk, "ru": center_ru or name_ru}
            for kato, name_kk, name_ru, center_kk, center_ru in self.regions
        }
        pools: dict[str | None, list[_Person]] = {}
        if scale.persons is not None:
            per_region = split(scale.persons, len(self.regions))
            for region, count in zip(self.regions, per_region, strict=True):
                kato = region[0]
                pools[kato] = [
                    self._person(self._sector(NATIONAL_SECTOR_WEIGHTS), kato, centers[kato])
                    for _ in range(count)
                ]
            self.progress("persons", scale.persons)

        def attendees_for(region: str | None, count: int, sectors: Any) -> list[_Person]:
            if scale.persons is None:
                where = centers[region] if region else None
                return [self._person(self._sector(sectors), region, where) for _ in range(count)]
            pool = pools[region] if region else [p for ps in pools.values() for p in ps]
            return rng.sample(pool, min(count, len(pool)))

        # (id, attendees, agenda items, the meeting's language)
        meetings: list[tuple[str, list[_Person], list[str], str]] = []
        # Round tables, spread evenly over the regions.
        sizes = split(scale.round_table_attendances, scale.round_tables)
        days = self._dates(scale.round_tables, dt.date(year, 7, 1), dt.date(year, 8, 31))
        for index, (size, day) in enumerate(zip(sizes, days, strict=True)):
            kato, name_kk, name_ru = self.regions[index % len(self.regions)][:3]
            language = self._meeting_language(kato)
            region_name = name_kk if language == "kk" else name_ru
            title = words.ROUND_TABLE_TITLE[language].format(region=region_name)
            place = words.ROUND_TABLE_PLACE[language].format(city=centers[kato][language])
            meeting_id = self._meeting(
                MeetingKind.ROUND_TABLE, kato, day, title, place, size, language
            )
            people = attendees_for(kato, size, ROUND_TABLE_SECTOR_WEIGHTS)
            for person in people:
                self._attend(meeting_id, day, person, AttendanceMode.IN_PERSON.value)
            agenda = words.AGENDA[language][:2]
            items = self._minutes(meeting_id, people, agenda, language)
            meetings.append((meeting_id, people, items, language))
        self.progress("round tables", scale.round_tables)

        sizes = split(scale.online_attendances, scale.online_sessions)
        days = self._dates(scale.online_sessions, dt.date(year, 7, 1), dt.date(year, 9, 10))
        for index, (size, day) in enumerate(zip(sizes, days, strict=True)):
            kato = self.regions[index % len(self.regions)][0]
            language = self._meeting_language(kato)
            title = words.ONLINE_TITLE[language].format(number=index + 1)
            meeting_id = self._meeting(MeetingKind.ONLINE, kato, day, title, "Zoom", size, language)
            people = attendees_for(kato, size, (("ngo", 1),))
            for person in people:
                self._attend(meeting_id, day, person, AttendanceMode.ONLINE.value)
            agenda = words.AGENDA[language][::2]
            items = self._minutes(meeting_id, people, agenda, language)
            meetings.append((meeting_id, people, items, language))
        self.progress("online sessions", scale.online_sessions)

        everyone = [person for _, people, _, _ in meetings for person in people]
        sizes = split(scale.plenary_attendances, scale.plenaries)
        days = self._dates(scale.plenaries, dt.date(year, 9, 16), dt.date(year, 12, 15))
        for size, day in zip(sizes, days, strict=True):
            language = self._meeting_language(None)
            title = words.PLENARY_TITLE[language]
            meeting_id = self._meeting(
                MeetingKind.PLENARY, None, day, title, "Zoom", size, language
            )
            people = attendees_for(None, size, (("ngo", 1),))
            for person in people:
                self._attend(meeting_id, day, person, AttendanceMode.ONLINE.value)
            items = self._minutes(meeting_id, people, words.PLENARY_AGENDA[language], language)
            for position, (document, adopt) in enumerate(words.DOCUMENTS[language], start=1):
                self._emit(
                    "decision",
                    (meeting_id, items[2], position, adopt, None, None, None, document),
                )
            for _ in range(scale.questions_per_plenary):
                asker = rng.choice(everyone)
                asked = words.QUESTIONS[self._speaks(asker.kazakh, language)]
                question, answer = rng.choice(asked)
                self._emit(
                    "question",
                    (
                        meeting_id, items[1], asker.id, asker.full_name, self._name(),
                        question, answer, QuestionStatus.ANSWERED.value,
                    ),
                )  # fmt: skip
        self.progress("plenaries", scale.plenaries)

        counters: dict[str, int] = {}
        proposed: list[tuple[words.Idea, str]] = []
        for index in range(scale.proposals):
            meeting_id, people, items, language = meetings[rng.randrange(len(meetings))]
            counters[meeting_id] = counters.get(meeting_id, 0) + 1
            author = rng.choice(people) if people else None
            kind = ProposalKind.COMMENT if rng.random() < 0.3 else ProposalKind.PROPOSAL
            written_in = self._speaks(author.kazakh, language) if author else language
            if index >= len(self.sections) and proposed and rng.random() < REPEATED_IDEAS:
                # an idea another meeting sent already, in its own words
                idea, code = proposed[rng.randrange(len(proposed))]
                direction = idea[1]
            else:
                # the first proposals visit every section once, so all 42 appear in the register
                code, direction = (
                    self.sections[index]
                    if index < len(self.sections)
                    else rng.choice(self.sections)
                )
                idea = words.proposal_idea(rng, written_in, direction)
            proposed.append((idea, code))
            body = words.proposal_text(rng, idea)
            name = author.full_name if author else None
            organisation = author.organisation if author else None
            proposal_id = self._emit(
                "proposal",
                (
                    meeting_id, rng.choice(items) if items else None, counters[meeting_id],
                    kind.value, body, author.id if author else None, name, organisation,
                    direction, code, proposal_search_key(body, name, organisation),
                ),
            )  # fmt: skip
            self.ideas[proposal_id] = idea
        self.progress("proposals", scale.proposals)

        self.bulk.flush()
        self.session.connection().execute(
            text("UPDATE device SET last_seq = :seq WHERE id = :id"),
            {"seq": self.seq, "id": self.device},
        )
        return dict(self.bulk.written)


def write_campaign(
    session: Session,
    actor: Actor,
    *,
    scale: str = "seed",
    seed: int = 1,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Fill an empty database with a synthetic campaign; returns the rows written per table."""
    try:
        chosen = SCALES[scale]
    except KeyError:
        raise InvalidInput("unknown scale '{scale}': use seed or national.", scale=scale) from None
    existing = session.exec(select(func.count()).select_from(Meeting)).one()
    if existing:
        raise InvalidInput(
            "this database already holds {count} meetings; demo data goes into an empty one: "
            "use --data-dir with a new folder.",
            count=existing,
        )
    written = CampaignWriter(session, actor, chosen, seed, progress).write()
    device = local_device(session)
    if scale == "seed" and device is not None:
        from khdesk.services import demo_documents

        if device.role == Role.HQ.value:
            written |= demo_documents.write_documents(session, actor, seed)
        else:  # reference data, as headquarters sends it: not this laptop's records
            demo_documents.write_received(session, seed)
    return written
