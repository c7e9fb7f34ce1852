"""The demo campaign as the regions would send it: bundles and device cards of practice laptops.

``write_bundles`` runs at headquarters and leaves its database as it was. It sets up a practice
laptop for each region, and one more (in the capital) for the online sessions and the final
plenary, each in a scratch folder of headquarters' data folder with its own database and keys.
Each laptop imports headquarters' reference bundle as a region would, then the demo campaign
(``khdesk.services.demo``) is generated once and every record is written on the laptop that
would have recorded it: a round table and its people on its region's laptop, an online session
or the plenary on the online laptop. Each laptop then writes its bundle (signed by its own key,
encrypted to this headquarters) and its device card into the chosen folder, and its scratch
folder is removed. Enrolling the cards and importing the bundles gives headquarters the campaign
``khdesk demo`` writes with the same seed, with these differences, as the field would have them:

- the online sessions and the plenary belong to the capital's region (a laptop only records
  meetings of its own region), and each laptop numbers its meetings itself;
- a record naming a person another laptop registered (a question asked at the plenary by a
  round table's participant) keeps the name but not the link; an attendance, which needs its
  person, registers that person again on the laptop (at the national scale, a person of a
  regional pool who also joined an online session is then on record twice, until headquarters
  merges them).
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from khdesk.domain.errors import InvalidInput, NotInitialised
from khdesk.domain.vocabulary import MeetingKind, Role
from khdesk.paths import DataFolder
from khdesk.services import demo, devices, installation, sync
from khdesk.services.recorder import Actor
from khdesk.storage.bulk import BulkWriter
from khdesk.storage.database import Database
from khdesk.storage.files import ScratchFolder, copy_whole
from khdesk.storage.models import Region
from khdesk.sync import records

#: The region of the laptop that records the online sessions and the plenary: the capital, where
#: the foundation works.
ONLINE_REGION = "71"
BUNDLE_ENDING = ".khb"
CARD_PREFIX = "khdesk-card-"

Progress = Callable[[str, int], None]


@dataclass
class _Laptop:
    """One practice regional installation in its scratch folder, while the campaign is written."""

    scratch: ScratchFolder
    database: Database
    region: str
    device_id: str
    code: str
    actor: Actor
    session: Session | None = None
    bulk: BulkWriter | None = None
    seq: int = 0
    id_rng: random.Random = field(default_factory=random.Random)
    meetings: int = 0
    #: a person another laptop registered -> this laptop's record of them
    copies: dict[str, str] = field(default_factory=dict)

    @property
    def folder(self) -> DataFolder:
        return DataFolder(self.scratch.path)

    @property
    def stem(self) -> str:
        """What the laptop's files are called: its region and its code in meeting numbers."""
        return f"{self.region}-{self.code}"


@dataclass(frozen=True)
class Written:
    """What ``write_bundles`` put into the folder."""

    bundles: list[Path]
    cards: list[Path]
    #: the campaign's records per table, over all laptops (change-log entries not counted)
    records: dict[str, int]


def _positions(table: str) -> dict[str, int]:
    """Where each column of ``table`` is among the fields ``CampaignWriter._emit`` receives."""
    columns = demo.COLUMNS[table][len(demo.IDENTITY) :]
    return {name: index for index, name in enumerate(columns)}


def _person_links() -> dict[str, list[tuple[str, bool]]]:
    """For each table, its columns that name a person, and whether the record needs one."""
    links: dict[str, list[tuple[str, bool]]] = {}
    for (table, column), target in records.REFERENCES.items():
        if target == "person" and column in demo.COLUMNS.get(table, ()):
            links.setdefault(table, []).append((column, records.RULES[table][column].required))
    return links


_PERSON_LINKS = _person_links()


class _SplitCampaign(demo.CampaignWriter):
    """The demo campaign, each record written on the laptop that would have recorded it.

    The campaign is drawn exactly as ``CampaignWriter`` draws it (the same seed gives the same
    people, texts and figures); only where each record goes, and the few fields that say so
    (the meeting's region and number, links to persons of another laptop), differ.
    """

    def __init__(
        self,
        laptops: Sequence[_Laptop],
        online: _Laptop,
        scale: demo.Scale,
        seed: int,
        progress: Progress | None,
    ) -> None:
        assert online.session is not None
        super().__init__(online.session, online.actor, scale, seed, progress)
        self.laptops = list(laptops)
        self.online = online
        self.by_region = {laptop.region: laptop for laptop in laptops if laptop is not online}
        for laptop in self.laptops:
            assert laptop.session is not None
            connection = laptop.session.connection()
            laptop.bulk = BulkWriter(connection)
            for table, columns in demo.COLUMNS.items():
                laptop.bulk.table(table, columns)
            laptop.seq = int(
                connection.execute(
                    text("SELECT last_seq FROM device WHERE id = :id"), {"id": laptop.device_id}
                ).scalar_one()
            )
            # ids of each laptop's records from its own generator, as on a real laptop
            laptop.id_rng = random.Random(f"{seed}:{laptop.device_id}")
        self.positions = {table: _positions(table) for table in demo.COLUMNS}
        #: the laptop of each meeting, agenda item and person written so far
        self.owners: dict[str, _Laptop] = {}
        #: each person's fields, to register them again on another laptop
        self.people: dict[str, tuple[Any, ...]] = {}
        #: the laptop of the meeting being written (its people are registered there)
        self.current: _Laptop | None = None

    def _emit(self, table: str, fields: Sequence[Any]) -> str:
        values = list(fields)
        at = self.positions[table]
        if table == "meeting":
            kind = values[at["kind"]]
            region = values[at["region_kato"]]
            laptop = self.by_region.get(region, self.online)
            if kind != MeetingKind.ROUND_TABLE.value:
                laptop = self.online
            values[at["region_kato"]] = laptop.region
            laptop.meetings += 1
            values[at["number"]] = laptop.meetings
            self.current = laptop
        elif "meeting_id" in at:
            laptop = self.owners[values[at["meeting_id"]]]
        elif "agenda_item_id" in at:
            laptop = self.owners[values[at["agenda_item_id"]]]
        elif table == "person" and self.current is None:
            # a pool drawn before any meeting (the national scale): the person's own region
            laptop = self.by_region.get(values[at["region_kato"]], self.online)
        else:
            laptop = self.current or self.online
        for column, needed in _PERSON_LINKS.get(table, ()):
            values[at[column]] = self._person_on(laptop, values[at[column]], needed=needed)
        return self._emit_on(laptop, table, values)

    def _emit_on(self, laptop: _Laptop, table: str, values: Sequence[Any]) -> str:
        # ``CampaignWriter._emit`` writes on the writer, device and sequence it holds: hand it
        # the laptop's, and take the laptop's next sequence number back
        assert laptop.bulk is not None
        self.bulk, self.device, self.id_rng = laptop.bulk, laptop.device_id, laptop.id_rng
        self.seq, self.actor = laptop.seq, laptop.actor
        record_id = super()._emit(table, values)
        laptop.seq = self.seq
        if table in ("meeting", "agendaitem", "person"):
            self.owners[record_id] = laptop
        if table == "person":
            self.people[record_id] = tuple(values)
        return record_id

    def _person_on(self, laptop: _Laptop, person_id: str | None, *, needed: bool) -> str | None:
        """The record of ``person_id`` on ``laptop``: its own, one registered there before, a
        new one when the record needs its person, or none."""
        if person_id is None or self.owners.get(person_id) is laptop:
            return person_id
        known = laptop.copies.get(person_id)
        if known is not None or not needed:
            return known
        copy = self._emit_on(laptop, "person", self.people[person_id])
        laptop.copies[person_id] = copy
        return copy

    def write(self) -> dict[str, int]:
        super().write()
        written: dict[str, int] = {}
        for laptop in self.laptops:
            assert laptop.bulk is not None and laptop.session is not None
            laptop.bulk.flush()
            laptop.session.connection().execute(
                text("UPDATE device SET last_seq = :seq WHERE id = :id"),
                {"seq": laptop.seq, "id": laptop.device_id},
            )
            for table, count in laptop.bulk.written.items():
                if table != "changelog":
                    written[table] = written.get(table, 0) + count
        return written


def _require_headquarters(hq: Database) -> None:
    with hq.session() as session:
        me = installation.local_device(session)
    if me is None or not me.public_key:
        raise NotInitialised(
            "demo --bundles writes the regions' bundles for a headquarters: set this "
            "installation up first with 'khdesk init --role hq'."
        )
    if me.role != Role.HQ:
        raise InvalidInput(
            "demo --bundles is run at headquarters, which imports the bundles: this "
            "installation is a region's; run it with the --data-dir of headquarters."
        )


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise InvalidInput(
            "{path} is a file: choose a folder for the bundles and cards.", path=str(target)
        )
    if target.is_dir() and any(
        p.suffix == BUNDLE_ENDING or p.name.startswith(CARD_PREFIX) for p in target.iterdir()
    ):
        raise InvalidInput(
            "{path} already holds bundles or device cards: choose an empty folder, so that "
            "the practice campaign is imported once.",
            path=str(target),
        )


def _reference_bundle(hq: Database, folder: DataFolder, path: Path) -> None:
    """Headquarters' reference bundle for the practice laptops, leaving its database as it was:
    the version it counts up is rolled back, since no real region receives this bundle."""
    with hq.session() as session:
        sync.export_reference(session, folder.keys, path)
        session.rollback()


def _laptop(template: Path, parent: Path, region: str, reference: Path) -> _Laptop:
    """A practice laptop of ``region``: a scratch folder with its own database and keys, set up
    as a facilitator, holding headquarters' reference bundle."""
    scratch = ScratchFolder(parent)
    try:
        copy_whole(template, scratch.path / "khdesk.db")
        database = Database.open(f"sqlite:///{scratch.path / 'khdesk.db'}")
    except BaseException:
        scratch.remove()
        raise
    try:
        folder = DataFolder(scratch.path)
        with database.transaction() as session:
            device = installation.init_installation(
                session, role=Role.FACILITATOR.value, region=region, keys_dir=folder.keys
            )
            actor = installation.require_actor(session)
        with database.transaction() as session:
            sync.import_reference(session, reference)
        assert device.code is not None
        return _Laptop(scratch, database, region, device.id, device.code, actor)
    except BaseException:
        database.close()
        scratch.remove()
        raise


def write_bundles(
    hq: Database,
    folder: DataFolder,
    target: Path,
    *,
    scale: str = "seed",
    seed: int = 1,
    progress: Progress | None = None,
) -> Written:
    """Write the demo campaign into ``target`` as the bundles and device cards of practice
    laptops (one per region, one for the online sessions); see the module docstring."""
    try:
        chosen = demo.SCALES[scale]
    except KeyError:
        raise InvalidInput("unknown scale '{scale}': use seed or national.", scale=scale) from None
    _require_headquarters(hq)
    _check_target(target)
    report = progress or (lambda _stage, _count: None)
    with contextlib.ExitStack() as stack:
        work = ScratchFolder(folder.scratch)
        stack.callback(work.remove)
        reference = work.path / "reference.khr"
        _reference_bundle(hq, folder, reference)
        template = work.path / "template.db"
        Database.open(f"sqlite:///{template}").close()
        with hq.session() as session:
            regions = list(session.exec(select(Region.kato).order_by(col(Region.kato))))
        online_region = ONLINE_REGION if ONLINE_REGION in regions else regions[0]
        laptops: list[_Laptop] = []
        for region in [*regions, online_region]:
            laptop = _laptop(template, folder.scratch, region, reference)
            stack.callback(laptop.scratch.remove)
            stack.callback(laptop.database.close)
            laptops.append(laptop)
        report("practice laptops", len(laptops))

        with contextlib.ExitStack() as transactions:
            for laptop in laptops:
                laptop.session = transactions.enter_context(laptop.database.transaction())
            written = _SplitCampaign(laptops, laptops[-1], chosen, seed, report).write()
        for laptop in laptops:
            laptop.session = laptop.bulk = None

        bundles, cards = [], []
        for laptop in laptops:
            bundle = target / f"khdesk-{laptop.stem}{BUNDLE_ENDING}"
            try:
                counts = sync.export_changes(laptop.database, laptop.folder, bundle)
            except sync.NothingToSend:
                continue  # a region without a meeting at this scale sends nothing
            card = target / f"{CARD_PREFIX}{laptop.stem}.json"
            with laptop.database.session() as session:
                devices.write_card(session, card)
            bundles.append(bundle)
            cards.append(card)
            report(f"bundle {bundle.name}", sum(counts.values()))
    return Written(bundles, cards, written)
