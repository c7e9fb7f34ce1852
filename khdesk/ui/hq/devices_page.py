"""Headquarters' page of the regions and their devices: each region's meetings and proposals, its
enrolled devices with the last bundle each sent; enrol a card, revoke a device."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from khdesk.ui import dates
from khdesk.ui.context import AppContext
from khdesk.ui.geometry import wrapping_label
from khdesk.ui.sync_ui import _status_names, enroll_card
from khdesk.ui.widgets import confirm

NAME, MEETINGS, PROPOSALS, CODE, FINGERPRINT, ENROLLED, LAST_BUNDLE, STATE = range(8)
#: An item's data: ("region", kato or "") or ("device", its id).
KEY_ROLE = Qt.ItemDataRole.UserRole


# --- operations (plain functions: they run off the GUI thread) --------------------------------


def _overview(work: Any) -> Any:
    from khdesk.services import device_overview

    return device_overview.regions_and_devices(work.session)


def _revoke(work: Any, device_id: str) -> str:
    from khdesk.services import devices

    return devices.revoke(work.session, device_id).id


class DevicesPage(QWidget):
    """Every region with its meetings, proposals and enrolled devices."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lines: list[Any] = []
        #: What to select once the rows arrive (a region opened from elsewhere, a card enrolled).
        self._wanted: tuple[str, str] | None = None
        self._stale = True
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = wrapping_label(QLabel())
        top.addWidget(self.summary, 1)
        self.enrol_button = QPushButton(self.tr("&Enrol a card…"))
        self.enrol_button.setToolTip(self.tr("Enrol a region's device card (Ctrl+E)"))
        self.enrol_button.clicked.connect(self.enrol)
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.setToolTip(self.tr("Refuse further bundles from this device (Del)"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        top.addWidget(self.enrol_button)
        top.addWidget(self.revoke_button)
        layout.addLayout(top)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Region / device"),
                self.tr("Meetings"),
                self.tr("Proposals"),
                self.tr("Code"),
                self.tr("Fingerprint"),
                self.tr("Enrolled"),
                self.tr("Last bundle received"),
                self.tr("State"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Regions and devices"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        for keys, slot in (("Ctrl+E", self.enrol), ("Del", self.revoke_selected)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        context.hub.changed.connect(self._on_changed)
        self._update_buttons()

    # --- the contract of a page -------------------------------------------------------------
    def activate(self) -> None:
        """Shown: read the regions again if something changed since."""
        if self._stale:
            self.refresh()

    def open_list(self, filters: dict[str, Any]) -> None:
        """Opened for one region: that region is selected."""
        region = filters.get("region")
        if region:
            self._wanted = ("region", str(region))
            self._select(self._wanted)

    def _on_changed(self, _changes: Any) -> None:
        # a bundle imported, a meeting added: the counts and last bundles may have changed
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.context.operations.read(_overview, done=self._show, owner=self)

    # --- showing ------------------------------------------------------------------------------
    def _region_name(self, line: Any) -> str:
        if line.kato is None:
            return self.tr("No single region (online sessions)")
        names = line.names
        return f"{line.kato} — {names.get(self.context.name_language()) or names['en']}"

    def _bundle_text(self, device: Any) -> str:
        if device.last_bundle_at is None:
            return self.tr("none yet")
        status = _status_names().get(device.last_bundle_status, device.last_bundle_status)
        return self.tr("{when}: {status}, {records} records").format(
            when=dates.moment(device.last_bundle_at),
            status=status,
            records=device.last_bundle_records,
        )

    def _show(self, lines: list[Any]) -> None:
        self.lines = lines
        selected, self._wanted = self._wanted or self.selected(), None
        self.tree.clear()
        enrolled = revoked = 0
        for line in lines:
            item = QTreeWidgetItem([self._region_name(line), str(line.meetings),
                                    str(line.proposals)])  # fmt: skip
            item.setData(NAME, KEY_ROLE, ("region", line.kato or ""))
            font = item.font(NAME)
            font.setBold(True)
            item.setFont(NAME, font)
            for column in (MEETINGS, PROPOSALS):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.tree.addTopLevelItem(item)
            for device in line.devices:
                enrolled += 1
                revoked += device.revoked
                child = QTreeWidgetItem(
                    [
                        device.name or device.id,
                        "",
                        "",
                        device.code or "",
                        device.fingerprint or self.tr("not enrolled"),
                        dates.moment(device.enrolled_at),
                        self._bundle_text(device),
                        self.tr("revoked") if device.revoked else self.tr("active"),
                    ]
                )
                child.setData(NAME, KEY_ROLE, ("device", device.id))
                child.setToolTip(NAME, device.id)
                if device.revoked:
                    for column in range(8):
                        child.setForeground(column, self.palette().placeholderText())
                item.addChild(child)
        self.tree.expandAll()
        self.summary.setText(
            self.tr(
                "Regions: {regions}. Devices enrolled: {devices}, of them revoked: {revoked}."
            ).format(
                regions=sum(1 for line in lines if line.kato), devices=enrolled, revoked=revoked
            )
        )
        if selected:
            self._select(selected)
        self._update_buttons()

    def _select(self, key: tuple[str, str]) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is None:
                continue
            for item in [top, *(top.child(i) for i in range(top.childCount()))]:
                if item is not None and tuple(item.data(NAME, KEY_ROLE)) == key:
                    self.tree.setCurrentItem(item)
                    return

    def selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, key = item.data(NAME, KEY_ROLE)
        return str(kind), str(key)

    def selected_device(self) -> Any:
        key = self.selected()
        if key is None or key[0] != "device":
            return None
        for line in self.lines:
            for device in line.devices:
                if device.id == key[1]:
                    return line, device
        return None

    def _update_buttons(self) -> None:
        found = self.selected_device()
        self.revoke_button.setEnabled(found is not None and not found[1].revoked)

    # --- actions ------------------------------------------------------------------------------
    def enrol(self) -> None:
        """Read a card and show it in enrolment's own dialog (``sync_ui.enroll_card``), where
        the analyst compares the fingerprint before enrolling; the page reads again after it."""

        def opened(dialog: QDialog, card: Any) -> None:
            dialog.finished.connect(lambda _result: self.refresh())
            self._wanted = ("device", card.device_id)

        enroll_card(self.context, self, opened)

    def revoke_selected(self) -> None:
        found = self.selected_device()
        if found is None or found[1].revoked:
            return
        line, device = found
        question = self.tr(
            "Revoke device «{name}» of {region} (code {code}, fingerprint {fingerprint})? Its "
            "further bundles will be quarantined; what it sent already stays. A revoked device "
            "is not enrolled again: its laptop needs a new card."
        ).format(
            name=device.name or device.id,
            region=self._region_name(line),
            code=device.code or "—",
            fingerprint=device.fingerprint or "—",
        )
        if confirm(self, self.tr("Revoke a device"), question):
            self.context.operations.write(
                _revoke, device.id, done=lambda _id: self.refresh(), owner=self
            )
