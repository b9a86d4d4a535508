"""Fault injection: the ``--faults`` grammar and the plan that decides what fires.

Grammar (full description and examples in ``docs/sandbox.md``)::

    spec   := rule ("," rule)*
    rule   := ROUTE ":" FAULT ["=" ARG] ["@" COUNT | "%" PROBABILITY]
    ROUTE  := a glob over route names: send, conversation*, tag_*, * ...
    FAULT  := latency | timeout | drop | malformed | expire | redeliver | 400..599

- ``latency=200ms`` delays the answer (default 500ms; ``ms`` or ``s``, a bare number is
  seconds); latencies of all firing rules add up.
- ``timeout=30s`` hangs until the client gives up (or ARG passes; default 60s).
- ``drop`` sends headers then closes the connection mid-body.
- ``malformed`` answers with truncated JSON; ``malformed=shape`` with valid JSON of the
  wrong shape (``data`` is a list). The request itself is carried out.
- ``expire`` revokes every token issued so far: this and later requests get 401 until a
  new token is exchanged. One-shot unless a modifier says otherwise.
- ``redeliver=N`` puts the N most recently confirmed queue messages back in front of
  the queue (Booking.com "may re-deliver already confirmed ones").
- a status code answers with that status and the contract's error text.

``@N`` fires on the next N matching requests only; ``%P`` fires with probability P
(drawn from a generator seeded with the world's seed). Without either, a rule fires on
every matching request. The first firing rule that ends the request (status, drop,
timeout, malformed) wins; the others are not consumed.
"""

from __future__ import annotations

import fnmatch
import random
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.errors import BadInputError

TERMINAL = frozenset({"status", "drop", "timeout", "malformed"})
ACTIONS = frozenset({"expire", "redeliver"})
_RULE = re.compile(
    r"^(?P<route>[A-Za-z0-9_*?\[\]/.-]+):(?P<fault>[a-z]+|[0-9]{3})"
    r"(?:=(?P<arg>[A-Za-z0-9.]+))?(?:(?P<mod>[@%])(?P<value>[0-9.]+))?$"
)
_DURATION = re.compile(r"^(?P<number>[0-9]+(?:\.[0-9]+)?)(?P<unit>ms|s)?$")
_DEFAULT_ARGS = {"latency": "500ms", "timeout": "60s", "malformed": "json", "redeliver": "1"}


class FaultSpecError(BadInputError):
    code = "sandbox_fault_spec"
    default_message = "The fault specification is not valid."
    default_next_step = "See docs/sandbox.md for the --faults grammar."


@dataclass(slots=True)
class FaultRule:
    """One rule of a spec; ``remaining`` counts down for ``@N`` rules."""

    text: str
    route: str
    kind: str
    status: int | None = None
    seconds: float = 0.0
    variant: str = ""
    amount: int = 0
    remaining: int | None = None
    probability: float | None = None

    def describe(self) -> dict[str, object]:
        return {"rule": self.text, "remaining": self.remaining}


@dataclass(slots=True)
class Firing:
    """What happens to one request."""

    latency: float = 0.0
    actions: list[FaultRule] = field(default_factory=list)
    terminal: FaultRule | None = None

    def __bool__(self) -> bool:
        return bool(self.latency or self.actions or self.terminal)


def parse_faults(spec: str) -> list[FaultRule]:
    """The rules of a spec; ``""`` means none. Raises :class:`FaultSpecError`."""
    return [parse_rule(part.strip()) for part in spec.split(",") if part.strip()]


def parse_rule(text: str) -> FaultRule:
    match = _RULE.match(text)
    if match is None:
        raise _invalid(text, "expected ROUTE:FAULT[=ARG][@COUNT|%PROBABILITY]")
    fault, arg = match["fault"], match["arg"]
    if fault.isdigit():
        status = int(fault)
        if not 400 <= status <= 599 or arg:
            raise _invalid(text, "status faults are 400 to 599, without =ARG")
        rule = FaultRule(text, match["route"], "status", status=status)
    elif fault in ("latency", "timeout", "malformed", "redeliver", "drop", "expire"):
        rule = FaultRule(text, match["route"], fault)
        _apply_arg(rule, arg or _DEFAULT_ARGS.get(fault))
    else:
        raise _invalid(text, f"unknown fault {fault!r}")
    _apply_modifier(rule, match["mod"], match["value"])
    return rule


def _apply_arg(rule: FaultRule, arg: str | None) -> None:
    if rule.kind in ("latency", "timeout"):
        rule.seconds = parse_duration(arg or "", rule.text)
    elif rule.kind == "malformed":
        if arg not in ("json", "shape"):
            raise _invalid(rule.text, "malformed takes =json or =shape")
        rule.variant = arg
    elif rule.kind == "redeliver":
        if not (arg or "").isdigit() or int(arg or "0") < 1:
            raise _invalid(rule.text, "redeliver takes a count, like =2")
        rule.amount = int(arg or "1")
    elif arg:
        raise _invalid(rule.text, f"{rule.kind} takes no =ARG")


def _apply_modifier(rule: FaultRule, mod: str | None, value: str | None) -> None:
    if mod == "@":
        if not (value or "").isdigit() or int(value or "0") < 1:
            raise _invalid(rule.text, "@COUNT is a whole number from 1")
        rule.remaining = int(value or "1")
    elif mod == "%":
        try:
            probability = float(value or "")
        except ValueError:
            probability = -1.0
        if not 0.0 < probability <= 1.0:
            raise _invalid(rule.text, "%PROBABILITY is a number in (0, 1]")
        rule.probability = probability
    elif rule.kind == "expire":
        rule.remaining = 1  # one-shot by default: revoking on every request locks out


def parse_duration(text: str, rule: str = "") -> float:
    """``200ms``, ``1.5s`` or ``2`` (seconds) -> seconds."""
    match = _DURATION.match(text)
    if match is None:
        raise _invalid(rule or text, "durations look like 200ms, 1.5s or 2")
    number = float(match["number"])
    return number / 1000 if match["unit"] == "ms" else number


def _invalid(rule: str, reason: str) -> FaultSpecError:
    return FaultSpecError(
        f"Invalid fault rule {rule!r}: {reason}.", details={"rule": rule, "reason": reason}
    )


class FaultPlan:
    """The active rules; decides, request by request, which fire (thread-safe)."""

    def __init__(self, routes: Iterable[str], seed: int = 0) -> None:
        self.routes = tuple(routes)
        self._rules: list[FaultRule] = []
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def install(self, spec: str, *, replace: bool = True) -> None:
        """Parse ``spec`` and use its rules (instead of, or after, the current ones)."""
        rules = parse_faults(spec)
        for rule in rules:
            if not any(fnmatch.fnmatchcase(name, rule.route) for name in self.routes):
                names = ", ".join(self.routes)
                raise _invalid(rule.text, f"{rule.route!r} matches no route ({names})")
        with self._lock:
            self._rules = rules if replace else self._rules + rules

    def draw(self, route: str) -> Firing:
        firing = Firing()
        with self._lock:
            for rule in self._rules:
                if firing.terminal is not None and rule.kind in TERMINAL:
                    continue
                if not fnmatch.fnmatchcase(route, rule.route) or not self._fires(rule):
                    continue
                if rule.kind == "latency":
                    firing.latency += rule.seconds
                elif rule.kind in ACTIONS:
                    firing.actions.append(rule)
                else:
                    firing.terminal = rule
            self._rules = [r for r in self._rules if r.remaining is None or r.remaining > 0]
        return firing

    def _fires(self, rule: FaultRule) -> bool:
        if rule.probability is not None:
            return self._rng.random() < rule.probability
        if rule.remaining is not None:
            rule.remaining -= 1
        return True

    def describe(self) -> list[dict[str, object]]:
        with self._lock:
            return [rule.describe() for rule in self._rules]
