"""Admin import (``frontdesk articles import DIR``) and the start-up re-index.

Import is all or nothing: every ``.md`` and ``.html`` file under ``DIR`` is parsed and
checked against the library it would join; if any file is bad, nothing is copied and
:class:`~desktop.helpcenter.errors.LibraryError` lists one problem per bad file. Accepted
files are copied to ``<data folder>/articles/<language>/<translation>.<md|html>`` (the
shipped articles stay read-only), then the store is re-indexed.

The store holds what was indexed and the fingerprint of the files it came from
(setting ``helpcenter.library_fingerprint``): :func:`sync_library` re-indexes only when
the files changed. Notes and feedback are keyed by translation id, so they survive.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.domain import Actor
from desktop.errors import BadInputError
from desktop.helpcenter.articlefile import SUFFIXES, ArticleFileError, LibraryError
from desktop.helpcenter.library import (
    LoadedArticle,
    SourceFile,
    all_files,
    check_library,
    fingerprint,
    imported_root,
    load_library,
    merge,
    read_files,
)
from desktop.paths import DataPaths
from desktop.store import Store
from desktop.store.articles import replace_articles
from desktop.store.state import get_setting, set_setting

log = logging.getLogger(__name__)

FINGERPRINT_KEY = "helpcenter.library_fingerprint"


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a re-index did; ``problems`` are files left out (one line each)."""

    changed: bool
    articles: int
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: the article ids imported and the files written."""

    article_ids: tuple[str, ...]
    written: tuple[Path, ...]
    sync: SyncReport


def sync_library(
    store: Store, paths: DataPaths, actor: Actor, *, force: bool = False
) -> SyncReport:
    """Index the shipped and imported articles when their files changed (or ``force``)."""
    current = fingerprint(paths)
    if not force and get_setting(store, FINGERPRINT_KEY) == current:
        return SyncReport(changed=False, articles=-1)
    library = load_library(paths)
    for problem in library.problems:
        log.warning("help article left out or incomplete: %s", problem.message)
    change = replace_articles(store, library.articles, actor)
    set_setting(store, FINGERPRINT_KEY, current, actor)
    problems = tuple(p.message for p in library.problems)
    return SyncReport(changed=bool(change), articles=len(library.articles), problems=problems)


def import_files(directory: Path) -> list[SourceFile]:
    """The article files under ``directory`` (any depth), sorted."""
    if not directory.is_dir():
        raise BadInputError(f"{directory}: not a folder.", next_step="Name a folder of articles.")
    found = sorted(
        path for path in directory.rglob("*") if path.is_file() and path.suffix.lower() in SUFFIXES
    )
    if not found:
        raise BadInputError(
            f"{directory}: no .md or .html article files.", next_step="Name a folder of articles."
        )
    return [SourceFile(path, str(path)) for path in found]


def validate_import(
    paths: DataPaths, directory: Path
) -> tuple[list[LoadedArticle], list[LoadedArticle]]:
    """The new articles and the current library, or LibraryError naming every bad file."""
    new, problems = read_files(import_files(directory))
    first_of: dict[str, str] = {}
    for item in new:
        article_id = item.article.article_id
        if article_id in first_of:
            message = f"{first_of[article_id]} has the same id {article_id!r}."
            problems.append(ArticleFileError(item.source.name, message))
        first_of.setdefault(article_id, item.source.name)
    current, _ = read_files(all_files(paths))
    new_names = {item.source.name for item in new}
    merged = merge([*current, *new]).values()
    problems += [p for p in check_library(merged) if p.file in new_names]
    if problems:
        raise LibraryError(sorted(problems, key=lambda p: p.file))
    return new, current


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=".import-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def copy_into_library(
    paths: DataPaths, new: list[LoadedArticle], current: list[LoadedArticle]
) -> list[Path]:
    """Copy accepted files into the data folder, replacing earlier imports of the same id."""
    root = imported_root(paths)
    earlier = {
        item.article.article_id: Path(str(item.source.name))
        for item in current
        if Path(item.source.name).is_relative_to(root)
    }
    contents = [(item, item.source.node.read_bytes()) for item in new]
    written: list[Path] = []
    for item, data in contents:
        article = item.article
        target = root / article.language / f"{article.translation_id}{item.source.suffix}"
        _write_atomically(target, data)
        written.append(target)
        previous = earlier.get(article.article_id)
        if previous is not None and previous != target:
            previous.unlink(missing_ok=True)
    return written


def import_articles(store: Store, paths: DataPaths, directory: Path, actor: Actor) -> ImportReport:
    """Validate every file under ``directory``, copy them, re-index (see the module doc).

    Raises:
        LibraryError: one or more files are bad; nothing was copied.
        BadInputError: ``directory`` is not a folder or holds no article file.
    """
    new, current = validate_import(paths, directory)
    written = copy_into_library(paths, new, current)
    report = sync_library(store, paths, actor, force=True)
    ids = tuple(item.article.article_id for item in new)
    return ImportReport(article_ids=ids, written=tuple(written), sync=report)
