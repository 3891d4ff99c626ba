"""The pipeline board: a column per stage, a card per deal; dropping a card on a column moves the deal."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.list_query import DealRow
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.numbers import format_money
from kolcrm.core.vocabulary import PIPELINE, Stage
from kolcrm.ui import prompts
from kolcrm.ui.collaborations.confirmations import run_confirming
from kolcrm.ui.collaborations.table_model import WARNING_COLOUR, flag_texts

MIME_TYPE = "application/x-kolcrm-collaboration"
DEAL_ROLE = Qt.ItemDataRole.UserRole + 1  # the DealRow behind a card
COLUMN_WIDTH = 124  # the narrowest a column gets; wider windows share the extra width among the columns
PAD = 7


class Board(QScrollArea):
    """All stage columns side by side, scrolling sideways when the window is narrow."""

    current_changed = Signal(object)  # collaboration id, or None
    activated = Signal(int)  # double-clicked card
    moved = Signal(int, str)  # collaboration id, new stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.columns: dict[Stage, StageColumn] = {}
        inner = QWidget()
        layout = QHBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for stage in (*PIPELINE, Stage.CANCELLED):
            column = StageColumn(self, stage)
            self.columns[stage] = column
            layout.addWidget(column)
        layout.addStretch(0)
        self.setWidget(inner)

    def set_rows(self, rows: list[DealRow]) -> None:
        current = self.current_id()
        by_stage: dict[Stage, list[DealRow]] = {stage: [] for stage in self.columns}
        for row in rows:
            by_stage[row.stage].append(row)
        for stage, column in self.columns.items():
            column.set_rows(by_stage[stage])
        if current is not None:
            self.select(current)

    def move_card(self, collaboration_id: int, target: Stage) -> bool:
        """Move a deal to `target` as a drop does: refused with the core's reason, the card staying put."""
        target = Stage(target)
        source = self.column_of(collaboration_id)
        try:
            done, _nothing = run_confirming(
                self, lambda risks, conflicts: collaborations.move_stage(collaboration_id, target, risks, conflicts)
            )
            if not done:
                return False
        except (ValidationError, NotFoundError) as exc:
            message = exc.message if isinstance(exc, ValidationError) else str(exc)
            prompts.error(self, self.tr("Cannot move the collaboration"), message)
            return False
        if source is not None and source.stage is not target:
            item = source.take(collaboration_id)
            if item is not None:
                self.columns[target].put(item)
        self.select(collaboration_id)
        self.moved.emit(collaboration_id, str(target))
        return True

    def column_of(self, collaboration_id: int) -> StageColumn | None:
        return next((c for c in self.columns.values() if c.item_of(collaboration_id) is not None), None)

    def card_ids(self, stage: Stage) -> list[int]:
        return self.columns[Stage(stage)].ids()

    def select(self, collaboration_id: int) -> bool:
        column = self.column_of(collaboration_id)
        if column is None:
            return False
        item = column.item_of(collaboration_id)
        column.cards.setCurrentItem(item)
        column.cards.scrollToItem(item)
        self.ensureWidgetVisible(column)
        return True

    def current_id(self) -> int | None:
        for column in self.columns.values():
            item = column.cards.currentItem()
            if item is not None and item.isSelected():
                return item.data(DEAL_ROLE).id
        return None

    def _card_selected(self, column: StageColumn) -> None:
        item = column.cards.currentItem()
        if item is None or not item.isSelected():
            return
        for other in self.columns.values():  # one card selected on the whole board
            if other is not column:
                other.cards.blockSignals(True)
                other.cards.clearSelection()
                other.cards.setCurrentItem(None)
                other.cards.blockSignals(False)
        self.current_changed.emit(item.data(DEAL_ROLE).id)


class StageColumn(QFrame):
    def __init__(self, board: Board, stage: Stage) -> None:
        super().__init__()
        self.board = board
        self.stage = stage
        self.setObjectName("stageColumn")
        self.setMinimumWidth(COLUMN_WIDTH if stage is not Stage.CANCELLED else COLUMN_WIDTH - 20)
        self.setMaximumWidth(260)
        self.header = QLabel()
        self.header.setObjectName("stageHeader")
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header.setStyleSheet(
            "QLabel#stageHeader { font-weight: bold; padding: 5px; background: %s; border-radius: 4px; }"
            % ("#eee" if stage is Stage.CANCELLED else "#dde7f3")
        )
        self.cards = StageList(self)
        self.cards.currentItemChanged.connect(lambda *_: self.board._card_selected(self))
        self.cards.itemSelectionChanged.connect(lambda: self.board._card_selected(self))
        self.cards.itemDoubleClicked.connect(lambda item: self.board.activated.emit(item.data(DEAL_ROLE).id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.cards, 1)
        self._update_header()

    def set_rows(self, rows: list[DealRow]) -> None:
        self.cards.blockSignals(True)
        self.cards.clear()
        for row in rows:
            self.put(_card(row), update=False)
        self.cards.blockSignals(False)
        self._update_header()

    def put(self, item: QListWidgetItem, update: bool = True) -> None:
        row: DealRow = item.data(DEAL_ROLE)
        if update:
            self.cards.insertItem(0, item)  # a moved card lands on top of its new column
        else:
            self.cards.addItem(item)
        item.setToolTip(f"{row.title}\n{row.kol_name} · {row.brand_name}")
        if update:
            self._update_header()

    def take(self, collaboration_id: int) -> QListWidgetItem | None:
        item = self.item_of(collaboration_id)
        if item is None:
            return None
        self.cards.blockSignals(True)
        taken = self.cards.takeItem(self.cards.row(item))
        self.cards.blockSignals(False)
        self._update_header()
        return taken

    def item_of(self, collaboration_id: int) -> QListWidgetItem | None:
        for number in range(self.cards.count()):
            item = self.cards.item(number)
            if item.data(DEAL_ROLE).id == collaboration_id:
                return item
        return None

    def ids(self) -> list[int]:
        return [self.cards.item(n).data(DEAL_ROLE).id for n in range(self.cards.count())]

    def _update_header(self) -> None:
        self.header.setText(f"{self.stage.label} ({self.cards.count()})")


class StageList(QListWidget):
    """The cards of one stage. A drop asks the board to move the deal; the core decides."""

    def __init__(self, column: StageColumn) -> None:
        super().__init__()
        self.column = column
        self.setObjectName(f"cards_{column.stage}")
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(3)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # cards re-wrap when a scroll bar appears
        self.setStyleSheet("QListWidget { background: #f4f6f8; border: none; }")

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        if items:
            mime.setData(MIME_TYPE, QByteArray(str(items[0].data(DEAL_ROLE).id).encode()))
        return mime

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_if_card(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_if_card(event)

    def dropEvent(self, event: QDropEvent) -> None:
        collaboration_id = card_id(event.mimeData())
        if collaboration_id is None or self.column.item_of(collaboration_id) is not None:
            event.ignore()  # not a card, or dropped back on its own column: nothing to do
            return
        moved = self.column.board.move_card(collaboration_id, self.column.stage)
        if moved:
            # The board has moved the card itself: Copy keeps the source view from removing anything.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def _accept_if_card(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()


def card_id(mime: QMimeData) -> int | None:
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        return int(bytes(mime.data(MIME_TYPE).data()).decode())
    except ValueError:
        return None


def _card(row: DealRow) -> QListWidgetItem:
    item = QListWidgetItem(row.title)
    item.setData(DEAL_ROLE, row)
    return item


class CardDelegate(QStyledItemDelegate):
    """A card: the title (wrapped), KOL · brand, the agreed fee, then flags in red."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: DealRow | None = index.data(DEAL_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = option.rect.adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor("#2f6fb5" if selected else "#c9d1da"), 2 if selected else 1))
        painter.setBrush(QColor("#eaf2fc" if selected else "#ffffff"))
        painter.drawRoundedRect(card, 5, 5)
        y = card.top() + PAD
        width = card.width() - 2 * PAD
        for text, font, colour, wrap in self._lines(row, option.font, width):
            painter.setFont(font)
            painter.setPen(QColor(colour))
            metrics = QFontMetrics(font)
            flags = Qt.TextFlag.TextWordWrap if wrap else Qt.TextFlag.TextSingleLine
            if not wrap:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            height = metrics.boundingRect(QRect(0, 0, width, 1000), int(flags), text).height()
            painter.drawText(QRect(card.left() + PAD, y, width, height), int(flags | Qt.AlignmentFlag.AlignLeft), text)
            y += height + 2
        painter.restore()
        return None

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        row: DealRow | None = index.data(DEAL_ROLE)
        view = option.widget
        card_width = max((view.viewport().width() if view is not None else COLUMN_WIDTH) - 2 - 6, 40 + 2 * PAD)
        if row is None:
            return super().sizeHint(option, index)
        # Measured at the width paint() draws in (the card less its border and padding), so nothing is cut.
        width = card_width - 2 - 2 * PAD
        height = 2 * PAD + 2
        for text, font, _colour, wrap in self._lines(row, option.font, width):
            metrics = QFontMetrics(font)
            flags = Qt.TextFlag.TextWordWrap if wrap else Qt.TextFlag.TextSingleLine
            height += metrics.boundingRect(QRect(0, 0, width, 1000), int(flags), text).height() + 2
        return QSize(card_width, height)

    def _lines(self, row: DealRow, base: QFont, width: int) -> list[tuple[str, QFont, str, bool]]:
        """(text, font, colour, wraps) per line; a line that does not wrap is elided (the card's tooltip is whole)."""
        bold = QFont(base)
        bold.setBold(True)
        fee = format_money(row.agreed_fee, row.currency) if row.agreed_fee is not None else self.tr("Fee not agreed")
        lines = [(row.title, bold, "#1d2733", True)]
        parties = f"{row.kol_name} · {row.brand_name}"
        if QFontMetrics(base).horizontalAdvance(parties) <= width:
            lines.append((parties, base, "#52606d", False))
        else:  # a line each, so the brand is not the part cut off; it wraps unless one word is too long
            metrics = QFontMetrics(base)
            wraps = all(metrics.horizontalAdvance(word) <= width for word in row.brand_name.split())
            lines += [(row.kol_name, base, "#52606d", False), (row.brand_name, base, "#52606d", wraps)]
        lines.append((fee, base, "#1d2733", False))
        for flag in flag_texts(row):
            badge = flag.startswith("★")  # a badge stays on one line
            lines.append((flag, base, "#8a6d00" if badge else WARNING_COLOUR, not badge))
        return lines
