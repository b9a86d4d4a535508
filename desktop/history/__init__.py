"""Message history, manager reports, exports, shift handover, retention and erasure.

=================  ================================================================
module             what it holds
=================  ================================================================
``model``          the filter, rows, opened rows, export results, cancel token
``records``        filtered rows (SQL over the store's tables, read-only)
``detail``         one row opened: thread and audit trail
``figures``        the reports' arithmetic on plain values
``report_data``    the reports' reads
``reports``        :func:`build_reports`, report tables for CSV
``export``         CSV export, the PDF's report model
``handover``       the shift handover digest and its acknowledgement
``retention``      prune old history after a backup, with a preview
``erasure``        erase one guest's personal data
``cleanup``        deleting conversations and files (retention, erasure)
``service``        :class:`HistoryService`: all of it, with role checks and audit
=================  ================================================================

Qt-free; ``ui/history`` draws it (the PDF included).
"""

from desktop.history.model import (
    CancelToken,
    Channel,
    EntryKind,
    ExportResult,
    HistoryDetail,
    HistoryFilter,
    HistoryRow,
    Status,
    ThreadEntry,
)
from desktop.history.service import HistoryService

__all__ = [
    "CancelToken",
    "Channel",
    "EntryKind",
    "ExportResult",
    "HistoryDetail",
    "HistoryFilter",
    "HistoryRow",
    "HistoryService",
    "Status",
    "ThreadEntry",
]
