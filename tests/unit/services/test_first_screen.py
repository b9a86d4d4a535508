"""The first screen (read before the ORM loads) equals what the inbox service lists."""

from __future__ import annotations

from datetime import timedelta

from desktop.domain import ConversationKind
from desktop.services.first_screen import START_FOLDER, first_screen
from desktop.services.inbox import InboxService
from desktop.services.model import ListQuery
from tests.helpers.inbox_world import World

pytest_plugins = ["tests.helpers.inbox_fixtures"]


def test_first_screen_is_the_service_first_page_and_rows(
    world: World, service: InboxService
) -> None:
    world.bulk(120)
    world.conversation("c-res", "Élodie Marchand", reservation="4000000001")
    world.says("c-res", "Bonjour, arrivée tardive ?", ago=timedelta(minutes=1))
    world.conversation("c-sup", "Booking.com", kind=ConversationKind.SUPPORT)
    world.says("c-sup", "Votre dossier")
    screen = first_screen(world.store.database, page_size=30, rows=10)
    assert screen is not None
    assert screen.query == ListQuery(folder=START_FOLDER)
    assert screen.page == service.page(screen.query, None, 30)
    ids = screen.page.conversation_ids
    assert ids[0] == "c-res"  # the newest guest message needs a reply
    assert list(screen.rows) == service.rows(ids[:10])
    assert screen.rows[0].checkin is not None
    assert list(screen.properties) == sorted(service.properties(), key=lambda p: p.property_id)


def test_no_first_screen_on_a_first_run(tmp_path) -> None:
    assert first_screen(tmp_path / "frontdesk.sqlite3", page_size=30, rows=10) is None
