"""The KOL editor: every profile field, accounts as a sub-table, inline messages, Save only when valid."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols import custom_fields
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.changes import differing_fields
from kolcrm.core.kols.form import form_from_record, record_from_form
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.store.versions import EditConflict
from kolcrm.core.vocabulary import Status, Tier
from kolcrm.ui.kols.accounts_table import AccountsTable
from kolcrm.ui.kols.custom_inputs import CustomFieldInput

_ACCOUNT_FIELD = re.compile(r"^accounts\[(\d+)\]\.(\w+)$")
# (field, label, placeholder): labels and the placeholders with words in them are translated where shown.
_PROFILE_FIELDS = (
    ("display_name", QT_TRANSLATE_NOOP("KolEditor", "Display name *"),
     QT_TRANSLATE_NOOP("KolEditor", "昵称, e.g. 李佳琦Austin")),
    ("real_name", QT_TRANSLATE_NOOP("KolEditor", "Real name"), ""),
    ("categories", QT_TRANSLATE_NOOP("KolEditor", "Categories"), "美妆, 护肤"),
    ("value_tags", QT_TRANSLATE_NOOP("KolEditor", "Image & values tags"), "健康生活, 真实分享"),
    ("city", QT_TRANSLATE_NOOP("KolEditor", "City / region"), "上海"),
    ("languages", QT_TRANSLATE_NOOP("KolEditor", "Languages"), "中文, English"),
    ("birthday", QT_TRANSLATE_NOOP("KolEditor", "Birthday"), "YYYY-MM-DD"),
    ("lunar_birthday", QT_TRANSLATE_NOOP("KolEditor", "Lunar birthday"),
     QT_TRANSLATE_NOOP("KolEditor", "MM-DD in the Chinese calendar, e.g. 08-15 (L04-05: leap month)")),
)  # fmt: skip
_CONTACT_FIELDS = (
    ("agency", QT_TRANSLATE_NOOP("KolEditor", "Agency / MCN"), ""),
    ("agent_name", QT_TRANSLATE_NOOP("KolEditor", "Agent"), ""),
    ("agent_contact", QT_TRANSLATE_NOOP("KolEditor", "Agent contact"), ""),
    ("wechat_id", QT_TRANSLATE_NOOP("KolEditor", "WeChat ID"), ""),
    ("phone", QT_TRANSLATE_NOOP("KolEditor", "Phone"), "+86 138 0000 0000"),
    ("email", QT_TRANSLATE_NOOP("KolEditor", "Email"), "name@example.com"),
    ("owner", QT_TRANSLATE_NOOP("KolEditor", "Owner (account manager)"), ""),
)
# For a contract with a KOL who signs as a person. The ID and account numbers are personal data: shown masked until
# their field is clicked into (PasswordEchoOnEdit), never in the KOL list or pane.
_CONTRACT_FIELDS = (
    ("legal_id_number", QT_TRANSLATE_NOOP("KolEditor", "ID number"),
     QT_TRANSLATE_NOOP("KolEditor", "身份证号 or passport number")),
    ("legal_address", QT_TRANSLATE_NOOP("KolEditor", "Address"), ""),
    ("payee_bank", QT_TRANSLATE_NOOP("KolEditor", "Payee bank"), QT_TRANSLATE_NOOP("KolEditor", "e.g. 招商银行上海分行")),
    ("payee_account", QT_TRANSLATE_NOOP("KolEditor", "Payee account"), ""),
    ("agency_legal_name", QT_TRANSLATE_NOOP("KolEditor", "Agency's registered name"),
     QT_TRANSLATE_NOOP("KolEditor", "As on its business licence, when an agency signs")),
    ("agency_uscc", QT_TRANSLATE_NOOP("KolEditor", "Agency's 统一社会信用代码"), ""),
    ("agency_address", QT_TRANSLATE_NOOP("KolEditor", "Agency's address"), ""),
)  # fmt: skip
MASKED_FIELDS = ("legal_id_number", "payee_account")


class KolEditor(QDialog):
    saved = Signal(int)

    def __init__(self, kol_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_id = kol_id
        self.setWindowTitle(self.tr("New KOL") if kol_id is None else self.tr("Edit KOL"))
        self.resize(1000, 680)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self.read_version: int | None = None
        self._overwrite = False  # the person chose to save over someone else's newer change

        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.tier = QComboBox()
        self.tier.addItem(self.tr("Derived from followers"), "")
        for tier in sorted(Tier, reverse=True):
            if tier != Tier.UNKNOWN:
                self.tier.addItem(tier.label, str(int(tier)))

        profile = QFormLayout()
        self._add_field(profile, *_PROFILE_FIELDS[0])
        self._add_field(profile, *_PROFILE_FIELDS[1])
        profile.addRow(self.tr("Status"), self.status)
        profile.addRow(self.tr("Tier"), self.tier)
        for spec in _PROFILE_FIELDS[2:]:
            self._add_field(profile, *spec)
        contact = QFormLayout()
        for spec in _CONTACT_FIELDS:
            self._add_field(contact, *spec)
        for_contracts = QFormLayout()
        for spec in _CONTRACT_FIELDS:
            self._add_field(for_contracts, *spec)
        for key in MASKED_FIELDS:
            self.fields[key].setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.custom_fields = custom_fields.list_fields()
        self.custom_inputs: dict[int, CustomFieldInput] = {}
        custom = QFormLayout()
        for field in self.custom_fields:
            self._add_custom_input(custom, field)

        self.accounts = AccountsTable()
        self.accounts.changed.connect(self._revalidate)
        add_account = QPushButton(self.tr("Add account"))
        add_account.clicked.connect(lambda: self.accounts.add_account())
        remove_account = QPushButton(self.tr("Remove account"))
        remove_account.clicked.connect(self.accounts.remove_selected)
        self.account_errors = QLabel()
        self.account_errors.setObjectName("accountErrors")
        self.account_errors.setStyleSheet("color: #b00020;")
        self.account_errors.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(_group(self.tr("Profile"), profile), 3)
        people = QVBoxLayout()
        people.addWidget(_group(self.tr("Contact"), contact))
        people.addWidget(_group(self.tr("For contracts"), for_contracts))
        columns.addLayout(people, 2)
        if self.custom_fields:
            scroll = QScrollArea()
            scroll.setObjectName("customFields")
            scroll.setWidgetResizable(True)
            scroll.setWidget(_group(self.tr("Custom fields"), custom))
            columns.addWidget(scroll, 2)
        account_buttons = QHBoxLayout()
        account_buttons.addWidget(add_account)
        account_buttons.addWidget(remove_account)
        account_buttons.addStretch(1)
        hint = QLabel(self.tr("Followers take 12,345 · 1.2万 · 3.5w · 12.3k; the rate card reads “format: fee; …”."))
        hint.setStyleSheet("color: #666;")
        account_buttons.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(QLabel("<b>" + self.tr("Platform accounts") + "</b>"))
        layout.addWidget(self.accounts, 1)
        layout.addLayout(account_buttons)
        layout.addWidget(self.account_errors)
        layout.addWidget(self.buttons)

        self.status.currentIndexChanged.connect(self._revalidate)
        self.tier.currentIndexChanged.connect(self._revalidate)
        self.load()

    # -- load / save ---------------------------------------------------------------------------------------
    def load(self) -> None:
        if self.kol_id is None:
            self.accounts.add_account()
            self._revalidate()
            return
        record = kols.get_kol(self.kol_id)
        self.read_version = record.row_version  # a save over a newer change is refused (see save)
        values, rows = form_from_record(record)
        for key, edit in self.fields.items():
            edit.blockSignals(True)
            edit.setText(values.get(key, ""))
            edit.blockSignals(False)
        self.status.setCurrentIndex(max(self.status.findData(values["status"]), 0))
        self.tier.setCurrentIndex(max(self.tier.findData(values["tier_override"]), 0))
        for account, row in zip(record.accounts, rows, strict=True):
            self.accounts.add_account(row, account.id)
        for field in self.custom_fields:
            self.custom_inputs[field.id].set_text(custom_fields.editable_text(field, record.custom.get(field.id)))
        self._touched = set(self.errors)
        self._revalidate()

    def save(self) -> None:
        record, problems = self._record()
        if problems:
            self._show_problems(problems)
            return
        try:
            kol_id = kols.save_kol(record, overwrite=self._overwrite)
        except EditConflict as exc:
            self._settle_conflict(exc, record)
            return
        except ValidationError as exc:
            self._touched |= set(self.errors)
            self._show_problems([_renumbered(problem, self._kept) for problem in exc.problems])
            return
        except NotFoundError as exc:
            self.account_errors.setText(str(exc))
            return
        self.kol_id = kol_id
        self.saved.emit(kol_id)
        self.accept()

    def _settle_conflict(self, conflict: EditConflict, mine: KolRecord) -> None:
        """Someone saved this KOL since it was opened: reload theirs, save over it, or go on editing."""
        from kolcrm.ui.kols.conflict_dialog import Choice, ask_about_conflict

        theirs = kols.get_kol(conflict.record_id)
        choice = ask_about_conflict(self, str(conflict), differing_fields(mine, theirs))
        if choice is Choice.RELOAD:
            self.accounts.setRowCount(0)
            self.load()
        elif choice is Choice.OVERWRITE:
            self._overwrite = True
            self.save()

    # -- validation ----------------------------------------------------------------------------------------
    def _record(self) -> tuple[KolRecord, list[FieldProblem]]:
        values = {key: edit.text() for key, edit in self.fields.items()}
        values["status"] = self.status.currentData()
        values["tier_override"] = self.tier.currentData()
        rows, ids = self.accounts.rows(), self.accounts.account_ids()
        # A new row nobody has typed in yet is not an account: a KOL without accounts may be saved.
        kept = [
            i for i, row in enumerate(rows) if ids[i] is not None or any(v for k, v in row.items() if k != "platform")
        ]
        self._kept = kept
        record, problems = record_from_form(values, [rows[i] for i in kept])
        texts = {field_id: widget.text() for field_id, widget in self.custom_inputs.items()}
        record.custom, custom_problems = custom_fields.parse_values(texts, self.custom_fields)
        problems += custom_problems
        record.id = self.kol_id
        record.row_version = self.read_version
        for account, index in zip(record.accounts, kept, strict=True):
            account.id = ids[index]
        if not problems:
            problems = kols.handle_conflicts(record)
        return record, [_renumbered(problem, kept) for problem in problems]

    def _revalidate(self) -> None:
        _record, problems = self._record()
        self._show_problems(problems)
        self.save_button.setEnabled(not problems)

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        by_field = {p.field: p.message for p in reversed(problems)}
        for key, label in self.errors.items():
            message = by_field.get(key, "") if key in self._touched else ""
            label.setText(message)
            label.setVisible(bool(message))
        cells: dict[tuple[int, str], str] = {}
        for problem in problems:
            match = _ACCOUNT_FIELD.match(problem.field)
            if match:
                cells.setdefault((int(match.group(1)), match.group(2)), problem.message)
        self.accounts.mark_problems(cells)
        self.account_errors.setText("\n".join(dict.fromkeys(cells.values())))

    def _add_field(self, form: QFormLayout, key: str, label: str, placeholder: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setPlaceholderText(self.tr(placeholder) if placeholder else "")
        error = QLabel()
        error.setObjectName(f"{key}_error")
        error.setStyleSheet("color: #b00020; font-size: 11px;")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(edit)
        box.addWidget(error)
        form.addRow(self.tr(label), box)
        self.fields[key] = edit
        self.errors[key] = error
        edit.textEdited.connect(lambda _text, key=key: self._touch(key))
        edit.textChanged.connect(self._revalidate)

    def _add_custom_input(self, form: QFormLayout, field: custom_fields.CustomFieldDef) -> None:
        """One input per custom field, its messages under it as for the built-in fields (key custom[<id>])."""
        widget = CustomFieldInput(field)
        error = QLabel()
        error.setObjectName(f"{field.key}_error")
        error.setStyleSheet("color: #b00020; font-size: 11px;")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        label = QLabel(field.name)  # the user's own name for the field: shown as typed, never translated
        label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(label, box)
        self.custom_inputs[field.id] = widget
        self.errors[field.key] = error
        widget.edited.connect(lambda key=field.key: self._touch(key))
        widget.edited.connect(self._revalidate)

    def _touch(self, key: str) -> None:
        """Messages for a field appear once the user has typed in it, not on a blank new form."""
        if key not in self._touched:
            self._touched.add(key)
            self._revalidate()


def _renumbered(problem: FieldProblem, kept: list[int]) -> FieldProblem:
    """Point a problem of the n-th kept account back at its row in the table."""
    match = _ACCOUNT_FIELD.match(problem.field)
    if not match:
        return problem
    return FieldProblem(f"accounts[{kept[int(match.group(1))]}].{match.group(2)}", problem.message)


def _group(title: str, form: QFormLayout) -> QGroupBox:
    group = QGroupBox(title)
    group.setLayout(form)
    return group
