"""Every text a user can see in a widget tree: labels, buttons, group boxes, tab titles, combo
items, placeholders, tooltips, menus, window titles, and the headers and cells of every table and
tree (display text and tooltips). Used by the Korean-screen test (tests/test_latin_words_ui.py).

Each text comes with where it was found, e.g. ``("QLabel", "footprint", "헤더")``, so that a
failure names the widget; ``cell`` texts are marked as such (their column holds data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Seen:
    where: str  # widget class and object name, or "cell"/"header" with the view's class
    text: str
    cell: bool = False  # a table or tree cell (data the user entered may stand there)


def _plain(text: str, mnemonic: bool = False) -> str:
    """Rich text without its tags and entities; with ``mnemonic``, the shortcut '&' removed."""
    from html import unescape

    if "<" in text and ">" in text:
        text = unescape(_TAG.sub(" ", text))
    if mnemonic:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip()


def _model_texts(model, where: str, out: list[Seen], parent=None, depth: int = 0) -> None:
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

    parent = parent if parent is not None else QModelIndex()
    rows = model.rowCount(parent)
    cols = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    if depth == 0:
        for c in range(cols):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                h = model.headerData(c, Qt.Orientation.Horizontal, role)
                if h:
                    out.append(Seen(f"header {where}", _plain(str(h))))
    for r in range(rows):
        for c in range(cols):
            idx = model.index(r, c, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                v = model.data(idx, role)
                if isinstance(v, str) and v.strip():
                    out.append(Seen(f"cell {where} r{r} c{c}", _plain(v), cell=True))
        first = model.index(r, 0, parent)
        if depth < 8 and cols > 1 and model.rowCount(first) > 0:
            _model_texts(model, where, out, first, depth + 1)


def _name(w) -> str:
    return f"{type(w).__name__}:{w.objectName()}" if w.objectName() else type(w).__name__


def visible_texts(root, include_hidden: bool = False) -> list[Seen]:
    """The texts of ``root`` and every visible widget below it (all widgets if include_hidden)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QMenuBar,
        QPlainTextEdit,
        QProgressBar,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    out: list[Seen] = []

    def add(w, text, where=None, mnemonic=False):
        text = _plain(str(text or ""), mnemonic)
        if text:
            out.append(Seen(where or _name(w), text))

    for w in [root, *root.findChildren(QWidget)]:
        if not include_hidden and not w.isVisible() and not isinstance(w, QMenu):
            continue
        if w.isWindow():
            add(w, w.windowTitle())
        add(w, w.toolTip(), _name(w) + " tooltip")
        add(w, w.statusTip(), _name(w) + " status tip")
        add(w, w.whatsThis(), _name(w) + " what's this")
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text(), mnemonic=True)
        elif isinstance(w, QGroupBox):
            add(w, w.title(), mnemonic=True)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, w.tabText(i), mnemonic=True)
                add(w, w.tabToolTip(i), _name(w) + " tab tooltip")
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
            if w.lineEdit() is None:
                add(w, w.placeholderText())
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
            add(w, w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(w, w.placeholderText())
            add(w, w.toPlainText())
        elif isinstance(w, QAbstractSpinBox):
            add(w, w.specialValueText())
            add(w, w.text())
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            add(w, w.format())
        elif isinstance(w, (QMenuBar, QMenu)):
            for a in w.actions():
                add(w, a.text(), mnemonic=True)
                add(w, a.toolTip() if a.toolTip() != a.text().replace("&", "") else "", _name(w) + " tooltip")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            _model_texts(w.model(), _name(w), out)
    return out


def visit_tabs(root, each) -> None:
    """Call ``each()`` with every tab of every tab widget under ``root`` made current in turn
    (tabs inside tabs included), then put each tab widget back on the tab it showed."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    def walk(widget, seen):
        for tabs in widget.findChildren(QTabWidget):
            if tabs in seen or not tabs.isVisible():
                continue
            seen.add(tabs)
            before = tabs.currentIndex()
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                each()
                walk(tabs.widget(i), seen)
            tabs.setCurrentIndex(before)

    each()
    walk(root, set())
