"""The history window's operations, each checked against the signed-in person's role.

:class:`HistoryService` is what ``ui/history`` calls (through its task runner). Every
method asks :func:`desktop.staff.require` first, so a role that may not do something
is refused here even if a screen forgot to hide it. Actions that change no data
(exports, the handover's acknowledgement) are written to the audit trail here;
prunes and erasures write theirs in their own transaction.

=========================  ==========================  ==================================
method                     permission                  audit action
=========================  ==========================  ==================================
search, open, lookups      review_history              -
reports                    see_reports                 -
export_csv, record_export  export_history              export
handover, acknowledge      read_handover               handover_acknowledged
preview_prune, prune       prune_history               history_pruned
find_guest, erase_guest    erase_guest_data            guest_data_erased
=========================  ==========================  ==================================
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from desktop.domain import AuditAction, Change, Conversation, Property, StaffMember, utcnow
from desktop.history import erasure, export, handover, records, retention
from desktop.history.detail import open_detail
from desktop.history.erasure import ErasureResult
from desktop.history.export import Progress, ReportDocument
from desktop.history.handover import HandoverDigest
from desktop.history.model import (
    ROW_LIMIT,
    CancelToken,
    ExportResult,
    HistoryDetail,
    HistoryFilter,
    HistoryRow,
)
from desktop.history.reports import Reports, ReportTable, build_reports
from desktop.history.retention import PrunePreview, PruneResult
from desktop.paths import DataPaths
from desktop.settings.declared import RETENTION_MONTHS
from desktop.staff.permissions import CurrentStaff, Permission, may, require
from desktop.store import Store
from desktop.store import audit as audit_store
from desktop.store import properties as prop_store
from desktop.store import staff as staff_store

#: The audit target of exports.
EXPORT_TARGET = "history"


def _no_progress(done: int, total: int) -> None:
    """Nothing to show."""


class HistoryService:
    """History, reports, exports, handover, retention and erasure for one store.

    Args:
        store: The open store.
        paths: The data folder (backups, attachments).
        staff: Who is at the desk (a :class:`~desktop.staff.StaffSession`).
        retention_months: The ``history.retention_months`` setting, read when needed.
        clock: The current time (tests pass a fixed one).
    """

    def __init__(
        self,
        store: Store,
        paths: DataPaths,
        staff: CurrentStaff,
        *,
        retention_months: Callable[[], int] = lambda: RETENTION_MONTHS.default,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.paths = paths
        self._staff = staff
        self._retention_months = retention_months
        self._clock = clock

    def _require(self, permission: Permission) -> StaffMember:
        return require(self._staff, permission)

    @property
    def signed_in(self) -> StaffMember | None:
        """Who is at the desk now."""
        return self._staff.current

    def may(self, permission: Permission) -> bool:
        """True if the signed-in person holds ``permission`` (for showing actions)."""
        return may(self._staff.current, permission)

    # ------------------------------------------------------------------ reading

    def search(self, f: HistoryFilter, limit: int | None = ROW_LIMIT) -> list[HistoryRow]:
        self._require(Permission.REVIEW_HISTORY)
        return records.find_rows(self.store, f, limit)

    def open(self, key: str) -> HistoryDetail | None:
        """A row read-only, with its thread and audit trail."""
        self._require(Permission.REVIEW_HISTORY)
        return open_detail(self.store, key)

    def properties(self) -> list[Property]:
        self._require(Permission.REVIEW_HISTORY)
        return prop_store.list_properties(self.store)

    def staff_members(self) -> list[StaffMember]:
        """Everyone, former staff included (history keeps their names)."""
        self._require(Permission.REVIEW_HISTORY)
        return staff_store.list_staff(self.store, active_only=False)

    def themes(self) -> list[str]:
        self._require(Permission.REVIEW_HISTORY)
        return records.themes(self.store)

    def reports(self, f: HistoryFilter) -> Reports:
        self._require(Permission.SEE_REPORTS)
        return build_reports(self.store, f, now=self._clock())

    # ------------------------------------------------------------------ exports

    def export_csv(
        self,
        f: HistoryFilter,
        path: Path,
        *,
        labels: Mapping[str, str] | None = None,
        progress: Progress = _no_progress,
        cancel: CancelToken | None = None,
    ) -> ExportResult:
        """Every row ``f`` selects, with its thread, to a CSV file; audited unless cancelled."""
        member = self._require(Permission.EXPORT_HISTORY)
        rows = records.find_rows(self.store, f)
        result = export.export_csv(
            self.store, rows, path, labels=labels, progress=progress, cancel=cancel
        )
        if not result.cancelled:
            self._audit_export(member, "csv", f, rows=result.rows, entries=result.entries)
        return result

    def build_document(
        self,
        f: HistoryFilter,
        *,
        progress: Progress = _no_progress,
        cancel: CancelToken | None = None,
    ) -> ReportDocument | None:
        """The PDF report's content (the UI draws it, then calls :meth:`record_export`)."""
        self._require(Permission.EXPORT_HISTORY)
        rows = records.find_rows(self.store, f)
        return export.build_document(self.store, f, rows, progress=progress, cancel=cancel)

    def export_table(
        self, table: ReportTable, path: Path, *, report: str, labels: Mapping[str, str] | None
    ) -> Path:
        """One report's figures to CSV; audited."""
        member = self._require(Permission.SEE_REPORTS)
        self._require(Permission.EXPORT_HISTORY)
        export.write_table_csv(table, path, labels=labels)
        self._audit_export(member, "csv", None, report=report, rows=len(table.rows))
        return path

    def record_export(
        self, fmt: str, f: HistoryFilter | None, *, report: str | None = None, rows: int = 0
    ) -> Change:
        """Audit an export the UI wrote itself (the PDF, a chart's picture)."""
        member = self._require(Permission.EXPORT_HISTORY)
        return self._audit_export(member, fmt, f, report=report, rows=rows)

    def _audit_export(
        self, member: StaffMember, fmt: str, f: HistoryFilter | None, **counts: object
    ) -> Change:
        details: dict[str, object] = {"format": fmt, **counts}
        if f is not None:
            details["filter"] = f.describe()
        return audit_store.append_event(
            self.store, member.actor, AuditAction.EXPORT, EXPORT_TARGET, details
        )

    # ------------------------------------------------------------------ handover

    def handover(self, property_id: int | None = None) -> HandoverDigest:
        self._require(Permission.READ_HANDOVER)
        return handover.build_digest(self.store, now=self._clock(), property_id=property_id)

    def acknowledge_handover(self, digest: HandoverDigest) -> Change:
        member = self._require(Permission.READ_HANDOVER)
        return handover.acknowledge(self.store, digest, member)

    # ------------------------------------------------------------------ retention

    def retention_months(self) -> int:
        """The ``history.retention_months`` setting."""
        return self._retention_months()

    def preview_prune(self, months: int | None = None) -> PrunePreview:
        self._require(Permission.PRUNE_HISTORY)
        months = months or self._retention_months()
        return retention.preview_prune(self.store, self.paths, months, now=self._clock())

    def prune(self, preview: PrunePreview) -> PruneResult:
        member = self._require(Permission.PRUNE_HISTORY)
        return retention.prune_history(self.store, self.paths, preview, member.actor)

    # ------------------------------------------------------------------ erasure

    def find_guest(self, query: str) -> list[Conversation]:
        self._require(Permission.ERASE_GUEST_DATA)
        return erasure.find_guest(self.store, query)

    def erase_guest(self, conversation_ids: Sequence[str]) -> ErasureResult:
        member = self._require(Permission.ERASE_GUEST_DATA)
        return erasure.erase_guest(self.store, self.paths, conversation_ids, member.actor)
