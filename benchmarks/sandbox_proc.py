"""The sandbox server in its own process, with a world of about N conversations.

The world is built at that size by the sandbox itself
(``SandboxServer(conversations=N)``, see ``desktop.sandbox.stories.world_size``): the
readable hotels hold about ``--conversations`` conversations (the default world's
stories and generator, more of them).

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

from desktop.sandbox.stories import DEFAULT_READABLE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=DEFAULT_READABLE)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from desktop.sandbox.server import SandboxServer

    server = SandboxServer(
        seed=args.seed, token_budget=10_000, reply_every=None, conversations=args.conversations
    )
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
