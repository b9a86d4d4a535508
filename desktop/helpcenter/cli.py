"""``frontdesk articles search|import``: the help library for scripts and admins.

``search "QUERY" [--lang fr] [--theme T] [--limit N] [--json]`` prints the best
articles (exit 0, even with no result; a search that found nothing is logged for the
library's editors). ``--json`` prints a list of ``{id, title, score, snippet}``
(highlight marks removed) with the corrected query under ``did_you_mean``.

``import DIR`` validates every ``.md`` / ``.html`` file under ``DIR``; if any is bad it
prints one line per bad file (file: problem) on stderr, imports nothing and exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain import Actor
from desktop.helpcenter.articlefile import LANGUAGES, LibraryError
from desktop.helpcenter.search import MAX_RESULTS, SearchResults, plain
from desktop.helpcenter.service import HelpCenter
from desktop.store import open_store

if TYPE_CHECKING:
    from desktop.cli import Context

CLI_ACTOR = Actor.system("cli")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``articles search`` and ``articles import`` to the ``frontdesk`` parser."""
    articles = sub.add_parser("articles", parents=[common], help="the help-article library")
    actions = articles.add_subparsers(dest="action", metavar="ACTION", required=True)
    search = actions.add_parser("search", parents=[common], help="search the articles")
    search.add_argument("query", help='words, "a phrase", or the start of a word')
    search.add_argument("--lang", choices=LANGUAGES, default="en", help="language (en)")
    search.add_argument("--theme", metavar="T", help="only this theme, e.g. reservations")
    search.add_argument("--limit", type=int, default=10, help=f"at most N (<= {MAX_RESULTS})")
    search.add_argument("--json", action="store_true", help="machine-readable output")
    search.set_defaults(handler=cmd_search)
    imported = actions.add_parser(
        "import", parents=[common], help="import .md / .html articles (all or nothing)"
    )
    imported.add_argument("directory", type=Path, metavar="DIR", help="folder of articles")
    imported.set_defaults(handler=cmd_import)


def _open(ctx: Context) -> HelpCenter:
    ctx.paths.ensure()
    center = HelpCenter(open_store(ctx.paths), ctx.paths, actor=CLI_ACTOR)
    center.sync()
    return center


def results_json(results: SearchResults) -> dict[str, Any]:
    return {
        "query": results.query,
        "did_you_mean": results.did_you_mean,
        "broadened": results.broadened,
        "results": [
            {
                "id": hit.article_id,
                "title": plain(hit.title),
                "score": round(hit.score, 6),
                "snippet": plain(hit.snippet),
            }
            for hit in results.hits
        ],
    }


def _print_table(results: SearchResults) -> None:
    if results.did_you_mean:
        print(f"Showing results for: {results.did_you_mean}")
    if not results.hits:
        print("No article found.")
    for rank, hit in enumerate(results.hits, 1):
        print(f"{rank:>2}. {plain(hit.title)}  [{hit.article_id}]  {hit.score:.2f}")
        print(f"    {plain(hit.snippet)}")


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    center = _open(ctx)
    try:
        results = center.search(args.query, language=args.lang, theme=args.theme, limit=args.limit)
        if results.empty:
            center.record_miss(args.query, args.lang)
    finally:
        center.store.close()
    if args.json:
        print(json.dumps(results_json(results), ensure_ascii=False, indent=2))
    else:
        _print_table(results)
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    center = _open(ctx)
    try:
        report = center.import_directory(args.directory)
    except LibraryError as error:
        print(f"frontdesk: {error.summary}", file=sys.stderr)
        for line in error.lines():
            print(f"  {line}", file=sys.stderr)
        return 1
    finally:
        center.store.close()
    print(f"Imported {len(report.article_ids)} article(s): {', '.join(report.article_ids)}.")
    print(f"The library holds {report.sync.articles} articles.")
    return 0
