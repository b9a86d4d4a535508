"""The history's audit action labels: one per action, sign-ins apart from credentials."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.domain import AuditAction
from ui.history import texts


def test_every_action_has_its_own_label(qapp: QApplication) -> None:
    labels = {action: texts.action_label(action) for action in AuditAction}
    assert [a for a, label in labels.items() if label == a.value] == []
    assert len(set(labels.values())) == len(labels)


def test_sign_ins_and_refused_pins_are_named_apart(qapp: QApplication) -> None:
    assert texts.action_label(AuditAction.STAFF_SIGNED_IN) == "Staff signed in"
    assert texts.action_label(AuditAction.PIN_REFUSED) == "PIN refused"
    # Sign-ins stored before these actions existed keep the older, broader label.
    assert texts.action_label(AuditAction.CREDENTIALS_CHANGED) == "Sign-in or credentials"
