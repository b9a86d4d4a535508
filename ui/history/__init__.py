"""Manager history and reports: ``HistoryWindow`` and its dialogs (handover, retention)."""

from ui.history.handover import HandoverDialog
from ui.history.retention import ErasureDialog, RetentionDialog
from ui.history.window import HistoryWindow

__all__ = ["ErasureDialog", "HandoverDialog", "HistoryWindow", "RetentionDialog"]
