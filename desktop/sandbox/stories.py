"""Writing the sample world: reservations and the conversations around them.

Every reservation gets a conversation, as on Booking.com (fresh ones are still empty).
A conversation's story: an automatic confirmation template, a few exchanges on everyday
topics (arrival time, parking, breakfast, allergies...) in the guest's language, now and
then a photo, a self-service request (some of which only the extranet can answer), a
check-in template before arrival, a thank-you after the stay. Requests to book get their
own conversations. Nothing happens after ``now``.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from desktop.domain import ConversationType, Participant, Reservation, SenderKind
from desktop.sandbox.phrases import BANKS, Bank
from desktop.sandbox.storyteller import Storyteller
from desktop.sandbox.world import Hotel, World, WorldConversation, at_hour, make_hotels

#: Reservations per hotel, in the order of :func:`desktop.sandbox.world.make_hotels`.
RESERVATIONS_PER_HOTEL = (200, 180, 40)
REQUESTS_TO_BOOK_PER_HOTEL = (15, 15, 5)
#: Conversations of the default world the sandbox account may read (hotels 1 and 2).
DEFAULT_READABLE = 200 + 15 + 180 + 15


def world_size(conversations: int | None = None) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Reservations and requests to book per hotel for about ``conversations`` readable ones.

    None (or :data:`DEFAULT_READABLE`) gives the default world. Other sizes scale every
    hotel's counts by the same factor (at least one of each), so the readable hotels hold
    about ``conversations`` conversations: same stories, same generator, more of them.
    """
    if conversations is None:
        return RESERVATIONS_PER_HOTEL, REQUESTS_TO_BOOK_PER_HOTEL
    if conversations < 1:
        raise ValueError("a world needs at least one conversation")
    factor = conversations / DEFAULT_READABLE
    return (
        tuple(max(1, round(n * factor)) for n in RESERVATIONS_PER_HOTEL),
        tuple(max(1, round(n * factor)) for n in REQUESTS_TO_BOOK_PER_HOTEL),
    )


def build_world(
    seed: int, now: datetime | None = None, *, conversations: int | None = None
) -> World:
    """The whole world for ``seed``, with dates relative to ``now``.

    ``conversations``: about how many conversations the sandbox account may read (see
    :func:`world_size`); None for the default world (410).
    """
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    world = World(seed=seed, now=now, hotels=make_hotels(), rng=random.Random(seed))
    reservations, requests_to_book = world_size(conversations)
    for hotel, count, requests in zip(world.hotels, reservations, requests_to_book, strict=True):
        for _ in range(count):
            reservation, booked_at = _reservation(world, hotel)
            world.reservations.append(reservation)
            _add(world, _reservation_conversation(world, hotel, reservation, booked_at))
        for _ in range(requests):
            _add(world, _request_to_book(world, hotel))
    return world


def _add(world: World, conversation: WorldConversation) -> None:
    world.conversations[conversation.conversation_id] = conversation


def _reservation(world: World, hotel: Hotel) -> tuple[Reservation, datetime]:
    rng, now = world.rng, world.now
    language = _language(rng, hotel)
    checkin = now.date() + timedelta(days=rng.randint(-120, 90))
    booked_at = at_hour(checkin, 12) - timedelta(
        days=rng.randint(0, 75), minutes=rng.randint(0, 720)
    )
    if booked_at > now or rng.random() < 0.05:  # a fresh booking, made in the last day
        booked_at = now - timedelta(minutes=rng.randint(5, 1400))
    cancelled = None
    if rng.random() < 0.06:
        cancelled = booked_at + (min(at_hour(checkin, 0), now) - booked_at) * rng.random()
    reservation = Reservation(
        number=str(rng.randint(4_000_000_000, 4_999_999_999)),
        property_id=hotel.property_id,
        guest_name=_guest_name(rng, BANKS[language]),
        checkin=checkin,
        checkout=checkin + timedelta(days=rng.choice((1, 1, 2, 2, 3, 4, 5, 7))),
        cancelled_at=cancelled,
        language=language,
    )
    return reservation, booked_at


def _participants(world: World, guest: str, hotel: Hotel) -> tuple[Participant, Participant]:
    return (
        Participant(world.new_id(), SenderKind.GUEST, guest),
        Participant(world.new_id(), SenderKind.PROPERTY, hotel.name),
    )


def _language(rng: random.Random, hotel: Hotel) -> str:
    return rng.choices([c for c, _ in hotel.languages], [w for _, w in hotel.languages])[0]


def _guest_name(rng: random.Random, bank: Bank) -> str:
    return f"{rng.choice(bank.first_names)} {rng.choice(bank.last_names)}"


def _reservation_conversation(
    world: World, hotel: Hotel, reservation: Reservation, booked_at: datetime
) -> WorldConversation:
    guest, host = _participants(world, reservation.guest_name, hotel)
    conversation = WorldConversation(
        conversation_id=world.new_id(),
        property_id=hotel.property_id,
        conversation_type=ConversationType.RESERVATION,
        reference=reservation.number,
        guest=guest,
        host=host,
        language=reservation.language or "en",
        created_at=booked_at,
        reservation=reservation,
        guest_has_account=world.rng.random() < 0.8,
    )
    if world.now - booked_at > timedelta(hours=6):  # fresh bookings: still empty
        Storyteller(world, hotel, conversation).tell(booked_at)
    return conversation


def _request_to_book(world: World, hotel: Hotel) -> WorldConversation:
    rng = world.rng
    language = _language(rng, hotel)
    guest, host = _participants(world, _guest_name(rng, BANKS[language]), hotel)
    asked_at = world.now - timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 1400))
    conversation = WorldConversation(
        conversation_id=world.new_id(),
        property_id=hotel.property_id,
        conversation_type=ConversationType.REQUEST_TO_BOOK,
        reference=str(rng.randint(100_000_000, 999_999_999)),
        guest=guest,
        host=host,
        language=language,
        created_at=asked_at,
    )
    Storyteller(world, hotel, conversation).tell_request(asked_at)
    return conversation
