"""The contact wizard on a real store (help library indexed), with a synchronous runner.

``make_wizard()`` builds a ``ContactWizard`` whose questions are answered by
:class:`FakePrompts` and whose links are recorded in ``opened`` instead of opening.
The desk uses the extranet transport unless a test passes another one.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from desktop.domain import (
    Actor,
    Conversation,
    ConversationKind,
    Property,
    Reservation,
)
from desktop.helpcenter import HelpCenter
from desktop.paths import DataPaths
from desktop.settings.profile import PropertyProfile
from desktop.store import Store, open_store
from desktop.store.conversations import upsert_conversation
from desktop.store.properties import upsert_properties, upsert_reservations
from desktop.support.cases import SupportDesk
from desktop.support.catalogue import Catalogue, load_catalogue
from desktop.support.transport.extranet import ExtranetTransport
from desktop.support.transport.factory import Transport
from ui.tasks import SyncTaskRunner
from ui.wizard import ContactWizard, DraftChoice

STAFF = Actor(name="Camille", staff_id=3)
LAC = 1234567
MER = 7654321
NUMBER = "4012345678"
PHONE = "+33 1 57 32 00 00"


def make_profile(**support: Any) -> PropertyProfile:
    return PropertyProfile.model_validate(
        {
            "profile": {"id": "hotel-du-lac", "name": "Hôtel du Lac", "default_language": "fr"},
            "properties": [
                {"id": LAC, "name": "Hôtel du Lac", "timezone": "Europe/Paris"},
                {"id": MER, "name": "Hôtel de la Mer", "timezone": "Europe/Paris"},
            ],
            "booking": {"extranet_url": "https://admin.booking.com/"},
            "support": {"phones": {"reservations": PHONE}, **support},
        }
    )


class FakePrompts:
    """Answers the wizard's questions and records them."""

    def __init__(self) -> None:
        self.resume_answer = True
        self.keep_answer = DraftChoice.KEEP
        self.images: list[str] = []
        self.asked: list[str] = []

    def resume_draft(self, saved_at: datetime | None) -> bool:
        self.asked.append("resume")
        return self.resume_answer

    def keep_draft(self) -> DraftChoice:
        self.asked.append("keep")
        return self.keep_answer

    def choose_images(self) -> list[str]:
        return list(self.images)


@pytest.fixture(scope="session")
def indexed_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wizard-library")
    template = DataPaths(root=root, logs=root / "logs")
    with open_store(template) as store:
        HelpCenter(store, template).sync()
    return template.database


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(root=tmp_path / "data", logs=tmp_path / "logs").ensure()


@pytest.fixture
def store(paths: DataPaths, indexed_database: Path) -> Iterator[Store]:
    shutil.copyfile(indexed_database, paths.database)
    opened = open_store(paths)
    upsert_properties(
        opened, [Property(LAC, "Hôtel du Lac", "Europe/Paris"), Property(MER, "Mer")], STAFF
    )
    reservation = Reservation(
        NUMBER, LAC, "Élodie Martin", date(2026, 12, 3), date(2026, 12, 6), language="fr"
    )
    upsert_reservations(opened, [reservation], STAFF)
    conversation = Conversation(
        "conv-elodie",
        LAC,
        ConversationKind.GUEST,
        reservation_number=NUMBER,
        guest_name="Élodie Martin",
        language="fr",
    )
    upsert_conversation(opened, conversation, STAFF)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def center(store: Store, paths: DataPaths) -> HelpCenter:
    return HelpCenter(store, paths, actor=STAFF)


@pytest.fixture
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def profile() -> PropertyProfile:
    return make_profile()


@pytest.fixture
def desk(store: Store, catalogue: Catalogue, paths: DataPaths) -> SupportDesk:
    transport = ExtranetTransport(catalogue, "https://admin.booking.com/", "en")
    return SupportDesk(store, catalogue, transport, actor=STAFF, attachments_dir=paths.attachments)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def opened() -> list[str]:
    return []


WizardFactory = Callable[..., ContactWizard]


@pytest.fixture
def make_wizard(
    qtbot: QtBot,
    desk: SupportDesk,
    catalogue: Catalogue,
    center: HelpCenter,
    profile: PropertyProfile,
    paths: DataPaths,
    prompts: FakePrompts,
    opened: list[str],
) -> WizardFactory:
    def make(
        *,
        language: str = "en",
        transport: Transport | None = None,
        desk_: SupportDesk | None = None,
        profile_: PropertyProfile | None = None,
        show: bool = True,
        register: bool = True,
        **kwargs: Any,
    ) -> ContactWizard:
        used = desk_ or desk
        if transport is not None:
            used = SupportDesk(desk.store, catalogue, transport, actor=STAFF)
        wizard = ContactWizard(
            used,
            catalogue,
            center,
            SyncTaskRunner(),
            language=language,
            profile=profile_ or profile,
            recovery_dir=paths.recovery,
            prompts=prompts,
            open_url=lambda url: opened.append(QUrl(url).toString()),
            **kwargs,
        )
        if register:
            qtbot.addWidget(wizard)
        if show:
            wizard.show()
        return wizard

    return make
