"""The article library on disk: shipped articles, imported ones, and their checks.

Two folders, each holding ``<language>/<name>.md`` or ``.html`` files:

- the shipped articles, ``resources/articles`` (read-only, part of the install);
- the imported articles, ``<data folder>/articles`` (written by
  :func:`desktop.helpcenter.importer.import_articles`). An imported article replaces
  the shipped article with the same ``id``.

:func:`load_library` reads both. It is lenient: a bad file is left out and reported,
so one hand-edited file cannot empty the help library. The importer uses
:func:`check_library` strictly instead: any problem refuses the whole import.
:func:`fingerprint` hashes every file, so start-up re-indexes only when something changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

import resources
from desktop.domain import Article
from desktop.helpcenter.articlefile import (
    LANGUAGES,
    SUFFIXES,
    ArticleFileError,
    decode,
    internal_links,
    parse_markdown,
)
from desktop.helpcenter.markup import parse_html
from desktop.paths import DataPaths

#: Bump when parsing changes, so every install re-indexes once.
FORMAT_VERSION = "1"


@dataclass(frozen=True, slots=True)
class SourceFile:
    """An article file and how messages name it."""

    node: Traversable
    name: str

    @property
    def suffix(self) -> str:
        return "." + self.node.name.rsplit(".", 1)[-1].lower() if "." in self.node.name else ""


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    article: Article
    source: SourceFile


@dataclass(frozen=True, slots=True)
class Library:
    """The articles to index, and the problems of the files that were left out."""

    articles: tuple[Article, ...]
    problems: tuple[ArticleFileError, ...]


def shipped_root() -> Traversable:
    return resources.path("articles")


def imported_root(paths: DataPaths) -> Path:
    """Where imported articles are kept: ``<data folder>/articles``."""
    return paths.root / "articles"


def article_files(root: Traversable, label: str) -> Iterator[SourceFile]:
    """The article files of one folder, in a stable order (language, then name)."""
    if not root.is_dir():
        return
    for language in LANGUAGES:
        folder = root.joinpath(language)
        if not folder.is_dir():
            continue
        for node in sorted(folder.iterdir(), key=lambda n: n.name):
            if node.is_file() and node.name.lower().endswith(SUFFIXES):
                yield SourceFile(node, f"{label}/{language}/{node.name}")


def all_files(paths: DataPaths) -> list[SourceFile]:
    """Shipped files first, then imported ones (which win on the same id)."""
    return [
        *article_files(shipped_root(), "resources/articles"),
        *article_files(imported_root(paths), str(imported_root(paths))),
    ]


def parse_file(data: bytes, source: str) -> Article:
    """Parse one file's bytes by its suffix; the file's folder must match its language."""
    text = decode(data, source)
    if source.lower().endswith(".html"):
        article = parse_html(text, source)
    elif source.lower().endswith(".md"):
        article = parse_markdown(text, source)
    else:
        raise ArticleFileError(source, "only .md and .html article files can be read.")
    folder = Path(source).parent.name
    if folder in LANGUAGES and folder != article.language:
        raise ArticleFileError(
            source, f"the file is in the {folder!r} folder but says language {article.language!r}."
        )
    return article


def read_files(files: Iterable[SourceFile]) -> tuple[list[LoadedArticle], list[ArticleFileError]]:
    """Parse each file; the good ones and one problem per bad one."""
    loaded: list[LoadedArticle] = []
    problems: list[ArticleFileError] = []
    for source in files:
        try:
            article = parse_file(source.node.read_bytes(), source.name)
        except ArticleFileError as problem:
            problems.append(problem)
        except OSError as exc:
            problems.append(ArticleFileError(source.name, f"cannot be read ({exc.strerror})."))
        else:
            loaded.append(LoadedArticle(article, source))
    return loaded, problems


def merge(loaded: Sequence[LoadedArticle]) -> dict[str, LoadedArticle]:
    """By article id; a later file (an imported one) replaces an earlier one."""
    return {item.article.article_id: item for item in loaded}


def check_library(items: Iterable[LoadedArticle]) -> list[ArticleFileError]:
    """Problems that need the whole library: duplicates and unknown related or links."""
    items = list(items)
    slugs = {item.article.translation_id for item in items}
    seen: dict[tuple[str, str], str] = {}
    problems: list[ArticleFileError] = []
    for item in items:
        article, name = item.article, item.source.name
        key = (article.translation_id, article.language)
        if key in seen:
            problems.append(
                ArticleFileError(name, f"{seen[key]} already holds {key[0]!r} in {key[1]!r}.")
            )
        seen.setdefault(key, name)
        unknown = [s for s in article.related if s not in slugs]
        unknown += [s for s in internal_links(article.body_markdown) if s not in slugs]
        if unknown:
            problems.append(ArticleFileError(name, f"no article {unknown[0]!r} in the library."))
    return problems


def load_library(paths: DataPaths) -> Library:
    """Shipped and imported articles, leniently (see the module docstring).

    A file that cannot be parsed is left out; a duplicate translation keeps the first
    file; an unknown related article or link is reported and the article kept (the
    viewer shows only related articles that exist).
    """
    loaded, problems = read_files(all_files(paths))
    merged = list(merge(loaded).values())
    library_problems = check_library(merged)
    seen: set[tuple[str, str]] = set()
    kept: list[Article] = []
    for item in merged:
        key = (item.article.translation_id, item.article.language)
        if key not in seen:
            seen.add(key)
            kept.append(item.article)
    return Library(tuple(kept), tuple(problems + library_problems))


def fingerprint(paths: DataPaths) -> str:
    """A hash of every article file (names and bytes) and of the format version."""
    digest = hashlib.sha256(FORMAT_VERSION.encode())
    for source in all_files(paths):
        digest.update(source.name.encode("utf-8") + b"\0")
        try:
            digest.update(hashlib.sha256(source.node.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()
