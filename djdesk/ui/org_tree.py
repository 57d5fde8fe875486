"""The org tree on the left of the main window: names with a small grey kind tag (党支部, 村 …).

The model is a thin ``QAbstractItemModel`` over core's ``orgs.tree`` list rather than a
``QStandardItemModel``: a county has ≈ 3,000 org units, and creating an item object for each
cost ≈ 0.1 s of start-up.
"""

from __future__ import annotations

from djdesk.core import orgs
from djdesk.core.orgs import OrgNode
from djdesk.core.store import Store
from djdesk.ui.qt import (QAbstractItemModel, QAbstractItemView, QColor, QFont, QFontMetrics, QModelIndex,
                          QPainter, QRectF, QSize, QStyledItemDelegate, QStyleOptionViewItem, Qt, QTreeView,
                          Signal)

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2      # the Chinese kind label, drawn as a tag
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
_TAG_GAP = 6
_TAG_PAD = 4
_TEXT_MARGIN = 4                              # the style's text margin in an item without icon


class OrgTreeModel(QAbstractItemModel):
    """Read-only tree over a depth-first list of ``OrgNode``; an index's id is its list position."""

    def __init__(self, nodes: list[OrgNode] = (), parent=None):
        super().__init__(parent)
        self.set_nodes(list(nodes))

    def set_nodes(self, nodes: list[OrgNode]) -> None:
        self.beginResetModel()
        self._nodes = nodes
        self._position = {n.uuid: i for i, n in enumerate(nodes)}
        self._children: dict[int, list[int]] = {-1: []}
        self._parent: list[int] = []
        self._row: list[int] = []
        for i, node in enumerate(nodes):
            parent = self._position.get(node.parent_uuid, -1)
            siblings = self._children.setdefault(parent, [])
            self._parent.append(parent)
            self._row.append(len(siblings))
            siblings.append(i)
        self.endResetModel()

    def node(self, index: QModelIndex) -> OrgNode | None:
        return self._nodes[index.internalId()] if index.isValid() else None

    def index_of(self, uuid: str) -> QModelIndex:
        i = self._position.get(uuid)
        return QModelIndex() if i is None else self.createIndex(self._row[i], 0, i)

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        children = self._children.get(parent.internalId() if parent.isValid() else -1, ())
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        p = self._parent[index.internalId()]
        return QModelIndex() if p < 0 else self.createIndex(self._row[p], 0, p)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else -1, ()))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, NAME_ROLE):
            return node.name
        if role == KIND_ROLE:
            return node.kind_label
        if role == UUID_ROLE:
            return node.uuid
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{node.name}（{node.kind_label}）" + (f"  {node.code}" if node.code else "")
        return None


class KindTagDelegate(QStyledItemDelegate):
    """Draws the org name as usual and its kind in a small rounded tag after it."""

    def _tag_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.82, 7.0))
        return font

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        kind = index.data(KIND_ROLE)
        if kind:
            metrics = QFontMetrics(self._tag_font(option))
            size.setWidth(size.width() + _TAG_GAP + metrics.horizontalAdvance(kind) + 2 * _TAG_PAD + 4)
        return size

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        kind = index.data(KIND_ROLE)
        if not kind:
            return
        name_width = option.fontMetrics.horizontalAdvance(index.data(NAME_ROLE) or "")
        font = self._tag_font(option)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(kind) + 2 * _TAG_PAD
        height = metrics.height() + 2
        x = option.rect.left() + _TEXT_MARGIN + name_width + _TAG_GAP
        if x + width > option.rect.right():
            return
        rect = QRectF(x, option.rect.center().y() - height / 2 + 1, width, height)
        view = option.widget
        selected = view is not None and view.selectionModel().isSelected(index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 70) if selected else QColor("#e8edf3"))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setFont(font)
        painter.setPen(option.palette.highlightedText().color() if selected else QColor("#52606d"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, kind)
        painter.restore()


class OrgTree(QTreeView):
    """Emits ``org_selected(uuid, name)`` when the clerk picks an org."""

    org_selected = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("orgTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(KindTagDelegate(self))
        self.tree_model = OrgTreeModel(parent=self)
        self.setModel(self.tree_model)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def load(self, store: Store) -> None:
        self.tree_model.set_nodes(orgs.tree(store))

    def select_org(self, uuid: str) -> None:
        index = self.tree_model.index_of(uuid)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.expand(index)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def first_root(self) -> str | None:
        index = self.tree_model.index(0, 0)
        return index.data(UUID_ROLE) if index.isValid() else None

    def current_org(self) -> tuple[str | None, str]:
        index = self.currentIndex()
        if not index.isValid():
            return None, ""
        return index.data(UUID_ROLE), index.data(NAME_ROLE)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.org_selected.emit(current.data(UUID_ROLE), current.data(NAME_ROLE))
