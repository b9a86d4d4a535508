"""The history table model passes Qt's model tester and shows translated values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop.history import HistoryFilter
from desktop.history.records import find_rows
from tests.unit.history.world import HistoryWorld
from ui.history.table_model import HistoryTableModel


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, world: HistoryWorld) -> None:
    model = HistoryTableModel()
    model.set_rows(find_rows(world.store, HistoryFilter()))
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_columns_and_roles(world: HistoryWorld) -> None:
    model = HistoryTableModel()
    rows = find_rows(world.store, HistoryFilter())
    model.set_rows(rows)
    assert model.rowCount() == 5
    assert model.columnCount() == HistoryTableModel.COLUMN_COUNT
    c1 = model.index(3, HistoryTableModel.COL_TITLE)
    assert c1.data() == "Élodie Martin"
    assert c1.data(HistoryTableModel.KeyRole) == "conv:c1"
    assert c1.data(HistoryTableModel.RowRole) == rows[3]
    assert model.index(3, HistoryTableModel.COL_CHANNEL).data() == "Guest"
    assert model.index(3, HistoryTableModel.COL_STATUS).data() == "Waiting for the guest"
    assert model.index(3, HistoryTableModel.COL_STAFF).data() == "Alice, Bob"
    assert model.index(3, HistoryTableModel.COL_MESSAGES).data(HistoryTableModel.SortRole) == 5
    header = model.headerData(HistoryTableModel.COL_PROPERTY, Qt.Orientation.Horizontal)
    assert header == "Property"
    assert model.index(0, 99).data() is None
