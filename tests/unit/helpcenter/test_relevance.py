"""Relevance: each query of tests/data/relevance finds its article in the top 3.

The queries were written by the article writers (plain words, words typed without
accents, misspellings, quoted phrases, word beginnings), one file per writer. Nothing
in the search code knows them: a failure is fixed in ranking or correction, never by
special-casing a query.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from desktop.helpcenter import HelpCenter

FILES = sorted((Path(__file__).parents[2] / "data" / "relevance").glob("queries_*.toml"))


def load_queries() -> list[Any]:
    params = []
    for path in FILES:
        for index, query in enumerate(tomllib.loads(path.read_text("utf-8"))["query"]):
            name = f"{path.stem[-1]}{index:02d}-{query['lang']}-{query['kind']}-{query['q']}"
            params.append(pytest.param(query, id=name))
    return params


QUERIES = load_queries()


def test_the_query_files_cover_both_languages() -> None:
    languages = [param.values[0]["lang"] for param in QUERIES]
    assert languages.count("en") >= 25
    assert languages.count("fr") >= 25


@pytest.mark.parametrize("query", QUERIES)
def test_expected_article_in_top_3(center: HelpCenter, query: dict[str, str]) -> None:
    results = center.search(query["q"], language=query["lang"], limit=10)
    top = [hit.translation_id for hit in results.hits[:3]]
    assert query["expect"] in top, f"{query['q']!r} -> {results.searched!r}: {top}"
    assert all(hit.language == query["lang"] for hit in results.hits)
