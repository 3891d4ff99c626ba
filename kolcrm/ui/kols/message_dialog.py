"""Send a message to one or many KOLs: a template filled in for each (their name, platform and handle; the brand
and fee typed once), copied for WeChat or e-mail one by one or all together, then marked as sent — a touch in each
KOL's history and outreach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.brands.service import list_brands
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols import outreach
from kolcrm.core.kols import outreach_templates as templates
from kolcrm.core.store import versions
from kolcrm.ui import prompts


class MessageDialog(QDialog):
    def __init__(self, kol_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_ids = kol_ids
        self.sent = 0
        self.setWindowTitle(self.tr("Send a message to %n KOLs", "", len(kol_ids)))
        self.template = QComboBox()
        self.template.setObjectName("messageTemplate")
        self.templates = templates.list_templates()
        for template in self.templates:
            language = "中文" if template.language == "zh" else "EN"
            self.template.addItem(f"{template.name} ({language})")
        self.brand = QComboBox()
        self.brand.setEditable(True)
        self.brand.addItems([brand.name for brand in list_brands()])
        self.me = QLineEdit(versions.current_person())
        self.me.setObjectName("messageSender")
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("e.g. ¥20,000"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("messageBody")
        self.body.setMaximumHeight(110)
        self.body.setToolTip(self.tr("Fields: {name} {platform} {handle} {brand} {fee} {me}"))
        self.recipients = QListWidget()
        self.recipients.setObjectName("messageRecipients")
        self.recipients.setMaximumWidth(200)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("messagePreview")
        self.preview.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Brand"), self.brand)
        form.addRow(self.tr("Fee / budget"), self.fee)
        form.addRow(self.tr("Your name ({me})"), self.me)
        form.addRow(self.tr("Message"), self.body)
        save_template = QPushButton(self.tr("Save as template…"))
        save_template.clicked.connect(self.save_as_template)
        form.addRow("", save_template)
        side = QHBoxLayout()
        side.addWidget(self.recipients)
        side.addWidget(self.preview, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_all_button = QPushButton(self.tr("Copy all"))
        self.sent_button = QPushButton(self.tr("Mark as sent"))
        self.sent_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        self.copy_button.clicked.connect(self.copy_current)
        self.copy_all_button.clicked.connect(self.copy_all)
        self.sent_button.clicked.connect(self.mark_sent)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copy_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(close)
        self.note = QLabel(self.tr("Copy each message into WeChat or your e-mail, then mark them as sent."))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(side, 1)
        layout.addLayout(buttons)
        self.resize(760, 560)
        for kol_id in kol_ids:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, kol_id)
            self.recipients.addItem(item)
        self.template.currentIndexChanged.connect(self._template_chosen)
        for signal in (self.brand.currentTextChanged, self.fee.textChanged, self.me.textChanged, self.body.textChanged):
            signal.connect(self._refill)
        self.recipients.currentRowChanged.connect(lambda _row: self._show_current())
        self._template_chosen(0)
        self.recipients.setCurrentRow(0)

    def messages(self) -> dict[int, str]:
        """Each recipient's message as it stands now."""
        language = self.templates[self.template.currentIndex()].language if self.templates else "zh"
        filled = {}
        for kol_id in self.kol_ids:
            try:
                values = templates.kol_values(
                    kol_id, language, self.brand.currentText().strip(), self.fee.text().strip(), self.me.text().strip()
                )
            except NotFoundError:
                continue
            filled[kol_id] = templates.fill(self.body.toPlainText(), values)
        return filled

    def copy_current(self) -> None:
        QGuiApplication.clipboard().setText(self.preview.toPlainText())

    def copy_all(self) -> None:
        names = {self.recipients.item(i).data(Qt.ItemDataRole.UserRole): self.recipients.item(i).text()
                 for i in range(self.recipients.count())}  # fmt: skip
        QGuiApplication.clipboard().setText(
            "\n\n".join(f"【{names.get(kol_id, kol_id)}】\n{text}" for kol_id, text in self.messages().items())
        )

    def mark_sent(self) -> None:
        try:
            self.sent = outreach.log_touches(self.messages())
        except ValidationError as exc:
            prompts.error(self, self.tr("Not marked as sent"), exc.message)
            return
        self.accept()

    def save_as_template(self) -> None:
        name, accepted = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Template name:"))
        if not accepted:
            return
        language = self.templates[self.template.currentIndex()].language if self.templates else "zh"
        try:
            templates.save_template(templates.OutreachTemplate(name, language, self.body.toPlainText()))
        except ValidationError as exc:
            prompts.error(self, self.tr("Template not saved"), exc.message)

    def _template_chosen(self, index: int) -> None:
        if 0 <= index < len(self.templates):
            self.body.setPlainText(self.templates[index].body)

    def _refill(self) -> None:
        messages = self.messages()
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            kol_id = item.data(Qt.ItemDataRole.UserRole)
            values = templates.kol_values(kol_id, "en", "", "") if kol_id in messages else {"name": str(kol_id)}
            item.setText(values["name"])
        self._show_current(messages)

    def _show_current(self, messages: dict[int, str] | None = None) -> None:
        item = self.recipients.currentItem()
        if item is None:
            self.preview.clear()
            return
        messages = messages if messages is not None else self.messages()
        self.preview.setPlainText(messages.get(item.data(Qt.ItemDataRole.UserRole), ""))
