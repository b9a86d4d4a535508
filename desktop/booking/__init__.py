"""Booking.com Messaging API client: auth, endpoints, error mapping, normalisation.

Start with :class:`BookingClient`; the contract is
``shared/reference/booking-messaging-api.md`` and ``docs/sandbox.md`` lists the choices
made where the documentation is silent.
"""

from desktop.booking.auth import (
    BasicAuth,
    CredentialsLike,
    TokenAuth,
    TokenBudget,
    TokenCache,
    verify_credentials,
)
from desktop.booking.client import BookingClient
from desktop.booking.errors import (
    BadRequest,
    BookingError,
    ConnectionFailed,
    MalformedResponse,
    NoAccessToProperty,
    NotFound,
    RateLimited,
    RequestTimeout,
    ServerError,
    TokenBudgetExhausted,
    Unauthorized,
)
from desktop.booking.models import (
    ConversationListPage,
    ConversationPage,
    FeedMessage,
    QueueBatch,
    SearchJob,
    SearchResultPage,
    SentMessage,
    TagInfo,
    TagState,
)
from desktop.booking.transport import RetryPolicy

__all__ = [
    "BadRequest",
    "BasicAuth",
    "BookingClient",
    "BookingError",
    "ConnectionFailed",
    "ConversationListPage",
    "ConversationPage",
    "CredentialsLike",
    "FeedMessage",
    "MalformedResponse",
    "NoAccessToProperty",
    "NotFound",
    "QueueBatch",
    "RateLimited",
    "RequestTimeout",
    "RetryPolicy",
    "SearchJob",
    "SearchResultPage",
    "SentMessage",
    "ServerError",
    "TagInfo",
    "TagState",
    "TokenAuth",
    "TokenBudget",
    "TokenBudgetExhausted",
    "TokenCache",
    "Unauthorized",
    "verify_credentials",
]
