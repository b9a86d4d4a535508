"""The sandbox's support gateway: ``docs/support-gateway.md`` over in-memory cases.

Partner support answers each case :attr:`SandboxGateway.reply_after` seconds after it was
opened or followed up, in its language (French, else English), naming its theme. Due
answers are written when the gateway is next asked anything, or at once by the admin
hook ``POST /_sandbox/gateway/answer`` (``{"case_id": ...}``, or ``{}`` for all);
``GET /_sandbox/gateway/cases`` lists every case. Tokens come from ``POST .../token``
with the sandbox account's id and secret (by default the Messaging API's demo ones),
issued by the gateway's own :class:`~desktop.sandbox.tokens.TokenIssuer`. Requests are
checked by :mod:`desktop.support.transport.gateway_contract`. Mount with
``SandboxServer(extra_routes=gateway_routes(gateway))``; routes are named ``gateway_*``
for fault injection.
"""

from __future__ import annotations

import itertools
import json
import threading
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from desktop.domain import SupportCaseStatus, utcnow
from desktop.sandbox.app import GATEWAY_PREFIX
from desktop.sandbox.fault_layer import ADMIN_PREFIX
from desktop.sandbox.tokens import Account, TokenIssuer, TokenRefused
from desktop.support.catalogue import Catalogue, load_catalogue
from desktop.support.transport import gateway_contract as contract
from desktop.support.transport.gateway_contract import WireRefusal
from desktop.support.transport.gateway_wire import (
    AUTHOR_PROPERTY,
    AUTHOR_SUPPORT,
    AttachmentInfo,
    CasePage,
    GatewayCase,
    GatewayMessage,
    WireAttachment,
)

#: Seconds before partner support answers in the demo.
DEFAULT_REPLY_AFTER = 60.0
REQUEST_ID_HEADER = "X-Request-Id"

Handler = Callable[[Request], Awaitable[Mapping[str, Any] | tuple[Mapping[str, Any], int]]]


def _json(body: Mapping[str, Any], status: int = 200) -> JSONResponse:
    headers = {REQUEST_ID_HEADER: uuid.uuid4().hex}
    return JSONResponse(dict(body), status_code=status, headers=headers)


async def _body(request: Request) -> Mapping[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except (ValueError, UnicodeDecodeError):
        raise WireRefusal(400, "invalid_json", "The body is not JSON.") from None
    if not isinstance(body, dict):
        raise WireRefusal(400, "invalid_json", "The body must be a JSON object.")
    return body


def _message(
    author: str, body: str, at: datetime, images: tuple[WireAttachment, ...] = ()
) -> GatewayMessage:
    infos = tuple(AttachmentInfo(i.file_name, i.content_type, len(i.data)) for i in images)
    return GatewayMessage(f"m-{uuid.uuid4().hex[:16]}", author, body, at, infos)


@dataclass
class SandboxCase:
    """A case, when support will answer it, and who wrote it."""

    case: GatewayCase
    contact_name: str = ""
    answer_due: datetime | None = None


class SandboxGateway:
    """The gateway's state and rules; every public method is thread-safe.

    Args:
        reply_after: seconds until support answers (a few hundred ms in tests).
        property_ids: the properties the account serves (None: any).
        clock: the current time (UTC).
    """

    def __init__(
        self,
        *,
        account: Account | None = None,
        reply_after: float = DEFAULT_REPLY_AFTER,
        property_ids: tuple[int, ...] | None = None,
        token_lifetime: float = 3600.0,
        token_budget: int = 1000,
        clock: Callable[[], datetime] = utcnow,
        catalogue: Catalogue | None = None,
    ) -> None:
        self.issuer = TokenIssuer(account, lifetime=token_lifetime, budget=token_budget)
        self.reply_after = reply_after
        self.property_ids = property_ids
        self.clock = clock
        self.catalogue = catalogue or load_catalogue()
        self.entries: dict[str, SandboxCase] = {}
        self._serial = itertools.count(100_001)
        self._lock = threading.Lock()

    def cases(self) -> list[GatewayCase]:
        with self._lock:
            return [entry.case for entry in self.entries.values()]

    # ------------------------------------------------------------------ rules

    def answer_due(self) -> list[str]:
        """Write the answers whose time has come; the ids of the cases answered."""
        now = self.clock()
        return self._answer(lambda e: e.answer_due is not None and e.answer_due <= now, now)

    def answer_now(self, case_id: str | None = None) -> list[str]:
        """Answer one case (or every case waiting for an answer) now."""
        return self._answer(
            lambda e: e.answer_due is not None and case_id in (None, e.case.id), self.clock()
        )

    def _answer(self, chosen: Callable[[SandboxCase], bool], now: datetime) -> list[str]:
        with self._lock:
            entries = [entry for entry in self.entries.values() if chosen(entry)]
            for entry in entries:
                text = reply_text(self.catalogue, entry.case, entry.contact_name)
                entry.case = replace(
                    entry.case,
                    messages=(*entry.case.messages, _message(AUTHOR_SUPPORT, text, now)),
                    status=SupportCaseStatus.ANSWERED,
                    updated_at=now,
                )
                entry.answer_due = None
        return [entry.case.id for entry in entries]

    def open_case(self, body: Mapping[str, Any]) -> tuple[GatewayCase, bool]:
        """A new case from a ``POST /cases`` body, or the one with the same reference."""
        new = contract.new_case(body, self.catalogue)
        if self.property_ids is not None and new.property_id not in self.property_ids:
            raise WireRefusal(403, "forbidden_property", "This account does not serve it.")
        now = self.clock()
        with self._lock:
            for entry in self.entries.values():
                found = entry.case
                same = (found.client_reference, found.property_id)
                if new.client_reference and same == (new.client_reference, new.property_id):
                    return found, False
            first = _message(AUTHOR_PROPERTY, new.description, now, new.attachments)
            case = GatewayCase(
                id=f"SG-{next(self._serial)}",
                client_reference=new.client_reference,
                property_id=new.property_id,
                theme=new.theme,
                subtheme=new.subtheme,
                status=SupportCaseStatus.OPEN,
                created_at=now,
                updated_at=now,
                messages=(first,),
                subject=new.subject,
                reservation_number=new.reservation_number,
                language=new.language,
            )
            due = now + timedelta(seconds=self.reply_after)
            self.entries[case.id] = SandboxCase(case, new.contact_name, due)
        return case, True

    def add_message(self, case_id: str, body: Mapping[str, Any]) -> GatewayCase:
        """A follow-up from the property: the case opens again and will be answered."""
        text, images = contract.follow_up(body)
        now = self.clock()
        with self._lock:
            entry = self._entry(case_id)
            if entry.case.status is SupportCaseStatus.CLOSED:
                raise WireRefusal(409, "case_closed", "A closed case accepts no message.")
            message = _message(AUTHOR_PROPERTY, text, now, images)
            entry.case = replace(
                entry.case,
                messages=(*entry.case.messages, message),
                status=SupportCaseStatus.OPEN,
                updated_at=now,
            )
            entry.answer_due = now + timedelta(seconds=self.reply_after)
            return entry.case

    def get(self, case_id: str) -> GatewayCase:
        with self._lock:
            return self._entry(case_id).case

    def _entry(self, case_id: str) -> SandboxCase:
        entry = self.entries.get(case_id)
        if entry is None:
            raise WireRefusal(404, "not_found", f"No case {case_id}.")
        return entry

    def page(self, since: datetime | None, limit: int, property_id: int | None) -> CasePage:
        """Cases updated at or after ``since``, oldest update first."""
        now = self.clock()
        found = sorted(
            (
                case
                for case in self.cases()
                if (since is None or case.updated_at >= since)
                and property_id in (None, case.property_id)
            ),
            key=lambda case: (case.updated_at, case.id),
        )
        return CasePage(tuple(found[:limit]), now, len(found) > limit)

    # ------------------------------------------------------------------ HTTP

    def routes(self) -> list[BaseRoute]:
        """The gateway under ``GATEWAY_PREFIX`` and its admin hooks under ``/_sandbox``."""
        p, admin = GATEWAY_PREFIX, f"{ADMIN_PREFIX}/gateway"
        served: list[tuple[str, str, Handler, str, bool]] = [
            ("POST", f"{p}/cases", self._create, "gateway_create_case", True),
            ("GET", f"{p}/cases", self._list, "gateway_list_cases", True),
            ("GET", f"{p}/cases/{{case_id}}", self._get, "gateway_get_case", True),
            ("POST", f"{p}/cases/{{case_id}}/messages", self._post, "gateway_add_message", True),
            ("POST", f"{admin}/answer", self._admin_answer, "admin_gateway_answer", False),
            ("GET", f"{admin}/cases", self._admin_cases, "admin_gateway_cases", False),
        ]
        routes: list[BaseRoute] = [
            Route(f"{p}/token", self._token, methods=["POST"], name="gateway_token")
        ]
        for method, path, handler, name, bearer in served:
            endpoint = self._endpoint(handler, bearer)
            routes.append(Route(path, endpoint, methods=[method], name=name))
        return routes

    def _endpoint(self, handler: Handler, bearer: bool) -> Callable[[Request], Awaitable[Response]]:
        """A bearer token first (unless admin), due answers, the handler; refusals as errors."""

        async def endpoint(request: Request) -> Response:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            live = scheme.lower() == "bearer" and self.issuer.accepts(f"Bearer {token.strip()}")
            if bearer and not live:
                refusal = WireRefusal(401, "unauthorized", "A valid bearer token is needed.")
                return _json(refusal.body(), 401)
            self.answer_due()
            try:
                answer = await handler(request)
            except WireRefusal as refusal:
                return _json(refusal.body(), refusal.status)
            body, status = answer if isinstance(answer, tuple) else (answer, 200)
            return _json(body, status)

        return endpoint

    async def _token(self, request: Request) -> Response:
        try:
            body = await _body(request)
            token = self.issuer.exchange(body.get("client_id"), body.get("client_secret"))
        except WireRefusal as refusal:
            return _json(refusal.body(), refusal.status)
        except TokenRefused as refused:
            code = "invalid_client" if refused.status == 401 else "rate_limited"
            return _json(WireRefusal(refused.status, code, refused.message).body(), refused.status)
        lifetime = int(self.issuer.lifetime)
        return _json({"jwt": token, "token_type": "Bearer", "expires_in": lifetime})

    async def _create(self, request: Request) -> tuple[Mapping[str, Any], int]:
        case, created = self.open_case(await _body(request))
        return {"case": case.to_wire()}, 201 if created else 200

    async def _list(self, request: Request) -> Mapping[str, Any]:
        since, limit, property_id = contract.list_query(request.query_params)
        return self.page(since, limit, property_id).to_wire()

    async def _get(self, request: Request) -> Mapping[str, Any]:
        return {"case": self.get(str(request.path_params["case_id"])).to_wire()}

    async def _post(self, request: Request) -> tuple[Mapping[str, Any], int]:
        case = self.add_message(str(request.path_params["case_id"]), await _body(request))
        return {"message": case.messages[-1].to_wire(), "case": case.to_wire()}, 201

    async def _admin_answer(self, request: Request) -> Mapping[str, Any]:
        case_id = (await _body(request)).get("case_id")
        return {"answered": self.answer_now(case_id if isinstance(case_id, str) else None)}

    async def _admin_cases(self, request: Request) -> Mapping[str, Any]:
        return {"cases": [case.to_wire() for case in self.cases()]}


def gateway_routes(
    gateway: SandboxGateway | None = None, *, reply_after: float = DEFAULT_REPLY_AFTER
) -> list[BaseRoute]:
    """The gateway's routes (and its admin hooks) for ``SandboxServer(extra_routes=...)``."""
    return (gateway or SandboxGateway(reply_after=reply_after)).routes()


# ---------------------------------------------------------------------- replies

_THEME_LINES: Mapping[str, tuple[str, str]] = {
    "rates_availability": (
        "Nous avons vérifié les tarifs et les disponibilités de votre calendrier ; les "
        "changements peuvent mettre jusqu'à 15 minutes à s'afficher sur le site.",
        "We have checked the rates and availability in your calendar; changes can take up "
        "to 15 minutes to show on the website.",
    ),
    "promotions": (
        "La promotion est active et visible des clients qu'elle cible.",
        "The promotion is active and visible to the guests it targets.",
    ),
    "reservations": (
        "Nous avons examiné la réservation et l'avons mise à jour de notre côté ; vous "
        "verrez la modification dans l'extranet.",
        "We have reviewed the reservation and updated it on our side; you will see the "
        "change in the extranet.",
    ),
    "opportunities": (
        "Cette opportunité est disponible pour votre établissement : vous pouvez "
        "l'activer depuis le Centre Opportunités.",
        "This opportunity is available for your property: you can switch it on from the "
        "Opportunity Centre.",
    ),
    "guest_reviews": (
        "Notre équipe Commentaires a examiné le commentaire ; nous vous écrirons ici si "
        "quelque chose change.",
        "Our reviews team has looked at the review; we will write here if anything changes.",
    ),
    "invoices_commission": (
        "Nous avons vérifié la facture et la commission ; un relevé corrigé apparaîtra dans "
        "la rubrique Finances sous deux jours ouvrés.",
        "We have checked the invoice and the commission; a corrected statement will appear "
        "in the Finance section within two working days.",
    ),
    "getting_paid": (
        "Le virement est en cours et devrait arriver sur votre compte sous trois jours ouvrés.",
        "The payout is on its way and should reach your bank account within three working days.",
    ),
    "analytics": (
        "Les chiffres de l'onglet Analyses sont mis à jour chaque jour ; l'écart vient des "
        "réservations annulées, comptées le jour de leur création.",
        "The Analytics figures are updated daily; the difference comes from cancelled "
        "reservations, counted on the day they were made.",
    ),
    "property_information": (
        "Nous avons mis à jour les informations de l'établissement ; elles seront visibles "
        "sur le site sous 24 heures.",
        "We have updated your property's information; it will show on the website within 24 hours.",
    ),
    "account": (
        "Nous avons mis à jour votre compte ; déconnectez-vous puis reconnectez-vous pour "
        "voir la modification.",
        "We have updated your account; sign out and in again to see the change.",
    ),
}
_AGENTS = ("Sophie", "Marco", "Anouk", "Jonas", "Inès")
_REPLY = (
    "Bonjour {name},\n\nMerci d'avoir contacté l'assistance partenaires de Booking.com au "
    "sujet de « {subject} » ({theme}).{reservation} {line}\n\nSi quelque chose n'est pas "
    "clair, répondez simplement dans cette conversation.\n\nBien cordialement,\n{agent}\n"
    "Assistance partenaires Booking.com (bac à sable)",
    "Hello {name},\n\nThank you for contacting Booking.com partner support about "
    "“{subject}” ({theme}).{reservation} {line}\n\nIf anything is unclear, just reply in "
    "this conversation.\n\nKind regards,\n{agent}\nBooking.com partner support (sandbox)",
)
_RESERVATION = (
    " Nous avons consulté la réservation {number}.",
    " We looked at reservation {number}.",
)


def reply_text(catalogue: Catalogue, case: GatewayCase, contact_name: str = "") -> str:
    """Partner support's answer to a case, in its language (French, else English)."""
    index = 0 if case.language.lower().startswith("fr") else 1
    language = ("fr", "en")[index]
    theme = catalogue.theme(case.theme)
    title = theme.title(language)
    if case.subtheme:
        title += " › " + theme.subtheme(case.subtheme).title(language)
    number = case.reservation_number
    return _REPLY[index].format(
        name=contact_name or ("l'équipe" if index == 0 else "there"),
        subject=case.subject,
        theme=title,
        reservation=_RESERVATION[index].format(number=number) if number else "",
        line=_THEME_LINES[case.theme][index],
        agent=_AGENTS[sum(map(ord, case.id)) % len(_AGENTS)],
    )


__all__ = [
    "DEFAULT_REPLY_AFTER",
    "SandboxCase",
    "SandboxGateway",
    "gateway_routes",
    "reply_text",
]
