"""The sandbox server in its own process, with a world of about N conversations.

The sandbox's world builder has no size parameter: ``desktop.sandbox.stories`` builds
``RESERVATIONS_PER_HOTEL = (200, 180, 40)`` reservations and
``REQUESTS_TO_BOOK_PER_HOTEL = (15, 15, 5)`` requests to book, of which the account
may read the first two hotels' (410 conversations, about 1,500 messages). For the sync
benchmarks this process scales both module constants before the world is built, so
the readable hotels hold ``--conversations`` conversations (same stories, same
generator, more of them). It never changes the product's files.

Run by the harness (``benchmarks.bench_sync``)::

    python -m benchmarks.sandbox_proc --conversations 10000

The first stdout line is the sandbox's JSON description (as ``frontdesk sandbox
serve`` prints it) plus ``world_conversations`` and ``world_messages`` (readable
hotels only). SIGTERM stops it. The harness sends standard error to a log file.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.sandbox import stories

#: Readable conversations of the default world (hotels 1 and 2: reservations + requests).
DEFAULT_READABLE = 200 + 15 + 180 + 15


def scale_world(conversations: int) -> float:
    """Scale the world builder's constants so readable hotels hold ~``conversations``."""
    factor = conversations / DEFAULT_READABLE
    reservations = getattr(stories, "RESERVATIONS_PER_HOTEL", None)
    requests = getattr(stories, "REQUESTS_TO_BOOK_PER_HOTEL", None)
    if reservations != (200, 180, 40) or requests != (15, 15, 5):
        raise SystemExit("desktop.sandbox.stories changed its world size constants: update me")
    stories.RESERVATIONS_PER_HOTEL = tuple(max(1, round(n * factor)) for n in reservations)
    stories.REQUESTS_TO_BOOK_PER_HOTEL = tuple(max(1, round(n * factor)) for n in requests)
    return factor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=DEFAULT_READABLE)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    scale_world(args.conversations)

    from desktop.sandbox.server import SandboxServer

    server = SandboxServer(seed=args.seed, token_budget=10_000, reply_every=None)
    state = server.state
    readable = [c for c in state.world.conversations.values() if state.accessible(c.property_id)]
    description = server.info.as_dict()
    description["world_conversations"] = len(readable)
    description["world_messages"] = sum(len(c.messages) for c in readable)
    sys.stdout.write(json.dumps(description, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    server.run_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
