"""Property-based: whatever arrives, the parser answers or raises MalformedResponse.

Three kinds of hostility: arbitrary JSON in place of a payload; a valid payload with one
field replaced by arbitrary JSON (or deleted); and a valid payload with unknown fields
added, which must not change the result.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.booking import MalformedResponse
from desktop.booking import payloads as p
from desktop.booking.parse import envelope_data, envelope_errors, envelope_ruid, flag, timestamp
from tests.unit.booking.payload_samples import conversation, envelope, feed_message

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["true", "false", "guest", "GUEST", "hotel", "2025-05-01T10:00:00Z"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)

Parser = Callable[[Any], object]
PARSERS: dict[str, Parser] = {
    "conversation_page": lambda d: p.conversation_page(d, 1),
    "conversation_or_none": lambda d: p.conversation_or_none(d, 1),
    "conversation_list": lambda d: p.conversation_list(d, 1),
    "queue_batch": p.queue_batch,
    "search_job": p.search_job,
    "search_results": p.search_results,
    "sent_message": p.sent_message,
    "tag_state": lambda d: p.tag_state(d, "read"),
    "tag_catalogue": p.tag_catalogue,
    "decoded_content": p.decoded_content,
    "is_ok": p.is_ok,
}
VALID: dict[str, dict[str, Any]] = {
    "conversation_page": {"conversation": conversation(), "next_page_id": "50"},
    "conversation_list": {"conversations": [conversation()], "next_page_id": None},
    "queue_batch": {"messages": [feed_message()], "number_of_messages": 1},
    "search_results": {"messages": [feed_message()], "next_page_id": ""},
}
KEYS = st.text(max_size=12)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def survives(parse: Parser, data: object) -> None:
    """The only failure allowed is MalformedResponse."""
    with contextlib.suppress(MalformedResponse):
        parse(data)


@SETTINGS
@given(name=st.sampled_from(sorted(PARSERS)), data=JSON)
def test_arbitrary_json_never_crashes_a_parser(name: str, data: object) -> None:
    def parse(body: object) -> object:
        return PARSERS[name](envelope_data(body))

    survives(parse, envelope(data))
    survives(parse, data)


@SETTINGS
@given(body=JSON)
def test_envelope_readers_never_raise(body: object) -> None:
    envelope_ruid(body)
    envelope_errors(body)
    survives(envelope_data, body)


@SETTINGS
@given(value=JSON)
def test_primitives_only_raise_malformed(value: object) -> None:
    survives(lambda v: flag(v, "ok"), value)
    survives(lambda v: timestamp(v, "t"), value)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside nested dicts and lists."""
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


def replaced(payload: dict[str, Any], path: tuple[Any, ...], value: object, delete: bool) -> Any:
    mutated = copy.deepcopy(payload)
    parent = mutated
    for step in path[:-1]:
        parent = parent[step]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return mutated


@SETTINGS
@given(
    name=st.sampled_from(sorted(VALID)),
    choice=st.integers(min_value=0),
    value=JSON,
    delete=st.booleans(),
)
def test_one_corrupted_field_is_malformed_or_tolerated(
    name: str, choice: int, value: object, delete: bool
) -> None:
    payload = VALID[name]
    every = paths(payload)
    mutated = replaced(payload, every[choice % len(every)], value, delete)
    survives(PARSERS[name], mutated)


def with_extra(node: Any, extra: dict[str, Any]) -> Any:
    """``node`` with ``extra`` keys added to every object but free-form ``attributes``."""
    if isinstance(node, dict):
        added = {k: v for k, v in extra.items() if k not in node}
        inner = {k: v if k == "attributes" else with_extra(v, extra) for k, v in node.items()}
        return {**inner, **added}
    if isinstance(node, list):
        return [with_extra(item, extra) for item in node]
    return node


_KNOWN = {
    key
    for payload in VALID.values()
    for path in paths(payload)
    for key in path
    if isinstance(key, str)
} | {"is_set", "set", "ids", "ok", "tag", "name", "description", "jwt"}


@SETTINGS
@given(
    name=st.sampled_from(sorted(VALID)),
    extra=st.dictionaries(KEYS.filter(lambda k: k not in _KNOWN), JSON, min_size=1, max_size=3),
)
def test_unknown_fields_are_ignored(name: str, extra: dict[str, Any]) -> None:
    payload = VALID[name]
    assert PARSERS[name](with_extra(payload, extra)) == PARSERS[name](payload)
