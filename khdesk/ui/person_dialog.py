"""Correcting a person: their details (``PersonDialog``), two records of one person merged into
one (``MergeDialog``), and removing one added by mistake (``ask_to_remove_person``).

Each reads the persons through an operation first (``services.persons.links``: their details
and what names them), says whom it will change, and writes through the services' recorder, so
that the change is in the change log and travels to headquarters with the next bundle.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from khdesk.domain.errors import KhdeskError
from khdesk.services import participants, persons
from khdesk.services.persons import PersonLinks
from khdesk.ui import labels
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import fit_to_content, fit_to_screen
from khdesk.ui.guidance import FieldErrors
from khdesk.ui.i18n import QT_TRANSLATE_NOOP
from khdesk.ui.texts import render
from khdesk.ui.typed_checks import EmailCheck, NameCheck, note_label
from khdesk.ui.widgets import confirm

# --- operations (plain functions: they run off the GUI thread) --------------------------------


def _links(work: Any, person_id: str) -> PersonLinks:
    return persons.links(work, person_id)


def _both(work: Any, first_id: str, second_id: str) -> tuple[PersonLinks, PersonLinks]:
    return persons.links(work, first_id), persons.links(work, second_id)


def _edit(work: Any, person_id: str, changes: dict[str, Any]) -> str:
    return persons.edit_person(work.session, work.actor, person_id, **changes).id


def _merge(work: Any, keep_id: str, other_id: str, take: list[str], reason: str | None) -> str:
    persons.merge_persons(
        work.session, work.actor, keep_id, other_id, take=take, reason=reason or None
    )
    return keep_id


def _remove(work: Any, person_id: str, reason: str | None) -> None:
    persons.remove_person(work.session, work.actor, person_id, reason=reason or None)


def _candidates(
    work: Any, search: participants.PersonSearch, text: str, exclude: str
) -> list[tuple[str, str, str | None]]:
    found = [p for p in search.search(work.session, text, limit=20) if p.id != exclude]
    if not found and len(text.split()) > 1:
        # the other record spells the given name differently or lacks it: the surname alone
        surname = text.split(maxsplit=1)[0]
        found = [p for p in search.search(work.session, surname, limit=20) if p.id != exclude]
    return [(p.id, p.full_name, p.organisation) for p in found]


CONTEXT = "PersonDialog"


def consent_label(method: str | None) -> str:
    return dict(labels.consent_methods()).get(method or "", method or "")


def what_names(links: PersonLinks) -> str:
    """One line of what a person's record holds: meetings attended, what they said."""
    return QCoreApplication.translate(
        "PersonDialog",
        "Attended {attended} meetings · named in {named} proposals, speeches or questions",
    ).format(attended=links.present, named=links.authored)


# --- editing ----------------------------------------------------------------------------------


class PersonDialog(QDialog):
    """One person's details, corrected: name, organisation, position, sector, region, consent,
    and the phone and e-mail (only with consent). ``saved`` is emitted with the person's id."""

    saved = Signal(str)

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.person_id = person_id
        self.links: PersonLinks | None = None
        self.setWindowTitle(self.tr("Edit a person"))
        self.name_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.position_edit = QLineEdit()
        self.sector_combo = QComboBox()
        for code, name in context.sector_names().items():
            self.sector_combo.addItem(name, code)
        self.region_combo = QComboBox()
        self.region_combo.addItem(self.tr("(no region)"), None)
        for kato, name in context.region_names().items():
            self.region_combo.addItem(f"{kato} — {name}", kato)
        self.consent_check = QCheckBox(self.tr("Agrees to the processing of personal data"))
        self.consent_check.toggled.connect(self._on_consent)
        self.consent_method = QComboBox()
        for value, name in labels.consent_methods():
            self.consent_method.addItem(name, value)
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.name_note = note_label()
        self.email_note = note_label()
        self.info = QLabel(wordWrap=True)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Full &name"), self.name_edit)
        form.addRow("", self.name_note)
        form.addRow(self.tr("&Organisation"), self.organisation_edit)
        form.addRow(self.tr("&Position"), self.position_edit)
        form.addRow(self.tr("Sec&tor"), self.sector_combo)
        form.addRow(self.tr("&Region"), self.region_combo)
        form.addRow("", self.consent_check)
        form.addRow(self.tr("How consent was given"), self.consent_method)
        form.addRow(self.tr("P&hone"), self.phone_edit)
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow("", self.email_note)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        # look-alike letters replaced in the name as it is typed, a non-Latin letter of the
        # e-mail named at once: both seen before Save
        self.name_check = NameCheck(self.name_edit, self.name_note, (self.save_button,))
        self.email_check = EmailCheck(self.email_edit, self.email_note)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.field_errors = FieldErrors(
            self.error,
            {
                "the full name": self.name_edit,
                "the organisation": self.organisation_edit,
                "the position": self.position_edit,
            },
            others=(self.phone_edit, self.email_edit, self.sector_combo, self.region_combo),
        )
        self.consent_check.toggled.connect(self.field_errors.clear)
        self.setMinimumWidth(520)
        fit_to_content(self)
        self._enable(False)
        context.operations.read(
            _links, person_id, done=self._on_loaded, failed=self._on_failed, owner=self
        )

    def _enable(self, enabled: bool) -> None:
        for widget in (
            self.name_edit,
            self.organisation_edit,
            self.position_edit,
            self.sector_combo,
            self.region_combo,
            self.consent_check,
            self.save_button,
        ):
            widget.setEnabled(enabled)
        self._on_consent(enabled and self.consent_check.isChecked())

    def _on_consent(self, consent: bool) -> None:
        usable = consent and self.consent_check.isEnabled()
        for widget in (self.consent_method, self.phone_edit, self.email_edit):
            widget.setEnabled(usable)

    def _on_loaded(self, links: PersonLinks) -> None:
        self.links = links
        person = links.person
        self.setWindowTitle(self.tr("Edit: {name}").format(name=person.full_name))
        self.name_edit.setText(person.full_name)
        self.name_check.loaded()
        self.organisation_edit.setText(person.organisation or "")
        self.position_edit.setText(person.position or "")
        self.sector_combo.setCurrentIndex(max(self.sector_combo.findData(person.sector_code), 0))
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(person.region_kato), 0))
        self.consent_check.setChecked(person.consent)
        method = self.consent_method.findData(person.consent_method)
        self.consent_method.setCurrentIndex(max(method, 0))
        self.phone_edit.setText(person.phone or "")
        self.email_edit.setText(person.email or "")
        self.info.setText(what_names(links))
        if links.owned:
            self._enable(True)
            self.name_edit.setFocus()
            self.name_edit.selectAll()
        else:
            self.error.setText(
                self.tr(
                    "This person was recorded on another device: only that device can change them."
                )
            )

    def _on_failed(self, error: KhdeskError) -> None:
        self.field_errors.show(error)
        self.save_button.setEnabled(self.links is not None and self.links.owned)

    def changes(self) -> dict[str, Any]:
        consent = self.consent_check.isChecked()
        changes: dict[str, Any] = {
            "full_name": self.name_edit.text(),
            "organisation": self.organisation_edit.text(),
            "position": self.position_edit.text(),
            "sector_code": self.sector_combo.currentData(),
            "region_kato": self.region_combo.currentData(),
            "consent": consent,
        }
        if consent:
            changes["consent_method"] = self.consent_method.currentData()
            changes["phone"] = self.phone_edit.text()
            changes["email"] = self.email_edit.text()
        return changes

    def accept(self) -> None:
        if self.links is None or not self.links.owned:
            return
        if self.name_check.correct():
            self.name_edit.setFocus()
            return  # the corrected name is shown first; Save again stores it
        if self.consent_check.isChecked() and not self.email_check.check():
            self.email_edit.setFocus()
            return
        person = self.links.person
        withdrawn = person.consent and not self.consent_check.isChecked()
        if withdrawn and (person.phone or person.email):
            question = self.tr(
                "{name} withdraws consent: their phone and e-mail are erased. Go on?"
            ).format(name=person.full_name)
            if not confirm(self, self.tr("Consent withdrawn"), question):
                return
        self.save_button.setEnabled(False)
        self.field_errors.clear()
        self.context.operations.write(
            _edit,
            self.person_id,
            self.changes(),
            done=self._on_saved,
            failed=self._on_failed,
            owner=self,
        )

    def _on_saved(self, person_id: str) -> None:
        self.saved.emit(person_id)
        super().accept()


# --- merging ----------------------------------------------------------------------------------

#: the rows of the merge dialog: (field, label); the label is translated where it is shown
_FIELDS = (
    ("full_name", QT_TRANSLATE_NOOP("PersonDialog", "Full name")),
    ("organisation", QT_TRANSLATE_NOOP("PersonDialog", "Organisation")),
    ("position", QT_TRANSLATE_NOOP("PersonDialog", "Position")),
    ("sector_code", QT_TRANSLATE_NOOP("PersonDialog", "Sector")),
    ("region_kato", QT_TRANSLATE_NOOP("PersonDialog", "Region")),
    ("consent", QT_TRANSLATE_NOOP("PersonDialog", "Consent")),
    ("phone", QT_TRANSLATE_NOOP("PersonDialog", "Phone")),
    ("email", QT_TRANSLATE_NOOP("PersonDialog", "E-mail")),
)
#: widest a value's radio button grows before its text is cut (the whole text is its tooltip)
VALUE_WIDTH = 300


class MergeDialog(QDialog):
    """Two records of one person side by side: which to keep, which details to take from each,
    what moves; Merge asks once more, naming both. ``merged`` is emitted with the kept id.

    Opened with one person, it first finds the other (their surname is searched at once)."""

    merged = Signal(str)

    def __init__(
        self,
        context: AppContext,
        first_id: str,
        second_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.first_id = first_id
        self.pair: tuple[PersonLinks, PersonLinks] | None = None
        self.person_search = participants.PersonSearch()
        self.setWindowTitle(self.tr("Merge two records of one person"))

        self.find_label = QLabel(self.tr("&Find the other record"))
        self.find_edit = QLineEdit()
        self.find_label.setBuddy(self.find_edit)
        self.find_edit.setPlaceholderText(self.tr("Name, organisation, phone or e-mail"))
        self.find_edit.textChanged.connect(self._find)
        self.found = QListWidget()
        self.found.setMaximumHeight(110)
        self.found.setAccessibleName(self.tr("Records found"))
        self.found.currentItemChanged.connect(self._on_other_chosen)

        self.keep_group = QButtonGroup(self)
        self.keep_buttons = (QRadioButton(), QRadioButton())
        for index, button in enumerate(self.keep_buttons):
            self.keep_group.addButton(button, index)
        self.keep_group.idToggled.connect(self._on_keep_changed)
        self.field_groups: dict[str, QButtonGroup] = {}
        self.field_buttons: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.headers = (QLabel(), QLabel())
        for column, header in enumerate(self.headers, start=1):
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column)
        grid.addWidget(QLabel(self.tr("Keep")), 1, 0)
        for column, button in enumerate(self.keep_buttons, start=1):
            grid.addWidget(button, 1, column, Qt.AlignmentFlag.AlignLeft)
        for row, (field, text) in enumerate(_FIELDS, start=2):
            grid.addWidget(QLabel(QCoreApplication.translate(CONTEXT, text)), row, 0)
            group = QButtonGroup(self)
            pair = (QRadioButton(), QRadioButton())
            for index, button in enumerate(pair):
                group.addButton(button, index)
                grid.addWidget(button, row, index + 1, Qt.AlignmentFlag.AlignLeft)
            group.idToggled.connect(self._on_field_changed)
            self.field_groups[field] = group
            self.field_buttons[field] = pair
        self.attended = (QLabel(), QLabel())
        self.named = (QLabel(), QLabel())
        for row, (text, shown) in enumerate(
            (
                (self.tr("Meetings attended"), self.attended),
                (self.tr("Proposals, speeches, questions"), self.named),
            ),
            start=len(_FIELDS) + 2,
        ):
            grid.addWidget(QLabel(text), row, 0)
            for column, label in enumerate(shown, start=1):
                grid.addWidget(label, row, column)
        self.comparison = QWidget()
        self.comparison.setLayout(grid)

        self.summary = QLabel(wordWrap=True)
        self.reason_label = QLabel(self.tr("&Reason (records of closed meetings move)"))
        self.reason_edit = QLineEdit()
        self.reason_label.setBuddy(self.reason_edit)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for pushed in self.buttons.buttons():
            if isinstance(pushed, QPushButton):
                pushed.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.find_label)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.found)
        layout.addWidget(self.comparison)
        layout.addWidget(self.summary)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_pair(None)
        # two columns of values side by side: as wide as they need, within the screen
        fit_to_screen(self, (2 * VALUE_WIDTH + 280, self.sizeHint().height()))
        if second_id is not None:
            for widget in (self.find_label, self.find_edit, self.found):
                widget.setVisible(False)
            self._read_pair(second_id)
        else:
            context.operations.read(
                _links, first_id, done=self._on_first, failed=self._on_failed, owner=self
            )

    # --- finding the other record -----------------------------------------------------------
    def _on_first(self, links: PersonLinks) -> None:
        self.headers[0].setText(links.person.full_name)
        # the whole name finds the best matches first; with no match, the surname alone
        self.find_edit.setText(links.person.full_name)
        self.find_edit.selectAll()
        self.find_edit.setFocus()

    def _find(self) -> None:
        self.context.operations.read(
            _candidates,
            self.person_search,
            self.find_edit.text(),
            self.first_id,
            done=self._on_found,
            owner=self,
        )

    def _on_found(self, found: list[tuple[str, str, str | None]]) -> None:
        self.found.blockSignals(True)
        self.found.clear()
        for person_id, name, organisation in found:
            text = f"{name} — {organisation}" if organisation else name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setToolTip(text)
            self.found.addItem(item)
        self.found.blockSignals(False)
        if self.found.count():
            self.found.setCurrentRow(0)

    def _on_other_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._read_pair(str(item.data(Qt.ItemDataRole.UserRole)))

    def _read_pair(self, second_id: str) -> None:
        self.context.operations.read(
            _both, self.first_id, second_id, done=self._show_pair, failed=self._on_failed,
            owner=self,
        )  # fmt: skip

    # --- the comparison ---------------------------------------------------------------------
    def _values(self, links: PersonLinks) -> dict[str, str]:
        person = links.person
        sectors = self.context.sector_names()
        regions = self.context.region_names()
        consent = (
            self.tr("yes, {how}").format(how=consent_label(person.consent_method))
            if person.consent
            else self.tr("no")
        )
        return {
            "full_name": person.full_name,
            "organisation": person.organisation or "",
            "position": person.position or "",
            "sector_code": sectors.get(person.sector_code, person.sector_code),
            "region_kato": regions.get(person.region_kato or "", person.region_kato or ""),
            "consent": consent,
            "phone": person.phone or "",
            "email": person.email or "",
        }

    def _show_pair(self, pair: tuple[PersonLinks, PersonLinks] | None) -> None:
        self.pair = pair
        self.comparison.setEnabled(pair is not None)
        self.merge_button.setEnabled(pair is not None and all(p.owned for p in pair))
        if pair is None:
            self.summary.setText(self.tr("Choose the other record of this person."))
            self.reason_label.setVisible(False)
            self.reason_edit.setVisible(False)
            return
        metrics = QFontMetrics(self.font())
        for side, links in enumerate(pair):
            self.headers[side].setText(self.tr("Record {number}").format(number=side + 1))
            self.keep_buttons[side].setText(self.tr("keep this record"))
            self.attended[side].setText(QLocale().toString(links.present))
            self.named[side].setText(QLocale().toString(links.authored))
            for field, value in self._values(links).items():
                button = self.field_buttons[field][side]
                shown = value or "—"
                button.setText(metrics.elidedText(shown, Qt.TextElideMode.ElideRight, VALUE_WIDTH))
                button.setToolTip(shown)
                button.setAccessibleName(shown)
        # keep the fuller record: more attendances, consent, more details filled in
        fullness = [self._fullness(links) for links in pair]
        keep = 1 if fullness[1] > fullness[0] else 0
        self.keep_buttons[keep].setChecked(True)
        self._default_fields(keep)
        if not all(links.owned for links in pair):
            self.error.setText(
                self.tr(
                    "One of these records was made on another device: only that device can "
                    "merge it."
                )
            )
        self._update_summary()

    @staticmethod
    def _fullness(links: PersonLinks) -> tuple[int, int]:
        """The details a record holds (consent, the words of the name, the other details
        filled in), then how much names it (so that less moves)."""
        person = links.person
        filled = sum(
            1
            for value in (person.organisation, person.position, person.phone, person.email)
            if value
        )
        details = int(person.consent) + len(person.full_name.split()) + filled
        return (details, links.attendances + links.authored)

    def _default_fields(self, keep: int) -> None:
        """The kept record's details, except where it has none and the other has one."""
        assert self.pair is not None
        values = [self._values(links) for links in self.pair]
        names = [len(links.person.full_name.split()) for links in self.pair]
        for field, (first, second) in self.field_buttons.items():
            side = keep
            if field not in ("full_name", "consent") and not values[keep][field]:
                side = 1 - keep if values[1 - keep][field] else keep
            if field == "full_name" and names[1 - keep] > names[keep]:
                side = 1 - keep  # the fuller name (with the patronymic) is the one to keep
            if field == "consent" and not self.pair[keep].person.consent:
                side = 1 - keep if self.pair[1 - keep].person.consent else keep
            (first, second)[side].setChecked(True)

    def keep_side(self) -> int:
        return max(self.keep_group.checkedId(), 0)

    def _on_keep_changed(self, side: int, checked: bool) -> None:
        if checked and self.pair is not None:
            self._default_fields(side)
            self._update_summary()

    def _on_field_changed(self, _side: int, checked: bool) -> None:
        if checked and self.pair is not None:
            self._update_contacts()

    def _update_contacts(self) -> None:
        """Without consent on the merged record, no phone or e-mail is kept."""
        consent_side = max(self.field_groups["consent"].checkedId(), 0)
        consented = self.pair is not None and self.pair[consent_side].person.consent
        for field in ("phone", "email"):
            for button in self.field_buttons[field]:
                button.setEnabled(consented)

    def _update_summary(self) -> None:
        assert self.pair is not None
        keep = self.keep_side()
        kept, other = self.pair[keep], self.pair[1 - keep]
        self.summary.setText(
            self.tr(
                "«{other}» is merged into «{kept}»: {attendances} attendances and {named} "
                "proposals, speeches or questions move to «{kept}», and «{other}» is removed."
            ).format(
                other=other.person.full_name,
                kept=kept.person.full_name,
                attendances=other.attendances,
                named=other.authored,
            )
        )
        needs_reason = other.closed_meetings > 0
        self.reason_label.setVisible(needs_reason)
        self.reason_edit.setVisible(needs_reason)
        self._update_contacts()

    def taken_from_other(self) -> list[str]:
        """The details the kept record takes from the other."""
        keep = self.keep_side()
        return [
            field
            for field, group in self.field_groups.items()
            if group.checkedId() == 1 - keep and group.button(1 - keep).isEnabled()
        ]

    # --- merging ----------------------------------------------------------------------------
    def accept(self) -> None:
        if self.pair is None:
            return
        keep = self.keep_side()
        kept, other = self.pair[keep], self.pair[1 - keep]
        question = self.tr(
            "Merge «{other}» into «{kept}»? Everything that names «{other}» will name «{kept}», "
            "and «{other}» is removed from the people known here. This cannot be undone."
        ).format(other=other.person.full_name, kept=kept.person.full_name)
        if not confirm(self, self.tr("Merge two records"), question):
            return
        self.merge_button.setEnabled(False)
        self.error.clear()
        self.context.operations.write(
            _merge,
            kept.person.id,
            other.person.id,
            self.taken_from_other(),
            self.reason_edit.text().strip(),
            done=self._on_merged,
            failed=self._on_failed,
            owner=self,
        )

    def _on_merged(self, kept_id: str) -> None:
        self.merged.emit(kept_id)
        super().accept()

    def _on_failed(self, error: KhdeskError) -> None:
        self.error.setText(render(error))
        self.merge_button.setEnabled(self.pair is not None)


# --- removing ---------------------------------------------------------------------------------


def ask_to_remove_person(context: AppContext, person_id: str, parent: QWidget) -> None:
    """Remove a person added by mistake, once the user has confirmed it, naming them; a person
    named in proposals, speeches or questions is not removed, and the sentence says why."""

    def loaded(links: PersonLinks) -> None:
        name = links.person.full_name
        title = QCoreApplication.translate("PersonDialog", "Remove a person")
        if not links.owned:
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "PersonDialog",
                    "{name} was recorded on another device: only that device can remove them.",
                ).format(name=name),
            )
            return
        if links.authored:
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "PersonDialog",
                    "{name} cannot be removed: they are named in {count} proposals, speeches "
                    "or questions. Merge them into the right person instead (Merge with…).",
                ).format(name=name, count=links.authored),
            )
            return
        question = QCoreApplication.translate(
            "PersonDialog",
            "Remove {name} from the people known here? Their attendances at {count} meetings "
            "are removed with them.",
        ).format(name=name, count=links.attendances)
        if not confirm(parent, title, question):
            return
        reason = ""
        if links.closed_meetings:
            reason, ok = QInputDialog.getText(
                parent,
                title,
                QCoreApplication.translate(
                    "PersonDialog",
                    "{name} is on the list of {count} closed meetings: the reason is recorded "
                    "as an amendment of each.",
                ).format(name=name, count=links.closed_meetings),
            )
            if not ok or not reason.strip():
                return
        context.operations.write(_remove, person_id, reason.strip(), owner=parent)

    context.operations.read(_links, person_id, done=loaded, owner=parent)
