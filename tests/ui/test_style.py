"""The style sheet's looks go to the widgets it names, never to the conversation list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

import resources
from ui.inbox.list_view import ConversationListView
from ui.style import NamedWidgetStyle, Sheet, apply_style


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The app with our style for one test; the previous style back afterwards."""
    before = qapp.style().name()
    apply_style(qapp, "auto")
    yield qapp
    qapp.setStyleSheet("")
    qapp.setStyle(QStyleFactory.create(before or "Fusion"))


def named(widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    return widget


def test_named_widgets_get_their_rules_and_the_list_none(
    styled: QApplication, qtbot: QtBot
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    lint = named(QLabel("Variables left"), "templateLint")
    send = named(QPushButton("Send"), "sendButton")
    search = named(QLineEdit(), "searchField")
    other = named(QPushButton("Other"), "templateLint")  # the rule is for a QLabel
    plain = QLabel("plain")
    view = ConversationListView()
    for widget in (lint, send, search, other, plain, view):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(styled.style(), NamedWidgetStyle)
    assert styled.styleSheet() == ""
    assert "QLabel#templateLint" in lint.styleSheet()
    assert lint.font().bold()
    assert lint.palette().color(QPalette.ColorRole.WindowText).name() == "#c0661a"
    assert send.font().bold()
    assert "QLineEdit#searchField" in search.styleSheet()
    assert other.styleSheet() == ""
    assert not other.font().bold()
    assert plain.styleSheet() == ""
    # The list and its cells paint through Fusion, not through the style sheet style.
    for widget in (view, view.viewport(), plain):
        assert widget.style().metaObject().className() != "QStyleSheetStyle"
    assert lint.style().metaObject().className() == "QStyleSheetStyle"


def test_shipped_sheet_only_names_widgets() -> None:
    sheet = Sheet.parse(resources.path("styles", "frontdesk.qss").read_text(encoding="utf-8"))
    assert sheet.other == ""  # an application-wide rule would slow the list down again
    names = {rule.object_name for rule in sheet.named}
    assert {"composerNotice", "offlineIndicator", "sendButton", "searchField"} <= names


def test_sheet_parsing_splits_named_rules_from_the_rest() -> None:
    sheet = Sheet.parse(
        """/* a comment { with braces } */
        QLabel#one, QLabel#two { color: red; }
        QTableView { gridline-color: blue; }
        QPushButton#three:hover { color: green; }
        """
    )
    assert [(r.class_name, r.object_name) for r in sheet.named] == [
        ("QLabel", "one"),
        ("QLabel", "two"),
    ]
    assert sheet.named[1].text == "QLabel#two { color: red; }"
    assert "QTableView { gridline-color: blue; }" in sheet.other
    assert "QPushButton#three:hover" in sheet.other
