"""The KOL pane's outreach line: the stage (set it here), how many messages went out and when the last did, and
Send a message…."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from kolcrm.core.kols import outreach
from kolcrm.core.vocabulary.outreach import OutreachStage


class OutreachBox(QWidget):
    changed = Signal(int)  # kol id: its stage was set, or a message logged, here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_id: int | None = None
        self.stage = QComboBox()
        self.stage.setObjectName("outreachStage")
        for stage in OutreachStage:
            self.stage.addItem(stage.label, stage.value)
        self.stage.setToolTip(self.tr("Outreach: where reaching out to this KOL stands (建联)"))
        self.stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stage.setMinimumContentsLength(8)  # the longest stage is in the open list; the pane stays narrow
        self.summary = QLabel()
        self.summary.setObjectName("outreachSummary")
        self.summary.setStyleSheet("color: #57606a;")
        self.summary.setMinimumWidth(1)  # elided by the layout rather than widening the pane
        self.summary.setWordWrap(True)
        self.message_button = QPushButton(self.tr("Send a message…"))
        self.message_button.clicked.connect(self.send_message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.message_button)
        self.stage.activated.connect(self._stage_chosen)

    def load(self, kol_id: int | None, read_only: bool = False) -> None:
        self.kol_id = kol_id
        for widget in (self.stage, self.message_button):
            widget.setEnabled(kol_id is not None and not read_only)
        if kol_id is None:
            self.stage.setCurrentIndex(0)
            self.summary.clear()
            return
        stage, since, touches, last = outreach.summary(kol_id)
        self.stage.setCurrentIndex(max(self.stage.findData(stage.value), 0))
        parts = [self.tr("since {0}").format(since.isoformat())] if since and stage is not OutreachStage.NONE else []
        if touches:
            parts.append(self.tr("%n messages, the last on {0}", "", touches).format(last.isoformat() if last else "—"))
        self.summary.setText(" · ".join(parts))

    def send_message(self) -> None:
        from kolcrm.ui.kols.message_dialog import MessageDialog

        if self.kol_id is None:
            return
        dialog = MessageDialog([self.kol_id], self)
        dialog.exec()
        if dialog.sent:
            self.load(self.kol_id)
            self.changed.emit(self.kol_id)

    def _stage_chosen(self, index: int) -> None:
        if self.kol_id is None:
            return
        outreach.set_stage([self.kol_id], OutreachStage(self.stage.itemData(index)))
        self.load(self.kol_id)
        self.changed.emit(self.kol_id)
